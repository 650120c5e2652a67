// The formula plugin's aggregates (plugins/formula/aggregates.cpp), on
// small files whose counts and sums are worked out by hand in each test.
// Each aggregate is read from its params as the plugin reads it.
#include "aggregates.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <kinerja/sdk/schema.hpp>

#include "temp_dir.hpp"

namespace kinerja::formula {
namespace {

using sdk::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// Eight complaints: two outside 2023, one Arsip, statuses padded with spaces
// as spreadsheets leave them.
constexpr const char* complaints =
    "id,tanggal,status,kanal\n"
    "1,2022-12-31,Selesai,web\n"
    "2,2023-01-01,Selesai,web\n"
    "3,15/03/2023, Proses ,sms\n"
    "4,2023-05-05,Arsip,web\n"
    "5,2023-07-01,Belum ditindaklanjuti,web\n"
    "6,2023-09-09,Selesai,sms\n"
    "7,31 Desember 2023,Belum ditindaklanjuti,sms\n"
    "8,2024-01-01,Belum ditindaklanjuti,web\n";

// An aggregate from its params (checked, then read), in a config of 2023
// whose folder is `dir`; the problems the reading finds go to `problems`.
Aggregate read(const json& params, const std::filesystem::path& dir, std::vector<sdk::Problem>& problems) {
  const auto p = aggregate_parameters();
  const auto checked = sdk::schema::check(p.schema(), params, "/a", dir, problems);
  sdk::Reading reading(problems, 2023, dir);
  return p.read(checked.params, "/a", reading);
}

Aggregate read(const json& params, const kinerja::testing::TempDir& dir) {
  std::vector<sdk::Problem> problems;
  Aggregate a = read(params, dir.path(), problems);
  EXPECT_THAT(problems, IsEmpty()) << problems.front().path << ": " << problems.front().message;
  return a;
}

std::vector<std::string> messages(const std::vector<sdk::Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.path + ": " + p.message);
  return out;
}

Tally tally(const json& params, const kinerja::testing::TempDir& dir) { return compute_aggregate(read(params, dir)); }

double value(const json& params, const kinerja::testing::TempDir& dir) {
  const Aggregate a = read(params, dir);
  return *value_of(a.function, compute_aggregate(a));
}

std::string input_error(const json& params, const kinerja::testing::TempDir& dir) {
  try {
    tally(params, dir);
  } catch (const sdk::InputError& e) {
    return e.what();
  }
  return "no InputError";
}

TEST(FormulaAggregates, CountsRows) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", complaints);
  const Tally t = tally({{"file", "c.csv"}, {"function", "count"}}, dir);
  EXPECT_EQ(t.rows_read, 8u);
  EXPECT_EQ(t.rows_matched, 8u);
  EXPECT_EQ(value_of(Function::count, t), 8.0);
  EXPECT_THAT(t.files, ElementsAre((dir.path() / "c.csv").string()));
  EXPECT_EQ(t.input["sources"][0]["delimiter"], ",");
}

TEST(FormulaAggregates, WhereAcceptsAnyListedValueComparedAsNames) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", complaints);
  // Rows 3 (" Proses "), 5, 7 and 8: case and spaces around do not matter.
  EXPECT_EQ(value({{"file", "c.csv"}, {"function", "count"},
                   {"where", {{"status", {"proses", "BELUM DITINDAKLANJUTI"}}}}}, dir),
            4.0);
}

TEST(FormulaAggregates, EveryWhereColumnMustMatch) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", complaints);
  EXPECT_EQ(value({{"file", "c.csv"}, {"function", "count"},
                   {"where", {{"status", {"Belum ditindaklanjuti"}}, {"kanal", {"sms"}}}}}, dir),
            1.0);  // row 7 only
}

TEST(FormulaAggregates, PeriodIsInclusiveAndReadsEveryDateForm) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", complaints);
  // Rows 2 (1 January) to 7 (31 Desember 2023): six; the period defaults to the config's year.
  const Tally t = tally({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"}}, dir);
  EXPECT_EQ(t.rows_read, 8u);
  EXPECT_EQ(t.rows_matched, 6u);
  // From 15 March to 1 July: rows 3, 4 and 5.
  EXPECT_EQ(value({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"},
                   {"period", {{"from", "15/03/2023"}, {"to", "2023-07-01"}}}}, dir),
            3.0);
}

TEST(FormulaAggregates, LaporShareInputs) {
  // total: 2023 without Arsip = rows 2, 3, 5, 6, 7 = 5; belum: rows 5, 7 = 2.
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", complaints);
  EXPECT_EQ(value({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"},
                   {"where", {{"status", {"Belum ditindaklanjuti", "Proses", "Selesai"}}}}}, dir),
            5.0);
  EXPECT_EQ(value({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"},
                   {"where", {{"status", {"Belum ditindaklanjuti"}}}}}, dir),
            2.0);
}

TEST(FormulaAggregates, ADateThatIsNotOneIsABadRowWithFileLineAndColumn) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", "id,tanggal\n1,2023-01-02\n2,2023-13-01\n");
  EXPECT_THAT(input_error({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"}}, dir),
              HasSubstr("c.csv:3: column 'tanggal': '2023-13-01' is no date: there is no month 13"));
}

TEST(FormulaAggregates, ARowTheFilterLeavesOutIsNotAskedForADate) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", "status,tanggal\nArsip,\nSelesai,2023-04-01\n");
  EXPECT_EQ(value({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"},
                   {"where", {{"status", {"Selesai"}}}}}, dir),
            1.0);
}

TEST(FormulaAggregates, AMatchedRowWithoutADateIsABadRow) {
  const kinerja::testing::TempDir dir;
  dir.write("c.csv", "status,tanggal\nSelesai,\nSelesai,2023-04-01\n");
  EXPECT_EQ(input_error({{"file", "c.csv"}, {"function", "count"}, {"date_column", "tanggal"}}, dir),
            (dir.path() / "c.csv").string() +
                ":2: column 'tanggal': no date, so the row cannot be placed in the period 2023-01-01..2023-12-31");
  // Skipped and counted instead, when the table says so.
  const Tally t = tally({{"file", {{"file", "c.csv"}, {"bad_rows", "skip"}}}, {"function", "count"}, {"date_column", "tanggal"}},
                        dir);
  EXPECT_EQ(value_of(Function::count, t), 1.0);
  ASSERT_EQ(t.warnings.size(), 1u);
  EXPECT_THAT(t.warnings[0], HasSubstr("1 bad row(s) skipped (bad_rows: skip): "));
  EXPECT_EQ(t.input["bad_rows_skipped"], 1);
}

TEST(FormulaAggregates, SumMeanMinMaxWithDecimalCommasInASemicolonFile) {
  // 2,5 + 3 + 4,25 = 9,75 over three numbers; the blank is skipped.
  const kinerja::testing::TempDir dir;
  dir.write("p.csv", "no;hari\n1;2,5\n2;3\n3; \n4;4,25\n");
  const json base{{"file", "p.csv"}, {"column", "hari"}};
  const auto with = [&](const char* function) {
    json p = base;
    p["function"] = function;
    return p;
  };
  EXPECT_EQ(value(with("sum"), dir), 9.75);
  EXPECT_EQ(value(with("mean"), dir), 3.25);
  EXPECT_EQ(value(with("min"), dir), 2.5);
  EXPECT_EQ(value(with("max"), dir), 4.25);
  const Tally t = tally(with("sum"), dir);
  EXPECT_EQ(t.rows_matched, 4u);
  EXPECT_EQ(t.blanks_skipped, 1u);
  EXPECT_EQ(t.values, 3u);
}

TEST(FormulaAggregates, NumbersFollowTheDelimiterUnlessTheTableSays) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "x,y\n1.5,a\n2.25,b\n");
  EXPECT_EQ(value({{"file", "a.csv"}, {"function", "sum"}, {"column", "x"}}, dir), 3.75);
  dir.write("b.csv", "x;y\n1.5;a\n2.25;b\n");
  EXPECT_EQ(value({{"file", {{"file", "b.csv"}, {"numbers", "plain"}}}, {"function", "sum"}, {"column", "x"}}, dir),
            3.75);
  EXPECT_EQ(value({{"file", {{"file", "b.csv"}, {"columns", {{"x", {{"numbers", "plain"}}}}}}},
                   {"function", "sum"},
                   {"column", "x"}},
                  dir),
            3.75);
}

TEST(FormulaAggregates, IndonesianNumbers) {
  // Rp 1.234.500 + 17.980.500.000 + 85,5 = 17.981.734.585,5.
  const kinerja::testing::TempDir dir;
  dir.write("anggaran.csv", "kegiatan;pagu\nA;Rp 1.234.500\nB;17.980.500.000\nC;\"85,5\"\n");
  EXPECT_EQ(value({{"file", {{"file", "anggaran.csv"}, {"numbers", "id"}}}, {"function", "sum"}, {"column", "pagu"}}, dir),
            17981734585.5);
}

TEST(FormulaAggregates, ANumberNotInTheTablesStyleIsABadRowWithFileLineAndColumn) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "kegiatan;pagu\nA;120,5\nB;1.200,5\n");
  EXPECT_THAT(input_error({{"file", "a.csv"}, {"function", "sum"}, {"column", "pagu"}}, dir),
              HasSubstr("a.csv:3: column 'pagu': '1.200,5' is not a number such as 83,96 (it reads as a number with "
                        "\"numbers\": \"id\")"));
}

TEST(FormulaAggregates, CountOfAColumnCountsItsNonBlankCells) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "id,rating\n1,5\n2,\n3,4\n");
  const Tally t = tally({{"file", "a.csv"}, {"function", "count"}, {"column", "rating"}}, dir);
  EXPECT_EQ(value_of(Function::count, t), 2.0);
  EXPECT_EQ(t.blanks_skipped, 1u);
}

TEST(FormulaAggregates, NoValuesGiveNoMeanButASumOfZero) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "id,hari\n1,\n");
  const Tally t = tally({{"file", "a.csv"}, {"function", "mean"}, {"column", "hari"}}, dir);
  EXPECT_FALSE(value_of(Function::mean, t));
  EXPECT_FALSE(value_of(Function::min, t));
  EXPECT_FALSE(value_of(Function::max, t));
  EXPECT_EQ(value_of(Function::sum, t), 0.0);
  EXPECT_EQ(value_of(Function::count, t), 0.0);
}

TEST(FormulaAggregates, TitleRowsAboveTheHeaderAreSkipped) {
  const kinerja::testing::TempDir dir;
  dir.write("t.csv", "Rekap PPID 2023;;\nDiunduh 5 Januari 2024;;\n;;\nnomor;tanggal;hari\n1;03/01/2023;2,5\n2;10/02/2023;3\n");
  const Tally t = tally({{"file", "t.csv"}, {"function", "sum"}, {"column", "hari"}, {"date_column", "tanggal"}}, dir);
  EXPECT_EQ(value_of(Function::sum, t), 5.5);
  EXPECT_EQ(t.input["sources"][0]["header_row"], 4);
}

TEST(FormulaAggregates, SeveralFilesAndAGlob) {
  // January has 2 rows, February 1 (one Arsip): 3 of 4 counted either way.
  const kinerja::testing::TempDir dir;
  dir.write("lapor-01.csv", "tanggal,status\n2023-01-03,Selesai\n2023-01-09,Proses\n");
  dir.write("lapor-02.csv", "status,tanggal\nArsip,2023-02-01\nSelesai,2023-02-14\n");
  const json where{{"status", {"Selesai", "Proses"}}};
  EXPECT_EQ(value({{"file", "lapor-*.csv"}, {"function", "count"}, {"where", where}}, dir), 3.0);
  const Tally t = tally({{"file", {"lapor-01.csv", "lapor-02.csv"}}, {"function", "count"}, {"where", where}}, dir);
  EXPECT_EQ(value_of(Function::count, t), 3.0);
  EXPECT_EQ(t.rows_read, 4u);
  EXPECT_EQ(t.files.size(), 2u);
  // A bad row still names its own file.
  dir.write("lapor-03.csv", "tanggal,status\n2023-03-32,Selesai\n");
  EXPECT_THAT(input_error({{"file", "lapor-*.csv"}, {"function", "count"}, {"date_column", "tanggal"}}, dir),
              HasSubstr("lapor-03.csv:2: column 'tanggal'"));
}

TEST(FormulaAggregates, FieldsAreTheColumnsTheAggregateNames) {
  Aggregate a;
  a.function = Function::mean;
  a.column = "hari";
  a.date_column = "tanggal";
  a.where = {{"status", {"Selesai"}}, {"hari", {"1"}}};
  const sdk::Fields f = fields_of(a);
  EXPECT_THAT(f.names(), ElementsAre("hari", "tanggal", "hari", "status"));
  EXPECT_EQ(f[0].kind, sdk::FieldKind::number);
  EXPECT_EQ(f[1].kind, sdk::FieldKind::date);
  EXPECT_EQ(f[2].kind, sdk::FieldKind::text);  // a column filtered on is read as text too
  a.function = Function::count;
  EXPECT_THAT(fields_of(a).names(), ElementsAre("hari", "tanggal", "status"));  // counted and filtered: one field
}

TEST(FormulaAggregates, TheTableTakesOnlyTheColumnsTheAggregateNames) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "id,hari\n1,2\n");
  std::vector<sdk::Problem> problems;
  read({{"file", {{"file", "a.csv"}, {"columns", {{"hri", {{"numbers", "id"}}}}}}}, {"function", "sum"}, {"column", "hari"}},
       dir.path(), problems);
  EXPECT_THAT(messages(problems),
              ElementsAre("/a/file/columns/hri: unknown field 'hri' (did you mean 'hari'?); this table has hari"));
}

TEST(FormulaAggregates, WhatTheDescriptionCannotSay) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "id,hari\n1,2\n");
  std::vector<sdk::Problem> problems;
  read({{"file", "a.csv"}, {"function", "count"}, {"date_column", "hari"}, {"period", {{"from", "2023-02-30"}}}},
       dir.path(), problems);
  EXPECT_THAT(messages(problems),
              ElementsAre("/a/period/from: '2023-02-30' is no date: February 2023 has 28 days"));
  problems.clear();
  read({{"file", "a.csv"}, {"function", "sum"}, {"period", {{"from", "2023-02-01"}}}, {"where", {{"k", json::array()}, {" ", {"x"}}}}},
       dir.path(), problems);
  EXPECT_THAT(messages(problems),
              ElementsAre("/a/period: period applies only with date_column",
                          "/a/column: missing: sum needs the column whose numbers it takes",
                          "/a/where/ : empty column name",
                          "/a/where/k: no accepted values: the filter would leave no row"));
  problems.clear();
  read({{"file", "a.csv"}, {"function", "count"}, {"column", ""}, {"date_column", " "}}, dir.path(), problems);
  EXPECT_THAT(messages(problems), ElementsAre("/a/column: empty column name", "/a/date_column: empty column name"));
}

}  // namespace
}  // namespace kinerja::formula
