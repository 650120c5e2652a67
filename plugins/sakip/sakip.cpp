#include "sakip.hpp"

#include <cmath>

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja::sakip {

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

Component component_from_json(const json& c, const std::string& where) {
  if (!c.is_object() || !c.contains("key") || !c["key"].is_string() || !c.contains("max") || !c["max"].is_number()) {
    throw InputError(where + ": expected an object with \"key\" and a numeric \"max\"");
  }
  Component component{c["key"].get<std::string>(), c.value("label", c["key"].get<std::string>()), c["max"].get<double>()};
  if (!(component.max > 0)) throw InputError(where + "/max: expected a positive maximum");
  return component;
}

// Sums of two-decimal scores carry binary noise (27.1 + 25.44 + 13.81 +
// 13.65 gives 80.00000000000001, which would be A): the predikat is found
// for the value rounded to 9 decimals, far below any published precision.
double for_comparison(double value) { return std::round(value * 1e9) / 1e9; }

}  // namespace

double Rules::max_total() const {
  double sum = 0;
  for (const auto& c : components) sum += c.max;
  return sum;
}

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
  if (!r.contains("components") || !r["components"].is_array() || r["components"].empty()) {
    throw InputError(where + "/components: expected a non-empty array");
  }
  for (std::size_t i = 0; i < r["components"].size(); ++i) {
    rules.components.push_back(component_from_json(r["components"][i], where + "/components/" + std::to_string(i)));
  }
  // Points out of 100: a table whose maxima do not add up is mistyped.
  if (std::abs(rules.max_total() - 100) > 1e-6) {
    // Shown to 6 decimals: "99.99", not "99.98999999999998".
    const std::string shown = number_text(std::round(rules.max_total() * 1e6) / 1e6);
    throw InputError(where + "/components: maxima sum to " + shown + ", expected 100");
  }
  if (!r.contains("predikat")) throw InputError(where + "/predikat: missing");
  rules.predikat = kinerja::sdk::BandTable::from_json(r["predikat"], where + "/predikat");
  return rules;
}

std::vector<Issue> component_issues(const Rules& rules, const Scores& scores) {
  std::vector<Issue> issues;
  for (const auto& c : rules.components) {
    const std::string name = c.key + " (" + c.label + ")";
    const auto found = scores.find(c.key);
    if (found == scores.end()) {
      issues.push_back({c.key, name + ": missing; " + rules.regulation + " scores it out of " + number_text(c.max)});
    } else if (!std::isfinite(found->second) || found->second < 0) {
      issues.push_back({c.key, name + ": " + number_text(found->second) + " is negative; scores run from 0 to " +
                                   number_text(c.max)});
    } else if (found->second > c.max) {
      issues.push_back({c.key, name + ": " + number_text(found->second) + " is above its maximum " +
                                   number_text(c.max) + " (" + rules.regulation + ")"});
    }
  }
  for (const auto& [key, score] : scores) {
    bool known = false;
    for (const auto& c : rules.components) known = known || c.key == key;
    if (!known) issues.push_back({key, "component '" + key + "' is not scored under " + rules.regulation});
  }
  return issues;
}

std::optional<std::string> total_issue(double total, const std::string& what) {
  if (std::isfinite(total) && total >= 0 && total <= 100) return std::nullopt;
  return what + ": " + number_text(total) + " is outside 0 to 100";
}

double total_of(const Rules& rules, const Scores& scores) {
  const auto issues = component_issues(rules, scores);
  if (!issues.empty()) {
    std::string message;
    for (const auto& issue : issues) message += (message.empty() ? "" : "; ") + issue.message;
    throw ConfigError(message);
  }
  double total = 0;
  for (const auto& c : rules.components) total += scores.at(c.key);
  return total;
}

std::optional<Grade> grade(const Rules& rules, double total) {
  const kinerja::sdk::Band* band = rules.predikat.find(for_comparison(total));
  if (band == nullptr) return std::nullopt;  // a table without an open last band
  return Grade{band->grade, band->label, band->extra.value("meaning", std::string{})};
}

bool is_predikat(const Rules& rules, const std::string& text) {
  for (const auto& band : rules.predikat.bands()) {
    if (lower(band.grade) == lower(text)) return true;
  }
  return false;
}

}  // namespace kinerja::sakip
