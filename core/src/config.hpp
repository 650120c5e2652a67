// The evaluation config: a unit's Perjanjian Kinerja for one year, the
// policies that turn indicator capaian into sasaran and unit capaian, and
// for each indicator the plugin that measures it.
#pragma once

#include <filesystem>
#include <map>
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

// One earlier year of an indicator, from the config or an earlier result.
struct HistoryEntry {
  std::string pointer;  // or the results file, for messages
  int year = 0;
  std::optional<double> realisasi;
  std::optional<TargetSpec> target;         // that year's; gives a computed capaian
  std::optional<double> reported_capaian;   // as that year's report printed it
  std::string source;                       // "LKj 2022", or the results file
};

struct IndicatorConfig {
  std::string pointer;  // where it is in the config, for messages
  std::string id;
  std::string name;
  std::string plugin;  // the indicator type a plugin provides
  std::string measure;  // one of the plugin's measures; empty: its first
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
  std::vector<HistoryEntry> history;       // earlier years, oldest first
  std::map<int, TargetSpec> renstra;       // medium-term targets by year
};

struct SasaranConfig {
  std::string pointer;
  std::string id;
  std::string name;
  std::vector<IndicatorConfig> indicators;
};

// A medium-term plan is five years; twenty is room enough for any, and
// bounds the report's columns.
inline constexpr int max_renstra_years = 20;

// The medium-term plan whose targets indicators may carry ("renstra").
struct RenstraConfig {
  std::string name;  // "Renstra Biro Humas 2020-2024"
  int from = 0;
  int to = 0;
};

struct BudgetKegiatan {
  std::string name;
  double pagu_awal = 0;
  double pagu_akhir = 0;
  std::optional<double> realisasi;
};

struct BudgetRevision {
  std::string date;  // as written: "2023-09"
  double amount = 0;  // signed: a cut is negative
  std::string description;
};

// Pagu and spending for the year (Rupiah). The totals are summed from the
// kegiatan; realisasi is per kegiatan or, when the report gives only the
// total, at the top.
struct BudgetConfig {
  std::string pointer;
  std::vector<BudgetKegiatan> kegiatan;
  std::optional<double> realisasi;
  std::vector<BudgetRevision> revisions;
  std::optional<double> previous_year_pagu;
  std::string source;
  // What the report printed, for cross-checking.
  std::optional<double> published_serapan;
  std::optional<double> published_efficiency_gap;
  std::optional<double> published_pagu_change;
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
  std::optional<RenstraConfig> renstra;
  std::optional<BudgetConfig> budget;
  // Earlier kinerja results (format 1) whose indicators, matched by id,
  // join each indicator's history.
  std::vector<std::filesystem::path> history_results;
  // The files of "tables" (earlier years, Renstra, budget), for provenance.
  std::vector<std::filesystem::path> table_files;
  // What reading the config noticed but did not refuse: rows a table
  // left out under its own policy. The evaluation lists them with its own.
  std::vector<std::string> warnings;
  // "report": how `evaluate --out-dir` writes the report; the command line wins.
  std::string report_language;                          // "id" or "en"; empty: the default (id)
  std::optional<std::filesystem::path> report_templates;  // a unit's own template folder
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
