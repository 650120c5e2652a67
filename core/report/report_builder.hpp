// Builds the report model from a result (the JSON that `kinerja evaluate`
// writes, format 1), so that a report can also be made again later from a
// saved result without running the plugins.
#pragma once

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "plugin_locale.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

// `locales`: the words of the result's plugins (their measures and
// findings); a plugin without one shows its keys.
ReportModel build_report(const json& result, const Labels& labels, const PluginLocales& locales = PluginLocales());

}  // namespace kinerja::report
