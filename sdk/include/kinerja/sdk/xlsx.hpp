// Reading an Excel workbook (.xlsx) directly, as exported by the tools a
// planner has: libzip opens the archive and expat parses its XML, with no
// zip or XML code of our own. A sheet is streamed row by row (memory does
// not grow with its rows; only the shared-string table is held whole, as
// the format requires). Cells come as text with their kind: numbers,
// numbers formatted as dates (Excel's day serials), booleans, shared and
// inline strings, and the cached values of formulas.
//
// A plugin that includes this links libzip and expat (the SDK's CMake
// package does it: kinerja::sdk).
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <expat.h>
#include <zip.h>

#include <kinerja/sdk/raw_row.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk::xlsx {

namespace detail {

inline std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

inline const char* attribute(const char** attrs, std::string_view wanted) {
  for (std::size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (local_name(attrs[i]) == wanted) return attrs[i + 1];
  }
  return nullptr;
}

// An expat parser fed in blocks; the handler object gets the callbacks.
template <class Handler>
class XmlParser {
 public:
  explicit XmlParser(Handler& handler) : parser_(XML_ParserCreate(nullptr)) {
    if (!parser_) throw std::bad_alloc();
    XML_SetUserData(parser_, &handler);
    XML_SetElementHandler(
        parser_, [](void* h, const char* name, const char** attrs) { static_cast<Handler*>(h)->start(local_name(name), attrs); },
        [](void* h, const char* name) { static_cast<Handler*>(h)->end(local_name(name)); });
    XML_SetCharacterDataHandler(parser_, [](void* h, const char* s, int n) {
      static_cast<Handler*>(h)->text(std::string_view(s, static_cast<std::size_t>(n)));
    });
  }
  ~XmlParser() { XML_ParserFree(parser_); }
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;

  // False with `error` set when the XML is malformed.
  bool feed(const char* data, std::size_t size, bool last, std::string& error) {
    if (XML_Parse(parser_, data, static_cast<int>(size), last ? 1 : 0) == XML_STATUS_ERROR) {
      error = std::string(XML_ErrorString(XML_GetErrorCode(parser_))) + " at line " +
              std::to_string(XML_GetCurrentLineNumber(parser_));
      return false;
    }
    return true;
  }

 private:
  XML_Parser parser_;
};

// Column index (0-based) of a cell reference such as "AB12".
inline std::optional<std::size_t> column_of(const char* ref) {
  std::size_t col = 0;
  std::size_t letters = 0;
  for (const char* p = ref; *p; ++p) {
    const char c = *p;
    if (c >= 'A' && c <= 'Z') col = col * 26 + static_cast<std::size_t>(c - 'A' + 1);
    else if (c >= 'a' && c <= 'z') col = col * 26 + static_cast<std::size_t>(c - 'a' + 1);
    else break;
    if (++letters > 3) return std::nullopt;
  }
  if (letters == 0) return std::nullopt;
  return col - 1;
}

// Whether a number format code shows a date or time: it has d, m, y, h or
// s outside quoted text, escapes and [colour] sections.
inline bool is_date_format(std::string_view code) {
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (bracket) {
      bracket = c != ']';
      continue;
    }
    if (c == '"') quoted = true;
    else if (c == '[') bracket = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else {
      const char f = text::fold(c);
      if (f == 'd' || f == 'm' || f == 'y' || f == 'h' || f == 's') return true;
    }
  }
  return false;
}

inline bool is_builtin_date_format(long id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

}  // namespace detail

// An open workbook: its sheets, shared strings and date styles.
class Workbook {
 public:
  explicit Workbook(std::filesystem::path path) : path_(std::move(path)) {
    int error = 0;
    zip_ = zip_open(path_.c_str(), ZIP_RDONLY, &error);
    if (!zip_) {
      zip_error_t e;
      zip_error_init_with_code(&e, error);
      const std::string why = zip_error_strerror(&e);
      zip_error_fini(&e);
      throw InputError(path_.string() + ": not an xlsx workbook (" + why +
                       "); an old .xls must be saved as .xlsx or CSV first");
    }
    try {
      read_workbook();
      read_styles();
      read_shared_strings();
    } catch (...) {  // no destructor runs for a constructor that throws
      zip_discard(zip_);
      throw;
    }
  }
  ~Workbook() {
    if (zip_) zip_discard(zip_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  const std::filesystem::path& path() const { return path_; }
  const std::vector<std::string>& sheet_names() const { return sheet_names_; }
  bool date1904() const { return date1904_; }

  // The 0-based index of a sheet by name (case ignored) or 1-based
  // number; an InputError naming the sheets there are otherwise.
  std::size_t sheet_index(const std::optional<std::string>& name, const std::optional<int>& number) const {
    if (name) {
      for (std::size_t i = 0; i < sheet_names_.size(); ++i) {
        if (text::equal_folded(text::trim(sheet_names_[i]), text::trim(*name))) return i;
      }
      throw ConfigError(path_.string() + ": no sheet '" + *name + "'" + text::did_you_mean(*name, sheet_names_) +
                        "; the workbook has " + text::quoted_list(sheet_names_));
    }
    if (number) {
      if (*number >= 1 && static_cast<std::size_t>(*number) <= sheet_names_.size()) return static_cast<std::size_t>(*number - 1);
      throw ConfigError(path_.string() + ": no sheet " + std::to_string(*number) + "; the workbook has " +
                        std::to_string(sheet_names_.size()) + " (" + text::quoted_list(sheet_names_) + ")");
    }
    return 0;
  }

  // The entry of a sheet, and its compressed size (for progress).
  std::pair<zip_int64_t, std::uint64_t> sheet_entry(std::size_t index) const {
    const std::string& part = sheet_parts_.at(index);
    const zip_int64_t entry = zip_name_locate(zip_, part.c_str(), 0);
    if (entry < 0) throw InputError(path_.string() + ": the workbook lists sheet '" + sheet_names_.at(index) + "' but lacks " + part);
    zip_stat_t st;
    zip_stat_init(&st);
    std::uint64_t size = 0;
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(entry), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) size = st.size;
    return {entry, size};
  }
  zip_t* archive() const { return zip_; }

  std::string_view shared_string(std::size_t i) const {
    if (i + 1 >= string_offsets_.size()) return {};
    return std::string_view(strings_).substr(string_offsets_[i], string_offsets_[i + 1] - string_offsets_[i]);
  }
  std::size_t shared_string_count() const { return string_offsets_.empty() ? 0 : string_offsets_.size() - 1; }
  bool style_is_date(std::size_t style) const { return style < date_styles_.size() && date_styles_[style]; }

  // Reads a whole part, calling `handler` as expat parses it; false when
  // the part does not exist.
  template <class Handler>
  bool parse_part(const std::string& name, Handler& handler) const {
    const zip_int64_t entry = zip_name_locate(zip_, name.c_str(), 0);
    if (entry < 0) return false;
    parse_entry(static_cast<zip_uint64_t>(entry), name, handler, nullptr);
    return true;
  }

  // Streams an entry to `handler`; `progress` is told the bytes read.
  template <class Handler, class Progress = std::nullptr_t>
  void parse_entry(zip_uint64_t entry, const std::string& name, Handler& handler, Progress progress) const {
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(zip_, entry, 0), &zip_fclose);
    if (!file) throw InputError(path_.string() + ": cannot read " + name + " (" + zip_strerror(zip_) + ")");
    detail::XmlParser<Handler> parser(handler);
    std::vector<char> buffer(1 << 16);
    std::string error;
    for (;;) {
      const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
      if (got < 0) throw InputError(path_.string() + ": cannot read " + name + " (damaged archive?)");
      if (!parser.feed(buffer.data(), static_cast<std::size_t>(got), got == 0, error)) {
        throw InputError(path_.string() + ": " + name + " is not well-formed XML: " + error);
      }
      if constexpr (!std::is_same_v<Progress, std::nullptr_t>) progress(static_cast<std::uint64_t>(got));
      if (got == 0) break;
    }
  }

 private:
  void read_workbook() {
    struct Sheets {
      std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
      bool date1904 = false;
      void start(std::string_view name, const char** attrs) {
        if (name == "sheet") {
          const char* n = detail::attribute(attrs, "name");
          const char* id = detail::attribute(attrs, "id");
          sheets.emplace_back(n ? n : "", id ? id : "");
        } else if (name == "workbookPr") {
          const char* d = detail::attribute(attrs, "date1904");
          date1904 = d && (std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0);
        }
      }
      void end(std::string_view) {}
      void text(std::string_view) {}
    } sheets;
    if (!parse_part("xl/workbook.xml", sheets)) throw InputError(path_.string() + ": not an xlsx workbook (no xl/workbook.xml)");
    date1904_ = sheets.date1904;

    struct Relations {
      std::vector<std::pair<std::string, std::string>> targets;  // id, target
      void start(std::string_view name, const char** attrs) {
        if (name != "Relationship") return;
        const char* id = detail::attribute(attrs, "Id");
        const char* target = detail::attribute(attrs, "Target");
        if (id && target) targets.emplace_back(id, target);
      }
      void end(std::string_view) {}
      void text(std::string_view) {}
    } relations;
    parse_part("xl/_rels/workbook.xml.rels", relations);
    for (const auto& [name, id] : sheets.sheets) {
      std::string part;
      for (const auto& [rid, target] : relations.targets) {
        if (rid == id) part = target;
      }
      if (part.empty()) continue;
      if (part.front() == '/') part.erase(0, 1);
      else if (part.rfind("xl/", 0) != 0) part = "xl/" + part;
      sheet_names_.push_back(name);
      sheet_parts_.push_back(part);
    }
    if (sheet_names_.empty()) throw InputError(path_.string() + ": the workbook has no sheet");
  }

  void read_styles() {
    struct Styles {
      std::vector<std::pair<long, bool>> custom;  // numFmtId, is a date
      std::vector<long> xf_formats;
      bool in_cell_xfs = false;
      void start(std::string_view name, const char** attrs) {
        if (name == "numFmt") {
          const char* id = detail::attribute(attrs, "numFmtId");
          const char* code = detail::attribute(attrs, "formatCode");
          if (id && code) custom.emplace_back(std::strtol(id, nullptr, 10), detail::is_date_format(code));
        } else if (name == "cellXfs") {
          in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
          const char* id = detail::attribute(attrs, "numFmtId");
          xf_formats.push_back(id ? std::strtol(id, nullptr, 10) : 0);
        }
      }
      void end(std::string_view name) {
        if (name == "cellXfs") in_cell_xfs = false;
      }
      void text(std::string_view) {}
    } styles;
    parse_part("xl/styles.xml", styles);
    for (long format : styles.xf_formats) {
      bool date = detail::is_builtin_date_format(format);
      for (const auto& [id, is_date] : styles.custom) {
        if (id == format) date = is_date;
      }
      date_styles_.push_back(date);
    }
  }

  void read_shared_strings() {
    struct Strings {
      std::string& all;
      std::vector<std::size_t>& offsets;
      int in_t = 0, in_phonetic = 0;
      bool in_si = false;
      void start(std::string_view name, const char**) {
        if (name == "si") in_si = true;
        else if (name == "rPh") ++in_phonetic;  // furigana runs are not the text
        else if (name == "t" && in_si && in_phonetic == 0) ++in_t;
      }
      void end(std::string_view name) {
        if (name == "si") {
          offsets.push_back(all.size());
          in_si = false;
        } else if (name == "rPh") {
          --in_phonetic;
        } else if (name == "t" && in_t > 0) {
          --in_t;
        }
      }
      void text(std::string_view s) {
        if (in_t > 0) all.append(s.data(), s.size());
      }
    } strings{strings_, string_offsets_};
    string_offsets_.push_back(0);
    parse_part("xl/sharedStrings.xml", strings);
  }

  std::filesystem::path path_;
  zip_t* zip_ = nullptr;
  std::vector<std::string> sheet_names_;
  std::vector<std::string> sheet_parts_;
  bool date1904_ = false;
  std::vector<bool> date_styles_;
  std::string strings_;                      // every shared string, end to end
  std::vector<std::size_t> string_offsets_;  // where each starts; one more at the end
};

// One sheet, row by row.
class SheetReader : public RowSource {
 public:
  SheetReader(const Workbook& book, std::size_t sheet) : book_(book), sheet_(sheet), handler_(book) {
    const auto [entry, size] = book.sheet_entry(sheet);
    entry_ = entry;
    size_ = size;
    file_.reset(zip_fopen_index(book.archive(), static_cast<zip_uint64_t>(entry), 0));
    if (!file_) throw InputError(book.path().string() + ": cannot read sheet '" + book.sheet_names()[sheet] + "'");
    parser_ = std::make_unique<detail::XmlParser<Handler>>(handler_);
  }

  bool next(RawRow& row) override {
    while (handler_.rows.empty()) {
      if (done_) return false;
      pump();
    }
    current_ = std::move(handler_.rows.front());
    handler_.rows.pop_front();
    row.cells.clear();
    row.types.clear();
    row.line = current_.number;
    for (std::size_t i = 0; i + 1 < current_.offsets.size(); ++i) {
      row.cells.emplace_back(current_.text.data() + current_.offsets[i], current_.offsets[i + 1] - current_.offsets[i]);
    }
    row.types = current_.types;
    return true;
  }

  std::string name() const override { return book_.path().filename().string() + " [" + book_.sheet_names()[sheet_] + "]"; }
  std::string location(std::size_t line) const override {
    return book_.path().string() + " [" + book_.sheet_names()[sheet_] + "] row " + std::to_string(line);
  }
  const std::filesystem::path& path() const override { return book_.path(); }
  std::uint64_t bytes_read() const override { return read_; }
  std::uint64_t size() const override { return size_; }

 private:
  struct OwnedRow {
    std::size_t number = 0;
    std::string text;
    std::vector<std::size_t> offsets;  // cell i is text[offsets[i], offsets[i+1])
    std::vector<CellType> types;
  };

  // Builds rows as expat reports the sheet's elements.
  struct Handler {
    explicit Handler(const Workbook& b) : book(b) {}
    const Workbook& book;
    std::deque<OwnedRow> rows;
    OwnedRow row;
    bool in_row = false, in_value = false, in_inline = false, in_t = false;
    std::size_t next_row = 1, column = 0;
    std::string cell_type;
    std::size_t cell_style = 0;
    std::string value;

    void start(std::string_view name, const char** attrs) {
      if (name == "row") {
        in_row = true;
        row = OwnedRow{};
        const char* r = detail::attribute(attrs, "r");
        row.number = r ? static_cast<std::size_t>(std::strtoul(r, nullptr, 10)) : next_row;
        if (row.number == 0) row.number = next_row;
        row.offsets.push_back(0);
        column = 0;
      } else if (name == "c" && in_row) {
        const char* r = detail::attribute(attrs, "r");
        if (r) {
          if (auto c = detail::column_of(r)) column = *c;
        }
        const char* t = detail::attribute(attrs, "t");
        cell_type = t ? t : "n";
        const char* s = detail::attribute(attrs, "s");
        cell_style = s ? static_cast<std::size_t>(std::strtoul(s, nullptr, 10)) : 0;
        value.clear();
      } else if (name == "v") {
        in_value = true;
      } else if (name == "is") {
        in_inline = true;
      } else if (name == "t" && in_inline) {
        in_t = true;
      }
    }
    void end(std::string_view name) {
      if (name == "v") {
        in_value = false;
      } else if (name == "t") {
        in_t = false;
      } else if (name == "is") {
        in_inline = false;
      } else if (name == "c" && in_row) {
        finish_cell();
        ++column;
      } else if (name == "row" && in_row) {
        in_row = false;
        next_row = row.number + 1;
        rows.push_back(std::move(row));
      }
    }
    void text(std::string_view s) {
      if (in_value || in_t) value.append(s.data(), s.size());
    }

    void finish_cell() {
      if (column > 16384) return;  // beyond Excel's last column: a damaged sheet
      while (row.types.size() < column) {  // cells the sheet leaves out are blank
        row.offsets.push_back(row.text.size());
        row.types.push_back(CellType::text);
      }
      CellType type = CellType::text;
      std::string_view shown = value;
      std::string number;
      if (cell_type == "s") {
        const std::size_t index = static_cast<std::size_t>(std::strtoul(value.c_str(), nullptr, 10));
        shown = book.shared_string(index);
      } else if (cell_type == "b") {
        type = CellType::boolean;
        shown = (value == "1") ? "TRUE" : "FALSE";
      } else if (cell_type == "n") {
        if (!value.empty()) type = book.style_is_date(cell_style) ? CellType::date : CellType::number;
      }
      if (column < row.types.size()) return;  // a second cell for one column: keep the first
      row.text.append(shown.data(), shown.size());
      row.offsets.push_back(row.text.size());
      row.types.push_back(type);
    }
  };

  void pump() {
    char buffer[1 << 16];
    const zip_int64_t got = zip_fread(file_.get(), buffer, sizeof buffer);
    if (got < 0) throw InputError(book_.path().string() + ": cannot read sheet '" + book_.sheet_names()[sheet_] + "' (damaged archive?)");
    read_ += static_cast<std::uint64_t>(got);
    std::string error;
    if (!parser_->feed(buffer, static_cast<std::size_t>(got), got == 0, error)) {
      throw InputError(book_.path().string() + ": sheet '" + book_.sheet_names()[sheet_] + "' is not well-formed XML: " + error);
    }
    if (got == 0) done_ = true;
  }

  struct CloseFile {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
  };

  const Workbook& book_;
  std::size_t sheet_;
  zip_int64_t entry_ = 0;
  std::uint64_t size_ = 0, read_ = 0;
  std::unique_ptr<zip_file_t, CloseFile> file_;
  Handler handler_;
  std::unique_ptr<detail::XmlParser<Handler>> parser_;
  OwnedRow current_;
  bool done_ = false;
};

}  // namespace kinerja::sdk::xlsx
