# CPack: two Debian packages from the build tree, `cd build && cpack` (or
# `cpack --config build/CPackConfig.cmake`). Installed under /usr; the engine finds its plugins
# and definitions relative to its own binary, so the build's install prefix does not matter.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wardreport)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# CPack's own default summary: any other is put in front of both packages' descriptions, and
# each package has its own below.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Who answers for a published package is the publisher's to say, at build time: the default
# names no one, and says so in the field itself.
set(WARDREPORT_PACKAGE_MAINTAINER "Unpublished build <set-WARDREPORT_PACKAGE_MAINTAINER-at-build-time@invalid>"
    CACHE STRING "The Maintainer field of the Debian packages: Name <address>; set it when you publish a package")
set(CPACK_PACKAGE_CONTACT ${WARDREPORT_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${WARDREPORT_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Files 0644/0755 and directories 0755 owned by root, whatever the build tree's umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The build is RelWithDebInfo: the packages carry stripped binaries.
set(CPACK_STRIP_FILES TRUE)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_COMPONENTS_GROUPING IGNORE)

# wardreport: the engine, its plugins, fonts, definitions, man page, completion.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME wardreport)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION text)
# Depends from the libraries the engine and the plugins link (dpkg-shlibdeps, dpkg-dev).
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
"official documents and statistics of Vietnamese wards
wardreport turns one YAML data file about a Vietnamese ward or commune
(phuong, xa, dac khu) into the documents it must produce: the resolution of
its Party congress, a statistics report and the tracking of the resolution's
targets, in the official layouts (HD 36, ND 30/2020).

Documents are written by export plugins loaded at runtime: PDF (libharu),
Excel workbooks with live formulas and charts (libxlsxwriter) and editable
Word documents (docx) are included; more come from plugins built with the
wardreport-dev package.")

# wardreport-dev: the header-only SDK and its CMake package, no binary of its own.
set(CPACK_DEBIAN_DEV_PACKAGE_NAME wardreport-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libboost-dev (>= 1.74)")
set(CPACK_DEBIAN_DEV_PACKAGE_RECOMMENDS "wardreport (= ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}), cmake (>= 3.22)")
if(CMAKE_INSTALL_LIBDIR STREQUAL "lib")
  # Headers and lib/cmake/wardreport only: the same on every architecture.
  set(CPACK_DEBIAN_DEV_PACKAGE_ARCHITECTURE all)
endif()
set(CPACK_DEBIAN_DEV_DESCRIPTION
"SDK for wardreport export plugins
The headers of the wardreport plugin SDK (the document model and the exporter
interface, header-only) and its CMake package: find_package(wardreport 2
CONFIG) gives the target wardreport::sdk and the function
wardreport_add_plugin(), which builds a plugin the wardreport engine loads.")

include(CPack)
