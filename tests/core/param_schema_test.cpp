// Tests of core/src/param_schema.hpp: check_params against the JSON Schema
// subset plugins publish, and schema_problem for the descriptions themselves.
#include "param_schema.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "diagnostics.hpp"
#include "temp_dir.hpp"

namespace {

using json = nlohmann::json;
using kinerja::CheckedParams;
using kinerja::Diagnostics;
using kinerja::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

::testing::AssertionResult HasDiagnostic(const Diagnostics& diagnostics, const std::string& pointer,
                                         const std::string& part) {
  for (const auto& d : diagnostics.items()) {
    if (d.pointer == pointer && d.message.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no diagnostic at '" << pointer << "' containing \"" << part
                                       << "\"; got:\n"
                                       << diagnostics.to_string();
}

// Checks `params` at "/params" with paths relative to "/base".
CheckedParams check(const json& schema, const json& params, Diagnostics& diagnostics,
                    const std::filesystem::path& base = "/base") {
  return kinerja::check_params(schema, params, "/params", base, diagnostics);
}

json object_schema(const json& properties) { return json{{"type", "object"}, {"properties", properties}}; }

// The only diagnostic for `value` of parameter "v" with schema `sub`.
::testing::AssertionResult RefusesValue(const json& sub, const json& value, const std::string& part) {
  Diagnostics diagnostics;
  check(object_schema({{"v", sub}}), {{"v", value}}, diagnostics);
  if (diagnostics.size() != 1) {
    return ::testing::AssertionFailure() << "expected 1 diagnostic, got:\n" << diagnostics.to_string();
  }
  return HasDiagnostic(diagnostics, "/params/v", part);
}

::testing::AssertionResult AcceptsValue(const json& sub, const json& value) {
  Diagnostics diagnostics;
  const auto out = check(object_schema({{"v", sub}}), {{"v", value}}, diagnostics);
  if (!diagnostics.empty()) return ::testing::AssertionFailure() << diagnostics.to_string();
  if (out.params != json{{"v", value}}) return ::testing::AssertionFailure() << "params became " << out.params.dump();
  return ::testing::AssertionSuccess();
}

// ---------------------------------------------------------------- types

TEST(ParamSchemaTypes, Number) {
  EXPECT_TRUE(AcceptsValue({{"type", "number"}}, 83.96));
  EXPECT_TRUE(AcceptsValue({{"type", "number"}}, 100));
  EXPECT_TRUE(AcceptsValue({{"type", "number"}}, -3));
  EXPECT_TRUE(RefusesValue({{"type", "number"}}, "83.96", "expected a number, found a string"));
  EXPECT_TRUE(RefusesValue({{"type", "number"}}, true, "expected a number, found a boolean"));
  EXPECT_TRUE(RefusesValue({{"type", "number"}}, nullptr, "expected a number, found null"));
}

TEST(ParamSchemaTypes, Integer) {
  EXPECT_TRUE(AcceptsValue({{"type", "integer"}}, 3));
  EXPECT_TRUE(AcceptsValue({{"type", "integer"}}, 3.0));
  EXPECT_TRUE(AcceptsValue({{"type", "integer"}}, -7));
  EXPECT_TRUE(RefusesValue({{"type", "integer"}}, 2.5, "expected an integer, found a number"));
  EXPECT_TRUE(RefusesValue({{"type", "integer"}}, "3", "expected an integer, found a string"));
}

TEST(ParamSchemaTypes, String) {
  EXPECT_TRUE(AcceptsValue({{"type", "string"}}, "hari kerja"));
  EXPECT_TRUE(AcceptsValue({{"type", "string"}}, ""));
  EXPECT_TRUE(RefusesValue({{"type", "string"}}, 5, "expected a string, found a number"));
  EXPECT_TRUE(RefusesValue({{"type", "string"}}, json::array(), "expected a string, found an array"));
}

TEST(ParamSchemaTypes, Boolean) {
  EXPECT_TRUE(AcceptsValue({{"type", "boolean"}}, false));
  EXPECT_TRUE(RefusesValue({{"type", "boolean"}}, "true", "expected a boolean, found a string"));
  EXPECT_TRUE(RefusesValue({{"type", "boolean"}}, 1, "expected a boolean, found a number"));
}

TEST(ParamSchemaTypes, Object) {
  EXPECT_TRUE(AcceptsValue({{"type", "object"}, {"additionalProperties", true}}, {{"x", 1}}));
  EXPECT_TRUE(RefusesValue({{"type", "object"}}, json::array({1}), "expected an object, found an array"));
  EXPECT_TRUE(RefusesValue({{"type", "object"}}, "{}", "expected an object, found a string"));
}

TEST(ParamSchemaTypes, Array) {
  EXPECT_TRUE(AcceptsValue({{"type", "array"}}, json::array({1, "a", nullptr})));
  EXPECT_TRUE(RefusesValue({{"type", "array"}}, json::object(), "expected an array, found an object"));
  EXPECT_TRUE(RefusesValue({{"type", "array"}}, 3, "expected an array, found a number"));
}

TEST(ParamSchemaTypes, NoTypeAcceptsAnything) {
  EXPECT_TRUE(AcceptsValue(json::object(), "x"));
  EXPECT_TRUE(AcceptsValue(json::object(), 1));
  EXPECT_TRUE(AcceptsValue(json::object(), json::array({1, 2})));
}

TEST(ParamSchemaTypes, ParamsThemselvesMustBeAnObject) {
  Diagnostics diagnostics;
  check(json{{"type", "object"}}, json::array(), diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params", "expected an object, found an array"));
  EXPECT_EQ(diagnostics.size(), 1u);
}

// ---------------------------------------------------------------- object rules

const json kManualSchema = json::parse(R"({
  "type": "object",
  "properties": {
    "realisasi": {"type": "number", "description": "the value achieved"},
    "unit": {"type": "string"},
    "evidence": {"type": "string", "description": "where the value comes from"}
  },
  "required": ["realisasi", "evidence"]
})");

TEST(ParamSchemaObject, ValidParamsPassUnchanged) {
  Diagnostics diagnostics;
  const json params = {{"realisasi", 13.51}, {"unit", "%"}, {"evidence", "LKj 2023"}};
  const auto out = check(kManualSchema, params, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(out.params, params);
  EXPECT_TRUE(out.files.empty());
}

TEST(ParamSchemaObject, MissingRequiredIsReportedWithItsDescription) {
  Diagnostics diagnostics;
  check(kManualSchema, {{"unit", "%"}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/realisasi", "missing required parameter: the value achieved"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/evidence", "missing required parameter: where the value comes from"));
  EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
}

TEST(ParamSchemaObject, MissingRequiredWithoutDescription) {
  Diagnostics diagnostics;
  check(json{{"type", "object"}, {"required", {"file"}}}, json::object(), diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
  EXPECT_EQ(diagnostics.items()[0].pointer, "/params/file");
  EXPECT_EQ(diagnostics.items()[0].message, "missing required parameter");
}

TEST(ParamSchemaObject, UnknownParameterWithSuggestion) {
  Diagnostics diagnostics;
  const auto out = check(kManualSchema, {{"realisai", 13.51}, {"realisasi", 1}, {"evidence", "x"}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/realisai", "unknown parameter 'realisai' (did you mean 'realisasi'?)"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
  EXPECT_FALSE(out.params.contains("realisai"));
}

TEST(ParamSchemaObject, UnknownParameterWithoutCloseMatchListsKnownOnes) {
  Diagnostics diagnostics;
  check(kManualSchema, {{"realisasi", 1}, {"evidence", "x"}, {"zzz", 1}}, diagnostics);
  // Properties are listed in the description's (sorted) key order.
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/zzz", "unknown parameter 'zzz' (known: evidence, realisasi, unit)"));
}

TEST(ParamSchemaObject, UnknownParameterWhenNoPropertiesAreDeclared) {
  Diagnostics diagnostics;
  check(json{{"type", "object"}}, {{"x", 1}}, diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
  EXPECT_EQ(diagnostics.items()[0].pointer, "/params/x");
  EXPECT_EQ(diagnostics.items()[0].message, "unknown parameter 'x'");
}

TEST(ParamSchemaObject, AdditionalPropertiesFalseRefuses) {
  Diagnostics diagnostics;
  check(json{{"type", "object"}, {"properties", {{"a", json::object()}}}, {"additionalProperties", false}},
        {{"a", 1}, {"b", 2}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/b", "unknown parameter 'b'"));
}

TEST(ParamSchemaObject, AdditionalPropertiesTrueKeepsExtraKeys) {
  Diagnostics diagnostics;
  const json params = {{"a", 1}, {"extra", {{"nested", json::array({1, 2})}}}};
  const auto out = check(json{{"type", "object"}, {"properties", {{"a", {{"type", "number"}}}}}, {"additionalProperties", true}},
                         params, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(out.params, params);
}

TEST(ParamSchemaObject, AdditionalPropertiesSchemaChecksExtraKeys) {
  Diagnostics diagnostics;
  const json schema = {{"type", "object"}, {"additionalProperties", {{"type", "number"}, {"minimum", 0}}}};
  const auto out = check(schema, {{"a", 1}, {"b", "x"}, {"c", -1}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/b", "expected a number, found a string"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/c", "expected at least 0"));
  EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
  EXPECT_EQ(out.params.at("a"), 1);
}

TEST(ParamSchemaObject, NestedObjectPaths) {
  const json schema = object_schema(
      {{"pending", {{"type", "object"},
                    {"properties", {{"reason", {{"type", "string"}}}, {"provisional", {{"type", "number"}}}}},
                    {"required", {"reason"}}}}});
  {
    Diagnostics diagnostics;
    check(schema, {{"pending", json::object()}}, diagnostics);
    EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/pending/reason", "missing required parameter"));
  }
  {
    Diagnostics diagnostics;
    check(schema, {{"pending", {{"reason", 5}, {"provisional", "77"}}}}, diagnostics);
    EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/pending/reason", "expected a string, found a number"));
    EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/pending/provisional", "expected a number, found a string"));
    EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
  }
  {
    Diagnostics diagnostics;
    check(schema, {{"pending", {{"reason", "APIP"}, {"reasn", "x"}}}}, diagnostics);
    EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/pending/reasn", "did you mean 'reason'?"));
  }
  {
    Diagnostics diagnostics;
    const json params = {{"pending", {{"reason", "APIP"}, {"provisional", 77}}}};
    const auto out = check(schema, params, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
    EXPECT_EQ(out.params, params);
  }
}

TEST(ParamSchemaObject, KeyWithSlashIsEscapedInPointer) {
  Diagnostics diagnostics;
  check(object_schema({{"a", json::object()}}), {{"x/y", 1}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/x~1y", "unknown parameter 'x/y'"));
}

TEST(ParamSchemaObject, AllProblemsAreReported) {
  Diagnostics diagnostics;
  check(kManualSchema, {{"realisasi", "13,51"}, {"unit", 1}, {"evidenc", "x"}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/realisasi", "expected a number"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/unit", "expected a string"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/evidenc", "did you mean 'evidence'?"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/evidence", "missing required parameter"));
  EXPECT_EQ(diagnostics.size(), 4u) << diagnostics.to_string();
}

TEST(ParamSchemaObject, AppendsToExistingDiagnostics) {
  Diagnostics diagnostics;
  diagnostics.add("/before", "earlier");
  check(kManualSchema, {{"realisasi", 1}}, diagnostics);
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics.items()[0].pointer, "/before");
  EXPECT_EQ(diagnostics.items()[1].pointer, "/params/evidence");
}

TEST(ParamSchemaObject, PointerPrefixIsUsed) {
  Diagnostics diagnostics;
  kinerja::check_params(kManualSchema, {{"realisasi", 1}}, "/sasaran/0/indicators/2/params", "/base", diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicators/2/params/evidence", "missing required parameter"));
}

// ---------------------------------------------------------------- enum, range, items

TEST(ParamSchemaEnum, AcceptsAChoice) {
  EXPECT_TRUE(AcceptsValue({{"enum", {"mean", "median", "sum"}}}, "median"));
  EXPECT_TRUE(AcceptsValue({{"enum", {1, 2, 3}}}, 2));
}

TEST(ParamSchemaEnum, UnknownStringWithSuggestion) {
  EXPECT_TRUE(RefusesValue({{"type", "string"}, {"enum", {"mean", "median", "sum"}}}, "maen",
                           "unknown value \"maen\"; expected one of mean, median, sum (did you mean 'mean'?)"));
}

TEST(ParamSchemaEnum, UnknownStringFarFromAll) {
  Diagnostics diagnostics;
  check(object_schema({{"v", {{"enum", {"mean", "median", "sum"}}}}}), {{"v", "average"}}, diagnostics);
  ASSERT_TRUE(HasDiagnostic(diagnostics, "/params/v", "unknown value \"average\"; expected one of mean, median, sum"));
  EXPECT_THAT(diagnostics.items()[0].message, Not(HasSubstr("did you mean")));
}

TEST(ParamSchemaEnum, UnknownNumber) {
  EXPECT_TRUE(RefusesValue({{"enum", {1, 2, 3}}}, 4, "unknown value 4; expected one of 1, 2, 3"));
}

TEST(ParamSchemaRange, MinimumAndMaximum) {
  const json sub = {{"type", "number"}, {"minimum", 0}, {"maximum", 100}};
  EXPECT_TRUE(AcceptsValue(sub, 0));
  EXPECT_TRUE(AcceptsValue(sub, 100));
  EXPECT_TRUE(AcceptsValue(sub, 55.5));
  EXPECT_TRUE(RefusesValue(sub, -1, "expected at least 0"));
  EXPECT_TRUE(RefusesValue(sub, 100.5, "expected at most 100"));
}

TEST(ParamSchemaRange, FractionalBounds) {
  const json sub = {{"minimum", 0.5}, {"maximum", 1.5}};
  EXPECT_TRUE(RefusesValue(sub, 0.25, "expected at least 0.5"));
  EXPECT_TRUE(RefusesValue(sub, 2, "expected at most 1.5"));
  EXPECT_TRUE(AcceptsValue(sub, 1));
}

TEST(ParamSchemaRange, OnlyNumbersAreRangeChecked) {
  EXPECT_TRUE(AcceptsValue({{"minimum", 10}}, "5"));
}

TEST(ParamSchemaItems, EachItemIsChecked) {
  Diagnostics diagnostics;
  const json sub = {{"type", "array"}, {"items", {{"type", "number"}, {"maximum", 10}}}};
  check(object_schema({{"values", sub}}), {{"values", {1, "x", 3, 11}}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/values/1", "expected a number, found a string"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/values/3", "expected at most 10"));
  EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
}

TEST(ParamSchemaItems, ObjectsInsideArrays) {
  Diagnostics diagnostics;
  const json sub = {{"type", "array"},
                    {"items", {{"type", "object"}, {"properties", {{"name", {{"type", "string"}}}}}, {"required", {"name"}}}}};
  check(object_schema({{"units", sub}}), {{"units", {{{"name", "ULE 1"}}, {{"nama", "ULE 2"}}}}}, diagnostics);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/units/1/nama", "did you mean 'name'?"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/units/1/name", "missing required parameter"));
  EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
}

// ---------------------------------------------------------------- "format": "path"

const json kPathSchema = object_schema({{"file", {{"type", "string"}, {"format", "path"}}}});

TEST(ParamSchemaPath, RelativePathResolvesAgainstBaseDir) {
  TempDir dir;
  const auto csv = dir.write("data/input.csv", "a,b\n1,2\n");
  Diagnostics diagnostics;
  const auto out = check(kPathSchema, {{"file", "data/input.csv"}}, diagnostics, dir.path());
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  const std::filesystem::path expected = (dir.path() / "data" / "input.csv").lexically_normal();
  EXPECT_EQ(out.params.at("file"), expected.string());
  EXPECT_TRUE(std::filesystem::path(out.params.at("file").get<std::string>()).is_absolute());
  ASSERT_EQ(out.files.size(), 1u);
  EXPECT_EQ(out.files[0], expected);
}

TEST(ParamSchemaPath, DotSegmentsAreNormalised) {
  TempDir dir;
  dir.write("data/input.csv", "x");
  Diagnostics diagnostics;
  const auto out = check(kPathSchema, {{"file", "./data/../data/input.csv"}}, diagnostics, dir.path());
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(out.params.at("file"), (dir.path() / "data/input.csv").lexically_normal().string());
}

TEST(ParamSchemaPath, AbsolutePathIsKept) {
  TempDir dir;
  const auto csv = dir.write("abs.csv", "x");
  Diagnostics diagnostics;
  const auto out = check(kPathSchema, {{"file", csv.string()}}, diagnostics, "/somewhere/else");
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(out.params.at("file"), csv.lexically_normal().string());
  ASSERT_EQ(out.files.size(), 1u);
  EXPECT_EQ(out.files[0], csv.lexically_normal());
}

TEST(ParamSchemaPath, MissingFileIsReportedWithItsPath) {
  TempDir dir;
  Diagnostics diagnostics;
  check(kPathSchema, {{"file", "nope.csv"}}, diagnostics, dir.path());
  const std::string expected = (dir.path() / "nope.csv").lexically_normal().string();
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/file", "input file not found: " + expected));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/file", "relative to the config file"));
  EXPECT_EQ(diagnostics.size(), 1u);
}

TEST(ParamSchemaPath, DirectoryIsRefused) {
  TempDir dir;
  dir.write("data/input.csv", "x");
  Diagnostics diagnostics;
  check(kPathSchema, {{"file", "data"}}, diagnostics, dir.path());
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/file",
                            "expected a file, found a directory: " + (dir.path() / "data").lexically_normal().string()));
  EXPECT_EQ(diagnostics.size(), 1u);
}

TEST(ParamSchemaPath, EmptyPathIsRefused) {
  TempDir dir;
  Diagnostics diagnostics;
  const auto out = check(kPathSchema, {{"file", ""}}, diagnostics, dir.path());
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/file", "expected a file path, found an empty string"));
  EXPECT_EQ(diagnostics.size(), 1u);
  EXPECT_TRUE(out.files.empty());
}

TEST(ParamSchemaPath, WrongTypeIsNotResolved) {
  TempDir dir;
  Diagnostics diagnostics;
  const auto out = check(kPathSchema, {{"file", 3}}, diagnostics, dir.path());
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/file", "expected a string, found a number"));
  EXPECT_TRUE(out.files.empty());
}

TEST(ParamSchemaPath, ArrayOfPaths) {
  TempDir dir;
  dir.write("a.csv", "1");
  dir.write("sub/b.csv", "2");
  const json schema =
      object_schema({{"inputs", {{"type", "array"}, {"items", {{"type", "string"}, {"format", "path"}}}}}});
  Diagnostics diagnostics;
  const auto out = check(schema, {{"inputs", {"a.csv", "sub/b.csv", "c.csv"}}}, diagnostics, dir.path());
  const auto a = (dir.path() / "a.csv").lexically_normal();
  const auto b = (dir.path() / "sub/b.csv").lexically_normal();
  const auto c = (dir.path() / "c.csv").lexically_normal();
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/params/inputs/2", "input file not found: " + c.string()));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
  EXPECT_EQ(out.params.at("inputs"), (json{a.string(), b.string(), c.string()}));
  ASSERT_EQ(out.files.size(), 3u);
  EXPECT_EQ(out.files[0], a);
  EXPECT_EQ(out.files[1], b);
}

TEST(ParamSchemaPath, NestedPathParameter) {
  TempDir dir;
  dir.write("survey/2023.csv", "x");
  const json schema =
      object_schema({{"source", object_schema({{"file", {{"type", "string"}, {"format", "path"}}}, {"sheet", {{"type", "string"}}}})}});
  Diagnostics diagnostics;
  const auto out = check(schema, {{"source", {{"file", "survey/2023.csv"}, {"sheet", "Sheet1"}}}}, diagnostics, dir.path());
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(out.params.at("source").at("file"), (dir.path() / "survey/2023.csv").lexically_normal().string());
  EXPECT_EQ(out.params.at("source").at("sheet"), "Sheet1");
  ASSERT_EQ(out.files.size(), 1u);
}

TEST(ParamSchemaPath, StringWithoutPathFormatIsLeftAlone) {
  TempDir dir;
  Diagnostics diagnostics;
  const auto out =
      check(object_schema({{"name", {{"type", "string"}}}}), {{"name", "data/input.csv"}}, diagnostics, dir.path());
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(out.params.at("name"), "data/input.csv");
  EXPECT_TRUE(out.files.empty());
}

// ---------------------------------------------------------------- schema_problem

TEST(ParamSchemaProblem, AcceptedDescriptions) {
  EXPECT_EQ(kinerja::schema_problem(json{{"type", "object"}}), "");
  EXPECT_EQ(kinerja::schema_problem(json::object()), "");  // the type defaults to object
  EXPECT_EQ(kinerja::schema_problem(kManualSchema), "");
  EXPECT_EQ(kinerja::schema_problem(kPathSchema), "");
}

TEST(ParamSchemaProblem, NotAnObject) {
  EXPECT_EQ(kinerja::schema_problem(json::array()), "the parameter description is not a JSON object");
  EXPECT_EQ(kinerja::schema_problem(json("object")), "the parameter description is not a JSON object");
  EXPECT_EQ(kinerja::schema_problem(json(nullptr)), "the parameter description is not a JSON object");
}

TEST(ParamSchemaProblem, TypeMustBeObject) {
  EXPECT_EQ(kinerja::schema_problem(json{{"type", "array"}}), "the parameter description's type must be \"object\"");
  EXPECT_EQ(kinerja::schema_problem(json{{"type", "string"}}), "the parameter description's type must be \"object\"");
}

TEST(ParamSchemaProblem, UnsupportedKeywordsAreRefusedNotIgnored) {
  // A plugin author who writes "pattern" expects it enforced; kinerja does
  // not enforce it, so it refuses the description instead of ignoring it.
  for (const char* schema : {R"({"properties": {"id": {"type": "string", "pattern": "^[A-Z]+$"}}})",
                             R"({"properties": {"x": {"oneOf": []}}})", R"({"$ref": "#/defs/x"})"}) {
    EXPECT_THAT(kinerja::schema_problem(json::parse(schema)), HasSubstr("keyword not supported")) << schema;
  }
  EXPECT_EQ(kinerja::schema_problem(json::parse(
                R"({"properties": {"n": {"type": "integer", "default": 3, "title": "N", "examples": [3]}}})")),
            "");
}

TEST(ParamSchema, DefaultFillsAnOmittedParameter) {
  const json schema = json::parse(R"({"properties": {"weights": {"type": "string", "default": "exact"},
                                                      "n": {"type": "integer", "default": 9}}})");
  Diagnostics diagnostics;
  const auto checked = kinerja::check_params(schema, json{{"n", 4}}, "/params", "/base", diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  EXPECT_EQ(checked.params, (json{{"n", 4}, {"weights", "exact"}}));
}

TEST(ParamSchemaProblem, PropertiesMustBeAnObject) {
  EXPECT_THAT(kinerja::schema_problem(json{{"type", "object"}, {"properties", json::array({"a"})}}),
              HasSubstr("/properties must be an object"));
}

// A "type" that is not a string (JSON Schema allows ["object", "null"]) is a
// problem to report, not an exception. (Regression: schema_problem used to
// let nlohmann's type_error out, past the plugin loader's refusal.)
TEST(ParamSchemaProblem, NonStringTypeIsAProblemNotAnException) {
  std::string problem;
  EXPECT_NO_THROW(problem = kinerja::schema_problem(json::parse(R"({"type": ["object", "null"]})")));
  EXPECT_EQ(problem, "the parameter description's type must be \"object\"");
  EXPECT_NO_THROW(problem = kinerja::schema_problem(json::parse(R"({"type": 1})")));
  EXPECT_EQ(problem, "the parameter description's type must be \"object\"");
}

// Nested parts of a description are checked too, each problem naming where
// it is inside the description.
TEST(ParamSchemaProblem, NestedProblemsNameTheirPlace) {
  struct Case {
    const char* schema;
    const char* where;
  };
  const Case cases[] = {
      {R"({"properties": {"x": {"type": "float"}}})", "/properties/x/type must be one of object, array, string"},
      {R"({"properties": {"x": {"type": ["string"]}}})", "/properties/x/type must be one of"},
      {R"({"properties": {"f": {"type": "string", "format": 1}}})", "/properties/f/format: only \"path\" and \"table\" are supported"},
      {R"({"properties": {"n": {"minimum": "0"}}})", "/properties/n/minimum must be a number"},
      {R"({"properties": {"n": {"maximum": null}}})", "/properties/n/maximum must be a number"},
      {R"({"properties": {"m": {"enum": "mean"}}})", "/properties/m/enum must be an array"},
      {R"({"required": "file"})", "/required must be an array of names"},
      {R"({"required": ["file", 2]})", "/required must be an array of names"},
      {R"({"additionalProperties": "yes"})", "/additionalProperties must be a boolean or an object"},
      {R"({"additionalProperties": {"type": "float"}})", "/additionalProperties/type must be one of"},
      {R"({"properties": {"v": {"type": "array", "items": 5}}})", "/properties/v/items is not an object"},
      {R"({"properties": {"v": {"items": {"format": false}}}})", "/properties/v/items/format: only \"path\" and \"table\" are supported"},
      {R"({"properties": {"x": true}})", "/properties/x is not an object"},
      {R"({"properties": {"a/b": {"type": "text"}}})", "/properties/a~1b/type must be one of"},
      {R"({"properties": {"p": {"type": "object", "properties": {"q": {"required": [1]}}}}})",
       "/properties/p/properties/q/required must be an array of names"},
  };
  for (const auto& c : cases) {
    const std::string problem = kinerja::schema_problem(json::parse(c.schema));
    EXPECT_THAT(problem, HasSubstr(c.where)) << c.schema;
  }
}

TEST(ParamSchemaProblem, RichValidDescriptionIsAccepted) {
  const json schema = json::parse(R"({
    "type": "object",
    "properties": {
      "file": {"type": "string", "format": "path", "description": "CSV"},
      "method": {"type": "string", "enum": ["mean", "median"]},
      "weight": {"type": "number", "minimum": 0, "maximum": 1.5},
      "units": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}},
      "extra": {"type": "object", "additionalProperties": {"type": "integer"}},
      "free": {"type": "object", "additionalProperties": true},
      "maybe": {"type": "null"},
      "flag": {"type": "boolean"}
    },
    "required": ["file"],
    "additionalProperties": false
  })");
  EXPECT_EQ(kinerja::schema_problem(schema), "");
}

// check_params trusts what schema_problem accepted: a description with a
// problem is refused up front, so it never reaches check_params to throw there.
TEST(ParamSchemaProblem, DescriptionsThatWouldBreakCheckingAreRefused) {
  const json descriptions[] = {
      json::parse(R"({"type": "object", "properties": {"f": {"type": "string", "format": 1}}})"),
      json::parse(R"({"type": "object", "additionalProperties": "yes"})"),
      json::parse(R"({"type": "object", "properties": {"f": {"items": true}}})"),
  };
  const json params = {{"f", "x"}, {"g", 1}};
  for (const auto& schema : descriptions) {
    const std::string problem = kinerja::schema_problem(schema);
    EXPECT_NE(problem, "") << schema.dump();
    if (problem.empty()) {
      Diagnostics diagnostics;
      EXPECT_NO_THROW(kinerja::check_params(schema, params, "/params", "/base", diagnostics)) << schema.dump();
    }
  }
}

}  // namespace
