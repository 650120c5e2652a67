// Reading JSON files written by people: comments allowed, a byte-order mark
// tolerated, and a syntax error reported as FILE:LINE:COLUMN.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace kinerja {

using json = nlohmann::json;

// Parses `text`; `name` is used in error messages. Throws FileError.
json parse_json_text(const std::string& text, const std::string& name);

// Reads and parses a file. Throws FileError naming the file.
json read_json_file(const std::filesystem::path& path);

// The whole file as bytes. Throws FileError naming the file.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace kinerja
