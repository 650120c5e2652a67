// ipp: the ministry's Indeks Pelayanan Publik (PEKPPP), the mean of its
// evaluated units' indices, each given directly or from its six aspects.
// This file is the plugin glue: the parameters, each described once, and
// the result; the rules and the arithmetic are in ipp.cpp and the SDK's
// scoring.hpp.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/scoring.hpp>

#include "ipp.hpp"

namespace {

namespace sdk = kinerja::sdk;
namespace scoring = kinerja::sdk::scoring;
namespace ipp = kinerja::ipp;
using sdk::json;

struct Settings {
  std::vector<ipp::Unit> units;
  json published;
  std::string regulation = ipp::default_regulation;
  std::optional<std::filesystem::path> data;
  std::string evidence;
};

sdk::Parameters<ipp::Unit> unit_parameters() {
  sdk::Parameters<ipp::Unit> p;
  p.text("name", &ipp::Unit::name, "The unit, e.g. \"Biro Umum\"; each name once.").required();
  p.number("index", &ipp::Unit::index, "The unit's index, 0 to 5, as the evaluation gives it.");
  p.number_map("aspects", &ipp::Unit::aspects,
               "Its aspect scores by key, each 0 to 5; the index is their weighted sum. Under PermenPANRB-29-2022: "
               "kebijakan (24%), profesionalisme_sdm (25%), sarana_prasarana (18%), sistem_informasi (11%), "
               "konsultasi_pengaduan (10%), inovasi (12%).");
  p.one_of({"index", "aspects"});
  return p;
}

json category_json(const std::optional<ipp::Category>& c) {
  if (!c) return {{"category", nullptr}};
  return {{"category", c->grade}, {"label", c->label}};
}

scoring::Computed computed(double index, const std::optional<ipp::Category>& c) {
  scoring::Computed figures{index, {{"index", index}}, {}};
  if (c) figures.names.push_back({"category", c->grade});
  return figures;
}

class IppPlugin : public sdk::PluginWith<IppPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.list("units", &Settings::units, unit_parameters(),
           "The evaluated units (ULE), each with its index or its aspect scores.")
        .required();
    p.value("published", &Settings::published,
            scoring::published_schema({scoring::Figure::value("index", "The ministry's printed index."),
                                       scoring::Figure::grade("category", "The ministry's printed category.")},
                                      {scoring::Figure::value("index", "The unit's printed index."),
                                       scoring::Figure::grade("category", "The unit's printed category.")}),
            "Figures as a report printed them, compared with the computed ones.");
    scoring::declare_rules(p, "regulation", &Settings::regulation,
                           "Key of the rules (scale, weights, categories) in the data file.", &Settings::data, "ipp.json");
    p.text("evidence", &Settings::evidence, "Where the figures come from; goes into the note.");
    p.examples(json::array({{{"units", {{{"name", "Dit. Anak"}, {"index", 3.56}},
                                        {{"name", "Biro Umum"}, {"index", 3.71}},
                                        {{"name", "STIS"}, {"index", 4.23}}}}}}));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "ipp";
    info.version = "2.0.0";
    info.description = "Indeks Pelayanan Publik (PEKPPP, PermenPANRB 29/2022): mean of the evaluated units, with categories";
    info.indicator_types = {"ipp"};
    info.parameters = schema();
    info.measures = {{"index", "", true, "Public service index", "Indeks Pelayanan Publik",
                      "The mean of the evaluated units' indices, on a scale of 0 to 5", 4, 0, 5}};
    return info;
  }

  // validate: the units and the published names against the rules in the data file.
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    const auto rules = scoring::rules_or_problem([&] { return ipp::rules_from(open(s), s.regulation); },
                                                 "/params/regulation", s.data.has_value(), problems);
    if (!rules) return;
    ipp::check_units(*rules, s.units, "/params/units", problems);
    std::vector<std::string> names;
    for (const ipp::Unit& u : s.units) names.push_back(u.name);
    scoring::check_published(s.published, "/params/published", {{"category", rules->categories.names("grade")}},
                             rules->regulation, names, problems);
  }

  sdk::Result compute(const sdk::Request&, const Settings& s) override {
    const scoring::RulesFile file = open(s);
    const ipp::Rules rules = ipp::rules_from(file, s.regulation);
    const ipp::Evaluation e = ipp::evaluate(rules, s.units);
    sdk::Result result = sdk::Result::final_value(e.index);
    result.measures = {{"index", e.index}};
    json breakdown{{"regulation", rules.regulation}, {"source", rules.source}, {"index", e.index}};
    breakdown.update(category_json(e.category));
    breakdown["categories_verified"] = rules.categories.verified();
    breakdown["units"] = units_json(rules, s.units, e);
    breakdown["weakest_unit"] = {{"name", e.units[e.weakest_unit].name}, {"index", e.units[e.weakest_unit].index}};
    if (e.weakest_aspect) {
      breakdown["weakest_aspect"] = {{"key", e.weakest_aspect->key},
                                     {"label", e.weakest_aspect->label},
                                     {"mean", e.weakest_aspect->mean},
                                     {"units", e.weakest_aspect->units}};
    }
    if (e.category) result.note = "kategori " + e.category->grade + " (" + e.category->label + ")";
    result.note = scoring::with_evidence(s.evidence, result.note);
    std::vector<std::pair<std::string, scoring::Computed>> units;
    for (const ipp::UnitResult& u : e.units) units.push_back({u.name, computed(u.index, u.category)});
    result.warnings = scoring::published_disagreements(s.published, computed(e.index, e.category), units);
    result.breakdown = breakdown;
    result.inputs.push_back(file.file());
    return result;
  }

 private:
  static scoring::RulesFile open(const Settings& s) { return scoring::RulesFile::open("ipp", "ipp.json", s.data); }

  static json units_json(const ipp::Rules& rules, const std::vector<ipp::Unit>& given, const ipp::Evaluation& e) {
    json units = json::array();
    for (std::size_t i = 0; i < e.units.size(); ++i) {
      const ipp::UnitResult& u = e.units[i];
      json entry{{"name", u.name}, {"index", u.index}, {"input", u.from_aspects ? "aspects" : "index"}};
      entry.update(category_json(u.category));
      if (u.from_aspects) {
        entry["aspects"] = rules.aspects.breakdown(*given[i].aspects);
        entry["weakest_aspect"] = *u.weakest_aspect;
      }
      units.push_back(entry);
    }
    return units;
  }
};

}  // namespace

KINERJA_PLUGIN(IppPlugin)
