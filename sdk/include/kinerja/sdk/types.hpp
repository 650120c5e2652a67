// The C++ view of what crosses the ABI: a request in, a result out.
// Header-only on purpose: a plugin built by another compiler or standard
// library compiles this itself and never links a C++ binary of ours.
#pragma once

#include <cmath>
#include <filesystem>
#include <map>
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

// One thing a plugin can measure (ABI 1.3): the indicator picks it with
// "measure", and its unit and polarity decide which targets make sense
// ("<= 10 hari kerja" for a mean of days, ">= 95%" for a share on time).
struct Measure {
  std::string id;        // [a-z0-9_]+, e.g. "on_time_share"
  std::string unit;      // of the realisasi: "%", "hari kerja", "" (an index)
  bool higher_is_better = true;
  std::string label;     // English, e.g. "Share of requests answered on time"
  std::string label_id;  // Indonesian, e.g. "Persentase permohonan dijawab tepat waktu"
  std::string description;
  double sample_target = 0;  // for the sample indicator of `kinerja plugins info`
  // The values the measure can take (IKM 25..100, a share 0..100): a target
  // outside is a target of something else, and the host refuses it.
  std::optional<double> scale_min, scale_max;

  json to_json() const {
    json j{{"id", id}, {"unit", unit}, {"polarity", higher_is_better ? "higher" : "lower"}, {"label", label},
           {"sample_target", sample_target}};
    if (!label_id.empty()) j["label_id"] = label_id;
    if (!description.empty()) j["description"] = description;
    if (scale_min) j["scale_min"] = *scale_min;
    if (scale_max) j["scale_max"] = *scale_max;
    return j;
  }
  static Measure from_json(const json& j) {
    Measure m;
    m.id = j.at("id").get<std::string>();
    m.unit = j.value("unit", std::string{});
    m.higher_is_better = j.value("polarity", std::string("higher")) != "lower";
    m.label = j.value("label", m.id);
    m.label_id = j.value("label_id", std::string{});
    m.description = j.value("description", std::string{});
    m.sample_target = j.value("sample_target", 0.0);
    if (j.contains("scale_min") && j["scale_min"].is_number()) m.scale_min = j["scale_min"].get<double>();
    if (j.contains("scale_max") && j["scale_max"].is_number()) m.scale_max = j["scale_max"].get<double>();
    return m;
  }
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
  // The measure the indicator asks for (ABI 1.3), one of the plugin's
  // PluginInfo::measures; empty: the first.
  std::string measure;

  static Request from_json(const json& j) {
    Request r;
    const json& ind = j.at("indicator");
    r.indicator = {ind.at("id").get<std::string>(), ind.value("name", std::string{}),
                   ind.at("type").get<std::string>()};
    r.params = j.value("params", json::object());
    r.unit = j.value("unit", std::string{});
    r.year = j.value("year", 0);
    r.config_dir = j.value("config_dir", std::string{});
    r.measure = j.value("measure", std::string{});
    return r;
  }

  json to_json() const {
    return json{{"indicator", {{"id", indicator.id}, {"name", indicator.name}, {"type", indicator.type}}},
                {"params", params},
                {"unit", unit},
                {"year", year},
                {"config_dir", config_dir.string()},
                {"measure", measure}};
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
  // A plugin with measures gives each one it could compute here, and why
  // for each it could not; the SDK makes the requested one the realisasi.
  std::map<std::string, double> measures;
  std::map<std::string, std::string> unavailable_measures;
  std::string measure;  // which one the realisasi is (set by the SDK)

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
    if (!measure.empty()) j["measure"] = measure;
    if (!measures.empty()) {
      json m = json::object();
      for (const auto& [id, value] : measures) {
        if (!std::isfinite(value)) throw std::invalid_argument("measure '" + id + "' is not a finite number");
        m[id] = value;
      }
      j["measures"] = m;
    }
    if (!unavailable_measures.empty()) j["unavailable_measures"] = unavailable_measures;
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
