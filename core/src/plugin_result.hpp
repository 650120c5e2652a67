// Reading what a plugin's evaluate() returned. A plugin is outside code:
// its result is checked as strictly as a user's config.
#pragma once

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
};

// Throws std::runtime_error saying what is wrong with the text.
PluginResult parse_plugin_result(const std::string& text);

}  // namespace kinerja
