// ipp: the ministry's Indeks Pelayanan Publik (PEKPPP), the mean of its
// evaluated units' indices, each given directly or from its six aspects.
#include <cctype>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>

#include "ipp.hpp"

namespace {

using kinerja::sdk::json;
using kinerja::sdk::Problem;
using kinerja::sdk::Request;
using kinerja::sdk::Result;
namespace ipp = kinerja::ipp;

bool same_text(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

json category_json(const std::optional<ipp::Category>& c) {
  if (!c) return {{"category", nullptr}};
  return {{"category", c->grade}, {"label", c->label}};
}

// A key as one JSON pointer token: '~' and '/' escaped (RFC 6901).
std::string pointer_token(const std::string& key) {
  std::string token;
  for (char ch : key) token += ch == '~' ? std::string("~0") : ch == '/' ? std::string("~1") : std::string(1, ch);
  return token;
}

std::string label_of(const ipp::Rules& rules, const std::string& key) {
  for (const auto& a : rules.aspects) {
    if (a.key == key) return a.label;
  }
  return key;
}

class IppPlugin : public kinerja::sdk::Plugin {
 public:
  using Plugin::Plugin;

  static kinerja::sdk::PluginInfo info() {
    kinerja::sdk::PluginInfo info;
    info.name = "ipp";
    info.version = "1.0.0";
    info.description = "Indeks Pelayanan Publik (PEKPPP, PermenPANRB 29/2022): mean of the evaluated units, with categories";
    info.indicator_types = {"ipp"};
    info.parameters = json::parse(R"json({
      "type": "object",
      "properties": {
        "units": {
          "type": "array",
          "description": "The evaluated units (ULE), each with its index or its six aspect scores.",
          "items": {
            "type": "object",
            "properties": {
              "name": {"type": "string", "description": "The unit, e.g. \"Biro Umum\"."},
              "index": {"type": "number", "description": "The unit's index, 0 to 5, as the evaluation gives it."},
              "aspects": {
                "type": "object",
                "description": "The six aspect scores, each 0 to 5; the index is their weighted sum.",
                "properties": {
                  "kebijakan": {"type": "number", "description": "Kebijakan Pelayanan (weight 24%)."},
                  "profesionalisme_sdm": {"type": "number", "description": "Profesionalisme SDM (25%)."},
                  "sarana_prasarana": {"type": "number", "description": "Sarana Prasarana (18%)."},
                  "sistem_informasi": {"type": "number", "description": "Sistem Informasi Pelayanan Publik (11%)."},
                  "konsultasi_pengaduan": {"type": "number", "description": "Konsultasi dan Pengaduan (10%)."},
                  "inovasi": {"type": "number", "description": "Inovasi (12%)."}
                },
                "required": ["kebijakan", "profesionalisme_sdm", "sarana_prasarana", "sistem_informasi",
                             "konsultasi_pengaduan", "inovasi"]
              }
            },
            "required": ["name"]
          }
        },
        "published": {
          "type": "object",
          "description": "Figures as a report printed them, compared with the computed ones.",
          "properties": {
            "index": {"type": "number", "description": "The ministry's printed index."},
            "category": {"type": "string", "description": "The ministry's printed category."},
            "units": {
              "type": "object",
              "description": "By unit name, e.g. {\"Biro Umum\": {\"index\": 3.71, \"category\": \"B\"}}.",
              "additionalProperties": {
                "type": "object",
                "properties": {
                  "index": {"type": "number", "description": "The unit's printed index."},
                  "category": {"type": "string", "description": "The unit's printed category."}
                }
              }
            }
          }
        },
        "regulation": {"type": "string", "default": "PermenPANRB-29-2022",
                       "description": "Key of the rules (scale, weights, categories) in the data file."},
        "data": {"type": "string", "format": "path",
                 "description": "A unit's own copy of ipp.json; default: the one bundled with the plugin."},
        "evidence": {"type": "string", "description": "Where the figures come from; goes into the note."}
      },
      "required": ["units"],
      "examples": [{"units": [{"name": "Dit. Anak", "index": 3.56}, {"name": "Biro Umum", "index": 3.71},
                              {"name": "STIS", "index": 4.23}]}]
    })json");
    return info;
  }

  std::vector<Problem> check(const Request& request) override {
    ipp::Rules rules;
    try {
      rules = load_rules(request);
    } catch (const kinerja::sdk::ConfigError& e) {
      return {{"/params/regulation", e.what()}};
    } catch (const kinerja::sdk::InputError& e) {
      return {{request.params.contains("data") ? "/params/data" : "/params", e.what()}};
    }
    return problems_with(request, rules);
  }

  Result evaluate(const Request& request) override {
    const ipp::Rules rules = load_rules(request);
    if (const auto problems = problems_with(request, rules); !problems.empty()) {
      std::string message;
      for (const auto& p : problems) message += (message.empty() ? "" : "; ") + p.message;
      throw kinerja::sdk::ConfigError(message);
    }
    const json& p = request.params;
    const ipp::Evaluation e = ipp::evaluate(rules, units_of(p));
    Result result = Result::final_value(e.index);
    json breakdown{{"regulation", rules.regulation}, {"source", rules.source}, {"index", e.index}};
    breakdown.update(category_json(e.category));
    breakdown["categories_verified"] = rules.categories_verified;
    breakdown["units"] = units_json(rules, p["units"], e);
    breakdown["weakest_unit"] = {{"name", e.units[e.weakest_unit].name}, {"index", e.units[e.weakest_unit].index}};
    if (e.weakest_aspect) {
      breakdown["weakest_aspect"] = {{"key", e.weakest_aspect->key},
                                     {"label", label_of(rules, e.weakest_aspect->key)},
                                     {"mean", e.weakest_aspect->mean},
                                     {"units", e.weakest_aspect->units}};
    }
    if (e.category) result.note = "kategori " + e.category->grade + " (" + e.category->label + ")";
    if (p.contains("evidence")) {
      const std::string evidence = p["evidence"].get<std::string>();
      result.note = result.note.empty() ? evidence : evidence + "; " + result.note;
    }
    if (p.contains("published")) result.warnings = compare_published(p["published"], e);
    result.breakdown = breakdown;
    result.inputs.push_back(data_file(request).string());
    return result;
  }

 private:
  static std::filesystem::path data_file(const Request& request) {
    if (request.params.contains("data")) return request.params["data"].get<std::string>();
    return kinerja::sdk::plugin_data_dir("ipp") / "ipp.json";
  }

  static ipp::Rules load_rules(const Request& request) {
    const std::filesystem::path file = data_file(request);
    const std::string regulation = request.params.value("regulation", std::string("PermenPANRB-29-2022"));
    return ipp::rules_from_json(kinerja::sdk::read_json_data(file), regulation, file.string());
  }

  static std::vector<ipp::Unit> units_of(const json& p) {
    std::vector<ipp::Unit> units;
    for (const auto& u : p.value("units", json::array())) {
      ipp::Unit unit;
      unit.name = u["name"].get<std::string>();
      if (u.contains("index")) unit.index = u["index"].get<double>();
      if (u.contains("aspects")) {
        ipp::Scores scores;
        for (const auto& [key, value] : u["aspects"].items()) scores[key] = value.get<double>();
        unit.aspects = scores;
      }
      units.push_back(std::move(unit));
    }
    return units;
  }

  // The rules the parameter description cannot say.
  static std::vector<Problem> problems_with(const Request& request, const ipp::Rules& rules) {
    const json& p = request.params;
    std::vector<Problem> problems;
    const std::vector<ipp::Unit> units = units_of(p);
    for (const auto& issue : ipp::find_issues(rules, units)) {
      std::string path = "/params/units";
      if (issue.unit) path += "/" + std::to_string(*issue.unit);
      if (!issue.field.empty()) path += "/" + issue.field;
      problems.push_back({path, issue.message});
    }
    if (!p.contains("published")) return problems;
    const json& published = p["published"];
    const auto known_category = [&](const json& where, const std::string& pointer) {
      if (!where.contains("category")) return;
      const std::string text = where["category"].get<std::string>();
      if (ipp::is_category(rules, text)) return;
      std::string list;
      for (const auto& band : rules.categories.bands()) list += (list.empty() ? "" : ", ") + band.grade;
      problems.push_back({pointer, "unknown category '" + text + "'; " + rules.regulation + " has " + list});
    };
    known_category(published, "/params/published/category");
    const json published_units = published.value("units", json::object());  // not a temporary: items() refers to it
    for (const auto& [name, figures] : published_units.items()) {
      const std::string pointer = "/params/published/units/" + pointer_token(name);
      known_category(figures, pointer + "/category");
      bool found = false;
      for (const auto& u : units) found = found || u.name == name;
      if (!found) problems.push_back({pointer, "no unit named '" + name + "' in units"});
    }
    return problems;
  }

  static json units_json(const ipp::Rules& rules, const json& given, const ipp::Evaluation& e) {
    json units = json::array();
    for (std::size_t i = 0; i < e.units.size(); ++i) {
      const ipp::UnitResult& u = e.units[i];
      json entry{{"name", u.name}, {"index", u.index}, {"input", u.from_aspects ? "aspects" : "index"}};
      entry.update(category_json(u.category));
      if (u.from_aspects) {
        json aspects = json::array();
        for (const auto& a : rules.aspects) {
          aspects.push_back({{"key", a.key}, {"label", a.label}, {"score", given[i]["aspects"][a.key]}, {"weight", a.weight}});
        }
        entry["aspects"] = aspects;
        entry["weakest_aspect"] = *u.weakest_aspect;
      }
      units.push_back(entry);
    }
    return units;
  }

  // Published figures against computed ones: warnings showing both.
  static std::vector<std::string> compare_published(const json& published, const ipp::Evaluation& e) {
    std::vector<std::string> warnings;
    // `of` names whose figures they are: "" for the ministry, " of unit 'X'".
    const auto compare = [&](const json& figures, const std::string& of, double index,
                             const std::optional<ipp::Category>& c) {
      if (figures.contains("index")) {
        if (auto w = kinerja::sdk::compare_published("index" + of, index, figures["index"].get<double>())) {
          warnings.push_back(*w);
        }
      }
      if (figures.contains("category") && c && !same_text(figures["category"].get<std::string>(), c->grade)) {
        warnings.push_back("category" + of + ": published " + figures["category"].get<std::string>() + ", computed " +
                           c->grade + " (" + kinerja::sdk::number_text(index) + ")");
      }
    };
    compare(published, "", e.index, e.category);
    const json units = published.value("units", json::object());
    for (const auto& u : e.units) {
      if (units.contains(u.name)) compare(units[u.name], " of unit '" + u.name + "'", u.index, u.category);
    }
    return warnings;
  }
};

}  // namespace

KINERJA_PLUGIN(IppPlugin)
