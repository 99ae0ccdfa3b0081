# On Qt 6.4 lupdate scans only the SOURCES handed to it, so collect every target's sources.
set(parceldesk_i18n_sources)
foreach(tgt IN ITEMS parceldesk_core parceldesk_sandbox parceldesk_ui parceldesk parceldeskctl)
    get_target_property(tgt_sources ${tgt} SOURCES)
    get_target_property(tgt_dir ${tgt} SOURCE_DIR)
    foreach(src IN LISTS tgt_sources)
        if(src MATCHES "\\.(cpp|h)$")
            cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${tgt_dir}")
            list(APPEND parceldesk_i18n_sources "${src}")
        endif()
    endforeach()
endforeach()

set(parceldesk_ts_de ${PROJECT_SOURCE_DIR}/translations/parceldesk_de.ts)
set(parceldesk_ts_en ${PROJECT_SOURCE_DIR}/translations/parceldesk_en.ts)

# German is translated in full; English only needs its plural forms ("1 shipment", "2 shipments").
# qt_add_lupdate names its target after the first argument, so each file gets its own.
qt_add_lupdate(parceldesk_core
    TS_FILES ${parceldesk_ts_de}
    SOURCES ${parceldesk_i18n_sources}
    OPTIONS -no-obsolete -locations none)
qt_add_lupdate(parceldesk_ui
    TS_FILES ${parceldesk_ts_en}
    SOURCES ${parceldesk_i18n_sources}
    OPTIONS -no-obsolete -locations none -pluralonly)

# The .qm files live in core so that both programs, the console and parceldeskctl, carry them.
qt_add_lrelease(parceldesk_core
    TS_FILES ${parceldesk_ts_de} ${parceldesk_ts_en}
    QM_FILES_OUTPUT_VARIABLE parceldesk_qm_files)
qt_add_resources(parceldesk_core parceldesk_i18n
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${parceldesk_qm_files})

if(PARCELDESK_BUILD_TESTS)
    list(JOIN parceldesk_i18n_sources "\n" parceldesk_i18n_lines)
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/i18n_sources.txt "${parceldesk_i18n_lines}\n")
    file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/i18n_check)
    add_test(NAME translations_complete
        COMMAND ${CMAKE_COMMAND}
            -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
            -DSOURCES_FILE=${CMAKE_CURRENT_BINARY_DIR}/i18n_sources.txt
            -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/i18n_check
            "-DTS_FILES=${parceldesk_ts_de}|${parceldesk_ts_en}"
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckTranslations.cmake)
endif()
