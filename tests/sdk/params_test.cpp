// Tests of kinerja/sdk/params.hpp: parameters declared once. A Settings
// struct with every kind of declaration: the description it publishes,
// the defaults taken from the members' initial values, and read() with the
// problems JSON Schema cannot state, each under its pointer.
#include <kinerja/sdk/params.hpp>
#include <kinerja/sdk/schema.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "temp_dir.hpp"

namespace kinerja::sdk {
namespace {

using ::testing::ElementsAre;
using kinerja::testing::TempDir;

enum class Method { pooled, mean_of_months };

struct Month {
  YearMonth month;
  double value = 0;
};

struct Settings {
  std::string label = "IKK";
  std::optional<std::string> note;
  double threshold = 0.5;
  std::optional<double> target;
  int top = 3;
  std::optional<long> limit;
  bool strict = false;
  Method method = Method::pooled;
  std::optional<Method> fallback;
  std::optional<Date> cutoff;
  YearMonth first_month;
  std::optional<std::filesystem::path> calendar;
  std::vector<std::filesystem::path> attachments;
  std::optional<TableSpec> log;
  json published;
  std::map<std::string, double> monthly;
  std::optional<std::map<std::string, double>> weights;
  std::map<std::string, Month> groups;
  std::optional<Month> summary;
  std::vector<Month> months;
  Period period;
};

Parameters<Month> month_parameters() {
  Parameters<Month> p;
  p.month("month", &Month::month, "The month.").required();
  p.number("value", &Month::value, "Its value.").minimum(0);
  return p;
}

Fields log_fields() {
  Fields f;
  f.date("tanggal", "The date.");
  return f;
}

Parameters<Settings> parameters() {
  const std::vector<std::pair<std::string, Method>> methods = {{"pooled", Method::pooled}, {"mean_of_months", Method::mean_of_months}};
  Parameters<Settings> p;
  p.text("label", &Settings::label, "A label.");
  p.text("note", &Settings::note, "A note.");
  p.number("threshold", &Settings::threshold, "A threshold.").minimum(0).maximum(1).title("Threshold");
  p.number("target", &Settings::target, "The target.").required();
  p.integer("top", &Settings::top, "How many.").minimum(1);
  p.integer("limit", &Settings::limit, "At most.");
  p.boolean("strict", &Settings::strict, "Strict or not.");
  p.choice("method", &Settings::method, methods, "How.");
  p.choice("fallback", &Settings::fallback, methods, "Else how.");
  p.date("cutoff", &Settings::cutoff, "The cut-off day.");
  p.month("first_month", &Settings::first_month, "The first month.");
  p.file("calendar", &Settings::calendar, "A calendar file.");
  p.files("attachments", &Settings::attachments, "More files.");
  p.table("log", &Settings::log, log_fields(), "The log.").example("log.csv");
  p.value("published", &Settings::published, {{"type", "object"}, {"additionalProperties", {{"type", "number"}}}}, "Printed figures.");
  p.number_map("monthly", &Settings::monthly, "By month.");
  p.number_map("weights", &Settings::weights, "Weights.");
  p.object_map("groups", &Settings::groups, month_parameters(), "Groups.");
  p.object("summary", &Settings::summary, month_parameters(), "A summary.");
  p.list("months", &Settings::months, month_parameters(), "The months.");
  p.period("period", &Settings::period, "The dates counted.");
  p.only_with("limit", "log");
  p.rule([](const Settings& s, const json&, const std::string& at, Reading& r) {
    if (s.target && *s.target < s.threshold) r.problem(at + "/target", "the target is below the threshold");
  });
  p.examples(json::array({{{"target", 1}}}));
  return p;
}

const json month_schema = {{"type", "object"},
                           {"properties",
                            {{"month", {{"type", "string"}, {"description", "The month."}}},
                             {"value", {{"type", "number"}, {"default", 0.0}, {"description", "Its value."}, {"minimum", 0.0}}}}},
                           {"required", {"month"}}};

TEST(Parameters, TheDescriptionOfEveryKind) {
  const json s = parameters().schema();
  EXPECT_EQ(s["type"], "object");
  EXPECT_EQ(s["required"], (json{"target"}));
  EXPECT_EQ(s["examples"], (json::array({{{"target", 1}}})));
  const json& p = s["properties"];
  EXPECT_EQ(p["label"], (json{{"type", "string"}, {"default", "IKK"}, {"description", "A label."}}));
  EXPECT_EQ(p["note"], (json{{"type", "string"}, {"description", "A note."}}));
  EXPECT_EQ(p["threshold"], (json{{"type", "number"}, {"default", 0.5}, {"description", "A threshold."}, {"minimum", 0.0},
                                  {"maximum", 1.0}, {"title", "Threshold"}}));
  EXPECT_EQ(p["target"], (json{{"type", "number"}, {"description", "The target."}}));  // required: no default
  EXPECT_EQ(p["top"], (json{{"type", "integer"}, {"default", 3}, {"description", "How many."}, {"minimum", 1.0}}));
  EXPECT_EQ(p["limit"], (json{{"type", "integer"}, {"description", "At most."}}));
  EXPECT_EQ(p["strict"], (json{{"type", "boolean"}, {"default", false}, {"description", "Strict or not."}}));
  EXPECT_EQ(p["method"], (json{{"type", "string"}, {"enum", {"pooled", "mean_of_months"}}, {"default", "pooled"}, {"description", "How."}}));
  EXPECT_EQ(p["fallback"], (json{{"type", "string"}, {"enum", {"pooled", "mean_of_months"}}, {"description", "Else how."}}));
  EXPECT_EQ(p["cutoff"], (json{{"type", "string"}, {"description", "The cut-off day."}}));
  EXPECT_EQ(p["first_month"], (json{{"type", "string"}, {"description", "The first month."}}));
  EXPECT_EQ(p["calendar"], (json{{"type", "string"}, {"format", "path"}, {"description", "A calendar file."}}));
  EXPECT_EQ(p["attachments"], (json{{"type", "array"}, {"items", {{"type", "string"}, {"format", "path"}}}, {"description", "More files."}}));
  EXPECT_EQ(p["log"], (json{{"format", "table"}, {"fields", log_fields().to_json()}, {"description", "The log."}, {"examples", {"log.csv"}}}));
  EXPECT_EQ(p["published"], (json{{"type", "object"}, {"additionalProperties", {{"type", "number"}}}, {"description", "Printed figures."}}));
  EXPECT_EQ(p["monthly"], (json{{"type", "object"}, {"additionalProperties", {{"type", "number"}}}, {"description", "By month."}}));
  EXPECT_EQ(p["weights"], (json{{"type", "object"}, {"additionalProperties", {{"type", "number"}}}, {"description", "Weights."}}));
  EXPECT_EQ(p["groups"], (json{{"type", "object"}, {"additionalProperties", month_schema}, {"description", "Groups."}}));
  json summary = month_schema;
  summary["description"] = "A summary.";
  EXPECT_EQ(p["summary"], summary);
  EXPECT_EQ(p["months"], (json{{"type", "array"}, {"items", month_schema}, {"description", "The months."}}));
  EXPECT_EQ(p["period"]["type"], "object");
  EXPECT_EQ(p["period"]["properties"]["from"]["type"], "string");
  EXPECT_EQ(p["period"]["properties"]["to"]["type"], "string");
  EXPECT_FALSE(p["period"].contains("default"));
  EXPECT_EQ(parameters().names().size(), 21u);
  EXPECT_EQ(parameters().names().front(), "label");
  // What the host accepts as a description.
  EXPECT_EQ(schema::description_problem(s), "");
}

class ParametersRead : public ::testing::Test {
 protected:
  // What the SDK does before compute: the description's check (defaults
  // filled, paths resolved), then read(). Problems of either go to `problems`.
  Settings read(const json& params) {
    problems.clear();
    const auto declared = parameters();
    const auto checked = schema::check(declared.schema(), params, "/params", dir.path(), problems);
    if (!problems.empty()) return {};
    Reading reading(problems, 2024, dir.path());
    return declared.read(checked.params, "/params", reading);
  }
  std::vector<std::string> problems_of(const json& params) {
    read(params);
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(p.path + ": " + p.message);
    return out;
  }

  TempDir dir;
  std::vector<Problem> problems;
};

TEST_F(ParametersRead, DefaultsAreTheMembersInitialValues) {
  const Settings s = read({{"target", 0.9}});
  ASSERT_TRUE(problems.empty()) << problems[0].path << ": " << problems[0].message;
  EXPECT_EQ(s.label, "IKK");
  EXPECT_FALSE(s.note);
  EXPECT_EQ(s.threshold, 0.5);
  EXPECT_EQ(s.target, 0.9);
  EXPECT_EQ(s.top, 3);
  EXPECT_FALSE(s.limit);
  EXPECT_FALSE(s.strict);
  EXPECT_EQ(s.method, Method::pooled);
  EXPECT_FALSE(s.fallback);
  EXPECT_FALSE(s.cutoff);
  EXPECT_FALSE(s.calendar);
  EXPECT_TRUE(s.attachments.empty());
  EXPECT_FALSE(s.log);
  EXPECT_TRUE(s.published.is_null());
  EXPECT_FALSE(s.weights);
  EXPECT_FALSE(s.summary);
  EXPECT_EQ(s.period.text(), "2024-01-01..2024-12-31");  // the config's year
}

TEST_F(ParametersRead, EveryKindRead) {
  dir.write("kalender.json", "{}");
  dir.write("a.pdf", "x");
  dir.write("log.csv", "tanggal\n2024-01-05\n");
  const Settings s = read({{"label", "IKU 2"},
                           {"note", "catatan"},
                           {"threshold", 0.25},
                           {"target", 0.75},
                           {"top", 5},
                           {"limit", 2.0},
                           {"strict", true},
                           {"method", "mean_of_months"},
                           {"fallback", "pooled"},
                           {"cutoff", "31 Januari 2024"},
                           {"first_month", "2024-2"},
                           {"calendar", "kalender.json"},
                           {"attachments", {"a.pdf", (dir.path() / "log.csv").string()}},
                           {"log", "log.csv"},
                           {"published", {{"negatif", 13.5}}},
                           {"monthly", {{"2024-01", 2.5}}},
                           {"weights", {{"a", 1}}},
                           {"groups", {{"humas", {{"month", "2024-03"}}}}},
                           {"summary", {{"month", "2024-04"}, {"value", 7}}},
                           {"months", json::array({{{"month", "2024-05"}}, {{"month", "2024-06"}, {"value", 1.5}}})},
                           {"period", {{"from", "2024-07-01"}}}});
  ASSERT_TRUE(problems.empty()) << problems[0].path << ": " << problems[0].message;
  EXPECT_EQ(s.label, "IKU 2");
  EXPECT_EQ(s.note, "catatan");
  EXPECT_EQ(s.threshold, 0.25);
  EXPECT_EQ(s.top, 5);
  EXPECT_EQ(s.limit, 2);
  EXPECT_TRUE(s.strict);
  EXPECT_EQ(s.method, Method::mean_of_months);
  EXPECT_EQ(s.fallback, Method::pooled);
  EXPECT_EQ(s.cutoff->iso(), "2024-01-31");
  EXPECT_EQ(s.first_month, (YearMonth{2024, 2}));
  EXPECT_EQ(s.calendar, dir.path() / "kalender.json");
  EXPECT_EQ(s.attachments, (std::vector<std::filesystem::path>{dir.path() / "a.pdf", dir.path() / "log.csv"}));
  ASSERT_TRUE(s.log);
  EXPECT_EQ(s.log->files(), (std::vector<std::filesystem::path>{dir.path() / "log.csv"}));
  EXPECT_EQ(s.published, (json{{"negatif", 13.5}}));
  EXPECT_EQ(s.monthly, (std::map<std::string, double>{{"2024-01", 2.5}}));
  EXPECT_EQ(s.weights, (std::map<std::string, double>{{"a", 1}}));
  EXPECT_EQ(s.groups.at("humas").month, (YearMonth{2024, 3}));
  EXPECT_EQ(s.groups.at("humas").value, 0.0);  // the nested default
  EXPECT_EQ(s.summary->value, 7.0);
  ASSERT_EQ(s.months.size(), 2u);
  EXPECT_EQ(s.months[0].month, (YearMonth{2024, 5}));
  EXPECT_EQ(s.months[1].value, 1.5);
  EXPECT_EQ(s.period.text(), "2024-07-01..2024-12-31");  // "to" from the config's year
}

TEST_F(ParametersRead, ProblemsTheSchemaCannotStateWithTheirPointers) {
  EXPECT_THAT(problems_of({{"target", 1}, {"cutoff", "2023-02-29"}}),
              ElementsAre("/params/cutoff: '2023-02-29' is no date: February 2023 has 28 days"));
  EXPECT_THAT(problems_of({{"target", 1}, {"first_month", "2024-13"}}),
              ElementsAre("/params/first_month: '2024-13' is not a month (expected YYYY-MM, e.g. 2024-01)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"period", {{"from", "2024-12-31"}, {"to", "2024-01-01"}}}}),
              ElementsAre("/params/period: the period ends (2024-01-01) before it starts (2024-12-31)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"period", {{"from", "kemarin"}, {"to", "2024-01-01"}}}}),
              ElementsAre("/params/period/from: 'kemarin' is not a date (expected e.g. 2024-01-31, 31/01/2024 or 31 Januari 2024)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"months", json::array({{{"month", "2024-01"}}, {{"month", "Januari"}}})}}),
              ElementsAre("/params/months/1/month: 'Januari' is not a month (expected YYYY-MM, e.g. 2024-01)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"groups", {{"humas", {{"month", "x"}}}}}}),
              ElementsAre("/params/groups/humas/month: 'x' is not a month (expected YYYY-MM, e.g. 2024-01)"));
  EXPECT_THAT(problems_of({{"target", 1}, {"summary", {{"month", "2024-00"}}}}),
              ElementsAre("/params/summary/month: '2024-00' is not a month (expected YYYY-MM, e.g. 2024-01)"));
}

TEST_F(ParametersRead, RulesOverTheWholeObject) {
  dir.write("log.csv", "tanggal\n");
  EXPECT_THAT(problems_of({{"target", 1}, {"limit", 3}}), ElementsAre("/params/limit: limit applies only with log"));
  EXPECT_TRUE(problems_of({{"target", 1}, {"limit", 3}, {"log", "log.csv"}}).empty());
  EXPECT_THAT(problems_of({{"target", 0.1}}), ElementsAre("/params/target: the target is below the threshold"));
  // The schema's own problems come first, and alone.
  EXPECT_THAT(problems_of({{"threshold", 2}}), ElementsAre("/params/threshold: expected at most 1, found 2",
                                                           "/params/target: missing required parameter: The target."));
}

struct Choice {
  std::optional<TableSpec> articles;
  json summary;
};

TEST(ParametersRules, OneOfWithAndWithoutMeanings) {
  Fields f;
  f.date("tanggal", "");
  Parameters<Choice> p;
  p.table("articles", &Choice::articles, f, "The log.");
  p.value("summary", &Choice::summary, {{"type", "object"}}, "Figures.");
  p.one_of({"articles", "summary"}, {"the article log", "monthly figures"});
  TempDir dir;
  dir.write("a.csv", "tanggal\n");
  const auto problems_of = [&](const json& params) {
    std::vector<Problem> problems;
    Reading r(problems, 2024, dir.path());
    p.read(params, "/params", r);
    std::vector<std::string> out;
    for (const Problem& x : problems) out.push_back(x.path + ": " + x.message);
    return out;
  };
  EXPECT_THAT(problems_of(json::object()),
              ElementsAre("/params/articles: give articles (the article log) or summary (monthly figures)"));
  EXPECT_THAT(problems_of({{"articles", "a.csv"}, {"summary", json::object()}}),
              ElementsAre("/params/summary: give either articles (the article log) or summary (monthly figures), not both"));
  EXPECT_TRUE(problems_of({{"summary", json::object()}}).empty());
  Parameters<Choice> bare;
  bare.value("summary", &Choice::summary, {{"type", "object"}}, "");
  bare.value("articles", &Choice::summary, {{"type", "object"}}, "");
  bare.one_of({"articles", "summary"});
  std::vector<Problem> problems;
  Reading r(problems, 2024, dir.path());
  bare.read(json::object(), "", r);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "/articles");
  EXPECT_EQ(problems[0].message, "give articles or summary");
}

struct Rate {
  double rate = 0;
  json counts;
  bool weekends = false;
  std::optional<TableSpec> log;
};

TEST(ParametersRules, OneOfAndOnlyWithSeeOnlyWhatTheConfigGives) {
  // The rules run after the description's check, which fills every default:
  // a parameter with one (any double, int or bool member) must not count as
  // given, or one_of says "not both" and only_with "applies only with" for
  // a config that gives neither.
  Fields f;
  f.date("tanggal", "");
  Parameters<Rate> p;
  p.number("rate", &Rate::rate, "A rate.");
  p.value("counts", &Rate::counts, {{"type", "object"}}, "Counts.");
  p.boolean("weekends", &Rate::weekends, "Count weekends.");
  p.table("log", &Rate::log, f, "The log.");
  p.one_of({"rate", "counts"});
  p.only_with("weekends", "log");
  TempDir dir;
  std::vector<Problem> problems;
  const auto checked = schema::check(p.schema(), {{"counts", json::object()}}, "/params", dir.path(), problems);
  ASSERT_TRUE(problems.empty());
  Reading r(problems, 2024, dir.path());
  p.read(checked.params, "/params", r);
  std::vector<std::string> messages;
  for (const Problem& x : problems) messages.push_back(x.path + ": " + x.message);
  EXPECT_TRUE(messages.empty()) << ::testing::PrintToString(messages);
}

struct Counts {
  int top = 3;
  std::size_t rows = 0;
  std::optional<short> small;
};

TEST(ParametersIntegers, AWholeNumberTheMemberCannotHoldIsAProblem) {
  Parameters<Counts> p;
  p.integer("top", &Counts::top, "");
  p.integer("rows", &Counts::rows, "");
  p.integer("small", &Counts::small, "");
  const auto problems_of = [&](const json& params) {
    std::vector<Problem> problems;
    Reading r(problems, 2024, "/");
    const Counts c = p.read(params, "/params", r);
    std::vector<std::string> out;
    for (const Problem& x : problems) out.push_back(x.path + ": " + x.message);
    if (problems.empty()) out.push_back(std::to_string(c.top) + " " + std::to_string(c.rows) + " " + std::to_string(c.small.value_or(0)));
    return out;
  };
  EXPECT_THAT(problems_of({{"top", 2147483647}, {"rows", 5.0}, {"small", -32768}}), ElementsAre("2147483647 5 -32768"));
  EXPECT_THAT(problems_of(json::parse(R"({"top": 1e10})")), ElementsAre("/params/top: expected at most 2147483647, found 10000000000.0"));
  EXPECT_THAT(problems_of({{"top", 2147483648LL}}), ElementsAre("/params/top: expected at most 2147483647, found 2147483648"));
  EXPECT_THAT(problems_of({{"rows", -1}}), ElementsAre("/params/rows: expected at least 0, found -1"));
  EXPECT_THAT(problems_of({{"small", 40000}}), ElementsAre("/params/small: expected at most 32767, found 40000"));
}

TEST(ParametersRules, AModifierBeforeAnyParameterIsAProgrammingError) {
  Parameters<Rate> p;
  EXPECT_THROW(p.required(), std::logic_error);
  EXPECT_THROW(p.minimum(0), std::logic_error);
}

}  // namespace
}  // namespace kinerja::sdk
