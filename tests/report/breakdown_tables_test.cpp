#include "breakdown_tables.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kinerja::report {
namespace {

using ::testing::ElementsAre;
using json = nlohmann::json;

Labels labels() { return Labels(Language::id, {{"field.mean_days", "Rata-rata hari"}}); }

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
  const Labels words(Language::id, {{"field.published", "Dipublikasikan:"}, {"field.mean_days", "Rata-rata hari"}});
  const auto tables = breakdown_tables(nlohmann::json::parse(R"({"published": {"mean_days": 2.742, "other": 1}})"),
                                       "X-", words);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows[0][0].text, "Dipublikasikan: Rata-rata hari");
  EXPECT_EQ(tables[0].rows[1][0].text, "Dipublikasikan: other");
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
