# The layers hold: no SQL in ui/ or app/ and no widgets in models/.
get_target_property(FUSION_QT_WIDGETS_INCLUDES Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
set(FUSION_QT_WIDGETS_DIR "")
foreach(dir IN LISTS FUSION_QT_WIDGETS_INCLUDES)
    if(dir MATCHES "QtWidgets$")
        set(FUSION_QT_WIDGETS_DIR "${dir}")
    endif()
endforeach()
add_test(NAME layers.sealed
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/layers/check-layers.sh ${PROJECT_SOURCE_DIR} "${FUSION_QT_WIDGETS_DIR}" ui app)
set_tests_properties(layers.sealed PROPERTIES LABELS layers TIMEOUT 60)
