// The report's Chapter III tables: earlier years, Renstra, budget and
// efficiency, from the result's "history", "renstra" and "budget".
#pragma once

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

// Fills model.history, history_charts, renstra, budget, efficiency and the
// budget facts; leaves each empty when the result has nothing for it.
void add_chapter3(const json& result, const Labels& labels, ReportModel& model);

}  // namespace kinerja::report
