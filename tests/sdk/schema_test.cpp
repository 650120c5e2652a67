// Tests of kinerja/sdk/schema.hpp: the one checker of params against a
// plugin's parameter description (types, enums, ranges, unknown and
// missing parameters, defaults filled, the "path" and "table" formats),
// and the checks of a description itself, its measures included.
#include <kinerja/sdk/schema.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <sys/stat.h>

#include "temp_dir.hpp"

namespace kinerja::sdk::schema {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using kinerja::testing::TempDir;

const json description = {
    {"type", "object"},
    {"properties",
     {{"threshold", {{"type", "number"}, {"minimum", 0}, {"maximum", 100}, {"default", 50}, {"description", "Percent."}}},
      {"top", {{"type", "integer"}, {"default", 3}}},
      {"method", {{"type", "string"}, {"enum", {"pooled", "mean_of_months"}}, {"default", "pooled"}}},
      {"strict", {{"type", "boolean"}}},
      {"target", {{"type", "number"}, {"description", "The target."}}},
      {"calendar", {{"type", "string"}, {"format", "path"}}},
      {"files", {{"type", "array"}, {"items", {{"type", "string"}, {"format", "path"}}}}},
      {"weights", {{"type", "object"}, {"additionalProperties", {{"type", "number"}, {"minimum", 0}}}}},
      {"raw", {{"type", "object"}, {"additionalProperties", true}}},
      {"summary",
       {{"type", "object"},
        {"properties", {{"month", {{"type", "string"}}}, {"values", {{"type", "string"}, {"default", "count"}}}}},
        {"required", {"month"}}}},
      {"log", {{"format", "table"}, {"fields", {{{"name", "tanggal"}, {"kind", "date"}, {"columns", {"tanggal"}}}}}}}}},
    {"required", {"target"}}};

class SchemaCheck : public ::testing::Test {
 protected:
  Checked check(const json& params) {
    problems.clear();
    return schema::check(description, params, "/params", dir.path(), problems);
  }
  std::vector<std::string> problems_of(const json& params) {
    check(params);
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(p.path + ": " + p.message);
    return out;
  }
  std::string at(const std::string& name) const { return (dir.path() / name).lexically_normal().string(); }

  TempDir dir;
  std::vector<Problem> problems;
};

TEST_F(SchemaCheck, DefaultsAreFilledAndValuesKept) {
  const Checked c = check({{"target", 80}, {"strict", true}, {"raw", {{"anything", {1, 2}}}}});
  ASSERT_TRUE(problems.empty()) << problems[0].path << ": " << problems[0].message;
  EXPECT_EQ(c.params, (json{{"target", 80}, {"strict", true}, {"raw", {{"anything", {1, 2}}}}, {"threshold", 50}, {"top", 3},
                            {"method", "pooled"}}));
  EXPECT_TRUE(c.files.empty());
  // Inside a nested object given, its own defaults too; not inside one left out.
  EXPECT_EQ(check({{"target", 1}, {"summary", {{"month", "2024-01"}}}}).params["summary"],
            (json{{"month", "2024-01"}, {"values", "count"}}));
  EXPECT_FALSE(check({{"target", 1}}).params.contains("summary"));
}

TEST_F(SchemaCheck, TypesEnumsAndRanges) {
  EXPECT_THAT(problems_of({{"target", "80"}}), ElementsAre("/params/target: expected a number, found a string"));
  EXPECT_THAT(problems_of({{"target", 1}, {"top", 2.5}}), ElementsAre("/params/top: expected an integer, found a number"));
  EXPECT_TRUE(problems_of({{"target", 1}, {"top", 2.0}}).empty());  // a whole number written with a point
  EXPECT_THAT(problems_of({{"target", 1}, {"strict", "ya"}}), ElementsAre("/params/strict: expected a boolean, found a string"));
  EXPECT_THAT(problems_of({{"target", 1}, {"summary", 5}}), ElementsAre("/params/summary: expected an object, found a number"));
  EXPECT_THAT(problems_of({{"target", 1}, {"files", "a"}}), ElementsAre("/params/files: expected an array, found a string"));
  EXPECT_THAT(problems_of({{"target", nullptr}}), ElementsAre("/params/target: expected a number, found null"));
  EXPECT_THAT(problems_of({{"target", 1}, {"method", "poled"}}),
              ElementsAre("/params/method: unknown value \"poled\"; expected one of pooled, mean_of_months (did you mean 'pooled'?)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"method", "median"}}),
              ElementsAre("/params/method: unknown value \"median\"; expected one of pooled, mean_of_months"));
  EXPECT_THAT(problems_of({{"target", 1}, {"threshold", -1}}), ElementsAre("/params/threshold: expected at least 0, found -1"));
  EXPECT_THAT(problems_of({{"target", 1}, {"threshold", 100.5}}), ElementsAre("/params/threshold: expected at most 100, found 100.5"));
  EXPECT_THAT(problems_of({{"target", 1}, {"weights", {{"a", 1}, {"b", -2}, {"c", "x"}}}}),
              ElementsAre("/params/weights/b: expected at least 0, found -2", "/params/weights/c: expected a number, found a string"));
}

TEST_F(SchemaCheck, UnknownAndMissingParameters) {
  EXPECT_THAT(problems_of({{"target", 1}, {"treshold", 5}}),
              ElementsAre("/params/treshold: unknown parameter 'treshold' (did you mean 'threshold'?)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"summary", {{"month", "x"}, {"extra", 1}}}}),
              ElementsAre("/params/summary/extra: unknown parameter 'extra' (known: month, values)"));
  EXPECT_THAT(problems_of(json::object()), ElementsAre("/params/target: missing required parameter: The target."));
  EXPECT_THAT(problems_of({{"target", 1}, {"summary", json::object()}}), ElementsAre("/params/summary/month: missing required parameter"));
  // All at once.
  EXPECT_THAT(problems_of({{"top", "x"}, {"zzz", 1}}),
              ElementsAre("/params/top: expected an integer, found a string",
                          "/params/zzz: unknown parameter 'zzz' (known: calendar, files, log, method, raw, strict, summary, "
                          "target, threshold, top, weights)",
                          "/params/target: missing required parameter: The target."));
}

TEST_F(SchemaCheck, PathsAreResolvedAndChecked) {
  dir.write("kalender.json", "{}");
  std::filesystem::create_directories(dir.path() / "data");
  const Checked c = check({{"target", 1}, {"calendar", "data/../kalender.json"}});
  ASSERT_TRUE(problems.empty());
  EXPECT_EQ(c.params["calendar"], at("kalender.json"));
  EXPECT_EQ(c.files, (std::vector<std::filesystem::path>{at("kalender.json")}));
  EXPECT_EQ(check({{"target", 1}, {"calendar", at("kalender.json")}}).params["calendar"], at("kalender.json"));  // absolute
  EXPECT_THAT(problems_of({{"target", 1}, {"calendar", "none.json"}}),
              ElementsAre("/params/calendar: input file not found: " + at("none.json") + " (paths are relative to the config file)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"calendar", "data"}}),
              ElementsAre("/params/calendar: expected a file, found a directory: " + at("data")));
  EXPECT_THAT(problems_of({{"target", 1}, {"calendar", ""}}), ElementsAre("/params/calendar: expected a file path, found an empty string"));
  ASSERT_EQ(::mkfifo((dir.path() / "pipe").c_str(), 0600), 0);
  EXPECT_THAT(problems_of({{"target", 1}, {"calendar", "pipe"}}),
              ElementsAre("/params/calendar: " + at("pipe") + " is not a regular file (a device, pipe or socket cannot be read as input)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"files", {"kalender.json", "none.csv"}}}),
              ElementsAre("/params/files/1: input file not found: " + at("none.csv") + " (paths are relative to the config file)"));
}

TEST_F(SchemaCheck, TablesAreCheckedAndNormalised) {
  dir.write("data/2024-01.csv", "tanggal\n");
  dir.write("data/2024-02.csv", "tanggal\n");
  const Checked c = check({{"target", 1}, {"log", {{"file", "data/*.csv"}, {"delimiter", ";"}}}});
  ASSERT_TRUE(problems.empty()) << problems[0].path << ": " << problems[0].message;
  EXPECT_EQ(c.params["log"], (json::array({{{"file", {at("data/2024-01.csv"), at("data/2024-02.csv")}}, {"delimiter", ";"}, {"bad_rows", "error"}}})));
  EXPECT_EQ(c.files, (std::vector<std::filesystem::path>{at("data/2024-01.csv"), at("data/2024-02.csv")}));
  EXPECT_THAT(problems_of({{"target", 1}, {"log", {{"file", "data/*.csv"}, {"header_row", 0}}}}),
              ElementsAre("/params/log/header_row: expected the header's row number, 1 or more"));
  EXPECT_THAT(problems_of({{"target", 1}, {"log", {{"file", "data/*.csv"}, {"columns", {{"tangal", "Tgl"}}}}}}),
              ElementsAre("/params/log/columns/tangal: unknown field 'tangal' (did you mean 'tanggal'?); this table has tanggal"));
  EXPECT_THAT(problems_of({{"target", 1}, {"log", 5}}),
              ElementsAre("/params/log: expected a file name, an object {\"file\": ...} or a list of them, found a number"));
  // The normalised form passes the check again unchanged (the SDK checks a request the host checked).
  std::vector<Problem> again;
  EXPECT_EQ(schema::check(description, c.params, "/params", "/elsewhere", again).params, c.params);
  EXPECT_TRUE(again.empty());
}

TEST(SchemaDescription, AcceptsWhatTheSdkPublishes) {
  EXPECT_EQ(description_problem(description), "");
  EXPECT_EQ(description_problem(json{{"properties", json::object()}}), "");  // type object by default
  EXPECT_EQ(description_problem(json{{"type", "object"},
                                     {"properties", json::object()},
                                     {"measures", {{{"id", "negative_share"}, {"unit", "%"}, {"polarity", "lower"},
                                                    {"label", "Share"}, {"label_id", "Persentase"}, {"description", "d"},
                                                    {"sample_target", 10}}}}}),
            "");
}

std::string problem_of_property(const json& property) {
  return description_problem(json{{"type", "object"}, {"properties", {{"x", property}}}});
}

TEST(SchemaDescription, RefusesWhatTheCheckerCannotHonour) {
  EXPECT_EQ(description_problem(json::array()), "the parameter description is not a JSON object");
  EXPECT_EQ(description_problem(json{{"type", "array"}}), "the parameter description's type must be \"object\"");
  EXPECT_EQ(problem_of_property({{"type", "string"}, {"pattern", "^a"}}),
            "parameter description: /properties/x/pattern: keyword not supported by kinerja (supported: type, properties, "
            "required, additionalProperties, items, enum, minimum, maximum, format, fields, description, title, default, "
            "examples)");
  EXPECT_EQ(problem_of_property(5), "parameter description: /properties/x is not an object");
  EXPECT_EQ(problem_of_property({{"type", "float"}}),
            "parameter description: /properties/x/type must be one of object, array, string, number, integer, boolean, null");
  EXPECT_EQ(problem_of_property({{"type", {"string", "null"}}}),
            "parameter description: /properties/x/type must be one of object, array, string, number, integer, boolean, null");
  EXPECT_EQ(problem_of_property({{"format", "uri"}}), "parameter description: /properties/x/format: only \"path\" and \"table\" are supported");
  EXPECT_EQ(problem_of_property({{"type", "string"}, {"fields", json::array()}}),
            "parameter description: /properties/x/fields: only a \"table\" parameter has fields");
  EXPECT_EQ(problem_of_property({{"format", "table"}}), "parameter description: /properties/x: a \"table\" parameter needs its fields");
  EXPECT_EQ(problem_of_property({{"format", "table"}, {"fields", json::array()}}),
            "parameter description: /properties/x/fields must be a non-empty array");
  EXPECT_EQ(problem_of_property({{"format", "table"}, {"fields", {{{"kind", "date"}}}}}),
            "parameter description: /properties/x/fields/0 must be an object with a name");
  EXPECT_EQ(problem_of_property({{"format", "table"}, {"fields", {{{"name", "a"}, {"kind", "bool"}}}}}),
            "parameter description: /properties/x/fields/0/kind must be text, number, date, category or flag");
  EXPECT_EQ(problem_of_property({{"format", "table"}, {"fields", {{{"name", "a"}, {"columns", {"a", 1}}}}}}),
            "parameter description: /properties/x/fields/0/columns must be an array of names");
  EXPECT_EQ(problem_of_property({{"type", "number"}, {"minimum", "0"}}), "parameter description: /properties/x/minimum must be a number");
  EXPECT_EQ(problem_of_property({{"type", "number"}, {"maximum", true}}), "parameter description: /properties/x/maximum must be a number");
  EXPECT_EQ(problem_of_property({{"enum", "a"}}), "parameter description: /properties/x/enum must be an array");
  EXPECT_EQ(problem_of_property({{"type", "object"}, {"required", "a"}}), "parameter description: /properties/x/required must be an array of names");
  EXPECT_EQ(problem_of_property({{"type", "object"}, {"required", {1}}}), "parameter description: /properties/x/required must be an array of names");
  EXPECT_EQ(problem_of_property({{"type", "object"}, {"properties", {1}}}), "parameter description: /properties/x/properties must be an object");
  EXPECT_EQ(problem_of_property({{"type", "object"}, {"additionalProperties", 5}}),
            "parameter description: /properties/x/additionalProperties must be a boolean or an object");
  EXPECT_EQ(problem_of_property({{"type", "object"}, {"additionalProperties", {{"type", "money"}}}}),
            "parameter description: /properties/x/additionalProperties/type must be one of object, array, string, number, "
            "integer, boolean, null");
  EXPECT_EQ(problem_of_property({{"type", "array"}, {"items", {{"format", "url"}}}}),
            "parameter description: /properties/x/items/format: only \"path\" and \"table\" are supported");
  EXPECT_THAT(problem_of_property({{"type", "object"}, {"measures", json::array()}}),
              HasSubstr("/properties/x/measures: keyword not supported"));  // measures belong to the top only
}

std::string problem_of_measures(const json& measures) {
  return description_problem(json{{"type", "object"}, {"properties", json::object()}, {"measures", measures}});
}

TEST(SchemaDescription, RefusesMalformedMeasures) {
  EXPECT_EQ(problem_of_measures(json::array()), "parameter description: /measures must be a non-empty array");
  EXPECT_EQ(problem_of_measures(json::object()), "parameter description: /measures must be a non-empty array");
  EXPECT_EQ(problem_of_measures({5}), "parameter description: /measures/0 must be an object with an id");
  EXPECT_EQ(problem_of_measures({{{"unit", "%"}}}), "parameter description: /measures/0 must be an object with an id");
  EXPECT_EQ(problem_of_measures({{{"id", "Share"}}}), "parameter description: /measures/0/id must be lower-case letters, digits and '_'");
  EXPECT_EQ(problem_of_measures({{{"id", ""}}}), "parameter description: /measures/0/id must be lower-case letters, digits and '_'");
  EXPECT_EQ(problem_of_measures({{{"id", "on-time"}}}), "parameter description: /measures/0/id must be lower-case letters, digits and '_'");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}}, {{"id", "a"}}}), "parameter description: /measures/1/id: measure 'a' is listed twice");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}, {"unit", 5}}}), "parameter description: /measures/0/unit must be a string");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}, {"polarity", "up"}}}), "parameter description: /measures/0/polarity must be \"higher\" or \"lower\"");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}, {"label", 5}}}), "parameter description: /measures/0/label must be a string");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}, {"label_id", false}}}), "parameter description: /measures/0/label_id must be a string");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}, {"description", 1}}}), "parameter description: /measures/0/description must be a string");
  EXPECT_EQ(problem_of_measures({{{"id", "a"}, {"sample_target", "95"}}}), "parameter description: /measures/0/sample_target must be a number");
}

TEST(SchemaDescription, MeasuresAreReadBack) {
  const auto none = measures_of(description);
  EXPECT_TRUE(none.empty());
  const auto two = measures_of(json{{"measures",
                                      {{{"id", "on_time_share"}, {"unit", "%"}, {"label", "On time"}, {"sample_target", 95}},
                                       {{"id", "mean_days"}, {"unit", "hari kerja"}, {"polarity", "lower"}}}}});
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].id, "on_time_share");
  EXPECT_TRUE(two[0].higher_is_better);
  EXPECT_EQ(two[0].sample_target, 95.0);
  EXPECT_EQ(two[1].unit, "hari kerja");
  EXPECT_FALSE(two[1].higher_is_better);
  EXPECT_EQ(two[1].label, "mean_days");  // the id when no label
}

}  // namespace
}  // namespace kinerja::sdk::schema
