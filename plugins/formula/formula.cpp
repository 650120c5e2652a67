#include "formula.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/table.hpp>

namespace kinerja::formula {

namespace {

using sdk::json;

std::vector<std::string> usable_names(const Settings& s) {
  std::vector<std::string> names;
  for (const auto& [name, value] : s.values) {
    if (!name_problem(name)) names.push_back(name);
  }
  for (const auto& [name, aggregate] : s.aggregates) {
    if (!name_problem(name)) names.push_back(name);
  }
  return names;
}

// Each name usable in the expression and given once; the expression sound.
void check_names_and_expression(const Settings& s, const json&, const std::string& at, sdk::Reading& r) {
  for (const auto& [name, value] : s.values) {
    if (const auto p = name_problem(name)) r.problem(sdk::child_pointer(at + "/values", name), *p);
  }
  for (const auto& [name, aggregate] : s.aggregates) {
    const std::string where = sdk::child_pointer(at + "/aggregates", name);
    if (const auto p = name_problem(name)) r.problem(where, *p);
    if (s.values.count(name)) r.problem(where, "name '" + name + "' is also given in " + at + "/values; each name must be unique");
  }
  for (auto& message : expression_problems(s.expression, usable_names(s))) r.problem(at + "/expression", std::move(message));
}

std::string file_text(const sdk::TableSpec& spec) {
  std::vector<std::string> names;
  for (const auto& source : spec.sources) names.push_back(source.file_text);
  return sdk::text::join(names);
}

json describe(const Aggregate& a, const Tally& t, const std::optional<double>& value) {
  json out{{"function", function_name(a.function)},
           {"file", file_text(*a.file)},
           {"value", !value                          ? json(nullptr)
                     : a.function == Function::count ? json(t.values)  // a count reads better as 9 than 9.0
                                                     : json(*value)},
           {"rows_read", t.rows_read},
           {"rows_matched", t.rows_matched},
           {"blanks_skipped", t.blanks_skipped},
           {"input", t.input}};
  if (!a.column.empty()) out["column"] = a.column;
  if (!a.date_column.empty()) {
    out["period"] = {{"column", a.date_column}, {"from", a.period.from.iso()}, {"to", a.period.to.iso()}};
  }
  if (a.function == Function::mean) out["sum"] = t.sum;
  return out;
}

// Why an aggregate has no value: the mean, min or max of no numbers.
std::string no_value_note(const std::string& name, const Aggregate& a, const Tally& t) {
  return "aggregate '" + name + "' has no value: no number in column '" + a.column + "' to take the " +
         function_name(a.function) + " of (" + std::to_string(t.rows_matched) + " of " + std::to_string(t.rows_read) +
         " rows matched, " + std::to_string(t.blanks_skipped) + " blank)";
}

// The inputs that are 0 are the likely divisors.
std::string not_finite_note(double value, const std::vector<Binding>& inputs) {
  std::vector<std::string> zeros;
  for (const auto& input : inputs) {
    if (input.value == 0) zeros.push_back(input.name + " = 0");
  }
  const std::string note = "the expression is not a finite number";
  if (!zeros.empty()) return note + " (division by zero?): " + sdk::text::join(zeros);
  return note + (std::isnan(value) ? " (not a number, e.g. sqrt of a negative)" : " (infinite)");
}

// The expression's value: final, or missing when it is not a finite number.
sdk::Result realisasi(const Settings& s, const std::vector<Binding>& inputs) {
  const Evaluation evaluation = evaluate_expression(s.expression, inputs);
  if (!evaluation.problems.empty()) throw sdk::ConfigError("/params/expression: " + evaluation.problems.front());
  if (!std::isfinite(evaluation.value)) return sdk::Result::missing_value(not_finite_note(evaluation.value, inputs));
  sdk::Result result = sdk::Result::final_value(evaluation.value);
  if (s.published) {
    if (auto warning = sdk::compare_published("realisasi", evaluation.value, *s.published)) {
      result.warnings.push_back(std::move(*warning));
    }
  }
  return result;
}

}  // namespace

sdk::Parameters<Settings> parameters() {
  sdk::Parameters<Settings> p;
  p.text("expression", &Settings::expression,
         "The realisasi as an expression over the names in values and aggregates (muparser: + - * / ^, "
         "parentheses, functions such as min, max, sum, avg, abs, sqrt, rint; comparisons and c ? a : b). "
         "Decimals with '.'.")
      .required()
      .example("(total - belum) / total * 100");
  p.number_map("values", &Settings::values,
               "Named numbers given in the config, e.g. a published status summary: name -> number.")
      .example(json{{"total", 5985}, {"belum", 0}});
  p.object_map("aggregates", &Settings::aggregates, aggregate_parameters(),
               "Named numbers computed from tables (CSV or xlsx): name -> {file, function, column, where, "
               "date_column, period}.");
  p.text("unit", &Settings::unit, "Unit of the realisasi, e.g. \"%\"; defaults to the target's.").example("%");
  p.number("published", &Settings::published,
           "The figure a report printed for this indicator: a warning shows both numbers when they disagree.");
  p.rule(check_names_and_expression);
  const json year_of_reports{{"file", "data/lapor-2023.xlsx"}, {"function", "count"}, {"date_column", "Tanggal Laporan"}};
  json belum = year_of_reports;
  belum["where"] = {{"Status", {"Belum ditindaklanjuti"}}};
  p.examples(json::array({{{"expression", "(total - belum) / total * 100"},
                           {"unit", "%"},
                           {"aggregates", {{"total", year_of_reports}, {"belum", belum}}}}}));
  return p;
}

void validate(const Settings& s, std::vector<sdk::Problem>& problems) {
  for (const auto& [name, aggregate] : s.aggregates) {
    sdk::check_headers(*aggregate.file, fields_of(aggregate), sdk::child_pointer("/params/aggregates", name), problems);
  }
}

sdk::Result evaluate(const Settings& s, const sdk::Host* host) {
  std::vector<Binding> inputs;
  for (const auto& [name, value] : s.values) inputs.push_back({name, value});
  json aggregates = json::object();
  std::string no_value;
  std::vector<std::string> files, warnings;
  for (const auto& [name, a] : s.aggregates) {
    const Tally t = compute_aggregate(a, host);
    const auto value = value_of(a.function, t);
    aggregates[name] = describe(a, t, value);
    if (value) {
      inputs.push_back({name, *value});
    } else if (no_value.empty()) {
      no_value = no_value_note(name, a, t);
    }
    for (const auto& w : t.warnings) warnings.push_back("aggregate '" + name + "': " + w);
    for (const auto& f : t.files) {
      if (std::find(files.begin(), files.end(), f) == files.end()) files.push_back(f);
    }
  }

  sdk::Result result = no_value.empty() ? realisasi(s, inputs) : sdk::Result::missing_value(no_value);
  result.unit = s.unit;
  result.breakdown = {{"expression", s.expression}};
  if (!s.values.empty()) result.breakdown["values"] = s.values;
  if (!aggregates.empty()) result.breakdown["aggregates"] = aggregates;
  if (s.published) result.breakdown["published"] = *s.published;
  result.warnings.insert(result.warnings.begin(), warnings.begin(), warnings.end());
  result.inputs = files;
  return result;
}

}  // namespace kinerja::formula
