// Writing an output so that a failed run never leaves half a file behind.
#pragma once

#include <filesystem>
#include <string_view>

namespace kinerja {

// Writes to a temporary file beside `path`, then renames it over `path`.
// Throws FileError naming the file; the temporary is removed on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace kinerja
