# What `cmake --install` puts in place, and the Debian package CPack makes of it
# (scripts/package). The binaries link Qt, SQLite, libpq, QtKeychain and libcurl; shlibdeps
# finds those. What Qt loads at run time it cannot see, so it is listed by hand: the SQL drivers
# (a file, a team's server), the platform plugins (a desktop, offscreen for scheduled reports)
# and Qt's own translations (its dialogs' buttons in German).
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.parceldesk.ParcelDesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.parceldesk.ParcelDesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.parceldesk.ParcelDesk.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The man page goes in compressed, as Debian's policy wants (-n: no time stamp in it, so the
# package is the same from the same sources).
find_program(PARCELDESK_GZIP gzip REQUIRED)
set(parceldesk_manpage ${CMAKE_CURRENT_BINARY_DIR}/parceldeskctl.1.gz)
add_custom_command(OUTPUT ${parceldesk_manpage}
    COMMAND ${PARCELDESK_GZIP} -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/parceldeskctl.1
            > ${parceldesk_manpage}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/parceldeskctl.1
    COMMENT "Compressing the man page of parceldeskctl"
    VERBATIM)
add_custom_target(parceldesk_manpage ALL DEPENDS ${parceldesk_manpage})
install(FILES ${parceldesk_manpage} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/parceldesk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parceldesk)
set(CPACK_PACKAGE_VENDOR "The ParcelDesk developers")
set(CPACK_PACKAGE_CONTACT "The ParcelDesk developers <parceldesk@parceldesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for post-purchase logistics")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "ParcelDesk follows every parcel of an online shop across its carriers in one status\n"
    "language, predicts delivery dates and notices delays before the carrier does. It\n"
    "collects problem cases, answers “where is my order?” in one keystroke, sends proactive\n"
    "apologies with consent, manages returns and writes reports as CSV, XLSX and PDF, in\n"
    "English and German. One user works on a local SQLite file; a team shares a PostgreSQL\n"
    "database.\n"
    "\n"
    "The package holds the console (parceldesk) and its command-line twin (parceldeskctl).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, qt6-translations-l10n")
# The keychain QtKeychain talks to on a desktop; without one, credentials go to a 0600 file.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, postgresql")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/COPYING)
set(CPACK_STRIP_FILES ON)
include(CPack)
