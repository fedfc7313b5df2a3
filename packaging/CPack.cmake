# The Debian package: `cpack -G DEB` in the build folder, or `make package`.
# Name and version come from project(); Depends is worked out from the
# binary's shared libraries by dpkg-shlibdeps, never typed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The sore developers")
set(CPACK_PACKAGE_CONTACT "The sore developers <sore@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "pain and soreness journal for people who get massage")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME_IS_DEFAULT ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sore_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Reminders open libnotify when they notify (src/remind/notify.cpp), so
# shlibdeps cannot see it; without it they print instead. systemd runs them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libnotify4, systemd")
# The long description; CPack puts the summary above it.
set(CPACK_PACKAGE_DESCRIPTION
    "sore keeps a private journal of soreness after (glute) massage: a dated
entry a day with how sore you are, the hours you sat, the pressure and
technique, knots found, and any injury or emotional release. It shows
weekly trends and which of the five usual causes of massage pain go with
your soreness, from a SQLite file on your own machine.")

include(CPack)
