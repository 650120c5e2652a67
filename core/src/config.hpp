// The evaluation config: a unit's Perjanjian Kinerja for one year, the
// policies that turn indicator capaian into sasaran and unit capaian, and
// for each indicator the plugin that measures it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "capaian.hpp"
#include "diagnostics.hpp"
#include "rounding.hpp"

namespace kinerja {

using json = nlohmann::json;

enum class AggregationMethod {
  mean_of_indicators,  // every indicator weighs the same (the seed's 113%)
  mean_of_sasaran      // each sasaran's mean weighs the same
};

enum class PendingPolicy {
  count_as_target,  // capaian 100%, as the seed does for "77*"
  exclude,          // left out of the means
  use_provisional   // capaian from the provisional value
};

std::string to_string(AggregationMethod method);
std::string to_string(PendingPolicy policy);

struct Policy {
  AggregationMethod aggregation = AggregationMethod::mean_of_indicators;
  PendingPolicy pending = PendingPolicy::count_as_target;
  CapaianRule capaian;  // the optional cap
  DisplayRule display;  // how capaian_display is rounded
};

struct TargetSpec {
  Target target;
  std::string text;  // as a person reads it: "< 20%", ">= 81"
};

struct PendingSpec {
  std::string reason;
  std::optional<double> provisional;
};

struct IndicatorConfig {
  std::string pointer;  // where it is in the config, for messages
  std::string id;
  std::string name;
  std::string plugin;  // the indicator type a plugin provides
  json params = json::object();
  TargetSpec target;
  // Target before a revision; `target_awal_na` for an indicator added
  // during the year (written as null / "N/A").
  std::optional<TargetSpec> target_awal;
  bool target_awal_na = false;
  std::string revision_reason;
  // Set by the config to mark the realisasi pending whatever the plugin says.
  std::optional<PendingSpec> pending;
  std::string note;
  // What the report printed, for cross-checking (never used as a result).
  std::optional<double> published_realisasi;
  std::optional<double> published_capaian;
};

struct SasaranConfig {
  std::string pointer;
  std::string id;
  std::string name;
  std::vector<IndicatorConfig> indicators;
};

struct EvaluationConfig {
  std::string name;            // the path as the user gave it, for messages
  std::filesystem::path path;  // absolute
  std::filesystem::path dir;   // relative paths in params resolve against it
  std::string sha256;          // of the file's bytes
  std::string unit;
  std::string organisation;
  std::string description;
  int year = 0;
  Policy policy;
  std::vector<SasaranConfig> sasaran;
  std::optional<double> published_capaian;  // the unit's, as printed
};

// Parses a target written as text: "< 20%", "<= 10 hari kerja", ">= 81".
// The comparison gives the polarity, so one is required.
std::optional<TargetSpec> parse_target_text(const std::string& text, std::string& error);

// Reads and checks a config file. Every problem lands in `diagnostics`
// (all of them, not the first); the config is returned only when there are
// none. Throws FileError when the file cannot be read or is not JSON.
std::optional<EvaluationConfig> load_config(const std::filesystem::path& path, Diagnostics& diagnostics);

// The same, from JSON already parsed (for tests and tools).
std::optional<EvaluationConfig> read_config(const json& document, const std::filesystem::path& path,
                                            Diagnostics& diagnostics);

}  // namespace kinerja
