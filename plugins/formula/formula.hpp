// formula: an indicator defined entirely in its config. Named inputs (numbers
// given in the config, or aggregates over input tables) and an expression
// over them, e.g. "(total - belum) / total * 100". This is the plugin's
// logic; formula_plugin.cpp only registers it with the host.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/params.hpp>
#include <kinerja/sdk/plugin.hpp>

#include "aggregates.hpp"
#include "expression.hpp"

namespace kinerja::formula {

struct Settings {
  std::string expression;
  std::map<std::string, double> values;         // "values": numbers given in the config
  std::map<std::string, Aggregate> aggregates;  // "aggregates": numbers computed from tables
  std::string unit;
  std::optional<double> published;
};

// Each parameter described once; the rules check the names and the
// expression (with each name standing for 1) before any file is read.
sdk::Parameters<Settings> parameters();

// For validate(): each aggregate's table must have the columns it names.
void validate(const Settings& settings, std::vector<sdk::Problem>& problems);

// Reads the tables, evaluates the expression. A division by zero (any value
// that is not a finite number) or an aggregate without values is a missing
// realisasi with a note, never a zero. Throws sdk::InputError for wrong data.
sdk::Result evaluate(const Settings& settings, const sdk::Host* host = nullptr);

}  // namespace kinerja::formula
