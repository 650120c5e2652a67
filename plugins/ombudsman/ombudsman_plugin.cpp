// ombudsman: compliance of public service delivery as Ombudsman RI assesses
// it: unit totals from their dimensions (or given), their mean, the opini
// and zone of the year's method, and the units under a coaching threshold.
#include <cctype>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>

#include "ombudsman.hpp"

namespace {

using kinerja::sdk::json;
using kinerja::sdk::Problem;
using kinerja::sdk::Request;
using kinerja::sdk::Result;
namespace omb = kinerja::ombudsman;

bool same_text(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// A key as one JSON pointer token: '~' and '/' escaped (RFC 6901).
std::string pointer_token(const std::string& key) {
  std::string token;
  for (char ch : key) token += ch == '~' ? std::string("~0") : ch == '/' ? std::string("~1") : std::string(1, ch);
  return token;
}

json grade_json(const std::optional<omb::Grade>& g) {
  if (!g) return {{"category", nullptr}, {"opini", nullptr}, {"zone", nullptr}};
  const auto text_or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  return {{"category", text_or_null(g->category)}, {"opini", text_or_null(g->opini)}, {"zone", g->zone}};
}

// The method and where it came from, for check() and evaluate().
struct Chosen {
  omb::Methods methods;
  std::size_t index = 0;  // a position, not a pointer: Chosen is moved around

  const omb::Method& method() const { return methods.methods.at(index); }
};

class OmbudsmanPlugin : public kinerja::sdk::Plugin {
 public:
  using Plugin::Plugin;

  static kinerja::sdk::PluginInfo info() {
    kinerja::sdk::PluginInfo info;
    info.name = "ombudsman";
    info.version = "1.0.0";
    info.description = "Ombudsman RI compliance (Penilaian Kepatuhan): unit totals, mean, opini and zone by the year's method";
    info.indicator_types = {"ombudsman"};
    info.parameters = json::parse(R"json({
      "type": "object",
      "properties": {
        "units": {
          "type": "array",
          "description": "The assessed service units, each with its dimension scores or its total.",
          "items": {
            "type": "object",
            "properties": {
              "name": {"type": "string", "description": "The service unit, e.g. \"Biro Perencanaan\"."},
              "dimensions": {
                "type": "object",
                "description": "Points per dimension (2022-2024 method); the unit's total is their sum.",
                "properties": {
                  "input": {"type": "number", "description": "Input, 0 to 21.85."},
                  "proses": {"type": "number", "description": "Proses, 0 to 32.37."},
                  "output": {"type": "number", "description": "Output, 0 to 24.24."},
                  "pengaduan": {"type": "number", "description": "Pengaduan, 0 to 21.54."}
                },
                "required": ["input", "proses", "output", "pengaduan"]
              },
              "total": {"type": "number", "description": "The unit's total, 0 to 100, when the dimensions are not given."}
            },
            "required": ["name"]
          }
        },
        "method": {"type": "string",
                   "description": "Key of the method in the data file; default: the one covering the config's year."},
        "threshold": {"type": "number", "default": 78, "minimum": 0, "maximum": 100,
                      "description": "Units scoring below it are listed for coaching (the 2023 LKj: 0 to 77.99)."},
        "published": {
          "type": "object",
          "description": "Figures as a report printed them, compared with the computed ones.",
          "properties": {
            "mean": {"type": "number", "description": "The printed final value (nilai akhir)."},
            "category": {"type": "string", "description": "The printed category, e.g. \"B\"."},
            "opini": {"type": "string", "description": "The printed opini, e.g. \"Kualitas Tinggi\"."},
            "zone": {"type": "string", "description": "The printed zone: hijau, kuning or merah."},
            "units": {
              "type": "object",
              "description": "By unit name, e.g. {\"Biro Perencanaan\": {\"total\": 74.12}}.",
              "additionalProperties": {
                "type": "object",
                "properties": {
                  "total": {"type": "number", "description": "The unit's printed total."},
                  "category": {"type": "string", "description": "The unit's printed category."}
                }
              }
            }
          }
        },
        "data": {"type": "string", "format": "path",
                 "description": "A unit's own copy of methods.json; default: the one bundled with the plugin."},
        "evidence": {"type": "string", "description": "Where the scores come from; goes into the note."}
      },
      "required": ["units"],
      "examples": [{"units": [
        {"name": "Biro Perencanaan", "dimensions": {"input": 16.44, "proses": 13.20, "output": 23.27, "pengaduan": 21.20}},
        {"name": "Direktorat Rehabilitasi Sosial Anak", "total": 85.59}]}]
    })json");
    return info;
  }

  std::vector<Problem> check(const Request& request) override {
    Chosen chosen;
    try {
      chosen = choose(request);
    } catch (const kinerja::sdk::ConfigError& e) {
      return {{request.params.contains("method") ? "/params/method" : "", e.what()}};
    } catch (const kinerja::sdk::InputError& e) {
      return {{request.params.contains("data") ? "/params/data" : "/params", e.what()}};
    }
    return problems_with(request, chosen.method());
  }

  Result evaluate(const Request& request) override {
    const Chosen chosen = choose(request);
    const omb::Method& method = chosen.method();
    if (const auto problems = problems_with(request, method); !problems.empty()) {
      std::string message;
      for (const auto& p : problems) message += (message.empty() ? "" : "; ") + p.message;
      throw kinerja::sdk::ConfigError(message);
    }
    const json& p = request.params;
    const omb::Evaluation e = omb::evaluate(method, units_of(p), p.value("threshold", 78.0));
    Result result = Result::final_value(e.mean);
    if (!method.covers(request.year)) {
      result.warnings.push_back("method " + method.key + " covers " + method.years_text() + ", not " +
                                std::to_string(request.year));
    }
    json breakdown{{"method", method.key},     {"method_name", method.name}, {"source", method.source},
                   {"years", method.years_text()}, {"bands_verified", method.verified}};
    breakdown["units"] = units_json(method, p["units"], e);
    breakdown["mean"] = e.mean;
    breakdown.update(grade_json(e.grade));
    breakdown["threshold"] = e.threshold;
    json below = json::array();
    for (std::size_t i : e.below) below.push_back({{"name", e.units[i].name}, {"total", e.units[i].total}});
    breakdown["below_threshold"] = below;
    if (e.grade) {
      result.note = (e.grade->category.empty() ? "" : "kategori " + e.grade->category + " (" + e.grade->opini + "), ") +
                    "zona " + e.grade->zone;
    }
    if (p.contains("evidence")) {
      const std::string evidence = p["evidence"].get<std::string>();
      result.note = result.note.empty() ? evidence : evidence + "; " + result.note;
    }
    if (p.contains("published")) {
      for (auto& w : compare_published(p["published"], e)) result.warnings.push_back(std::move(w));
    }
    result.breakdown = breakdown;
    result.inputs.push_back(chosen.methods.file);
    return result;
  }

 private:
  static std::filesystem::path data_file(const Request& request) {
    if (request.params.contains("data")) return request.params["data"].get<std::string>();
    return kinerja::sdk::plugin_data_dir("ombudsman") / "methods.json";
  }

  // The method named by the parameter, or the one covering the year.
  static Chosen choose(const Request& request) {
    const std::filesystem::path file = data_file(request);
    Chosen chosen;
    chosen.methods = omb::methods_from_json(kinerja::sdk::read_json_data(file), file.string());
    const omb::Method& method = request.params.contains("method")
                                    ? omb::find_method(chosen.methods, request.params["method"].get<std::string>())
                                    : omb::method_for_year(chosen.methods, request.year);
    chosen.index = static_cast<std::size_t>(&method - chosen.methods.methods.data());
    return chosen;
  }

  static std::vector<omb::Unit> units_of(const json& p) {
    std::vector<omb::Unit> units;
    for (const auto& u : p.value("units", json::array())) {
      omb::Unit unit;
      unit.name = u["name"].get<std::string>();
      if (u.contains("total")) unit.total = u["total"].get<double>();
      if (u.contains("dimensions")) {
        omb::Scores scores;
        for (const auto& [key, value] : u["dimensions"].items()) scores[key] = value.get<double>();
        unit.dimensions = scores;
      }
      units.push_back(std::move(unit));
    }
    return units;
  }

  // The rules the parameter description cannot say.
  static std::vector<Problem> problems_with(const Request& request, const omb::Method& method) {
    const json& p = request.params;
    std::vector<Problem> problems;
    const std::vector<omb::Unit> units = units_of(p);
    for (const auto& issue : omb::find_issues(method, units)) {
      std::string path = "/params/units";
      if (issue.unit) path += "/" + std::to_string(*issue.unit);
      if (!issue.field.empty()) path += "/" + issue.field;
      problems.push_back({path, issue.message});
    }
    if (!p.contains("published")) return problems;
    const json& published = p["published"];
    const auto known = [&](const json& where, const char* what, const std::string& pointer) {
      if (!where.contains(what) || omb::is_known(method, what, where[what].get<std::string>())) return;
      problems.push_back({pointer, std::string("unknown ") + what + " '" + where[what].get<std::string>() +
                                       "' for method " + method.key});
    };
    for (const char* what : {"category", "opini", "zone"}) known(published, what, std::string("/params/published/") + what);
    const json published_units = published.value("units", json::object());  // not a temporary: items() refers to it
    for (const auto& [name, figures] : published_units.items()) {
      const std::string pointer = "/params/published/units/" + pointer_token(name);
      known(figures, "category", pointer + "/category");
      bool found = false;
      for (const auto& u : units) found = found || u.name == name;
      if (!found) problems.push_back({pointer, "no unit named '" + name + "' in units"});
    }
    return problems;
  }

  static json units_json(const omb::Method& method, const json& given, const omb::Evaluation& e) {
    json units = json::array();
    for (std::size_t i = 0; i < e.units.size(); ++i) {
      const omb::UnitResult& u = e.units[i];
      json entry{{"name", u.name}, {"input", u.from_dimensions ? "dimensions" : "total"}, {"total", u.total}};
      if (u.from_dimensions) {
        json dimensions = json::array();
        for (const auto& d : method.dimensions) {
          dimensions.push_back({{"key", d.key}, {"label", d.label}, {"score", given[i]["dimensions"][d.key]}, {"max", d.max}});
        }
        entry["dimensions"] = dimensions;
      }
      entry.update(grade_json(u.grade));
      entry["below_threshold"] = u.below_threshold;
      units.push_back(entry);
    }
    return units;
  }

  // Published figures against computed ones: warnings showing both.
  static std::vector<std::string> compare_published(const json& published, const omb::Evaluation& e) {
    std::vector<std::string> warnings;
    const auto text = [&](const json& figures, const char* what, const std::string& of, const std::string& computed,
                          double score) {
      if (!figures.contains(what) || computed.empty() || same_text(figures[what].get<std::string>(), computed)) return;
      warnings.push_back(what + of + ": published " + figures[what].get<std::string>() + ", computed " + computed + " (" +
                         kinerja::sdk::number_text(score) + ")");
    };
    if (published.contains("mean")) {
      if (auto w = kinerja::sdk::compare_published("mean", e.mean, published["mean"].get<double>())) warnings.push_back(*w);
    }
    if (e.grade) {
      text(published, "category", "", e.grade->category, e.mean);
      text(published, "opini", "", e.grade->opini, e.mean);
      text(published, "zone", "", e.grade->zone, e.mean);
    }
    const json units = published.value("units", json::object());
    for (const auto& u : e.units) {
      if (!units.contains(u.name)) continue;
      const json& figures = units[u.name];
      const std::string of = " of unit '" + u.name + "'";
      if (figures.contains("total")) {
        if (auto w = kinerja::sdk::compare_published("total" + of, u.total, figures["total"].get<double>())) {
          warnings.push_back(*w);
        }
      }
      if (u.grade) text(figures, "category", of, u.grade->category, u.total);
    }
    return warnings;
  }
};

}  // namespace

KINERJA_PLUGIN(OmbudsmanPlugin)
