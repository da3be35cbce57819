# German is complete: every message translated, no unfinished, obsolete or vanished entries, and the .ts files
# are in step with the sources (lupdate would add nothing).
fusion_add_script_test(translations.german_complete
    COMMAND ${CMAKE_COMMAND} -DTS_FILE=${PROJECT_SOURCE_DIR}/translations/fusion_de.ts
            -P ${CMAKE_CURRENT_SOURCE_DIR}/translations/check-complete.cmake
    TIMEOUT 60 LABELS translations)
