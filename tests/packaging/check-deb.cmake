# Builds the .deb with CPack and checks what a user installing it gets.
execute_process(COMMAND cpack -G DEB -B ${BUILD_DIR}/deb-test WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed: ${out}${err}")
endif()
file(GLOB debs ${BUILD_DIR}/deb-test/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(path ./usr/bin/fusion-console ./usr/bin/fusionctl
             ./usr/share/applications/io.github.fusion_console.FusionConsole.desktop
             ./usr/share/metainfo/io.github.fusion_console.FusionConsole.metainfo.xml
             ./usr/share/icons/hicolor/scalable/apps/io.github.fusion_console.FusionConsole.svg
             ./usr/lib/systemd/user/fusion-usage-aggregate.service ./usr/lib/systemd/user/fusion-usage-aggregate.timer
             ./usr/lib/systemd/user/fusion-events.service)
    string(FIND "${contents}" "${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dep libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libsecret-1-0 libqt6widgets6
            libqt6keychain1)
    string(FIND "${depends}" "${dep}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${dep}: ${depends}")
    endif()
endforeach()
message(STATUS "ok: ${debs}\nDepends: ${depends}")
