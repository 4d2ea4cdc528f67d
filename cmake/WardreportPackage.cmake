# The installed CMake package: find_package(wardreport CONFIG) gives plugin authors the
# namespaced target wardreport::sdk and the function wardreport_add_plugin().
include(CMakePackageConfigHelpers)
install(EXPORT wardreportTargets NAMESPACE wardreport:: DESTINATION ${WARDREPORT_CMAKE_INSTALL_DIR} COMPONENT dev)

# The package's version is the SDK's (version.hpp), not the product's: a plugin author asks for
# the plugin ABI, find_package(wardreport 1 CONFIG), and the ABI is the SDK's major version.
file(STRINGS ${PROJECT_SOURCE_DIR}/core/include/wardreport/version.hpp _wr_sdk_lines
     REGEX "^#define WARDREPORT_SDK_VERSION_(MAJOR|MINOR) [0-9]+$")
string(REGEX REPLACE ".*MAJOR ([0-9]+).*" "\\1" WARDREPORT_SDK_MAJOR "${_wr_sdk_lines}")
string(REGEX REPLACE ".*MINOR ([0-9]+).*" "\\1" WARDREPORT_SDK_MINOR "${_wr_sdk_lines}")
if(NOT WARDREPORT_SDK_MAJOR MATCHES "^[0-9]+$" OR NOT WARDREPORT_SDK_MINOR MATCHES "^[0-9]+$")
  message(FATAL_ERROR "cannot read the SDK version from core/include/wardreport/version.hpp")
endif()
set(WARDREPORT_SDK_VERSION ${WARDREPORT_SDK_MAJOR}.${WARDREPORT_SDK_MINOR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wardreportConfig.cmake.in
  ${PROJECT_BINARY_DIR}/wardreportConfig.cmake
  INSTALL_DESTINATION ${WARDREPORT_CMAKE_INSTALL_DIR}
  PATH_VARS WARDREPORT_PLUGIN_INSTALL_DIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wardreportConfigVersion.cmake
  VERSION ${WARDREPORT_SDK_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/wardreportConfig.cmake
              ${PROJECT_BINARY_DIR}/wardreportConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/WardreportPlugin.cmake
        DESTINATION ${WARDREPORT_CMAKE_INSTALL_DIR} COMPONENT dev)
