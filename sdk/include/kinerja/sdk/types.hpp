// The C++ view of what crosses the ABI: a request in, a result out.
// Header-only on purpose: a plugin built by another compiler or standard
// library compiles this itself and never links a C++ binary of ours.
#pragma once

#include <cmath>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kinerja::sdk {

using json = nlohmann::json;

struct Indicator {
  std::string id;
  std::string name;
  std::string type;
};

// What the host asks a plugin to evaluate. Parameters have already been
// checked against the plugin's parameter description, and every parameter
// described with "format": "path" is an absolute path.
struct Request {
  Indicator indicator;
  json params = json::object();
  std::string unit;  // the organisation unit, e.g. "Biro Humas"
  int year = 0;
  std::filesystem::path config_dir;

  static Request from_json(const json& j) {
    Request r;
    const json& ind = j.at("indicator");
    r.indicator = {ind.at("id").get<std::string>(), ind.value("name", std::string{}),
                   ind.at("type").get<std::string>()};
    r.params = j.value("params", json::object());
    r.unit = j.value("unit", std::string{});
    r.year = j.value("year", 0);
    r.config_dir = j.value("config_dir", std::string{});
    return r;
  }

  json to_json() const {
    return json{{"indicator", {{"id", indicator.id}, {"name", indicator.name}, {"type", indicator.type}}},
                {"params", params},
                {"unit", unit},
                {"year", year},
                {"config_dir", config_dir.string()}};
  }
};

enum class Status { final_value, pending, missing };

struct Pending {
  std::string reason;
  std::optional<double> provisional;
};

// A chart a plugin returns beside its breakdown (ABI 1.2): the report draws
// it as SVG, the result JSON keeps it as data. One value per category in
// every series; std::nullopt is a gap (no bar, a break in the line).
struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;
};

// A horizontal line across the plot: a target, a band threshold.
struct ReferenceLine {
  std::string label;
  double value = 0;
};

enum class ChartType { bar, line };

struct Chart {
  std::string id;  // lower-case letters, digits, '-', '_'; unique within the result
  std::string title;
  ChartType type = ChartType::bar;
  std::vector<std::string> categories;  // the x axis: months, unsur, years
  std::vector<ChartSeries> series;
  std::vector<ReferenceLine> reference_lines;
  std::string unit;  // of the y axis: "%" (ticks get a % sign), "hari kerja", or ""
  std::optional<double> y_min;  // the y range; from the data when absent
  std::optional<double> y_max;

  static Chart bar(std::string id, std::string title, std::vector<std::string> categories) {
    return make(std::move(id), std::move(title), ChartType::bar, std::move(categories));
  }
  static Chart line(std::string id, std::string title, std::vector<std::string> categories) {
    return make(std::move(id), std::move(title), ChartType::line, std::move(categories));
  }

  Chart& add_series(std::string name, std::vector<std::optional<double>> values) {
    series.push_back({std::move(name), std::move(values)});
    return *this;
  }
  Chart& add_reference_line(std::string label, double value) {
    reference_lines.push_back({std::move(label), value});
    return *this;
  }

  // Throws std::invalid_argument for what the host would refuse anyway but
  // JSON cannot carry faithfully (NaN would become null) or that is a plain
  // mistake (values count); the plugin then fails with that message.
  json to_json() const {
    json list = json::array();
    for (const ChartSeries& s : series) {
      if (s.values.size() != categories.size()) {
        fail("series '" + s.name + "' has " + std::to_string(s.values.size()) + " values for " +
             std::to_string(categories.size()) + " categories");
      }
      json values = json::array();
      for (const auto& v : s.values) {
        values.push_back(v ? json(finite(*v, "a value of series '" + s.name + "'")) : json(nullptr));
      }
      list.push_back({{"name", s.name}, {"values", values}});
    }
    json lines = json::array();
    for (const ReferenceLine& r : reference_lines) {
      lines.push_back({{"label", r.label}, {"value", finite(r.value, "reference line '" + r.label + "'")}});
    }
    json j{{"id", id},
           {"title", title},
           {"type", type == ChartType::bar ? "bar" : "line"},
           {"categories", categories},
           {"series", list},
           {"reference_lines", lines},
           {"unit", unit}};
    if (y_min) j["y_min"] = finite(*y_min, "y_min");
    if (y_max) j["y_max"] = finite(*y_max, "y_max");
    return j;
  }

 private:
  static Chart make(std::string id, std::string title, ChartType type, std::vector<std::string> categories) {
    Chart c;
    c.id = std::move(id);
    c.title = std::move(title);
    c.type = type;
    c.categories = std::move(categories);
    return c;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::invalid_argument("chart '" + id + "': " + what);
  }
  double finite(double value, const std::string& what) const {
    if (!std::isfinite(value)) fail(what + " is not a finite number (use std::nullopt for no value)");
    return value;
  }
};

// What a plugin returns. Build it with the named constructors.
struct Result {
  Status status = Status::missing;
  std::optional<double> realisasi;
  std::string unit;
  std::string note;
  std::optional<Pending> pending;
  json breakdown = json::object();
  std::vector<std::string> warnings;
  std::vector<std::string> inputs;  // files read, so the host can hash them
  std::vector<Chart> charts;         // drawn in the report (ABI 1.2)

  static Result final_value(double value) {
    Result r;
    r.status = Status::final_value;
    r.realisasi = value;
    return r;
  }
  static Result pending_value(std::string reason, std::optional<double> provisional = std::nullopt) {
    Result r;
    r.status = Status::pending;
    r.pending = Pending{std::move(reason), provisional};
    return r;
  }
  static Result missing_value(std::string why) {
    Result r;
    r.status = Status::missing;
    r.note = std::move(why);
    return r;
  }

  json to_json() const {
    json j{{"status", status == Status::final_value ? "final"
                      : status == Status::pending   ? "pending"
                                                    : "missing"}};
    if (realisasi) j["realisasi"] = *realisasi;
    if (!unit.empty()) j["unit"] = unit;
    if (!note.empty()) j["note"] = note;
    if (pending) {
      json p{{"reason", pending->reason}};
      if (pending->provisional) p["provisional"] = *pending->provisional;
      j["pending"] = p;
    }
    if (!breakdown.empty()) j["breakdown"] = breakdown;
    if (!warnings.empty()) j["warnings"] = warnings;
    if (!inputs.empty()) j["inputs"] = inputs;
    if (!charts.empty()) {
      json list = json::array();
      for (const Chart& c : charts) list.push_back(c.to_json());
      j["charts"] = list;
    }
    return j;
  }
};

// One thing wrong with a request, found by Plugin::check.
// `path` is a JSON pointer into the request, e.g. "/params/pending".
struct Problem {
  std::string path;
  std::string message;
};

// Throw from evaluate() when the parameters are wrong.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throw from evaluate() when an input file is missing or malformed; say the
// file and line in the message.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kinerja::sdk
