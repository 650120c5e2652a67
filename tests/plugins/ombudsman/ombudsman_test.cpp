// The Ombudsman compliance logic (plugins/ombudsman/ombudsman.cpp) and its
// bundled methods file; the parts, bands and messages it shares with sakip
// and ipp are tested in tests/sdk/scoring_test.cpp. Expected values are
// worked out by hand in the comments.
#include "ombudsman.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <kinerja/sdk/plugin_data.hpp>

#include "kinerja_test_paths.hpp"
#include "message_of.hpp"

namespace kinerja::ombudsman {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using kinerja::testing::message_of;
using kinerja::sdk::json;
using Scores = scoring::Scores;

Methods from(const json& document, const std::string& file) { return methods_from(scoring::RulesFile(document, file)); }
Methods shipped() { return from(kinerja::sdk::read_json_data(KINERJA_OMBUDSMAN_DATA_FILE), "methods.json"); }

// Each problem check_units finds, as "pointer: message".
std::vector<std::string> problems_with(const Method& method, const std::vector<Unit>& units) {
  std::vector<kinerja::sdk::Problem> problems;
  check_units(method, units, "/params/units", problems);
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.path + ": " + p.message);
  return out;
}

Scores dimensions(double input, double proses, double output, double pengaduan) {
  return {{"input", input}, {"proses", proses}, {"output", output}, {"pengaduan", pengaduan}};
}

Unit by_dimensions(const std::string& name, const Scores& scores) { return {name, scores, std::nullopt}; }
Unit by_total(const std::string& name, double total) { return {name, std::nullopt, total}; }

// The seed's table, as printed.
std::vector<Unit> seed_units() {
  return {by_dimensions("Biro Perencanaan", dimensions(16.44, 13.20, 23.27, 21.20)),
          by_dimensions("Direktorat Potensi dan Sumberdaya Sosial", dimensions(15.93, 16.39, 22.88, 21.20)),
          by_dimensions("Direktorat Rehabilitasi Sosial Anak", dimensions(17.28, 24.41, 23.27, 20.63))};
}

TEST(Ombudsman, ShippedMethodsCoverTheYearsUpTo2024) {
  const Methods methods = shipped();
  EXPECT_EQ(method_for_year(methods, 2022).key, "kepatuhan-2022-2024");
  EXPECT_EQ(method_for_year(methods, 2023).key, "kepatuhan-2022-2024");
  EXPECT_EQ(method_for_year(methods, 2024).key, "kepatuhan-2022-2024");
  EXPECT_EQ(method_for_year(methods, 2021).key, "kepatuhan-sebelum-2022");
  EXPECT_EQ(method_for_year(methods, 2015).key, "kepatuhan-sebelum-2022");
  const Method& m = find_method(methods, "kepatuhan-2022-2024");
  EXPECT_EQ(m.dimensions.keys(), (std::vector<std::string>{"input", "proses", "output", "pengaduan"}));
  std::vector<double> maxima;
  for (const auto& d : m.dimensions.list()) maxima.push_back(d.max);
  EXPECT_EQ(maxima, (std::vector<double>{21.85, 32.37, 24.24, 21.54}));
  EXPECT_FALSE(m.grading.verified());  // opini bounds unverified in the domain reference
  EXPECT_TRUE(find_method(methods, "kepatuhan-sebelum-2022").dimensions.empty());
}

TEST(Ombudsman, AYearNoMethodCoversListsTheMethodsThereAre) {
  const std::string message = message_of([] { method_for_year(shipped(), 2025); });
  EXPECT_THAT(message, HasSubstr("no method in methods.json covers 2025; it has: kepatuhan-2022-2024 (2022 to 2024), "
                                 "kepatuhan-sebelum-2022 (up to 2021)"));
  EXPECT_THAT(message, HasSubstr("Penilaian Maladministrasi"));  // the file's own note
  EXPECT_THROW(method_for_year(shipped(), 2025), kinerja::sdk::ConfigError);
}

TEST(Ombudsman, AnUnknownMethodListsTheMethodsThereAre) {
  EXPECT_EQ(message_of([] { find_method(shipped(), "kepatuhan-2019"); }),
            "unknown method 'kepatuhan-2019' in methods.json; it has: kepatuhan-2022-2024 (2022 to 2024), "
            "kepatuhan-sebelum-2022 (up to 2021)");
}

TEST(Ombudsman, SeedUnitTotalsAreTheSumsOfTheirDimensions) {
  // 16.44 + 13.20 + 23.27 + 21.20 = 74.11 (the seed prints 74.12)
  // 15.93 + 16.39 + 22.88 + 21.20 = 76.40 (the seed prints 76.41)
  // 17.28 + 24.41 + 23.27 + 20.63 = 85.59
  // mean (74.11 + 76.40 + 85.59) / 3 = 236.10 / 3 = 78.70 (the seed prints 78.71)
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  const Evaluation e = evaluate(m, seed_units(), 78);
  ASSERT_EQ(e.units.size(), 3u);
  EXPECT_NEAR(e.units[0].total, 74.11, 1e-12);
  EXPECT_NEAR(e.units[1].total, 76.40, 1e-12);
  EXPECT_NEAR(e.units[2].total, 85.59, 1e-12);
  EXPECT_NEAR(e.mean, 78.7, 1e-12);
  EXPECT_EQ(e.grade->category, "B");
  EXPECT_EQ(e.grade->opini, "Kualitas Tinggi");
  EXPECT_EQ(e.grade->zone, "hijau");
  EXPECT_EQ(e.units[0].grade->category, "C");
  EXPECT_EQ(e.units[0].grade->zone, "kuning");
  EXPECT_EQ(e.units[1].grade->category, "C");
  EXPECT_EQ(e.units[2].grade->category, "B");
  // Coaching for units scoring 0 to 77.99.
  EXPECT_EQ(e.below, (std::vector<std::size_t>{0, 1}));
  EXPECT_TRUE(e.units[0].below_threshold);
  EXPECT_FALSE(e.units[2].below_threshold);
}

TEST(Ombudsman, SeedPrintedTotalsGiveTheirOwnMean) {
  // (74.12 + 76.41 + 85.59) / 3 = 236.12 / 3 = 78.70666...
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  const Evaluation e = evaluate(m,
                                {by_total("Biro Perencanaan", 74.12), by_total("Direktorat Potensi dan Sumberdaya Sosial", 76.41),
                                 by_total("Direktorat Rehabilitasi Sosial Anak", 85.59)},
                                78);
  EXPECT_NEAR(e.mean, 236.12 / 3, 1e-12);
  EXPECT_EQ(e.grade->category, "B");
  EXPECT_FALSE(e.units[0].from_dimensions);
}

TEST(Ombudsman, OpiniBoundsAreStrictlyAboveAndCarryTheirZone) {
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  const auto category = [&](double score) { return grade(m, score)->category; };
  EXPECT_EQ(category(100), "A");
  EXPECT_EQ(category(88.01), "A");
  EXPECT_EQ(category(88), "B");
  EXPECT_EQ(category(78.01), "B");
  EXPECT_EQ(category(78), "C");
  EXPECT_EQ(category(57.01), "C");
  EXPECT_EQ(category(57), "D");
  EXPECT_EQ(category(26.01), "D");
  EXPECT_EQ(category(26), "E");
  EXPECT_EQ(grade(m, 88.5)->zone, "hijau");
  EXPECT_EQ(grade(m, 78.01)->zone, "hijau");
  EXPECT_EQ(grade(m, 60)->zone, "kuning");
  EXPECT_EQ(grade(m, 50)->zone, "merah");
  EXPECT_EQ(grade(m, 0)->opini, "Kualitas Terendah");
}

TEST(Ombudsman, ZonesBefore2022ComeFromTotalsAlone) {
  // hijau 81-100, kuning 51-80.99, merah 0-50.99
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2021);
  EXPECT_EQ(grade(m, 81)->zone, "hijau");
  EXPECT_EQ(grade(m, 80.99)->zone, "kuning");
  EXPECT_EQ(grade(m, 51)->zone, "kuning");
  EXPECT_EQ(grade(m, 50.99)->zone, "merah");
  EXPECT_EQ(grade(m, 90)->category, "");
  EXPECT_EQ(grade(m, 90)->opini, "");
  EXPECT_THAT(problems_with(m, {by_dimensions("U", dimensions(10, 10, 10, 10))}),
              ElementsAre("/params/units/0/dimensions: unit 'U': kepatuhan-sebelum-2022 scores totals only, not by "
                          "dimension: give the total"));
}

TEST(Ombudsman, BinaryNoiseDoesNotMoveAUnitAcrossTheThresholdOrABand) {
  // 20.27 + 28.13 + 19.61 + 9.99 = 78.00 on paper: not under 78, and C.
  // 21.48 + 28.25 + 20.26 + 18.01 = 88.00 on paper: B, not A.
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  const Evaluation e = evaluate(m, {by_dimensions("U", dimensions(20.27, 28.13, 19.61, 9.99)),
                                    by_dimensions("V", dimensions(21.48, 28.25, 20.26, 18.01))},
                                78);
  EXPECT_NEAR(e.units[0].total, 78, 1e-12);
  EXPECT_FALSE(e.units[0].below_threshold);
  EXPECT_EQ(e.units[0].grade->category, "C");
  EXPECT_NEAR(e.units[1].total, 88, 1e-12);
  EXPECT_EQ(e.units[1].grade->category, "B");
  EXPECT_TRUE(e.below.empty());
}

TEST(Ombudsman, TheThresholdIsStrict) {
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  const Evaluation e = evaluate(m, {by_total("A", 77.99), by_total("B", 78), by_total("C", 60)}, 78);
  EXPECT_EQ(e.below, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(evaluate(m, {by_total("A", 77.99)}, 70).below.size(), 0u);
}

TEST(Ombudsman, DimensionsAboveTheirMaximumOrNegativeAreRefused) {
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  EXPECT_THAT(problems_with(m, {by_dimensions("Biro Perencanaan", dimensions(16.44, 33.2, 23.27, -1))}),
              ElementsAre("/params/units/0/dimensions/proses: unit 'Biro Perencanaan': dimension proses (Proses): 33.2 is "
                          "above its maximum 32.37 (kepatuhan-2022-2024)",
                          "/params/units/0/dimensions/pengaduan: unit 'Biro Perencanaan': dimension pengaduan (Pengaduan): -1 "
                          "is below its minimum 0 (kepatuhan-2022-2024)"));
  // Every dimension at its maximum is allowed: 100.
  const Evaluation full = evaluate(m, {by_dimensions("U", dimensions(21.85, 32.37, 24.24, 21.54))}, 78);
  EXPECT_NEAR(full.mean, 100, 1e-12);
  EXPECT_EQ(full.grade->category, "A");
  EXPECT_THROW(evaluate(m, {by_dimensions("U", dimensions(21.86, 0, 0, 0))}, 78), kinerja::sdk::ConfigError);
}

TEST(Ombudsman, UnitsAreNeededEachUnderAUniqueName) {
  const Methods methods = shipped();
  const Method& m = method_for_year(methods, 2023);
  EXPECT_THAT(problems_with(m, {by_total("A", 80), by_total("B", 70), by_total("A", 90)}),
              ElementsAre("/params/units/2/name: unit 'A' is given twice (units 1 and 3)"));
  EXPECT_THAT(problems_with(m, {}), ElementsAre("/params/units: no units given: list the assessed service units"));
  EXPECT_THROW(evaluate(m, {}, 78), kinerja::sdk::ConfigError);  // never a mean of nothing
}

TEST(Ombudsman, TheNamesAReportMayPrintAreTheMethods) {
  const Methods methods = shipped();
  const scoring::KnownNames names = method_for_year(methods, 2023).names();
  EXPECT_EQ(names.at("category"), (std::vector<std::string>{"A", "B", "C", "D", "E"}));
  EXPECT_EQ(names.at("opini").at(1), "Kualitas Tinggi");
  EXPECT_EQ(names.at("zone"), (std::vector<std::string>{"hijau", "kuning", "merah"}));
  const scoring::KnownNames old = method_for_year(methods, 2021).names();
  EXPECT_EQ(old.at("zone"), (std::vector<std::string>{"hijau", "kuning", "merah"}));
  EXPECT_TRUE(old.at("category").empty());  // zones only
  EXPECT_TRUE(old.at("opini").empty());
}

TEST(Ombudsman, MalformedMethodsAreInputErrorsNamingTheFile) {
  const json shipped_document = kinerja::sdk::read_json_data(KINERJA_OMBUDSMAN_DATA_FILE);
  json bad = shipped_document;
  bad["methods"]["kepatuhan-2022-2024"]["dimensions"][0]["max"] = 21.84;  // sum 99.99
  EXPECT_EQ(message_of([&] { from(bad, "own.json"); }),
            "own.json: /methods/kepatuhan-2022-2024/dimensions: maxima sum to 99.99, expected 100");
  bad = shipped_document;
  bad["methods"]["kepatuhan-sebelum-2022"]["to"] = 2022;  // both methods would cover 2022
  EXPECT_THAT(message_of([&] { from(bad, "own.json"); }), HasSubstr("its years overlap those of"));
  bad = shipped_document;
  bad["methods"]["kepatuhan-2022-2024"]["categories"]["bands"][1].erase("zone");
  EXPECT_THAT(message_of([&] { from(bad, "own.json"); }),
              HasSubstr("own.json: /methods/kepatuhan-2022-2024/categories/bands/1: expected a \"zone\""));
  bad = shipped_document;
  bad["methods"]["kepatuhan-2022-2024"].erase("from");
  bad["methods"]["kepatuhan-2022-2024"].erase("to");
  EXPECT_THAT(message_of([&] { from(bad, "own.json"); }), HasSubstr("give the years it covers"));
  EXPECT_THROW(from(json::object(), "own.json"), kinerja::sdk::InputError);
}

TEST(Ombudsman, AUnitsOwnFileCanAddAMethodForLaterYears) {
  json data = kinerja::sdk::read_json_data(KINERJA_OMBUDSMAN_DATA_FILE);
  data["methods"]["kepatuhan-2025"] = data["methods"]["kepatuhan-2022-2024"];
  data["methods"]["kepatuhan-2025"]["from"] = 2025;
  data["methods"]["kepatuhan-2025"].erase("to");
  const Methods methods = from(data, "own.json");
  EXPECT_EQ(method_for_year(methods, 2031).key, "kepatuhan-2025");
  EXPECT_EQ(method_for_year(methods, 2031).years_text(), "from 2025");
}

}  // namespace
}  // namespace kinerja::ombudsman
