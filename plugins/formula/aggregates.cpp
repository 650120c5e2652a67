#include "aggregates.hpp"

#include <algorithm>
#include <cmath>

#include <kinerja/sdk/csv.hpp>

#include "suggest.hpp"

namespace kinerja::formula {

namespace {

namespace csv = sdk::csv;

// The aggregates over one file, in the order first named: each file is read
// once for all of them.
std::vector<std::pair<std::filesystem::path, std::vector<std::size_t>>> by_file(
    const std::vector<Aggregate>& aggregates) {
  std::vector<std::pair<std::filesystem::path, std::vector<std::size_t>>> files;
  for (std::size_t i = 0; i < aggregates.size(); ++i) {
    auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.first == aggregates[i].file; });
    if (it == files.end()) {
      files.push_back({aggregates[i].file, {i}});
    } else {
      it->second.push_back(i);
    }
  }
  return files;
}

// Every column an aggregate names, with the parameter that names it.
std::vector<std::pair<std::string, std::string>> named_columns(const Aggregate& a) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!a.column.empty()) out.push_back({a.column, parameter_pointer(a, "column")});
  for (const auto& f : a.where) {
    out.push_back({f.column, parameter_pointer(a, "where") + "/" + pointer_token(f.column)});
  }
  if (a.period) out.push_back({a.period->column, parameter_pointer(a, "date_column")});
  return out;
}

// An aggregate with its columns found in the header of the file being read.
struct Bound {
  const Aggregate* aggregate = nullptr;
  Tally* tally = nullptr;
  std::optional<std::size_t> column;
  std::vector<std::pair<std::size_t, const std::vector<std::string>*>> filters;
  std::optional<std::size_t> date_column;
};

Bound bind(const Aggregate& a, Tally& tally, const csv::Reader& reader) {
  Bound b;
  b.aggregate = &a;
  b.tally = &tally;
  if (!a.column.empty()) b.column = reader.column(a.column, parameter_pointer(a, "column"));
  for (const auto& f : a.where) {
    b.filters.emplace_back(reader.column(f.column, parameter_pointer(a, "where") + "/" + pointer_token(f.column)),
                           &f.accepted);
  }
  if (a.period) b.date_column = reader.column(a.period->column, parameter_pointer(a, "date_column"));
  // Spreadsheets that export with ';' write decimals with ','.
  tally.decimal_mark = a.decimal_mark.value_or(reader.separator() == ';' ? ',' : '.');
  return b;
}

// The filters first: a row they leave out is not asked for a date, so an
// unrelated row without one does not stop the count.
bool passes(const Bound& b, const csv::Reader& reader, const csv::Row& row) {
  for (const auto& [index, accepted] : b.filters) {
    if (std::find(accepted->begin(), accepted->end(), csv::Reader::trim(row.fields[index])) == accepted->end()) {
      return false;
    }
  }
  if (b.date_column) {
    const std::string& cell = row.fields[*b.date_column];
    const auto date = sdk::parse_date(cell);
    if (!date) {
      throw sdk::InputError(reader.location(row, *b.date_column) + ": not a date: '" + cell +
                            "' (expected YYYY-MM-DD or DD/MM/YYYY)");
    }
    const Period& period = *b.aggregate->period;
    if (*date < period.from || period.to < *date) return false;
  }
  return true;
}

void feed(const Bound& b, const csv::Reader& reader, const csv::Row& row) {
  Tally& t = *b.tally;
  ++t.rows_read;
  if (!passes(b, reader, row)) return;
  ++t.rows_matched;
  if (!b.column) {
    ++t.values;
    return;
  }
  const std::string& cell = row.fields[*b.column];
  if (csv::Reader::trim(cell).empty()) {
    ++t.blanks_skipped;
    return;
  }
  if (b.aggregate->function == Function::count) {
    ++t.values;
    return;
  }
  const auto number = csv::parse_number(cell, t.decimal_mark);
  if (!number || !std::isfinite(*number)) {
    throw sdk::InputError(reader.location(row, *b.column) + ": not a number: '" + cell + "' (decimal mark '" +
                          std::string(1, t.decimal_mark) + "')");
  }
  t.min = t.values == 0 ? *number : std::min(t.min, *number);
  t.max = t.values == 0 ? *number : std::max(t.max, *number);
  t.sum += *number;
  ++t.values;
}

}  // namespace

std::optional<Function> function_named(const std::string& name) {
  if (name == "count") return Function::count;
  if (name == "sum") return Function::sum;
  if (name == "mean") return Function::mean;
  if (name == "min") return Function::min;
  if (name == "max") return Function::max;
  return std::nullopt;
}

std::string function_name(Function function) {
  switch (function) {
    case Function::count:
      return "count";
    case Function::sum:
      return "sum";
    case Function::mean:
      return "mean";
    case Function::min:
      return "min";
    case Function::max:
      return "max";
  }
  return "?";
}

std::optional<double> value_of(Function function, const Tally& tally) {
  const auto values = static_cast<double>(tally.values);
  switch (function) {
    case Function::count:
      return values;
    case Function::sum:
      return tally.sum;  // the sum of nothing is 0
    case Function::mean:
      return tally.values == 0 ? std::nullopt : std::optional<double>(tally.sum / values);
    case Function::min:
      return tally.values == 0 ? std::nullopt : std::optional<double>(tally.min);
    case Function::max:
      return tally.values == 0 ? std::nullopt : std::optional<double>(tally.max);
  }
  return std::nullopt;
}

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string parameter_pointer(const Aggregate& aggregate, const std::string& key) {
  return "/params/aggregates/" + pointer_token(aggregate.name) + "/" + key;
}

std::vector<Tally> compute_aggregates(const std::vector<Aggregate>& aggregates) {
  std::vector<Tally> tallies(aggregates.size());
  for (const auto& [file, indices] : by_file(aggregates)) {
    csv::Reader reader(file);
    std::vector<Bound> bound;
    for (std::size_t i : indices) bound.push_back(bind(aggregates[i], tallies[i], reader));
    csv::Row row;
    while (reader.next(row)) {
      for (const auto& b : bound) feed(b, reader, row);
    }
  }
  return tallies;
}

std::vector<sdk::Problem> column_problems(const std::vector<Aggregate>& aggregates) {
  std::vector<sdk::Problem> problems;
  for (const auto& [file, indices] : by_file(aggregates)) {
    try {
      const csv::Reader reader(file);  // reads the header line only
      for (std::size_t i : indices) {
        for (const auto& [column, pointer] : named_columns(aggregates[i])) {
          if (reader.find_column(column)) continue;
          std::string list;
          for (const auto& h : reader.header()) list += (list.empty() ? "'" : ", '") + h + "'";
          problems.push_back({pointer, "no column '" + column + "' in " + file.string() +
                                           did_you_mean(column, reader.header()) + "; the header has " + list});
        }
      }
    } catch (const sdk::InputError& e) {
      problems.push_back({parameter_pointer(aggregates[indices.front()], "file"), e.what()});
    }
  }
  return problems;
}

}  // namespace kinerja::formula
