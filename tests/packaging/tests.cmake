# Desktop integration files must pass the freedesktop validators (run in CI, which installs them).
fusion_add_script_test(packaging.desktop_file
    COMMAND desktop-file-validate ${PROJECT_SOURCE_DIR}/packaging/io.github.fusion_console.FusionConsole.desktop
    TIMEOUT 60 LABELS packaging)
fusion_add_script_test(packaging.appstream
    COMMAND appstreamcli validate --no-net --pedantic
            ${PROJECT_SOURCE_DIR}/packaging/io.github.fusion_console.FusionConsole.metainfo.xml
    TIMEOUT 60 LABELS packaging)
# The Debian package holds both programs and the desktop files, and depends on the run-time plugins.
fusion_add_script_test(packaging.deb
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR} -P ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-deb.cmake
    TIMEOUT 600 LABELS packaging slow)
# The usage aggregation timer and its service, and the events intake service, are valid systemd units (the
# services run the built fusionctl).
fusion_add_script_test(packaging.systemd_units
    COMMAND systemd-analyze verify --man=no ${CMAKE_BINARY_DIR}/packaging/verify/fusion-usage-aggregate.timer
            ${CMAKE_BINARY_DIR}/packaging/verify/fusion-usage-aggregate.service
            ${CMAKE_BINARY_DIR}/packaging/verify/fusion-events.service
    TIMEOUT 60 LABELS packaging)
