# kinerja_add_plugin(NAME SOURCES file... [LOCALE file...] [OUTPUT_DIRECTORY dir] [INSTALL])
#
# Builds a loadable kinerja plugin `kinerja-NAME.so` (target
# kinerja_plugin_NAME) from SOURCES. Only the entry symbol is exported, and
# the plugin links nothing of kinerja's: the SDK is header-only. INSTALL
# installs it into <prefix>/<libdir>/kinerja/plugins, where a kinerja
# installed under the same prefix finds it by itself.
#
# LOCALE files (locale/id.json, locale/en.json: the labels of the plugin's
# measures and findings in the report, see docs/plugin-guide.md) are copied
# to NAME/locale/ beside the library, where the report looks for them,
# and installed there with INSTALL. The report reads them as data: they are
# never code, and a plugin without them still renders, with its keys.
include(GNUInstallDirs)

function(kinerja_add_plugin name)
  cmake_parse_arguments(ARG "INSTALL" "OUTPUT_DIRECTORY" "SOURCES;LOCALE" ${ARGN})
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
  if(ARG_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}/kinerja/plugins")
  endif()
  if(ARG_LOCALE)
    if(ARG_OUTPUT_DIRECTORY)
      set(locale_dir "${ARG_OUTPUT_DIRECTORY}/${name}/locale")
    else()
      set(locale_dir "${CMAKE_CURRENT_BINARY_DIR}/${name}/locale")
    endif()
    # The folder first: configure_file into a missing "dir/" writes a file "dir".
    file(MAKE_DIRECTORY "${locale_dir}")
    foreach(file IN LISTS ARG_LOCALE)
      configure_file("${file}" "${locale_dir}/" COPYONLY)
    endforeach()
    if(ARG_INSTALL)
      install(FILES ${ARG_LOCALE} DESTINATION "${CMAKE_INSTALL_LIBDIR}/kinerja/plugins/${name}/locale")
    endif()
  endif()
endfunction()
