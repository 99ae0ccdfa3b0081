# On Qt 6.4 lupdate scans only the SOURCES handed to it, so collect every target's sources.
set(parceldesk_i18n_sources)
foreach(tgt IN ITEMS parceldesk_core parceldesk_ui parceldesk parceldeskctl)
    get_target_property(tgt_sources ${tgt} SOURCES)
    get_target_property(tgt_dir ${tgt} SOURCE_DIR)
    foreach(src IN LISTS tgt_sources)
        if(src MATCHES "\\.(cpp|h)$")
            cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${tgt_dir}")
            list(APPEND parceldesk_i18n_sources "${src}")
        endif()
    endforeach()
endforeach()

# The .qm files live in core so that both programs, console and parceldeskctl, carry them.
qt_add_translations(parceldesk_core
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/parceldesk_de.ts
    SOURCES ${parceldesk_i18n_sources}
    LUPDATE_OPTIONS -no-obsolete -locations none)
