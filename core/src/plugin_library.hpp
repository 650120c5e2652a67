// Loading plugin libraries: one shared library per plugin, checked against
// the host's ABI before anything else in it is used.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/dll/shared_library.hpp>
#include <nlohmann/json.hpp>

#include <kinerja/plugin_abi.h>
#include <kinerja/sdk/types.hpp>

namespace kinerja {

using json = nlohmann::json;

// A library that passed every check. Owns the loaded library: the
// descriptor and its strings live exactly as long as this object.
struct PluginLibrary {
  std::filesystem::path path;
  std::string name;
  std::string version;
  std::string description;
  std::vector<std::string> indicator_types;
  json parameters;
  std::vector<sdk::Measure> measures;  // from the description; the first is the default
  int abi_major = 0;
  int abi_minor = 0;
  const kinerja_plugin_descriptor* descriptor = nullptr;
  boost::dll::shared_library library;

  std::string abi() const { return std::to_string(abi_major) + "." + std::to_string(abi_minor); }
};

// Outcome of trying one file: a plugin, or why it was refused.
struct LoadAttempt {
  std::unique_ptr<PluginLibrary> plugin;
  std::string refusal;  // set when plugin is null
};

// Loads `path` (now-binding, local symbols) and checks its descriptor:
// entry symbol present, struct size, ABI major equal and minor not newer
// than the host's, name, types, functions, parameter description.
LoadAttempt load_plugin_library(const std::filesystem::path& path);

std::string host_abi();  // "1.0"

}  // namespace kinerja
