// sakip: the SAKIP score assessed by APIP, from its four components or its
// total, with the predikat; or pending while APIP is still assessing.
#include <cctype>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>

#include "sakip.hpp"

namespace {

using kinerja::sdk::json;
using kinerja::sdk::Problem;
using kinerja::sdk::Request;
using kinerja::sdk::Result;
namespace sakip = kinerja::sakip;

bool same_grade(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

json grade_json(const std::optional<sakip::Grade>& g) {
  if (!g) return {{"predikat", nullptr}};
  return {{"predikat", g->predikat}, {"label", g->label}, {"meaning", g->meaning}};
}

class SakipPlugin : public kinerja::sdk::Plugin {
 public:
  using Plugin::Plugin;

  static kinerja::sdk::PluginInfo info() {
    kinerja::sdk::PluginInfo info;
    info.name = "sakip";
    info.version = "1.0.0";
    info.description = "SAKIP score assessed by APIP (PermenPANRB 88/2021): components or total, predikat; or pending";
    info.indicator_types = {"sakip"};
    info.parameters = json::parse(R"json({
      "type": "object",
      "properties": {
        "components": {
          "type": "object",
          "description": "The four component scores from APIP's evaluation (LHE); their sum is the score.",
          "properties": {
            "perencanaan": {"type": "number", "description": "Perencanaan Kinerja, 0 to 30."},
            "pengukuran": {"type": "number", "description": "Pengukuran Kinerja, 0 to 30."},
            "pelaporan": {"type": "number", "description": "Pelaporan Kinerja, 0 to 15."},
            "evaluasi_internal": {"type": "number", "description": "Evaluasi Akuntabilitas Kinerja Internal, 0 to 25."}
          },
          "required": ["perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"]
        },
        "total": {"type": "number", "description": "The score, 0 to 100, when APIP gives only the total."},
        "pending": {
          "type": "object",
          "description": "The score is not final yet (still being assessed by APIP).",
          "properties": {
            "reason": {"type": "string", "description": "Why it is pending, e.g. \"dalam proses penilaian APIP\"."},
            "provisional": {"type": "number", "description": "A provisional score, if one is known."}
          },
          "required": ["reason"]
        },
        "previous": {
          "type": "object",
          "description": "An earlier year's score, shown beside this one, e.g. {\"year\": 2022, \"total\": 79.47, \"predikat\": \"BB\"}.",
          "properties": {
            "year": {"type": "integer", "description": "The year assessed."},
            "total": {"type": "number", "description": "Its score, 0 to 100."},
            "predikat": {"type": "string", "description": "Its predikat as published; checked against the table."}
          },
          "required": ["year", "total"]
        },
        "published": {
          "type": "object",
          "description": "This year's figures as a report printed them, compared with the computed ones.",
          "properties": {
            "total": {"type": "number", "description": "The printed score."},
            "predikat": {"type": "string", "description": "The printed predikat."}
          }
        },
        "regulation": {"type": "string", "default": "PermenPANRB-88-2021",
                       "description": "Key of the rules (maxima, predikat table) in the data file."},
        "data": {"type": "string", "format": "path",
                 "description": "A unit's own copy of predikat.json; default: the one bundled with the plugin."},
        "evidence": {"type": "string", "description": "Where the score comes from, e.g. the LHE letter; goes into the note."}
      },
      "examples": [{"pending": {"reason": "dalam proses penilaian APIP", "provisional": 77},
                    "previous": {"year": 2022, "total": 79.47, "predikat": "BB"}}]
    })json");
    return info;
  }

  std::vector<Problem> check(const Request& request) override {
    sakip::Rules rules;
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
    const sakip::Rules rules = load_rules(request);
    if (const auto problems = problems_with(request, rules); !problems.empty()) {
      std::string message;
      for (const auto& p : problems) message += (message.empty() ? "" : "; ") + p.message;
      throw kinerja::sdk::ConfigError(message);
    }
    const json& p = request.params;
    json breakdown{{"regulation", rules.regulation}, {"source", rules.source}};
    std::optional<double> total;  // the score this year, if final
    Result result;
    if (p.contains("components")) {
      json components = json::array();
      for (const auto& c : rules.components) {
        components.push_back({{"key", c.key}, {"label", c.label}, {"score", p["components"][c.key]}, {"max", c.max}});
      }
      breakdown["components"] = components;
      total = sakip::total_of(rules, scores_of(p["components"]));
      breakdown["input"] = "components";
    } else if (p.contains("total")) {
      total = p["total"].get<double>();
      breakdown["input"] = "total";
    }
    if (total) {
      result = Result::final_value(*total);
      const auto g = sakip::grade(rules, *total);
      breakdown["total"] = *total;
      breakdown.update(grade_json(g));
      if (g) result.note = "predikat " + g->predikat + " (" + g->label + ")";
    } else if (p.contains("pending")) {
      const json& pending = p["pending"];
      std::optional<double> provisional;
      if (pending.contains("provisional")) provisional = pending["provisional"].get<double>();
      result = Result::pending_value(pending["reason"].get<std::string>(), provisional);
      breakdown["input"] = "pending";
      // The predikat a provisional score would have: for orientation only.
      if (provisional) {
        json entry{{"total", *provisional}};
        entry.update(grade_json(sakip::grade(rules, *provisional)));
        breakdown["provisional"] = entry;
      }
    } else {
      result = Result::missing_value("no SAKIP score given yet (components, total or pending)");
    }
    if (p.contains("previous")) add_previous(rules, p["previous"], total, breakdown, result.warnings);
    compare_published(rules, p, total, result);
    if (p.contains("evidence")) {
      const std::string evidence = p["evidence"].get<std::string>();
      result.note = result.note.empty() ? evidence : evidence + "; " + result.note;
    }
    result.breakdown = breakdown;
    result.inputs.push_back(data_file(request).string());
    return result;
  }

 private:
  static std::filesystem::path data_file(const Request& request) {
    if (request.params.contains("data")) return request.params["data"].get<std::string>();
    return kinerja::sdk::plugin_data_dir("sakip") / "predikat.json";
  }

  static sakip::Rules load_rules(const Request& request) {
    const std::filesystem::path file = data_file(request);
    const std::string regulation = request.params.value("regulation", std::string("PermenPANRB-88-2021"));
    return sakip::rules_from_json(kinerja::sdk::read_json_data(file), regulation, file.string());
  }

  static sakip::Scores scores_of(const json& components) {
    sakip::Scores scores;
    for (const auto& [key, value] : components.items()) scores[key] = value.get<double>();
    return scores;
  }

  // The rules the parameter description cannot say.
  static std::vector<Problem> problems_with(const Request& request, const sakip::Rules& rules) {
    const json& p = request.params;
    std::vector<Problem> problems;
    const char* inputs[] = {"components", "total", "pending"};
    std::string first;
    for (const char* key : inputs) {
      if (!p.contains(key)) continue;
      if (first.empty()) {
        first = key;
      } else {
        problems.push_back({std::string("/params/") + key,
                            "give one of components, total or pending, not both " + first + " and " + key});
      }
    }
    if (p.contains("components")) {
      for (const auto& issue : sakip::component_issues(rules, scores_of(p["components"]))) {
        problems.push_back({"/params/components/" + issue.key, issue.message});
      }
    }
    const auto range = [&](const json& where, const char* key, const std::string& pointer, const std::string& what) {
      if (!where.contains(key)) return;
      if (auto issue = sakip::total_issue(where[key].get<double>(), what)) problems.push_back({pointer, *issue});
    };
    range(p, "total", "/params/total", "total");
    if (p.contains("pending")) range(p["pending"], "provisional", "/params/pending/provisional", "provisional score");
    if (p.contains("published")) range(p["published"], "total", "/params/published/total", "published total");
    const auto known_predikat = [&](const json& where, const std::string& pointer) {
      if (!where.contains("predikat")) return;
      const std::string text = where["predikat"].get<std::string>();
      if (sakip::is_predikat(rules, text)) return;
      std::string list;
      for (const auto& band : rules.predikat.bands()) list += (list.empty() ? "" : ", ") + band.grade;
      problems.push_back({pointer, "unknown predikat '" + text + "'; " + rules.regulation + " has " + list});
    };
    if (p.contains("published")) known_predikat(p["published"], "/params/published/predikat");
    if (p.contains("previous")) {
      const json& previous = p["previous"];
      range(previous, "total", "/params/previous/total", "previous total");
      known_predikat(previous, "/params/previous/predikat");
      const int year = previous["year"].get<int>();
      if (request.year != 0 && year >= request.year) {
        problems.push_back({"/params/previous/year", "the earlier year " + std::to_string(year) +
                                                         " is not before the config's year " +
                                                         std::to_string(request.year)});
      }
    }
    return problems;
  }

  // The earlier year's score, its predikat from the table, and the change.
  static void add_previous(const sakip::Rules& rules, const json& previous, std::optional<double> total,
                           json& breakdown, std::vector<std::string>& warnings) {
    const double earlier = previous["total"].get<double>();
    const auto g = sakip::grade(rules, earlier);
    json entry{{"year", previous["year"]}, {"total", earlier}};
    entry.update(grade_json(g));
    if (total) entry["change"] = *total - earlier;
    breakdown["previous"] = entry;
    if (previous.contains("predikat") && g && !same_grade(previous["predikat"].get<std::string>(), g->predikat)) {
      warnings.push_back("predikat of " + std::to_string(previous["year"].get<int>()) + ": published " +
                         previous["predikat"].get<std::string>() + ", computed " + g->predikat + " (" +
                         kinerja::sdk::number_text(earlier) + ")");
    }
  }

  // Published figures against computed ones: warnings showing both.
  static void compare_published(const sakip::Rules& rules, const json& p, std::optional<double> total, Result& result) {
    if (!p.contains("published")) return;
    const json& published = p["published"];
    std::string what = "total";
    std::optional<double> against = total;
    if (!total && result.pending && result.pending->provisional) {
      what = "provisional total";
      against = result.pending->provisional;
    }
    if (!against) {
      if (!published.empty()) result.warnings.push_back("published figures not compared: there is no score yet");
      return;
    }
    if (published.contains("total")) {
      if (auto w = kinerja::sdk::compare_published(what, *against, published["total"].get<double>())) {
        result.warnings.push_back(*w);
      }
    }
    const auto g = sakip::grade(rules, *against);
    if (published.contains("predikat") && g && !same_grade(published["predikat"].get<std::string>(), g->predikat)) {
      result.warnings.push_back("predikat: published " + published["predikat"].get<std::string>() + ", computed " +
                                g->predikat + " (" + kinerja::sdk::number_text(*against) + ")");
    }
  }
};

}  // namespace

KINERJA_PLUGIN(SakipPlugin)
