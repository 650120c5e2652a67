// One row as a file holds it, before any field is read: the cells' text
// and, from an xlsx sheet, what kind of value each cell holds. The CSV and
// xlsx readers produce these; kinerja::sdk::Table turns them into fields.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::sdk {

// text: any text, including none; number: a numeric cell; date: a numeric
// cell formatted as a date (its text is Excel's day serial); boolean:
// "TRUE" or "FALSE".
enum class CellType : std::uint8_t { text, number, date, boolean };

struct RawRow {
  std::vector<std::string_view> cells;  // valid until the reader's next call
  std::vector<CellType> types;          // empty: every cell is text (CSV)
  std::size_t line = 0;                 // CSV: the line the record starts on; xlsx: the row number

  CellType type(std::size_t i) const { return i < types.size() ? types[i] : CellType::text; }
  std::string_view cell(std::size_t i) const { return i < cells.size() ? cells[i] : std::string_view(); }
};

// What the table layer needs of a reader of rows.
class RowSource {
 public:
  virtual ~RowSource() = default;
  // The next non-empty row; false at the end.
  virtual bool next(RawRow& row) = 0;
  // "file.csv" or "book.xlsx [Sheet1]", for messages.
  virtual std::string name() const = 0;
  // "file.csv:12" or "book.xlsx [Sheet1] row 12".
  virtual std::string location(std::size_t line) const = 0;
  virtual const std::filesystem::path& path() const = 0;
  // For progress: source bytes consumed, and the total (0 if unknown).
  virtual std::uint64_t bytes_read() const = 0;
  virtual std::uint64_t size() const = 0;
};

}  // namespace kinerja::sdk
