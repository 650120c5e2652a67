// SAKIP score (Nilai Akuntabilitas Kinerja) as APIP assesses it under
// PermenPANRB 88/2021: four component scores, their total and its predikat.
// Plain logic: the plugin glue is in sakip_plugin.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/bands.hpp>

namespace kinerja::sakip {

using kinerja::sdk::json;

struct Component {
  std::string key;    // as in the parameters: "perencanaan"
  std::string label;  // as in the regulation: "Perencanaan Kinerja"
  double max = 0;
};

// One regulation's rules, from predikat.json.
struct Rules {
  std::string regulation;
  std::string source;
  std::vector<Component> components;  // in the data file's order
  kinerja::sdk::BandTable predikat;

  double max_total() const;
};

// The rules of `regulation` in a predikat.json document read from `file`.
// An unknown regulation is a ConfigError listing the ones the file has; a
// malformed table, or maxima that do not sum to 100, an InputError naming
// the file.
Rules rules_from_json(const json& document, const std::string& regulation, const std::string& file);

// Component scores by key.
using Scores = std::map<std::string, double>;

// Something wrong with an input; `key` is the component's key, or empty.
struct Issue {
  std::string key;
  std::string message;
};

// Every component missing, unknown, negative or above its maximum.
std::vector<Issue> component_issues(const Rules& rules, const Scores& scores);

// A total (`what` names it in the message) outside 0..100: the points of
// every regulation's components sum to 100 (checked when reading them).
std::optional<std::string> total_issue(double total, const std::string& what);

// The sum of the component scores; a ConfigError naming every issue.
double total_of(const Rules& rules, const Scores& scores);

struct Grade {
  std::string predikat;  // "BB"
  std::string label;     // "Sangat Baik"
  std::string meaning;
};

// The predikat of `total`; nothing when the table has no band for it.
std::optional<Grade> grade(const Rules& rules, double total);

// Whether `text` is one of the table's predikat (case-insensitive).
bool is_predikat(const Rules& rules, const std::string& text);

}  // namespace kinerja::sakip
