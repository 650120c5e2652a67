#include "ipp.hpp"

#include <cmath>

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja::ipp {

using kinerja::sdk::ConfigError;
using kinerja::sdk::InputError;
using kinerja::sdk::number_text;

namespace {

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string keys_of(const json& object) {
  std::string list;
  for (const auto& [key, value] : object.items()) list += (list.empty() ? "" : ", ") + key;
  return list.empty() ? "none" : list;
}

Aspect aspect_from_json(const json& a, const std::string& where) {
  if (!a.is_object() || !a.contains("key") || !a["key"].is_string() || !a.contains("weight") ||
      !a["weight"].is_number()) {
    throw InputError(where + ": expected an object with \"key\" and a numeric \"weight\"");
  }
  Aspect aspect{a["key"].get<std::string>(), a.value("label", a["key"].get<std::string>()), a["weight"].get<double>()};
  if (!(aspect.weight >= 0)) throw InputError(where + "/weight: expected a weight of 0 or more");
  return aspect;
}

// Sums of weighted scores carry binary noise (aspects 4.8, 4.0, 3.9, 2.4,
// 0.8, 2.6 give 3.5099999999999993, not 3.51): categories compare the value
// rounded to 9 decimals, far below any published precision.
double for_comparison(double value) { return std::round(value * 1e9) / 1e9; }

std::string scale_text(const Rules& rules) { return number_text(rules.scale_min) + " to " + number_text(rules.scale_max); }

bool on_scale(const Rules& rules, double value) {
  return std::isfinite(value) && value >= rules.scale_min && value <= rules.scale_max;
}

// Missing, unknown or off-scale aspect scores of one unit.
void aspect_issues(const Rules& rules, std::size_t i, const std::string& who, const Scores& scores,
                   std::vector<Issue>& issues) {
  for (const auto& a : rules.aspects) {
    const auto found = scores.find(a.key);
    if (found == scores.end()) {
      issues.push_back({i, "aspects", who + ": aspect " + a.key + " (" + a.label + ") is missing"});
    } else if (!on_scale(rules, found->second)) {
      issues.push_back({i, "aspects/" + a.key, who + ": aspect " + a.key + " (" + a.label + ") " +
                                                   number_text(found->second) + " is outside the scale " +
                                                   scale_text(rules)});
    }
  }
  for (const auto& [key, score] : scores) {
    bool known = false;
    for (const auto& a : rules.aspects) known = known || a.key == key;
    if (!known) issues.push_back({i, "aspects/" + key, who + ": aspect '" + key + "' has no weight under " + rules.regulation});
  }
}

}  // namespace

Rules rules_from_json(const json& document, const std::string& regulation, const std::string& file) {
  if (!document.is_object() || !document.contains("regulations") || !document["regulations"].is_object()) {
    throw InputError(file + ": expected an object with \"regulations\"");
  }
  const json& all = document["regulations"];
  if (!all.contains(regulation)) {
    throw ConfigError("unknown regulation '" + regulation + "' in " + file + "; it has: " + keys_of(all));
  }
  const std::string where = file + ": /regulations/" + regulation;
  const json& r = all[regulation];
  if (!r.is_object()) throw InputError(where + ": expected an object");
  Rules rules;
  rules.regulation = regulation;
  rules.source = r.value("source", std::string{});
  if (r.contains("scale")) {
    const json& s = r["scale"];
    if (!s.is_object() || !s.contains("min") || !s["min"].is_number() || !s.contains("max") || !s["max"].is_number() ||
        !(s["min"].get<double>() < s["max"].get<double>())) {
      throw InputError(where + "/scale: expected {\"min\": a number, \"max\": a larger number}");
    }
    rules.scale_min = s["min"].get<double>();
    rules.scale_max = s["max"].get<double>();
  }
  if (!r.contains("aspects") || !r["aspects"].is_array() || r["aspects"].empty()) {
    throw InputError(where + "/aspects: expected a non-empty array");
  }
  double sum = 0;
  for (std::size_t i = 0; i < r["aspects"].size(); ++i) {
    rules.aspects.push_back(aspect_from_json(r["aspects"][i], where + "/aspects/" + std::to_string(i)));
    sum += rules.aspects.back().weight;
  }
  // Weights are percent: any other sum would scale every index.
  if (std::abs(sum - 100) > 1e-6) {
    // Shown to 6 decimals: "99.99", not "99.98999999999998".
    const std::string shown = number_text(std::round(sum * 1e6) / 1e6);
    throw InputError(where + "/aspects: weights sum to " + shown + ", expected 100");
  }
  if (!r.contains("categories")) throw InputError(where + "/categories: missing");
  rules.categories = kinerja::sdk::BandTable::from_json(r["categories"], where + "/categories");
  rules.categories_verified = r["categories"].value("verified", true);
  return rules;
}

std::vector<Issue> find_issues(const Rules& rules, const std::vector<Unit>& units) {
  std::vector<Issue> issues;
  if (units.empty()) issues.push_back({std::nullopt, "", "no units given: list the evaluated units (ULE)"});
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    const std::string who = "unit '" + u.name + "'";
    for (std::size_t j = 0; j < i; ++j) {
      if (units[j].name == u.name) issues.push_back({i, "name", who + " is given twice (units " + std::to_string(j + 1) +
                                                                    " and " + std::to_string(i + 1) + ")"});
    }
    if (u.index && u.aspects) {
      issues.push_back({i, "", who + ": give either its index or its aspect scores, not both"});
    } else if (!u.index && !u.aspects) {
      issues.push_back({i, "", who + ": give its index or its aspect scores"});
    }
    if (u.index && !on_scale(rules, *u.index)) {
      issues.push_back({i, "index", who + ": index " + number_text(*u.index) + " is outside the scale " + scale_text(rules)});
    }
    if (u.aspects) aspect_issues(rules, i, who, *u.aspects, issues);
  }
  return issues;
}

double index_from_aspects(const Rules& rules, const Scores& scores) {
  double sum = 0;
  for (const auto& a : rules.aspects) sum += scores.at(a.key) * a.weight;
  return sum / 100;
}

std::optional<Category> category(const Rules& rules, double index) {
  const kinerja::sdk::Band* band = rules.categories.find(for_comparison(index));
  if (band == nullptr) return std::nullopt;  // a table without an open last band
  return Category{band->grade, band->label};
}

Evaluation evaluate(const Rules& rules, const std::vector<Unit>& units) {
  if (const auto issues = find_issues(rules, units); !issues.empty()) {
    std::string message;
    for (const auto& issue : issues) message += (message.empty() ? "" : "; ") + issue.message;
    throw ConfigError(message);
  }
  Evaluation e;
  double sum = 0;
  std::map<std::string, double> aspect_sums;
  std::size_t with_aspects = 0;
  for (const Unit& u : units) {
    UnitResult r;
    r.name = u.name;
    if (u.aspects) {
      r.from_aspects = true;
      r.index = index_from_aspects(rules, *u.aspects);
      ++with_aspects;
      for (const auto& a : rules.aspects) {
        const double score = u.aspects->at(a.key);
        aspect_sums[a.key] += score;
        if (!r.weakest_aspect || score < u.aspects->at(*r.weakest_aspect)) r.weakest_aspect = a.key;
      }
    } else {
      r.index = *u.index;
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
  for (const auto& a : rules.aspects) {
    if (with_aspects == 0) break;
    const double mean = aspect_sums[a.key] / static_cast<double>(with_aspects);
    if (!e.weakest_aspect || mean < e.weakest_aspect->mean) e.weakest_aspect = WeakestAspect{a.key, mean, with_aspects};
  }
  return e;
}

bool is_category(const Rules& rules, const std::string& text) {
  for (const auto& band : rules.categories.bands()) {
    if (lower(band.grade) == lower(text)) return true;
  }
  return false;
}

}  // namespace kinerja::ipp
