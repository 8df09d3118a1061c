# CPack: one configuration, one generator per platform. Included from the top-level
# CMakeLists.txt once every install rule exists.
#   Debian:  cpack -G DEB        (build/inspectdesk_<version>_<arch>.deb)
#   Windows: cpack -G NSIS       (or WIX; see installer/windows/CPackWindows.cmake)
#   macOS:   cpack -G DragNDrop  (see installer/macos/)
set(CPACK_VERBATIM_VARIABLES ON) # values reach the generators exactly as written here
set(CPACK_PACKAGE_NAME inspectdesk)
set(CPACK_PACKAGE_VENDOR "InspectDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "InspectDesk reads Ofsted children's services inspection report PDFs and extracts every
grade with the page and place it was read from. Inspectors check and correct the grades
beside the report, with a history of every change; directors chart judgements across
councils and years and write PDF briefing packs. Interface in English and Welsh.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "InspectDesk maintainers <maintainers@inspectdesk.example.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "InspectDesk")
set(CPACK_PACKAGE_EXECUTABLES inspectdesk "InspectDesk") # Start menu entry (Windows)
set(CPACK_STRIP_FILES ON)
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
endif()

# Debian package. Library dependencies come from dpkg-shlibdeps; what it cannot see
# (plugins Qt loads at run time) is listed by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6 holds the SVG icon engine the window icon needs; the SQLite driver is the
# default database; PostgreSQL is optional.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/CPackWindows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/CPackMacOS.cmake)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
