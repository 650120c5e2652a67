#include "aggregates.hpp"

#include <algorithm>

#include <kinerja/sdk/table.hpp>

namespace kinerja::formula {

namespace {

using sdk::json;

// An aggregate's fields, and which field plays which part.
struct Plan {
  sdk::Fields fields;
  std::optional<std::size_t> value;  // the column
  std::optional<std::size_t> date;   // the date column
  struct Filter {
    std::size_t field;
    std::vector<std::string> accepted;
  };
  std::vector<Filter> filters;
};

// The field reading `column` as `kind`, added unless there is one already
// (a column may be both counted and filtered on).
std::size_t field_for(sdk::Fields& fields, const std::string& column, sdk::FieldKind kind, const std::string& what) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == column && fields[i].kind == kind) return i;
  }
  switch (kind) {
    case sdk::FieldKind::number: fields.number(column, what); break;
    case sdk::FieldKind::date: fields.date(column, what); break;
    default: fields.text(column, what); break;
  }
  // The column must be in the header; a blank cell is no value, which the
  // aggregate counts or refuses itself.
  fields.blank(sdk::BlankPolicy::empty);
  return fields.size() - 1;
}

Plan plan_of(const Aggregate& a) {
  Plan plan;
  if (!a.column.empty()) {
    const bool numbers = a.function != Function::count;
    plan.value = field_for(plan.fields, a.column, numbers ? sdk::FieldKind::number : sdk::FieldKind::text,
                           numbers ? "The numbers of the " + function_name(a.function) : "The cells counted when not blank");
  }
  if (!a.date_column.empty()) plan.date = field_for(plan.fields, a.date_column, sdk::FieldKind::date, "Each row's date");
  for (const auto& [column, accepted] : a.where.items()) {
    Plan::Filter filter{field_for(plan.fields, column, sdk::FieldKind::text, "A where filter"), {}};
    for (const auto& value : accepted) filter.accepted.push_back(value.get<std::string>());
    plan.filters.push_back(std::move(filter));
  }
  return plan;
}

// Values are compared as names are everywhere in kinerja (text::key):
// " Proses " is "proses", "Belum ditindaklanjuti" is "belum_ditindaklanjuti".
bool passes_filters(const Plan& plan, const sdk::Record& r) {
  return std::all_of(plan.filters.begin(), plan.filters.end(), [&](const Plan::Filter& f) {
    const std::string cell = sdk::text::key(r.text(f.field));
    return std::any_of(f.accepted.begin(), f.accepted.end(),
                       [&](const std::string& accepted) { return sdk::text::key(accepted) == cell; });
  });
}

// The filters first: a row they leave out is not asked for a date, so an
// undated unrelated row does not stop the count.
bool matches(const Aggregate& a, const Plan& plan, sdk::Table& table, const sdk::Record& r) {
  if (!passes_filters(plan, r)) return false;
  if (!plan.date) return true;
  if (!r.has(*plan.date)) {
    table.reject(r, *plan.date, "no date, so the row cannot be placed in the period " + a.period.text());
    return false;
  }
  return a.period.contains(r.date(*plan.date));
}

void take(const Aggregate& a, const Plan& plan, const sdk::Record& r, Tally& t) {
  ++t.rows_matched;
  if (!plan.value) {
    ++t.values;
    return;
  }
  if (!r.has(*plan.value)) {
    ++t.blanks_skipped;
    return;
  }
  if (a.function == Function::count) {
    ++t.values;
    return;
  }
  const double number = r.number(*plan.value);
  t.min = t.values == 0 ? number : std::min(t.min, number);
  t.max = t.values == 0 ? number : std::max(t.max, number);
  t.sum += number;
  ++t.values;
}

}  // namespace

std::string function_name(Function function) {
  switch (function) {
    case Function::count: return "count";
    case Function::sum: return "sum";
    case Function::mean: return "mean";
    case Function::min: return "min";
    case Function::max: return "max";
  }
  return "?";
}

sdk::Parameters<Aggregate> aggregate_parameters() {
  sdk::Parameters<Aggregate> p;
  p.choice("function", &Aggregate::function,
           {{"count", Function::count}, {"sum", Function::sum}, {"mean", Function::mean}, {"min", Function::min},
            {"max", Function::max}},
           "count: the matched rows (or their non-blank cells in column); sum, mean, min, max: of the numbers in "
           "column.")
      .required();
  p.text("column", &Aggregate::column,
         "The column to sum, average, or take the min or max of; for count, count only the rows where it is not "
         "blank.");
  p.value("where", &Aggregate::where,
          {{"type", "object"}, {"additionalProperties", {{"type", "array"}, {"items", {{"type", "string"}}}}}},
          "Filters: column -> accepted values. A row passes when each named column holds one of its accepted "
          "values (compared ignoring case, spaces around, and '_' or '-' for a space).");
  p.text("date_column", &Aggregate::date_column,
         "The column with each row's date: only rows in the period count (2023-01-05, 05/01/2023, 5 Januari 2023, "
         "an Excel date).");
  p.period("period", &Aggregate::period, "The dates counted, inclusive. Default: the config's year.");
  p.table("file", &Aggregate::file, fields_of,
          "The table: a CSV or xlsx file (or a list, or a glob), or {\"file\": ..., \"sheet\", \"header_row\", "
          "\"numbers\", \"encoding\", \"bad_rows\", \"columns\": {COLUMN: {\"numbers\", \"dates\", \"blank\"}}}; "
          "relative to the config. See docs/inputs.md.")
      .required()
      .example("data/lapor-2023.xlsx");
  p.only_with("period", "date_column");
  p.rule([](const Aggregate& a, const json& params, const std::string& at, sdk::Reading& r) {
    if (a.function != Function::count && a.column.empty()) {
      r.problem(at + "/column", "missing: " + function_name(a.function) + " needs the column whose numbers it takes");
    }
    if (params.contains("column") && sdk::text::is_blank(a.column)) r.problem(at + "/column", "empty column name");
    if (params.contains("date_column") && sdk::text::is_blank(a.date_column)) r.problem(at + "/date_column", "empty column name");
    for (const auto& [column, accepted] : a.where.items()) {
      const std::string where = sdk::child_pointer(at + "/where", column);
      if (sdk::text::is_blank(column)) r.problem(where, "empty column name");
      if (accepted.empty()) r.problem(where, "no accepted values: the filter would leave no row");
    }
  });
  return p;
}

sdk::Fields fields_of(const Aggregate& aggregate) { return plan_of(aggregate).fields; }

std::optional<double> value_of(Function function, const Tally& tally) {
  const auto values = static_cast<double>(tally.values);
  switch (function) {
    case Function::count: return values;
    case Function::sum: return tally.sum;  // the sum of nothing is 0
    case Function::mean: return tally.values == 0 ? std::nullopt : std::optional<double>(tally.sum / values);
    case Function::min: return tally.values == 0 ? std::nullopt : std::optional<double>(tally.min);
    case Function::max: return tally.values == 0 ? std::nullopt : std::optional<double>(tally.max);
  }
  return std::nullopt;
}

Tally compute_aggregate(const Aggregate& aggregate, const sdk::Host* host) {
  const Plan plan = plan_of(aggregate);
  sdk::Table table(*aggregate.file, plan.fields, host);
  Tally t;
  sdk::Record r;
  while (table.next(r)) {
    if (matches(aggregate, plan, table, r)) take(aggregate, plan, r, t);
  }
  t.rows_read = table.rows();
  t.warnings = table.warnings();
  t.input = table.breakdown();
  t.files = table.files();
  return t;
}

}  // namespace kinerja::formula
