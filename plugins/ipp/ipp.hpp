// Indeks Pelayanan Publik (IPP) from the PEKPPP evaluation (PermenPANRB
// 29/2022): each evaluated unit (ULE) scores six weighted aspects on 0..5;
// the ministry's index is the mean of its units' indices. The rules are
// data (ipp.json), read and applied through the SDK's scoring.hpp.
// The plugin glue is in ipp_plugin.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/scoring.hpp>

namespace kinerja::ipp {

namespace scoring = kinerja::sdk::scoring;

constexpr const char* default_regulation = "PermenPANRB-29-2022";

// One regulation's rules, from ipp.json.
struct Rules {
  std::string regulation;
  std::string source;
  double scale_min = 0;
  double scale_max = 5;
  scoring::Parts aspects;  // weighted in percent, each scored on the scale
  scoring::Grading categories;
};

// The rules of `regulation` in the data file: an unknown regulation is a
// ConfigError listing the ones the file has; weights that do not sum to
// 100, or any other malformed entry, an InputError naming the file.
Rules rules_from(const scoring::RulesFile& file, const std::string& regulation);

// An evaluated unit as the config gives it: its index, or its aspect scores.
struct Unit {
  std::string name;
  std::optional<double> index;
  std::optional<scoring::Scores> aspects;
};

// What the rules find wrong with the units (at `pointer`): none, or a name
// twice; an index off the scale; aspect scores missing, off the scale or of
// no aspect.
void check_units(const Rules& rules, const std::vector<Unit>& units, const std::string& pointer,
                 std::vector<kinerja::sdk::Problem>& problems);

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
  std::string label;
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

// The ministry's index and its parts; a ConfigError naming every problem
// check_units finds.
Evaluation evaluate(const Rules& rules, const std::vector<Unit>& units);

}  // namespace kinerja::ipp
