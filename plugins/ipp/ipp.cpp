#include "ipp.hpp"

#include <cmath>

namespace kinerja::ipp {

using kinerja::sdk::InputError;
using kinerja::sdk::number_text;

Rules rules_from(const scoring::RulesFile& file, const std::string& regulation) {
  const scoring::Entry e = file.entry("regulations", "regulation", regulation);
  Rules rules;
  rules.regulation = e.key;
  rules.source = e.text("source");
  if (e.value.contains("scale")) {
    const kinerja::sdk::json& s = e.value["scale"];
    if (!s.is_object() || !s.contains("min") || !s["min"].is_number() || !s.contains("max") || !s["max"].is_number() ||
        !(s["min"].get<double>() < s["max"].get<double>())) {
      throw InputError(e.place("scale") + ": expected {\"min\": a number, \"max\": a larger number}");
    }
    rules.scale_min = s["min"].get<double>();
    rules.scale_max = s["max"].get<double>();
  }
  rules.aspects = scoring::Parts::weighted(e.at("aspects"), e.place("aspects"), rules.scale_min, rules.scale_max, "aspect",
                                           e.key);
  rules.categories = scoring::Grading::from_json(e.at("categories"), e.place("categories"));
  return rules;
}

void check_units(const Rules& rules, const std::vector<Unit>& units, const std::string& pointer,
                 std::vector<kinerja::sdk::Problem>& problems) {
  std::vector<std::string> names;
  for (const Unit& u : units) names.push_back(u.name);
  scoring::check_unit_names(names, pointer, "the evaluated units (ULE)", problems);
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    const std::string at = kinerja::sdk::child_pointer(pointer, i);
    const std::string who = "unit '" + kinerja::sdk::text::excerpt(u.name) + "': ";
    if (u.index && !(*u.index >= rules.scale_min && *u.index <= rules.scale_max)) {
      problems.push_back({at + "/index", who + "index " + number_text(*u.index) + " is outside the scale " +
                                             number_text(rules.scale_min) + " to " + number_text(rules.scale_max)});
    }
    if (u.aspects) rules.aspects.check(*u.aspects, at + "/aspects", who, problems);
  }
}

std::optional<Category> category(const Rules& rules, double index) {
  const kinerja::sdk::Band* band = rules.categories.find(index);
  if (band == nullptr) return std::nullopt;  // a table without an open last band
  return Category{band->grade, band->label};
}

Evaluation evaluate(const Rules& rules, const std::vector<Unit>& units) {
  std::vector<kinerja::sdk::Problem> problems;
  check_units(rules, units, "/units", problems);
  scoring::refuse_any(problems);
  Evaluation e;
  double sum = 0;
  std::vector<double> aspect_sums(rules.aspects.list().size(), 0.0);
  std::size_t with_aspects = 0;
  for (const Unit& u : units) {
    UnitResult r;
    r.name = u.name;
    if (u.aspects) {
      r.from_aspects = true;
      r.index = rules.aspects.total(*u.aspects);
      r.weakest_aspect = rules.aspects.lowest(*u.aspects)->key;
      ++with_aspects;
      for (std::size_t a = 0; a < aspect_sums.size(); ++a) aspect_sums[a] += u.aspects->at(rules.aspects.list()[a].key);
    } else {
      r.index = u.index.value();
    }
    r.category = category(rules, r.index);
    sum += r.index;
    e.units.push_back(std::move(r));
  }
  e.index = sum / static_cast<double>(units.size());
  e.category = category(rules, e.index);
  for (std::size_t i = 1; i < e.units.size(); ++i) {
    if (e.units[i].index < e.units[e.weakest_unit].index) e.weakest_unit = i;
  }
  // The aspect with the lowest mean score over the units that gave aspects.
  for (std::size_t a = 0; with_aspects > 0 && a < aspect_sums.size(); ++a) {
    const double mean = aspect_sums[a] / static_cast<double>(with_aspects);
    if (!e.weakest_aspect || mean < e.weakest_aspect->mean) {
      const scoring::Part& part = rules.aspects.list()[a];
      e.weakest_aspect = WeakestAspect{part.key, part.label, mean, with_aspects};
    }
  }
  return e;
}

}  // namespace kinerja::ipp
