// What a raw export looks like, for `kinerja inspect`: its sheets, the
// CSV dialect found, the header row, and per column sample values and the
// type they look like. Reads the file with the SDK's own readers, so what
// inspect says is what a plugin will see.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/table_spec.hpp>

namespace kinerja {

enum class GuessedType { blank, number, date, category, text };
std::string to_string(GuessedType t);

struct ColumnProfile {
  std::size_t index = 0;
  std::string header;
  GuessedType type = GuessedType::blank;
  std::uint64_t values = 0;  // non-blank cells
  std::uint64_t blanks = 0;
  std::vector<std::string> samples;                 // the first few distinct values
  std::map<std::string, std::uint64_t> distinct;    // while there are few
  bool many_distinct = false;                       // more than the profile keeps
  std::optional<sdk::NumberStyle> number_style;     // how its numbers are written
  std::optional<sdk::DateOrder> date_order;         // how its dates are written, when it matters
};

struct ExportProfile {
  std::filesystem::path path;
  bool xlsx = false;
  std::vector<std::string> sheets;  // xlsx
  std::string sheet;                // the sheet profiled
  char delimiter = 0;               // CSV
  bool bom = false;
  std::optional<std::string> encoding;  // set when the file is not UTF-8 and was read as this
  std::string encoding_note;            // why
  std::size_t header_row = 0;
  std::vector<std::string> title_rows;  // the rows above the header, shortened
  std::uint64_t rows = 0;               // data rows under the header
  std::vector<ColumnProfile> columns;
};

struct ProfileOptions {
  std::optional<std::string> sheet_name;
  std::optional<int> sheet_number;
  std::optional<std::size_t> header_row;
  std::optional<std::string> encoding;
  // Fields to find the header by (a plugin's), as Table does; without
  // them the header is the first row of the widest run of labels.
  const sdk::Fields* fields = nullptr;
};

// Reads the whole file once (memory bounded by the columns, not the rows).
// Throws sdk::InputError / sdk::ConfigError as the table layer does.
ExportProfile profile_export(const std::filesystem::path& path, const ProfileOptions& options);

}  // namespace kinerja
