// The formula plugin's parameters, checks and results
// (plugins/formula/formula.cpp). Params are read as the plugin reads them:
// checked against the description, then read into the settings.
#include "formula.hpp"

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
using ::testing::SizeIs;

std::vector<std::string> paths(const std::vector<sdk::Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.path);
  return out;
}

// The settings of `params` in a config of `year` in `dir`, and the
// problems found on the way (the settings are meaningless when there are).
Settings read(const json& params, std::vector<sdk::Problem>& problems, int year = 2023,
              const std::filesystem::path& dir = "/") {
  const auto p = parameters();
  const auto checked = sdk::schema::check(p.schema(), params, "/params", dir, problems);
  sdk::Reading reading(problems, year, dir);
  return p.read(checked.params, "/params", reading);
}

Settings read(const json& params, int year = 2023, const std::filesystem::path& dir = "/") {
  std::vector<sdk::Problem> problems;
  Settings s = read(params, problems, year, dir);
  EXPECT_THAT(problems, IsEmpty()) << problems.front().path << ": " << problems.front().message;
  return s;
}

// Five articles of 2023 and one of 2022; two of the 2023 ones negatif.
constexpr const char* articles =
    "tanggal,label\n"
    "2022-12-30,negatif\n"
    "2023-01-05,positif\n"
    "2023-02-05,negatif\n"
    "2023-03-05,netral\n"
    "2023-04-05,negatif\n"
    "2023-05-05,positif\n";

json sentiment_params(const std::string& file) {
  return {{"expression", "negatif / semua * 100"},
          {"unit", "%"},
          {"aggregates",
           {{"semua", {{"file", file}, {"function", "count"}, {"date_column", "tanggal"}}},
            {"negatif", {{"file", file}, {"function", "count"}, {"where", {{"label", {"negatif"}}}}, {"date_column", "tanggal"}}}}}};
}

TEST(FormulaSettings, ReadsValuesAndAggregates) {
  const kinerja::testing::TempDir dir;
  dir.write("x.csv", "n,k,d\n1,x,2023-02-01\n");
  const Settings s = read(json::parse(R"({
    "expression": "a / b", "unit": "%", "published": 12.5, "values": {"a": 1},
    "aggregates": {"b": {"file": "x.csv", "function": "sum", "column": "n",
                         "where": {"k": [" x ", "y"]}, "period": {"from": "01/02/2023"}, "date_column": "d"}}})"),
                          2023, dir.path());
  EXPECT_EQ(s.expression, "a / b");
  EXPECT_EQ(s.unit, "%");
  EXPECT_EQ(s.published, 12.5);
  EXPECT_EQ(s.values, (std::map<std::string, double>{{"a", 1}}));
  ASSERT_THAT(s.aggregates, SizeIs(1));
  const Aggregate& b = s.aggregates.at("b");
  EXPECT_EQ(b.function, Function::sum);
  EXPECT_EQ(b.period.from.iso(), "2023-02-01");
  EXPECT_EQ(b.period.to.iso(), "2023-12-31");  // the config's year, since "to" is not given
  ASSERT_TRUE(b.file);
  EXPECT_EQ(b.file->files(), std::vector<std::filesystem::path>{dir.path() / "x.csv"});
}

TEST(FormulaSettings, NamesMustBeUsableAndUnique) {
  const kinerja::testing::TempDir dir;
  dir.write("x.csv", "n\n1\n");
  std::vector<sdk::Problem> problems;
  read(json::parse(R"({"expression": "1", "values": {"total": 1, "jumlah-arsip": 2, "max": 3},
                       "aggregates": {"total": {"file": "x.csv", "function": "count"}}})"),
       problems, 2023, dir.path());
  EXPECT_THAT(paths(problems),
              ElementsAre("/params/values/jumlah-arsip", "/params/values/max", "/params/aggregates/total"));
  EXPECT_EQ(problems[2].message, "name 'total' is also given in /params/values; each name must be unique");
}

TEST(FormulaSettings, TheExpressionIsCheckedWithTheNames) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", articles);
  json params = sentiment_params("a.csv");
  params["expression"] = "negatf / semua * 100";
  std::vector<sdk::Problem> problems;
  read(params, problems, 2023, dir.path());
  ASSERT_THAT(paths(problems), ElementsAre("/params/expression"));
  EXPECT_THAT(problems[0].message,
              HasSubstr("unknown name 'negatf' at position 1 (did you mean 'negatif'?); names: negatif, semua"));
}

TEST(FormulaSettings, AFileThatDoesNotExistIsAProblemAtItsAggregate) {
  std::vector<sdk::Problem> problems;
  read(sentiment_params("/nonexistent/a.csv"), problems);
  ASSERT_THAT(paths(problems), ElementsAre("/params/aggregates/negatif/file", "/params/aggregates/semua/file"));
  EXPECT_THAT(problems[0].message, HasSubstr("input file not found: /nonexistent/a.csv"));
}

TEST(FormulaValidate, ReportsAColumnTheHeaderLacks) {
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", articles);
  json params = sentiment_params("a.csv");
  params["aggregates"]["negatif"]["where"] = {{"labl", {"negatif"}}};
  std::vector<sdk::Problem> problems;
  validate(read(params, 2023, dir.path()), problems);
  ASSERT_THAT(paths(problems), ElementsAre("/params/aggregates/negatif"));
  EXPECT_THAT(problems[0].message, HasSubstr("no header row with the columns 'labl' (did you mean 'label'?)"));

  problems.clear();
  validate(read(sentiment_params("a.csv"), 2023, dir.path()), problems);
  EXPECT_THAT(problems, IsEmpty());
}

TEST(FormulaValidate, ReadsTheHeaderOfEveryFile) {
  // The second file of the glob lacks the label column; the third is empty.
  const kinerja::testing::TempDir dir;
  dir.write("a-1.csv", articles);
  dir.write("a-2.csv", "tanggal,sentimen\n2023-06-01,negatif\n");
  std::vector<sdk::Problem> problems;
  validate(read(sentiment_params("a-*.csv"), 2023, dir.path()), problems);
  ASSERT_THAT(paths(problems), ElementsAre("/params/aggregates/negatif"));
  EXPECT_THAT(problems[0].message, HasSubstr("a-2.csv: no header row with the columns 'label' in the first 2 rows"));

  dir.write("e.csv", "");
  problems.clear();
  validate(read(sentiment_params("e.csv"), 2023, dir.path()), problems);
  ASSERT_THAT(paths(problems), ElementsAre("/params/aggregates/negatif", "/params/aggregates/semua"));
  EXPECT_THAT(problems[1].message, HasSubstr("e.csv: no rows (an empty file or sheet)"));
}

TEST(FormulaEvaluate, SentimentShareWithBreakdown) {
  // 2023: five articles, two negatif: 2 / 5 * 100 = 40.
  const kinerja::testing::TempDir dir;
  const auto file = dir.write("a.csv", articles);
  const sdk::Result r = evaluate(read(sentiment_params("a.csv"), 2023, dir.path()));
  EXPECT_EQ(r.status, sdk::Status::final_value);
  EXPECT_EQ(r.realisasi, 40.0);
  EXPECT_EQ(r.unit, "%");
  EXPECT_THAT(r.warnings, IsEmpty());
  EXPECT_THAT(r.inputs, ElementsAre(file.string()));  // one file, named once
  const json& semua = r.breakdown["aggregates"]["semua"];
  EXPECT_EQ(semua["value"], 5);
  EXPECT_EQ(semua["file"], "a.csv");
  EXPECT_EQ(semua["rows_read"], 6);
  EXPECT_EQ(semua["rows_matched"], 5);
  EXPECT_EQ(semua["period"], json({{"column", "tanggal"}, {"from", "2023-01-01"}, {"to", "2023-12-31"}}));
  EXPECT_EQ(semua["input"]["sources"][0]["header_row"], 1);
  EXPECT_EQ(r.breakdown["aggregates"]["negatif"]["value"], 2);
  EXPECT_EQ(r.breakdown["expression"], "negatif / semua * 100");
}

TEST(FormulaEvaluate, ThePeriodFollowsTheConfigsYear) {
  // In 2022 one article, negatif: 1 / 1 * 100.
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", articles);
  EXPECT_EQ(evaluate(read(sentiment_params("a.csv"), 2022, dir.path())).realisasi, 100.0);
}

TEST(FormulaEvaluate, ValuesOnly) {
  const sdk::Result r = evaluate(read({{"expression", "(total - arsip - belum) / (total - arsip) * 100"},
                                       {"values", {{"total", 5985}, {"arsip", 568}, {"belum", 116}}}}));
  // (5985 - 568 - 116) / 5417 * 100 = 5301 / 5417 * 100 = 97.8585932...
  EXPECT_NEAR(*r.realisasi, 97.85859331733432, 1e-12);
  EXPECT_EQ(r.breakdown["values"], json({{"total", 5985}, {"arsip", 568}, {"belum", 116}}));
  EXPECT_THAT(r.inputs, IsEmpty());
}

TEST(FormulaEvaluate, DivisionByZeroIsMissingWithANote) {
  const sdk::Result r =
      evaluate(read({{"expression", "(total - belum) / total * 100"}, {"values", {{"total", 0}, {"belum", 0}}}}));
  EXPECT_EQ(r.status, sdk::Status::missing);
  EXPECT_FALSE(r.realisasi);
  EXPECT_EQ(r.note, "the expression is not a finite number (division by zero?): belum = 0, total = 0");
  const sdk::Result nan = evaluate(read({{"expression", "sqrt(a)"}, {"values", {{"a", -1}}}}));
  EXPECT_EQ(nan.status, sdk::Status::missing);
  EXPECT_EQ(nan.note, "the expression is not a finite number (not a number, e.g. sqrt of a negative)");
}

TEST(FormulaEvaluate, AMeanOfNothingIsMissing) {
  const kinerja::testing::TempDir dir;
  dir.write("p.csv", "no;hari\n1;\n2;\n");
  const sdk::Result r = evaluate(read(
      {{"expression", "hari"}, {"aggregates", {{"hari", {{"file", "p.csv"}, {"function", "mean"}, {"column", "hari"}}}}}},
      2023, dir.path()));
  EXPECT_EQ(r.status, sdk::Status::missing);
  EXPECT_EQ(r.note,
            "aggregate 'hari' has no value: no number in column 'hari' to take the mean of (2 of 2 rows "
            "matched, 2 blank)");
  EXPECT_TRUE(r.breakdown["aggregates"]["hari"]["value"].is_null());
}

TEST(FormulaEvaluate, TheTablesWarningsNameTheAggregate) {
  // One bad date skipped: 2 of the 3 rows of 2023 counted.
  const kinerja::testing::TempDir dir;
  dir.write("a.csv", "tanggal\n2023-01-05\n2023-02-30\n2023-03-05\n");
  const sdk::Result r = evaluate(read({{"expression", "n"},
                                       {"aggregates",
                                        {{"n",
                                          {{"file", {{"file", "a.csv"}, {"bad_rows", "skip"}}},
                                           {"function", "count"},
                                           {"date_column", "tanggal"}}}}}},
                                      2023, dir.path()));
  EXPECT_EQ(r.realisasi, 2.0);
  ASSERT_THAT(r.warnings, SizeIs(1));
  EXPECT_THAT(r.warnings[0], HasSubstr("aggregate 'n': 1 bad row(s) skipped (bad_rows: skip): "));
  EXPECT_THAT(r.warnings[0], HasSubstr("a.csv:3: column 'tanggal': '2023-02-30' is no date: February 2023 has 28 days"));
}

TEST(FormulaEvaluate, APublishedFigureThatDisagreesIsAWarning) {
  json params{{"expression", "negatif / semua * 100"}, {"values", {{"negatif", 2}, {"semua", 5}}}};
  params["published"] = 13.51;
  EXPECT_THAT(evaluate(read(params)).warnings, ElementsAre("realisasi: published 13.51, computed 40.00 (40)"));
  params["published"] = 40;
  EXPECT_THAT(evaluate(read(params)).warnings, IsEmpty());
}

}  // namespace
}  // namespace kinerja::formula
