# wardreport_add_plugin(<name> SOURCES <src>... [LINK <lib>...] [OUTPUT_DIRECTORY <dir>])
#
# Builds an export plugin: a MODULE library (loaded with dlopen, never linked) against the
# header-only SDK, hidden visibility so that only the factory and the SDK version are exported.
# The file is named wardreport-<name>.so. Installed with the SDK's CMake package: third-party
# plugins and the built-in ones are built by this same function; install the target yourself,
# e.g. install(TARGETS <name> LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/wardreport/plugins).
# OUTPUT_DIRECTORY puts the module there; otherwise, in the wardreport build tree it lands in the
# plugin directory the engine searches (lib/wardreport/plugins) so tests run without installing.
function(wardreport_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES;LINK" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "wardreport_add_plugin(${name}): no SOURCES given")
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE wardreport::sdk ${ARG_LINK})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    SUFFIX ".so"
    OUTPUT_NAME "wardreport-${name}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  # A plugin with an undefined symbol should fail when it is linked, not when it is loaded.
  target_link_options(${name} PRIVATE LINKER:--no-undefined)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED WARDREPORT_BUILD_PLUGIN_DIR)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${WARDREPORT_BUILD_PLUGIN_DIR})
  endif()
endfunction()
