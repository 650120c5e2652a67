#include "plugin_registry.hpp"

#include <algorithm>

#include <boost/dll/runtime_symbol_info.hpp>

namespace kinerja {

bool PluginRegistry::load_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return false;
  const std::string suffix = boost::dll::shared_library::suffix().string();
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec) && entry.path().extension() == suffix) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) load_file(file);
  return true;
}

void PluginRegistry::load_file(const std::filesystem::path& raw_path) {
  // An absolute path, so that dlopen never searches LD_LIBRARY_PATH & co.
  const std::filesystem::path path = std::filesystem::absolute(raw_path).lexically_normal();
  LoadAttempt attempt = load_plugin_library(path);
  if (!attempt.plugin) {
    refused_.push_back({path, attempt.refusal});
    return;
  }
  if (const PluginLibrary* other = find_name(attempt.plugin->name)) {
    refused_.push_back({path, "duplicate plugin name '" + attempt.plugin->name + "': already loaded from " +
                                  other->path.string()});
    return;
  }
  for (const auto& type : attempt.plugin->indicator_types) {
    if (const PluginLibrary* other = find_type(type)) {
      refused_.push_back({path, "indicator type '" + type + "' is already provided by plugin '" + other->name +
                                    "' (" + other->path.string() + ")"});
      return;
    }
  }
  plugins_.push_back(std::move(attempt.plugin));
}

const PluginLibrary* PluginRegistry::find_type(const std::string& type) const {
  for (const auto& p : plugins_) {
    if (std::find(p->indicator_types.begin(), p->indicator_types.end(), type) != p->indicator_types.end()) {
      return p.get();
    }
  }
  return nullptr;
}

const PluginLibrary* PluginRegistry::find_name(const std::string& name) const {
  for (const auto& p : plugins_) {
    if (p->name == name) return p.get();
  }
  return nullptr;
}

std::vector<std::string> PluginRegistry::types() const {
  std::vector<std::string> out;
  for (const auto& p : plugins_) out.insert(out.end(), p->indicator_types.begin(), p->indicator_types.end());
  return out;
}

std::vector<std::string> PluginRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& p : plugins_) out.push_back(p->name);
  return out;
}

std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& cli_dirs,
                                                      const char* env_value, bool include_bundled) {
  std::vector<std::filesystem::path> dirs(cli_dirs.begin(), cli_dirs.end());
  if (env_value != nullptr) {
    const std::string value = env_value;
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t end = std::min(value.find(':', start), value.size());
      // An empty entry would mean the working directory to some tools; not here.
      if (end > start) dirs.emplace_back(value.substr(start, end - start));
      start = end + 1;
    }
  }
  if (include_bundled) {
    if (auto bundled = bundled_plugin_dir(); !bundled.empty()) dirs.push_back(std::move(bundled));
  }
  return dirs;
}

std::filesystem::path bundled_plugin_dir() {
  boost::dll::fs::error_code ec;
  const std::filesystem::path exe = boost::dll::program_location(ec);
  // Without the executable's location there is no bundled folder; a
  // relative path here would mean the working directory.
  if (ec || !exe.is_absolute()) return {};
  return (exe.parent_path() / KINERJA_BUNDLED_PLUGIN_RELDIR).lexically_normal();
}

}  // namespace kinerja
