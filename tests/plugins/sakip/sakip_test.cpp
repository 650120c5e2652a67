// The SAKIP logic (plugins/sakip/sakip.cpp) and its bundled data file.
// Expected values are worked out by hand in the comments.
#include "sakip.hpp"

#include <functional>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <kinerja/sdk/plugin_data.hpp>

#include "kinerja_test_paths.hpp"

namespace kinerja::sakip {
namespace {

using ::testing::HasSubstr;

const std::string regulation = "PermenPANRB-88-2021";

Rules shipped() {
  return rules_from_json(kinerja::sdk::read_json_data(KINERJA_SAKIP_DATA_FILE), regulation, "predikat.json");
}

// A minimal document: two components of 50 points, two bands.
json document(double first_max = 50, const char* bound = "above") {
  return json{{"regulations",
               {{"R",
                 {{"components", {{{"key", "a"}, {"max", first_max}}, {{"key", "b"}, {"max", 50}}}},
                  {"predikat", {{"bound", bound}, {"bands", {{{"min", 50}, {"grade", "P"}}, {{"grade", "F"}}}}}}}}}}};
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

TEST(Sakip, ShippedDataHasTheFourComponentsOfPermenPANRB88) {
  const Rules rules = shipped();
  ASSERT_EQ(rules.components.size(), 4u);
  EXPECT_EQ(rules.components[0].key, "perencanaan");
  EXPECT_EQ(rules.components[0].max, 30);
  EXPECT_EQ(rules.components[1].key, "pengukuran");
  EXPECT_EQ(rules.components[1].max, 30);
  EXPECT_EQ(rules.components[2].key, "pelaporan");
  EXPECT_EQ(rules.components[2].max, 15);
  EXPECT_EQ(rules.components[3].key, "evaluasi_internal");
  EXPECT_EQ(rules.components[3].max, 25);
  EXPECT_EQ(rules.max_total(), 100);
  EXPECT_TRUE(rules.predikat.strict());
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
  EXPECT_TRUE(component_issues(rules, scores).empty());
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

TEST(Sakip, ComponentAboveItsMaximumIsRefusedNamingIt) {
  const Rules rules = shipped();
  const Scores scores{{"perencanaan", 25}, {"pengukuran", 24}, {"pelaporan", 16}, {"evaluasi_internal", 18}};
  const auto issues = component_issues(rules, scores);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key, "pelaporan");
  EXPECT_EQ(issues[0].message, "pelaporan (Pelaporan Kinerja): 16 is above its maximum 15 (PermenPANRB-88-2021)");
  EXPECT_THROW(total_of(rules, scores), kinerja::sdk::ConfigError);
}

TEST(Sakip, NegativeMissingAndUnknownComponentsAreRefused) {
  const Rules rules = shipped();
  const auto issues =
      component_issues(rules, {{"perencanaan", -1}, {"pengukuran", 24}, {"pelaporan", 12}, {"evaluasi", 18}});
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].key, "perencanaan");
  EXPECT_THAT(issues[0].message, HasSubstr("-1 is negative; scores run from 0 to 30"));
  EXPECT_EQ(issues[1].key, "evaluasi_internal");
  EXPECT_THAT(issues[1].message, HasSubstr("missing"));
  EXPECT_EQ(issues[2].key, "evaluasi");
  EXPECT_THAT(issues[2].message, HasSubstr("'evaluasi' is not scored under PermenPANRB-88-2021"));
  // total_of names every issue, not only the first.
  const std::string message =
      message_of([&] { total_of(rules, {{"perencanaan", -1}, {"pengukuran", 31}, {"pelaporan", 1}, {"evaluasi_internal", 1}}); });
  EXPECT_THAT(message, HasSubstr("perencanaan (Perencanaan Kinerja): -1 is negative"));
  EXPECT_THAT(message, HasSubstr("pengukuran (Pengukuran Kinerja): 31 is above its maximum 30"));
}

TEST(Sakip, TotalsOutsideZeroToHundredAreRefused) {
  EXPECT_FALSE(total_issue(0, "total"));
  EXPECT_FALSE(total_issue(100, "total"));
  EXPECT_EQ(total_issue(100.5, "total").value_or(""), "total: 100.5 is outside 0 to 100");
  EXPECT_TRUE(total_issue(-0.5, "provisional score"));
}

TEST(Sakip, PredikatNamesAreMatchedIgnoringCase) {
  const Rules rules = shipped();
  EXPECT_TRUE(is_predikat(rules, "BB"));
  EXPECT_TRUE(is_predikat(rules, "bb"));
  EXPECT_FALSE(is_predikat(rules, "B+"));
}

TEST(Sakip, UnknownRegulationListsTheOnesThereAre) {
  const std::string message =
      message_of([] { rules_from_json(kinerja::sdk::read_json_data(KINERJA_SAKIP_DATA_FILE), "PermenPANRB-12-2015", "p.json"); });
  EXPECT_EQ(message, "unknown regulation 'PermenPANRB-12-2015' in p.json; it has: PermenPANRB-88-2021");
  EXPECT_THROW(rules_from_json(document(), "S", "p.json"), kinerja::sdk::ConfigError);
}

TEST(Sakip, DataWhoseMaximaDoNotSumTo100IsRefused) {
  EXPECT_NO_THROW(rules_from_json(document(50), "R", "own.json"));
  const std::string message = message_of([] { rules_from_json(document(49), "R", "own.json"); });
  EXPECT_EQ(message, "own.json: /regulations/R/components: maxima sum to 99, expected 100");
  EXPECT_THROW(rules_from_json(document(49), "R", "own.json"), kinerja::sdk::InputError);
}

TEST(Sakip, MalformedDataIsAnInputErrorNamingTheFile) {
  EXPECT_THAT(message_of([] { rules_from_json(json::object(), "R", "own.json"); }), HasSubstr("own.json: expected"));
  json bad_bound = document();
  bad_bound["regulations"]["R"]["predikat"]["bound"] = "over";
  EXPECT_THAT(message_of([&] { rules_from_json(bad_bound, "R", "own.json"); }),
              HasSubstr("own.json: /regulations/R/predikat/bound"));
  json no_max = document();
  no_max["regulations"]["R"]["components"][1].erase("max");
  EXPECT_THAT(message_of([&] { rules_from_json(no_max, "R", "own.json"); }),
              HasSubstr("own.json: /regulations/R/components/1: expected an object with \"key\" and a numeric \"max\""));
}

TEST(Sakip, AnInclusiveTableInAUnitsOwnFileIsHonoured) {
  const Rules rules = rules_from_json(document(50, "at_least"), "R", "own.json");
  EXPECT_EQ(grade(rules, 50)->predikat, "P");
  EXPECT_EQ(grade(rules, 49.99)->predikat, "F");
}

}  // namespace
}  // namespace kinerja::sakip
