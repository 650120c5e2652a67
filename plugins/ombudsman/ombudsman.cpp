#include "ombudsman.hpp"

#include <climits>
#include <cmath>

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja::ombudsman {

using kinerja::sdk::Band;
using kinerja::sdk::BandTable;
using kinerja::sdk::ConfigError;
using kinerja::sdk::InputError;
using kinerja::sdk::number_text;

namespace {

// Unit totals are points out of 100 whatever the method.
constexpr double max_total = 100;

// Sums of two-decimal scores carry binary noise (20.27 + 28.13 + 19.61 +
// 9.99 gives 77.99999999999999): bands and thresholds compare the value
// rounded to 9 decimals, far below any published precision.
double for_comparison(double value) { return std::round(value * 1e9) / 1e9; }

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::optional<int> year_of(const json& m, const char* key, const std::string& where) {
  if (!m.contains(key)) return std::nullopt;
  if (!m[key].is_number_integer()) throw InputError(where + "/" + key + ": expected a year");
  return m[key].get<int>();
}

Dimension dimension_from_json(const json& d, const std::string& where) {
  if (!d.is_object() || !d.contains("key") || !d["key"].is_string() || !d.contains("max") || !d["max"].is_number()) {
    throw InputError(where + ": expected an object with \"key\" and a numeric \"max\"");
  }
  Dimension dimension{d["key"].get<std::string>(), d.value("label", d["key"].get<std::string>()), d["max"].get<double>()};
  if (!(dimension.max > 0)) throw InputError(where + "/max: expected a positive maximum");
  return dimension;
}

Method method_from_json(const std::string& key, const json& m, const std::string& where) {
  if (!m.is_object()) throw InputError(where + ": expected an object");
  Method method;
  method.key = key;
  method.name = m.value("name", key);
  method.source = m.value("source", std::string{});
  method.from = year_of(m, "from", where);
  method.to = year_of(m, "to", where);
  if (!method.from && !method.to) throw InputError(where + ": give the years it covers (\"from\", \"to\" or both)");
  if (method.from && method.to && *method.from > *method.to) throw InputError(where + ": \"from\" is after \"to\"");
  if (m.contains("dimensions")) {
    if (!m["dimensions"].is_array() || m["dimensions"].empty()) {
      throw InputError(where + "/dimensions: expected a non-empty array");
    }
    double sum = 0;
    for (std::size_t i = 0; i < m["dimensions"].size(); ++i) {
      method.dimensions.push_back(dimension_from_json(m["dimensions"][i], where + "/dimensions/" + std::to_string(i)));
      sum += method.dimensions.back().max;
    }
    // Points out of 100: maxima that do not add up are mistyped.
    if (std::abs(sum - max_total) > 1e-6) {
      // Shown to 6 decimals: "99.99", not "99.98999999999998".
      const std::string shown = number_text(std::round(sum * 1e6) / 1e6);
      throw InputError(where + "/dimensions: maxima sum to " + shown + ", expected 100");
    }
  }
  if (m.contains("categories")) {
    method.categories = BandTable::from_json(m["categories"], where + "/categories");
    method.verified = m["categories"].value("verified", true);
    for (std::size_t i = 0; i < method.categories->bands().size(); ++i) {
      const json& extra = method.categories->bands()[i].extra;
      if (!extra.contains("zone") || !extra["zone"].is_string()) {
        throw InputError(where + "/categories/bands/" + std::to_string(i) + ": expected a \"zone\" (text)");
      }
    }
  } else if (m.contains("zones")) {
    method.zones = BandTable::from_json(m["zones"], where + "/zones");
    method.verified = m["zones"].value("verified", true);
  } else {
    throw InputError(where + ": expected \"categories\" or \"zones\"");
  }
  return method;
}

bool overlap(const Method& a, const Method& b) {
  const int a_from = a.from.value_or(INT_MIN), a_to = a.to.value_or(INT_MAX);
  const int b_from = b.from.value_or(INT_MIN), b_to = b.to.value_or(INT_MAX);
  return a_from <= b_to && b_from <= a_to;
}

std::string method_list(const Methods& methods) {
  std::string list;
  for (const auto& m : methods.methods) list += (list.empty() ? "" : ", ") + m.key + " (" + m.years_text() + ")";
  return list.empty() ? "none" : list;
}

}  // namespace

bool Method::covers(int year) const { return (!from || year >= *from) && (!to || year <= *to); }

std::string Method::years_text() const {
  if (from && to) return std::to_string(*from) + " to " + std::to_string(*to);
  if (from) return "from " + std::to_string(*from);
  return "up to " + std::to_string(*to);
}

Methods methods_from_json(const json& document, const std::string& file) {
  if (!document.is_object() || !document.contains("methods") || !document["methods"].is_object()) {
    throw InputError(file + ": expected an object with \"methods\"");
  }
  Methods methods;
  methods.file = file;
  methods.note = document.value("note", std::string{});
  for (const auto& [key, m] : document["methods"].items()) {
    const std::string where = file + ": /methods/" + key;
    Method method = method_from_json(key, m, where);
    // A year must choose one method, or the choice would depend on the order.
    for (const auto& other : methods.methods) {
      if (overlap(method, other)) throw InputError(where + ": its years overlap those of " + other.key);
    }
    methods.methods.push_back(std::move(method));
  }
  return methods;
}

const Method& find_method(const Methods& methods, const std::string& key) {
  for (const auto& m : methods.methods) {
    if (m.key == key) return m;
  }
  throw ConfigError("unknown method '" + key + "' in " + methods.file + "; it has: " + method_list(methods));
}

const Method& method_for_year(const Methods& methods, int year) {
  for (const auto& m : methods.methods) {
    if (m.covers(year)) return m;
  }
  throw ConfigError("no method in " + methods.file + " covers " + std::to_string(year) + "; it has: " +
                    method_list(methods) + (methods.note.empty() ? "" : ". " + methods.note));
}

std::vector<Issue> find_issues(const Method& method, const std::vector<Unit>& units) {
  std::vector<Issue> issues;
  if (units.empty()) issues.push_back({std::nullopt, "", "no units given: list the assessed service units"});
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    const std::string who = "unit '" + u.name + "'";
    for (std::size_t j = 0; j < i; ++j) {
      if (units[j].name == u.name) issues.push_back({i, "name", who + " is given twice (units " + std::to_string(j + 1) +
                                                                    " and " + std::to_string(i + 1) + ")"});
    }
    if (u.dimensions && u.total) {
      issues.push_back({i, "", who + ": give either its dimension scores or its total, not both"});
    } else if (!u.dimensions && !u.total) {
      issues.push_back({i, "", who + ": give its dimension scores or its total"});
    }
    if (u.total && !(std::isfinite(*u.total) && *u.total >= 0 && *u.total <= max_total)) {
      issues.push_back({i, "total", who + ": total " + number_text(*u.total) + " is outside 0 to 100"});
    }
    if (!u.dimensions) continue;
    if (method.dimensions.empty()) {
      issues.push_back({i, "dimensions", who + ": method " + method.key + " scores unit totals only; give its total"});
      continue;
    }
    for (const auto& d : method.dimensions) {
      const auto found = u.dimensions->find(d.key);
      const std::string name = who + ": dimension " + d.label;
      if (found == u.dimensions->end()) {
        issues.push_back({i, "dimensions", name + " is missing"});
      } else if (!std::isfinite(found->second) || found->second < 0) {
        issues.push_back({i, "dimensions/" + d.key, name + " " + number_text(found->second) + " is negative"});
      } else if (found->second > d.max) {
        issues.push_back({i, "dimensions/" + d.key, name + " " + number_text(found->second) + " is above its maximum " +
                                                        number_text(d.max) + " (" + method.key + ")"});
      }
    }
    for (const auto& [key, score] : *u.dimensions) {
      bool known = false;
      for (const auto& d : method.dimensions) known = known || d.key == key;
      if (!known) issues.push_back({i, "dimensions/" + key, who + ": dimension '" + key + "' is not scored by " + method.key});
    }
  }
  return issues;
}

std::optional<Grade> grade(const Method& method, double score) {
  if (method.categories) {
    const Band* band = method.categories->find(for_comparison(score));
    if (band == nullptr) return std::nullopt;  // a table without an open last band
    return Grade{band->grade, band->label, band->extra.at("zone").get<std::string>()};
  }
  const Band* band = method.zones->find(for_comparison(score));
  if (band == nullptr) return std::nullopt;
  return Grade{"", "", band->grade};  // zones only: no category, no opini
}

Evaluation evaluate(const Method& method, const std::vector<Unit>& units, double threshold) {
  if (const auto issues = find_issues(method, units); !issues.empty()) {
    std::string message;
    for (const auto& issue : issues) message += (message.empty() ? "" : "; ") + issue.message;
    throw ConfigError(message);
  }
  Evaluation e;
  e.threshold = threshold;
  double sum = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    UnitResult r;
    r.name = u.name;
    if (u.dimensions) {
      r.from_dimensions = true;
      for (const auto& d : method.dimensions) r.total += u.dimensions->at(d.key);  // in the method's order
    } else {
      r.total = *u.total;
    }
    r.grade = grade(method, r.total);
    r.below_threshold = for_comparison(r.total) < threshold;
    if (r.below_threshold) e.below.push_back(i);
    sum += r.total;
    e.units.push_back(std::move(r));
  }
  e.mean = sum / static_cast<double>(units.size());
  e.grade = grade(method, e.mean);
  return e;
}

bool is_known(const Method& method, const std::string& what, const std::string& text) {
  const BandTable& table = method.categories ? *method.categories : *method.zones;
  for (const Band& band : table.bands()) {
    const std::string value = what == "zone"     ? (method.categories ? band.extra.at("zone").get<std::string>() : band.grade)
                              : !method.categories ? std::string{}  // zones only: no category, no opini
                              : what == "category" ? band.grade
                                                   : band.label;
    if (!value.empty() && lower(value) == lower(text)) return true;
  }
  return false;
}

}  // namespace kinerja::ombudsman
