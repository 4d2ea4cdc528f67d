# wardreport_add_plugin(<name> SOURCES <src>... [LINK <lib>...])
#
# Builds an export plugin: a MODULE library (loaded with dlopen, never linked) against the
# header-only SDK, hidden visibility so that only the factory and the SDK version are exported.
# Installed with the SDK's CMake package: third-party plugins and the built-in ones are built
# by this same function. In the wardreport build tree the module lands in the plugin directory
# the engine searches (lib/wardreport/plugins) so tests run without installing.
function(wardreport_add_plugin name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE wardreport::sdk ${ARG_LINK})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "wardreport-${name}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(DEFINED WARDREPORT_BUILD_PLUGIN_DIR)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${WARDREPORT_BUILD_PLUGIN_DIR})
  endif()
endfunction()
