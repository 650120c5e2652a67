// Aggregates over input tables: count, sum, mean, min, max of a column, over
// the rows that pass simple filters and a period. Each aggregate reads its
// table (CSV or xlsx, one file or several, title rows, encodings,
// Indonesian numbers: the SDK's table layer) with the fields its own
// config names: its column, its date column and its where columns.
// Streaming: memory does not grow with the rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/params.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/table_spec.hpp>

namespace kinerja::formula {

enum class Function { count, sum, mean, min, max };

std::string function_name(Function function);

struct Aggregate {
  std::optional<sdk::TableSpec> file;  // read after the keys below: its fields come from them
  Function function = Function::count;
  std::string column;       // empty: count rows (only for count)
  sdk::json where = sdk::json::object();  // column -> accepted values
  std::string date_column;  // empty: no period
  sdk::Period period;       // the config's year unless given
};

// The parameters of one aggregate, for the formula's "aggregates".
sdk::Parameters<Aggregate> aggregate_parameters();

// The fields an aggregate reads from its table, each named as the column it
// reads: the column (a number for sum, mean, min and max; text for count),
// the date column, each where column.
sdk::Fields fields_of(const Aggregate& aggregate);

// What reading one aggregate's table gave.
struct Tally {
  std::uint64_t rows_read = 0;       // data rows of the table
  std::uint64_t rows_matched = 0;    // passed the filters and the period
  std::uint64_t blanks_skipped = 0;  // matched, but the column's cell was blank
  std::uint64_t values = 0;          // cells counted or taken into the sum
  double sum = 0;
  double min = 0;
  double max = 0;
  std::vector<std::string> warnings;  // the table's: bad rows skipped, blanks left out
  sdk::json input;                    // the table's breakdown: files, header rows, rows
  std::vector<std::string> files;
};

// The aggregate's value, or nothing when it has none (the mean, min or max
// of no values).
std::optional<double> value_of(Function function, const Tally& tally);

// Reads the aggregate's table. A cell that is not a number or not a date,
// and a matched row without a date, are bad rows (an InputError naming
// file, line and column, or skipped and counted under "bad_rows": "skip").
Tally compute_aggregate(const Aggregate& aggregate, const sdk::Host* host = nullptr);

}  // namespace kinerja::formula
