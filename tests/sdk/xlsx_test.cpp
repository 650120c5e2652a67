// Tests of kinerja/sdk/xlsx.hpp against workbooks written by openpyxl and
// rewritten the way Excel writes them (tests/sdk/fixtures/make_xlsx.py):
// shared and inline strings, numbers, date-formatted cells, booleans,
// formulas' cached values, cells a row leaves out, sheets by name or
// number, and files that are no workbook.
#include <kinerja/sdk/xlsx.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <iterator>
#include <string>
#include <vector>

#include "kinerja_test_paths.hpp"
#include "temp_dir.hpp"

namespace kinerja::sdk::xlsx {
namespace {

using ::testing::HasSubstr;
using kinerja::testing::TempDir;
using Cells = std::vector<std::string>;
using Types = std::vector<CellType>;

std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(KINERJA_SOURCE_DIR) / "tests/sdk/fixtures" / name;
}

struct Row {
  std::size_t line;
  Cells cells;
  Types types;
};

std::vector<Row> read_all(RowSource& source) {
  std::vector<Row> rows;
  RawRow raw;
  while (source.next(raw)) {
    Row r{raw.line, Cells(raw.cells.begin(), raw.cells.end()), {}};
    for (std::size_t i = 0; i < raw.cells.size(); ++i) r.types.push_back(raw.type(i));
    rows.push_back(r);
  }
  return rows;
}

constexpr CellType T = CellType::text, N = CellType::number, D = CellType::date, B = CellType::boolean;

TEST(XlsxWorkbook, SheetsStylesAndSharedStrings) {
  const Workbook book(fixture("book.xlsx"));
  EXPECT_EQ(book.sheet_names(), (std::vector<std::string>{"Pengaduan", "Rekap", "Data 2024"}));
  EXPECT_FALSE(book.date1904());
  EXPECT_EQ(book.shared_string_count(), 7u);
  EXPECT_EQ(book.shared_string(0), "Laporan Pengaduan 2024");
  EXPECT_EQ(book.shared_string(6), "kaya");  // rich text runs joined, the phonetic run left out
  EXPECT_EQ(book.shared_string(7), "");      // past the table
  // Styles 0..5: General, dd/mm/yyyy, 0.0%, [$-421]dd mmmm yyyy;@, yyyy-mm-dd h:mm:ss, "Rp"#,##0.
  EXPECT_FALSE(book.style_is_date(0));
  EXPECT_TRUE(book.style_is_date(1));
  EXPECT_FALSE(book.style_is_date(2));
  EXPECT_TRUE(book.style_is_date(3));
  EXPECT_TRUE(book.style_is_date(4));
  EXPECT_FALSE(book.style_is_date(5));
  EXPECT_FALSE(book.style_is_date(6));
}

TEST(XlsxSheet, EveryKindOfCell) {
  const Workbook book(fixture("book.xlsx"));
  SheetReader sheet(book, 0);
  const auto rows = read_all(sheet);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0].line, 1u);
  EXPECT_EQ(rows[0].cells, (Cells{"Laporan Pengaduan 2024"}));  // a shared string
  EXPECT_EQ(rows[1].line, 3u);                                    // row 2 is not in the sheet
  EXPECT_EQ(rows[1].cells, (Cells{"No", "Tanggal", "Nilai", "Selesai", "Total", "Catatan", "Persen", "Tgl Lokal"}));
  EXPECT_EQ(rows[1].types, Types(8, T));
  // Row 4: 2024-01-05 is serial 45292 + 4; 2024-08-17 is 45292 + 31 + 29
  // + 31 + 30 + 31 + 30 + 31 + 16 = 45521; the formula =C4*2 cached 171.
  EXPECT_EQ(rows[2].line, 4u);
  EXPECT_EQ(rows[2].cells, (Cells{"1", "45296", "85.5", "TRUE", "171", "shared teks", "0.125", "45521"}));
  EXPECT_EQ(rows[2].types, (Types{N, D, N, B, N, T, N, D}));
  // Row 5: 2024-01-06 14:30 is 45297 + 14.5 / 24; an inline string.
  EXPECT_EQ(rows[3].cells, (Cells{"2", "45297.60416666666", "90", "FALSE", "180", "inline teks", "0.5"}));
  EXPECT_EQ(rows[3].types, (Types{N, D, N, B, N, T, N}));
  // Row 6 leaves out B, D and G: blank text; ="ok"&"e" cached as a string.
  EXPECT_EQ(rows[4].cells, (Cells{"3", "", "70", "", "oke", "kaya"}));
  EXPECT_EQ(rows[4].types, (Types{N, T, N, T, T, T}));
  // Row 8 (7 is not in the sheet): text that looks like a date or a number stays text.
  EXPECT_EQ(rows[5].line, 8u);
  EXPECT_EQ(rows[5].cells, (Cells{"4", "05/01/2024", "1.234,5", "ya", "0", "shared teks", "1234"}));
  EXPECT_EQ(rows[5].types, (Types{N, T, T, T, N, T, N}));
  EXPECT_EQ(sheet.bytes_read(), sheet.size());
  EXPECT_GT(sheet.size(), 0u);
}

TEST(XlsxSheet, ByNameOrNumber) {
  const Workbook book(fixture("book.xlsx"));
  EXPECT_EQ(book.sheet_index(std::nullopt, std::nullopt), 0u);  // the first
  EXPECT_EQ(book.sheet_index(std::string("rekap"), std::nullopt), 1u);
  EXPECT_EQ(book.sheet_index(std::string(" Data 2024 "), std::nullopt), 2u);
  EXPECT_EQ(book.sheet_index(std::nullopt, 3), 2u);
  SheetReader rekap(book, book.sheet_index(std::string("Rekap"), std::nullopt));
  const auto rows = read_all(rekap);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].cells, (Cells{"2024-01", "10"}));
  EXPECT_EQ(rows[2].cells, (Cells{"2024-02", "12.5"}));
  EXPECT_EQ(rows[2].types, (Types{T, T}));  // a number typed as text stays text
  EXPECT_EQ(rekap.name(), "book.xlsx [Rekap]");
  EXPECT_EQ(rekap.location(2), fixture("book.xlsx").string() + " [Rekap] row 2");
}

TEST(XlsxSheet, AMissingSheetNamesTheSheetsThereAre) {
  const Workbook book(fixture("book.xlsx"));
  const std::string path = fixture("book.xlsx").string();
  try {
    book.sheet_index(std::string("Rekapp"), std::nullopt);
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()),
              path + ": no sheet 'Rekapp' (did you mean 'Rekap'?); the workbook has 'Pengaduan', 'Rekap', 'Data 2024'");
  }
  try {
    book.sheet_index(std::nullopt, 4);
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()), path + ": no sheet 4; the workbook has 3 ('Pengaduan', 'Rekap', 'Data 2024')");
  }
}

TEST(XlsxWorkbook, The1904DateSystem) {
  const Workbook book(fixture("mac1904.xlsx"));
  EXPECT_TRUE(book.date1904());
  SheetReader sheet(book, 0);
  const auto rows = read_all(sheet);
  ASSERT_EQ(rows.size(), 3u);
  // 2024-01-01 is 45292 in the 1900 system, 1462 less in 1904's; 1904-01-01 is its day 0.
  EXPECT_EQ(rows[1].cells, (Cells{"43830", "5"}));
  EXPECT_EQ(rows[1].types, (Types{D, N}));
  EXPECT_EQ(rows[2].cells, (Cells{"0", "6"}));
}

std::string open_error(const std::filesystem::path& path) {
  try {
    Workbook book(path);
    SheetReader sheet(book, 0);
    read_all(sheet);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(XlsxRefusals, AFileThatIsNoZipArchive) {
  TempDir dir;
  const auto path = dir.write("laporan.xlsx", "No;Tanggal\n1;05/01/2024\n");  // a CSV saved under .xlsx
  EXPECT_THAT(open_error(path), HasSubstr(path.string() + ": not an xlsx workbook ("));
  EXPECT_THAT(open_error(path), HasSubstr("); an old .xls must be saved as .xlsx or CSV first"));
}

TEST(XlsxRefusals, AZipArchiveThatIsNoWorkbook) {
  EXPECT_EQ(open_error(fixture("not-a-workbook.xlsx")),
            fixture("not-a-workbook.xlsx").string() + ": not an xlsx workbook (no xl/workbook.xml)");
}

std::size_t open_descriptors() {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator("/proc/self/fd"), {}));
}

TEST(XlsxRefusals, ARefusedWorkbookLeavesNoFileOpen) {
  // A constructor that throws runs no destructor: the archive is closed by hand.
  const std::size_t before = open_descriptors();
  for (int i = 0; i < 20; ++i) open_error(fixture("not-a-workbook.xlsx"));
  EXPECT_EQ(open_descriptors(), before);
}

TEST(XlsxRefusals, ASheetThatIsNotWellFormedXml) {
  EXPECT_THAT(open_error(fixture("bad-xml.xlsx")),
              HasSubstr(fixture("bad-xml.xlsx").string() + ": sheet 'Sheet' is not well-formed XML: mismatched tag"));
}

TEST(XlsxDetail, ColumnLettersOfACellReference) {
  EXPECT_EQ(detail::column_of("A1"), 0u);
  EXPECT_EQ(detail::column_of("Z9"), 25u);
  EXPECT_EQ(detail::column_of("AA10"), 26u);
  EXPECT_EQ(detail::column_of("AB12"), 27u);
  EXPECT_EQ(detail::column_of("xfd1"), 16383u);  // Excel's last column
  EXPECT_FALSE(detail::column_of("12"));
  EXPECT_FALSE(detail::column_of("ABCD1"));
}

TEST(XlsxDetail, WhichNumberFormatsShowDates) {
  for (const char* code : {"dd/mm/yyyy", "yyyy-mm-dd h:mm:ss", "[$-421]dd mmmm yyyy;@", "h:mm", "[h]:mm:ss", "mmm-yy",
                           "d-mmm", "DD/MM/YYYY"}) {
    EXPECT_TRUE(detail::is_date_format(code)) << code;
  }
  for (const char* code : {"General", "0", "0.00", "0.0%", "#,##0", "\"Rp\"#,##0", "[Red]0.00", "#,##0_);(#,##0)",
                           "0.00E+00", "\\d0", "@", "[$Rp-421]#,##0", "#,##0 \"days\""}) {
    EXPECT_FALSE(detail::is_date_format(code)) << code;
  }
  EXPECT_TRUE(detail::is_builtin_date_format(14));
  EXPECT_TRUE(detail::is_builtin_date_format(22));
  EXPECT_TRUE(detail::is_builtin_date_format(45));
  EXPECT_FALSE(detail::is_builtin_date_format(0));
  EXPECT_FALSE(detail::is_builtin_date_format(10));  // 0.00%
  EXPECT_FALSE(detail::is_builtin_date_format(49));  // @
}

}  // namespace
}  // namespace kinerja::sdk::xlsx
