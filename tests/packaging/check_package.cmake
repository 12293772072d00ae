# Builds the Debian package with CPack and checks that it holds the programs and the desktop
# integration files. Run by CTest: cmake -DBUILD_DIR=... -P check_package.cmake
if(NOT BUILD_DIR)
    message(FATAL_ERROR "BUILD_DIR is not set")
endif()
file(GLOB old_packages ${BUILD_DIR}/clinicdesk_*.deb)
if(old_packages)
    file(REMOVE ${old_packages})
endif()
execute_process(COMMAND cpack -G DEB WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE cpack_result OUTPUT_VARIABLE cpack_output
                ERROR_VARIABLE cpack_output)
if(NOT cpack_result EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed:\n${cpack_output}")
endif()
file(GLOB packages ${BUILD_DIR}/clinicdesk_*.deb)
list(LENGTH packages count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one clinicdesk_*.deb, found: ${packages}")
endif()
execute_process(COMMAND dpkg-deb --contents ${packages} OUTPUT_VARIABLE contents
                RESULT_VARIABLE list_result)
execute_process(COMMAND dpkg-deb --field ${packages} Package Version Depends
                OUTPUT_VARIABLE fields)
if(NOT list_result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb cannot read ${packages}")
endif()
foreach(expected
        ./usr/bin/clinicdesk
        ./usr/bin/clinicdesk-cli
        ./usr/share/applications/org.clinicdesk.ClinicDesk.desktop
        ./usr/share/icons/hicolor/scalable/apps/org.clinicdesk.ClinicDesk.svg
        ./usr/share/metainfo/org.clinicdesk.ClinicDesk.metainfo.xml)
    string(FIND "${contents}" "${expected}\n" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${packages} lacks ${expected}:\n${contents}")
    endif()
endforeach()
foreach(dependency libqt6sql6-sqlite libqt6widgets6)
    string(FIND "${fields}" "${dependency}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${packages} does not depend on ${dependency}:\n${fields}")
    endif()
endforeach()
message(STATUS "package ok: ${packages}\n${fields}")
