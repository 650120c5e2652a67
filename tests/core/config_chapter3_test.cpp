// Tests of the config's Chapter III sections (core/src/config_history.cpp,
// config_budget.cpp and their hooks in config.cpp): "budget", an
// indicator's "history" and "renstra", the top-level "renstra", "report"
// and "history_results". What each reader accepts, and every refusal with
// the exact JSON pointer it names.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "config.hpp"
#include "diagnostics.hpp"
#include "temp_dir.hpp"

namespace {

using json = nlohmann::json;
using kinerja::Comparison;
using kinerja::Diagnostics;
using kinerja::EvaluationConfig;
using kinerja::IndicatorConfig;
using kinerja::Polarity;
using kinerja::testing::TempDir;
using ::testing::HasSubstr;

const std::string kInd0 = "/sasaran/0/indicators/0";

// A complete, valid config with one sasaran and two indicators.
json base_document() {
  return json::parse(R"json({
    "unit": "Biro Humas",
    "year": 2023,
    "sasaran": [
      {"id": "SK1", "name": "Sasaran satu",
       "indicators": [
         {"id": "IKK1", "name": "Indeks Kepuasan Masyarakat", "plugin": "manual", "target": ">= 81"},
         {"id": "IKK2", "name": "Sentimen negatif", "plugin": "manual", "target": "< 20%"}
       ]}
    ]
  })json");
}

// The seed's budget: two kegiatan, the total realisasi, one revision.
json seed_budget() {
  return json::parse(R"json({
    "kegiatan": [
      {"name": "Pengelolaan Komunikasi dan Informasi Publik", "pagu_awal": 10678779000, "pagu_akhir": 10455218000},
      {"name": "Pengelolaan Perencanaan, Keuangan, BMN dan Umum", "pagu_awal": 229080000, "pagu_akhir": 229080000}
    ],
    "realisasi": 10755144930,
    "revisions": [{"date": "2023-09", "amount": -223561000, "description": "Penghematan anggaran"}],
    "previous_year_pagu": 10996933000,
    "source": "LKj 2023 Biro Humas, Bab III",
    "published": {"serapan": 98.6, "efficiency_gap": 14.4, "pagu_change": -0.81}
  })json");
}

// Two kegiatan with their realisasi each, no total.
json kegiatan_budget() {
  return json::parse(R"json({
    "kegiatan": [
      {"name": "A", "pagu_awal": 500, "pagu_akhir": 500, "realisasi": 400},
      {"name": "B", "pagu_awal": 600, "pagu_akhir": 600, "realisasi": 300}
    ]
  })json");
}

json& ind(json& doc, std::size_t i = 0) { return doc["sasaran"][0]["indicators"][i]; }

std::optional<EvaluationConfig> read(const json& doc, Diagnostics& diagnostics,
                                     const std::filesystem::path& path = "/evaluasi/config.json") {
  return kinerja::read_config(doc, path, diagnostics);
}

const IndicatorConfig& indicator_of(const EvaluationConfig& config, std::size_t i = 0) {
  return config.sasaran.at(0).indicators.at(i);
}

// Success when some diagnostic sits at exactly `pointer` and its message
// contains `part`.
::testing::AssertionResult HasDiagnostic(const Diagnostics& diagnostics, const std::string& pointer,
                                         const std::string& part) {
  for (const auto& d : diagnostics.items()) {
    if (d.pointer == pointer && d.message.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no diagnostic at '" << pointer << "' containing \"" << part
                                       << "\"; got:\n"
                                       << diagnostics.to_string();
}

// read_config must refuse `doc` and say `part` at `pointer`.
::testing::AssertionResult Refuses(const json& doc, const std::string& pointer, const std::string& part,
                                   const std::filesystem::path& path = "/evaluasi/config.json") {
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics, path);
  if (config) return ::testing::AssertionFailure() << "the config was accepted";
  return HasDiagnostic(diagnostics, pointer, part);
}

// A small kinerja result (format 1) of `year`: IKK1 final at 82.24 against
// ">= 81", IKK2 pending at 15 against "< 20%", and IKK9 that the config
// does not have.
json result_document(int year) {
  return json{
      {"format", 1},
      {"unit", "Biro Humas"},
      {"year", year},
      {"sasaran",
       json::array({json{
           {"id", "SK1"},
           {"indicators",
            json::array({
                json{{"id", "IKK1"},
                     {"status", "final"},
                     {"realisasi", 82.24},
                     {"capaian", 101.53},
                     {"target",
                      {{"value", 81}, {"unit", ""}, {"polarity", "higher"}, {"comparison", ">="}, {"text", ">= 81"}}}},
                json{{"id", "IKK2"},
                     {"status", "pending"},
                     {"realisasi", 15},
                     {"target",
                      {{"value", 20}, {"unit", "%"}, {"polarity", "lower"}, {"comparison", "<"}, {"text", "< 20%"}}}},
                json{{"id", "IKK9"}, {"status", "final"}, {"realisasi", 1}},
            })}}})}};
}

// ================================================================ budget

TEST(ConfigBudget, ReadsTheSeedBudgetWithRevisionsAndPublishedFigures) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_TRUE(config->budget);
  const auto& b = *config->budget;
  EXPECT_EQ(b.pointer, "/budget");
  ASSERT_EQ(b.kegiatan.size(), 2u);
  EXPECT_EQ(b.kegiatan[0].name, "Pengelolaan Komunikasi dan Informasi Publik");
  EXPECT_EQ(b.kegiatan[0].pagu_awal, 10678779000.0);
  EXPECT_EQ(b.kegiatan[0].pagu_akhir, 10455218000.0);
  EXPECT_FALSE(b.kegiatan[0].realisasi);
  EXPECT_EQ(b.kegiatan[1].pagu_awal, 229080000.0);
  EXPECT_EQ(b.kegiatan[1].pagu_akhir, 229080000.0);
  ASSERT_TRUE(b.realisasi);
  EXPECT_EQ(*b.realisasi, 10755144930.0);
  ASSERT_EQ(b.revisions.size(), 1u);
  EXPECT_EQ(b.revisions[0].date, "2023-09");
  EXPECT_EQ(b.revisions[0].amount, -223561000.0);
  EXPECT_EQ(b.revisions[0].description, "Penghematan anggaran");
  ASSERT_TRUE(b.previous_year_pagu);
  EXPECT_EQ(*b.previous_year_pagu, 10996933000.0);
  EXPECT_EQ(b.source, "LKj 2023 Biro Humas, Bab III");
  ASSERT_TRUE(b.published_serapan);
  EXPECT_DOUBLE_EQ(*b.published_serapan, 98.6);
  ASSERT_TRUE(b.published_efficiency_gap);
  EXPECT_DOUBLE_EQ(*b.published_efficiency_gap, 14.4);
  ASSERT_TRUE(b.published_pagu_change);
  EXPECT_DOUBLE_EQ(*b.published_pagu_change, -0.81);
}

TEST(ConfigBudget, ReadsRealisasiPerKegiatan) {
  json doc = base_document();
  doc["budget"] = kegiatan_budget();
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_TRUE(config->budget);
  const auto& b = *config->budget;
  EXPECT_FALSE(b.realisasi);
  ASSERT_EQ(b.kegiatan.size(), 2u);
  ASSERT_TRUE(b.kegiatan[0].realisasi);
  EXPECT_EQ(*b.kegiatan[0].realisasi, 400.0);
  ASSERT_TRUE(b.kegiatan[1].realisasi);
  EXPECT_EQ(*b.kegiatan[1].realisasi, 300.0);
  EXPECT_TRUE(b.revisions.empty());
  EXPECT_FALSE(b.previous_year_pagu);
  EXPECT_FALSE(b.published_serapan);
  EXPECT_FALSE(b.published_efficiency_gap);
  EXPECT_FALSE(b.published_pagu_change);
}

TEST(ConfigBudget, AbsentBudgetIsNone) {
  Diagnostics diagnostics;
  const auto config = read(base_document(), diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_FALSE(config->budget);
  EXPECT_FALSE(config->renstra);
  EXPECT_TRUE(config->history_results.empty());
  EXPECT_EQ(config->report_language, "");
  EXPECT_FALSE(config->report_templates);
}

TEST(ConfigBudget, RefusesNegativeAmounts) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatan"][0]["pagu_awal"] = -1;
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan/0/pagu_awal", "negative"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatan"][1]["pagu_akhir"] = -229080000;
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan/1/pagu_akhir", "negative"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["realisasi"] = -5;
  EXPECT_TRUE(Refuses(doc, "/budget/realisasi", "negative"));

  doc = base_document();
  doc["budget"] = kegiatan_budget();
  doc["budget"]["kegiatan"][1]["realisasi"] = -300;
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan/1/realisasi", "negative"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["previous_year_pagu"] = -10996933000.0;
  EXPECT_TRUE(Refuses(doc, "/budget/previous_year_pagu", "negative"));
}

TEST(ConfigBudget, ANegativeRealisasiIsNotAlsoCalledMissing) {
  json doc = base_document();
  doc["budget"] = json::parse(R"({"kegiatan": [{"name": "A", "pagu_awal": 5, "pagu_akhir": 5, "realisasi": -1}]})");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/budget/kegiatan/0/realisasi", "negative"));
  EXPECT_FALSE(HasDiagnostic(diagnostics, "/budget/realisasi", "missing")) << diagnostics.to_string();

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["realisasi"] = -5;
  diagnostics = Diagnostics();
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/budget/realisasi", "negative"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigBudget, ANegativeRevisionIsACut) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["revisions"].push_back({{"amount", 1000}});
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_EQ(config->budget->revisions.size(), 2u);
  EXPECT_EQ(config->budget->revisions[1].amount, 1000.0);
  EXPECT_EQ(config->budget->revisions[1].date, "");
}

TEST(ConfigBudget, RefusesMissingPagu) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatan"][0].erase("pagu_akhir");
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan/0/pagu_akhir", "missing"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatan"][1].erase("pagu_awal");
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan/1/pagu_awal", "missing"));
}

TEST(ConfigBudget, RefusesMissingOrEmptyKegiatan) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"].erase("kegiatan");
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan", "missing"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatan"] = json::array();
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan", "at least one"));
}

TEST(ConfigBudget, RefusesARevisionWithoutAmount) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["revisions"][0].erase("amount");
  EXPECT_TRUE(Refuses(doc, "/budget/revisions/0/amount", "missing"));
}

TEST(ConfigBudget, RefusesRealisasiBothAsTotalAndPerKegiatan) {
  json doc = base_document();
  doc["budget"] = kegiatan_budget();
  doc["budget"]["realisasi"] = 700;
  EXPECT_TRUE(Refuses(doc, "/budget/realisasi", "both"));
}

TEST(ConfigBudget, RefusesRealisasiForOnlySomeKegiatan) {
  json doc = base_document();
  doc["budget"] = kegiatan_budget();
  doc["budget"]["kegiatan"][1].erase("realisasi");
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan", "1 of 2"));
}

TEST(ConfigBudget, RefusesABudgetWithoutRealisasi) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"].erase("realisasi");
  EXPECT_TRUE(Refuses(doc, "/budget/realisasi", "missing"));
}

TEST(ConfigBudget, RefusesABudgetThatIsNotAnObject) {
  json doc = base_document();
  doc["budget"] = json::array();
  EXPECT_TRUE(Refuses(doc, "/budget", "expected an object"));
}

TEST(ConfigBudget, RefusesAmountsWrittenAsText) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["realisasi"] = "10.755.144.930";
  EXPECT_TRUE(Refuses(doc, "/budget/realisasi", "expected a number"));
}

TEST(ConfigBudget, RefusesUnknownKeysWithASuggestion) {
  json doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatn"] = json::array();
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatn", "did you mean 'kegiatan'"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["kegiatan"][0]["pagu_akhr"] = 1;
  EXPECT_TRUE(Refuses(doc, "/budget/kegiatan/0/pagu_akhr", "did you mean 'pagu_akhir'"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["revisions"][0]["ammount"] = 1;
  EXPECT_TRUE(Refuses(doc, "/budget/revisions/0/ammount", "did you mean 'amount'"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["published"]["serapn"] = 98.6;
  EXPECT_TRUE(Refuses(doc, "/budget/published/serapn", "did you mean 'serapan'"));

  doc = base_document();
  doc["budget"] = seed_budget();
  doc["budget"]["previous_year_pagus"] = 1;
  EXPECT_TRUE(Refuses(doc, "/budget/previous_year_pagus", "did you mean 'previous_year_pagu'"));
}

// ================================================================ history

TEST(ConfigHistory, ReadsEntriesWithAndWithoutTargetOldestFirst) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"json([
    {"year": 2022, "realisasi": 82.24, "target": ">= 81", "capaian": 101.53, "source": "LKj 2022"},
    {"year": 2021, "realisasi": 80.1}
  ])json");
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& history = indicator_of(*config).history;
  ASSERT_EQ(history.size(), 2u);

  EXPECT_EQ(history[0].year, 2021);
  EXPECT_EQ(history[0].pointer, kInd0 + "/history/1");
  ASSERT_TRUE(history[0].realisasi);
  EXPECT_DOUBLE_EQ(*history[0].realisasi, 80.1);
  EXPECT_FALSE(history[0].target);
  EXPECT_FALSE(history[0].reported_capaian);
  EXPECT_EQ(history[0].source, "");

  EXPECT_EQ(history[1].year, 2022);
  EXPECT_EQ(history[1].pointer, kInd0 + "/history/0");
  ASSERT_TRUE(history[1].realisasi);
  EXPECT_DOUBLE_EQ(*history[1].realisasi, 82.24);
  ASSERT_TRUE(history[1].target);
  EXPECT_DOUBLE_EQ(history[1].target->target.value, 81.0);
  EXPECT_EQ(history[1].target->target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(history[1].target->text, ">= 81");
  ASSERT_TRUE(history[1].reported_capaian);
  EXPECT_DOUBLE_EQ(*history[1].reported_capaian, 101.53);
  EXPECT_EQ(history[1].source, "LKj 2022");
}

TEST(ConfigHistory, ReadsAnEntryWithOnlyTheReportedCapaianAndAnObjectTarget) {
  json doc = base_document();
  ind(doc, 1)["history"] = json::parse(R"json([
    {"year": 2020, "capaian": 96, "target": {"value": 20, "polarity": "lower", "unit": "%"}}
  ])json");
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& history = indicator_of(*config, 1).history;
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].year, 2020);
  EXPECT_FALSE(history[0].realisasi);
  ASSERT_TRUE(history[0].reported_capaian);
  EXPECT_DOUBLE_EQ(*history[0].reported_capaian, 96.0);
  ASSERT_TRUE(history[0].target);
  EXPECT_EQ(history[0].target->target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(history[0].target->target.unit, "%");
}

TEST(ConfigHistory, RefusesAYearNotBeforeTheConfigsYear) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"year": 2023, "realisasi": 82}])");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history/0/year", "before the config's 2023"));

  doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"year": 2021, "realisasi": 80}, {"year": 2024, "realisasi": 82}])");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history/1/year", "2024"));
}

TEST(ConfigHistory, RefusesAYearGivenTwice) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"year": 2022, "realisasi": 82}, {"year": 2022, "realisasi": 83}])");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/history/1", "twice"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/history/1", kInd0 + "/history/0"));
}

TEST(ConfigHistory, RefusesAnEntryWithoutRealisasiOrCapaian) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"year": 2022, "target": ">= 81", "source": "LKj 2022"}])");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history/0/realisasi", "missing"));
}

TEST(ConfigHistory, RefusesAnEntryWithoutYear) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"realisasi": 82}])");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history/0/year", "missing"));
}

TEST(ConfigHistory, RefusesATargetWithoutComparison) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"year": 2022, "realisasi": 82, "target": "81"}])");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history/0/target", "lower or higher"));
}

TEST(ConfigHistory, RefusesHistoryThatIsNotAnArray) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"({"year": 2022, "realisasi": 82})");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history", "expected an array"));
}

TEST(ConfigHistory, RefusesUnknownKeysWithASuggestion) {
  json doc = base_document();
  ind(doc)["history"] = json::parse(R"([{"year": 2022, "realisasi": 82, "sourse": "LKj"}])");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/history/0/sourse", "did you mean 'source'"));

  doc = base_document();
  ind(doc)["histroy"] = json::array();
  EXPECT_TRUE(Refuses(doc, kInd0 + "/histroy", "did you mean 'history'"));
}

// ================================================================ renstra

json renstra_plan() { return json{{"name", "Renstra Biro Humas 2020-2024"}, {"from", 2020}, {"to", 2024}}; }

TEST(ConfigRenstra, ReadsThePlanAndTargetsAsTextAndObject) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc)["renstra"] = json::parse(R"json({
    "2024": ">= 85",
    "2020": {"value": 78, "polarity": "higher"},
    "2023": ">= 83,5"
  })json");
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_TRUE(config->renstra);
  EXPECT_EQ(config->renstra->name, "Renstra Biro Humas 2020-2024");
  EXPECT_EQ(config->renstra->from, 2020);
  EXPECT_EQ(config->renstra->to, 2024);

  const auto& targets = indicator_of(*config).renstra;
  ASSERT_EQ(targets.size(), 3u);
  ASSERT_TRUE(targets.count(2020));
  EXPECT_DOUBLE_EQ(targets.at(2020).target.value, 78.0);
  EXPECT_EQ(targets.at(2020).target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(targets.at(2020).target.comparison, Comparison::at_least);
  ASSERT_TRUE(targets.count(2023));
  EXPECT_DOUBLE_EQ(targets.at(2023).target.value, 83.5);
  ASSERT_TRUE(targets.count(2024));
  EXPECT_DOUBLE_EQ(targets.at(2024).target.value, 85.0);
  EXPECT_EQ(targets.at(2024).text, ">= 85");
  EXPECT_EQ(targets.rbegin()->first, 2024);
  EXPECT_TRUE(indicator_of(*config, 1).renstra.empty());
}

TEST(ConfigRenstra, APlanWithoutTargetsIsAccepted) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_TRUE(config->renstra);
  EXPECT_TRUE(indicator_of(*config).renstra.empty());
}

TEST(ConfigRenstra, RefusesAKeyThatIsNotAYear) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc)["renstra"] = json::parse(R"({"2024": ">= 85", "2024a": ">= 86"})");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/renstra/2024a", "expected a year"));

  doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc)["renstra"] = json::parse(R"({"target": ">= 85"})");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/renstra/target", "expected a year"));
}

TEST(ConfigRenstra, RefusesAYearOutsideThePlan) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc)["renstra"] = json::parse(R"({"2024": ">= 85", "2025": ">= 86"})");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/renstra/2025", "outside"));

  doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc, 1)["renstra"] = json::parse(R"({"2019": "< 25%"})");
  EXPECT_TRUE(Refuses(doc, "/sasaran/0/indicators/1/renstra/2019", "2020-2024"));
}

TEST(ConfigRenstra, RefusesTargetsWithoutAPlan) {
  json doc = base_document();
  ind(doc)["renstra"] = json::parse(R"({"2024": ">= 85"})");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/renstra", "top-level"));
}

TEST(ConfigRenstra, RefusesAnEmptyTargetObjectAndAnUnreadableTarget) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc)["renstra"] = json::object();
  EXPECT_TRUE(Refuses(doc, kInd0 + "/renstra", "at least one"));

  doc = base_document();
  doc["renstra"] = renstra_plan();
  ind(doc)["renstra"] = json::parse(R"({"2024": "85"})");
  EXPECT_TRUE(Refuses(doc, kInd0 + "/renstra/2024", "lower or higher"));
}

TEST(ConfigRenstra, RefusesFromAfterTo) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  doc["renstra"]["from"] = 2025;
  EXPECT_TRUE(Refuses(doc, "/renstra/to", "from"));
}

TEST(ConfigRenstra, RefusesAPlanWithoutNameOrYears) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  doc["renstra"].erase("name");
  EXPECT_TRUE(Refuses(doc, "/renstra/name", "missing"));

  doc = base_document();
  doc["renstra"] = renstra_plan();
  doc["renstra"].erase("to");
  EXPECT_TRUE(Refuses(doc, "/renstra/to", "missing"));
}

TEST(ConfigRenstra, RefusesUnknownKeysWithASuggestion) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  doc["renstra"]["form"] = 2020;
  EXPECT_TRUE(Refuses(doc, "/renstra/form", "did you mean 'from'"));

  doc = base_document();
  doc["renstar"] = renstra_plan();
  EXPECT_TRUE(Refuses(doc, "/renstar", "did you mean 'renstra'"));
}

// ================================================================ report

TEST(ConfigReport, ReadsLanguageAndTemplatesRelativeToTheConfig) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "templates/humas");
  json doc = base_document();
  doc["report"] = {{"language", "en"}, {"templates", "templates/humas"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics, dir.path() / "config.json");
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->report_language, "en");
  ASSERT_TRUE(config->report_templates);
  EXPECT_EQ(*config->report_templates, config->dir / "templates/humas");

  doc["report"] = {{"language", "id"}};
  diagnostics = Diagnostics();
  const auto id = read(doc, diagnostics);
  ASSERT_TRUE(id) << diagnostics.to_string();
  EXPECT_EQ(id->report_language, "id");
  EXPECT_FALSE(id->report_templates);
}

TEST(ConfigReport, RefusesATemplatesFolderThatIsNotThere) {
  json doc = base_document();
  doc["report"] = {{"templates", "templates/missing"}};
  EXPECT_TRUE(Refuses(doc, "/report/templates", "expected a folder of report templates"));
}

TEST(ConfigReport, RefusesALanguageOtherThanIdOrEn) {
  json doc = base_document();
  doc["report"] = {{"language", "fr"}};
  EXPECT_TRUE(Refuses(doc, "/report/language", "'fr'"));

  doc["report"] = {{"language", "ID"}};
  EXPECT_TRUE(Refuses(doc, "/report/language", "expected \"id\""));
}

TEST(ConfigReport, RefusesUnknownKeysWithASuggestion) {
  json doc = base_document();
  doc["report"] = {{"langauge", "en"}};
  EXPECT_TRUE(Refuses(doc, "/report/langauge", "did you mean 'language'"));

  doc = base_document();
  doc["report"] = {{"template", "t"}};
  EXPECT_TRUE(Refuses(doc, "/report/template", "did you mean 'templates'"));
}

// ================================================================ history_results

class ConfigHistoryResults : public ::testing::Test {
 protected:
  std::filesystem::path write_result(const std::string& name, const json& result) const {
    return dir_.write(name, result.dump(2));
  }
  std::filesystem::path config_path() const { return dir_.path() / "config.json"; }

  json doc_with(const std::string& results_name) const {
    json doc = base_document();
    doc["history_results"] = json::array({results_name});
    return doc;
  }

  TempDir dir_;
};

TEST_F(ConfigHistoryResults, JoinsEarlierResultsByIdAndSkipsAPendingRealisasi) {
  write_result("2022.json", result_document(2022));
  json doc = doc_with("2022.json");
  ind(doc)["history"] = json::parse(R"([{"year": 2021, "realisasi": 80.1}])");
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics, config_path());
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_EQ(config->history_results.size(), 1u);
  EXPECT_EQ(config->history_results[0], config->dir / "2022.json");

  const auto file = (dir_.path() / "2022.json").string();
  const auto& ikk1 = indicator_of(*config).history;
  ASSERT_EQ(ikk1.size(), 2u);
  EXPECT_EQ(ikk1[0].year, 2021);  // from the config, kept first: oldest first
  EXPECT_EQ(ikk1[1].year, 2022);
  ASSERT_TRUE(ikk1[1].realisasi);
  EXPECT_DOUBLE_EQ(*ikk1[1].realisasi, 82.24);
  ASSERT_TRUE(ikk1[1].target);
  EXPECT_DOUBLE_EQ(ikk1[1].target->target.value, 81.0);
  EXPECT_EQ(ikk1[1].target->target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(ikk1[1].target->target.comparison, Comparison::at_least);
  EXPECT_THAT(ikk1[1].source, HasSubstr("2022.json"));
  EXPECT_THAT(ikk1[1].pointer, HasSubstr("2022.json"));
  EXPECT_THAT(ikk1[1].pointer, HasSubstr("/sasaran/0/indicators/0"));

  // IKK2 was pending in 2022: the year joins, its realisasi does not.
  const auto& ikk2 = indicator_of(*config, 1).history;
  ASSERT_EQ(ikk2.size(), 1u);
  EXPECT_EQ(ikk2[0].year, 2022);
  EXPECT_FALSE(ikk2[0].realisasi);
  ASSERT_TRUE(ikk2[0].target);
  EXPECT_EQ(ikk2[0].target->target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(ikk2[0].target->target.comparison, Comparison::less_than);
  EXPECT_DOUBLE_EQ(ikk2[0].target->target.value, 20.0);
  EXPECT_EQ(ikk2[0].source, file);
}

TEST_F(ConfigHistoryResults, TakesATargetWrittenWithPolarityOnly) {
  // An object target {"value": 4, "polarity": "higher"} is written to the
  // result with the text "4": the value and polarity still make the target.
  json result = result_document(2022);
  result["sasaran"][0]["indicators"][0]["target"] = {
      {"value", 4}, {"unit", ""}, {"polarity", "higher"}, {"comparison", ">="}, {"text", "4"}};
  write_result("2022.json", result);
  Diagnostics diagnostics;
  const auto config = read(doc_with("2022.json"), diagnostics, config_path());
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& history = indicator_of(*config).history;
  ASSERT_EQ(history.size(), 1u);
  ASSERT_TRUE(history[0].target);
  EXPECT_DOUBLE_EQ(history[0].target->target.value, 4.0);
  EXPECT_EQ(history[0].target->target.polarity, Polarity::higher_is_better);
}

TEST_F(ConfigHistoryResults, TwoFilesOfDifferentYearsBothJoin) {
  write_result("2021.json", result_document(2021));
  write_result("2022.json", result_document(2022));
  json doc = base_document();
  doc["history_results"] = json::array({"2022.json", "2021.json"});
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics, config_path());
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& history = indicator_of(*config).history;
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].year, 2021);
  EXPECT_EQ(history[1].year, 2022);
}

TEST_F(ConfigHistoryResults, RefusesAnEntryThatIsNotAString) {
  json doc = base_document();
  doc["history_results"] = json::array({"2022.json", 2022});
  EXPECT_TRUE(Refuses(doc, "/history_results/1", "expected the path"));

  doc["history_results"] = json::array({""});
  EXPECT_TRUE(Refuses(doc, "/history_results/0", "expected the path"));

  doc["history_results"] = "2022.json";
  EXPECT_TRUE(Refuses(doc, "/history_results", "expected an array"));
}

TEST_F(ConfigHistoryResults, RefusesAMissingFileNamingIt) {
  const auto path = (dir_.path() / "absent.json").string();
  EXPECT_TRUE(Refuses(doc_with("absent.json"), "/history_results/0", path, config_path()));
}

TEST_F(ConfigHistoryResults, RefusesAFileThatIsNotJsonNamingIt) {
  dir_.write("broken.json", "{\"format\": 1, \"year\": ");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc_with("broken.json"), diagnostics, config_path()));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "broken.json"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "not valid JSON"));
}

TEST_F(ConfigHistoryResults, RefusesAFileThatIsNotAFormat1Result) {
  json result = result_document(2022);
  result["format"] = 2;
  const auto path = write_result("2022.json", result).string();
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc_with("2022.json"), diagnostics, config_path()));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", path));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "format 1"));

  write_result("list.json", json::array({result_document(2022)}));
  EXPECT_TRUE(Refuses(doc_with("list.json"), "/history_results/0", "format 1", config_path()));

  result = result_document(2022);
  result.erase("sasaran");
  write_result("nosasaran.json", result);
  EXPECT_TRUE(Refuses(doc_with("nosasaran.json"), "/history_results/0", "sasaran", config_path()));

  // A config, not a result: no "format".
  write_result("config2022.json", base_document());
  EXPECT_TRUE(Refuses(doc_with("config2022.json"), "/history_results/0", "config2022.json", config_path()));
}

TEST_F(ConfigHistoryResults, RefusesFieldsOfTheWrongTypeWithoutThrowing) {
  json result = result_document(2022);
  result["format"] = "1";
  write_result("format_text.json", result);
  Diagnostics diagnostics;
  EXPECT_NO_THROW(EXPECT_FALSE(read(doc_with("format_text.json"), diagnostics, config_path())));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "format_text.json"));

  result = result_document(2022);
  result["year"] = "2022";
  write_result("year_text.json", result);
  diagnostics = Diagnostics();
  EXPECT_NO_THROW(EXPECT_FALSE(read(doc_with("year_text.json"), diagnostics, config_path())));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "year_text.json"));

  // A status that is not a string is not "final": no realisasi taken.
  result = result_document(2022);
  result["sasaran"][0]["indicators"][0]["status"] = 1;
  write_result("status_number.json", result);
  diagnostics = Diagnostics();
  std::optional<EvaluationConfig> config;
  EXPECT_NO_THROW(config = read(doc_with("status_number.json"), diagnostics, config_path()));
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_EQ(indicator_of(*config).history.size(), 1u);
  EXPECT_FALSE(indicator_of(*config).history[0].realisasi);
}

TEST_F(ConfigHistoryResults, RefusesAYearNotBeforeTheConfigs) {
  const auto path = write_result("2023.json", result_document(2023)).string();
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc_with("2023.json"), diagnostics, config_path()));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", path));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "before the config's 2023"));

  write_result("noyear.json", [] {
    json r = result_document(2022);
    r.erase("year");
    return r;
  }());
  EXPECT_TRUE(Refuses(doc_with("noyear.json"), "/history_results/0", "noyear.json", config_path()));
}

TEST_F(ConfigHistoryResults, RefusesAYearAlsoGivenInTheConfig) {
  const auto path = write_result("2022.json", result_document(2022)).string();
  json doc = doc_with("2022.json");
  ind(doc)["history"] = json::parse(R"([{"year": 2022, "realisasi": 82.24}])");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics, config_path()));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", path));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", "IKK1 2022"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/0", kInd0 + "/history/0"));
}

TEST_F(ConfigHistoryResults, RefusesTwoFilesOfTheSameYear) {
  write_result("a.json", result_document(2022));
  const auto second = write_result("b.json", result_document(2022)).string();
  json doc = base_document();
  doc["history_results"] = json::array({"a.json", "b.json"});
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics, config_path()));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/1", second));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/history_results/1", "a.json"));
}

TEST_F(ConfigHistoryResults, RefusesTheKeyMisspeltWithASuggestion) {
  json doc = base_document();
  doc["history_result"] = json::array({"2022.json"});
  EXPECT_TRUE(Refuses(doc, "/history_result", "did you mean 'history_results'", config_path()));
}

}  // namespace

namespace {

TEST(ConfigRenstra, RefusesAPlanOutsideTheYearsOrLongerThanTwentyYears) {
  json doc = base_document();
  doc["renstra"] = renstra_plan();
  doc["renstra"]["from"] = 1900;
  EXPECT_TRUE(Refuses(doc, "/renstra/from", "between 1945 and 2200"));

  doc["renstra"] = renstra_plan();
  doc["renstra"]["to"] = 2060;
  EXPECT_TRUE(Refuses(doc, "/renstra/to", "at most 20 years"));
}

}  // namespace
