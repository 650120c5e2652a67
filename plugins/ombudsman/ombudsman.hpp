// Ombudsman RI compliance of public service delivery (Penilaian Kepatuhan):
// each service unit scores points per dimension, its total is their sum,
// the ministry's value is the mean of the unit totals, graded by the
// year's method. The methods are data (methods.json), read and applied
// through the SDK's scoring.hpp. The plugin glue is in ombudsman_plugin.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/scoring.hpp>

namespace kinerja::ombudsman {

namespace scoring = kinerja::sdk::scoring;

// One assessment method, from methods.json.
struct Method {
  std::string key;
  std::string name;
  std::string source;
  std::optional<int> from, to;  // years covered, either end open
  scoring::Parts dimensions;    // in points; none: the method scores totals only
  // Opini categories whose bands carry a "zone", or else zones alone.
  scoring::Grading grading;
  bool zones_only = false;

  bool covers(int year) const;
  std::string years_text() const;  // "2022 to 2024", "up to 2021"
  // The names a report may print: category and opini (none for zones
  // only), and zone.
  scoring::KnownNames names() const;
};

struct Methods {
  std::string file;
  std::string note;  // the file's own note, quoted when no method fits
  std::vector<Method> methods;
};

// Every method of the data file. A malformed method, overlapping years, or
// dimension maxima that do not sum to 100 are InputErrors naming the file.
Methods methods_from(const scoring::RulesFile& file);

// The method named `key`, or a ConfigError listing those there are.
const Method& find_method(const Methods& methods, const std::string& key);

// The method covering `year`, or a ConfigError listing those there are.
const Method& method_for_year(const Methods& methods, int year);

// A service unit as the config gives it: its dimensions, or its total.
struct Unit {
  std::string name;
  std::optional<scoring::Scores> dimensions;
  std::optional<double> total;
};

// What the method finds wrong with the units (at `pointer`): none, or a
// name twice; dimensions missing, out of range or of no dimension, or given
// to a method that scores totals only.
void check_units(const Method& method, const std::vector<Unit>& units, const std::string& pointer,
                 std::vector<kinerja::sdk::Problem>& problems);

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

// Unit totals, their mean and grades; a ConfigError naming every problem
// check_units finds. Units scoring under `threshold` (strictly) are listed
// for coaching.
Evaluation evaluate(const Method& method, const std::vector<Unit>& units, double threshold);

}  // namespace kinerja::ombudsman
