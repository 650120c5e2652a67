#include "chart.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

#include "object_reader.hpp"

namespace kinerja {

std::string to_string(ChartKind kind) { return kind == ChartKind::bar ? "bar" : "line"; }

namespace {

// The id may end up in an HTML element id: keep it to a plain slug.
bool valid_chart_id(const std::string& id) {
  if (id.empty()) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '-' && c != '_'))) return false;
  }
  return true;
}

std::optional<ChartKind> read_kind(ObjectReader& r) {
  const auto type = r.string("type", true);
  if (!type) return std::nullopt;
  if (*type == "bar") return ChartKind::bar;
  if (*type == "line") return ChartKind::line;
  r.error("type", "unknown chart type '" + *type + "'; expected bar or line");
  return std::nullopt;
}

// JSON has no spelling for these; say what the value was.
std::string non_finite_text(double value) {
  if (std::isnan(value)) return "NaN";
  return value > 0 ? "infinity" : "-infinity";
}

// A finite number where a number is expected; reports anything else.
std::optional<double> read_finite(ObjectReader& r, const std::string& key, bool required) {
  const auto value = r.number(key, required);
  if (value && !std::isfinite(*value)) {
    r.error(key, "expected a finite number, found " + non_finite_text(*value));
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> read_categories(ObjectReader& r) {
  std::vector<std::string> categories;
  const json* list = r.array("categories", true);
  if (!list) return categories;
  const std::string at = r.pointer_of("categories");
  if (list->empty()) r.error("categories", "expected at least one category, found an empty array");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    if (!item.is_string()) {
      r.diagnostics().add(child_pointer(at, i), "expected a string (a category label), found " + describe_type(item));
    } else if (item.get<std::string>().empty()) {
      r.diagnostics().add(child_pointer(at, i), "expected a non-empty category label, found an empty string");
    } else {
      categories.push_back(item.get<std::string>());
    }
  }
  return categories;
}

std::vector<std::optional<double>> read_values(const json& list, const std::string& at, Diagnostics& problems) {
  std::vector<std::optional<double>> values;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& item = list[i];
    if (item.is_null()) {
      values.emplace_back(std::nullopt);
    } else if (!item.is_number()) {
      problems.add(child_pointer(at, i), "expected a number or null (no value), found " + describe_type(item));
    } else if (!std::isfinite(item.get<double>())) {
      problems.add(child_pointer(at, i),
                   "expected a finite number or null, found " + non_finite_text(item.get<double>()));
    } else {
      values.emplace_back(item.get<double>());
    }
  }
  return values;
}

std::optional<ChartSeries> read_series_item(const json& node, const std::string& at, std::size_t category_count,
                                            bool categories_valid, Diagnostics& problems) {
  ObjectReader s(node, at, problems);
  ChartSeries series;
  const auto name = s.string("name", true);
  const json* values = s.array("values", true);
  s.finish();
  if (!name || !values) return std::nullopt;
  series.name = *name;
  const std::size_t before = problems.size();
  series.values = read_values(*values, s.pointer_of("values"), problems);
  if (categories_valid && values->size() != category_count) {
    s.error("values", "expected " + std::to_string(category_count) + " values (one per category), found " +
                          std::to_string(values->size()));
  }
  if (problems.size() != before) return std::nullopt;
  return series;
}

std::vector<ChartSeries> read_series(ObjectReader& r, std::size_t category_count, bool categories_valid) {
  std::vector<ChartSeries> result;
  const json* list = r.array("series", true);
  if (!list) return result;
  if (list->empty()) r.error("series", "expected at least one series, found an empty array");
  const std::string at = r.pointer_of("series");
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto series = read_series_item((*list)[i], child_pointer(at, i), category_count, categories_valid, r.diagnostics());
    if (series) result.push_back(std::move(*series));
  }
  return result;
}

std::vector<ReferenceLine> read_reference_lines(ObjectReader& r) {
  std::vector<ReferenceLine> lines;
  const json* list = r.array("reference_lines", false);
  if (!list) return lines;
  const std::string at = r.pointer_of("reference_lines");
  for (std::size_t i = 0; i < list->size(); ++i) {
    ObjectReader line(list->at(i), child_pointer(at, i), r.diagnostics());
    const auto label = line.string("label", true);
    const auto value = read_finite(line, "value", true);
    line.finish();
    if (label && value) lines.push_back({*label, *value});
  }
  return lines;
}

// Shortest form: "100", "3.5324" (json's dump would write "100.0").
std::string number_text(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : json(value).dump();
}

void read_range(ObjectReader& r, Chart& chart) {
  chart.y_min = read_finite(r, "y_min", false);
  chart.y_max = read_finite(r, "y_max", false);
  if (chart.y_min && chart.y_max && !(*chart.y_min < *chart.y_max)) {
    r.error("y_max", "expected a number greater than y_min (" + number_text(*chart.y_min) + "), found " +
                         number_text(*chart.y_max));
  }
}

std::string joined(const Diagnostics& problems) {
  std::string message;
  for (const auto& d : problems.items()) message += (message.empty() ? "" : "; ") + d.to_string();
  return message;
}

}  // namespace

std::optional<Chart> read_chart(const json& node, const std::string& pointer, Diagnostics& problems) {
  const std::size_t before = problems.size();
  ObjectReader r(node, pointer, problems);
  Chart chart;
  const auto id = r.string("id", true);
  if (id && !valid_chart_id(*id)) {
    r.error("id", "expected lower-case letters, digits, '-' or '_' (e.g. \"monthly-shares\"), found '" + *id + "'");
  }
  chart.id = id.value_or("");
  chart.title = r.string("title", true).value_or("");
  chart.kind = read_kind(r).value_or(ChartKind::bar);
  const std::size_t before_categories = problems.size();
  chart.categories = read_categories(r);
  const bool categories_valid = problems.size() == before_categories && r.is_object() && node.contains("categories");
  chart.series = read_series(r, chart.categories.size(), categories_valid);
  chart.reference_lines = read_reference_lines(r);
  chart.unit = r.string("unit", false, true).value_or("");
  read_range(r, chart);
  r.finish();
  if (problems.size() != before) return std::nullopt;
  return chart;
}

Chart parse_chart(const json& node, const std::string& pointer) {
  Diagnostics problems;
  auto chart = read_chart(node, pointer, problems);
  if (!chart) throw std::runtime_error(joined(problems));
  return *chart;
}

json to_json(const Chart& chart) {
  json series = json::array();
  for (const auto& s : chart.series) {
    json values = json::array();
    for (const auto& v : s.values) values.push_back(v ? json(*v) : json(nullptr));
    series.push_back({{"name", s.name}, {"values", values}});
  }
  json lines = json::array();
  for (const auto& line : chart.reference_lines) lines.push_back({{"label", line.label}, {"value", line.value}});
  json j{{"id", chart.id},
         {"title", chart.title},
         {"type", to_string(chart.kind)},
         {"categories", chart.categories},
         {"series", series},
         {"reference_lines", lines},
         {"unit", chart.unit}};
  if (chart.y_min) j["y_min"] = *chart.y_min;
  if (chart.y_max) j["y_max"] = *chart.y_max;
  return j;
}

json to_json(const std::vector<Chart>& charts) {
  json list = json::array();
  for (const Chart& chart : charts) list.push_back(to_json(chart));
  return list;
}

}  // namespace kinerja
