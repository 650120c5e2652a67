// Tests of core/src/chart.hpp: a chart from a plugin is checked as strictly
// as the rest of its result, and every refusal names the JSON path.
#include "chart.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>
#include <string>

namespace {

using json = nlohmann::json;
using kinerja::Chart;
using kinerja::ChartKind;
using kinerja::parse_chart;
using ::testing::AllOf;
using ::testing::HasSubstr;

json valid_chart() {
  return json::parse(R"json({
    "id": "monthly-shares", "title": "Sentimen pemberitaan per bulan (%)", "type": "line",
    "categories": ["2023-01", "2023-02", "2023-03"],
    "series": [{"name": "positif", "values": [52.55, null, 41.1]},
               {"name": "negatif", "values": [15.85, 9, 6.5]}],
    "reference_lines": [{"label": "Target 10%", "value": 10}],
    "unit": "%", "y_min": 0, "y_max": 100})json");
}

// The message parse_chart throws for `node` at "/charts/0" ("" when it does not).
std::string refusal(const json& node) {
  try {
    parse_chart(node, "/charts/0");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

// valid_chart() with `pointer` set to `value`.
json with(const std::string& pointer, const json& value) {
  json j = valid_chart();
  j[json::json_pointer(pointer)] = value;
  return j;
}

json without(const std::string& key) {
  json j = valid_chart();
  j.erase(key);
  return j;
}

TEST(Chart, ReadsEveryField) {
  const Chart c = parse_chart(valid_chart(), "/charts/0");
  EXPECT_EQ(c.id, "monthly-shares");
  EXPECT_EQ(c.title, "Sentimen pemberitaan per bulan (%)");
  EXPECT_EQ(c.kind, ChartKind::line);
  EXPECT_EQ(c.categories, (std::vector<std::string>{"2023-01", "2023-02", "2023-03"}));
  ASSERT_EQ(c.series.size(), 2u);
  EXPECT_EQ(c.series[0].name, "positif");
  ASSERT_EQ(c.series[0].values.size(), 3u);
  EXPECT_DOUBLE_EQ(*c.series[0].values[0], 52.55);
  EXPECT_FALSE(c.series[0].values[1]);  // null is kept as no value
  EXPECT_DOUBLE_EQ(*c.series[1].values[1], 9.0);
  ASSERT_EQ(c.reference_lines.size(), 1u);
  EXPECT_EQ(c.reference_lines[0].label, "Target 10%");
  EXPECT_DOUBLE_EQ(c.reference_lines[0].value, 10.0);
  EXPECT_EQ(c.unit, "%");
  EXPECT_EQ(c.y_min, 0.0);
  EXPECT_EQ(c.y_max, 100.0);
}

TEST(Chart, OptionalFieldsMayBeLeftOut) {
  const Chart c = parse_chart(json::parse(R"({"id": "nrr", "title": "NRR", "type": "bar",
    "categories": ["U1"], "series": [{"name": "NRR", "values": [3.2]}]})"),
                              "");
  EXPECT_EQ(c.kind, ChartKind::bar);
  EXPECT_TRUE(c.reference_lines.empty());
  EXPECT_EQ(c.unit, "");
  EXPECT_FALSE(c.y_min);
  EXPECT_FALSE(c.y_max);
}

TEST(Chart, RoundTripsThroughJson) {
  const Chart c = parse_chart(valid_chart(), "");
  const json written = kinerja::to_json(c);
  EXPECT_EQ(written, valid_chart());
  const Chart again = parse_chart(written, "");
  EXPECT_EQ(kinerja::to_json(again), written);
}

TEST(Chart, WritesReferenceLinesAndUnitAlwaysAndRangeOnlyWhenSet) {
  Chart c;
  c.id = "x";
  c.title = "X";
  c.kind = ChartKind::bar;
  c.categories = {"a"};
  c.series = {{"s", {std::nullopt}}};
  const json j = kinerja::to_json(c);
  EXPECT_EQ(j["type"], "bar");
  EXPECT_EQ(j["series"][0]["values"], json::parse("[null]"));
  EXPECT_EQ(j["reference_lines"], json::array());
  EXPECT_EQ(j["unit"], "");
  EXPECT_FALSE(j.contains("y_min"));
  EXPECT_FALSE(j.contains("y_max"));
  EXPECT_EQ(kinerja::to_json(parse_chart(j, "")), j);
  EXPECT_EQ(kinerja::to_json(std::vector<Chart>{c, c}).size(), 2u);
}

TEST(Chart, KindNames) {
  EXPECT_EQ(kinerja::to_string(ChartKind::bar), "bar");
  EXPECT_EQ(kinerja::to_string(ChartKind::line), "line");
}

TEST(Chart, RefusesWhatIsNotAnObject) {
  EXPECT_EQ(refusal(json::array()), "/charts/0: expected an object, found an array");
}

TEST(Chart, RefusesMissingRequiredFields) {
  EXPECT_EQ(refusal(without("id")), "/charts/0/id: missing: expected a string");
  EXPECT_EQ(refusal(without("title")), "/charts/0/title: missing: expected a string");
  EXPECT_EQ(refusal(without("type")), "/charts/0/type: missing: expected a string");
  EXPECT_EQ(refusal(without("categories")), "/charts/0/categories: missing: expected an array");
  EXPECT_EQ(refusal(without("series")), "/charts/0/series: missing: expected an array");
}

TEST(Chart, RefusesUnknownTypeAndBadId) {
  EXPECT_EQ(refusal(with("/type", "pie")), "/charts/0/type: unknown chart type 'pie'; expected bar or line");
  EXPECT_THAT(refusal(with("/id", "Monthly Shares")),
              AllOf(HasSubstr("/charts/0/id: expected lower-case letters, digits"), HasSubstr("'Monthly Shares'")));
  EXPECT_EQ(refusal(with("/title", "  ")), "/charts/0/title: expected a non-empty string");
}

TEST(Chart, RefusesUnknownKeysWithASuggestion) {
  EXPECT_EQ(refusal(with("/categoris", json::array())),
            "/charts/0/categoris: unknown key 'categoris' (did you mean 'categories'?)");
  EXPECT_THAT(refusal(with("/series/0/colour", "red")), HasSubstr("/charts/0/series/0/colour: unknown key 'colour'"));
  EXPECT_THAT(refusal(with("/reference_lines/0/dash", true)),
              HasSubstr("/charts/0/reference_lines/0/dash: unknown key 'dash'"));
}

TEST(Chart, RefusesWrongTypes) {
  EXPECT_EQ(refusal(with("/categories", "2023-01")), "/charts/0/categories: expected an array, found a string");
  EXPECT_EQ(refusal(with("/categories/1", 2)),
            "/charts/0/categories/1: expected a string (a category label), found a number");
  EXPECT_EQ(refusal(with("/series/1/values/2", "6,5")),
            "/charts/0/series/1/values/2: expected a number or null (no value), found a string");
  EXPECT_EQ(refusal(with("/series/0", 3)), "/charts/0/series/0: expected an object, found a number");
  EXPECT_EQ(refusal(with("/series/0/name", 1)), "/charts/0/series/0/name: expected a string, found a number");
  EXPECT_EQ(refusal(with("/unit", false)), "/charts/0/unit: expected a string, found a boolean");
  EXPECT_THAT(refusal(with("/y_min", "0")), HasSubstr("/charts/0/y_min: expected a number, found a string"));
  EXPECT_EQ(refusal(with("/reference_lines/0/value", json::object())),
            "/charts/0/reference_lines/0/value: expected a number, found an object");
  EXPECT_EQ(refusal(with("/reference_lines/0/label", nullptr)),
            "/charts/0/reference_lines/0/label: missing: expected a string");
}

TEST(Chart, RefusesAValueCountThatIsNotTheCategoryCount) {
  json j = valid_chart();
  j["series"][1]["values"].erase(2);
  EXPECT_EQ(refusal(j), "/charts/0/series/1/values: expected 3 values (one per category), found 2");
  j["series"][0]["values"].push_back(1);
  j["series"][0]["values"].push_back(2);
  EXPECT_THAT(refusal(j), HasSubstr("/charts/0/series/0/values: expected 3 values (one per category), found 5"));
}

TEST(Chart, RefusesEmptyCategoriesAndSeries) {
  json j = with("/categories", json::array());
  j["series"] = json::array();
  const std::string message = refusal(j);
  EXPECT_THAT(message, HasSubstr("/charts/0/categories: expected at least one category, found an empty array"));
  EXPECT_THAT(message, HasSubstr("/charts/0/series: expected at least one series, found an empty array"));
  EXPECT_EQ(refusal(with("/categories/0", "")),
            "/charts/0/categories/0: expected a non-empty category label, found an empty string");
}

TEST(Chart, RefusesNonFiniteNumbers) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(refusal(with("/series/0/values/0", inf)),
            "/charts/0/series/0/values/0: expected a finite number or null, found infinity");
  EXPECT_EQ(refusal(with("/series/0/values/0", nan)),
            "/charts/0/series/0/values/0: expected a finite number or null, found NaN");
  EXPECT_EQ(refusal(with("/reference_lines/0/value", -inf)),
            "/charts/0/reference_lines/0/value: expected a finite number, found -infinity");
  EXPECT_EQ(refusal(with("/y_max", inf)), "/charts/0/y_max: expected a finite number, found infinity");
}

TEST(Chart, RefusesAnEmptyOrReversedRange) {
  EXPECT_EQ(refusal(with("/y_min", 100)), "/charts/0/y_max: expected a number greater than y_min (100), found 100");
  json j = with("/y_min", 4);
  j["y_max"] = 1;
  EXPECT_EQ(refusal(j), "/charts/0/y_max: expected a number greater than y_min (4), found 1");
}

TEST(Chart, ReportsEveryProblemInOneMessage) {
  json j = with("/type", "pie");
  j["series"][0]["values"][0] = "x";
  j["extra"] = 1;
  const std::string message = refusal(j);
  EXPECT_THAT(message, HasSubstr("/charts/0/type: unknown chart type 'pie'"));
  EXPECT_THAT(message, HasSubstr("; /charts/0/series/0/values/0: expected a number or null"));
  EXPECT_THAT(message, HasSubstr("/charts/0/extra: unknown key 'extra'"));
}

TEST(Chart, ReadChartGathersProblemsWithoutThrowing) {
  kinerja::Diagnostics problems;
  EXPECT_FALSE(kinerja::read_chart(with("/type", "pie"), "/charts/3", problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems.items()[0].pointer, "/charts/3/type");
  EXPECT_TRUE(kinerja::read_chart(valid_chart(), "/charts/4", problems));
  EXPECT_EQ(problems.size(), 1u);
}

}  // namespace
