// The indicator's expression, evaluated by muparser (Debian libmuparser-dev)
// rather than a parser of our own. This file turns muparser's errors into
// messages a planner can act on: the position with a caret under it, and an
// unknown name listed with the names that exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kinerja::formula {

struct Binding {
  std::string name;
  double value = 0;
};

struct Evaluation {
  double value = 0;                   // only meaningful when problems is empty
  std::vector<std::string> problems;  // each a message for /params/expression
};

// Evaluates `expression` with each name bound to its value. A syntax error,
// an unknown name or a ',' list of several values is a problem, not a throw;
// a division by zero is not a problem here: the value is then inf or nan.
Evaluation evaluate_expression(const std::string& expression, const std::vector<Binding>& inputs);

// The problems of `expression` over `names` (each bound to 1), for check().
std::vector<std::string> expression_problems(const std::string& expression, const std::vector<std::string>& names);

// Why `name` cannot name an input, or nothing: it must be a muparser
// identifier and not one of its functions or constants (sum, _pi, ...).
std::optional<std::string> name_problem(const std::string& name);

}  // namespace kinerja::formula
