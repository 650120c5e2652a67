// The config's "tables": earlier years, Renstra targets, the budget's
// kegiatan and its revisions from CSV or xlsx files (docs/config.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/table_spec.hpp>

#include "config.hpp"
#include "diagnostics.hpp"

namespace kinerja {

// The tables "tables" takes ("history", "renstra", "budget", "revisions")
// and the fields of each, for `kinerja inspect --table`.
const std::vector<std::string>& config_table_names();
std::optional<sdk::Fields> config_table_fields(const std::string& name);

// Whether the config gives the budget's kegiatan as a table, so that the
// "budget" object may leave them out.
bool budget_kegiatan_in_tables(const json& document);

// Reads "tables" ({"history", "renstra", "budget", "revisions"}, each a
// table: a file name or {"file": ..., "columns": ...}) into `config`, after
// the rest of it is read; each problem names its file and line.
void read_config_tables(const json& node, const std::string& pointer, EvaluationConfig& config,
                        Diagnostics& diagnostics);

}  // namespace kinerja
