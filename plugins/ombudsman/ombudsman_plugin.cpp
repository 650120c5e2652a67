// ombudsman: compliance of public service delivery as Ombudsman RI assesses
// it: unit totals from their dimensions (or given), their mean, the opini
// and zone of the year's method, and the units under a coaching threshold.
// This file is the plugin glue: the parameters, each described once, and
// the result; the methods and the arithmetic are in ombudsman.cpp and the
// SDK's scoring.hpp.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/scoring.hpp>

#include "ombudsman.hpp"

namespace {

namespace sdk = kinerja::sdk;
namespace scoring = kinerja::sdk::scoring;
namespace omb = kinerja::ombudsman;
using sdk::json;

struct Settings {
  std::vector<omb::Unit> units;
  std::optional<std::string> method;
  double threshold = 78;
  json published;
  std::optional<std::filesystem::path> data;
  std::string evidence;
};

sdk::Parameters<omb::Unit> unit_parameters() {
  sdk::Parameters<omb::Unit> p;
  p.text("name", &omb::Unit::name, "The service unit, e.g. \"Biro Perencanaan\"; each name once.").required();
  p.number_map("dimensions", &omb::Unit::dimensions,
               "Points per dimension by key; the unit's total is their sum. Under kepatuhan-2022-2024: input (0 to "
               "21.85), proses (0 to 32.37), output (0 to 24.24), pengaduan (0 to 21.54).");
  p.number("total", &omb::Unit::total, "The unit's total, 0 to 100, when the dimensions are not given.")
      .minimum(0)
      .maximum(100);
  p.one_of({"dimensions", "total"});
  return p;
}

json grade_json(const std::optional<omb::Grade>& g) {
  if (!g) return {{"category", nullptr}, {"opini", nullptr}, {"zone", nullptr}};
  const auto text_or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  return {{"category", text_or_null(g->category)}, {"opini", text_or_null(g->opini)}, {"zone", g->zone}};
}

// The figures computed for a score, under the names "published" uses: a
// unit's total and category, or the mean with its category, opini and zone.
scoring::Computed computed(const char* score_name, double score, const std::optional<omb::Grade>& g, bool overall) {
  scoring::Computed figures{score, {{score_name, score}}, {}};
  const auto add = [&](const char* name, const std::string& value) {
    if (!value.empty()) figures.names.push_back({name, value});  // zones only: no category, no opini
  };
  if (!g) return figures;
  add("category", g->category);
  if (!overall) return figures;
  add("opini", g->opini);
  add("zone", g->zone);
  return figures;
}

class OmbudsmanPlugin : public sdk::PluginWith<OmbudsmanPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.list("units", &Settings::units, unit_parameters(),
           "The assessed service units, each with its dimension scores or its total.")
        .required();
    p.number("threshold", &Settings::threshold,
             "Units scoring below it are listed for coaching (the 2023 LKj: 0 to 77.99).")
        .minimum(0)
        .maximum(100);
    p.value("published", &Settings::published,
            scoring::published_schema({scoring::Figure::value("mean", "The printed final value (nilai akhir)."),
                                       scoring::Figure::grade("category", "The printed category, e.g. \"B\"."),
                                       scoring::Figure::grade("opini", "The printed opini, e.g. \"Kualitas Tinggi\"."),
                                       scoring::Figure::grade("zone", "The printed zone: hijau, kuning or merah.")},
                                      {scoring::Figure::value("total", "The unit's printed total."),
                                       scoring::Figure::grade("category", "The unit's printed category.")}),
            "Figures as a report printed them, compared with the computed ones.");
    scoring::declare_rules(p, "method", &Settings::method,
                           "Key of the method in the data file; default: the one covering the config's year.",
                           &Settings::data, "methods.json");
    p.text("evidence", &Settings::evidence, "Where the scores come from; goes into the note.");
    p.examples(json::array({{{"units", {{{"name", "Biro Perencanaan"},
                                         {"dimensions", {{"input", 16.44}, {"proses", 13.20}, {"output", 23.27}, {"pengaduan", 21.20}}}},
                                        {{"name", "Direktorat Rehabilitasi Sosial Anak"}, {"total", 85.59}}}}}}));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "ombudsman";
    info.version = "2.0.0";
    info.description = "Ombudsman RI compliance (Penilaian Kepatuhan): unit totals, mean, opini and zone by the year's method";
    info.indicator_types = {"ombudsman"};
    info.parameters = schema();
    info.measures = {{"score", "", true, "Ombudsman RI compliance score", "Nilai kepatuhan penyelenggaraan pelayanan publik",
                      "The mean of the assessed units' totals, 0 to 100", 78, 0, 100}};
    return info;
  }

  // validate: the method, the units and the published names.
  void validate(const sdk::Request& request, const Settings& s, std::vector<sdk::Problem>& problems) override {
    const auto chosen = scoring::rules_or_problem([&] { return choose(request, s); }, s.method ? "/params/method" : "",
                                                  s.data.has_value(), problems);
    if (!chosen) return;
    omb::check_units(chosen->method, s.units, "/params/units", problems);
    std::vector<std::string> names;
    for (const omb::Unit& u : s.units) names.push_back(u.name);
    scoring::check_published(s.published, "/params/published", chosen->method.names(), chosen->method.key, names, problems);
  }

  sdk::Result compute(const sdk::Request& request, const Settings& s) override {
    const Chosen chosen = choose(request, s);
    const omb::Method& method = chosen.method;
    const omb::Evaluation e = omb::evaluate(method, s.units, s.threshold);
    sdk::Result result = sdk::Result::final_value(e.mean);
    result.measures = {{"score", e.mean}};
    if (!method.covers(request.year)) {
      result.warnings.push_back("method " + method.key + " covers " + method.years_text() + ", not " +
                                std::to_string(request.year));
    }
    json breakdown{{"method", method.key},     {"method_name", method.name}, {"source", method.source},
                   {"years", method.years_text()}, {"bands_verified", method.grading.verified()}};
    breakdown["units"] = units_json(method, s.units, e);
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
    result.note = scoring::with_evidence(s.evidence, result.note);
    std::vector<std::pair<std::string, scoring::Computed>> units;
    for (const omb::UnitResult& u : e.units) units.push_back({u.name, computed("total", u.total, u.grade, false)});
    for (auto& w : scoring::published_disagreements(s.published, computed("mean", e.mean, e.grade, true), units)) {
      result.warnings.push_back(std::move(w));
    }
    result.breakdown = breakdown;
    result.inputs.push_back(chosen.file);
    return result;
  }

 private:
  struct Chosen {
    std::string file;
    omb::Method method;
  };

  // The method the parameter names, or the one covering the config's year.
  static Chosen choose(const sdk::Request& request, const Settings& s) {
    const omb::Methods methods = omb::methods_from(scoring::RulesFile::open("ombudsman", "methods.json", s.data));
    return {methods.file, s.method ? omb::find_method(methods, *s.method) : omb::method_for_year(methods, request.year)};
  }

  static json units_json(const omb::Method& method, const std::vector<omb::Unit>& given, const omb::Evaluation& e) {
    json units = json::array();
    for (std::size_t i = 0; i < e.units.size(); ++i) {
      const omb::UnitResult& u = e.units[i];
      json entry{{"name", u.name}, {"input", u.from_dimensions ? "dimensions" : "total"}, {"total", u.total}};
      if (u.from_dimensions) entry["dimensions"] = method.dimensions.breakdown(*given[i].dimensions);
      entry.update(grade_json(u.grade));
      entry["below_threshold"] = u.below_threshold;
      units.push_back(entry);
    }
    return units;
  }
};

}  // namespace

KINERJA_PLUGIN(OmbudsmanPlugin)
