// The formula plugin's params, checks and results (plugins/formula/formula.cpp).
// Params are given as the host passes them: already checked against the
// parameter description, with absolute file paths.
#include "formula.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

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

// Five articles of 2023 and one of 2022; two of the 2023 ones negatif.
constexpr const char* articles =
    "tanggal,label\n"
    "2022-12-30,negatif\n"
    "2023-01-05,positif\n"
    "2023-02-05,negatif\n"
    "2023-03-05,netral\n"
    "2023-04-05,negatif\n"
    "2023-05-05,positif\n";

json sentiment_params(const std::filesystem::path& file) {
  return {{"expression", "negatif / semua * 100"},
          {"unit", "%"},
          {"aggregates",
           {{"semua", {{"file", file.string()}, {"function", "count"}, {"date_column", "tanggal"}}},
            {"negatif",
             {{"file", file.string()},
              {"function", "count"},
              {"where", {{"label", {"negatif"}}}},
              {"date_column", "tanggal"}}}}}};
}

TEST(FormulaSpec, ReadsValuesAndAggregates) {
  std::vector<sdk::Problem> problems;
  const Spec spec = read_spec(json::parse(R"({
    "expression": "a / b", "unit": "%", "published": 12.5, "values": {"a": 1},
    "aggregates": {"b": {"file": "/x.csv", "function": "sum", "column": "n",
                         "where": {"k": [" x ", "y"]}, "from": "01/02/2023", "date_column": "d",
                         "decimal_mark": ","}}})"),
                              2023, problems);
  EXPECT_THAT(problems, IsEmpty());
  EXPECT_EQ(spec.expression, "a / b");
  EXPECT_EQ(spec.unit, "%");
  EXPECT_EQ(spec.published, 12.5);
  ASSERT_THAT(spec.values, SizeIs(1));
  EXPECT_EQ(spec.values[0].value, 1.0);
  ASSERT_THAT(spec.aggregates, SizeIs(1));
  const Aggregate& b = spec.aggregates[0];
  EXPECT_EQ(b.function, Function::sum);
  EXPECT_THAT(b.where[0].accepted, ElementsAre("x", "y"));
  ASSERT_TRUE(b.period);
  EXPECT_EQ(b.period->from.iso(), "2023-02-01");
  EXPECT_EQ(b.period->to.iso(), "2023-12-31");  // the config's year, since "to" is not given
  EXPECT_EQ(b.decimal_mark, ',');
}

TEST(FormulaSpec, NamesMustBeUsableAndUnique) {
  std::vector<sdk::Problem> problems;
  read_spec(json::parse(R"({"expression": "1", "values": {"total": 1, "jumlah-arsip": 2, "max": 3},
                            "aggregates": {"total": {"file": "/x.csv", "function": "count"}}})"),
            2023, problems);
  EXPECT_THAT(paths(problems),
              ElementsAre("/params/values/jumlah-arsip", "/params/values/max", "/params/aggregates/total"));
  EXPECT_EQ(problems[2].message, "name 'total' is also given in /params/values; each name must be unique");
}

TEST(FormulaSpec, WhatTheDescriptionCannotSay) {
  std::vector<sdk::Problem> problems;
  read_spec(json::parse(R"({"expression": "1", "aggregates": {
      "s": {"file": "/x.csv", "function": "sum"},
      "f": {"file": "/x.csv", "function": "count", "from": "2023-01-01"},
      "d": {"file": "/x.csv", "function": "count", "date_column": "t", "from": "2023-02-30"},
      "r": {"file": "/x.csv", "function": "count", "date_column": "t", "from": "2023-06-01", "to": "2023-01-01"},
      "w": {"file": "/x.csv", "function": "count", "where": {"k": []}}}})"),
            2023, problems);
  EXPECT_THAT(paths(problems),
              ElementsAre("/params/aggregates/d/from", "/params/aggregates/f/from", "/params/aggregates/r/to",
                          "/params/aggregates/s/column", "/params/aggregates/w/where/k"));
  EXPECT_EQ(problems[0].message, "not a date: '2023-02-30' (expected YYYY-MM-DD or DD/MM/YYYY)");
  EXPECT_EQ(problems[1].message, "a period needs date_column: the column holding each row's date");
  EXPECT_EQ(problems[2].message, "the period ends (2023-01-01) before it starts (2023-06-01)");
  EXPECT_EQ(problems[3].message, "missing: sum needs the column whose numbers it takes");
  EXPECT_EQ(problems[4].message, "no accepted values: the filter would leave no row");
}

TEST(FormulaCheck, ReportsTheExpressionAndTheColumns) {
  const kinerja::testing::TempDir dir;
  json params = sentiment_params(dir.write("a.csv", articles));
  params["expression"] = "negatf / semua * 100";
  params["aggregates"]["negatif"]["where"] = {{"labl", {"negatif"}}};
  const auto problems = check(params, 2023);
  EXPECT_THAT(paths(problems), ElementsAre("/params/expression", "/params/aggregates/negatif/where/labl"));
  EXPECT_THAT(problems[0].message,
              HasSubstr("unknown name 'negatf' at position 1 (did you mean 'negatif'?); names: negatif, semua"));
  EXPECT_THAT(problems[1].message, HasSubstr("(did you mean 'label'?)"));
}

TEST(FormulaCheck, ASoundConfigHasNoProblems) {
  const kinerja::testing::TempDir dir;
  EXPECT_THAT(check(sentiment_params(dir.write("a.csv", articles)), 2023), IsEmpty());
  EXPECT_THAT(
      check(json{{"expression", "(total - belum) / total * 100"}, {"values", {{"total", 5985}, {"belum", 0}}}}, 2023),
      IsEmpty());
}

TEST(FormulaEvaluate, SentimentShareWithBreakdown) {
  // 2023: five articles, two negatif: 2 / 5 * 100 = 40.
  const kinerja::testing::TempDir dir;
  const auto file = dir.write("a.csv", articles);
  const sdk::Result r = evaluate(sentiment_params(file), 2023);
  EXPECT_EQ(r.status, sdk::Status::final_value);
  EXPECT_EQ(r.realisasi, 40.0);
  EXPECT_EQ(r.unit, "%");
  EXPECT_THAT(r.warnings, IsEmpty());
  EXPECT_THAT(r.inputs, ElementsAre(file.string()));  // one file, named once
  const json& semua = r.breakdown["aggregates"]["semua"];
  EXPECT_EQ(semua["value"], 5);
  EXPECT_EQ(semua["rows_read"], 6);
  EXPECT_EQ(semua["rows_matched"], 5);
  EXPECT_EQ(semua["period"], json({{"column", "tanggal"}, {"from", "2023-01-01"}, {"to", "2023-12-31"}}));
  EXPECT_EQ(r.breakdown["aggregates"]["negatif"]["value"], 2);
  EXPECT_EQ(r.breakdown["expression"], "negatif / semua * 100");
}

TEST(FormulaEvaluate, ThePeriodFollowsTheConfigsYear) {
  // In 2022 one article, negatif: 1 / 1 * 100.
  const kinerja::testing::TempDir dir;
  EXPECT_EQ(evaluate(sentiment_params(dir.write("a.csv", articles)), 2022).realisasi, 100.0);
}

TEST(FormulaEvaluate, ValuesOnly) {
  const sdk::Result r = evaluate(json{{"expression", "(total - arsip - belum) / (total - arsip) * 100"},
                                      {"values", {{"total", 5985}, {"arsip", 568}, {"belum", 116}}}},
                                 2023);
  // (5985 - 568 - 116) / 5417 * 100 = 5301 / 5417 * 100 = 97.8585932...
  EXPECT_NEAR(*r.realisasi, 97.85859331733432, 1e-12);
  EXPECT_EQ(r.breakdown["values"], json({{"total", 5985}, {"arsip", 568}, {"belum", 116}}));
  EXPECT_THAT(r.inputs, IsEmpty());
}

TEST(FormulaEvaluate, DivisionByZeroIsMissingWithANote) {
  const sdk::Result r =
      evaluate(json{{"expression", "(total - belum) / total * 100"}, {"values", {{"total", 0}, {"belum", 0}}}}, 2023);
  EXPECT_EQ(r.status, sdk::Status::missing);
  EXPECT_FALSE(r.realisasi);
  EXPECT_EQ(r.note, "the expression is not a finite number (division by zero?): belum = 0, total = 0");
  const sdk::Result nan = evaluate(json{{"expression", "sqrt(a)"}, {"values", {{"a", -1}}}}, 2023);
  EXPECT_EQ(nan.status, sdk::Status::missing);
  EXPECT_EQ(nan.note, "the expression is not a finite number (not a number, e.g. sqrt of a negative)");
}

TEST(FormulaEvaluate, AMeanOfNothingIsMissing) {
  const kinerja::testing::TempDir dir;
  const auto file = dir.write("p.csv", "no;hari\n1;\n2;\n");
  const sdk::Result r =
      evaluate(json{{"expression", "hari"},
                    {"aggregates", {{"hari", {{"file", file.string()}, {"function", "mean"}, {"column", "hari"}}}}}},
               2023);
  EXPECT_EQ(r.status, sdk::Status::missing);
  EXPECT_EQ(r.note,
            "aggregate 'hari' has no value: no number in column 'hari' to take the mean of (2 of 2 rows "
            "matched, 2 blank)");
  EXPECT_TRUE(r.breakdown["aggregates"]["hari"]["value"].is_null());
}

TEST(FormulaEvaluate, APublishedFigureThatDisagreesIsAWarning) {
  json params{{"expression", "negatif / semua * 100"}, {"values", {{"negatif", 2}, {"semua", 5}}}};
  params["published"] = 13.51;
  EXPECT_THAT(evaluate(params, 2023).warnings, ElementsAre("realisasi: published 13.51, computed 40.00 (40)"));
  params["published"] = 40;
  EXPECT_THAT(evaluate(params, 2023).warnings, IsEmpty());
}

TEST(FormulaEvaluate, WrongParamsStopBeforeAnyFileIsRead) {
  // The file does not exist: a ConfigError, not an InputError, says the
  // expression was checked first.
  json params = sentiment_params("/nonexistent/a.csv");
  params["expression"] = "negatif / (semua * 100";
  try {
    evaluate(params, 2023);
    FAIL() << "expected a ConfigError";
  } catch (const sdk::ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/params/expression: Missing parenthesis at position 23"));
  }
}

}  // namespace
}  // namespace kinerja::formula
