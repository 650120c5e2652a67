// Every plugin the host has loaded, found by the indicator type it serves.
// Libraries stay loaded as long as the registry lives (the whole run).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "plugin_library.hpp"

namespace kinerja {

struct Refusal {
  std::filesystem::path path;
  std::string reason;
};

class PluginRegistry {
 public:
  // Loads every shared library directly in `dir`, in name order. Returns
  // false when `dir` is not a directory.
  bool load_directory(const std::filesystem::path& dir);
  // Loads one library; a refusal is recorded, never thrown.
  void load_file(const std::filesystem::path& path);

  const PluginLibrary* find_type(const std::string& type) const;
  const PluginLibrary* find_name(const std::string& name) const;
  std::vector<std::string> types() const;
  std::vector<std::string> names() const;

  const std::vector<std::unique_ptr<PluginLibrary>>& plugins() const { return plugins_; }
  const std::vector<Refusal>& refused() const { return refused_; }

 private:
  std::vector<std::unique_ptr<PluginLibrary>> plugins_;
  std::vector<Refusal> refused_;
};

// Where plugins are looked for, in this order (the first plugin of a name
// wins): each --plugin-dir, each entry of KINERJA_PLUGIN_PATH (':'-separated),
// then the bundled folder beside the executable. Never the working
// directory, never the loader's search path.
std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& cli_dirs,
                                                      const char* env_value, bool include_bundled);

// <executable's folder>/<relative bundled dir>, the same in the build tree
// and after `cmake --install`; empty when the executable cannot be located.
std::filesystem::path bundled_plugin_dir();

}  // namespace kinerja
