// Aggregates over CSV files: count, sum, mean, min, max of a column, over the
// rows that pass simple filters and a period. Streaming: each file is read
// once, row by row, however many aggregates use it, so memory does not grow
// with the rows.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::formula {

enum class Function { count, sum, mean, min, max };

std::optional<Function> function_named(const std::string& name);
std::string function_name(Function function);

// A row passes when its cell in `column` (trimmed) is one of `accepted`.
struct Filter {
  std::string column;
  std::vector<std::string> accepted;  // trimmed
};

// An inclusive period on a date column (ISO or DD/MM/YYYY cells).
struct Period {
  std::string column;
  sdk::Date from;
  sdk::Date to;
};

struct Aggregate {
  std::string name;  // the name in the expression; also where it sits in the params
  std::filesystem::path file;
  Function function = Function::count;
  std::string column;  // empty: count rows (only for count)
  std::vector<Filter> where;
  std::optional<Period> period;
  std::optional<char> decimal_mark;  // nothing: ',' for a ';' file, else '.'
};

// What reading one aggregate's rows gave.
struct Tally {
  std::size_t rows_read = 0;       // data rows of the file
  std::size_t rows_matched = 0;    // passed the filters and the period
  std::size_t blanks_skipped = 0;  // matched, but the column's cell was blank
  std::size_t values = 0;          // cells counted or taken into the sum
  double sum = 0;
  double min = 0;
  double max = 0;
  char decimal_mark = '.';  // the one used
};

// The aggregate's value, or nothing when it has none (the mean, min or max
// of no values).
std::optional<double> value_of(Function function, const Tally& tally);

// A key as a JSON pointer token (RFC 6901: '~' is ~0, '/' is ~1).
std::string pointer_token(const std::string& key);

// The JSON pointer of an aggregate's parameter, e.g. /params/aggregates/total/column.
std::string parameter_pointer(const Aggregate& aggregate, const std::string& key);

// Reads every file once, feeding each aggregate over it; one tally per
// aggregate, in the order given. A cell that is not a date (in the period's
// column, on a row the filters let through) or not a number (in the column
// of a sum, mean, min or max) is an InputError naming file:line: column;
// a column the header lacks is a ConfigError naming the parameter.
std::vector<Tally> compute_aggregates(const std::vector<Aggregate>& aggregates);

// For check(): the columns the aggregates name that their file's header
// lacks, and files that cannot be read, with the parameter's pointer.
std::vector<sdk::Problem> column_problems(const std::vector<Aggregate>& aggregates);

}  // namespace kinerja::formula
