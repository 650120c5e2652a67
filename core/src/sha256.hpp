// SHA-256 of files and bytes, for provenance.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace kinerja {

// Lower-case hex digest.
std::string sha256_hex(std::string_view bytes);

// Streams the file; throws FileError naming it when it cannot be read.
std::string sha256_file(const std::filesystem::path& path);

}  // namespace kinerja
