#include "render_xlsx.hpp"

#include <xlsxwriter.h>

#include <kinerja/sdk/text.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <compare>
#include <cstring>
#include <initializer_list>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::report {
namespace {

constexpr std::size_t kSheetNameMax = 31;    // Excel's limit, in characters
constexpr std::size_t kCellTextMax = 32767;  // Excel's limit per cell, in characters
constexpr std::size_t kMinWidth = 8;
constexpr std::size_t kMaxWidth = 60;        // longer texts wrap instead
constexpr std::size_t kMaxHeaderWidth = 30;  // a long heading wraps rather than widen its column
constexpr lxw_color_t kHeaderFill = 0xDDEBF7;

// --- UTF-8: Excel's limits count characters, not bytes.

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

// The first `chars` characters of `text`, never cutting one in half.
std::string_view utf8_prefix(std::string_view text, std::size_t chars) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(text[i])) continue;
    if (seen == chars) return text.substr(0, i);
    ++seen;
  }
  return text;
}

// The widest line of a text, in characters.
std::size_t widest_line(std::string_view text) {
  std::size_t widest = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, utf8_length(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

// --- Sheet names.

struct Labels {
  std::string capaian;
  std::string history;
  std::string budget;
  std::string warnings;
  std::string indicator;  // an indicator sheet's name when its id gives none
  std::string warnings_heading;
};

Labels labels_for(Language language) {
  if (language == Language::en)
    return {"Performance", "History & Renstra", "Budget", "Warnings & Provenance", "Indicator", "Warnings"};
  return {"Capaian Kinerja", "Riwayat & Renstra", "Anggaran", "Peringatan & Asal Data", "Indikator", "Peringatan"};
}

// Excel refuses []:*?/\ in a sheet name; control characters would not
// survive the XML either.
std::string replace_invalid_sheet_chars(std::string_view wanted) {
  std::string name;
  for (char c : wanted) {
    const bool invalid = std::string_view("[]:*?/\\").find(c) != std::string_view::npos ||
                         static_cast<unsigned char>(c) < 0x20U || c == 0x7F;
    name += invalid ? '_' : c;
  }
  return name;
}

// Valid, unique sheet names for ids that come from data. Excel compares
// names case-insensitively (so does libxlsxwriter, in ASCII) and reserves
// "History".
class SheetNames {
 public:
  explicit SheetNames(std::initializer_list<std::string_view> fixed) {
    used_.insert("history");
    for (std::string_view name : fixed) used_.insert(sdk::text::folded(name));
  }

  std::string unique(std::string_view wanted, std::string_view fallback) {
    std::string base = replace_invalid_sheet_chars(wanted);
    if (base.find_first_not_of(' ') == std::string::npos) base = fallback;
    for (int n = 1;; ++n) {
      const std::string suffix = n == 1 ? "" : " (" + std::to_string(n) + ")";
      std::string name(utf8_prefix(base, kSheetNameMax - suffix.size()));
      // Excel refuses a name that begins or ends with an apostrophe.
      if (name.front() == '\'') name.front() = '_';
      if (name.back() == '\'') name.back() = '_';
      name += suffix;
      if (used_.insert(sdk::text::folded(name)).second) return name;
    }
  }

 private:
  std::set<std::string> used_;
};

// --- Formats.

enum class Role { cell, header, title };

struct Style {
  Role role = Role::cell;
  CellKind kind = CellKind::text;
  int decimals = 0;
  bool bold = false;
  bool wrap = false;
  auto operator<=>(const Style&) const = default;
};

constexpr Style kTitle{Role::title, CellKind::text, 0, true, false};
constexpr Style kHeader{Role::header, CellKind::text, 0, true, true};

// Percent cells hold percent points (13.51), so the "%" is a literal, not
// Excel's % which would multiply by 100. [$-421] declares the Indonesian
// display; the separators shown still follow the reader's system locale.
std::string number_format(CellKind kind, int decimals, Language language) {
  const int places = kind == CellKind::integer ? 0 : std::clamp(decimals, 0, 15);
  std::string digits = "#,##0";
  if (places > 0) digits += "." + std::string(static_cast<std::size_t>(places), '0');
  std::string code = digits;
  if (kind == CellKind::percent) code = digits + "\"%\"";
  if (kind == CellKind::rupiah) code = "\"Rp \"" + digits;
  return language == Language::id ? "[$-421]" + code : code;
}

// --- The workbook: owns libxlsxwriter's handle until it is closed.

class Workbook {
 public:
  Workbook(const std::filesystem::path& path, Language language)
      : path_(path), language_(language), book_(workbook_new(path.string().c_str())) {
    if (book_ == nullptr) fail("", LXW_ERROR_MEMORY_MALLOC_FAILED);
  }
  ~Workbook() {
    if (book_ != nullptr) lxw_workbook_free(book_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  [[noreturn]] void fail(std::string_view what, lxw_error error) const {
    throw std::runtime_error("cannot write xlsx file '" + path_.string() + "': " + std::string(what) +
                             lxw_strerror(error));
  }
  void check(lxw_error error, std::string_view what) const {
    if (error != LXW_NO_ERROR) fail(what, error);
  }

  lxw_worksheet* add_sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
    if (sheet == nullptr) fail("sheet '" + name + "': ", workbook_validate_sheet_name(book_, name.c_str()));
    return sheet;
  }

  // One format per distinct style, made on first use; nullptr is the default.
  lxw_format* format(const Style& style) {
    if (style == Style{}) return nullptr;
    auto [it, inserted] = formats_.try_emplace(style, nullptr);
    if (inserted) it->second = make_format(style);
    return it->second;
  }

  void set_properties(const ReportModel& model) {
    std::string title = model.title, subject = model.unit, company = model.organisation;
    std::string comments = "kinerja";
    lxw_doc_properties properties{};
    properties.title = title.empty() ? nullptr : title.data();
    properties.subject = subject.empty() ? nullptr : subject.data();
    properties.company = company.empty() ? nullptr : company.data();
    properties.comments = comments.data();
    check(workbook_set_properties(book_, &properties), "document properties: ");
    // The core properties have no language field that libxlsxwriter writes.
    check(workbook_set_custom_property_string(book_, "Language", to_string(language_).c_str()),
          "document properties: ");
  }

  // Writes the file; the handle is freed whatever the outcome.
  void close() {
    errno = 0;
    const lxw_error error = workbook_close(std::exchange(book_, nullptr));
    if (error == LXW_NO_ERROR) return;
    const int system_error = errno;
    std::string message = "cannot write xlsx file '" + path_.string() + "': " + lxw_strerror(error);
    if (error == LXW_ERROR_CREATING_XLSX_FILE && system_error != 0)
      message += " (" + std::string(std::strerror(system_error)) + ")";
    throw std::runtime_error(message);
  }

 private:
  lxw_format* make_format(const Style& style) {
    lxw_format* format = workbook_add_format(book_);
    if (format == nullptr) fail("", LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (style.bold || style.role != Role::cell) format_set_bold(format);
    if (style.wrap) format_set_text_wrap(format);
    if (style.kind != CellKind::text)
      format_set_num_format(format, number_format(style.kind, style.decimals, language_).c_str());
    if (style.role == Role::title) format_set_font_size(format, 12);
    if (style.role == Role::header) {
      format_set_pattern(format, LXW_PATTERN_SOLID);
      format_set_bg_color(format, kHeaderFill);
      format_set_bottom(format, LXW_BORDER_THIN);
      format_set_text_wrap(format);
      format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    }
    return format;
  }

  std::filesystem::path path_;
  Language language_;
  lxw_workbook* book_;
  std::map<Style, lxw_format*> formats_;
};

// --- A sheet, written top to bottom.

class SheetWriter {
 public:
  SheetWriter(Workbook& book, lxw_worksheet* sheet) : book_(book), sheet_(sheet) {}

  // A bold line in the first column: a title, the start of a list.
  void heading(std::string_view text) {
    write_text(0, text, book_.format(kTitle));
    ++row_;
  }
  // Plain text in the first column, left to overflow to the right (not
  // counted in the column's width): a footnote, a warning.
  void line(std::string_view text) {
    write_text(0, text, nullptr);
    ++row_;
  }
  void skip_row() { ++row_; }

  // Title, header, rows and footnotes, then a blank row. Returns the
  // header's row.
  lxw_row_t table(const Table& table) {
    if (!table.title.empty()) heading(table.title);
    const lxw_row_t header_row = row_;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const std::string& label = table.columns[i].label;
      widen(i, std::min(widest_line(label), kMaxHeaderWidth));
      write_text(column(i), label, book_.format(kHeader));
    }
    ++row_;
    for (const auto& cells : table.rows) {
      for (std::size_t i = 0; i < cells.size(); ++i) write_cell(i, cells[i]);
      ++row_;
    }
    for (const auto& footnote : table.footnotes) line(footnote);
    ++row_;
    return header_row;
  }

  void freeze_below(lxw_row_t row) { worksheet_freeze_panes(sheet_, row + 1, 0); }

  void set_widths() {
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      if (widths_[i] == 0) continue;
      const auto width = static_cast<double>(std::clamp(widths_[i] + 2, kMinWidth, kMaxWidth));
      book_.check(worksheet_set_column(sheet_, column(i), column(i), width, nullptr), "column width: ");
    }
  }

 private:
  // A number Excel can hold goes in as a number; anything else (text, NaN,
  // infinity) as a string cell, never as a formula.
  void write_cell(std::size_t i, const Cell& cell) {
    const std::size_t width = widest_line(cell.text);
    widen(i, width);
    if (cell.number && std::isfinite(*cell.number)) {
      const Style style{Role::cell, cell.kind, cell.decimals, cell.emphasis, false};
      book_.check(worksheet_write_number(sheet_, row_, column(i), *cell.number, book_.format(style)), "cell: ");
      return;
    }
    const bool wrap = width > kMaxWidth || cell.text.find('\n') != std::string::npos;
    write_text(column(i), cell.text, book_.format({Role::cell, CellKind::text, 0, cell.emphasis, wrap}));
  }

  void write_text(lxw_col_t col, std::string_view text, lxw_format* format) {
    const std::string owned(utf8_prefix(text, kCellTextMax));  // Excel holds no more in a cell
    book_.check(worksheet_write_string(sheet_, row_, col, owned.c_str(), format), "cell: ");
  }

  void widen(std::size_t i, std::size_t width) {
    if (widths_.size() <= i) widths_.resize(i + 1, 0);
    widths_[i] = std::max(widths_[i], width);
  }

  lxw_col_t column(std::size_t i) const {
    if (i >= LXW_COL_MAX) book_.fail("cell: ", LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    return static_cast<lxw_col_t>(i);
  }

  Workbook& book_;
  lxw_worksheet* sheet_;
  lxw_row_t row_ = 0;
  std::vector<std::size_t> widths_;
};

bool is_empty(const Table& table) { return table.columns.empty() && table.rows.empty(); }

std::vector<const Table*> present(std::initializer_list<const std::optional<Table>*> tables) {
  std::vector<const Table*> out;
  for (const auto* table : tables)
    if (table->has_value()) out.push_back(&table->value());
  return out;
}

// Tables stacked on one sheet; `freeze` keeps the first one's header in view.
void write_tables_sheet(Workbook& book, const std::string& name, const std::vector<const Table*>& tables,
                        bool freeze = false) {
  SheetWriter sheet(book, book.add_sheet(name));
  for (const Table* table : tables) {
    if (is_empty(*table)) continue;
    const lxw_row_t header_row = sheet.table(*table);
    if (std::exchange(freeze, false)) sheet.freeze_below(header_row);
  }
  sheet.set_widths();
}

void write_indicator_sheet(Workbook& book, const std::string& name, const IndicatorSection& section,
                           const Labels& labels) {
  SheetWriter sheet(book, book.add_sheet(name));
  // The full id: the sheet's name may be a shortened, sanitized one.
  sheet.heading(section.name.empty() ? section.id : section.id + " \u2014 " + section.name);
  sheet.skip_row();
  for (const auto& table : section.tables)
    if (!is_empty(table)) sheet.table(table);
  if (!section.warnings.empty()) {
    sheet.heading(labels.warnings_heading);
    for (const auto& warning : section.warnings) sheet.line(warning);
  }
  sheet.set_widths();
}

}  // namespace

void write_xlsx(const ReportModel& model, const std::filesystem::path& path) {
  const Labels labels = labels_for(model.language);
  Workbook book(path, model.language);
  book.set_properties(model);
  SheetNames names({labels.capaian, labels.history, labels.budget, labels.warnings});
  write_tables_sheet(book, labels.capaian, {&model.capaian, &model.perjanjian}, true);
  for (const auto& section : model.indicators)
    write_indicator_sheet(book, names.unique(section.id, labels.indicator), section, labels);
  if (model.history || model.renstra)
    write_tables_sheet(book, labels.history, present({&model.history, &model.renstra}));
  if (model.budget || model.efficiency)
    write_tables_sheet(book, labels.budget, present({&model.budget, &model.efficiency}));
  write_tables_sheet(book, labels.warnings, {&model.warnings, &model.provenance});
  book.close();
}

}  // namespace kinerja::report
