// sakip: the SAKIP score assessed by APIP, from its components or its
// total, with the predikat; or pending while APIP is still assessing. This
// file is the plugin glue: the parameters, each described once, and the
// result; the rules are data, read by sakip.cpp through the SDK's scoring.hpp.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/scoring.hpp>

#include "sakip.hpp"

namespace {

namespace sdk = kinerja::sdk;
namespace scoring = kinerja::sdk::scoring;
namespace sakip = kinerja::sakip;
using sdk::json;

struct Pending {
  std::string reason;
  std::optional<double> provisional;
};

struct Previous {
  std::optional<int> year;
  std::optional<double> total;
  std::optional<std::string> predikat;
};

struct Settings {
  std::optional<scoring::Scores> components;
  std::optional<double> total;
  std::optional<Pending> pending;
  std::optional<Previous> previous;
  json published;
  std::string regulation = sakip::default_regulation;
  std::optional<std::filesystem::path> data;
  std::string evidence;
};

sdk::Parameters<Pending> pending_parameters() {
  sdk::Parameters<Pending> p;
  p.text("reason", &Pending::reason, "Why it is pending, e.g. \"dalam proses penilaian APIP\".").required();
  p.number("provisional", &Pending::provisional, "A provisional score, if one is known.").minimum(0).maximum(100);
  return p;
}

sdk::Parameters<Previous> previous_parameters() {
  sdk::Parameters<Previous> p;
  p.integer("year", &Previous::year, "The year assessed, before the config's year.").required();
  p.number("total", &Previous::total, "Its score, 0 to 100.").minimum(0).maximum(100).required();
  p.text("predikat", &Previous::predikat, "Its predikat as published; checked against the table.");
  p.rule([](const Previous& previous, const json&, const std::string& at, sdk::Reading& r) {
    if (r.year() != 0 && previous.year && *previous.year >= r.year()) {
      r.problem(at + "/year", "the earlier year " + std::to_string(*previous.year) + " is not before the config's year " +
                                  std::to_string(r.year()));
    }
  });
  return p;
}

json grade_json(const std::optional<sakip::Grade>& g) {
  if (!g) return {{"predikat", nullptr}};
  return {{"predikat", g->predikat}, {"label", g->label}, {"meaning", g->meaning}};
}

class SakipPlugin : public sdk::PluginWith<SakipPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.number_map("components", &Settings::components,
                 "APIP's component scores (LHE) by key; the score is their sum. Under PermenPANRB-88-2021: perencanaan "
                 "(0 to 30), pengukuran (0 to 30), pelaporan (0 to 15), evaluasi_internal (0 to 25).");
    p.number("total", &Settings::total, "The score, 0 to 100, when APIP gives only the total.").minimum(0).maximum(100);
    p.object("pending", &Settings::pending, pending_parameters(), "The score is not final yet (APIP is still assessing).");
    p.object("previous", &Settings::previous, previous_parameters(), "An earlier year's score, shown beside this one.")
        .example(json{{"year", 2022}, {"total", 79.47}, {"predikat", "BB"}});
    p.value("published", &Settings::published,
            scoring::published_schema({scoring::Figure::value("total", "The printed score.", 0, 100),
                                       scoring::Figure::grade("predikat", "The printed predikat.")}),
            "This year's figures as a report printed them, compared with the computed ones.");
    scoring::declare_rules(p, "regulation", &Settings::regulation,
                           "Key of the rules (component maxima, predikat table) in the data file.", &Settings::data,
                           "predikat.json");
    p.text("evidence", &Settings::evidence, "Where the score comes from, e.g. the LHE letter; goes into the note.");
    // None of them is allowed too: the indicator is then missing, not an error.
    p.rule([](const Settings&, const json& params, const std::string& at, sdk::Reading& r) {
      std::vector<std::string> given;
      for (const char* key : {"components", "total", "pending"}) {
        if (params.contains(key)) given.push_back(key);
      }
      if (given.size() > 1) {
        r.problem(sdk::child_pointer(at, given[1]),
                  "give one of components, total or pending, not both " + given[0] + " and " + given[1]);
      }
    });
    p.examples(json::array({{{"pending", {{"reason", "dalam proses penilaian APIP"}, {"provisional", 77}}},
                             {"previous", {{"year", 2022}, {"total", 79.47}, {"predikat", "BB"}}}}}));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "sakip";
    info.version = "2.0.0";
    info.description = "SAKIP score assessed by APIP (PermenPANRB 88/2021): components or total, predikat; or pending";
    info.indicator_types = {"sakip"};
    info.parameters = schema();
    info.measures = {{"score", "", true, "SAKIP performance accountability score", "Nilai Akuntabilitas Kinerja",
                      "APIP's score, 0 to 100: the sum of the component scores", 77, 0, 100}};
    return info;
  }

  // validate: the scores and names against the rules in the data file.
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    const auto rules = scoring::rules_or_problem([&] { return sakip::rules_from(open(s), s.regulation); },
                                                 "/params/regulation", s.data.has_value(), problems);
    if (!rules) return;
    if (s.components) rules->components.check(*s.components, "/params/components", "", problems);
    const scoring::KnownNames known{{"predikat", rules->predikat.names("grade")}};
    scoring::check_published(s.published, "/params/published", known, rules->regulation, {}, problems);
    if (s.previous && s.previous->predikat) {
      if (auto message = scoring::unknown_name("predikat", *s.previous->predikat, known, rules->regulation)) {
        problems.push_back({"/params/previous/predikat", *message});
      }
    }
  }

  sdk::Result compute(const sdk::Request&, const Settings& s) override {
    const scoring::RulesFile file = open(s);
    const sakip::Rules rules = sakip::rules_from(file, s.regulation);
    json breakdown{{"regulation", rules.regulation}, {"source", rules.source}};
    std::optional<double> total;  // the score this year, if final
    if (s.components) {
      breakdown["components"] = rules.components.breakdown(*s.components);
      total = rules.components.total(*s.components);
      breakdown["input"] = "components";
    } else if (s.total) {
      total = *s.total;
      breakdown["input"] = "total";
    }
    sdk::Result result;
    if (total) {
      result = sdk::Result::final_value(*total);
      result.measures = {{"score", *total}};
      const auto g = sakip::grade(rules, *total);
      breakdown["total"] = *total;
      breakdown.update(grade_json(g));
      if (g) result.note = "predikat " + g->predikat + " (" + g->label + ")";
    } else if (s.pending) {
      result = sdk::Result::pending_value(s.pending->reason, s.pending->provisional);
      breakdown["input"] = "pending";
      // The predikat a provisional score would have: for orientation only.
      if (s.pending->provisional) {
        json entry{{"total", *s.pending->provisional}};
        entry.update(grade_json(sakip::grade(rules, *s.pending->provisional)));
        breakdown["provisional"] = entry;
      }
    } else {
      result = sdk::Result::missing_value("no SAKIP score given yet (components, total or pending)");
    }
    if (s.previous) add_previous(rules, *s.previous, total, breakdown, result.warnings);
    compare_published(rules, s.published, total, result);
    result.note = scoring::with_evidence(s.evidence, result.note);
    result.breakdown = breakdown;
    result.inputs.push_back(file.file());
    return result;
  }

 private:
  static scoring::RulesFile open(const Settings& s) { return scoring::RulesFile::open("sakip", "predikat.json", s.data); }

  // The earlier year's score, its predikat from the table, and the change.
  static void add_previous(const sakip::Rules& rules, const Previous& previous, std::optional<double> total,
                           json& breakdown, std::vector<std::string>& warnings) {
    const auto g = sakip::grade(rules, *previous.total);
    json entry{{"year", *previous.year}, {"total", *previous.total}};
    entry.update(grade_json(g));
    if (total) entry["change"] = *total - *previous.total;
    breakdown["previous"] = entry;
    if (!previous.predikat || !g) return;
    if (auto w = scoring::name_disagreement("predikat of " + std::to_string(*previous.year), *previous.predikat,
                                            g->predikat, *previous.total)) {
      warnings.push_back(*w);
    }
  }

  // This year's published figures against the score, or the provisional
  // score while pending.
  static void compare_published(const sakip::Rules& rules, const json& published, std::optional<double> total,
                                sdk::Result& result) {
    if (!published.is_object() || published.empty()) return;
    const std::optional<double> provisional = result.pending ? result.pending->provisional : std::nullopt;
    const std::optional<double> against = total ? total : provisional;
    if (!against) {
      result.warnings.push_back("published figures not compared: there is no score yet");
      return;
    }
    scoring::Computed computed{*against, {{"total", *against}}, {}};
    if (const auto g = sakip::grade(rules, *against)) computed.names.push_back({"predikat", g->predikat});
    for (auto& w : scoring::disagreements(published, computed, total ? "" : " (provisional)")) {
      result.warnings.push_back(std::move(w));
    }
  }
};

}  // namespace

KINERJA_PLUGIN(SakipPlugin)
