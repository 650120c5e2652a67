// A plugin's own data files (band tables and the like) live in a folder
// named after the plugin, beside the plugin library:
//   lib/kinerja/plugins/kinerja-ikm.so
//   lib/kinerja/plugins/ikm/bands.json
// the same in the build tree and after `cmake --install`. A unit corrects a
// band or adds a year by editing the file, or by pointing a parameter at
// its own copy; nothing is recompiled.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

namespace detail {
// An address inside the plugin's own library: with hidden visibility each
// plugin has its own copy of this function.
inline void plugin_address_anchor() {}
}  // namespace detail

// The plugin library's own file, found from an address inside it.
inline std::filesystem::path plugin_library_path() {
#if defined(__unix__) || defined(__APPLE__)
  Dl_info info{};
  if (::dladdr(reinterpret_cast<void*>(&detail::plugin_address_anchor), &info) != 0 && info.dli_fname != nullptr) {
    return std::filesystem::absolute(info.dli_fname);
  }
#endif
  throw std::runtime_error("cannot locate the plugin library");
}

// <folder of the plugin library>/<plugin name>
inline std::filesystem::path plugin_data_dir(const std::string& plugin_name) {
  return plugin_library_path().parent_path() / plugin_name;
}

// Reads a JSON data file; a missing or malformed file is an InputError
// naming it (and line and column for a syntax error).
inline json read_json_data(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string() + ": cannot open data file");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  try {
    return json::parse(text, nullptr, true, /*ignore_comments=*/true);
  } catch (const json::parse_error& e) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    throw InputError(path.string() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": not valid JSON");
  } catch (const json::exception& e) {
    throw InputError(path.string() + ": not valid JSON: " + e.what());
  }
}

}  // namespace kinerja::sdk
