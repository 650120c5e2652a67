# kinerja_add_plugin(NAME SOURCES file... [OUTPUT_DIRECTORY dir])
#
# Builds a loadable kinerja plugin `kinerja-NAME.so` from SOURCES. Only the
# entry symbol is exported (hidden visibility), and the plugin links nothing
# of kinerja's: the SDK is header-only.
function(kinerja_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "kinerja_add_plugin(${name}): SOURCES is required")
  endif()
  set(target kinerja_plugin_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE kinerja::sdk)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "kinerja-${name}"
    CXX_VISIBILITY_PRESET hidden
    C_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}")
  endif()
  # Refuse undefined symbols at link time rather than at load time.
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
endfunction()
