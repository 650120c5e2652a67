// What an evaluation produces, before it is written as JSON.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "budget.hpp"
#include "capaian.hpp"
#include "chart.hpp"
#include "config.hpp"
#include "history.hpp"
#include "plugin_library.hpp"

namespace kinerja {

using json = nlohmann::json;

enum class IndicatorStatus { final_value, pending, missing, error };
std::string to_string(IndicatorStatus status);  // "final", "pending", "missing", "error"

struct InputFile {
  std::string path;
  std::string sha256;
};

struct PendingOutcome {
  PendingSpec spec;
  std::string source;  // "config" or "plugin"
};

struct IndicatorOutcome {
  const IndicatorConfig* config = nullptr;
  const PluginLibrary* plugin = nullptr;  // null when no plugin serves the type
  IndicatorStatus status = IndicatorStatus::missing;
  std::optional<double> realisasi;  // final value, or the provisional one while pending
  std::string realisasi_unit;
  std::string measure;                     // the plugin's measure the realisasi is, if it has measures
  std::map<std::string, double> measures;  // every measure the plugin computed
  std::map<std::string, std::string> unavailable_measures;  // why the others were not
  // The values the chosen measure can take (IKM 25..100), for the report's charts.
  std::optional<double> scale_min, scale_max;
  std::optional<PendingOutcome> pending;
  Capaian capaian;
  bool counted = false;  // whether its capaian enters the means
  std::optional<bool> target_met;
  std::string note;
  json breakdown = json::object();
  std::vector<Chart> charts;  // from the plugin, as data; the report draws them
  std::vector<std::string> warnings;
  std::vector<InputFile> inputs;
  std::vector<std::string> errors;
  HistoryOutcome history;                 // earlier years and the direction of change
  std::optional<RenstraOutcome> renstra;  // when the config gives Renstra targets
};

struct SasaranOutcome {
  const SasaranConfig* config = nullptr;
  std::vector<IndicatorOutcome> indicators;
  std::optional<double> capaian;
};

struct EvaluationOutcome {
  const EvaluationConfig* config = nullptr;
  std::vector<SasaranOutcome> sasaran;
  std::optional<double> capaian;  // for the unit
  std::optional<BudgetOutcome> budget;
  std::vector<std::string> warnings;
  std::vector<const PluginLibrary*> plugins_used;

  bool any_failed() const;
};

}  // namespace kinerja
