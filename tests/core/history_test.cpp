// Tests of core/src/history.hpp: an indicator against its earlier years
// (direction of change with the target's polarity) and against its Renstra
// targets. Expected capaian are worked out here with plain arithmetic from
// the formulas in REFERENCE.md 2, not by calling compute_capaian.
#include "history.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace kinerja {
namespace {

TargetSpec spec(double value, Polarity polarity, Comparison comparison, const std::string& text) {
  TargetSpec s;
  s.target = Target{value, polarity, comparison, ""};
  s.text = text;
  return s;
}
TargetSpec at_least(double value) {
  return spec(value, Polarity::higher_is_better, Comparison::at_least, ">= " + std::to_string(value));
}
TargetSpec less_than(double value) {
  return spec(value, Polarity::lower_is_better, Comparison::less_than, "< " + std::to_string(value));
}

HistoryEntry entry(int year, std::optional<double> realisasi, std::optional<TargetSpec> target = std::nullopt,
                   std::optional<double> reported = std::nullopt) {
  HistoryEntry e;
  e.pointer = "/sasaran/0/indicators/0/history/" + std::to_string(year);
  e.year = year;
  e.realisasi = realisasi;
  e.target = target;
  e.reported_capaian = reported;
  e.source = "LKj " + std::to_string(year);
  return e;
}

IndicatorConfig indicator(const TargetSpec& target, std::vector<HistoryEntry> history = {}) {
  IndicatorConfig ind;
  ind.pointer = "/sasaran/0/indicators/0";
  ind.id = "IKK1";
  ind.name = "Indikator";
  ind.plugin = "manual";
  ind.target = target;
  ind.history = std::move(history);
  return ind;
}

// ================================================================ direction

TEST(HistoryDirection, Names) {
  EXPECT_EQ(to_string(Direction::improved), "improved");
  EXPECT_EQ(to_string(Direction::declined), "declined");
  EXPECT_EQ(to_string(Direction::unchanged), "unchanged");
  EXPECT_EQ(to_string(Direction::unknown), "unknown");
}

TEST(HistoryDirection, HigherIsBetterRiseIsImproved) {
  // IKM: 82.24 in 2022, 83.96 in 2023.
  const auto out = compare_with_history(indicator(at_least(81), {entry(2022, 82.24)}), 83.96, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::improved);
  ASSERT_TRUE(out.compared_year);
  EXPECT_EQ(*out.compared_year, 2022);
  ASSERT_TRUE(out.change);
  EXPECT_NEAR(*out.change, 1.72, 1e-9);
  EXPECT_EQ(out.why_unknown, "");
}

TEST(HistoryDirection, HigherIsBetterFallIsDeclined) {
  // SAKIP: 79.47 in 2022, 77 in 2023.
  const auto out = compare_with_history(indicator(at_least(77), {entry(2022, 79.47)}), 77, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::declined);
  ASSERT_TRUE(out.change);
  EXPECT_NEAR(*out.change, -2.47, 1e-9);
}

TEST(HistoryDirection, LowerIsBetterFallIsImproved) {
  const auto out = compare_with_history(indicator(less_than(20), {entry(2022, 15.2)}), 13.51, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::improved);
  ASSERT_TRUE(out.change);
  EXPECT_NEAR(*out.change, -1.69, 1e-9);
}

TEST(HistoryDirection, LowerIsBetterRiseIsDeclined) {
  const auto out = compare_with_history(indicator(less_than(20), {entry(2022, 13.51)}), 15.2, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::declined);
  ASSERT_TRUE(out.change);
  EXPECT_NEAR(*out.change, 1.69, 1e-9);
}

TEST(HistoryDirection, SameValueIsUnchangedForEitherPolarity) {
  const auto higher = compare_with_history(indicator(at_least(100), {entry(2022, 100)}), 100, ThisYear::final_value, {});
  EXPECT_EQ(higher.direction, Direction::unchanged);
  ASSERT_TRUE(higher.change);
  EXPECT_EQ(*higher.change, 0.0);

  const auto lower = compare_with_history(indicator(less_than(20), {entry(2022, 13.51)}), 13.51, ThisYear::final_value, {});
  EXPECT_EQ(lower.direction, Direction::unchanged);
}

TEST(HistoryDirection, BinaryNoiseIsUnchanged) {
  // 0.1 + 0.2 is 0.30000000000000004 as a double.
  const double noisy = 0.1 + 0.2;
  ASSERT_NE(noisy, 0.3);
  const auto out = compare_with_history(indicator(at_least(1), {entry(2022, 0.3)}), noisy, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::unchanged);
}

TEST(HistoryDirection, ComparesWithTheLatestEarlierYearThatHasARealisasi) {
  // 2022 has only the capaian its report printed: 2021 is the year compared.
  const auto out = compare_with_history(
      indicator(at_least(81), {entry(2020, 85), entry(2021, 80), entry(2022, std::nullopt, at_least(81), 101.0)}),
      83.96, ThisYear::final_value, {});
  ASSERT_TRUE(out.compared_year);
  EXPECT_EQ(*out.compared_year, 2021);
  ASSERT_TRUE(out.change);
  EXPECT_NEAR(*out.change, 3.96, 1e-9);
  EXPECT_EQ(out.direction, Direction::improved);
  ASSERT_EQ(out.years.size(), 3u);
  EXPECT_EQ(out.years[2].year, 2022);
  EXPECT_FALSE(out.years[2].realisasi);
  ASSERT_TRUE(out.years[2].reported_capaian);
  EXPECT_DOUBLE_EQ(*out.years[2].reported_capaian, 101.0);
  EXPECT_FALSE(out.years[2].capaian.value);  // no realisasi, nothing to compute
}

TEST(HistoryDirection, PendingThisYearIsUnknown) {
  const auto out = compare_with_history(indicator(at_least(77), {entry(2022, 79.47)}), 77, ThisYear::pending, {});
  EXPECT_EQ(out.direction, Direction::unknown);
  EXPECT_FALSE(out.change);
  EXPECT_NE(out.why_unknown.find("pending"), std::string::npos) << out.why_unknown;
  ASSERT_EQ(out.years.size(), 1u);  // the earlier years are still listed
}

TEST(HistoryDirection, NoRealisasiThisYearIsUnknown) {
  const auto out = compare_with_history(indicator(at_least(77), {entry(2022, 79.47)}), std::nullopt, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::unknown);
  EXPECT_FALSE(out.change);
  EXPECT_NE(out.why_unknown.find("no realisasi"), std::string::npos) << out.why_unknown;
}

TEST(HistoryDirection, NoHistoryIsUnknown) {
  const auto out = compare_with_history(indicator(at_least(81)), 83.96, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::unknown);
  EXPECT_TRUE(out.years.empty());
  EXPECT_FALSE(out.compared_year);
  EXPECT_FALSE(out.change);
  EXPECT_NE(out.why_unknown.find("no earlier year"), std::string::npos) << out.why_unknown;
}

TEST(HistoryDirection, HistoryWithoutAnyRealisasiIsUnknown) {
  const auto out =
      compare_with_history(indicator(at_least(81), {entry(2022, std::nullopt, std::nullopt, 101.53)}), 83.96, ThisYear::final_value, {});
  EXPECT_EQ(out.direction, Direction::unknown);
  EXPECT_FALSE(out.compared_year);
  EXPECT_FALSE(out.change);
  EXPECT_NE(out.why_unknown.find("realisasi"), std::string::npos) << out.why_unknown;
  ASSERT_EQ(out.years.size(), 1u);
}

// ================================================================ earlier capaian

TEST(HistoryCapaian, EarlierYearCapaianFromItsOwnTarget) {
  // IKM 2022: 82.24 against >= 81 -> 82.24 / 81 x 100 = 101.5308641975...
  const auto out = compare_with_history(indicator(at_least(81), {entry(2022, 82.24, at_least(81))}), 83.96, ThisYear::final_value, {});
  ASSERT_EQ(out.years.size(), 1u);
  const auto& y = out.years[0];
  EXPECT_EQ(y.year, 2022);
  EXPECT_EQ(y.source, "LKj 2022");
  ASSERT_TRUE(y.target);
  ASSERT_EQ(y.capaian.condition, CapaianCondition::computed);
  ASSERT_TRUE(y.capaian.value);
  EXPECT_NEAR(*y.capaian.value, 82.24 / 81.0 * 100.0, 1e-9);
  EXPECT_NEAR(*y.capaian.value, 101.530864, 1e-6);
}

TEST(HistoryCapaian, EarlierYearLowerIsBetter) {
  // 15 against < 20 -> (2 x 20 - 15) / 20 x 100 = 125.
  const auto out = compare_with_history(indicator(less_than(20), {entry(2022, 15, less_than(20))}), 13.51, ThisYear::final_value, {});
  ASSERT_EQ(out.years.size(), 1u);
  ASSERT_TRUE(out.years[0].capaian.value);
  EXPECT_NEAR(*out.years[0].capaian.value, 125.0, 1e-9);
}

TEST(HistoryCapaian, EarlierYearUsesItsTargetNotThisYears) {
  // 2022's target was 80, this year's is 81: 82.24 / 80 x 100 = 102.8.
  const auto out = compare_with_history(indicator(at_least(81), {entry(2022, 82.24, at_least(80))}), 83.96, ThisYear::final_value, {});
  ASSERT_TRUE(out.years[0].capaian.value);
  EXPECT_NEAR(*out.years[0].capaian.value, 102.8, 1e-9);
}

TEST(HistoryCapaian, EarlierYearWithoutTargetHasNoCapaian) {
  const auto out = compare_with_history(indicator(at_least(81), {entry(2022, 82.24)}), 83.96, ThisYear::final_value, {});
  ASSERT_EQ(out.years.size(), 1u);
  EXPECT_FALSE(out.years[0].target);
  EXPECT_FALSE(out.years[0].capaian.value);
}

TEST(HistoryCapaian, EarlierYearFollowsTheCap) {
  // 150 / 100 x 100 = 150, capped at 120.
  CapaianRule rule;
  rule.cap = 120;
  const auto out =
      compare_with_history(indicator(at_least(100), {entry(2022, 150, at_least(100))}), 100, ThisYear::final_value, rule);
  ASSERT_TRUE(out.years[0].capaian.value);
  EXPECT_EQ(*out.years[0].capaian.value, 120.0);
}

// ================================================================ Renstra

IndicatorConfig with_renstra(const TargetSpec& target, std::map<int, TargetSpec> renstra) {
  IndicatorConfig ind = indicator(target);
  ind.renstra = std::move(renstra);
  return ind;
}

TEST(RenstraProgress, NoneWithoutRenstraTargets) {
  EXPECT_FALSE(renstra_progress(indicator(at_least(81)), 2023, 83.96, ThisYear::final_value, {}));
}

TEST(RenstraProgress, ThisYearsTargetAndTheFinalOne) {
  const auto ind = with_renstra(
      at_least(81), {{2024, at_least(85)}, {2020, at_least(78)}, {2023, at_least(83)}, {2022, at_least(80)}});
  const auto out = renstra_progress(ind, 2023, 83.96, ThisYear::final_value, {});
  ASSERT_TRUE(out);
  EXPECT_EQ(out->targets.size(), 4u);
  ASSERT_TRUE(out->target_this_year);
  EXPECT_EQ(out->target_this_year->target.value, 83.0);
  EXPECT_EQ(out->final_year, 2024);
  EXPECT_EQ(out->final_target.target.value, 85.0);
  // 83.96 / 85 x 100 = 98.7764705882...
  ASSERT_EQ(out->toward_final.condition, CapaianCondition::computed);
  ASSERT_TRUE(out->toward_final.value);
  EXPECT_NEAR(*out->toward_final.value, 83.96 / 85.0 * 100.0, 1e-9);
  EXPECT_NEAR(*out->toward_final.value, 98.776471, 1e-6);
  ASSERT_TRUE(out->final_met);
  EXPECT_FALSE(*out->final_met);
}

TEST(RenstraProgress, NoTargetForThisYear) {
  const auto ind = with_renstra(at_least(81), {{2020, at_least(78)}, {2024, at_least(85)}});
  const auto out = renstra_progress(ind, 2023, 86, ThisYear::final_value, {});
  ASSERT_TRUE(out);
  EXPECT_FALSE(out->target_this_year);
  EXPECT_EQ(out->final_year, 2024);
  // 86 / 85 x 100 = 101.176470588...
  ASSERT_TRUE(out->toward_final.value);
  EXPECT_NEAR(*out->toward_final.value, 86.0 / 85.0 * 100.0, 1e-9);
  ASSERT_TRUE(out->final_met);
  EXPECT_TRUE(*out->final_met);
}

TEST(RenstraProgress, FinalTargetMetAtExactlyTheTarget) {
  const auto ind = with_renstra(at_least(81), {{2024, at_least(85)}});
  const auto out = renstra_progress(ind, 2023, 85, ThisYear::final_value, {});
  ASSERT_TRUE(out && out->final_met);
  EXPECT_TRUE(*out->final_met);
  ASSERT_TRUE(out->toward_final.value);
  EXPECT_NEAR(*out->toward_final.value, 100.0, 1e-12);
}

TEST(RenstraProgress, LowerIsBetterFinalTarget) {
  // < 15 in 2024; 13.51 now: (2 x 15 - 13.51) / 15 x 100 = 109.933...
  const auto ind = with_renstra(less_than(20), {{2023, less_than(20)}, {2024, less_than(15)}});
  const auto out = renstra_progress(ind, 2023, 13.51, ThisYear::final_value, {});
  ASSERT_TRUE(out);
  ASSERT_TRUE(out->target_this_year);
  EXPECT_EQ(out->target_this_year->target.value, 20.0);
  ASSERT_TRUE(out->toward_final.value);
  EXPECT_NEAR(*out->toward_final.value, (2.0 * 15.0 - 13.51) / 15.0 * 100.0, 1e-9);
  ASSERT_TRUE(out->final_met);
  EXPECT_TRUE(*out->final_met);

  // Exactly 15 does not meet "< 15".
  const auto at = renstra_progress(ind, 2023, 15, ThisYear::final_value, {});
  ASSERT_TRUE(at && at->final_met);
  EXPECT_FALSE(*at->final_met);
}

TEST(RenstraProgress, PendingHasNoCapaianTowardTheFinalTarget) {
  const auto ind = with_renstra(at_least(77), {{2023, at_least(77)}, {2024, at_least(78)}});
  const auto out = renstra_progress(ind, 2023, 77, ThisYear::pending, {});
  ASSERT_TRUE(out);
  ASSERT_TRUE(out->target_this_year);  // the targets are still given
  EXPECT_EQ(out->final_year, 2024);
  EXPECT_FALSE(out->toward_final.value);
  EXPECT_NE(out->toward_final.condition, CapaianCondition::computed);
  EXPECT_FALSE(out->final_met);
}

TEST(RenstraProgress, NoRealisasiHasNoCapaian) {
  const auto ind = with_renstra(at_least(81), {{2024, at_least(85)}});
  const auto out = renstra_progress(ind, 2023, std::nullopt, ThisYear::final_value, {});
  ASSERT_TRUE(out);
  EXPECT_FALSE(out->toward_final.value);
  EXPECT_EQ(out->toward_final.condition, CapaianCondition::missing_realisasi);
  EXPECT_FALSE(out->final_met);
}

}  // namespace
}  // namespace kinerja

namespace kinerja {
namespace {

TEST(HistoryDirection, AnIndicatorThatWasNotMeasuredIsNotCompared) {
  const auto out = compare_with_history(indicator(at_least(77), {entry(2022, 79.47)}), 80, ThisYear::not_measured, {});
  EXPECT_EQ(out.direction, Direction::unknown);
  EXPECT_NE(out.why_unknown.find("no realisasi"), std::string::npos) << out.why_unknown;
}

}  // namespace
}  // namespace kinerja
