// One row per indicator, for other tools (spreadsheets, scripts, BI): the
// result's numbers at full precision with a decimal point, whatever the
// report's language; RFC 4180 quoting and line ends.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace kinerja::report {

using json = nlohmann::json;

std::string render_csv(const json& result);

// One CSV field. A text that a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) gets a leading "'".
std::string csv_field(const std::string& text);

}  // namespace kinerja::report
