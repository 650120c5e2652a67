// formula: an indicator defined entirely in its config. Named inputs (numbers
// given in the config, or aggregates over CSV files) and an expression over
// them, e.g. "(total - belum) / total * 100". This is the plugin's logic;
// formula_plugin.cpp only registers it with the host.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/types.hpp>

#include "aggregates.hpp"
#include "expression.hpp"

namespace kinerja::formula {

struct Spec {
  std::string expression;
  std::vector<Binding> values;  // "values": numbers given in the config
  std::vector<Aggregate> aggregates;
  std::string unit;
  std::optional<double> published;
};

// The params, already checked against the parameter description, as a Spec.
// What the description cannot say (names, a column for sum, dates of a
// period, ...) goes to `problems` with its JSON pointer. `year` is the
// config's year: the period of an aggregate that gives date_column alone.
Spec read_spec(const sdk::json& params, int year, std::vector<sdk::Problem>& problems);

// Everything `kinerja validate` should say: the params, the expression and
// the columns the aggregates name (from each file's header line).
std::vector<sdk::Problem> check(const sdk::json& params, int year);

// Reads the files, evaluates the expression. A division by zero (any value
// that is not a finite number) or an aggregate without values is a missing
// realisasi with a note, never a zero. Throws sdk::ConfigError for wrong
// params and sdk::InputError for wrong data.
sdk::Result evaluate(const sdk::json& params, int year);

}  // namespace kinerja::formula
