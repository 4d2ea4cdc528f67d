# The plugin author's path of docs/writing-a-plugin.md, run by ctest: install wardreport to a
# temporary prefix, build samples/custom-plugin out of tree against that installed SDK alone
# (find_package(wardreport CONFIG)), install the plugin to its own prefix, then list it and render
# with it through the installed CLI and WARDREPORT_PLUGIN_PATH.
#
# cmake -D BUILD_DIR=<wardreport build> -D SOURCE_DIR=<wardreport source> -D WORK_DIR=<scratch>
#       -D CMAKE_GENERATOR=<generator> -P sample_plugin_test.cmake
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR CMAKE_GENERATOR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "sample_plugin_test.cmake: -D ${var}=... is required")
  endif()
endforeach()

function(run)
  cmake_parse_arguments(ARG "" "OUTPUT" "COMMAND;ENV" ${ARGN})
  execute_process(COMMAND ${CMAKE_COMMAND} -E env ${ARG_ENV} ${ARG_COMMAND}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " shown "${ARG_COMMAND}")
    message(FATAL_ERROR "failed (${rc}): ${shown}\n--- stdout\n${out}\n--- stderr\n${err}")
  endif()
  if(ARG_OUTPUT)
    set(${ARG_OUTPUT} "${out}" PARENT_SCOPE)
  endif()
endfunction()

function(expect haystack needle what)
  string(FIND "${haystack}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${what}: expected to find\n  ${needle}\nin\n${haystack}")
  endif()
endfunction()

# 0. The guide quotes the sample's build file and entry point: they must not drift apart.
file(READ ${SOURCE_DIR}/docs/writing-a-plugin.md guide)
foreach(quoted CMakeLists.txt src/markdown_exporter.cpp)
  file(READ ${SOURCE_DIR}/samples/custom-plugin/${quoted} text)
  string(FIND "${guide}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "docs/writing-a-plugin.md no longer quotes samples/custom-plugin/${quoted} exactly")
  endif()
endforeach()

set(prefix ${WORK_DIR}/prefix)
set(sample_build ${WORK_DIR}/sample-build)
set(plugin_prefix ${WORK_DIR}/plugin-prefix)
set(out ${WORK_DIR}/out)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# 1. The SDK as a user gets it: headers, CMake package, CLI, built-in plugins, reports.
run(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(f include/wardreport/exporter.hpp include/wardreport/version.hpp lib/cmake/wardreport/wardreportConfig.cmake
          lib/cmake/wardreport/WardreportPlugin.cmake bin/wardreport)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${prefix}/${f}")
  endif()
endforeach()
# The SDK is exactly the plugin contract's headers: nothing engine-internal (the ward model, the
# progress rules, the loader, the plugin host) is installed.
file(GLOB_RECURSE installed RELATIVE ${prefix}/include ${prefix}/include/*)
list(SORT installed)
set(contract wardreport/abi.hpp wardreport/date.hpp wardreport/decimal.hpp wardreport/document.hpp
  wardreport/error.hpp wardreport/exporter.hpp wardreport/formula.hpp wardreport/nfc.hpp wardreport/plugin.hpp wardreport/version.hpp wardreport/vi_format.hpp)
if(NOT installed STREQUAL contract)
  message(FATAL_ERROR "installed SDK headers are\n  ${installed}\nexpected the contract only:\n  ${contract}")
endif()

# 2. The sample, configured with nothing but the installed prefix: a separate CMake project
#    that finds the SDK with find_package(wardreport CONFIG).
run(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/samples/custom-plugin -B ${sample_build} -G ${CMAKE_GENERATOR}
        -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
    OUTPUT configure_out)
file(STRINGS ${sample_build}/CMakeCache.txt wardreport_dir REGEX "^wardreport_DIR:")
expect("${wardreport_dir}" "${prefix}/lib/cmake/wardreport" "the sample must use the installed package")
run(COMMAND ${CMAKE_COMMAND} --build ${sample_build})
run(COMMAND ${CMAKE_COMMAND} --install ${sample_build} --prefix ${plugin_prefix})
set(plugin_dir ${plugin_prefix}/lib/wardreport/plugins)
if(NOT EXISTS ${plugin_dir}/wardreport-markdown.so)
  message(FATAL_ERROR "the sample plugin was not installed to ${plugin_dir}")
endif()

# A project asking for another SDK major version must not get this one.
file(WRITE ${WORK_DIR}/wrong-major/CMakeLists.txt
  "cmake_minimum_required(VERSION 3.22)\nproject(wrong LANGUAGES CXX)\nfind_package(wardreport 3 CONFIG REQUIRED)\n")
execute_process(COMMAND ${CMAKE_COMMAND} -S ${WORK_DIR}/wrong-major -B ${WORK_DIR}/wrong-major/build
    -DCMAKE_PREFIX_PATH=${prefix} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "find_package(wardreport 3) accepted SDK 2.x")
endif()

# 3. The installed CLI lists it, beside the built-in plugins, with WARDREPORT_PLUGIN_PATH.
run(COMMAND ${prefix}/bin/wardreport plugins ENV WARDREPORT_PLUGIN_PATH=${plugin_dir} OUTPUT listing)
expect("${listing}" "markdown 1.0.0" "wardreport plugins")
expect("${listing}" "format: md (.md, text/markdown)" "wardreport plugins")
expect("${listing}" "${plugin_dir}/wardreport-markdown.so [WARDREPORT_PLUGIN_PATH]" "wardreport plugins")

# 4. And renders with it.
run(COMMAND ${prefix}/bin/wardreport render ${SOURCE_DIR}/samples/ky-son.yaml --format md -o ${out}
    ENV WARDREPORT_PLUGIN_PATH=${plugin_dir} OUTPUT written)
file(GLOB files ${out}/ky-son-*.md)
if(NOT files)
  message(FATAL_ERROR "render --format md wrote no ky-son-*.md into ${out}:\n${written}")
endif()
set(all "")
foreach(f ${files})
  expect("${written}" "${f}" "render prints each file written")
  file(READ ${f} text)
  expect("${text}" "Kỳ Sơn" "${f}")
  expect("${text}" "# " "${f} has headings")
  string(APPEND all "${text}")
endforeach()
expect("${all}" "| --- |" "the reports have tables")
message(STATUS "sample plugin: built against ${prefix}, listed and rendered ${files}")
