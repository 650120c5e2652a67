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
  set(version_script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/kinerja_plugin.map")
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
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # Refuse undefined symbols at link time rather than at load time, and
    # export the entry symbol only: hidden visibility alone still leaks the
    # standard library's template instances.
    target_link_options(${target} PRIVATE "LINKER:--no-undefined"
      "LINKER:--version-script=${version_script}")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${version_script}")
  endif()
endfunction()
