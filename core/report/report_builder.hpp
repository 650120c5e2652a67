// Builds the report model from a result (the JSON that `kinerja evaluate`
// writes, format 1), so that a report can also be made again later from a
// saved result without running the plugins.
#pragma once

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

ReportModel build_report(const json& result, const Labels& labels);

}  // namespace kinerja::report
