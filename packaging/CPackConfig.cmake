# Installs the desktop integration files and sets up `cpack -G DEB` in the build folder.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.clinicdesk.ClinicDesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.clinicdesk.ClinicDesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.clinicdesk.ClinicDesk.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_PACKAGE_NAME "clinicdesk")
set(CPACK_PACKAGE_VENDOR "ClinicDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Front-desk scheduler for injection clinics")
set(CPACK_PACKAGE_CONTACT "ClinicDesk team <team@clinicdesk.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ClinicDesk")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Qt's SQLite driver is a plugin, so shlibdeps cannot see it: name it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_GENERATOR "DEB")
include(CPack)
