# Warnings for wardreport's own targets only: third-party headers come in as SYSTEM includes.
function(wardreport_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
  if(WARDREPORT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
