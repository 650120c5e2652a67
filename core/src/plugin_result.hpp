// Reading what a plugin's evaluate() returned. A plugin is outside code:
// its result is checked as strictly as a user's config.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "chart.hpp"
#include "config.hpp"

namespace kinerja {

using json = nlohmann::json;

enum class PluginStatus { final_value, pending, missing };

struct PluginResult {
  PluginStatus status = PluginStatus::missing;
  std::optional<double> realisasi;
  std::string unit;
  std::string note;
  std::optional<PendingSpec> pending;
  json breakdown = json::object();
  std::vector<Chart> charts;  // optional "charts" array; ids unique within the result
  std::vector<std::string> warnings;
  std::vector<std::string> inputs;
  std::string measure;                     // which measure the realisasi is (ABI 1.3)
  std::map<std::string, double> measures;  // every measure the plugin computed
  std::map<std::string, std::string> unavailable_measures;  // and why the others could not be
};

// Throws std::runtime_error saying what is wrong with the text.
PluginResult parse_plugin_result(const std::string& text);

}  // namespace kinerja
