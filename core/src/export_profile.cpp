#include "export_profile.hpp"

#include <algorithm>
#include <memory>

#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/number.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/xlsx.hpp>

namespace kinerja {

std::string to_string(GuessedType t) {
  switch (t) {
    case GuessedType::blank: return "blank";
    case GuessedType::number: return "number";
    case GuessedType::date: return "date";
    case GuessedType::category: return "category";
    case GuessedType::text: return "text";
  }
  return "text";
}

namespace {

constexpr std::size_t rows_searched = 50;     // for the header, as the table layer searches
constexpr std::size_t distinct_kept = 50;     // distinct values counted per column
constexpr std::size_t samples_kept = 4;
constexpr std::size_t category_at_most = 15;  // distinct values of a column that looks categorical

struct OwnedRow {
  std::vector<std::string> cells;
  std::vector<sdk::CellType> types;
  std::size_t line = 0;
};

OwnedRow own(const sdk::RawRow& row) {
  OwnedRow r;
  r.cells.assign(row.cells.begin(), row.cells.end());
  r.types = row.types;
  r.line = row.line;
  return r;
}

// What one cell looks like.
enum class CellKind { blank, number, date, text };
struct CellGuess {
  CellKind kind = CellKind::blank;
  std::optional<sdk::NumberStyle> style;
  bool day_first_only = false, month_first_only = false;
};

CellGuess guess(std::string_view raw, sdk::CellType type) {
  CellGuess g;
  const std::string_view cell = sdk::text::trim(raw);
  if (cell.empty()) return g;
  if (type == sdk::CellType::date) {
    g.kind = CellKind::date;
    return g;
  }
  if (type == sdk::CellType::number) {
    g.kind = CellKind::number;
    g.style = sdk::NumberStyle::plain;
    return g;
  }
  const bool dmy = sdk::parse_date(cell, sdk::DateOrder::dmy).has_value();
  const bool mdy = sdk::parse_date(cell, sdk::DateOrder::mdy).has_value();
  if (dmy || mdy) {
    g.kind = CellKind::date;
    g.day_first_only = dmy && !mdy;
    g.month_first_only = mdy && !dmy;
    return g;
  }
  for (sdk::NumberStyle style : {sdk::NumberStyle::plain, sdk::NumberStyle::comma, sdk::NumberStyle::indonesian,
                                 sdk::NumberStyle::english}) {
    if (sdk::parse_number(cell, style)) {
      g.kind = CellKind::number;
      g.style = style;
      return g;
    }
  }
  g.kind = CellKind::text;
  return g;
}

struct ColumnTally {
  ColumnProfile profile;
  std::uint64_t numbers = 0, dates = 0, texts = 0;
  std::uint64_t serial_like = 0;  // plain numbers in the range of Excel day serials (1954..2119)
  std::uint64_t day_first_only = 0, month_first_only = 0;
  bool needs_indonesian = false, needs_english = false, needs_comma = false;

  void add(std::string_view raw, sdk::CellType type) {
    const CellGuess g = guess(raw, type);
    if (g.kind == CellKind::blank) {
      ++profile.blanks;
      return;
    }
    ++profile.values;
    // A date cell counts by its date, as a planner reads it, not its serial.
    const std::string value = type == sdk::CellType::date ? iso_of(sdk::text::trimmed(raw)) : sdk::text::trimmed(raw);
    if (!profile.many_distinct) {
      if (profile.distinct.count(value) || profile.distinct.size() < distinct_kept) ++profile.distinct[value];
      else profile.many_distinct = true;
    }
    if (profile.samples.size() < samples_kept &&
        std::find(profile.samples.begin(), profile.samples.end(), value) == profile.samples.end()) {
      profile.samples.push_back(type == sdk::CellType::date ? value + " (Excel date)" : value);
    }
    switch (g.kind) {
      case CellKind::number:
        ++numbers;
        if (const auto n = sdk::parse_number(value); n && *n >= 20000 && *n <= 80000 && *n == static_cast<long>(*n)) ++serial_like;
        needs_indonesian |= g.style == sdk::NumberStyle::indonesian;
        needs_english |= g.style == sdk::NumberStyle::english;
        needs_comma |= g.style == sdk::NumberStyle::comma;
        break;
      case CellKind::date:
        ++dates;
        day_first_only += g.day_first_only ? 1 : 0;
        month_first_only += g.month_first_only ? 1 : 0;
        break;
      default: ++texts; break;
    }
  }

  static std::string iso_of(const std::string& serial) {
    const auto n = sdk::parse_number(serial);
    const auto d = n ? sdk::from_excel_serial(*n) : std::nullopt;
    return d ? d->iso() : serial;
  }

  ColumnProfile finish() {
    ColumnProfile p = profile;
    if (p.values == 0) {
      p.type = GuessedType::blank;
    } else if (numbers == p.values) {
      p.type = GuessedType::number;
      p.number_style = needs_indonesian ? sdk::NumberStyle::indonesian
                       : needs_english  ? sdk::NumberStyle::english
                       : needs_comma    ? sdk::NumberStyle::comma
                                        : sdk::NumberStyle::plain;
    } else if (dates == p.values || (dates > 0 && dates + serial_like == p.values)) {
      p.type = GuessedType::date;
      if (month_first_only > 0 && day_first_only == 0) p.date_order = sdk::DateOrder::mdy;
      else if (day_first_only > 0 && month_first_only == 0) p.date_order = sdk::DateOrder::dmy;
    } else if (!p.many_distinct && p.distinct.size() <= category_at_most && p.values >= 2 * p.distinct.size()) {
      p.type = GuessedType::category;
    } else {
      p.type = GuessedType::text;
    }
    return p;
  }
};

std::size_t non_blank(const OwnedRow& row) {
  return static_cast<std::size_t>(std::count_if(row.cells.begin(), row.cells.end(), [](const std::string& c) { return !sdk::text::is_blank(c); }));
}

std::size_t labels(const OwnedRow& row) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const auto type = i < row.types.size() ? row.types[i] : sdk::CellType::text;
    if (guess(row.cells[i], type).kind == CellKind::text) ++n;
  }
  return n;
}

bool has_field(const OwnedRow& row, const sdk::FieldSpec& field) {
  for (const auto& name : field.columns) {
    for (const auto& cell : row.cells) {
      if (sdk::text::same_key(cell, name)) return true;
    }
  }
  return false;
}

// The header's index among `rows`: the configured one, the first holding
// every required field of `fields`, else the first row of labels about as
// wide as the widest row.
std::size_t header_index(const std::vector<OwnedRow>& rows, const ProfileOptions& options) {
  if (options.header_row) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].line == *options.header_row) return i;
    }
    throw sdk::InputError("no row " + std::to_string(*options.header_row) + " among the first rows (is it blank?)");
  }
  if (options.fields) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      bool all = true;
      for (const auto& f : options.fields->all()) all = all && (!f.required || has_field(rows[i], f));
      if (all) return i;
    }
  }
  std::size_t widest = 0;
  for (const auto& r : rows) widest = std::max(widest, non_blank(r));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::size_t n = non_blank(rows[i]);
    if (n >= 2 && n * 10 >= widest * 6 && labels(rows[i]) == n) return i;
  }
  return 0;
}

class Opened {
 public:
  Opened(const std::filesystem::path& path, const ProfileOptions& options, ExportProfile& profile) {
    if (sdk::TableSpec::is_xlsx(path)) {
      book_ = std::make_unique<sdk::xlsx::Workbook>(path);
      const std::size_t sheet = book_->sheet_index(options.sheet_name, options.sheet_number);
      profile.xlsx = true;
      profile.sheets = book_->sheet_names();
      profile.sheet = profile.sheets[sheet];
      source_ = std::make_unique<sdk::xlsx::SheetReader>(*book_, sheet);
      return;
    }
    sdk::csv::Options csv;
    csv.encoding = options.encoding;
    auto reader = std::make_unique<sdk::csv::Reader>(path, csv);
    profile.delimiter = reader->delimiter();
    profile.bom = reader->had_bom();
    source_ = std::move(reader);
  }
  sdk::RowSource& source() { return *source_; }

 private:
  std::unique_ptr<sdk::xlsx::Workbook> book_;
  std::unique_ptr<sdk::RowSource> source_;
};

ExportProfile read_profile(const std::filesystem::path& path, const ProfileOptions& options) {
  ExportProfile profile;
  profile.path = path;
  profile.encoding = options.encoding;
  Opened opened(path, options, profile);
  sdk::RawRow raw;
  std::vector<OwnedRow> first;
  while (first.size() < rows_searched && opened.source().next(raw)) first.push_back(own(raw));
  if (first.empty()) throw sdk::InputError(path.string() + ": no rows (an empty file or sheet)");
  const std::size_t header = header_index(first, options);
  profile.header_row = first[header].line;
  for (std::size_t i = 0; i < header; ++i) {
    std::vector<std::string> cells;
    for (const auto& c : first[i].cells) {
      if (!sdk::text::is_blank(c)) cells.push_back(sdk::text::excerpt(sdk::text::trim(c), 40));
    }
    profile.title_rows.push_back("row " + std::to_string(first[i].line) + ": " + sdk::text::join(cells, " | "));
  }
  std::vector<ColumnTally> tallies(first[header].cells.size());
  for (std::size_t c = 0; c < tallies.size(); ++c) {
    tallies[c].profile.index = c;
    tallies[c].profile.header = sdk::text::trimmed(first[header].cells[c]);
  }
  const auto add_row = [&](const std::vector<std::string_view>& cells, const std::vector<sdk::CellType>& types) {
    ++profile.rows;
    for (std::size_t c = 0; c < tallies.size(); ++c) {
      tallies[c].add(c < cells.size() ? cells[c] : std::string_view(), c < types.size() ? types[c] : sdk::CellType::text);
    }
  };
  for (std::size_t i = header + 1; i < first.size(); ++i) {
    add_row({first[i].cells.begin(), first[i].cells.end()}, first[i].types);
  }
  while (opened.source().next(raw)) add_row(raw.cells, raw.types);
  for (auto& t : tallies) profile.columns.push_back(t.finish());
  return profile;
}

}  // namespace

ExportProfile profile_export(const std::filesystem::path& path, const ProfileOptions& options) {
  try {
    return read_profile(path, options);
  } catch (const sdk::InputError& e) {
    // A file that is not UTF-8 is most often windows-1252 (a spreadsheet
    // saved as "CSV" on Windows): read it so, and say so.
    const std::string what = e.what();
    if (options.encoding || what.find("not UTF-8") == std::string::npos) throw;
    ProfileOptions again = options;
    again.encoding = "WINDOWS-1252";
    ExportProfile profile = read_profile(path, again);
    profile.encoding_note = what;
    return profile;
  }
}

}  // namespace kinerja
