// Tests of breakdown_tables.cpp: a plugin's breakdown as tables, headed
// by the plugin's locale (or a unit's own labels), keys where neither has
// a word.
#include "breakdown_tables.hpp"

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace kinerja::report {
namespace {

using ::testing::ElementsAre;
using json = nlohmann::json;

Labels labels() { return Labels(Language::id, {{"field.mean_days", "Rata-rata hari"}}); }

std::vector<Table> breakdown_tables(const json& breakdown, const std::string& prefix, const Labels& words,
                                    const PluginLocale* locale = nullptr, std::vector<std::string>* unlabelled = nullptr) {
  return report::breakdown_tables(breakdown, prefix, FieldWords(words, locale, unlabelled));
}

// A locale file with `text`, read as the report reads it.
PluginLocale locale_of(const std::string& text) {
  kinerja::testing::TempDir dir;
  const auto path = dir.write("id.json", text);
  return PluginLocale::load(path);
}

std::vector<std::string> headings(const Table& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) out.push_back(c.label);
  return out;
}

TEST(BreakdownTables, ScalarsFormOneTwoColumnTableWithDottedNames) {
  const auto tables = breakdown_tables(json::parse(R"({"ikm": 83.94444444444443, "mutu": "B",
      "sample": {"required": 134, "adequate": true}, "nothing": null})"), "IKK2-", labels());
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].id, "IKK2-summary");
  ASSERT_EQ(tables[0].rows.size(), 4u);  // null left out
  EXPECT_EQ(tables[0].rows[0][0].text, "ikm");
  EXPECT_EQ(tables[0].rows[0][1].text, "83,9444");
  EXPECT_DOUBLE_EQ(*tables[0].rows[0][1].number, 83.94444444444443);
  EXPECT_EQ(tables[0].rows[2][0].text, "sample.adequate");
  EXPECT_EQ(tables[0].rows[2][1].text, "ya");
  EXPECT_EQ(tables[0].rows[3][1].kind, CellKind::integer);
}

TEST(BreakdownTables, AListOfRecordsIsATableWithTheUnionOfTheirFields) {
  const auto tables = breakdown_tables(json::parse(R"({"months": [
      {"month": "2023-01", "shares": {"negatif": 15.85}},
      {"month": "2023-02", "shares": {"negatif": 19.5, "positif": 46.15}}]})"), "IKK1-", labels());
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].id, "IKK1-months");
  EXPECT_THAT(headings(tables[0]), ElementsAre("month", "shares.negatif", "shares.positif"));
  EXPECT_EQ(tables[0].rows[0][2].text, "");  // the first month has no positif
  EXPECT_EQ(tables[0].rows[1][2].text, "46,15");
}

TEST(BreakdownTables, AMapOfRecordsKeepsItsKeysAsTheFirstColumn) {
  const auto tables = breakdown_tables(json::parse(R"({"months": {
      "2023-01": {"requests": 18, "mean_days": 3.9}, "2023-02": {"requests": 12, "mean_days": 5.66}}})"),
                                       "IKK3-", labels());
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_THAT(headings(tables[0]), ElementsAre("breakdown.key", "Rata-rata hari", "requests"));
  EXPECT_EQ(tables[0].rows[1][0].text, "2023-02");
  EXPECT_EQ(tables[0].rows[1][1].text, "5,66");
}

TEST(BreakdownTables, NestedListsInACellAreReadableText) {
  EXPECT_EQ(value_cell(json::parse(R"([1, 2.5, "x"])"), Language::id).text, "1, 2,5, x");
  EXPECT_EQ(value_cell(json::parse(R"([{"key": "input", "score": 16.44}, {"key": "proses", "score": 13.2}])"),
                       Language::en)
                .text,
            "key: input, score: 16.44; key: proses, score: 13.2");
}

TEST(BreakdownTables, NotAnObjectGivesNoTables) {
  EXPECT_TRUE(breakdown_tables(json::array(), "X-", labels()).empty());
  EXPECT_TRUE(breakdown_tables(json::object(), "X-", labels()).empty());
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(BreakdownTables, APublishedFigureIsHeadedByTheLabelOfWhatItPublishes) {
  const Labels words(Language::id, {{"breakdown.published", "Dipublikasikan:"}, {"field.mean_days", "Rata-rata hari"}});
  const auto tables = breakdown_tables(nlohmann::json::parse(R"({"published": {"mean_days": 2.742, "other": 1}})"),
                                       "X-", words);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows[0][0].text, "Dipublikasikan: Rata-rata hari");
  EXPECT_EQ(tables[0].rows[1][0].text, "published.other");  // nothing names "other": the key, as it is
}

TEST(BreakdownTables, AYearIsNotGroupedLikeAQuantity) {
  const auto tables = breakdown_tables(nlohmann::json::parse(R"({"previous": {"year": 2022, "total": 79470}})"), "X-",
                                       Labels(Language::id, {}));
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows[0][1].text, "79.470");
  EXPECT_EQ(tables[0].rows[1][1].text, "2022");
}

TEST(BreakdownTables, AColumnNoRecordFillsIsLeftOut) {
  const auto tables = breakdown_tables(
      nlohmann::json::parse(R"({"months": [{"month": "2023-01", "articles": null}, {"month": "2023-02", "articles": null}]})"),
      "X-", Labels(Language::id, {}));
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].columns.size(), 1u);
  EXPECT_EQ(tables[0].columns[0].key, "month");
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

const char* const ppid_words = R"json({
  "fields": {
    "mean_days": {"label": "Rata-rata waktu penyelesaian", "unit": "hari kerja"},
    "months": "Rincian per bulan",
    "month": "Bulan",
    "days_histogram": "Permohonan selesai dalam (hari kerja)",
    "input.sources": {"hidden": true},
    "input": "Masukan",
    "file": {"hidden": true}
  },
  "values": {"method": {"pooled": "gabungan"}}
})json";

using json = nlohmann::json;

TEST(BreakdownTablesWithALocale, LabelsWithUnitsParentsAndValues) {
  const PluginLocale words = locale_of(ppid_words);
  std::vector<std::string> unlabelled;
  const auto tables = breakdown_tables(json::parse(R"({"mean_days": 5.44, "method": "pooled", "days_histogram": {"3": 7},
      "input": {"rows": 20, "sources": [{"file": "/tmp/x/register.csv", "rows": 20}]}, "file": "/etc/kalender.json",
      "weird_key": 1, "months": [{"month": "2023-01", "file": "/tmp/a.csv", "requests": 4}]})"),
                                       "P-", Labels(Language::id, {}), &words, &unlabelled);
  ASSERT_EQ(tables.size(), 2u);
  std::vector<std::string> rows;
  for (const auto& row : tables[0].rows) rows.push_back(row[0].text + " = " + row[1].text);
  EXPECT_THAT(rows, ElementsAre("Permohonan selesai dalam (hari kerja) 3 = 7", "Masukan rows = 20",
                                "Rata-rata waktu penyelesaian (hari kerja) = 5,44", "method = gabungan", "weird_key = 1"));
  EXPECT_EQ(tables[1].title, "Rincian per bulan");
  EXPECT_THAT(headings(tables[1]), ElementsAre("Bulan", "requests"));  // the hidden file column left out
  EXPECT_THAT(unlabelled, ElementsAre("method", "requests", "weird_key"));  // in the order shown
}

TEST(BreakdownTablesWithALocale, AUnitsOwnLabelWinsOverThePlugins) {
  const PluginLocale words = locale_of(ppid_words);
  const auto tables = breakdown_tables(json::parse(R"({"mean_days": 5.44})"), "P-",
                                       Labels(Language::id, {{"field.mean_days", "Lama layanan"}}), &words);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows[0][0].text, "Lama layanan");
}

// A unit's aspects inside one cell: led by each aspect's name, then the
// plugin's headings, the internal key hidden.
TEST(BreakdownTablesWithALocale, RecordsInACellReadInTheReportsWords) {
  const PluginLocale words =
      locale_of(R"({"fields": {"key": {"hidden": true}, "score": "Nilai", "weight": {"label": "Bobot", "unit": "%"},
                               "units": "Nilai per unit", "aspects": "Aspek", "name": "Unit"}})");
  std::vector<std::string> unlabelled;
  const auto tables = breakdown_tables(json::parse(R"({"units": [{"name": "Biro Umum", "aspects": [
      {"key": "kebijakan", "label": "Kebijakan Pelayanan", "score": 3.2, "weight": 24.0},
      {"key": "inovasi", "label": "Inovasi", "score": 4.5, "weight": 10.0}]}]})"),
                                       "P-", Labels(Language::id, {}), &words, &unlabelled);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_THAT(headings(tables[0]), ElementsAre("Aspek", "Unit"));
  EXPECT_EQ(tables[0].rows[0][0].text, "Kebijakan Pelayanan: Nilai 3,2, Bobot (%) 24; Inovasi: Nilai 4,5, Bobot (%) 10");
  EXPECT_TRUE(unlabelled.empty());
}

TEST(BreakdownTablesWithALocale, AHiddenTableIsNoTable) {
  const PluginLocale words = locale_of(R"({"fields": {"months": {"hidden": true}}})");
  EXPECT_TRUE(breakdown_tables(json::parse(R"({"months": [{"month": "2023-01"}]})"), "P-", Labels(Language::id, {}), &words)
                  .empty());
}

}  // namespace
}  // namespace kinerja::report
