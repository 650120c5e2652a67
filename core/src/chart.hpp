// A chart as data: what a plugin may return beside its breakdown and what
// the core adds (capaian per indicator, multi-year trends). The report
// renders it as inline SVG; the result JSON keeps it as data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostics.hpp"

namespace kinerja {

using json = nlohmann::json;

enum class ChartKind { bar, line };

struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category; null = no value
};

// A horizontal line across the plot: the 100% line, a band threshold.
struct ReferenceLine {
  std::string label;
  double value = 0;
};

struct Chart {
  std::string id;     // unique within its indicator (or report): "monthly-shares"
  std::string title;  // shown above the chart
  ChartKind kind = ChartKind::bar;
  std::vector<std::string> categories;  // the x axis: months, unsur, years...
  std::vector<ChartSeries> series;
  std::vector<ReferenceLine> reference_lines;
  std::string unit;  // of the y axis: "%", "hari kerja", ""
  std::optional<double> y_min;  // axis range; computed from the data when absent
  std::optional<double> y_max;
};

std::string to_string(ChartKind kind);  // "bar" | "line"

// Reads one chart as a plugin writes it:
// {"id": "...", "title": "...", "type": "bar"|"line", "categories": [...],
//  "series": [{"name": "...", "values": [1.5, null, ...]}],
//  "reference_lines": [{"label": "...", "value": 100}], "unit": "%",
//  "y_min": 0, "y_max": 100}
// Throws std::runtime_error naming the JSON path of what is wrong
// (e.g. "/series/1/values: expected 12 values (one per category), found 11").
// The id must be lower-case letters, digits, '-' or '_' (it may become
// part of an HTML id). Every problem is reported, joined by "; ".
Chart parse_chart(const json& node, const std::string& pointer);

// The same, adding every problem to `problems` instead of throwing, for a
// caller that gathers all problems of a larger document.
std::optional<Chart> read_chart(const json& node, const std::string& pointer, Diagnostics& problems);

// Always writes reference_lines and unit; y_min and y_max only when set.
json to_json(const Chart& chart);
json to_json(const std::vector<Chart>& charts);  // an array of the above

}  // namespace kinerja
