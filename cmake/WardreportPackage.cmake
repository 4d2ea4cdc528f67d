# The installed CMake package: find_package(wardreport CONFIG) gives plugin authors the
# namespaced target wardreport::sdk and the function wardreport_add_plugin().
include(CMakePackageConfigHelpers)
install(EXPORT wardreportTargets NAMESPACE wardreport:: DESTINATION ${WARDREPORT_CMAKE_INSTALL_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wardreportConfig.cmake.in
  ${PROJECT_BINARY_DIR}/wardreportConfig.cmake
  INSTALL_DESTINATION ${WARDREPORT_CMAKE_INSTALL_DIR}
  PATH_VARS WARDREPORT_PLUGIN_INSTALL_DIR)
# The plugin ABI is the SDK's major version: a plugin needs the same major version.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wardreportConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/wardreportConfig.cmake
              ${PROJECT_BINARY_DIR}/wardreportConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/WardreportPlugin.cmake
        DESTINATION ${WARDREPORT_CMAKE_INSTALL_DIR})
