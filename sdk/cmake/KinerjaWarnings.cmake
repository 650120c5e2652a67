# kinerja_set_warnings(TARGET): the warning flags kinerja's own code builds
# with; errors only when KINERJA_WERROR is on (the project's tests and CI
# turn it on; a user's or a distributor's build never fails on a warning).
# Third-party headers come in as system includes and are not affected.
function(kinerja_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wcast-align -Wformat=2
      $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor -Woverloaded-virtual>)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU"
       AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
       AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 15)
      # g++ 12 to 14 at -O1 and up warn inside libstdc++ and nlohmann/json
      # after inlining them into our code: -Warray-bounds on nlohmann's
      # JSON_DIAGNOSTICS parent pointers in std::map (nlohmann/json#3808,
      # #4819: a GCC bug, fixed in GCC 15), -Wrestrict and
      # -Wstringop-overflow on std::string copies in C++20
      # (google/googletest#4108). Being raised after inlining, they name
      # system headers and no SYSTEM include silences them. clang, and
      # the sanitizers, still check bounds in our code.
      target_compile_options(${target} PRIVATE
        $<$<COMPILE_LANGUAGE:CXX>:-Wno-array-bounds -Wno-restrict -Wno-stringop-overflow>)
    endif()
    if(KINERJA_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
