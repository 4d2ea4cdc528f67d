# Debian's hardening for the code the packages ship (the engine, its library, the built-in
# plugins): the flags `dpkg-buildflags` gives with DEB_BUILD_MAINT_OPTIONS=hardening=+all, but PIE,
# which Debian's gcc already makes: -fstack-protector-strong, -D_FORTIFY_SOURCE=2 (optimised
# builds only: glibc needs -O), -Wformat -Werror=format-security, -Wl,-z,relro,-z,now.
# wardreport_hardening_begin() adds them to the directories added after it, until
# wardreport_hardening_end(): the tests, benchmarks and fuzz targets keep the compiler's defaults.
# Off by default in a sanitizer build (the asan and fuzz presets): ASan replaces the checked
# string functions that _FORTIFY_SOURCE calls. tests/package/deb.sh checks the packaged binaries.
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize" OR CMAKE_C_FLAGS MATCHES "-fsanitize")
  set(hardening_default OFF)
else()
  set(hardening_default ON)
endif()
option(WARDREPORT_HARDENING "Build the shipped code with Debian's hardening flags" ${hardening_default})

macro(wardreport_hardening_begin)
  get_directory_property(wardreport_saved_compile_options COMPILE_OPTIONS)
  get_directory_property(wardreport_saved_link_options LINK_OPTIONS)
  if(WARDREPORT_HARDENING)
    add_compile_options(-fstack-protector-strong -Wformat -Werror=format-security
                        "$<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>")
    add_link_options(LINKER:-z,relro LINKER:-z,now)
  endif()
endmacro()

macro(wardreport_hardening_end)
  set_directory_properties(PROPERTIES COMPILE_OPTIONS "${wardreport_saved_compile_options}"
                                      LINK_OPTIONS "${wardreport_saved_link_options}")
endmacro()
