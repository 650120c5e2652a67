// The IPP logic (plugins/ipp/ipp.cpp) and its bundled data file; the parts,
// bands and messages it shares with sakip and ombudsman are tested in
// tests/sdk/scoring_test.cpp. Expected values are worked out by hand in the
// comments.
#include "ipp.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <kinerja/sdk/plugin_data.hpp>

#include "kinerja_test_paths.hpp"
#include "message_of.hpp"

namespace kinerja::ipp {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using kinerja::testing::message_of;
using kinerja::sdk::json;
using Scores = scoring::Scores;

Rules from(const json& document, const std::string& file) {
  return rules_from(scoring::RulesFile(document, file), "PermenPANRB-29-2022");
}
Rules shipped() { return from(kinerja::sdk::read_json_data(KINERJA_IPP_DATA_FILE), "ipp.json"); }
double index_from_aspects(const Rules& rules, const Scores& scores) { return rules.aspects.total(scores); }

// Each problem check_units finds, as "pointer: message".
std::vector<std::string> problems_with(const std::vector<Unit>& units) {
  std::vector<kinerja::sdk::Problem> problems;
  check_units(shipped(), units, "/params/units", problems);
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.path + ": " + p.message);
  return out;
}

Scores aspects(double kebijakan, double sdm, double sarana, double sistem, double konsultasi, double inovasi) {
  return {{"kebijakan", kebijakan},         {"profesionalisme_sdm", sdm},       {"sarana_prasarana", sarana},
          {"sistem_informasi", sistem},     {"konsultasi_pengaduan", konsultasi}, {"inovasi", inovasi}};
}

Unit by_index(const std::string& name, double index) { return {name, index, std::nullopt}; }
Unit by_aspects(const std::string& name, const Scores& scores) { return {name, std::nullopt, scores}; }

TEST(Ipp, ShippedDataHasTheSixWeightsOnAScaleOfFive) {
  const Rules rules = shipped();
  const auto& a = rules.aspects.list();
  ASSERT_EQ(a.size(), 6u);
  const std::vector<std::pair<std::string, double>> expected{{"kebijakan", 24},        {"profesionalisme_sdm", 25},
                                                             {"sarana_prasarana", 18}, {"sistem_informasi", 11},
                                                             {"konsultasi_pengaduan", 10}, {"inovasi", 12}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(a[i].key, expected[i].first);
    EXPECT_EQ(a[i].weight, expected[i].second);
    EXPECT_EQ(a[i].min, 0);
    EXPECT_EQ(a[i].max, 5);
  }
  EXPECT_EQ(rules.scale_min, 0);
  EXPECT_EQ(rules.scale_max, 5);
  EXPECT_FALSE(rules.categories.verified());  // unverified in the domain reference
}

TEST(Ipp, SeedMinistryIndexIsTheMeanOfItsThreeUnits) {
  // (3.56 + 3.71 + 4.23) / 3 = 11.5 / 3 = 3.8333..., category B.
  const Evaluation e =
      evaluate(shipped(), {by_index("Dit. Anak", 3.56), by_index("Biro Umum", 3.71), by_index("STIS", 4.23)});
  EXPECT_NEAR(e.index, 11.5 / 3, 1e-12);
  EXPECT_EQ(e.category->grade, "B");
  EXPECT_EQ(e.category->label, "Baik");
  ASSERT_EQ(e.units.size(), 3u);
  EXPECT_EQ(e.units[0].category->grade, "B");
  EXPECT_EQ(e.units[1].category->grade, "B");
  EXPECT_EQ(e.units[2].category->grade, "A-");  // "4,23 (A-)"
  EXPECT_EQ(e.weakest_unit, 0u);
  EXPECT_FALSE(e.weakest_aspect);  // no unit gave aspects
}

TEST(Ipp, IndexFromAspectsIsTheWeightedSum) {
  // (3.2 x 24 + 4.0 x 25 + 3.8 x 18 + 4.5 x 11 + 3.9 x 10 + 2.8 x 12) / 100
  // = (76.8 + 100 + 68.4 + 49.5 + 39 + 33.6) / 100 = 367.3 / 100 = 3.673
  const Rules rules = shipped();
  EXPECT_NEAR(index_from_aspects(rules, aspects(3.2, 4.0, 3.8, 4.5, 3.9, 2.8)), 3.673, 1e-12);
  EXPECT_EQ(index_from_aspects(rules, aspects(5, 5, 5, 5, 5, 5)), 5);
  EXPECT_EQ(index_from_aspects(rules, aspects(0, 0, 0, 0, 0, 0)), 0);
  // Only kebijakan at 5: its weight, 24% of 5 = 1.2.
  EXPECT_NEAR(index_from_aspects(rules, aspects(5, 0, 0, 0, 0, 0)), 1.2, 1e-12);
}

TEST(Ipp, CategoryLowerBoundsAreInclusive) {
  const Rules rules = shipped();
  const auto grade = [&](double index) { return category(rules, index)->grade; };
  EXPECT_EQ(grade(5), "A");
  EXPECT_EQ(grade(4.51), "A");
  EXPECT_EQ(grade(4.50), "A-");
  EXPECT_EQ(grade(4.01), "A-");
  EXPECT_EQ(grade(4.00), "B");
  EXPECT_EQ(grade(3.51), "B");
  EXPECT_EQ(grade(3.50), "B-");
  EXPECT_EQ(grade(3.01), "B-");
  EXPECT_EQ(grade(2.51), "C");
  EXPECT_EQ(grade(2.01), "C-");
  EXPECT_EQ(grade(1.51), "D");
  EXPECT_EQ(grade(1.01), "E");
  EXPECT_EQ(grade(1.00), "F");
  EXPECT_EQ(category(rules, 0)->label, "Gagal");
}

TEST(Ipp, BinaryNoiseInTheWeightedSumDoesNotDropACategory) {
  // 4.8 x 24 + 4.0 x 25 + 3.9 x 18 + 2.4 x 11 + 0.8 x 10 + 2.6 x 12
  // = 115.2 + 100 + 70.2 + 26.4 + 8 + 31.2 = 351 -> 3.51 exactly on paper: B.
  const Evaluation e = evaluate(shipped(), {by_aspects("U", aspects(4.8, 4.0, 3.9, 2.4, 0.8, 2.6))});
  EXPECT_NEAR(e.index, 3.51, 1e-12);
  EXPECT_EQ(e.units[0].category->grade, "B");
  EXPECT_EQ(e.category->grade, "B");
}

TEST(Ipp, WeakestUnitAndWeakestAspect) {
  // A: 3.673 (weakest aspect inovasi 2.8); B: 4.0 x 0.24 + 3.0 x 0.25 +
  // 4.0 x 0.18 + 4.0 x 0.11 + 4.0 x 0.10 + 4.0 x 0.12 = 3.75 (weakest
  // profesionalisme_sdm 3.0); C given by index 4.23.
  // Aspect means over A and B: kebijakan 3.6, profesionalisme_sdm 3.5,
  // sarana 3.9, sistem 4.25, konsultasi 3.95, inovasi 3.4 -> inovasi.
  const Evaluation e = evaluate(shipped(), {by_aspects("A", aspects(3.2, 4.0, 3.8, 4.5, 3.9, 2.8)),
                                            by_aspects("B", aspects(4.0, 3.0, 4.0, 4.0, 4.0, 4.0)), by_index("C", 4.23)});
  EXPECT_NEAR(e.units[1].index, 3.75, 1e-12);
  EXPECT_EQ(e.units[0].weakest_aspect.value_or(""), "inovasi");
  EXPECT_EQ(e.units[1].weakest_aspect.value_or(""), "profesionalisme_sdm");
  EXPECT_FALSE(e.units[2].weakest_aspect);
  EXPECT_EQ(e.weakest_unit, 0u);
  ASSERT_TRUE(e.weakest_aspect);
  EXPECT_EQ(e.weakest_aspect->key, "inovasi");
  EXPECT_EQ(e.weakest_aspect->label, "Inovasi");
  EXPECT_NEAR(e.weakest_aspect->mean, 3.4, 1e-12);
  EXPECT_EQ(e.weakest_aspect->units, 2u);
  // (3.673 + 3.75 + 4.23) / 3 = 11.653 / 3 = 3.88433...
  EXPECT_NEAR(e.index, 11.653 / 3, 1e-12);
}

TEST(Ipp, ScoresOutsideTheScaleAreRefused) {
  EXPECT_THAT(problems_with({by_aspects("Dit. Anak", aspects(6, 4, 4, 4, 4, -0.1)), by_index("STIS", 5.2)}),
              ElementsAre("/params/units/0/aspects/kebijakan: unit 'Dit. Anak': aspect kebijakan (Kebijakan Pelayanan): 6 is "
                          "above its maximum 5 (PermenPANRB-29-2022)",
                          "/params/units/0/aspects/inovasi: unit 'Dit. Anak': aspect inovasi (Inovasi): -0.1 is below its "
                          "minimum 0 (PermenPANRB-29-2022)",
                          "/params/units/1/index: unit 'STIS': index 5.2 is outside the scale 0 to 5"));
  // The ends of the scale are on it.
  EXPECT_TRUE(problems_with({by_aspects("U", aspects(0, 5, 0, 5, 0, 5)), by_index("V", 5)}).empty());
  EXPECT_THROW(evaluate(shipped(), {by_index("STIS", 5.2)}), kinerja::sdk::ConfigError);
}

TEST(Ipp, UnitsAreNeededEachUnderAUniqueName) {
  EXPECT_THAT(problems_with({by_index("A", 3), by_index("B", 3), by_index("A", 4)}),
              ElementsAre("/params/units/2/name: unit 'A' is given twice (units 1 and 3)"));
  EXPECT_THAT(problems_with({}), ElementsAre("/params/units: no units given: list the evaluated units (ULE)"));
  EXPECT_THROW(evaluate(shipped(), {}), kinerja::sdk::ConfigError);  // never a mean of nothing
}

TEST(Ipp, AspectsTheRulesDoNotWeighAreRefused) {
  Scores scores = aspects(3, 3, 3, 3, 3, 3);
  scores.erase("inovasi");
  scores["inovation"] = 3;
  EXPECT_THAT(problems_with({by_aspects("U", scores)}),
              ElementsAre("/params/units/0/aspects: unit 'U': aspect inovasi (Inovasi) is missing: PermenPANRB-29-2022 "
                          "scores it from 0 to 5",
                          "/params/units/0/aspects/inovation: unit 'U': aspect 'inovation' is not scored under "
                          "PermenPANRB-29-2022 (did you mean 'inovasi'?)"));
}

TEST(Ipp, DataWhoseWeightsDoNotSumTo100IsRefused) {
  json data = kinerja::sdk::read_json_data(KINERJA_IPP_DATA_FILE);
  data["regulations"]["PermenPANRB-29-2022"]["aspects"][5]["weight"] = 11;  // inovasi 11: sum 99
  const std::string message = message_of([&] { from(data, "own.json"); });
  EXPECT_EQ(message, "own.json: /regulations/PermenPANRB-29-2022/aspects: weights sum to 99, expected 100");
  EXPECT_THROW(from(data, "own.json"), kinerja::sdk::InputError);
}

TEST(Ipp, UnknownRegulationListsTheOnesThereAre) {
  const json data = kinerja::sdk::read_json_data(KINERJA_IPP_DATA_FILE);
  const scoring::RulesFile file(data, "ipp.json");
  EXPECT_EQ(message_of([&] { rules_from(file, "PermenPANRB-17-2017"); }),
            "unknown regulation 'PermenPANRB-17-2017' in ipp.json; it has: PermenPANRB-29-2022");
  EXPECT_THROW(rules_from(file, "x"), kinerja::sdk::ConfigError);
}

TEST(Ipp, MalformedDataIsAnInputErrorNamingTheFile) {
  json data = kinerja::sdk::read_json_data(KINERJA_IPP_DATA_FILE);
  data["regulations"]["PermenPANRB-29-2022"]["scale"] = {{"min", 5}, {"max", 0}};
  EXPECT_THAT(message_of([&] { from(data, "own.json"); }), HasSubstr("own.json: /regulations/PermenPANRB-29-2022/scale"));
  data = kinerja::sdk::read_json_data(KINERJA_IPP_DATA_FILE);
  data["regulations"]["PermenPANRB-29-2022"].erase("categories");
  EXPECT_EQ(message_of([&] { from(data, "own.json"); }), "own.json: /regulations/PermenPANRB-29-2022/categories: missing");
}

TEST(Ipp, TheCategoriesAReportMayPrint) {
  EXPECT_EQ(shipped().categories.names("grade"), (std::vector<std::string>{"A", "A-", "B", "B-", "C", "C-", "D", "E", "F"}));
}

}  // namespace
}  // namespace kinerja::ipp
