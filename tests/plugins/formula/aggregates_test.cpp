// The formula plugin's CSV aggregates (plugins/formula/aggregates.cpp), on
// small files whose counts and sums are worked out by hand in each test.
#include "aggregates.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace kinerja::formula {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

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
    "7,31/12/2023,Belum ditindaklanjuti,sms\n"
    "8,2024-01-01,Belum ditindaklanjuti,web\n";

Aggregate count_of(const std::filesystem::path& file, const std::string& name = "n") {
  Aggregate a;
  a.name = name;
  a.file = file;
  a.function = Function::count;
  return a;
}

Period year_2023() { return {"tanggal", {2023, 1, 1}, {2023, 12, 31}}; }

TEST(FormulaAggregates, CountsRows) {
  const kinerja::testing::TempDir dir;
  const auto tallies = compute_aggregates({count_of(dir.write("c.csv", complaints))});
  ASSERT_THAT(tallies, SizeIs(1));
  EXPECT_EQ(tallies[0].rows_read, 8u);
  EXPECT_EQ(tallies[0].rows_matched, 8u);
  EXPECT_EQ(value_of(Function::count, tallies[0]), 8.0);
}

TEST(FormulaAggregates, WhereAcceptsAnyListedValueAfterTrimming) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("c.csv", complaints));
  a.where = {{"status", {"Proses", "Belum ditindaklanjuti"}}};
  // Rows 3 (" Proses "), 5, 7 and 8.
  EXPECT_EQ(value_of(Function::count, compute_aggregates({a})[0]), 4.0);
}

TEST(FormulaAggregates, EveryWhereColumnMustMatch) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("c.csv", complaints));
  a.where = {{"status", {"Belum ditindaklanjuti"}}, {"kanal", {"sms"}}};
  EXPECT_EQ(value_of(Function::count, compute_aggregates({a})[0]), 1.0);  // row 7 only
}

TEST(FormulaAggregates, PeriodIsInclusiveAndReadsBothDateForms) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("c.csv", complaints));
  a.period = year_2023();
  // Rows 2 (1 January) to 7 (31/12/2023): six.
  const Tally t = compute_aggregates({a})[0];
  EXPECT_EQ(t.rows_read, 8u);
  EXPECT_EQ(t.rows_matched, 6u);
  EXPECT_EQ(value_of(Function::count, t), 6.0);
}

TEST(FormulaAggregates, LaporShareInputsFromOnePass) {
  // total: 2023 without Arsip = rows 2, 3, 5, 6, 7 = 5; belum: rows 5, 7 = 2.
  const kinerja::testing::TempDir dir;
  const auto file = dir.write("c.csv", complaints);
  Aggregate total = count_of(file, "total");
  total.where = {{"status", {"Belum ditindaklanjuti", "Proses", "Selesai"}}};
  total.period = year_2023();
  Aggregate belum = count_of(file, "belum");
  belum.where = {{"status", {"Belum ditindaklanjuti"}}};
  belum.period = year_2023();
  const auto tallies = compute_aggregates({total, belum});
  EXPECT_EQ(value_of(Function::count, tallies[0]), 5.0);
  EXPECT_EQ(value_of(Function::count, tallies[1]), 2.0);
}

TEST(FormulaAggregates, UnparseableDateIsAnInputErrorWithFileLineAndColumn) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("c.csv", "id,tanggal\n1,2023-01-02\n2,2023-13-01\n"));
  a.period = year_2023();
  try {
    compute_aggregates({a});
    FAIL() << "expected an InputError";
  } catch (const sdk::InputError& e) {
    EXPECT_THAT(e.what(),
                HasSubstr("c.csv:3: column 'tanggal': not a date: '2023-13-01' (expected YYYY-MM-DD or DD/MM/YYYY)"));
  }
}

TEST(FormulaAggregates, ARowTheFilterLeavesOutIsNotAskedForADate) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("c.csv", "status,tanggal\nArsip,\nSelesai,2023-04-01\n"));
  a.where = {{"status", {"Selesai"}}};
  a.period = year_2023();
  EXPECT_EQ(value_of(Function::count, compute_aggregates({a})[0]), 1.0);
}

TEST(FormulaAggregates, SumMeanMinMaxWithDecimalCommasInASemicolonFile) {
  // 2,5 + 3 + 4,25 = 9,75 over three numbers; the blank is skipped.
  const kinerja::testing::TempDir dir;
  const auto file = dir.write("p.csv", "no;hari\n1;2,5\n2;3\n3; \n4;4,25\n");
  std::vector<Aggregate> all;
  for (Function f : {Function::sum, Function::mean, Function::min, Function::max}) {
    Aggregate a = count_of(file, function_name(f));
    a.function = f;
    a.column = "hari";
    all.push_back(a);
  }
  const auto tallies = compute_aggregates(all);
  EXPECT_EQ(value_of(Function::sum, tallies[0]), 9.75);
  EXPECT_EQ(value_of(Function::mean, tallies[1]), 3.25);
  EXPECT_EQ(value_of(Function::min, tallies[2]), 2.5);
  EXPECT_EQ(value_of(Function::max, tallies[3]), 4.25);
  EXPECT_EQ(tallies[0].decimal_mark, ',');
  EXPECT_EQ(tallies[0].rows_matched, 4u);
  EXPECT_EQ(tallies[0].blanks_skipped, 1u);
  EXPECT_EQ(tallies[0].values, 3u);
}

TEST(FormulaAggregates, DecimalMarkFollowsTheSeparatorUnlessGiven) {
  const kinerja::testing::TempDir dir;
  Aggregate comma_file = count_of(dir.write("a.csv", "x,y\n1.5,a\n2.25,b\n"));
  comma_file.function = Function::sum;
  comma_file.column = "x";
  EXPECT_EQ(value_of(Function::sum, compute_aggregates({comma_file})[0]), 3.75);

  Aggregate dot_in_semicolon_file = count_of(dir.write("b.csv", "x;y\n1.5;a\n2.25;b\n"));
  dot_in_semicolon_file.function = Function::sum;
  dot_in_semicolon_file.column = "x";
  dot_in_semicolon_file.decimal_mark = '.';
  const Tally t = compute_aggregates({dot_in_semicolon_file})[0];
  EXPECT_EQ(value_of(Function::sum, t), 3.75);
  EXPECT_EQ(t.decimal_mark, '.');
}

TEST(FormulaAggregates, NonNumericCellIsAnInputErrorWithFileLineAndColumn) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("a.csv", "kegiatan;pagu\nA;120,5\nB;1.200,5\n"));
  a.function = Function::sum;
  a.column = "pagu";
  try {
    compute_aggregates({a});
    FAIL() << "expected an InputError";
  } catch (const sdk::InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("a.csv:3: column 'pagu': not a number: '1.200,5' (decimal mark ',')"));
  }
}

TEST(FormulaAggregates, CountOfAColumnCountsItsNonBlankCells) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("a.csv", "id,rating\n1,5\n2,\n3,4\n"));
  a.column = "rating";
  const Tally t = compute_aggregates({a})[0];
  EXPECT_EQ(value_of(Function::count, t), 2.0);
  EXPECT_EQ(t.blanks_skipped, 1u);
}

TEST(FormulaAggregates, NoValuesGiveNoMeanButASumOfZero) {
  const kinerja::testing::TempDir dir;
  const Tally t = compute_aggregates({[&] {
    Aggregate a = count_of(dir.write("a.csv", "id,hari\n1,\n"));
    a.function = Function::mean;
    a.column = "hari";
    return a;
  }()})[0];
  EXPECT_FALSE(value_of(Function::mean, t));
  EXPECT_FALSE(value_of(Function::min, t));
  EXPECT_FALSE(value_of(Function::max, t));
  EXPECT_EQ(value_of(Function::sum, t), 0.0);
  EXPECT_EQ(value_of(Function::count, t), 0.0);
}

TEST(FormulaAggregates, MissingColumnIsAConfigErrorNamingTheParameter) {
  const kinerja::testing::TempDir dir;
  Aggregate a = count_of(dir.write("a.csv", "id,hari\n1,2\n"), "rata");
  a.function = Function::mean;
  a.column = "hri";
  try {
    compute_aggregates({a});
    FAIL() << "expected a ConfigError";
  } catch (const sdk::ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("no column 'hri' (parameter /params/aggregates/rata/column)"));
  }
}

TEST(FormulaAggregates, ColumnProblemsForCheck) {
  const kinerja::testing::TempDir dir;
  const auto file = dir.write("c.csv", complaints);
  Aggregate a = count_of(file, "a");
  a.where = {{"stats", {"Selesai"}}};
  a.period = Period{"tgl", {2023, 1, 1}, {2023, 12, 31}};
  Aggregate b = count_of(file, "b/x");
  b.column = "kanal";
  const auto problems = column_problems({a, b});
  ASSERT_THAT(problems, SizeIs(2));
  EXPECT_EQ(problems[0].path, "/params/aggregates/a/where/stats");
  EXPECT_THAT(problems[0].message, HasSubstr("no column 'stats' in "));
  EXPECT_THAT(problems[0].message,
              HasSubstr("c.csv (did you mean 'status'?); the header has 'id', 'tanggal', 'status', 'kanal'"));
  EXPECT_EQ(problems[1].path, "/params/aggregates/a/date_column");
}

TEST(FormulaAggregates, AnEmptyFileIsAProblemAtItsParameter) {
  const kinerja::testing::TempDir dir;
  const auto problems = column_problems({count_of(dir.write("e.csv", ""), "n")});
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(problems[0].path, "/params/aggregates/n/file");
  EXPECT_THAT(problems[0].message, HasSubstr("empty file"));
}

TEST(FormulaAggregates, PointersEscapeTheName) {
  Aggregate a;
  a.name = "a/b~c";
  EXPECT_EQ(parameter_pointer(a, "file"), "/params/aggregates/a~1b~0c/file");
}

TEST(FormulaAggregates, FunctionNames) {
  for (Function f : {Function::count, Function::sum, Function::mean, Function::min, Function::max}) {
    EXPECT_EQ(function_named(function_name(f)), f);
  }
  EXPECT_FALSE(function_named("average"));
}

}  // namespace
}  // namespace kinerja::formula
