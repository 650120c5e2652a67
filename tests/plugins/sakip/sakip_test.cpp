// The SAKIP rules (plugins/sakip/sakip.cpp) and its bundled data file; the
// parts, bands and messages they share with ipp and ombudsman are tested in
// tests/sdk/scoring_test.cpp. Expected values are worked out by hand in the
// comments.
#include "sakip.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <kinerja/sdk/plugin_data.hpp>

#include "kinerja_test_paths.hpp"
#include "message_of.hpp"

namespace kinerja::sakip {
namespace {

using ::testing::HasSubstr;
using kinerja::testing::message_of;
using kinerja::sdk::json;
using Scores = scoring::Scores;

const std::string regulation = "PermenPANRB-88-2021";

scoring::RulesFile shipped_file() { return {kinerja::sdk::read_json_data(KINERJA_SAKIP_DATA_FILE), "predikat.json"}; }
Rules shipped() { return rules_from(shipped_file(), regulation); }
Rules from(const json& document, const std::string& key) { return rules_from(scoring::RulesFile(document, "own.json"), key); }
double total_of(const Rules& rules, const Scores& scores) { return rules.components.total(scores); }

// A minimal document: two components of 50 points, two bands.
json document(double first_max = 50, const char* bound = "above") {
  return json{{"regulations",
               {{"R",
                 {{"components", {{{"key", "a"}, {"max", first_max}}, {{"key", "b"}, {"max", 50}}}},
                  {"predikat", {{"bound", bound}, {"bands", {{{"min", 50}, {"grade", "P"}}, {{"grade", "F"}}}}}}}}}}};
}

TEST(Sakip, ShippedDataHasTheFourComponentsOfPermenPANRB88) {
  const Rules rules = shipped();
  EXPECT_EQ(rules.components.keys(), (std::vector<std::string>{"perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"}));
  std::vector<double> maxima;
  for (const auto& c : rules.components.list()) maxima.push_back(c.max);
  EXPECT_EQ(maxima, (std::vector<double>{30, 30, 15, 25}));
  EXPECT_EQ(rules.components.find("evaluasi_internal")->label, "Evaluasi Akuntabilitas Kinerja Internal");
  EXPECT_TRUE(rules.predikat.table().strict());
  EXPECT_EQ(rules.predikat.names("grade"), (std::vector<std::string>{"AA", "A", "BB", "B", "CC", "C", "D"}));
}

TEST(Sakip, PredikatBoundsAreStrictlyAbove) {
  const Rules rules = shipped();
  const auto predikat = [&](double total) { return grade(rules, total)->predikat; };
  EXPECT_EQ(predikat(100), "AA");
  EXPECT_EQ(predikat(90.01), "AA");
  EXPECT_EQ(predikat(90), "A");  // "AA > 90"
  EXPECT_EQ(predikat(80.01), "A");
  EXPECT_EQ(predikat(80), "BB");
  EXPECT_EQ(predikat(70.01), "BB");
  EXPECT_EQ(predikat(70), "B");
  EXPECT_EQ(predikat(60), "CC");
  EXPECT_EQ(predikat(50), "C");
  EXPECT_EQ(predikat(30.01), "C");
  EXPECT_EQ(predikat(30), "D");
  EXPECT_EQ(predikat(0), "D");
}

TEST(Sakip, SeedEarlierYearIsBBWithTheMeaningTheLKjQuotes) {
  // 2022: 79.47, "predikat BB dengan interpretasi Sangat Baik, Akuntabel,
  // berkinerja baik, memiliki system manajemen kinerja yang andal".
  const auto g = grade(shipped(), 79.47);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->predikat, "BB");
  EXPECT_EQ(g->label, "Sangat Baik");
  EXPECT_EQ(g->meaning, "Sangat Baik, akuntabel, berkinerja baik, memiliki sistem manajemen kinerja yang andal");
}

TEST(Sakip, TotalIsTheSumOfTheComponents) {
  // 24.35 + 23.10 + 11.42 + 19.60 = 78.47
  const Scores scores{{"perencanaan", 24.35}, {"pengukuran", 23.10}, {"pelaporan", 11.42}, {"evaluasi_internal", 19.60}};
  EXPECT_NEAR(total_of(shipped(), scores), 78.47, 1e-12);
}

TEST(Sakip, EveryComponentAtItsMaximumIsAllowedAndIsAA) {
  const Rules rules = shipped();
  const Scores scores{{"perencanaan", 30}, {"pengukuran", 30}, {"pelaporan", 15}, {"evaluasi_internal", 25}};
  std::vector<kinerja::sdk::Problem> problems;
  rules.components.check(scores, "/params/components", "", problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(total_of(rules, scores), 100);
  EXPECT_EQ(grade(rules, 100)->predikat, "AA");
}

TEST(Sakip, BinaryNoiseInTheSumDoesNotLiftAPredikat) {
  // 27.1 + 25.44 + 13.81 + 13.65 = 80.00 exactly on paper: BB, not A,
  // although the double sum lands a hair above 80.
  const Rules rules = shipped();
  const double total =
      total_of(rules, {{"perencanaan", 27.1}, {"pengukuran", 25.44}, {"pelaporan", 13.81}, {"evaluasi_internal", 13.65}});
  EXPECT_NEAR(total, 80, 1e-12);
  EXPECT_EQ(grade(rules, total)->predikat, "BB");
}

TEST(Sakip, ComponentsOutOfRangeOrUnknownAreRefusedNamingThem) {
  const Rules rules = shipped();
  std::vector<kinerja::sdk::Problem> problems;
  rules.components.check({{"perencanaan", -1}, {"pengukuran", 24}, {"pelaporan", 16}, {"evaluasi", 18}}, "/params/components",
                         "", problems);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].path, "/params/components/perencanaan");
  EXPECT_EQ(problems[0].message, "component perencanaan (Perencanaan Kinerja): -1 is below its minimum 0 (PermenPANRB-88-2021)");
  EXPECT_EQ(problems[1].message, "component pelaporan (Pelaporan Kinerja): 16 is above its maximum 15 (PermenPANRB-88-2021)");
  EXPECT_EQ(problems[2].path, "/params/components");
  EXPECT_EQ(problems[2].message,
            "component evaluasi_internal (Evaluasi Akuntabilitas Kinerja Internal) is missing: PermenPANRB-88-2021 scores it "
            "from 0 to 25");
  EXPECT_EQ(problems[3].message,
            "component 'evaluasi' is not scored under PermenPANRB-88-2021; it scores perencanaan, pengukuran, pelaporan and "
            "evaluasi_internal");
  EXPECT_THROW(total_of(rules, {{"perencanaan", 25}, {"pengukuran", 24}, {"pelaporan", 16}, {"evaluasi_internal", 18}}),
               kinerja::sdk::ConfigError);
}

TEST(Sakip, UnknownRegulationListsTheOnesThereAre) {
  EXPECT_EQ(message_of([] { rules_from(shipped_file(), "PermenPANRB-12-2015"); }),
            "unknown regulation 'PermenPANRB-12-2015' in predikat.json; it has: PermenPANRB-88-2021");
  EXPECT_THROW(from(document(), "S"), kinerja::sdk::ConfigError);
}

TEST(Sakip, DataWhoseMaximaDoNotSumTo100IsRefused) {
  EXPECT_NO_THROW(from(document(50), "R"));
  EXPECT_EQ(message_of([] { from(document(49), "R"); }), "own.json: /regulations/R/components: maxima sum to 99, expected 100");
  EXPECT_THROW(from(document(49), "R"), kinerja::sdk::InputError);
}

TEST(Sakip, MalformedDataIsAnInputErrorNamingTheFile) {
  EXPECT_THAT(message_of([] { from(json::object(), "R"); }), HasSubstr("own.json: expected"));
  json bad_bound = document();
  bad_bound["regulations"]["R"]["predikat"]["bound"] = "over";
  EXPECT_THAT(message_of([&] { from(bad_bound, "R"); }), HasSubstr("own.json: /regulations/R/predikat/bound"));
  json no_max = document();
  no_max["regulations"]["R"]["components"][1].erase("max");
  EXPECT_THAT(message_of([&] { from(no_max, "R"); }),
              HasSubstr("own.json: /regulations/R/components/1: expected an object with \"key\" and a numeric \"max\""));
  json no_predikat = document();
  no_predikat["regulations"]["R"].erase("predikat");
  EXPECT_EQ(message_of([&] { from(no_predikat, "R"); }), "own.json: /regulations/R/predikat: missing");
}

TEST(Sakip, AnInclusiveTableInAUnitsOwnFileIsHonoured) {
  const Rules rules = from(document(50, "at_least"), "R");
  EXPECT_EQ(grade(rules, 50)->predikat, "P");
  EXPECT_EQ(grade(rules, 49.99)->predikat, "F");
}

}  // namespace
}  // namespace kinerja::sakip
