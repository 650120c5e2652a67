// Indeks Pelayanan Publik (IPP) from the PEKPPP evaluation (PermenPANRB
// 29/2022): each evaluated unit (ULE) scores six weighted aspects on 0..5;
// the ministry's index is the mean of its units' indices.
// Plain logic: the plugin glue is in ipp_plugin.cpp.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/bands.hpp>

namespace kinerja::ipp {

using kinerja::sdk::json;

struct Aspect {
  std::string key;    // as in the parameters: "kebijakan"
  std::string label;  // "Kebijakan Pelayanan"
  double weight = 0;  // percent
};

// One regulation's rules, from ipp.json.
struct Rules {
  std::string regulation;
  std::string source;
  double scale_min = 0;
  double scale_max = 5;
  std::vector<Aspect> aspects;  // in the data file's order
  kinerja::sdk::BandTable categories;
  bool categories_verified = true;
};

// The rules of `regulation` in an ipp.json document read from `file`. An
// unknown regulation is a ConfigError listing the ones the file has;
// weights that do not sum to 100, or any other malformed entry, an
// InputError naming the file.
Rules rules_from_json(const json& document, const std::string& regulation, const std::string& file);

using Scores = std::map<std::string, double>;  // aspect key -> score

// An evaluated unit as the config gives it: its index, or its aspect scores.
struct Unit {
  std::string name;
  std::optional<double> index;
  std::optional<Scores> aspects;
};

// Something wrong with the input. `unit` is the unit's position (none for
// the list as a whole); `field` is "", "name", "index" or "aspects/KEY".
struct Issue {
  std::optional<std::size_t> unit;
  std::string field;
  std::string message;
};

std::vector<Issue> find_issues(const Rules& rules, const std::vector<Unit>& units);

// Sum of score x weight / 100 over the aspects (input already checked).
double index_from_aspects(const Rules& rules, const Scores& scores);

struct Category {
  std::string grade;  // "B"
  std::string label;  // "Baik"
};

std::optional<Category> category(const Rules& rules, double index);

struct UnitResult {
  std::string name;
  double index = 0;
  std::optional<Category> category;
  bool from_aspects = false;
  std::optional<std::string> weakest_aspect;  // key of its lowest score
};

struct WeakestAspect {
  std::string key;
  double mean = 0;        // mean score over the units given by aspects
  std::size_t units = 0;  // how many such units
};

struct Evaluation {
  std::vector<UnitResult> units;
  double index = 0;  // mean of the units' indices
  std::optional<Category> category;
  std::size_t weakest_unit = 0;  // position of the lowest index (the first on a tie)
  std::optional<WeakestAspect> weakest_aspect;
};

// The ministry's index and its parts; a ConfigError naming every issue.
Evaluation evaluate(const Rules& rules, const std::vector<Unit>& units);

// Whether `text` is one of the categories' grades (case-insensitive).
bool is_category(const Rules& rules, const std::string& text);

}  // namespace kinerja::ipp
