// Tests of kinerja/sdk/table.hpp: exports read as a plugin's fields. The
// header under title rows, columns by alias or by config, typed values,
// blank and bad-row policies, value maps, constants, several sources and
// files, workbooks, and the plugin's own rejections. Every expected value
// is worked by hand from the file in the test.
#include <kinerja/sdk/table.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <type_traits>
#include <vector>

#include "kinerja_test_paths.hpp"
#include "temp_dir.hpp"

namespace kinerja::sdk {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using kinerja::testing::TempDir;

// The complaint log's fields, in this order.
enum : std::size_t { tanggal, status, nilai, tindak_lanjut, kanal };

Fields complaint_fields() {
  Fields f;
  f.date("tanggal", "Received.").columns({"tanggal", "tanggal diterima", "date"});
  f.category("status", {"selesai", "proses", "ditolak"}, "State.").columns({"status", "state"}).words({{"done", "selesai"}});
  f.number("nilai", "Score.").columns({"nilai", "skor"});
  f.flag("tindak_lanjut", "Followed up.").columns({"tindak lanjut", "follow up"}).optional();
  f.text("kanal", "Channel.").columns({"kanal", "channel"}).optional();
  return f;
}

std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(KINERJA_SOURCE_DIR) / "tests/sdk/fixtures" / name;
}

class TableTest : public ::testing::Test {
 protected:
  // The spec of `value` (relative to the test's folder), which must parse.
  const TableSpec& spec(const json& value, const Fields& of) {
    std::vector<Problem> problems;
    auto parsed = TableSpec::parse(value, of, dir.path(), "/p", problems);
    if (!parsed) {
      ADD_FAILURE() << problems.at(0).path << ": " << problems.at(0).message;
      parsed = TableSpec{};
    }
    specs_.push_back(std::make_unique<TableSpec>(std::move(*parsed)));
    return *specs_.back();
  }
  std::string path(const std::string& name) const { return (dir.path() / name).string(); }

  // The message of what reading the whole table throws.
  template <class Error = InputError>
  std::string error_of(const json& value, const Fields& of) { return error_of<Error>(spec(value, of), of); }
  template <class Error = InputError>
  std::string error_of(const TableSpec& s, const Fields& of) {
    try {
      Table table(s, of);
      Record r;
      while (table.next(r)) {
      }
    } catch (const Error& e) {
      return e.what();
    }
    return "(no error)";
  }

  TempDir dir;
  const Fields fields = complaint_fields();

 private:
  std::vector<std::unique_ptr<TableSpec>> specs_;
};

// The table keeps references to its spec and fields: temporaries would dangle.
static_assert(!std::is_constructible_v<Table, TableSpec, const Fields&>);
static_assert(!std::is_constructible_v<Table, const TableSpec&, Fields>);
static_assert(!std::is_constructible_v<Table, TableSpec, Fields, const Host*>);
static_assert(std::is_constructible_v<Table, const TableSpec&, const Fields&, const Host*>);

TEST_F(TableTest, TheHeaderIsFoundUnderTitleRows) {
  dir.write("a.csv",
            "Rekap Pengaduan Masyarakat 2024\nBiro Humas\n\n"
            "No;Tanggal Diterima;Status;Skor;Kanal;Tindak Lanjut\n"
            "1;05/01/2024;Selesai;85,5;SP4N-LAPOR!;ya\n"
            "2;2024-01-06;done;90;WhatsApp;Tidak\n"
            "3;7 Februari 2024;Ditolak;0,25;;-\n");
  const TableSpec& s = spec("a.csv", fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.line(), 5u);
  EXPECT_EQ(r.date(tanggal).iso(), "2024-01-05");
  EXPECT_EQ(r.category(status), 0u);  // selesai
  EXPECT_EQ(r.number(nilai), 85.5);   // a ';' file writes decimal commas
  EXPECT_TRUE(r.flag(tindak_lanjut));
  EXPECT_EQ(r.text(kanal), "SP4N-LAPOR!");
  EXPECT_EQ(r.raw(nilai), "85,5");
  EXPECT_EQ(r.column(tanggal), "Tanggal Diterima");
  EXPECT_EQ(r.location(tanggal), path("a.csv") + ":5: column 'Tanggal Diterima'");
  EXPECT_EQ(r.location(), path("a.csv") + ":5");
  EXPECT_EQ(r.source().name(), "a.csv");
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.line(), 6u);
  EXPECT_EQ(r.date(tanggal).iso(), "2024-01-06");
  EXPECT_EQ(r.category(status), 0u);  // "done", a word the plugin understands
  EXPECT_EQ(r.number(nilai), 90.0);
  EXPECT_FALSE(r.flag(tindak_lanjut));
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(tanggal).iso(), "2024-02-07");
  EXPECT_EQ(r.category(status), 2u);  // ditolak
  EXPECT_EQ(r.number(nilai), 0.25);
  EXPECT_TRUE(r.has(tindak_lanjut));
  EXPECT_FALSE(r.flag(tindak_lanjut));  // "-"
  EXPECT_FALSE(r.has(kanal));           // blank, and the field is optional
  EXPECT_TRUE(r.in_file(kanal));
  EXPECT_FALSE(table.next(r));
  EXPECT_FALSE(table.next(r));  // and stays at its end
  EXPECT_EQ(table.breakdown(), (json{{"rows", 3}, {"rows_used", 3}, {"bad_rows_skipped", 0}, {"blank_skipped", json::object()},
                                     {"sources", {{{"file", "a.csv"}, {"header_row", 4}, {"rows", 3}, {"delimiter", ";"}}}}}));
  EXPECT_TRUE(table.warnings().empty());
  EXPECT_EQ(table.files(), (std::vector<std::string>{path("a.csv")}));
}

TEST_F(TableTest, AGivenHeaderRow) {
  dir.write("h.csv", "tanggal,status,nilai\nx,y\ntanggal,status,nilai\n2024-01-05,proses,3\n");
  // Found by itself, the first line is the header, and line 2 is short.
  EXPECT_EQ(error_of("h.csv", fields), path("h.csv") + ":2: expected 3 fields (as the header), found 2");
  const TableSpec& s = spec({{"file", "h.csv"}, {"header_row", 3}}, fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.line(), 4u);
  EXPECT_EQ(r.category(status), 1u);
  EXPECT_FALSE(table.next(r));
  EXPECT_EQ(table.breakdown()["sources"][0]["header_row"], 3);
}

TEST_F(TableTest, AGivenHeaderRowThatIsNotThere) {
  dir.write("h.csv", "judul\n\ntanggal,status,nilai\n2024-01-05,proses,3\n");
  EXPECT_EQ(error_of({{"file", "h.csv"}, {"header_row", 10}}, fields), path("h.csv") + ":10: the file ends before header_row 10");
  EXPECT_EQ(error_of({{"file", "h.csv"}, {"header_row", 2}}, fields), path("h.csv") + ":2: header_row 2 is blank");
  EXPECT_EQ(error_of<ConfigError>({{"file", "h.csv"}, {"header_row", 1}}, fields),
            "h.csv: no column 'tanggal' for tanggal (row 1 has 'judul')");
}

TEST_F(TableTest, ColumnsByAliasAndByConfig) {
  dir.write("alias.csv", "Date, STATE ,Skor\n2024-01-05,proses,3\n");
  {
    const TableSpec& s = spec("alias.csv", fields);
    Table table(s, fields);
    Record r;
    ASSERT_TRUE(table.next(r));
    EXPECT_EQ(r.column(tanggal), "Date");
    EXPECT_EQ(r.column(status), "STATE");  // headers are matched and shown trimmed
    EXPECT_EQ(r.number(nilai), 3.0);
    EXPECT_FALSE(r.in_file(kanal));
    EXPECT_EQ(r.column(kanal), "");
  }
  // A configured column wins over the aliases, even where both are there.
  dir.write("both.csv", "Tanggal,Tgl Masuk,Status,Nilai Akhir\n2024-01-05,2024-02-01,proses,4\n");
  const TableSpec& s = spec({{"file", "both.csv"}, {"columns", {{"tanggal", "tgl_masuk"}, {"nilai", {{"column", "Nilai Akhir"}}}}}}, fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.column(tanggal), "Tgl Masuk");
  EXPECT_EQ(r.date(tanggal).iso(), "2024-02-01");
  EXPECT_EQ(r.number(nilai), 4.0);
}

TEST_F(TableTest, AMissingColumnIsRefusedNamingTheColumnsThereAre) {
  dir.write("m.csv", "Tanggal,Nilai\n2024-01-05,3\n");
  EXPECT_THAT(error_of<ConfigError>("m.csv", fields),
              StartsWith("m.csv: no header row with the columns 'status' in the first 2 rows; the closest, row 1, has "
                         "'Tanggal', 'Nilai' (name the columns with \"columns\", e.g. {\"status\": "));
  dir.write("typo.csv", "Tanggal,Statsu,Nilai\n2024-01-05,proses,3\n");
  EXPECT_THAT(error_of<ConfigError>("typo.csv", fields),
              HasSubstr("typo.csv: no header row with the columns 'status' (did you mean 'Statsu'?) in the first 2 rows"));
  dir.write("c.csv", "Tanggal,Status,Nilai\n2024-01-05,proses,3\n");
  EXPECT_THAT(error_of<ConfigError>({{"file", "c.csv"}, {"columns", {{"status", "Keadaan"}}}}, fields),
              HasSubstr("c.csv: no header row with the columns 'Keadaan' (status) in the first 2 rows; the closest, row 1, "
                        "has 'Tanggal', 'Status', 'Nilai'"));
  dir.write("empty.csv", "");
  EXPECT_EQ(error_of<ConfigError>("empty.csv", fields), "empty.csv: no rows (an empty file or sheet)");
}

TEST_F(TableTest, ACheckOfHeadersReadsNoRowButFindsAMissingColumnInALaterFile) {
  dir.write("data/1.csv", "tanggal,status,nilai\n2024-01-05,bagus,x\n");  // bad rows: not read by the check
  dir.write("data/2.csv", "tanggal,nilai\n2024-01-05,3\n");
  const TableSpec& s = spec("data/*.csv", fields);
  Table table(s, fields);
  try {
    table.check_headers();
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("2.csv: no header row with the columns 'status'"));
  }
}

TEST_F(TableTest, BlankPolicies) {
  dir.write("b.csv", "tanggal,status,nilai\n2024-01-05,,1\n2024-01-06,proses,2\n2024-01-07,  ,3\n");
  EXPECT_EQ(error_of("b.csv", fields), path("b.csv") + ":2: column 'status': blank status (say \"blank\": \"skip\" to leave "
                                                       "such rows out)");
  {
    const TableSpec& s = spec({{"file", "b.csv"}, {"columns", {{"status", {{"blank", "skip"}}}}}}, fields);
    Table table(s, fields);
    Record r;
    ASSERT_TRUE(table.next(r));
    EXPECT_EQ(r.line(), 3u);
    EXPECT_FALSE(table.next(r));
    EXPECT_EQ(table.blank_skipped(status), 2u);
    EXPECT_EQ(table.rows(), 3u);
    EXPECT_THAT(table.warnings(), ElementsAre("2 row(s) with a blank status left out (blank: skip)"));
    EXPECT_EQ(table.breakdown()["blank_skipped"], (json{{"status", 2}}));
    EXPECT_EQ(table.breakdown()["rows_used"], 1);
  }
  {  // "empty" only for a field the plugin reads as possibly absent: else a blank would count as some value
    std::vector<Problem> problems;
    EXPECT_FALSE(TableSpec::parse({{"file", "b.csv"}, {"columns", {{"status", {{"blank", "empty"}}}}}}, fields, dir.path(),
                                  "/p", problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "/p/columns/status/blank");
    EXPECT_EQ(problems[0].message, "every row counted needs a status: a blank is \"error\" (a bad row) or \"skip\" (left "
                                   "out, counted once), or give it a meaning with \"map\": {\"\": ...}");
  }
  {  // a field that may be absent: "empty" is its default, and "error" can ask for it
    Fields declared;
    declared.date("tanggal", "").text("status", "").optional().number("nilai", "");
    const TableSpec& strict = spec({{"file", "b.csv"}, {"columns", {{"status", {{"blank", "error"}}}}}}, declared);
    EXPECT_THAT(error_of(strict, declared), ::testing::EndsWith("blank status (say \"blank\": \"skip\" to leave such rows out, "
                                                              "or \"empty\" to keep them without it)"));
    const TableSpec& s = spec({{"file", "b.csv"}, {"columns", {{"status", {{"blank", "empty"}}}}}}, declared);
    Table table(s, declared);
    Record r;
    std::vector<bool> has;
    while (table.next(r)) has.push_back(r.has(1));
    EXPECT_EQ(has, (std::vector<bool>{false, true, false}));
    EXPECT_TRUE(table.warnings().empty());
  }
  {  // the plugin's own default
    Fields declared;
    declared.date("tanggal", "").category("status", {"selesai", "proses", "ditolak"}, "").blank(BlankPolicy::skip);
    declared.number("nilai", "");
    const TableSpec& s = spec("b.csv", declared);
    Table table(s, declared);
    Record r;
    std::size_t n = 0;
    while (table.next(r)) ++n;
    EXPECT_EQ(n, 1u);
    EXPECT_EQ(table.blank_skipped(1), 2u);
  }
}

// Seven bad rows of seven kinds and one good one.
const char* const bad_log =
    "tanggal,status,nilai\n"
    "2024-01-05,proses,abc\n"        // 2: a word in a number field
    "2024-01-06,proses,\"1.234,5\"\n"  // 3: an Indonesian number in a plain file
    "2024-13-01,proses,1\n"          // 4: no 13th month
    "2024-01-08,bagus,1\n"           // 5: not a category
    "2024-01-09,proses\n"            // 6: a field short
    "31/31/2024,proses,1\n"          // 7: no date either way round
    "2024-01-10,proses,2\n"          // 8: good
    "2024-01-11,proses,1e999\n";     // 9: out of range

TEST_F(TableTest, BadRowsStopTheReadingByDefault) {
  dir.write("bad.csv", bad_log);
  EXPECT_EQ(error_of("bad.csv", fields),
            path("bad.csv") + ":2: column 'nilai': 'abc' is not a number such as 83.96 (map words to numbers with \"map\")");
}

TEST_F(TableTest, BadRowsSkippedAreCountedWithTheFirstFiveLocations) {
  dir.write("bad.csv", bad_log);
  const TableSpec& s = spec({{"file", "bad.csv"}, {"bad_rows", "skip"}}, fields);
  Table table(s, fields);
  Record r;
  std::vector<std::size_t> lines;
  while (table.next(r)) lines.push_back(r.line());
  EXPECT_EQ(lines, (std::vector<std::size_t>{8}));
  EXPECT_EQ(table.bad_rows_skipped(), 7u);
  EXPECT_EQ(table.rows(), 8u);
  const std::string p = path("bad.csv");
  EXPECT_THAT(table.warnings(),
              ElementsAre("7 bad row(s) skipped (bad_rows: skip), the first 5: " + p +
                          ":2: column 'nilai': 'abc' is not a number such as 83.96 (map words to numbers with \"map\"); " + p +
                          ":3: column 'nilai': '1.234,5' is not a number such as 83.96 (it reads as a number with "
                          "\"numbers\": \"id\"); " +
                          p + ":4: column 'tanggal': '2024-13-01' is no date: there is no month 13; " +
                          p + ":5: column 'status': 'bagus' is not selesai, proses or ditolak (map other words with \"map\"); " + p +
                          ":6: expected 3 fields (as the header), found 2"));
  EXPECT_EQ(table.breakdown()["bad_rows_skipped"], 7);
  EXPECT_EQ(table.breakdown()["rows_used"], 1);
}

// A date that reads only month first is no bad row to skip: the column is
// in the other order, and skipping would read every day up to 12 wrongly.
TEST_F(TableTest, ADateInTheOtherOrderStopsEvenUnderSkip) {
  dir.write("mdy.csv", "tanggal,status,nilai\n01/05/2024,proses,1\n01/31/2024,proses,1\n");
  const std::string expected = path("mdy.csv") + ":3: column 'tanggal': '01/31/2024' is a date only with \"dates\": "
                               "\"MDY\" (month first, as a US-locale export writes it): say so for this column or "
                               "file, or every day up to 12 is read the wrong way round";
  EXPECT_EQ(error_of<ConfigError>("mdy.csv", fields), expected);
  const TableSpec& skipping = spec({{"file", "mdy.csv"}, {"bad_rows", "skip"}}, fields);
  Table refused(skipping, fields);
  Record r;
  EXPECT_TRUE(refused.next(r));  // 01/05/2024 reads day first: nothing to tell yet
  EXPECT_THROW(refused.next(r), ConfigError);
  const TableSpec& s = spec({{"file", "mdy.csv"}, {"dates", "MDY"}}, fields);
  Table table(s, fields);
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(tanggal).iso(), "2024-01-05");
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(tanggal).iso(), "2024-01-31");
}

// A budget sheet as SIPD exports it: program rows, kegiatan rows, a total
// and a signature line. drop leaves out the rows that are no kegiatan,
// by the text of a column; keep would keep only those that match.
TEST_F(TableTest, KeepAndDropLeaveRowsOutByAColumnsText) {
  dir.write("lra.csv", "Kode;Uraian;Pagu\n1.01;Program Informasi;300\n1.01.01;Kegiatan A;100\n1.01.02;Kegiatan B;200\n"
                       ";JUMLAH;300\n;Mengetahui, Kepala Dinas;\n");
  Fields f;
  f.text("uraian", "").columns({"uraian"});
  f.number("pagu", "").columns({"pagu"});
  const TableSpec& dropped = spec({{"file", "lra.csv"}, {"drop", {{"Uraian", {"Program *", "jumlah", "Mengetahui*"}}}}}, f);
  Table a(dropped, f);
  Record r;
  double sum = 0;
  while (a.next(r)) sum += r.number(1);
  EXPECT_EQ(sum, 300.0);  // Kegiatan A and B only
  EXPECT_EQ(a.breakdown()["sources"][0]["rows_left_out"], 3);
  const TableSpec& kept = spec({{"file", "lra.csv"}, {"keep", {{"Kode", "*.*.*"}}}}, f);
  Table b(kept, f);
  std::vector<std::string> names;
  while (b.next(r)) names.emplace_back(r.text(0));
  EXPECT_THAT(names, ElementsAre("Kegiatan A", "Kegiatan B"));
  EXPECT_EQ(error_of<ConfigError>({{"file", "lra.csv"}, {"drop", {{"Keterangan", "x"}}}}, f), "lra.csv: no column 'Keterangan' to drop rows by (row 1 has 'Kode', "
                                               "'Uraian', 'Pagu')");
}

// Without drop, the total line is a bad row that says how to leave it out.
TEST_F(TableTest, ATotalLineThatIsABadRowSaysHowToDropIt) {
  dir.write("register.csv", "No,Tanggal,Status\n1,2024-01-05,proses\n,JUMLAH,\n");
  Fields f;
  f.date("tanggal", "");
  f.text("status", "").optional();
  EXPECT_THAT(error_of("register.csv", f),
              HasSubstr("(a total or footer line? leave it out: \"drop\": {\"Tanggal\": [\"JUMLAH*\"]})"));
}

// A register whose header spans two rows: "Tanggal" merged over
// "Diterima | Dijawab", and a column whose header cell is empty, named by
// its letter.
TEST_F(TableTest, AHeaderOverTwoRowsAndAColumnByItsLetter) {
  dir.write("reg.csv", "REGISTER PPID,,,\nNo,Tanggal,,\n,Diterima,Dijawab,\n1,2024-01-05,2024-01-08,Ya\n");
  Fields f;
  f.date("received", "").columns({"tanggal diterima"});
  f.date("answered", "").columns({"tanggal dijawab"});
  f.flag("extension", "").columns({"perpanjangan"});
  const TableSpec& s = spec({{"file", "reg.csv"}, {"header_rows", 2}, {"columns", {{"extension", {{"letter", "D"}}}}}}, f);
  Table table(s, f);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(0).iso(), "2024-01-05");
  EXPECT_EQ(r.date(1).iso(), "2024-01-08");
  EXPECT_TRUE(r.flag(2));
  EXPECT_EQ(r.column(2), "D");
  EXPECT_EQ(table.breakdown()["sources"][0]["header_row"], 2);
}

TEST_F(TableTest, ADashIsABlankAndARepeatedHeaderIsNoRow) {
  dir.write("dash.csv", "tanggal,status,nilai\n2024-01-05,proses,-\ntanggal,status,nilai\n2024-01-06,proses,2\n");
  Fields f;
  f.date("tanggal", "");
  f.category("status", {"selesai", "proses", "ditolak"}, "");
  f.number("nilai", "").blank(BlankPolicy::empty);
  const TableSpec& s = spec({{"file", "dash.csv"}}, f);
  Table table(s, f);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_FALSE(r.has(2));  // "-": none yet
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.line(), 4u);  // line 3 repeats the header: skipped, not a bad row
  EXPECT_EQ(table.bad_rows_skipped(), 0u);
}

TEST_F(TableTest, APlainNumberIsADateOnlyInTheRangeOfDaySerials) {
  const std::filesystem::path book = dir.path() / "serials.xlsx";
  const std::string script = "import openpyxl\nb = openpyxl.Workbook()\ns = b.active\ns.append(['tanggal', 'status', 'nilai'])\n"
                             "s.append([45292, 'proses', 1])\ns.append([2024, 'proses', 1])\nb.save('" + book.string() + "')\n";
  ASSERT_EQ(std::system(("/usr/bin/python3 -c \"" + script + "\"").c_str()), 0);
  const TableSpec& s = spec({{"file", "serials.xlsx"}, {"bad_rows", "skip"}}, fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(tanggal).iso(), "2024-01-01");  // 45292, a serial
  EXPECT_FALSE(table.next(r));                     // 2024 is a year, not 1905-07-16
  EXPECT_EQ(table.bad_rows_skipped(), 1u);
}

TEST_F(TableTest, FieldCountsAndBlankRows) {
  dir.write("n.csv", "tanggal,status,nilai\n2024-01-05,proses,1,,\n,,\n\n2024-01-06,proses,2,x\n");
  const TableSpec& s = spec({{"file", "n.csv"}, {"bad_rows", "skip"}}, fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));  // padded with empty fields, as spreadsheets write
  EXPECT_EQ(r.number(nilai), 1.0);
  EXPECT_FALSE(table.next(r));
  EXPECT_EQ(table.rows(), 2u);  // a row of empty fields is no row
  EXPECT_THAT(table.warnings(), ElementsAre("1 bad row(s) skipped (bad_rows: skip): " + path("n.csv") +
                                            ":5: expected 3 fields (as the header), found 4"));
}

TEST_F(TableTest, ValueMapsWithStarAndBlankKeys) {
  dir.write("v.csv",
            "tanggal,status,nilai,tindak lanjut\n"
            "2024-01-05,Tuntas,Sangat Baik,Sudah dibalas via email\n"
            "2024-01-06,Menunggu,2,\n"
            "2024-01-07,ditolak,baik,tidak\n");
  const TableSpec& s = spec({{"file", "v.csv"},
                             {"columns",
                              {{"status", {{"map", {{"Tuntas", "selesai"}, {"*", "proses"}}}}},
                               {"nilai", {{"map", {{"Sangat Baik", 4}, {"Baik", 3}}}}},
                               {"tindak_lanjut", {{"map", {{"*", "ya"}, {"", "tidak"}}}}}}}},
                            fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.category(status), 0u);  // Tuntas -> selesai
  EXPECT_EQ(r.number(nilai), 4.0);
  EXPECT_TRUE(r.flag(tindak_lanjut));  // any entry
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.category(status), 1u);  // "*" -> proses
  EXPECT_EQ(r.number(nilai), 2.0);    // a number needs no map
  EXPECT_TRUE(r.has(tindak_lanjut));  // a blank the map names
  EXPECT_FALSE(r.flag(tindak_lanjut));
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(nilai), 3.0);
  // "*" is any OTHER word: the words the field knows keep their meaning.
  EXPECT_EQ(r.category(status), 2u);    // ditolak, not "*" -> proses
  EXPECT_FALSE(r.flag(tindak_lanjut));  // tidak, not "*" -> ya
}

TEST_F(TableTest, AFlagsNoInWordsIsNotTakenByTheMapsStar) {
  // A PPID register's extension column: a date where there was one, and the
  // "no" written out. "*" -> ya would count "tidak diperpanjang" as yes.
  dir.write("f.csv",
            "tanggal,status,nilai,tindak lanjut\n"
            "2024-01-05,proses,1,12/01/2024\n"
            "2024-01-06,proses,1,Tidak diperpanjang\n"
            "2024-01-07,proses,1,belum\n"
            "2024-01-08,proses,1,No extension\n"
            "2024-01-09,proses,1,\n");
  const TableSpec& s = spec({{"file", "f.csv"}, {"columns", {{"tindak_lanjut", {{"map", {{"*", "ya"}, {"", "tidak"}}}}}}}}, fields);
  Table table(s, fields);
  Record r;
  std::vector<bool> flags;
  while (table.next(r)) flags.push_back(r.flag(tindak_lanjut));
  EXPECT_THAT(flags, ElementsAre(true, false, false, false, false));
}

TEST_F(TableTest, AQuestionnairesAnswerLetterIsNoPartOfTheWord) {
  dir.write("l.csv", "tanggal,status,nilai\n2024-01-05,proses,d. Sangat Baik\n2024-01-06,proses,b) Baik\n");
  const TableSpec& s = spec({{"file", "l.csv"}, {"columns", {{"nilai", {{"map", {{"Sangat Baik", 4}, {"Baik", 3}}}}}}}}, fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(nilai), 4.0);
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(nilai), 3.0);
}

TEST_F(TableTest, AWordTheMapLacksNamesTheMapsWords) {
  dir.write("w.csv", "tanggal,status,nilai\n2024-01-05,proses,Cukup\n2024-01-06,proses,Sangat Baek\n");
  const TableSpec& s = spec({{"file", "w.csv"}, {"bad_rows", "skip"}, {"columns", {{"nilai", {{"map", {{"Sangat Baik", 4}, {"Baik", 3}}}}}}}},
                            fields);
  Table table(s, fields);
  Record r;
  EXPECT_FALSE(table.next(r));
  const std::string p = path("w.csv");
  EXPECT_THAT(table.warnings(),
              ElementsAre("2 bad row(s) skipped (bad_rows: skip): " + p +
                          ":2: column 'nilai': 'Cukup' is not in the map of nilai (it has 'baik', 'sangat baik') nor a "
                          "number such as 83.96; " +
                          p + ":3: column 'nilai': 'Sangat Baek' is not in the map of nilai (did you mean 'sangat baik'?) nor "
                              "a number such as 83.96"));
}

TEST_F(TableTest, AMapWhoseValuesTheFieldCannotHoldIsRefused) {
  dir.write("v.csv", "tanggal,status,nilai\n2024-01-05,proses,1\n");
  EXPECT_EQ(error_of<ConfigError>({{"file", "v.csv"}, {"columns", {{"status", {{"map", {{"Tuntas", "beres"}}}}}}}}, fields),
            "map of status: 'tuntas' -> \"beres\" is not one of selesai, proses, ditolak");
  EXPECT_EQ(error_of<ConfigError>({{"file", "v.csv"}, {"columns", {{"nilai", {{"map", {{"Baik", "tiga"}}}}}}}}, fields),
            "map of nilai: 'baik' -> \"tiga\" is not a number");
}

TEST_F(TableTest, ASourceMapAppliesToTheFieldsItFits) {
  // A source-level "map" (one scale for every answer column) applies to the
  // fields whose values it can hold: the number field takes it, the category
  // field of the same table is not refused for it.
  dir.write("s.csv", "tanggal,status,nilai\n2024-01-05,proses,Baik\n");
  const TableSpec& s = spec({{"file", "s.csv"}, {"map", {{"Sangat Baik", 4}, {"Baik", 3}}}}, fields);
  try {
    Table table(s, fields);
    Record r;
    ASSERT_TRUE(table.next(r));
    EXPECT_EQ(r.number(nilai), 3.0);
    EXPECT_EQ(r.category(status), 1u);
  } catch (const ConfigError& e) {
    FAIL() << e.what();
  }
}

TEST_F(TableTest, ConstantsGivenAsValues) {
  dir.write("k.csv", "status,nilai\nproses,1\nselesai,2\n");
  const TableSpec& s = spec({{"file", "k.csv"},
                             {"columns", {{"tanggal", {{"value", "31/01/2024"}}}, {"kanal", {{"value", "Online"}}},
                                          {"tindak_lanjut", {{"value", "ya"}}}}}},
                            fields);
  Table table(s, fields);
  Record r;
  std::size_t n = 0;
  while (table.next(r)) {
    ++n;
    EXPECT_EQ(r.date(tanggal).iso(), "2024-01-31");
    EXPECT_EQ(r.text(kanal), "Online");
    EXPECT_TRUE(r.has(kanal));
    EXPECT_TRUE(r.flag(tindak_lanjut));
    EXPECT_EQ(r.location(kanal), r.location());  // no column to name
  }
  EXPECT_EQ(n, 2u);
  // A constant date follows the configured order.
  const TableSpec& mdy = spec({{"file", "k.csv"}, {"dates", "MDY"}, {"columns", {{"tanggal", {{"value", "01/31/2024"}}}}}}, fields);
  Table other(mdy, fields);
  ASSERT_TRUE(other.next(r));
  EXPECT_EQ(r.date(tanggal).iso(), "2024-01-31");
  // Category and number constants.
  const TableSpec& more = spec({{"file", "k.csv"}, {"columns", {{"status", {{"value", "done"}}}, {"nilai", {{"value", 7}}},
                                                               {"tanggal", {{"value", "2024-03-01"}}}}}},
                               fields);
  Table third(more, fields);
  ASSERT_TRUE(third.next(r));
  EXPECT_EQ(r.category(status), 0u);
  EXPECT_EQ(r.number(nilai), 7.0);
}

TEST_F(TableTest, TwoSourcesWithDifferentHeaders) {
  dir.write("a.csv", "Tanggal;Status;Nilai\n05/01/2024;selesai;85,5\n");
  dir.write("b.csv", "Tgl,Keadaan,Skor,Kanal\n2024-01-06,proses,90.5,Email\n");
  const TableSpec& s = spec(json::array({"a.csv", {{"file", "b.csv"}, {"columns", {{"tanggal", "Tgl"}, {"status", "Keadaan"}}}}}), fields);
  Table table(s, fields);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(nilai), 85.5);
  EXPECT_EQ(r.column(tanggal), "Tanggal");
  EXPECT_FALSE(r.in_file(kanal));
  EXPECT_EQ(r.source().name(), "a.csv");
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(nilai), 90.5);  // a ',' file writes decimal points
  EXPECT_EQ(r.column(tanggal), "Tgl");
  EXPECT_EQ(r.category(status), 1u);
  EXPECT_EQ(r.text(kanal), "Email");
  EXPECT_TRUE(r.in_file(kanal));
  EXPECT_EQ(r.source().name(), "b.csv");
  EXPECT_FALSE(table.next(r));
  EXPECT_EQ(table.breakdown()["sources"],
            (json{{{"file", "a.csv"}, {"header_row", 1}, {"rows", 1}, {"delimiter", ";"}},
                  {{"file", "b.csv"}, {"header_row", 1}, {"rows", 1}, {"delimiter", ","}}}));
}

TEST_F(TableTest, SeveralFilesOfOneSource) {
  dir.write("data/2024-01.csv", "tanggal,status,nilai\n2024-01-05,proses,1\n2024-01-06,proses,2\n");
  dir.write("data/2024-02.csv", "Rekap Februari\ntanggal,status,nilai,kanal\n2024-02-05,proses,3,web\n");
  dir.write("data/2024-03.csv", "tanggal;status;nilai\n2024-03-05;proses;4,5\n");
  const TableSpec& s = spec("data/*.csv", fields);
  Table table(s, fields);
  Record r;
  std::vector<double> values;
  std::vector<std::string> names;
  while (table.next(r)) {
    values.push_back(r.number(nilai));
    names.push_back(r.source().name() + ":" + std::to_string(r.line()));
  }
  EXPECT_EQ(values, (std::vector<double>{1, 2, 3, 4.5}));
  EXPECT_EQ(names, (std::vector<std::string>{"2024-01.csv:2", "2024-01.csv:3", "2024-02.csv:3", "2024-03.csv:2"}));
  EXPECT_EQ(table.files(), (std::vector<std::string>{path("data/2024-01.csv"), path("data/2024-02.csv"), path("data/2024-03.csv")}));
  const json sources = table.breakdown()["sources"];
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_EQ(sources[1], (json{{"file", "2024-02.csv"}, {"header_row", 2}, {"rows", 1}, {"delimiter", ","}}));
}

// The workbook's fields: two date columns, one read as a date and one as text.
enum : std::size_t { x_tanggal, x_nilai, x_selesai, x_catatan, x_persen, x_lokal };
Fields workbook_fields() {
  Fields f;
  f.date("tanggal", "").columns({"Tanggal"});
  f.number("nilai", "");
  f.flag("selesai", "");
  f.text("catatan", "");
  f.number("persen", "").optional();
  f.text("lokal", "").columns({"Tgl Lokal"}).optional();
  return f;
}

TEST_F(TableTest, AWorkbookWithDateSerialsInDateAndTextFields) {
  const Fields wf = workbook_fields();
  const TableSpec& s = spec({{"file", fixture("book.xlsx").string()}, {"numbers", "id"}, {"columns", {{"tanggal", {{"blank", "skip"}}}}}}, wf);
  Table table(s, wf);
  Record r;
  ASSERT_TRUE(table.next(r));  // row 4
  EXPECT_EQ(r.line(), 4u);
  EXPECT_EQ(r.date(x_tanggal).iso(), "2024-01-05");  // serial 45296
  EXPECT_EQ(r.raw(x_tanggal), "45296");
  EXPECT_EQ(r.number(x_nilai), 85.5);
  EXPECT_TRUE(r.flag(x_selesai));  // a boolean cell
  EXPECT_EQ(r.text(x_catatan), "shared teks");
  EXPECT_EQ(r.number(x_persen), 0.125);  // a percent cell holds the fraction
  EXPECT_EQ(r.text(x_lokal), "2024-08-17");  // a date cell as text is its ISO date
  EXPECT_EQ(r.raw(x_lokal), "45521");
  EXPECT_EQ(r.location(x_tanggal), fixture("book.xlsx").string() + " [Pengaduan] row 4: column 'Tanggal'");
  ASSERT_TRUE(table.next(r));  // row 5
  EXPECT_EQ(r.date(x_tanggal).iso(), "2024-01-06");  // 45297.604...: the time of day dropped
  EXPECT_EQ(r.number(x_nilai), 90.0);
  EXPECT_FALSE(r.flag(x_selesai));
  EXPECT_EQ(r.text(x_catatan), "inline teks");
  EXPECT_FALSE(r.has(x_lokal));  // H5 is not in the sheet
  ASSERT_TRUE(table.next(r));  // row 6 has no date: skipped; row 8 holds text
  EXPECT_EQ(r.line(), 8u);
  EXPECT_EQ(r.date(x_tanggal).iso(), "2024-01-05");  // "05/01/2024", day first
  EXPECT_EQ(r.raw(x_tanggal), "05/01/2024");
  EXPECT_EQ(r.number(x_nilai), 1234.5);  // "1.234,5" typed as text, numbers: id
  EXPECT_TRUE(r.flag(x_selesai));        // "ya"
  EXPECT_EQ(r.number(x_persen), 1234.0);
  EXPECT_FALSE(table.next(r));
  EXPECT_EQ(table.blank_skipped(x_tanggal), 1u);
  EXPECT_EQ(table.breakdown()["sources"],
            (json{{{"file", "book.xlsx"}, {"header_row", 3}, {"rows", 4}, {"sheet", "Pengaduan"}}}));
}

TEST_F(TableTest, AWorkbookInThe1904System) {
  Fields f;
  f.date("tanggal", "");
  f.number("nilai", "");
  const TableSpec& s = spec(fixture("mac1904.xlsx").string(), f);
  Table table(s, f);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(0).iso(), "2024-01-01");  // serial 43830 + 1462 = 45292
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.date(0).iso(), "1904-01-01");  // day 0
}

TEST_F(TableTest, AWorkbookAfterASemicolonFileKeepsItsOwnNumbers) {
  // The CSV's ';' makes its numbers decimal-comma; the workbook's text
  // "12.5" is read as the workbook writes numbers, with a point.
  Fields f;
  f.text("bulan", "");
  f.number("jumlah", "");
  dir.write("rekap.csv", "Bulan;Jumlah\n2024-03;7,5\n");
  const TableSpec& s = spec(json::array({"rekap.csv", {{"file", fixture("book.xlsx").string()}, {"sheet", "Rekap"}}}), f);
  Table table(s, f);
  Record r;
  std::vector<double> values;
  while (table.next(r)) values.push_back(r.number(1));
  EXPECT_EQ(values, (std::vector<double>{7.5, 10, 12.5}));
}

TEST_F(TableTest, IndonesianNumbers) {
  Fields f;
  f.text("program", "");
  f.number("anggaran", "");
  f.number("realisasi", "");
  f.number("capaian", "");
  dir.write("keu.csv", "Program;Anggaran;Realisasi;Capaian\nA;Rp 17.980.500.000;Rp 15.432.100.000,50;85,83%\nB;1.000;999,5;99,95 %\n");
  const TableSpec& s = spec({{"file", "keu.csv"}, {"numbers", "id"}}, f);
  Table table(s, f);
  Record r;
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(1), 17980500000.0);
  EXPECT_EQ(r.number(2), 15432100000.5);
  EXPECT_EQ(r.number(3), 85.83);
  ASSERT_TRUE(table.next(r));
  EXPECT_EQ(r.number(1), 1000.0);  // a dot groups thousands here
  EXPECT_EQ(r.number(2), 999.5);
  EXPECT_EQ(r.number(3), 99.95);
  // Without "numbers", a ';' file expects decimal commas, and says what would read.
  EXPECT_EQ(error_of("keu.csv", f), path("keu.csv") + ":2: column 'Anggaran': 'Rp 17.980.500.000' is not a number such as "
                                                      "83,96 (it reads as a number with \"numbers\": \"id\")");
}

TEST_F(TableTest, ThePluginsOwnRejections) {
  dir.write("r.csv", "tanggal,status,nilai\n2023-12-31,proses,1\n2024-01-05,proses,2\n2024-01-06,proses,3\n");
  {
    const TableSpec& s = spec("r.csv", fields);
    Table table(s, fields);
    Record r;
    ASSERT_TRUE(table.next(r));
    try {
      table.reject(r, tanggal, "before the period 2024-01-01..2024-12-31");
      FAIL() << "expected InputError";
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), path("r.csv") + ":2: column 'tanggal': before the period 2024-01-01..2024-12-31");
    }
  }
  const TableSpec& s = spec({{"file", "r.csv"}, {"bad_rows", "skip"}}, fields);
  Table table(s, fields);
  Record r;
  std::size_t kept = 0;
  while (table.next(r)) {
    if (r.line() == 2) table.reject(r, tanggal, "before the period");
    else if (r.line() == 3) table.reject(r, "answered before it was received");
    else ++kept;
  }
  EXPECT_EQ(kept, 1u);
  EXPECT_EQ(table.bad_rows_skipped(), 2u);
  EXPECT_THAT(table.warnings(), ElementsAre("2 bad row(s) skipped (bad_rows: skip): " + path("r.csv") +
                                            ":2: column 'tanggal': before the period; " + path("r.csv") +
                                            ":3: answered before it was received"));
}

}  // namespace
}  // namespace kinerja::sdk
