#include "expression.hpp"

#include <algorithm>
#include <deque>

#include <muParser.h>

#include <kinerja/sdk/text.hpp>

namespace kinerja::formula {

namespace {

// Enough for any real expression; a bound keeps a pathological one short.
constexpr std::size_t max_unknown_names = 20;

bool is_identifier(const std::string& s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// What muparser itself defines, asked from muparser so that a newer version
// with more functions is covered without a list of ours.
const std::vector<std::string>& builtin_functions() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    const mu::Parser parser;
    for (const auto& [name, callback] : parser.GetFunDef()) out.push_back(name);
    return out;
  }();
  return names;
}

const std::vector<std::string>& builtin_constants() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    const mu::Parser parser;
    for (const auto& [name, value] : parser.GetConst()) out.push_back(name);
    return out;
  }();
  return names;
}

bool contains(const std::vector<std::string>& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// muparser's positions are 0-based byte offsets and may point past the end
// ("Missing parenthesis"). People count characters from 1, so a position is
// shown as the character column, counting UTF-8 sequences as one.
std::size_t column_of(const std::string& expression, int position) {
  const std::size_t end = std::min(static_cast<std::size_t>(std::max(position, 0)), expression.size());
  std::size_t column = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(expression[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

// " at position N", then the expression on its own line with a caret under
// that character; tabs and line breaks are shown as spaces to keep it aligned.
std::string at(int position, const std::string& expression) {
  return " at position " + std::to_string(column_of(expression, position) + 1);
}

std::string caret(std::string expression, int position) {
  const std::size_t column = column_of(expression, position);
  for (char& c : expression) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return "\n    " + expression + "\n    " + std::string(column, ' ') + "^";
}

// muparser's message without its own 0-based "at position N." ending, which
// at() replaces.
std::string without_position(std::string message) {
  if (const auto cut = message.find(" at position "); cut != std::string::npos) message.erase(cut);
  while (!message.empty() && (message.back() == '.' || message.back() == ' ')) message.pop_back();
  return message;
}

std::string syntax_problem(const mu::ParserError& e, const std::string& expression) {
  std::string message = without_position(e.GetMsg());
  if (e.GetPos() < 0) return message;
  return message + at(e.GetPos(), expression) + caret(expression, e.GetPos());
}

// Whether the name at `position` is called like a function: "sqr(x)".
bool is_call(const std::string& expression, int position, const std::string& name) {
  if (position < 0) return false;
  const auto after = expression.find_first_not_of(" \t", static_cast<std::size_t>(position) + name.size());
  return after != std::string::npos && expression[after] == '(';
}

std::string listed(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return sdk::text::join(names);
}

// "unknown name 'totl' at position 2 (did you mean 'total'?); names: belum,
// total", and the expression with a caret. A called name is compared with
// the functions instead.
std::string unknown_name_problem(const std::string& name, int position, const std::string& expression,
                                 const std::vector<std::string>& names) {
  const bool call = is_call(expression, position, name);
  std::string message = (call ? "unknown function '" : "unknown name '") + name + "'" + at(position, expression) +
                        sdk::text::did_you_mean(name, call ? builtin_functions() : names);
  if (call) {
    message += "; functions: " + listed(builtin_functions());
  } else if (names.empty()) {
    message += "; no names are defined (give them in values or aggregates)";
  } else {
    message += "; names: " + listed(names);
  }
  return message + caret(expression, position);
}

// A stand-in for an unknown function, so that evaluation goes on to find
// the problems after it.
double stand_in(const double* /*arguments*/, int /*count*/) { return 1; }

// muparser accepts "a, b" and returns the last value: "83,5" would quietly
// be 5. The first ',' outside parentheses is where it goes wrong.
std::string several_values_problem(const std::string& expression, int results) {
  const std::string what = "the expression gives " + std::to_string(results) + " values separated by ','";
  const std::string hint = "; one is expected (write decimals with '.', e.g. 83.5)";
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < expression.size(); ++i) {
    const char c = expression[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) {
      const int position = static_cast<int>(i);
      return what + at(position, expression) + hint + caret(expression, position);
    }
  }
  return what + hint;
}

}  // namespace

Evaluation evaluate_expression(const std::string& expression, const std::vector<Binding>& inputs) {
  Evaluation out;
  mu::Parser parser;
  std::deque<double> cells;  // muparser keeps pointers to the variables: a deque never moves them
  std::vector<std::string> names;
  try {
    for (const auto& input : inputs) {
      cells.push_back(input.value);
      parser.DefineVar(input.name, &cells.back());
      names.push_back(input.name);
    }
    parser.SetExpr(expression);
  } catch (const mu::ParserError& e) {
    out.problems.push_back(syntax_problem(e, expression));
    return out;
  }
  // muparser stops at the first unknown name. Each one found is reported and
  // then bound to a stand-in, so the next (or a syntax error after it) is
  // found too and the user fixes them all in one go.
  for (std::size_t attempt = 0; attempt <= max_unknown_names; ++attempt) {
    try {
      out.value = parser.Eval();
      if (parser.GetNumResults() > 1) {
        out.problems.push_back(several_values_problem(expression, parser.GetNumResults()));
      }
      return out;
    } catch (const mu::ParserError& e) {
      if (e.GetCode() != mu::ecUNASSIGNABLE_TOKEN || !is_identifier(e.GetToken())) {
        out.problems.push_back(syntax_problem(e, expression));
        return out;
      }
      out.problems.push_back(unknown_name_problem(e.GetToken(), e.GetPos(), expression, names));
      try {
        if (is_call(expression, e.GetPos(), e.GetToken())) {
          parser.DefineFun(e.GetToken(), stand_in);
        } else {
          cells.push_back(1);
          parser.DefineVar(e.GetToken(), &cells.back());
        }
      } catch (const mu::ParserError&) {
        return out;  // the name is reported already; nothing more to learn
      }
    }
  }
  return out;
}

std::vector<std::string> expression_problems(const std::string& expression, const std::vector<std::string>& names) {
  std::vector<Binding> inputs;
  for (const auto& name : names) inputs.push_back({name, 1.0});
  return evaluate_expression(expression, inputs).problems;
}

std::optional<std::string> name_problem(const std::string& name) {
  if (!is_identifier(name)) {
    return "'" + name + "' cannot be used in the expression: " +
           "a name is letters (a-z, A-Z), digits and '_', not starting with a digit";
  }
  if (name.size() > static_cast<std::size_t>(mu::MaxLenIdentifier)) {
    return "'" + name + "' is too long: at most " + std::to_string(mu::MaxLenIdentifier) + " characters";
  }
  if (contains(builtin_functions(), name)) {
    return "'" + name + "' is a function of the expression language; choose another name";
  }
  if (contains(builtin_constants(), name)) {
    return "'" + name + "' is a constant of the expression language; choose another name";
  }
  return std::nullopt;
}

}  // namespace kinerja::formula
