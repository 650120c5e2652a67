#include "formula.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/date.hpp>

namespace kinerja::formula {

namespace {

using sdk::json;

std::string trim(const std::string& s) { return sdk::csv::Reader::trim(s); }

constexpr const char* date_formats = "expected YYYY-MM-DD or DD/MM/YYYY";

// from/to of a period: the config's year unless given.
std::optional<Period> read_period(const json& a, const std::string& at, int year, std::vector<sdk::Problem>& problems) {
  if (!a.contains("date_column")) {
    for (const char* key : {"from", "to"}) {
      if (a.contains(key)) {
        problems.push_back({at + "/" + key, "a period needs date_column: the column holding each row's date"});
      }
    }
    return std::nullopt;
  }
  Period period{a["date_column"].get<std::string>(), sdk::Date{year, 1, 1}, sdk::Date{year, 12, 31}};
  bool ok = true;
  for (const char* key : {"from", "to"}) {
    if (!a.contains(key)) {
      if (year <= 0) {
        problems.push_back({at + "/" + key, "missing: the config has no year to take the period from"});
        ok = false;
      }
      continue;
    }
    const std::string text = a[key].get<std::string>();
    const auto date = sdk::parse_date(text);
    if (!date) {
      problems.push_back({at + "/" + key, "not a date: '" + text + "' (" + date_formats + ")"});
      ok = false;
      continue;
    }
    (std::string(key) == "from" ? period.from : period.to) = *date;
  }
  if (ok && period.to < period.from) {
    problems.push_back(
        {at + "/to", "the period ends (" + period.to.iso() + ") before it starts (" + period.from.iso() + ")"});
  }
  return period;
}

Aggregate read_aggregate(const std::string& name, const json& a, int year, std::vector<sdk::Problem>& problems) {
  Aggregate agg;
  agg.name = name;
  const std::string at = "/params/aggregates/" + pointer_token(name);
  agg.file = a.value("file", std::string{});
  const std::string function = a.value("function", std::string{});
  if (const auto f = function_named(function)) {
    agg.function = *f;
  } else {
    problems.push_back(
        {at + "/function", "unknown function '" + function + "'; expected count, sum, mean, min or max"});
  }
  agg.column = a.value("column", std::string{});
  if (agg.function != Function::count && agg.column.empty()) {
    problems.push_back({at + "/column", "missing: " + function + " needs the column whose numbers it takes"});
  }
  const json where = a.value("where", json::object());
  for (const auto& [column, accepted] : where.items()) {
    Filter filter{column, {}};
    for (const auto& value : accepted) filter.accepted.push_back(trim(value.get<std::string>()));
    if (filter.accepted.empty()) {
      problems.push_back({at + "/where/" + pointer_token(column), "no accepted values: the filter would leave no row"});
    }
    agg.where.push_back(std::move(filter));
  }
  agg.period = read_period(a, at, year, problems);
  if (a.contains("decimal_mark")) agg.decimal_mark = a["decimal_mark"].get<std::string>().at(0);
  return agg;
}

std::vector<std::string> valid_names(const Spec& spec) {
  std::vector<std::string> names;
  for (const auto& v : spec.values) {
    if (!name_problem(v.name)) names.push_back(v.name);
  }
  for (const auto& a : spec.aggregates) {
    if (!name_problem(a.name)) names.push_back(a.name);
  }
  return names;
}

// Problems of the params and of the expression: all that can be known
// without opening a file.
std::vector<sdk::Problem> spec_problems(const json& params, int year, Spec& spec) {
  std::vector<sdk::Problem> problems;
  spec = read_spec(params, year, problems);
  for (auto& message : expression_problems(spec.expression, valid_names(spec))) {
    problems.push_back({"/params/expression", std::move(message)});
  }
  return problems;
}

json describe(const Aggregate& a, const Tally& t, const std::optional<double>& value) {
  json out{{"function", function_name(a.function)},
           {"file", a.file.string()},
           {"value", !value                          ? json(nullptr)
                     : a.function == Function::count ? json(t.values)  // a count reads better as 9 than 9.0
                                                     : json(*value)},
           {"rows_read", t.rows_read},
           {"rows_matched", t.rows_matched},
           {"blanks_skipped", t.blanks_skipped}};
  if (!a.column.empty()) out["column"] = a.column;
  if (a.period) {
    out["period"] = {{"column", a.period->column}, {"from", a.period->from.iso()}, {"to", a.period->to.iso()}};
  }
  if (a.function != Function::count) out["decimal_mark"] = std::string(1, t.decimal_mark);
  if (a.function == Function::mean) out["sum"] = t.sum;
  return out;
}

// Why an aggregate has no value: the mean, min or max of no numbers.
std::string no_value_note(const Aggregate& a, const Tally& t) {
  return "aggregate '" + a.name + "' has no value: no number in column '" + a.column + "' to take the " +
         function_name(a.function) + " of (" + std::to_string(t.rows_matched) + " of " + std::to_string(t.rows_read) +
         " rows matched, " + std::to_string(t.blanks_skipped) + " blank)";
}

// The inputs that are 0 are the likely divisors.
std::string not_finite_note(double value, const std::vector<Binding>& inputs) {
  std::string zeros;
  for (const auto& input : inputs) {
    if (input.value == 0) zeros += (zeros.empty() ? "" : ", ") + input.name + " = 0";
  }
  std::string note = "the expression is not a finite number";
  if (!zeros.empty()) return note + " (division by zero?): " + zeros;
  return note + (std::isnan(value) ? " (not a number, e.g. sqrt of a negative)" : " (infinite)");
}

// The expression's value: final, or missing when it is not a finite number.
sdk::Result realisasi(const Spec& spec, const std::vector<Binding>& inputs) {
  const Evaluation evaluation = evaluate_expression(spec.expression, inputs);
  if (!evaluation.problems.empty()) throw sdk::ConfigError("/params/expression: " + evaluation.problems.front());
  if (!std::isfinite(evaluation.value)) return sdk::Result::missing_value(not_finite_note(evaluation.value, inputs));
  sdk::Result result = sdk::Result::final_value(evaluation.value);
  if (spec.published) {
    if (auto warning = sdk::compare_published("realisasi", evaluation.value, *spec.published)) {
      result.warnings.push_back(std::move(*warning));
    }
  }
  return result;
}

}  // namespace

Spec read_spec(const json& params, int year, std::vector<sdk::Problem>& problems) {
  Spec spec;
  spec.expression = params.value("expression", std::string{});
  spec.unit = params.value("unit", std::string{});
  if (params.contains("published")) spec.published = params["published"].get<double>();
  const json values = params.value("values", json::object());
  for (const auto& [name, value] : values.items()) {
    if (const auto p = name_problem(name)) problems.push_back({"/params/values/" + pointer_token(name), *p});
    spec.values.push_back({name, value.get<double>()});
  }
  const json aggregates = params.value("aggregates", json::object());
  for (const auto& [name, a] : aggregates.items()) {
    const std::string at = "/params/aggregates/" + pointer_token(name);
    if (const auto p = name_problem(name)) problems.push_back({at, *p});
    if (values.contains(name)) {
      problems.push_back({at, "name '" + name + "' is also given in /params/values; each name must be unique"});
    }
    spec.aggregates.push_back(read_aggregate(name, a, year, problems));
  }
  return spec;
}

std::vector<sdk::Problem> check(const json& params, int year) {
  Spec spec;
  std::vector<sdk::Problem> problems = spec_problems(params, year, spec);
  std::vector<Aggregate> readable;
  std::copy_if(spec.aggregates.begin(), spec.aggregates.end(), std::back_inserter(readable),
               [](const Aggregate& a) { return !a.file.empty(); });
  for (auto& p : column_problems(readable)) problems.push_back(std::move(p));
  return problems;
}

sdk::Result evaluate(const json& params, int year) {
  Spec spec;
  // Wrong params stop before any file is read: a typo should not cost a
  // pass over a large export.
  if (const auto problems = spec_problems(params, year, spec); !problems.empty()) {
    std::string message;
    for (const auto& p : problems) message += (message.empty() ? "" : "\n") + p.path + ": " + p.message;
    throw sdk::ConfigError(message);
  }
  const std::vector<Tally> tallies = compute_aggregates(spec.aggregates);

  std::vector<Binding> inputs = spec.values;
  json values = json::object();
  for (const auto& v : spec.values) values[v.name] = v.value;
  json aggregates = json::object();
  std::string no_value;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < spec.aggregates.size(); ++i) {
    const Aggregate& a = spec.aggregates[i];
    const auto value = value_of(a.function, tallies[i]);
    aggregates[a.name] = describe(a, tallies[i], value);
    if (value) {
      inputs.push_back({a.name, *value});
    } else if (no_value.empty()) {
      no_value = no_value_note(a, tallies[i]);
    }
    if (std::find(files.begin(), files.end(), a.file.string()) == files.end()) files.push_back(a.file.string());
  }

  sdk::Result result = no_value.empty() ? realisasi(spec, inputs) : sdk::Result::missing_value(no_value);
  result.unit = spec.unit;
  result.breakdown = {{"expression", spec.expression}};
  if (!values.empty()) result.breakdown["values"] = values;
  if (!aggregates.empty()) result.breakdown["aggregates"] = aggregates;
  if (spec.published) result.breakdown["published"] = *spec.published;
  result.inputs = files;
  return result;
}

}  // namespace kinerja::formula
