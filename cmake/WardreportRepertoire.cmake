# The one list of the characters the built-in formats can draw (core/src/util/repertoire.txt),
# read at configure time for both of its users:
#   WARDREPORT_REPERTOIRE_UNICODES  "U+0020-007E,U+00A0-00FF,..." for fontTools' --unicodes
#   WARDREPORT_REPERTOIRE_INC       a generated C++ include of {first, last} pairs for the engine
set(WARDREPORT_REPERTOIRE_FILE ${CMAKE_SOURCE_DIR}/core/src/util/repertoire.txt)
set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${WARDREPORT_REPERTOIRE_FILE})
file(STRINGS ${WARDREPORT_REPERTOIRE_FILE} _repertoire_lines REGEX "^U\\+")
set(WARDREPORT_REPERTOIRE_UNICODES "")
set(_repertoire_cpp "// Generated from core/src/util/repertoire.txt by cmake/WardreportRepertoire.cmake.\n")
foreach(_line IN LISTS _repertoire_lines)
  string(REGEX MATCH "^U\\+([0-9A-Fa-f]+)(-([0-9A-Fa-f]+))?" _range "${_line}")
  set(_first "${CMAKE_MATCH_1}")
  set(_last "${CMAKE_MATCH_3}")
  if("${_last}" STREQUAL "")
    set(_last ${_first})
  endif()
  list(APPEND WARDREPORT_REPERTOIRE_UNICODES "${_range}")
  string(APPEND _repertoire_cpp "{0x${_first}, 0x${_last}},\n")
endforeach()
string(REPLACE ";" "," WARDREPORT_REPERTOIRE_UNICODES "${WARDREPORT_REPERTOIRE_UNICODES}")
set(WARDREPORT_REPERTOIRE_INC ${CMAKE_BINARY_DIR}/generated/wardreport/repertoire_ranges.inc)
file(CONFIGURE OUTPUT ${WARDREPORT_REPERTOIRE_INC} CONTENT "${_repertoire_cpp}")
