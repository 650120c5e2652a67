// Readers for parts of the config shared by config.cpp and the readers of
// its Chapter III sections (history, Renstra, budget).
#pragma once

#include <optional>
#include <string>

#include "config.hpp"
#include "diagnostics.hpp"
#include "object_reader.hpp"

namespace kinerja {

// A target as text ("< 20%") or object ({"value": 81, "polarity": "higher"}).
std::optional<TargetSpec> read_target(const json* node, const std::string& pointer, Diagnostics& diagnostics);

// indicator "history": [{"year", "realisasi", "target", "capaian", "source"}]
std::vector<HistoryEntry> read_history(const json& node, const std::string& pointer, int config_year,
                                       Diagnostics& diagnostics);

// indicator "renstra": {"2020": target, ..., "2024": target}
std::map<int, TargetSpec> read_renstra_targets(const json& node, const std::string& pointer,
                                              Diagnostics& diagnostics);

// top-level "renstra": {"name", "from", "to"}
std::optional<RenstraConfig> read_renstra(const json& node, const std::string& pointer, Diagnostics& diagnostics);

// top-level "budget"; its kegiatan may come from "tables" instead.
std::optional<BudgetConfig> read_budget(const json& node, const std::string& pointer, Diagnostics& diagnostics,
                                        bool kegiatan_from_table = false);

// Earlier years in order; a year given twice is a problem.
void sort_and_check_years(std::vector<HistoryEntry>& entries, Diagnostics& diagnostics);

// Checks that each indicator's Renstra years lie in the top-level period,
// and that a Renstra target needs a top-level "renstra".
void check_renstra_years(const EvaluationConfig& config, Diagnostics& diagnostics);

// Adds the indicators of earlier results files to each indicator's history.
// Problems (unreadable file, wrong format, a year not before the config's,
// a year already in the config) land in `diagnostics`, naming the file.
void load_history_results(EvaluationConfig& config, Diagnostics& diagnostics);

}  // namespace kinerja
