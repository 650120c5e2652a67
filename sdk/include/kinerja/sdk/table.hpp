// Reading an input table as the plugin's fields: the one input layer every
// plugin reads its exports through.
//
//   sdk::Fields fields;                                 // what the plugin reads
//   fields.date("tanggal", "Publication date");
//   fields.category("sentimen", {"positif", "netral", "negatif"}, "Label");
//   ...
//   sdk::Table table(settings.articles, fields, &host());  // the config's TableSpec
//   sdk::Record r;
//   while (table.next(r)) {
//     const sdk::Date d = r.date(0);                   // fields by index
//     const std::size_t label = r.category(1);
//   }
//   result.warnings = table.warnings();                 // bad rows and blanks, once each
//   result.breakdown["input"] = table.breakdown();
//   result.inputs = table.files();
//
// For each file of each source it opens the CSV or xlsx reader, skips the
// title rows above the header (the first row that holds every required
// field's column, or the configured header_row), maps each field to its
// column, and turns each row's cells into typed values: dates in any of
// the shapes of date.hpp or Excel serials, numbers in the configured style,
// words through value maps. A row that cannot be read is a bad row: an
// InputError naming file, line and column (bad_rows: error) or left out
// and counted (skip). A blank cell follows the field's blank policy.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fnmatch.h>

#include <kinerja/sdk/bad_rows.hpp>
#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/number.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/progress.hpp>
#include <kinerja/sdk/raw_row.hpp>
#include <kinerja/sdk/table_spec.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/xlsx.hpp>

namespace kinerja::sdk {

// How many rows are searched for the header when no header_row is given.
inline constexpr std::size_t header_search_rows = 50;

// One row's values, by field index (the order of the Fields).
class Record {
 public:
  // Whether the field has a value: false for a blank cell under the
  // "empty" policy, or an optional column the file lacks.
  bool has(std::size_t f) const { return values_[f].present; }
  std::string_view text(std::size_t f) const { return values_[f].text; }
  double number(std::size_t f) const { return values_[f].number; }
  const Date& date(std::size_t f) const { return values_[f].date; }
  std::size_t category(std::size_t f) const { return values_[f].category; }
  bool flag(std::size_t f) const { return values_[f].flag; }
  // The cell as the file wrote it.
  std::string_view raw(std::size_t f) const { return values_[f].raw; }
  // Whether this row's file gives the field at all, as a column or as the
  // config's one value for every row (an optional field's column may be
  // missing from one file and not another).
  bool in_file(std::size_t f) const { return !columns_->at(f).empty() || constants_->at(f); }
  // The header of the field's column in this row's file ("" when it lacks
  // it): two exports may name one field differently.
  const std::string& column(std::size_t f) const { return columns_->at(f); }

  std::size_t line() const { return line_; }
  // "file.csv:12", "book.xlsx [Sheet1] row 12".
  std::string location() const { return source_->location(line_); }
  // "file.csv:12: column 'Tanggal'".
  std::string location(std::size_t f) const {
    const std::string& column = columns_->at(f);
    return location() + (column.empty() ? "" : ": column '" + column + "'");
  }
  const RowSource& source() const { return *source_; }

 private:
  friend class Table;
  struct Value {
    bool present = false;
    std::string_view text, raw;
    double number = 0;
    Date date;
    std::size_t category = 0;
    bool flag = false;
    std::size_t scratch_at = std::string::npos;  // text lives in scratch_ from here (set once the row is read)
    std::size_t scratch_size = 0;
  };
  std::vector<Value> values_;
  std::string scratch_;  // text of cells that are not text in the file (an xlsx date shown as ISO)
  std::size_t line_ = 0;
  const RowSource* source_ = nullptr;
  const std::vector<std::string>* columns_ = nullptr;  // header name of each field's column
  const std::vector<bool>* constants_ = nullptr;       // fields given one value for every row
};

class Table {
 public:
  Table(const TableSpec& spec, const Fields& fields, const Host* host = nullptr)
      : spec_(spec), fields_(fields), bad_(BadRowPolicy::skip) {
    for (const auto& s : spec_.sources) total_bytes_ += bytes_of(s);
    if (host) {
      progress_.emplace(*host, progress_label(), total_bytes_);
    }
    blank_skipped_.assign(fields_.size(), 0);
  }
  // The table keeps references: a temporary spec or fields would dangle
  // ("Table t(spec, my_fields())" compiles, then reads freed memory).
  Table(TableSpec&&, const Fields&, const Host* = nullptr) = delete;
  Table(const TableSpec&, Fields&&, const Host* = nullptr) = delete;
  Table(TableSpec&&, Fields&&, const Host* = nullptr) = delete;

  // The next row with every field read; false after the last file.
  bool next(Record& record) {
    for (;;) {
      if (!source_ && !open_next()) {
        if (progress_) progress_->finish();
        return false;
      }
      if (!source_->next(row_)) {
        done_bytes_ += source_->size();
        close_source();
        continue;
      }
      if (progress_) progress_->update(done_bytes_ + source_->bytes_read());
      if (all_blank(row_) || repeats_header(row_)) continue;  // a paginated export repeats its header
      if (filtered_out(row_)) {
        ++sources_.back().dropped;
        continue;
      }
      ++rows_;
      ++sources_.back().rows;
      if (read_record(record)) {
        ++used_;
        return true;
      }
    }
  }

  // A row the plugin finds wrong (an answer before its request): a bad row
  // like any other, under the source's policy. Throws under "error".
  void reject(const Record& record, std::size_t field, const std::string& why) {
    bad_row(record.location(field) + ": " + why);
    --used_;  // handed out by next(), but not used after all
  }
  void reject(const Record& record, const std::string& why) {
    bad_row(record.location() + ": " + why);
    --used_;
  }

  // Opens every file and finds its header, reading no data row: what a
  // plugin's validate checks (a column missing from the third file is
  // found too). Throws as next() would; the table is then at its end.
  void check_headers() {
    while (open_next()) close_source();
  }

  // One warning per kind: bad rows skipped, and each field's blanks left out.
  std::vector<std::string> warnings() const {
    std::vector<std::string> out;
    if (auto w = bad_.warning()) out.push_back(*w);
    for (std::size_t f = 0; f < fields_.size(); ++f) {
      if (blank_skipped_[f] == 0) continue;
      out.push_back(std::to_string(blank_skipped_[f]) + " row(s) with a blank " + fields_[f].name +
                    " left out (blank: skip)");
    }
    return out;
  }

  // What was read, for the result's breakdown.
  json breakdown() const {
    json sources = json::array();
    for (const SourceRecord& s : sources_) {
      json j{{"file", s.file}, {"header_row", s.header_row}, {"rows", s.rows}};
      if (!s.sheet.empty()) j["sheet"] = s.sheet;
      if (!s.delimiter.empty()) j["delimiter"] = s.delimiter;
      if (!s.encoding.empty()) j["encoding"] = s.encoding;
      if (s.dropped != 0) j["rows_left_out"] = s.dropped;
      sources.push_back(j);
    }
    json blanks = json::object();
    for (std::size_t f = 0; f < fields_.size(); ++f) {
      if (blank_skipped_[f] != 0) blanks[fields_[f].name] = blank_skipped_[f];
    }
    return {{"rows", rows_}, {"rows_used", used_}, {"bad_rows_skipped", bad_.skipped()}, {"blank_skipped", blanks},
            {"sources", sources}};
  }

  // The files read, for the result's inputs (the host hashes them).
  std::vector<std::string> files() const {
    std::vector<std::string> out;
    for (const auto& f : spec_.files()) out.push_back(f.string());
    return out;
  }

  std::uint64_t rows() const { return rows_; }
  std::uint64_t bad_rows_skipped() const { return bad_.skipped(); }
  std::uint64_t blank_skipped(std::size_t field) const { return blank_skipped_[field]; }

 private:
  struct SourceRecord {
    std::string file, sheet, delimiter, encoding;
    std::size_t header_row = 0;
    std::uint64_t rows = 0;
    std::uint64_t dropped = 0;  // left out by keep or drop
  };
  // How one field is read from the open file.
  struct Binding {
    std::optional<std::size_t> column;  // nothing: the file lacks it (optional) or a constant
    std::optional<json> constant;
    std::string column_name;
    const ValueMap* map = nullptr;      // the config's, else the source's
    BlankPolicy blank = BlankPolicy::error;
    NumberStyle numbers = NumberStyle::plain;
    DateOrder dates = DateOrder::dmy;
  };

  static std::uint64_t bytes_of(const SourceSpec& s) {
    std::uint64_t total = 0;
    for (const auto& f : s.files) {
      std::error_code ec;
      const auto size = std::filesystem::file_size(f, ec);
      if (!ec) total += size;
    }
    return total;
  }
  std::string progress_label() const {
    const auto files = spec_.files();
    if (files.empty()) return "table";
    return files.size() == 1 ? files.front().filename().string()
                             : files.front().filename().string() + " (+" + std::to_string(files.size() - 1) + ")";
  }

  bool repeats_header(const RawRow& row) const {
    if (row.cells.size() < header_.size()) return false;
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (!text::same_key(row.cells[i], header_[i])) return false;
    }
    return true;
  }

  static std::size_t non_blank_cells(const RawRow& row) {
    std::size_t n = 0;
    for (std::string_view c : row.cells) n += text::is_blank(c) ? 0 : 1;
    return n;
  }

  static bool all_blank(const RawRow& row) {
    for (std::string_view c : row.cells) {
      if (!text::is_blank(c)) return false;
    }
    return true;
  }

  void bad_row(const std::string& message) {
    const std::string full = message + total_row_hint();
    if (source_spec_ && source_spec_->bad_rows == BadRowPolicy::error) throw InputError(full);
    bad_.report(full);
  }

  // A bad row that is a spreadsheet's total or signature line ("JUMLAH",
  // "Total", "Mengetahui,") is better left out by name than skipped with
  // every other bad row.
  std::string total_row_hint() const {
    static const char* const words[] = {"jumlah", "total", "grand_total", "sub_total", "subtotal", "rekapitulasi",
                                        "mengetahui", "sumber"};
    for (std::size_t i = 0; i < row_.cells.size() && i < header_.size(); ++i) {
      const std::string k = text::key(row_.cells[i]);
      for (const char* w : words) {
        if (k == w || k.rfind(std::string(w) + "_", 0) == 0) {
          const std::string column = header_[i].empty() ? letter_name(i) : header_[i];
          return " (a total or footer line? leave it out: \"drop\": {\"" + column + "\": [\"" +
                 text::excerpt(text::trim(row_.cells[i]), 20) + "*\"]})";
        }
      }
    }
    return "";
  }

  void close_source() {
    source_.reset();
    book_.reset();
  }

  // Opens the next file, finds its header and binds the fields.
  bool open_next() {
    while (source_index_ < spec_.sources.size()) {
      const SourceSpec& s = spec_.sources[source_index_];
      if (file_index_ >= s.files.size()) {
        ++source_index_;
        file_index_ = 0;
        continue;
      }
      source_spec_ = &s;
      const std::filesystem::path& path = s.files[file_index_++];
      SourceRecord record;
      record.file = path.filename().string();
      if (TableSpec::is_xlsx(path)) {
        book_ = std::make_unique<xlsx::Workbook>(path);
        const std::size_t sheet = book_->sheet_index(s.sheet_name, s.sheet_number);
        source_ = std::make_unique<xlsx::SheetReader>(*book_, sheet);
        record.sheet = book_->sheet_names()[sheet];
        delimiter_ = 0;  // a workbook's numbers do not follow the CSV before it
      } else {
        csv::Options options;
        options.delimiter = s.delimiter.value_or(0);
        options.encoding = s.encoding;
        auto reader = std::make_unique<csv::Reader>(path, options);
        delimiter_ = reader->delimiter();
        record.delimiter = delimiter_name(delimiter_);
        if (s.encoding) record.encoding = *s.encoding;
        source_ = std::move(reader);
      }
      record.header_row = find_header(s);
      sources_.push_back(record);
      return true;
    }
    return false;
  }

  // The names a field's column may have in this source.
  std::vector<std::string> names_of(const SourceSpec& s, std::size_t f) const {
    const auto it = s.columns.find(fields_[f].name);
    if (it != s.columns.end() && it->second.column) return {*it->second.column};
    return fields_[f].columns;
  }
  bool configured(const SourceSpec& s, std::size_t f) const {
    const auto it = s.columns.find(fields_[f].name);
    return it != s.columns.end() && (it->second.column || it->second.letter || it->second.value);
  }
  std::optional<std::size_t> letter_of(const SourceSpec& s, std::size_t f) const {
    const auto it = s.columns.find(fields_[f].name);
    return it == s.columns.end() ? std::nullopt : it->second.letter;
  }
  bool by_letter(const SourceSpec& s, std::size_t f) const {
    const auto it = s.columns.find(fields_[f].name);
    return it != s.columns.end() && it->second.letter;
  }
  bool constant(const SourceSpec& s, std::size_t f) const {
    const auto it = s.columns.find(fields_[f].name);
    return it != s.columns.end() && it->second.value;
  }
  // Whether the header must have this field's column.
  bool needed(const SourceSpec& s, std::size_t f) const {
    if (constant(s, f) || by_letter(s, f)) return false;  // not looked for in the header
    return fields_[f].required || configured(s, f);
  }

  static std::optional<std::size_t> find_cell(const RawRow& row, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      const std::string k = text::key(name);
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (text::key(row.cells[i]) == k) return i;
      }
    }
    return std::nullopt;
  }

  std::size_t count_found(const SourceSpec& s, const RawRow& row) const {
    std::size_t n = 0;
    for (std::size_t f = 0; f < fields_.size(); ++f) {
      if (needed(s, f) && find_cell(row, names_of(s, f))) ++n;
    }
    return n;
  }

  // Reads up to the header row and binds each field to its column.
  std::size_t find_header(const SourceSpec& s) {
    std::size_t needed_count = 0;
    for (std::size_t f = 0; f < fields_.size(); ++f) needed_count += needed(s, f) ? 1 : 0;
    RawRow best;
    std::size_t best_found = 0, best_width = 0;
    std::size_t searched = 0;
    bool found = false;
    // The last header_rows rows read: a header may span several
    // ("Tanggal" above "Diterima | Dijawab").
    std::deque<std::vector<std::string>> window;
    std::deque<std::size_t> lines;
    RawRow combined;
    while (source_->next(row_)) {
      window.emplace_back(row_.cells.begin(), row_.cells.end());
      lines.push_back(row_.line);
      if (window.size() > s.header_rows) {
        window.pop_front();
        lines.pop_front();
      }
      if (window.size() < s.header_rows) continue;
      if (s.header_row) {
        if (lines.front() < *s.header_row) continue;
        if (lines.front() > *s.header_row) {
          throw InputError(source_->location(*s.header_row) + ": header_row " + std::to_string(*s.header_row) +
                           " is blank");
        }
        combine(window, header_text_);
        found = true;
        break;
      }
      combine(window, header_text_);
      combined.cells.assign(header_text_.begin(), header_text_.end());
      combined.line = lines.front();
      const std::size_t n = count_found(s, combined);
      if (n == needed_count) {
        found = true;
        break;
      }
      // The closest row: the most fields found, then the most cells (a
      // header, not the title above it, when none is found).
      const std::size_t width = non_blank_cells(combined);
      if (searched == 0 || n > best_found || (n == best_found && width > best_width)) {
        best_found = n;
        best_width = width;
        copy_row(combined, best, best_text_);
      }
      if (++searched >= header_search_rows) break;
    }
    if (!found) {
      if (s.header_row) throw InputError(source_->location(*s.header_row) + ": the file ends before header_row " + std::to_string(*s.header_row));
      throw ConfigError(missing_header_message(s, best, searched));
    }
    header_ = header_text_;
    header_line_ = lines.front();
    bind(s);
    return header_line_;
  }

  // The names of a header spanning rows: each column's parts top to
  // bottom, a part above carried right over the blank cells of a merged
  // cell while the row below still names columns.
  static void combine(const std::deque<std::vector<std::string>>& rows, std::vector<std::string>& names) {
    std::size_t width = 0;
    for (const auto& r : rows) width = std::max(width, r.size());
    names.assign(width, std::string());
    const auto cell = [](const std::vector<std::string>& r, std::size_t i) {
      return i < r.size() ? text::trimmed(r[i]) : std::string();
    };
    for (std::size_t k = 0; k < rows.size(); ++k) {
      std::string carried;
      for (std::size_t i = 0; i < width; ++i) {
        std::string part = cell(rows[k], i);
        const bool named_below = k + 1 < rows.size() && !cell(rows.back(), i).empty();
        if (part.empty() && named_below) part = carried;
        if (!part.empty()) carried = part;
        if (!part.empty()) names[i] += (names[i].empty() ? "" : " ") + part;
      }
    }
  }

  std::string missing_header_message(const SourceSpec& s, const RawRow& best, std::size_t searched) const {
    std::vector<std::string> cells;
    for (std::string_view c : best.cells) {
      if (!text::is_blank(c)) cells.push_back(text::excerpt(text::trim(c), 40));
    }
    std::vector<std::string> wanted;
    // The hint's example: the first missing field, with its closest cell.
    std::string example_field = fields_.empty() ? std::string("field") : fields_[0].name;
    std::string example_column = "its header";  // a cell is only offered when it looks like the name
    for (std::size_t f = 0; f < fields_.size(); ++f) {
      if (!needed(s, f) || (best.cells.size() > 0 && find_cell(best, names_of(s, f)))) continue;
      const auto names = names_of(s, f);
      const auto closest = text::closest(names.front(), cells);
      if (wanted.empty()) {
        example_field = fields_[f].name;
        if (closest) example_column = *closest;
      }
      wanted.push_back("'" + names.front() + "'" + (text::same_key(names.front(), fields_[f].name) ? "" : " (" + fields_[f].name + ")") +
                       (closest ? " (did you mean '" + *closest + "'?)" : ""));
    }
    if (searched == 0) return source_->name() + ": no rows (an empty file or sheet)";
    std::string message = source_->name() + ": no header row with the columns " + text::join(wanted) + " in the first " +
                          std::to_string(searched) + " rows";
    if (!cells.empty()) {
      message += "; the closest, row " + std::to_string(best.line) + ", has " + text::quoted_list(cells);
    }
    return message + " (name the columns with \"columns\", e.g. {\"" + example_field + "\": \"" + example_column +
           "\"}, or give header_row)";
  }

  static void copy_row(const RawRow& from, RawRow& to, std::vector<std::string>& storage) {
    storage.assign(from.cells.begin(), from.cells.end());
    to.cells.assign(storage.begin(), storage.end());
    to.line = from.line;
  }

  void bind(const SourceSpec& s) {
    bindings_.assign(fields_.size(), Binding{});
    columns_.assign(fields_.size(), std::string());
    constants_.assign(fields_.size(), false);
    for (std::size_t f = 0; f < fields_.size(); ++f) {
      const FieldSpec& field = fields_[f];
      Binding& b = bindings_[f];
      const auto choice = s.columns.find(field.name);
      const ColumnChoice* c = choice == s.columns.end() ? nullptr : &choice->second;
      b.blank = c && c->blank ? *c->blank : field.blank;
      b.numbers = c && c->numbers ? *c->numbers
                  : s.numbers     ? *s.numbers
                  : (delimiter_ == ';' ? NumberStyle::comma : NumberStyle::plain);
      b.dates = c && c->dates ? *c->dates : s.dates.value_or(DateOrder::dmy);
      // The source's map serves the fields it fits (a number scale the
      // answers, not the status beside them); a column's own map must fit.
      b.map = c && c->map ? &*c->map : (field.mappable() && s.map && map_fits(*s.map, field) ? &*s.map : nullptr);
      if (b.map) check_map(*b.map, field);
      if (c && c->value) b.constant = *c->value;
      constants_[f] = b.constant.has_value();
    }
    // Columns named in the config first, then the fields found by their
    // default names among the columns left: one column is never read as two
    // fields (a register's "Tanggal" is not both received and answered).
    std::vector<bool> taken(header_.size(), false);
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t f = 0; f < fields_.size(); ++f) {
        Binding& b = bindings_[f];
        if (b.constant || configured(s, f) != (pass == 0)) continue;
        const auto names = names_of(s, f);
        if (const auto letter = letter_of(s, f)) {
          if (*letter >= header_.size()) {
            throw ConfigError(source_->name() + ": column " + letter_name(*letter) + " for " + fields_[f].name +
                              " is beyond the header's " + std::to_string(header_.size()) + " columns");
          }
          b.column = *letter;
        } else {
          b.column = find_free_cell(names, taken);
        }
        if (!b.column && pass == 0) {
          if (const auto other = find_cell_of(names); other && taken[*other]) {
            throw ConfigError(source_->name() + ": column '" + header_[*other] + "' is named for " + fields_[f].name +
                              " and for another field; a column is read as one field only");
          }
        }
        if (!b.column && needed(s, f)) {
          if (const auto other = find_cell_of(names)) {
            throw ConfigError(source_->name() + ": column '" + header_[*other] + "' is read as " + field_of(*other) +
                              " already; name the column for " + fields_[f].name + " in \"columns\"");
          }
          throw ConfigError(source_->name() + ": no column '" + names.front() + "' for " + fields_[f].name + " (row " +
                            std::to_string(header_line_) + " has " + text::quoted_list(header_) + ")");
        }
        if (b.column) {
          taken[*b.column] = true;
          b.column_name = header_[*b.column].empty() ? letter_name(*b.column) : header_[*b.column];
          columns_[f] = b.column_name;
        }
      }
    }
    bind_filters(s);
  }

  // The columns the source's keep and drop filters look at.
  void bind_filters(const SourceSpec& s) {
    filters_.clear();
    for (const auto* list : {&s.keep, &s.drop}) {
      for (const RowFilter& f : *list) {
        const auto column = find_cell_of({f.column});
        if (!column) {
          throw ConfigError(source_->name() + ": no column '" + f.column + "' to " + (list == &s.keep ? "keep" : "drop") +
                            " rows by (row " + std::to_string(header_line_) + " has " + text::quoted_list(header_) + ")");
        }
        std::vector<std::string> patterns;
        for (const auto& pattern : f.patterns) patterns.push_back(text::folded(text::trim(pattern)));
        filters_.push_back({*column, std::move(patterns), list == &s.keep});
      }
    }
  }

  // Whether the source's filters leave the row out: it matches a drop
  // filter, or fails a keep filter.
  bool filtered_out(const RawRow& row) const {
    for (const Filter& f : filters_) {
      const std::string cell = text::folded(text::trim(row.cell(f.column)));
      const bool matches = std::any_of(f.patterns.begin(), f.patterns.end(), [&](const std::string& pattern) {
        return fnmatch(pattern.c_str(), cell.c_str(), 0) == 0;
      });
      if (matches != f.keep) return true;
    }
    return false;
  }

  // The first header cell with one of `names` that no field has taken.
  std::optional<std::size_t> find_free_cell(const std::vector<std::string>& names, const std::vector<bool>& taken) const {
    for (const std::string& name : names) {
      const std::string k = text::key(name);
      for (std::size_t i = 0; i < header_.size(); ++i) {
        if (!taken[i] && text::key(header_[i]) == k) return i;
      }
    }
    return std::nullopt;
  }
  // The field already bound to a header column.
  std::string field_of(std::size_t column) const {
    for (std::size_t f = 0; f < bindings_.size(); ++f) {
      if (bindings_[f].column == column) return fields_[f].name;
    }
    return "another field";
  }
  std::optional<std::size_t> find_cell_of(const std::vector<std::string>& names) const {
    return find_free_cell(names, std::vector<bool>(header_.size(), false));
  }

  bool map_fits(const ValueMap& map, const FieldSpec& field) const {
    try {
      check_map(map, field);
      return true;
    } catch (const ConfigError&) {
      return false;
    }
  }

  // A map's values must be what the field holds.
  void check_map(const ValueMap& map, const FieldSpec& field) const {
    for (const auto& [word, value] : map.entries()) {
      const bool ok = field.kind == FieldKind::number   ? value.is_number()
                      : field.kind == FieldKind::flag   ? (value.is_boolean() || (value.is_string() && field.words.find(value.get<std::string>())))
                      : field.kind == FieldKind::category ? (value.is_string() && category_index(field, value.get<std::string>()).has_value())
                                                          : true;
      if (!ok) {
        throw ConfigError("map of " + field.name + ": '" + word + "' -> " + value.dump() + " is not " +
                          (field.kind == FieldKind::category ? "one of " + text::join(field.categories)
                           : field.kind == FieldKind::number ? std::string("a number")
                                                             : std::string("true or false")));
      }
    }
  }

  static std::optional<std::size_t> category_index(const FieldSpec& field, std::string_view name) {
    const json* canonical = field.words.find(name);
    const std::string k = text::key(canonical && canonical->is_string() ? canonical->get<std::string>() : std::string(name));
    for (std::size_t i = 0; i < field.categories.size(); ++i) {
      if (text::key(field.categories[i]) == k) return i;
    }
    return std::nullopt;
  }

  // Fills `record`; false when the row is left out (bad or blank-skipped).
  bool read_record(Record& record) {
    if (!source_is_xlsx() && row_.cells.size() != header_.size() && !only_blank_extra()) {
      bad_row(source_->location(row_.line) + ": expected " + std::to_string(header_.size()) +
              " fields (as the header), found " + std::to_string(row_.cells.size()));
      return false;
    }
    record.values_.assign(fields_.size(), Record::Value{});
    record.scratch_.clear();
    record.line_ = row_.line;
    record.source_ = source_.get();
    record.columns_ = &columns_;
    record.constants_ = &constants_;
    for (std::size_t f = 0; f < fields_.size(); ++f) {
      const Binding& b = bindings_[f];
      Record::Value& v = record.values_[f];
      if (b.constant) {
        if (!read_constant(fields_[f], *b.constant, b.dates, v)) return false;
        continue;
      }
      if (!b.column) continue;  // an optional column the file lacks: no value
      const std::string_view cell = row_.cell(*b.column);
      v.raw = cell;
      const std::string_view trimmed = is_dash(text::trim(cell)) && !fields_[f].words.find(text::trim(cell)) &&
                                                !(b.map && b.map->find(text::trim(cell)))
                                            ? std::string_view()  // "-": registers' "none yet"
                                            : text::trim(cell);
      if (trimmed.empty() && !(b.map && b.map->maps_blank())) {
        if (b.blank == BlankPolicy::empty) continue;
        if (b.blank == BlankPolicy::skip) {
          ++blank_skipped_[f];
          return false;
        }
        bad_row(record.location(f) + ": blank " + fields_[f].name + " (say \"blank\": \"skip\" to leave such rows out" +
                (fields_[f].blank == BlankPolicy::empty ? ", or \"empty\" to keep them without it)" : ")"));
        return false;
      }
      if (!read_cell(f, b, row_.type(*b.column), trimmed, record, v)) return false;
    }
    for (Record::Value& v : record.values_) {  // scratch_ is complete: its views are safe now
      if (v.scratch_at != std::string::npos) v.text = std::string_view(record.scratch_).substr(v.scratch_at, v.scratch_size);
    }
    return true;
  }

  // "-", "–" or "—": what registers write for "none yet" (a request not
  // answered, a complaint not followed up): a blank, unless a map or the
  // field's own words give it a meaning.
  static bool is_dash(std::string_view s) { return s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94"; }

  bool source_is_xlsx() const { return book_ != nullptr; }
  // A CSV row longer than the header only by empty fields (spreadsheets pad rows).
  bool only_blank_extra() const {
    if (row_.cells.size() < header_.size()) return false;
    for (std::size_t i = header_.size(); i < row_.cells.size(); ++i) {
      if (!text::is_blank(row_.cells[i])) return false;
    }
    return true;
  }

  bool read_constant(const FieldSpec& field, const json& value, DateOrder dates, Record::Value& v) {
    v.present = true;
    switch (field.kind) {
      case FieldKind::number: v.number = value.get<double>(); break;
      case FieldKind::flag: {
        const json* m = value.is_string() ? field.words.find(value.get<std::string>()) : &value;
        v.flag = m && m->is_boolean() && m->get<bool>();
        break;
      }
      case FieldKind::category: v.category = category_index(field, value.get<std::string>()).value_or(0); break;
      case FieldKind::date: {
        const auto d = parse_date(value.get<std::string>(), dates);
        if (!d) throw ConfigError("value of " + field.name + ": '" + value.get<std::string>() + "' is not a date");
        v.date = *d;
        break;
      }
      case FieldKind::text: v.text = value.get_ref<const std::string&>(); break;
    }
    return true;
  }

  bool read_cell(std::size_t f, const Binding& b, CellType type, std::string_view cell, Record& record,
                 Record::Value& v) {
    const FieldSpec& field = fields_[f];
    v.present = true;
    const json* mapped = b.map ? b.map->find(cell) : nullptr;
    // "*" is any OTHER word: a word the field knows itself keeps its meaning,
    // and so does a flag's "no" in words ("tidak diperpanjang", "no").
    const bool own_entry = b.map && b.map->entries().count(text::key(cell)) != 0;
    if (mapped && !own_entry && (field.words.find(cell) || (field.kind == FieldKind::flag && says_no(cell)))) {
      mapped = nullptr;
    }
    switch (field.kind) {
      case FieldKind::text:
        if (type == CellType::date) {
          if (auto d = serial_date(cell)) {
            v.scratch_at = record.scratch_.size();
            record.scratch_ += d->iso();
            v.scratch_size = record.scratch_.size() - v.scratch_at;
            return true;
          }
        }
        v.text = cell;
        return true;
      case FieldKind::number: {
        if (mapped) {
          v.number = mapped->get<double>();
          return true;
        }
        if (type == CellType::number || type == CellType::date) {
          if (auto n = parse_number(cell, NumberStyle::plain)) {
            v.number = *n;
            return true;
          }
        }
        if (const json* word = field.words.find(cell); word && word->is_number()) {
          v.number = word->get<double>();
          return true;
        }
        if (auto n = parse_number(cell, b.numbers)) {
          v.number = *n;
          return true;
        }
        std::string hint;
        for (NumberStyle other : {NumberStyle::comma, NumberStyle::indonesian, NumberStyle::english}) {
          if (other != b.numbers && parse_number(cell, other)) {
            hint = " (it reads as a number with \"numbers\": \"" + std::string(number_style_name(other)) + "\")";
            break;
          }
        }
        if (hint.empty() && !b.map && field.mappable()) hint = " (map words to numbers with \"map\")";
        if (hint.empty() && b.map) {  // a word the map lacks: say which words it has
          bad_row(record.location(f) + ": '" + text::excerpt(cell) + "' is not in the map of " + field.name +
                  map_words_hint(*b.map, cell) + " nor " + number_style_example(b.numbers));
          return false;
        }
        bad_row(record.location(f) + ": '" + text::excerpt(cell) + "' is not " +
                number_style_example(b.numbers) + hint);
        return false;
      }
      case FieldKind::date: {
        // A date cell is a day serial; a plain number cell only when it is
        // one of these years' (2024 in a date column is a year, not 1905).
        const auto serial = (type == CellType::date || type == CellType::number) ? parse_number(cell) : std::nullopt;
        if (serial && (type == CellType::date || *serial >= min_plain_serial)) {
          if (auto d = serial_date(cell)) {
            v.date = *d;
            return true;
          }
        }
        if (auto d = parse_date(cell, b.dates)) {
          v.date = *d;
          return true;
        }
        for (DateOrder other : {DateOrder::dmy, DateOrder::mdy}) {
          if (other != b.dates && parse_date(cell, other)) {
            // Not a bad row to skip: the column's dates are in the other
            // order, and skipping would read every day up to 12 wrongly.
            throw ConfigError(record.location(f) + ": '" + text::excerpt(cell) + "' is a date only with \"dates\": \"" +
                              date_order_name(other) + "\" (" +
                              (other == DateOrder::mdy ? "month first, as a US-locale export writes it" : "day first") +
                              "): say so for this column or file, or every day up to 12 is read the wrong way round");
          }
        }
        if (const std::string why = why_no_such_date(cell, b.dates); !why.empty()) {
          bad_row(record.location(f) + ": '" + text::excerpt(cell) + "' is no date: " + why);
          return false;
        }
        bad_row(record.location(f) + ": '" + text::excerpt(cell) +
                "' is not a date (such as 2024-01-05, 05/01/2024 or 5 Januari 2024)" + two_digit_year_hint(cell));
        return false;
      }
      case FieldKind::category: {
        std::optional<std::size_t> index;
        if (mapped && mapped->is_string()) index = category_index(field, mapped->get<std::string>());
        if (!index) index = category_index(field, cell);
        if (index) {
          v.category = *index;
          return true;
        }
        bad_row(record.location(f) + ": '" + text::excerpt(cell) + "' is not " + text::alternatives(field.categories) +
                " (map other words with \"map\")");
        return false;
      }
      case FieldKind::flag: {
        const json* word = mapped ? mapped : field.words.find(cell);
        if (word && word->is_string()) word = field.words.find(word->get<std::string>());
        if (type == CellType::boolean) {
          v.flag = cell == "TRUE";
          return true;
        }
        if (word && word->is_boolean()) {
          v.flag = word->get<bool>();
          return true;
        }
        if (says_no(cell)) {
          v.flag = false;
          return true;
        }
        bad_row(record.location(f) + ": '" + text::excerpt(cell) +
                "' is not ya or tidak (map other values with \"map\", e.g. {\"*\": \"ya\", \"\": \"tidak\"} when any "
                "entry means ya)");
        return false;
      }
    }
    return false;
  }

  // " (did you mean 'sesuai'?)", or the map's words: " (it has 'tidak sesuai', ...)".
  static std::string map_words_hint(const ValueMap& map, std::string_view cell) {
    const std::vector<std::string> words = map.words();
    if (std::string close = text::did_you_mean(cell, words); !close.empty()) return close;
    constexpr std::size_t shown = 8;
    if (words.size() <= shown) return " (it has " + text::quoted_list(words) + ")";
    return " (it has " + text::quoted_list({words.begin(), words.begin() + shown}) + " and " +
           std::to_string(words.size() - shown) + " more)";
  }

  // "tidak diperpanjang", "tidak ada", "belum", "no extension": a flag's no
  // written as words.
  static bool says_no(std::string_view cell) {
    const std::string k = text::key(cell);
    for (const char* no : {"tidak_", "bukan_", "tanpa_", "belum", "no_", "not_", "none"}) {
      if (k.rfind(no, 0) == 0) return true;
    }
    return false;
  }

  // Excel's serial of 1927-05-18: a smaller plain number is no date.
  static constexpr double min_plain_serial = 10000;

  static std::string two_digit_year_hint(std::string_view cell) {
    std::size_t run = 0;
    for (char c : cell) {  // a four-digit year anywhere: the problem is elsewhere
      run = (c >= '0' && c <= '9') ? run + 1 : 0;
      if (run == 4) return "";
    }
    const std::size_t last = cell.find_last_of("/-. ");
    if (last == std::string_view::npos || cell.size() - last - 1 != 2) return "";
    const std::string_view year = cell.substr(last + 1);
    if (year[0] < '0' || year[0] > '9' || year[1] < '0' || year[1] > '9') return "";
    return " (a two-digit year could be 19" + std::string(year) + " or 20" + std::string(year) + ": write it in full)";
  }

  std::optional<Date> serial_date(std::string_view cell) const {
    const auto n = parse_number(cell, NumberStyle::plain);
    if (!n) return std::nullopt;
    return from_excel_serial(*n, book_ && book_->date1904());
  }

  const TableSpec& spec_;
  const Fields& fields_;
  BadRows bad_;
  std::optional<Progress> progress_;
  std::uint64_t total_bytes_ = 0, done_bytes_ = 0;

  std::size_t source_index_ = 0, file_index_ = 0;
  const SourceSpec* source_spec_ = nullptr;
  std::unique_ptr<xlsx::Workbook> book_;
  std::unique_ptr<RowSource> source_;
  char delimiter_ = ',';
  RawRow row_;
  std::vector<std::string> header_;
  std::size_t header_line_ = 0;
  std::vector<std::string> best_text_;
  std::vector<std::string> header_text_;
  std::vector<Binding> bindings_;
  std::vector<std::string> columns_;
  std::vector<bool> constants_;
  struct Filter {
    std::size_t column;
    std::vector<std::string> patterns;  // folded
    bool keep;
  };
  std::vector<Filter> filters_;

  std::vector<SourceRecord> sources_;
  std::uint64_t rows_ = 0, used_ = 0;
  std::vector<std::uint64_t> blank_skipped_;
};

// Table::check_headers() for a plugin's validate(): what is wrong goes to
// `problems` at `pointer` instead of being thrown.
//   void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
//     sdk::check_headers(*s.articles, article_fields(), "/params/articles", problems);
//   }
inline void check_headers(const TableSpec& spec, const Fields& fields, const std::string& pointer,
                          std::vector<Problem>& problems) {
  try {
    Table(spec, fields).check_headers();
  } catch (const ConfigError& e) {
    problems.push_back({pointer, e.what()});
  } catch (const InputError& e) {
    problems.push_back({pointer, e.what()});
  }
}

}  // namespace kinerja::sdk
