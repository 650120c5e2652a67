# What the SDK's headers need from the system, found the same way in
# kinerja's own build and in a plugin's (KinerjaSDKConfig.cmake):
# nlohmann/json, and libzip and expat for reading xlsx (table.hpp). libzip
# is found with pkg-config: Debian's CMake file for it also demands the
# zipcmp/zipmerge tools, which a plugin has no use for.
find_package(nlohmann_json 3.10 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(KINERJA_LIBZIP REQUIRED IMPORTED_TARGET libzip)
find_package(EXPAT REQUIRED)
