// A plugin's breakdown (any JSON object) as tables a planner can read:
// its scalar fields as one two-column table, each list of records and each
// map of records as a table of its own. Works for any plugin, including
// those of other units, because it reads only the JSON's shape.
#pragma once

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

// `id_prefix` makes table ids unique in the report ("IKK1-").
std::vector<Table> breakdown_tables(const json& breakdown, const std::string& id_prefix, const Labels& labels);

// A JSON value as a cell: numbers keep full precision and are shown with
// at most four decimals; lists of scalars are joined with ", ".
Cell value_cell(const json& value, Language language);

}  // namespace kinerja::report
