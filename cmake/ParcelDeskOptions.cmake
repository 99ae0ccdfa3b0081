# One INTERFACE target carries every compile option; each of our targets links it.
add_library(parceldesk_options INTERFACE)
target_compile_features(parceldesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(parceldesk_options INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast
    $<$<BOOL:${PARCELDESK_WERROR}>:-Werror>)
target_compile_definitions(parceldesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(PARCELDESK_SANITIZE)
    target_compile_options(parceldesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parceldesk_options INTERFACE -fsanitize=address,undefined)
endif()

if(PARCELDESK_FUZZ)
    target_compile_options(parceldesk_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(parceldesk_options INTERFACE -fsanitize=address,undefined)
endif()

# The core library must stay free of Gui and Widgets: it runs headless in parceldeskctl and tests.
function(parceldesk_assert_headless target)
    get_target_property(_libs ${target} LINK_LIBRARIES)
    foreach(_lib IN LISTS _libs)
        if(_lib MATCHES "Qt6?::(Gui|Widgets|Charts|PrintSupport|OpenGL)")
            message(FATAL_ERROR "${target} must not link ${_lib}: core is Qt Core, Sql and Network only")
        endif()
        if(TARGET ${_lib})
            get_target_property(_type ${_lib} TYPE)
            if(NOT _lib MATCHES "^Qt6?::" AND NOT _type STREQUAL "INTERFACE_LIBRARY")
                parceldesk_assert_headless(${_lib})
            endif()
        endif()
    endforeach()
endfunction()
