// Scores made of parts and graded by bands (sdk/include/kinerja/sdk/scoring.hpp),
// on small hand-made rules. Expected values are worked out by hand in the
// comments; the bundled SAKIP, IPP and Ombudsman files are tested with
// their plugins.
#include <kinerja/sdk/scoring.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "message_of.hpp"
#include "temp_dir.hpp"

namespace kinerja::sdk::scoring {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using kinerja::testing::message_of;

std::vector<std::string> messages(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems) out.push_back(p.path + ": " + p.message);
  return out;
}

// Two components of 30 and 70 points (SAKIP-like), strict bands.
json points_list(double first_max = 30) {
  return json::array({{{"key", "plan"}, {"label", "Planning"}, {"max", first_max}}, {{"key", "report"}, {"max", 70}}});
}
Parts points() { return Parts::points(points_list(), "f.json: /r/R/parts", "component", "R"); }

// Three aspects weighted 50/30/20, each scored 0 to 5 (IPP-like).
Parts weighted() {
  return Parts::weighted(json::array({{{"key", "a"}, {"weight", 50}}, {{"key", "b"}, {"weight", 30}}, {{"key", "c"}, {"weight", 20}}}),
                         "f.json: /r/R/aspects", 0, 5, "aspect", "R");
}

const json strict_table = json::parse(R"({"bound": "above", "verified": false, "bands": [
  {"min": 80, "grade": "A", "label": "Good", "zone": "green"},
  {"min": 60, "grade": "B", "label": "Fair", "zone": "green"},
  {"grade": "C", "label": "Poor", "zone": "red"}]})");

// ---- the data file ----------------------------------------------------------

const json document = json::parse(R"({"note": "Nothing after 2024.", "regulations": {
  "Reg-2021": {"source": "Regulation 2021", "parts": []}, "Reg-2017": {}, "broken": 3}})");

TEST(ScoringRulesFile, FindsAnEntryByItsKeyWithItsPlaceInTheFile) {
  const RulesFile file(document, "own.json");
  const Entry e = file.entry("regulations", "regulation", "Reg-2021");
  EXPECT_EQ(e.key, "Reg-2021");
  EXPECT_EQ(e.where, "own.json: /regulations/Reg-2021");
  EXPECT_EQ(e.text("source"), "Regulation 2021");
  EXPECT_EQ(e.text("name"), "");  // absent: empty
  EXPECT_EQ(e.place("parts"), "own.json: /regulations/Reg-2021/parts");
  EXPECT_EQ(file.text("note"), "Nothing after 2024.");
  EXPECT_EQ(file.keys("regulations"), (std::vector<std::string>{"Reg-2017", "Reg-2021", "broken"}));
}

TEST(ScoringRulesFile, AnUnknownKeyListsTheKeysThereAreAndSuggestsACloseOne) {
  const RulesFile file(document, "own.json");
  EXPECT_EQ(message_of([&] { file.entry("regulations", "regulation", "Reg-2012"); }),
            "unknown regulation 'Reg-2012' in own.json (did you mean 'Reg-2017'?); it has: Reg-2017, Reg-2021, broken");
  EXPECT_EQ(message_of([&] { file.entry("regulations", "regulation", "PermenPANRB-12-2015"); }),
            "unknown regulation 'PermenPANRB-12-2015' in own.json; it has: Reg-2017, Reg-2021, broken");
  EXPECT_THROW(file.entry("regulations", "regulation", "x"), ConfigError);
  // The keys as a plugin shows them, e.g. with the years they cover.
  EXPECT_EQ(std::string(unknown_key("method", "m-2019", "m.json", {"m-2022"}, {"m-2022 (2022 to 2024)"}).what()),
            "unknown method 'm-2019' in m.json (did you mean 'm-2022'?); it has: m-2022 (2022 to 2024)");
}

TEST(ScoringRulesFile, MalformedFilesAreInputErrorsNamingThem) {
  EXPECT_EQ(message_of([] { RulesFile(json::object(), "own.json").entries("regulations"); }),
            "own.json: expected an object with \"regulations\"");
  const RulesFile file(document, "own.json");
  EXPECT_EQ(message_of([&] { file.entry("regulations", "regulation", "broken"); }),
            "own.json: /regulations/broken: expected an object");
  EXPECT_THROW(file.entries("regulations"), InputError);  // "broken" is among them
  EXPECT_EQ(message_of([&] { file.entry("regulations", "regulation", "Reg-2017").at("parts"); }),
            "own.json: /regulations/Reg-2017/parts: missing");
  EXPECT_THROW(RulesFile(json{{"note", 1}}, "own.json").text("note"), InputError);
}

TEST(ScoringRulesFile, OpensAUnitsOwnCopyInsteadOfTheBundledFile) {
  kinerja::testing::TempDir dir;
  const auto own = dir.write("own.json", "// a unit's copy\n{\"regulations\": {\"R\": {}}}");
  const RulesFile file = RulesFile::open("sakip", "predikat.json", own);
  EXPECT_EQ(file.file(), own.string());
  EXPECT_EQ(file.keys("regulations"), std::vector<std::string>{"R"});
  // Without one, the bundled file beside the library: not there for a test binary.
  EXPECT_THAT(message_of([] { RulesFile::open("no-such-plugin", "rules.json", std::nullopt); }),
              HasSubstr("no-such-plugin/rules.json: cannot open data file"));
}

struct Settings {
  std::string regulation = "Reg-2021";
  std::optional<std::filesystem::path> data;
};

TEST(ScoringRulesFile, TheKeyAndDataParametersAreDescribedOnce) {
  Parameters<Settings> p;
  declare_rules(p, "regulation", &Settings::regulation, "Key of the rules.", &Settings::data, "rules.json");
  const json s = p.schema();
  EXPECT_EQ(s["properties"]["regulation"]["default"], "Reg-2021");
  EXPECT_EQ(s["properties"]["regulation"]["description"], "Key of the rules.");
  EXPECT_EQ(s["properties"]["data"]["format"], "path");
  EXPECT_THAT(s["properties"]["data"]["description"].get<std::string>(), HasSubstr("A unit's own copy of rules.json"));
}

TEST(ScoringRulesFile, ALoadingFailureBecomesAProblemUnderTheParameterToBlame) {
  std::vector<Problem> problems;
  EXPECT_EQ(rules_or_problem([] { return 7; }, "/params/regulation", false, problems), 7);
  EXPECT_TRUE(problems.empty());
  EXPECT_FALSE(rules_or_problem([]() -> int { throw ConfigError("unknown regulation"); }, "/params/regulation", false, problems));
  EXPECT_FALSE(rules_or_problem([]() -> int { throw InputError("own.json: bad"); }, "/params/regulation", true, problems));
  EXPECT_FALSE(rules_or_problem([]() -> int { throw InputError("bundled.json: bad"); }, "/params/regulation", false, problems));
  EXPECT_THAT(messages(problems), ElementsAre("/params/regulation: unknown regulation", "/params/data: own.json: bad",
                                              "/params: bundled.json: bad"));
}

TEST(Scoring, EvidenceComesFirstInTheNote) {
  EXPECT_EQ(with_evidence("LHE 2023", "predikat BB"), "LHE 2023; predikat BB");
  EXPECT_EQ(with_evidence("", "predikat BB"), "predikat BB");
  EXPECT_EQ(with_evidence("LHE 2023", ""), "LHE 2023");
}

TEST(Scoring, RefuseAnyNamesEveryProblem) {
  EXPECT_NO_THROW(refuse_any({}));
  EXPECT_EQ(message_of([] { refuse_any({{"/a", "first"}, {"/b", "second"}}); }), "first; second");
}

// ---- parts ------------------------------------------------------------------

TEST(ScoringParts, PointsAreReadInTheFilesOrder) {
  const Parts parts = points();
  ASSERT_EQ(parts.list().size(), 2u);
  EXPECT_EQ(parts.list()[0].key, "plan");
  EXPECT_EQ(parts.list()[0].label, "Planning");
  EXPECT_EQ(parts.list()[0].max, 30);
  EXPECT_EQ(parts.list()[1].label, "report");  // no label: the key
  EXPECT_EQ(parts.keys(), (std::vector<std::string>{"plan", "report"}));
  EXPECT_EQ(parts.find("report")->max, 70);
  EXPECT_EQ(parts.find("other"), nullptr);
}

TEST(ScoringParts, MaximaOrWeightsThatDoNotSumTo100AreRefused) {
  EXPECT_EQ(message_of([] { Parts::points(points_list(29), "own.json: /r/R/parts", "component", "R"); }),
            "own.json: /r/R/parts: maxima sum to 99, expected 100");
  // 21.84 + 32.37 + 24.24 + 21.54 is 99.98999999999998 in binary: shown as 99.99.
  EXPECT_EQ(message_of([] {
              Parts::points(json::array({{{"key", "a"}, {"max", 21.84}}, {{"key", "b"}, {"max", 32.37}},
                                         {{"key", "c"}, {"max", 24.24}}, {{"key", "d"}, {"max", 21.54}}}),
                            "own.json: /r/R/parts", "dimension", "R");
            }),
            "own.json: /r/R/parts: maxima sum to 99.99, expected 100");
  EXPECT_EQ(message_of([] {
              Parts::weighted(json::array({{{"key", "a"}, {"weight", 60}}, {{"key", "b"}, {"weight", 39}}}), "own.json: /a", 0,
                              5, "aspect", "R");
            }),
            "own.json: /a: weights sum to 99, expected 100");
  EXPECT_THROW(Parts::points(points_list(29), "p", "component", "R"), InputError);
}

TEST(ScoringParts, MalformedPartsAreRefusedNamingThem) {
  const auto refusal = [](const json& list) { return message_of([&] { Parts::points(list, "own.json: /p", "component", "R"); }); };
  EXPECT_EQ(refusal(json::array()), "own.json: /p: expected a non-empty array");
  EXPECT_EQ(refusal(json::array({{{"key", "a"}}})), "own.json: /p/0: expected an object with \"key\" and a numeric \"max\"");
  EXPECT_EQ(refusal(json::array({{{"key", "a"}, {"max", 0}}, {{"key", "b"}, {"max", 100}}})),
            "own.json: /p/0/max: expected a positive maximum");
  EXPECT_EQ(refusal(json::array({{{"key", "a"}, {"max", 50}}, {{"key", "a"}, {"max", 50}}})),
            "own.json: /p/1/key: 'a' is listed twice");
  EXPECT_EQ(refusal(json::array({{{"key", "a"}, {"max", 100}, {"label", 3}}})), "own.json: /p/0/label: expected a text");
  EXPECT_EQ(message_of([] {
              Parts::weighted(json::array({{{"key", "a"}, {"weight", -1}}, {{"key", "b"}, {"weight", 101}}}), "own.json: /a",
                              0, 5, "aspect", "R");
            }),
            "own.json: /a/0/weight: expected a weight of 0 or more");
}

TEST(ScoringParts, ScoresMissingOutOfRangeOrOfNoPartAreProblemsNamingThem) {
  std::vector<Problem> problems;
  points().check({{"plan", 31}, {"report", -1}}, "/params/components", "", problems);
  points().check({{"plan", 10}, {"reprot", 5}}, "/params/units/0/components", "unit 'U': ", problems);
  points().check({{"plan", 10}, {"report", 5}, {"evaluation", 1}}, "/c", "", problems);
  EXPECT_THAT(messages(problems),
              ElementsAre("/params/components/plan: component plan (Planning): 31 is above its maximum 30 (R)",
                          "/params/components/report: component report (report): -1 is below its minimum 0 (R)",
                          "/params/units/0/components: unit 'U': component report (report) is missing: R scores it from 0 to 70",
                          "/params/units/0/components/reprot: unit 'U': component 'reprot' is not scored under R (did you mean 'report'?)",
                          "/c/evaluation: component 'evaluation' is not scored under R; it scores plan and report"));
}

TEST(ScoringParts, EveryScoreAtAnEndOfItsRangeIsAllowed) {
  std::vector<Problem> problems;
  points().check({{"plan", 30}, {"report", 0}}, "/c", "", problems);
  weighted().check({{"a", 0}, {"b", 5}, {"c", 5}}, "/a", "", problems);
  EXPECT_TRUE(problems.empty());
}

TEST(ScoringParts, RulesWithoutPartsScoreTotalsOnly) {
  std::vector<Problem> problems;
  Parts("dimension", "M-2021").check({{"input", 10}}, "/params/units/1/dimensions", "unit 'B': ", problems);
  EXPECT_THAT(messages(problems),
              ElementsAre("/params/units/1/dimensions: unit 'B': M-2021 scores totals only, not by dimension: give the total"));
  EXPECT_TRUE(Parts("dimension", "M-2021").empty());
}

TEST(ScoringParts, TheTotalOfPointsIsTheirSum) {
  // 24.35 + 53.1 = 77.45
  EXPECT_NEAR(points().total({{"plan", 24.35}, {"report", 53.1}}), 77.45, 1e-12);
  EXPECT_EQ(points().total({{"plan", 30}, {"report", 70}}), 100);
}

TEST(ScoringParts, TheTotalOfWeightedPartsIsTheWeightedSum) {
  // (3.2 x 50 + 4.5 x 30 + 2.8 x 20) / 100 = (160 + 135 + 56) / 100 = 3.51
  EXPECT_NEAR(weighted().total({{"a", 3.2}, {"b", 4.5}, {"c", 2.8}}), 3.51, 1e-12);
  EXPECT_EQ(weighted().total({{"a", 5}, {"b", 5}, {"c", 5}}), 5);
  // Only b at 5: 30% of 5 = 1.5.
  EXPECT_NEAR(weighted().total({{"a", 0}, {"b", 5}, {"c", 0}}), 1.5, 1e-12);
}

TEST(ScoringParts, NoTotalFromScoresTheCheckObjectsTo) {
  EXPECT_EQ(message_of([] { points().total({{"plan", 31}}); }),
            "component plan (Planning): 31 is above its maximum 30 (R); component report (report) is missing: R scores it "
            "from 0 to 70");
  EXPECT_THROW(weighted().total({{"a", 6}, {"b", 1}, {"c", 1}}), ConfigError);
}

TEST(ScoringParts, BreakdownAndLowestPart) {
  EXPECT_EQ(points().breakdown({{"plan", 24.35}, {"report", 53.1}}),
            json::parse(R"([{"key": "plan", "label": "Planning", "score": 24.35, "max": 30},
                            {"key": "report", "label": "report", "score": 53.1, "max": 70}])"));
  EXPECT_EQ(weighted().breakdown({{"a", 1}, {"b", 2}, {"c", 3}})[1], json::parse(R"({"key": "b", "label": "b", "score": 2, "weight": 30})"));
  EXPECT_EQ(weighted().lowest({{"a", 3}, {"b", 2}, {"c", 2}})->key, "b");  // the first on a tie
  EXPECT_EQ(Parts().lowest({}), nullptr);
}

// ---- grading ----------------------------------------------------------------

TEST(ScoringGrading, BinaryNoiseInASumDoesNotMoveAGrade) {
  const Grading g = Grading::from_json(strict_table, "t");
  // 27.1 + 25.44 + 13.81 + 13.65 = 80.00 on paper, 80.00000000000001 in binary: B ("A > 80").
  const double total = 27.1 + 25.44 + 13.81 + 13.65;
  EXPECT_GT(total, 80);
  EXPECT_EQ(g.find(total)->grade, "B");
  EXPECT_EQ(g.find(80.01)->grade, "A");
  EXPECT_EQ(g.find(60)->grade, "C");
  EXPECT_EQ(comparable(0.1 + 0.2), 0.3);
}

TEST(ScoringGrading, VerifiedFlagAndRequiredBandTexts) {
  EXPECT_FALSE(Grading::from_json(strict_table, "t").verified());
  EXPECT_TRUE(Grading::from_json(json::parse(R"({"bands": [{"grade": "X"}]})"), "t").verified());
  EXPECT_EQ(message_of([] { Grading::from_json(json::parse(R"({"verified": "no", "bands": [{"grade": "X"}]})"), "f.json: /z"); }),
            "f.json: /z/verified: expected true or false");
  EXPECT_NO_THROW(Grading::from_json(strict_table, "t", {"zone"}));
  json no_zone = strict_table;
  no_zone["bands"][1].erase("zone");
  EXPECT_EQ(message_of([&] { Grading::from_json(no_zone, "f.json: /c", {"zone"}); }),
            "f.json: /c/bands/1: expected a \"zone\" (text)");
}

TEST(ScoringGrading, NamesAReportMayPrintEachOnce) {
  const Grading g = Grading::from_json(strict_table, "t");
  EXPECT_EQ(g.names("grade"), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(g.names("label"), (std::vector<std::string>{"Good", "Fair", "Poor"}));
  EXPECT_EQ(g.names("zone"), (std::vector<std::string>{"green", "red"}));
  EXPECT_TRUE(g.names("meaning").empty());
  EXPECT_EQ(Grading::text_of(*g.find(90), "zone"), "green");
  EXPECT_EQ(Grading::text_of(*g.find(90), "meaning"), "");
}

// ---- published figures ------------------------------------------------------

TEST(ScoringPublished, SchemaOfTheFiguresAndOfEachUnitsFigures) {
  const json s = published_schema({Figure::value("total", "The printed score.", 0, 100), Figure::grade("predikat", "The printed predikat.")},
                                  {Figure::value("index", "The unit's index."), Figure::grade("category", "The unit's category.")});
  EXPECT_EQ(s["properties"]["total"], json::parse(R"({"type": "number", "description": "The printed score.", "minimum": 0, "maximum": 100})"));
  EXPECT_EQ(s["properties"]["predikat"]["type"], "string");
  EXPECT_EQ(s["properties"]["units"]["additionalProperties"]["properties"]["category"]["type"], "string");
  EXPECT_EQ(s["properties"]["units"]["description"], "By unit name, each with its printed index and category.");
  EXPECT_FALSE(published_schema({Figure::value("total", "")})["properties"].contains("units"));
}

TEST(ScoringPublished, NamesTheRulesDoNotKnowAndUnitsNotInTheList) {
  const KnownNames known{{"category", {"A", "A-", "B"}}, {"zone", {}}};
  EXPECT_FALSE(unknown_name("category", "a-", known, "R"));   // case is ignored
  EXPECT_FALSE(unknown_name("category", " B ", known, "R"));  // and surrounding spaces
  EXPECT_EQ(unknown_name("category", "A+", known, "R").value_or(""), "unknown category 'A+'; R has A, A-, B");
  EXPECT_EQ(unknown_name("zone", "hijau", known, "R").value_or(""), "unknown zone 'hijau'; R has none");
  EXPECT_FALSE(unknown_name("index", "3.5", known, "R"));  // not a name
  std::vector<Problem> problems;
  check_published(json::parse(R"({"category": "BB", "index": 3.8, "units": {"Dit Anak": {"category": "C"}, "STIS": {"category": "A"}}})"),
                  "/params/published", known, "R", {"Dit. Anak", "STIS"}, problems);
  EXPECT_THAT(messages(problems),
              ElementsAre("/params/published/category: unknown category 'BB'; R has A, A-, B",
                          "/params/published/units/Dit Anak/category: unknown category 'C'; R has A, A-, B",
                          "/params/published/units/Dit Anak: no unit named 'Dit Anak' in units (did you mean 'Dit. Anak'?)"));
  problems.clear();
  check_published(json(), "/params/published", known, "R", {}, problems);  // not given
  EXPECT_TRUE(problems.empty());
}

TEST(ScoringPublished, DisagreementsShowBothValuesInTheComputedOrder) {
  const Computed computed{80, {{"total", 80}}, {{"predikat", "BB"}}};
  EXPECT_THAT(disagreements(json::parse(R"({"predikat": "A", "total": 80.01})"), computed),
              ElementsAre("total: published 80.01, computed 80.00 (80)", "predikat: published A, computed BB (80)"));
  EXPECT_TRUE(disagreements(json::parse(R"({"predikat": "bb", "total": 80})"), computed).empty());
  EXPECT_THAT(disagreements(json::parse(R"({"total": 79})"), computed, " (provisional)"),
              ElementsAre("total (provisional): published 79, computed 80 (80)"));
  EXPECT_EQ(name_disagreement("predikat of 2022", "A", "BB", 79.47).value_or(""), "predikat of 2022: published A, computed BB (79.47)");
  EXPECT_FALSE(name_disagreement("zone", "Hijau", "hijau", 78.7));
}

TEST(ScoringPublished, EachUnitsFiguresAgainstItsOwn) {
  // 16.44 + 13.20 + 23.27 + 21.20 = 74.11, printed 74.12.
  const std::vector<std::pair<std::string, Computed>> units{{"Biro Perencanaan", {74.11, {{"total", 74.11}}, {{"category", "C"}}}},
                                                            {"Biro Umum", {80, {{"total", 80}}, {}}}};
  const json published = json::parse(R"({"mean": 78.71, "units": {"Biro Perencanaan": {"total": 74.12, "category": "C"}}})");
  EXPECT_THAT(published_disagreements(published, Computed{78.7, {{"mean", 78.7}}, {}}, units),
              ElementsAre("mean: published 78.71, computed 78.70 (78.7)",
                          "total of unit 'Biro Perencanaan': published 74.12, computed 74.11 (74.11)"));
  EXPECT_TRUE(published_disagreements(json(), Computed{}, units).empty());
}

// ---- units ------------------------------------------------------------------

TEST(ScoringUnits, AListNeedsAUnitAndEachNameOnce) {
  std::vector<Problem> problems;
  check_unit_names({"A", "B", "A", "A"}, "/params/units", "the evaluated units", problems);
  check_unit_names({}, "/params/units", "the evaluated units (ULE)", problems);
  EXPECT_THAT(messages(problems), ElementsAre("/params/units/2/name: unit 'A' is given twice (units 1 and 3)",
                                              "/params/units/3/name: unit 'A' is given twice (units 1 and 4)",
                                              "/params/units: no units given: list the evaluated units (ULE)"));
}

}  // namespace
}  // namespace kinerja::sdk::scoring
