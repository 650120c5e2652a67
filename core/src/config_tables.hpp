// The config's "tables": earlier years, Renstra targets, the budget's
// kegiatan and its revisions from CSV or xlsx files (docs/config.md).
#pragma once

#include <string>

#include "config.hpp"
#include "diagnostics.hpp"

namespace kinerja {

// Whether the config gives the budget's kegiatan as a table, so that the
// "budget" object may leave them out.
bool budget_kegiatan_in_tables(const json& document);

// Reads "tables" ({"history", "renstra", "budget", "revisions"}, each a
// table: a file name or {"file": ..., "columns": ...}) into `config`, after
// the rest of it is read; each problem names its file and line.
void read_config_tables(const json& node, const std::string& pointer, EvaluationConfig& config,
                        Diagnostics& diagnostics);

}  // namespace kinerja
