// Gives the tests' precompiled headers an owner of their own (see
// kinerja_test_executable in tests/CMakeLists.txt); it compiles to nothing.
