#include "report_builder.hpp"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sample_result.hpp"

namespace kinerja::report {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Labels labels_id() {
  return Labels(Language::id, {{"target.na", "N/A"}, {"status.met", "tercapai"}, {"unit.percentage_points", "poin"}});
}

std::vector<std::string> column(const Table& table, const std::string& key) {
  const auto it = std::find_if(table.columns.begin(), table.columns.end(), [&](const Column& c) { return c.key == key; });
  EXPECT_NE(it, table.columns.end()) << key;
  const auto index = static_cast<std::size_t>(it - table.columns.begin());
  std::vector<std::string> out;
  for (const auto& row : table.rows) out.push_back(row.at(index).text);
  return out;
}

TEST(ReportBuilder, CapaianTableFormatsAsTheLkjPrints) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  // Three indicators and the mean row.
  ASSERT_EQ(model.capaian.rows.size(), 4u);
  EXPECT_THAT(column(model.capaian, "realisasi"), ElementsAre("13,51%", "77*", "3,83", ""));
  EXPECT_THAT(column(model.capaian, "capaian"), ElementsAre("132%", "100%", "96%", "111%"));
  EXPECT_THAT(column(model.capaian, "target"), ElementsAre("< 20%", "77", "4", ""));
  // The seed's footnote for a pending value, from the reason in the data.
  EXPECT_THAT(model.capaian.footnotes, ElementsAre("(*) dalam proses penilaian APIP"));
}

TEST(ReportBuilder, CellsKeepFullPrecisionBesideTheirText) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  const Cell& capaian = model.capaian.rows[0][4];
  ASSERT_TRUE(capaian.number.has_value());
  EXPECT_DOUBLE_EQ(*capaian.number, 132.45833333333331);
  EXPECT_EQ(capaian.kind, CellKind::percent);
  EXPECT_EQ(capaian.decimals, 0);
}

TEST(ReportBuilder, AFailedTargetIsEmphasised) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  EXPECT_FALSE(model.capaian.rows[0][4].emphasis);
  EXPECT_TRUE(model.capaian.rows[2][4].emphasis);
}

TEST(ReportBuilder, EnglishUsesTheDecimalPoint) {
  const ReportModel model = build_report(testing::sample_result(), Labels(Language::en, {}));
  EXPECT_EQ(model.capaian.rows[0][3].text, "13.51%");
  EXPECT_EQ(model.capaian.rows[2][3].text, "3.83");
}

TEST(ReportBuilder, PerjanjianShowsNaForAnIndicatorAddedDuringTheYear) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  EXPECT_THAT(column(model.perjanjian, "target_awal"), ElementsAre("< 20%", "77", "N/A"));
  EXPECT_THAT(column(model.perjanjian, "revision_reason"), ElementsAre("", "", "Ditambahkan <i>tengah</i> tahun"));
}

// A PK that was not revised gives no target_awal: the target before the
// revision is the target itself, not "N/A".
TEST(ReportBuilder, PerjanjianShowsTheTargetAsTargetAwalWhenThePkWasNotRevised) {
  nlohmann::json result = testing::sample_result();
  result["sasaran"][0]["indicators"][0]["target_awal"] = nullptr;
  result["sasaran"][0]["indicators"][0]["added_during_year"] = false;
  const ReportModel model = build_report(result, labels_id());
  EXPECT_THAT(column(model.perjanjian, "target_awal"), ElementsAre("< 20%", "77", "N/A"));
  EXPECT_EQ(column(model.perjanjian, "target")[0], "< 20%");
}

TEST(ReportBuilder, HistoryTableHasOneColumnPerYearAndTheDirection) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  ASSERT_TRUE(model.history.has_value());
  EXPECT_THAT(column(*model.history, "y2022"), ElementsAre("15,20%", "-", "4,05"));
  EXPECT_THAT(column(*model.history, "y2023"), ElementsAre("13,51%", "77*", "3,83"));
  EXPECT_THAT(column(*model.history, "change"), ElementsAre("-1,69 poin", "-", "-0,22"));
  EXPECT_THAT(column(*model.history, "direction"), ElementsAre("direction.improved", "direction.unknown",
                                                               "direction.declined"));
  // One trend chart per indicator with an earlier realisasi.
  ASSERT_EQ(model.history_charts.size(), 2u);
  EXPECT_THAT(model.history_charts[0].categories, ElementsAre("2022", "2023"));
}

// A trend starts at the measure's floor, not at the data: IPP 4,05 -> 3,83
// must not fill the chart.
TEST(ReportBuilder, ATrendChartStartsAtTheMeasuresFloor) {
  nlohmann::json result = testing::sample_result();
  auto& ipp = result["sasaran"][1]["indicators"][0];  // IKK6, the IPP index, 0..5
  ASSERT_EQ(ipp.at("id"), "IKK6");
  EXPECT_EQ(build_report(result, labels_id()).history_charts[1].y_min, 0.0);  // no scale: from 0
  ipp["scale"] = {{"min", 1}, {"max", 5}};
  EXPECT_EQ(build_report(result, labels_id()).history_charts[1].y_min, 1.0);
  ipp["history"]["years"][0]["realisasi"] = 0.5;  // below the floor: still shown
  EXPECT_EQ(build_report(result, labels_id()).history_charts[1].y_min, 0.5);
}

TEST(ReportBuilder, RenstraTableListsEveryYearOfThePlan) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  ASSERT_TRUE(model.renstra.has_value());
  ASSERT_EQ(model.renstra->rows.size(), 1u);  // only IKK1 has Renstra targets
  EXPECT_THAT(column(*model.renstra, "t2020"), ElementsAre("-"));
  EXPECT_THAT(column(*model.renstra, "t2024"), ElementsAre("< 15%"));
  EXPECT_THAT(column(*model.renstra, "toward_final"), ElementsAre("110%"));
}

TEST(ReportBuilder, BudgetInRupiahWithTheRevisionAsFootnote) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  ASSERT_TRUE(model.budget.has_value());
  EXPECT_THAT(column(*model.budget, "pagu_awal"), ElementsAre("Rp 10.678.779.000", "Rp 10.678.779.000"));
  EXPECT_THAT(column(*model.budget, "serapan"), ElementsAre("-", "100,00%"));
  ASSERT_EQ(model.budget->footnotes.size(), 2u);
  EXPECT_THAT(model.budget->footnotes[0], HasSubstr("2023-09: -Rp 223.561.000 (pergeseran)"));
  EXPECT_EQ(model.facts.at("serapan_awal"), "97,91%");
  ASSERT_TRUE(model.efficiency.has_value());
  EXPECT_EQ(model.efficiency->rows.back()[3].text, "10,50");
}

TEST(ReportBuilder, IndicatorSectionsCarryTablesChartsAndWarnings) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  ASSERT_EQ(model.indicators.size(), 3u);
  const IndicatorSection& first = model.indicators[0];
  EXPECT_EQ(first.facts.at("realisasi"), "13,51%");
  ASSERT_EQ(first.charts.size(), 1u);
  EXPECT_EQ(first.charts[0].id, "monthly-shares");
  EXPECT_THAT(first.warnings, ElementsAre("2023-07: shares do not sum to 100"));
  EXPECT_EQ(model.indicators[1].facts.at("pending_reason"), "dalam proses penilaian APIP");
}

TEST(ReportBuilder, NoChapter3TablesWithoutTheirData) {
  nlohmann::json result = testing::sample_result();
  result["budget"] = nullptr;
  result["renstra"] = nullptr;
  for (auto& s : result["sasaran"]) {
    for (auto& i : s["indicators"]) i.erase("history");
  }
  const ReportModel model = build_report(result, labels_id());
  EXPECT_FALSE(model.history.has_value());
  EXPECT_FALSE(model.renstra.has_value());
  EXPECT_FALSE(model.budget.has_value());
  EXPECT_FALSE(model.efficiency.has_value());
}

// The appendix: files relative to the config's folder, hashes by their
// first 12 digits (the full record stays in the JSON).
TEST(ReportBuilder, ProvenanceIsRelativeToTheConfigWithShortHashes) {
  nlohmann::json result = testing::sample_result();
  const std::string hash(64, 'a');
  result["provenance"]["config"] = {{"path", "/home/perencana/lkj-2024/config.json"}, {"sha256", "0123456789abcdef" + hash.substr(16)}};
  result["provenance"]["inputs"] = {{{"indicator", "IKK1"}, {"path", "/home/perencana/lkj-2024/data/berita.csv"}, {"sha256", hash}},
                                    {{"indicator", "IKK2"}, {"path", "/srv/bersama/survei.xlsx"}, {"sha256", hash}}};
  const ReportModel model = build_report(result, labels_id());
  ASSERT_EQ(model.provenance.rows.size(), 5u);  // host, config, one plugin, two inputs
  EXPECT_EQ(model.provenance.rows[1][1].text, "config.json");
  EXPECT_EQ(model.provenance.rows[1][2].text, "0123456789ab");
  EXPECT_EQ(model.provenance.rows[3][1].text, "data/berita.csv");
  EXPECT_EQ(model.provenance.rows[4][1].text, "../../../srv/bersama/survei.xlsx");
  EXPECT_EQ(model.provenance.rows[4][2].text, std::string(12, 'a'));
}

// A band table beside the plugin's library is the plugin's data, not a
// path of the machine that made the report.
TEST(ReportBuilder, APluginsDataFileIsNamedAsThePlugins) {
  nlohmann::json result = testing::sample_result();
  result["provenance"]["config"] = {{"path", "/home/perencana/lkj/config.json"}, {"sha256", std::string(64, 'c')}};
  result["provenance"]["plugins"] = {{{"name", "ikm"}, {"version", "2.0.0"},
                                      {"path", "/opt/kinerja/lib/kinerja/plugins/kinerja-ikm.so"}, {"sha256", std::string(64, 'b')}}};
  result["provenance"]["inputs"] = {{{"indicator", "IKK2"}, {"path", "/opt/kinerja/lib/kinerja/plugins/ikm/bands.json"},
                                     {"sha256", std::string(64, 'a')}},
                                    {{"indicator", "IKK2"}, {"path", "/opt/kinerja/lib/kinerja/plugins/ikmx/x.json"},
                                     {"sha256", std::string(64, 'a')}}};
  const ReportModel model = build_report(result, Labels(Language::id, {{"provenance.plugin_data", "data plugin"}}));
  ASSERT_EQ(model.provenance.rows.size(), 5u);  // host, config, plugin, two inputs
  EXPECT_EQ(model.provenance.rows[2][1].text, "2.0.0 — kinerja-ikm.so");
  EXPECT_EQ(model.provenance.rows[3][1].text, "bands.json (data plugin ikm)");
  EXPECT_EQ(model.provenance.rows[4][1].text, "../../../opt/kinerja/lib/kinerja/plugins/ikmx/x.json");  // no plugin's folder
}

TEST(ReportBuilder, ProvenanceToleratesAPluginWithoutHash) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  EXPECT_EQ(model.provenance.rows.size(), 3u);  // host, config, one plugin
  EXPECT_EQ(model.provenance.rows[2][2].text, "");
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(ReportBuilder, APendingStandInIsTextSoNoSpreadsheetSumsIt) {
  const ReportModel model = build_report(testing::sample_result(), labels_id());
  const Cell& pending = model.capaian.rows[1][3];
  EXPECT_EQ(pending.text, "77*");
  EXPECT_FALSE(pending.number.has_value());
  EXPECT_EQ(pending.kind, CellKind::text);
}

TEST(ReportBuilder, CapaianIsShownAsTheResultRoundedItByTheConfigsRule) {
  nlohmann::json result = testing::sample_result();
  // A config with "rounding": "truncate" gives 103.63 -> 103, not 104.
  result["sasaran"][0]["indicators"][0]["capaian"] = 103.63511659807956;
  result["sasaran"][0]["indicators"][0]["capaian_display"] = 103.0;
  const ReportModel model = build_report(result, labels_id());
  EXPECT_EQ(model.capaian.rows[0][4].text, "103%");
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(ReportBuilder, APendingValueIsNotAPointOfItsTrend) {
  nlohmann::json result = testing::sample_result();
  // IKK5 is pending; give it an earlier year so that it gets a trend chart.
  result["sasaran"][0]["indicators"][1]["history"]["years"] =
      nlohmann::json::parse(R"([{"year": 2022, "realisasi": 79.47, "source": "LKj 2022"}])");
  const ReportModel model = build_report(result, labels_id());
  ASSERT_EQ(model.history_charts.size(), 3u);
  const Chart& trend = model.history_charts[1];
  EXPECT_EQ(trend.id, "trend-IKK5");
  ASSERT_EQ(trend.series.at(0).values.size(), 2u);
  EXPECT_EQ(trend.series[0].values[0], 79.47);
  EXPECT_FALSE(trend.series[0].values[1].has_value());
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(ReportBuilder, AWorkbookCellHoldsWhatTheReportShowsWhenTheConfigDoesNotRoundHalfUp) {
  nlohmann::json result = testing::sample_result();
  result["sasaran"][0]["indicators"][0]["capaian"] = 103.63511659807956;
  result["sasaran"][0]["indicators"][0]["capaian_display"] = 103.0;  // truncated
  result["sasaran"][0]["indicators"][1]["capaian"] = 100.4;
  result["sasaran"][0]["indicators"][1]["capaian_display"] = 100.0;  // half up gives the same
  const ReportModel model = build_report(result, labels_id());
  EXPECT_EQ(*model.capaian.rows[0][4].number, 103.0);
  EXPECT_EQ(*model.capaian.rows[1][4].number, 100.4);
}

}  // namespace
}  // namespace kinerja::report
