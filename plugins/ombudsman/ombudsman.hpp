// Ombudsman RI compliance of public service delivery (Penilaian Kepatuhan):
// each service unit scores points per dimension, its total is their sum,
// the ministry's value is the mean of the unit totals, graded by the
// year's method. Plain logic: the plugin glue is in ombudsman_plugin.cpp.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/bands.hpp>

namespace kinerja::ombudsman {

using kinerja::sdk::json;

struct Dimension {
  std::string key;    // as in the parameters: "proses"
  std::string label;  // "Proses"
  double max = 0;
};

// One assessment method, from methods.json.
struct Method {
  std::string key;
  std::string name;
  std::string source;
  std::optional<int> from, to;       // years covered, either end open
  std::vector<Dimension> dimensions;  // empty: the method scores totals only
  // Opini categories whose bands carry a "zone", or else zones alone.
  std::optional<kinerja::sdk::BandTable> categories;
  std::optional<kinerja::sdk::BandTable> zones;
  bool verified = true;  // false when the data marks its bands unverified

  bool covers(int year) const;
  std::string years_text() const;  // "2022 to 2024", "up to 2021"
};

struct Methods {
  std::string file;
  std::string note;  // the file's own note, quoted when no method fits
  std::vector<Method> methods;
};

// Reads methods.json. A malformed method, overlapping years, or dimension
// maxima that do not sum to 100 are InputErrors naming `file`.
Methods methods_from_json(const json& document, const std::string& file);

// The method named `key`, or a ConfigError listing those there are.
const Method& find_method(const Methods& methods, const std::string& key);

// The method covering `year`, or a ConfigError listing those there are.
const Method& method_for_year(const Methods& methods, int year);

using Scores = std::map<std::string, double>;  // dimension key -> points

// A service unit as the config gives it: its dimensions, or its total.
struct Unit {
  std::string name;
  std::optional<Scores> dimensions;
  std::optional<double> total;
};

// Something wrong with the input. `unit` is the unit's position (none for
// the list as a whole); `field` is "", "name", "total" or "dimensions/KEY".
struct Issue {
  std::optional<std::size_t> unit;
  std::string field;
  std::string message;
};

std::vector<Issue> find_issues(const Method& method, const std::vector<Unit>& units);

struct Grade {
  std::string category;  // "B"; empty when the method has zones only
  std::string opini;     // "Kualitas Tinggi"; empty when the method has zones only
  std::string zone;      // "hijau"
};

std::optional<Grade> grade(const Method& method, double score);

struct UnitResult {
  std::string name;
  double total = 0;
  bool from_dimensions = false;
  std::optional<Grade> grade;
  bool below_threshold = false;
};

struct Evaluation {
  std::vector<UnitResult> units;
  double mean = 0;  // of the unit totals
  std::optional<Grade> grade;
  double threshold = 0;
  std::vector<std::size_t> below;  // positions of units under the threshold
};

// Unit totals, their mean and grades; a ConfigError naming every issue.
// Units scoring under `threshold` (strictly) are listed for coaching.
Evaluation evaluate(const Method& method, const std::vector<Unit>& units, double threshold);

// Whether `text` names a category, opini label or zone of the method
// (case-insensitive); `what` is "category", "opini" or "zone".
bool is_known(const Method& method, const std::string& what, const std::string& text);

}  // namespace kinerja::ombudsman
