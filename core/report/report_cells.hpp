// Cells for the values a result holds, formatted once for every renderer.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

// Realisasi are shown with this many decimals, or none when they round to
// a whole number, as the LKj prints them (13,51%; 100%; 2,74 hari kerja).
constexpr int value_decimals = 2;

Cell text_cell(std::string text, bool emphasis = false);
// A value with its unit: "13,51%", "2,74 hari kerja", "83,96"; "-" for null.
Cell value_with_unit(const json& value, const std::string& unit, Language language);
// A capaian: shown rounded to `decimals` as "132%", kept at full precision.
Cell percent_cell(const json& value, int decimals, Language language, bool emphasis = false);
// An indicator's realisasi as the report shows it, with its unit. A
// pending value's stand-in is not a measurement: "77*", as text only, so a
// spreadsheet does not sum it with the final values.
Cell realisasi_cell(const json& indicator, Language language);

// A capaian from an object of the result (indicator, sasaran, the unit):
// the number is "capaian", the text "capaian_display", which the result
// rounded by the config's display rule (half up, half even or truncate).
Cell capaian_cell(const json& object, int decimals, Language language, bool emphasis = false);
Cell rupiah_cell(double amount, Language language, bool emphasis = false);
// The target as the config wrote it ("< 20%"), or the N/A label.
Cell target_cell(const json& target, const Labels& labels);
// The target before any revision: the PK's target awal, or the target
// itself when the indicator was not revised (no target_awal given); null
// for an indicator added during the year ("N/A").
const json& target_awal_of(const json& indicator);

// The decimals the config shows capaian with (the result's
// aggregation.display.decimals), 0 when not there.
int display_decimals(const json& result);

// A member of an object by reference (so that a JSON error about it names
// its full path), or null when the object lacks it or is not an object.
const json& member(const json& object, const char* key);

// Reads a string that may be null or absent ("").
std::string string_of(const json& object, const char* key);
// Reads a number that may be null or absent.
std::optional<double> number_of(const json& object, const char* key);

}  // namespace kinerja::report
