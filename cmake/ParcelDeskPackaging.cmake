install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.parceldesk.ParcelDesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.parceldesk.ParcelDesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
