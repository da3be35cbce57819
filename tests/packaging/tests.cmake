# Desktop integration files must pass the freedesktop validators (run in CI, which installs them).
add_test(NAME packaging.desktop_file
    COMMAND desktop-file-validate ${PROJECT_SOURCE_DIR}/packaging/io.github.fusion_console.FusionConsole.desktop)
add_test(NAME packaging.appstream
    COMMAND appstreamcli validate --no-net --pedantic
            ${PROJECT_SOURCE_DIR}/packaging/io.github.fusion_console.FusionConsole.metainfo.xml)
# The Debian package holds both programs and the desktop files, and depends on the run-time plugins.
add_test(NAME packaging.deb
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR} -P ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-deb.cmake)
set_tests_properties(packaging.deb PROPERTIES TIMEOUT 600)
# The usage aggregation timer and its service are valid systemd units (the service runs the built fusionctl).
add_test(NAME packaging.systemd_units
    COMMAND systemd-analyze verify --man=no ${CMAKE_BINARY_DIR}/packaging/verify/fusion-usage-aggregate.timer
            ${CMAKE_BINARY_DIR}/packaging/verify/fusion-usage-aggregate.service)
