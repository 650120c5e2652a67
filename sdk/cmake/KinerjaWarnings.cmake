# kinerja_set_warnings(TARGET): the warning flags kinerja's own code builds
# with; errors when KINERJA_WERROR is on. Third-party headers come in as
# system includes and are not affected.
function(kinerja_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wcast-align -Wformat=2
      $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor -Woverloaded-virtual>)
    if(KINERJA_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
