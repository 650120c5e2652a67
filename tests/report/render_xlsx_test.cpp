// The xlsx renderer, checked by reading the file back with an independent
// reader (openpyxl, tests/report/read_xlsx.py): sheets, cell types, number
// formats and properties as a spreadsheet would see them.
#include "render_xlsx.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "run_command.hpp"
#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja::report {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

const std::string python = "/usr/bin/python3";  // Debian's, which has python3-openpyxl
const std::filesystem::path reader = std::filesystem::path(KINERJA_SOURCE_DIR) / "tests/report/read_xlsx.py";

// An indicator id with characters Excel refuses in a sheet name, longer than
// 31 characters, with a two-byte character as the 31st.
const std::string long_id = "SK1/IKK:2 [tahunan]*? kepuasan\u00e9\u2014masyarakat";
const std::string long_id_sheet = "SK1_IKK_2 _tahunan___ kepuasan\u00e9";

const std::string formula_text = "=HYPERLINK(\"http://x\",\"y\")";

Cell text(std::string s) { return Cell{std::move(s), std::nullopt, CellKind::text, 0, false}; }
Cell num(std::string s, double value, CellKind kind, int decimals, bool emphasis = false) {
  return Cell{std::move(s), value, kind, decimals, emphasis};
}

Table table(std::string id, std::string title, std::vector<std::string> keys, std::vector<std::vector<Cell>> rows) {
  Table t{std::move(id), std::move(title), {}, std::move(rows), {}};
  for (auto& key : keys) t.columns.push_back(Column{key, key});
  return t;
}

IndicatorSection section(std::string id, std::vector<std::string> warnings = {}) {
  IndicatorSection s;
  s.sasaran_id = "SK1";
  s.id = id;
  s.name = "Indeks uji " + id;
  s.tables.push_back(table(id + "-months", "Rincian " + id, {"bulan", "nilai"},
                           {{text("Januari"), num("7,25", 7.25, CellKind::number, 2)}}));
  s.warnings = std::move(warnings);
  return s;
}

// The capaian table's cells land at A3:F4 (title in row 1, header in row 2),
// its footnote at A5.
ReportModel model(Language language) {
  ReportModel m;
  m.language = language;
  m.title = "Laporan Kinerja Biro Hubungan Masyarakat Tahun 2023";
  m.unit = "Biro Hubungan Masyarakat";
  m.capaian = table("capaian", "Capaian Kinerja 2023", {"no", "indikator", "capaian", "anggaran", "jumlah", "nilai"},
                    {{num("1", 1, CellKind::integer, 0), text(formula_text), num("13,51%", 13.508333, CellKind::percent, 2),
                      num("Rp 10.684.298.000", 10684298000.0, CellKind::rupiah, 0),
                      num("5.985", 5985, CellKind::integer, 0, true), num("83,94", 83.94, CellKind::number, 2)},
                     {text("<b>markup</b>"), text("-5 bukan angka"), text("+62 21 123"), text("@SUM(A1)"),
                      num("-", std::numeric_limits<double>::quiet_NaN(), CellKind::number, 2),
                      num("12", 12, CellKind::number, 0)}});
  m.capaian.footnotes = {"(*) dalam proses penilaian APIP"};
  m.perjanjian = table("perjanjian", "Perjanjian Kinerja", {"indikator", "target"},
                       {{text("Indeks uji"), num("100%", 100, CellKind::percent, 0)}});
  m.warnings = table("warnings", "Peringatan", {"pesan"}, {{text("realisasi IKK1 belum final")}});
  m.provenance = table("provenance", "Asal data", {"plugin", "versi"}, {{text("manual"), text("1.0.0")}});
  return m;
}

// The Indonesian model with every optional sheet and sheet names to fix.
ReportModel full_model() {
  ReportModel m = model(Language::id);
  m.indicators = {section("IKK1", {"data Desember belum lengkap"}), section(long_id), section("ikk1"),
                  section("History"), section("anggaran")};
  m.history = table("history", "Riwayat", {"tahun", "capaian"}, {{num("2022", 2022, CellKind::integer, 0),
                                                                  num("95%", 95, CellKind::percent, 0)}});
  m.budget = table("budget", "Anggaran", {"pagu"}, {{num("Rp 1.000", 1000, CellKind::rupiah, 0)}});
  return m;
}

bool have_openpyxl() {
  static const bool have = testing::run_command({python, "-c", "import openpyxl"}).exit_code == 0;
  return have;
}

json read_back(const std::filesystem::path& file) {
  const testing::CommandResult r = testing::run_command({python, reader.string(), file.string()});
  if (r.exit_code != 0) throw std::runtime_error("read_xlsx.py failed: " + r.err);
  return json::parse(r.out);
}

std::vector<std::string> sheet_names(const json& book) {
  std::vector<std::string> names;
  for (const auto& sheet : book.at("sheets")) names.push_back(sheet.at("name").get<std::string>());
  return names;
}

// A JSON value as text, so that a failed EXPECT_EQ prints both sides readably.
std::string str(const json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

const json& sheet(const json& book, const std::string& name) {
  for (const auto& s : book.at("sheets"))
    if (s.at("name") == name) return s;
  throw std::runtime_error("no sheet " + name);
}

const json& cell(const json& sheet_json, const std::string& ref) {
  for (const auto& c : sheet_json.at("cells"))
    if (c.at("ref") == ref) return c;
  throw std::runtime_error("no cell " + ref + " in " + sheet_json.at("name").get<std::string>());
}

bool has_text(const json& sheet_json, const std::string& value) {
  for (const auto& c : sheet_json.at("cells"))
    if (c.at("value") == value) return true;
  return false;
}

class Xlsx : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!have_openpyxl()) GTEST_SKIP() << python << " cannot import openpyxl (Debian: python3-openpyxl)";
  }
  json write_and_read(const ReportModel& m) {
    const auto file = dir_.path() / "report.xlsx";
    write_xlsx(m, file);
    return read_back(file);
  }
  testing::TempDir dir_;
};

TEST_F(Xlsx, SheetsComeInOrderWithValidUniqueNames) {
  const json book = write_and_read(full_model());
  EXPECT_THAT(sheet_names(book),
              ::testing::ElementsAre("Capaian Kinerja", "IKK1", long_id_sheet, "ikk1 (2)", "History (2)", "anggaran (2)",
                                     "Riwayat & Renstra", "Anggaran", "Peringatan & Asal Data"));
  // The sanitized sheet keeps the full id in its first cell.
  EXPECT_EQ(str(cell(sheet(book, long_id_sheet), "A1").at("value")), long_id + " \u2014 Indeks uji " + long_id);
}

TEST_F(Xlsx, OptionalSheetsAreLeftOutAndEnglishNamesUsed) {
  ReportModel m = model(Language::en);
  m.indicators = {section("IKK1")};
  const json book = write_and_read(m);
  EXPECT_THAT(sheet_names(book), ::testing::ElementsAre("Performance", "IKK1", "Warnings & Provenance"));
}

TEST_F(Xlsx, NumbersAreStoredAtFullPrecisionWithIndonesianFormats) {
  const json capaian = sheet(write_and_read(full_model()), "Capaian Kinerja");
  const json& percent = cell(capaian, "C3");
  EXPECT_EQ(str(percent.at("type")), "n");
  EXPECT_DOUBLE_EQ(percent.at("value").get<double>(), 13.508333);
  EXPECT_EQ(str(percent.at("number_format")), "[$-421]#,##0.00\"%\"");
  EXPECT_DOUBLE_EQ(cell(capaian, "D3").at("value").get<double>(), 10684298000.0);
  EXPECT_EQ(str(cell(capaian, "D3").at("number_format")), "[$-421]\"Rp \"#,##0");
  EXPECT_EQ(str(cell(capaian, "A3").at("number_format")), "[$-421]#,##0");
  EXPECT_EQ(str(cell(capaian, "F3").at("number_format")), "[$-421]#,##0.00");
  EXPECT_EQ(str(cell(capaian, "F4").at("number_format")), "[$-421]#,##0");  // a number with 0 decimals
  EXPECT_EQ(str(cell(capaian, "E3").at("type")), "n");
  EXPECT_TRUE(cell(capaian, "E3").at("bold"));  // emphasis
  EXPECT_FALSE(percent.at("bold"));
}

TEST_F(Xlsx, EnglishFormatsCarryNoLocaleTag) {
  const json capaian = sheet(write_and_read(model(Language::en)), "Performance");
  EXPECT_EQ(str(cell(capaian, "C3").at("number_format")), "#,##0.00\"%\"");
  EXPECT_EQ(str(cell(capaian, "D3").at("number_format")), "\"Rp \"#,##0");
  EXPECT_EQ(str(cell(capaian, "E3").at("number_format")), "#,##0");
  EXPECT_EQ(str(cell(capaian, "F3").at("number_format")), "#,##0.00");
  EXPECT_DOUBLE_EQ(cell(capaian, "C3").at("value").get<double>(), 13.508333);
}

TEST_F(Xlsx, TextThatLooksLikeAFormulaStaysAString) {
  const json book = write_and_read(full_model());
  const json& capaian = sheet(book, "Capaian Kinerja");
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"B3", formula_text}, {"A4", "<b>markup</b>"}, {"B4", "-5 bukan angka"}, {"C4", "+62 21 123"}, {"D4", "@SUM(A1)"},
      {"E4", "-"}};  // a NaN number is shown as its text
  for (const auto& [ref, value] : expected) {
    EXPECT_EQ(str(cell(capaian, ref).at("type")), "s") << ref;
    EXPECT_EQ(str(cell(capaian, ref).at("value")), value) << ref;
  }
  for (const auto& s : book.at("sheets")) {
    for (const auto& c : s.at("cells")) {
      EXPECT_NE(str(c.at("type")), "f") << s.at("name") << "!" << c.at("ref");
      EXPECT_FALSE(c.contains("hyperlink")) << s.at("name") << "!" << c.at("ref");
    }
  }
}

TEST_F(Xlsx, TitlesFootnotesWarningsAndProvenanceAreThere) {
  const json book = write_and_read(full_model());
  const json& capaian = sheet(book, "Capaian Kinerja");
  EXPECT_EQ(str(cell(capaian, "A1").at("value")), "Capaian Kinerja 2023");
  EXPECT_TRUE(cell(capaian, "A1").at("bold"));
  EXPECT_EQ(str(cell(capaian, "C2").at("value")), "capaian");  // header
  EXPECT_TRUE(cell(capaian, "C2").at("bold"));
  EXPECT_EQ(str(cell(capaian, "A5").at("value")), "(*) dalam proses penilaian APIP");
  EXPECT_EQ(str(capaian.at("freeze_panes")), "A3");  // under the header
  EXPECT_TRUE(has_text(capaian, "Perjanjian Kinerja"));

  const json& ikk1 = sheet(book, "IKK1");
  EXPECT_TRUE(has_text(ikk1, "Rincian IKK1"));
  EXPECT_TRUE(has_text(ikk1, "data Desember belum lengkap"));

  const json& last = sheet(book, "Peringatan & Asal Data");
  EXPECT_TRUE(has_text(last, "realisasi IKK1 belum final"));
  EXPECT_TRUE(has_text(last, "1.0.0"));
  EXPECT_TRUE(has_text(sheet(book, "Riwayat & Renstra"), "Riwayat"));
  EXPECT_TRUE(has_text(sheet(book, "Anggaran"), "pagu"));

  EXPECT_EQ(str(book.at("properties").at("title")), "Laporan Kinerja Biro Hubungan Masyarakat Tahun 2023");
  EXPECT_EQ(str(book.at("custom_properties").at("Language")), "id");
}

TEST(XlsxErrors, AMissingDirectoryThrowsNamingTheFile) {
  testing::TempDir dir;
  const auto file = dir.path() / "no-such-dir" / "report.xlsx";
  try {
    write_xlsx(model(Language::id), file);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr(file.string()));
    EXPECT_THAT(e.what(), HasSubstr("creating output xlsx file"));  // libxlsxwriter's error
  }
  EXPECT_FALSE(std::filesystem::exists(file));
}

}  // namespace
}  // namespace kinerja::report
