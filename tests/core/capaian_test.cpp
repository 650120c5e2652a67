// The capaian engine on every figure of the seed's 2023 table, and its edges.
// Expected values are worked by hand from the formulas in REFERENCE.md 2.
#include "capaian.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace kinerja {
namespace {

Target higher(double value) { return Target{value, Polarity::higher_is_better, Comparison::at_least, ""}; }
Target lower(double value, Comparison c = Comparison::at_most) {
  return Target{value, Polarity::lower_is_better, c, ""};
}

double capaian_of(double r, const Target& t, CapaianRule rule = {}) {
  const Capaian c = compute_capaian(r, t, rule);
  EXPECT_EQ(c.condition, CapaianCondition::computed);
  return c.value.value_or(std::numeric_limits<double>::quiet_NaN());
}

TEST(Capaian, SentimentLowerIsBetterThreshold) {
  // (2 x 20 - 13.51) / 20 x 100 = 26.49 / 20 x 100
  EXPECT_NEAR(capaian_of(13.51, lower(20, Comparison::less_than)), 132.45, 1e-9);
}

TEST(Capaian, PpidWorkingDaysLowerIsBetter) {
  // (20 - 2.74) / 10 x 100 = 172.6
  EXPECT_NEAR(capaian_of(2.74, lower(10)), 172.6, 1e-9);
}

TEST(Capaian, IkmHigherIsBetter) {
  // 83.96 / 81 x 100 = 103.654320987...
  EXPECT_NEAR(capaian_of(83.96, higher(81)), 8396.0 / 81.0, 1e-9);
  EXPECT_NEAR(capaian_of(83.96, higher(81)), 103.6543, 1e-4);
}

TEST(Capaian, OtherSeedIndicators) {
  EXPECT_NEAR(capaian_of(100, higher(100)), 100.0, 1e-12);      // LAPOR! follow-up
  EXPECT_NEAR(capaian_of(77, higher(77)), 100.0, 1e-12);        // SAKIP at target
  EXPECT_NEAR(capaian_of(3.83, higher(4)), 95.75, 1e-9);        // IPP
  EXPECT_NEAR(capaian_of(78.71, higher(78)), 100.91026, 1e-5);  // Ombudsman
  EXPECT_NEAR(capaian_of(90.78, higher(90)), 100.86667, 1e-5);  // stakeholders
}

TEST(Capaian, LowerIsBetterAtTargetIsHundred) { EXPECT_NEAR(capaian_of(10, lower(10)), 100.0, 1e-12); }

TEST(Capaian, LowerIsBetterWorseThanTargetFallsBelowHundred) {
  // (20 - 15) / 10 x 100 = 50
  EXPECT_NEAR(capaian_of(15, lower(10)), 50.0, 1e-12);
}

TEST(Capaian, LowerIsBetterFlooredAtZeroFromTwiceTheTarget) {
  const Capaian at_twice = compute_capaian(20.0, lower(10));
  ASSERT_TRUE(at_twice.value);
  EXPECT_EQ(*at_twice.value, 0.0);
  EXPECT_FALSE(at_twice.floored);  // exactly 0 by the formula, not by the floor

  const Capaian beyond = compute_capaian(35.0, lower(10));
  ASSERT_TRUE(beyond.value);
  EXPECT_EQ(*beyond.value, 0.0);
  EXPECT_TRUE(beyond.floored);
}

TEST(Capaian, LowerIsBetterZeroRealisasiIsTwoHundred) { EXPECT_NEAR(capaian_of(0, lower(20)), 200.0, 1e-12); }

TEST(Capaian, ZeroTargetIsAConditionNotANumber) {
  for (const Target& t : {higher(0), lower(0)}) {
    const Capaian c = compute_capaian(5.0, t);
    EXPECT_EQ(c.condition, CapaianCondition::zero_target);
    EXPECT_FALSE(c.value);
    EXPECT_NE(c.explanation().find("target is 0"), std::string::npos);
  }
}

TEST(Capaian, NegativeTargetIsACondition) {
  const Capaian c = compute_capaian(5.0, higher(-3));
  EXPECT_EQ(c.condition, CapaianCondition::negative_target);
  EXPECT_FALSE(c.value);
}

TEST(Capaian, MissingRealisasiIsACondition) {
  const Capaian c = compute_capaian(std::nullopt, higher(81));
  EXPECT_EQ(c.condition, CapaianCondition::missing_realisasi);
  EXPECT_FALSE(c.value);
  EXPECT_FALSE(c.explanation().empty());
}

TEST(Capaian, NotFiniteRealisasiIsACondition) {
  EXPECT_EQ(compute_capaian(std::nan(""), higher(81)).condition, CapaianCondition::not_finite);
  EXPECT_EQ(compute_capaian(INFINITY, lower(10)).condition, CapaianCondition::not_finite);
}

TEST(Capaian, CapIsOffByDefault) { EXPECT_NEAR(capaian_of(2.74, lower(10)), 172.6, 1e-9); }

TEST(Capaian, CapLimitsAndKeepsTheUncappedValue) {
  const Capaian c = compute_capaian(2.74, lower(10), CapaianRule{120.0});
  ASSERT_TRUE(c.value);
  EXPECT_EQ(*c.value, 120.0);
  ASSERT_TRUE(c.uncapped);
  EXPECT_NEAR(*c.uncapped, 172.6, 1e-9);
}

TEST(Capaian, CapLeavesValuesBelowItAlone) {
  const Capaian c = compute_capaian(3.83, higher(4), CapaianRule{120.0});
  EXPECT_NEAR(*c.value, 95.75, 1e-9);
  EXPECT_FALSE(c.uncapped);
}

TEST(TargetMet, StrictAndInclusiveComparisons) {
  EXPECT_TRUE(target_met(19.99, lower(20, Comparison::less_than)));
  EXPECT_FALSE(target_met(20.0, lower(20, Comparison::less_than)));
  EXPECT_TRUE(target_met(10.0, lower(10, Comparison::at_most)));
  EXPECT_FALSE(target_met(10.01, lower(10, Comparison::at_most)));
  EXPECT_TRUE(target_met(81.0, higher(81)));
  EXPECT_FALSE(target_met(3.83, higher(4)));
  const Target more_than{50, Polarity::higher_is_better, Comparison::more_than, ""};
  EXPECT_FALSE(target_met(50.0, more_than));
  EXPECT_TRUE(target_met(50.5, more_than));
}

TEST(TargetMet, BinaryNoiseAtTheTargetCountsAsEqual) {
  // 20.27 + 28.13 + 19.61 + 9.99 is 78 on paper and 77.99999999999999 as doubles.
  const double mean = 20.27 + 28.13 + 19.61 + 9.99;
  ASSERT_NE(mean, 78.0);
  EXPECT_TRUE(target_met(mean, higher(78)));
  EXPECT_FALSE(target_met(mean, Target{78, Polarity::higher_is_better, Comparison::more_than, ""}));
  EXPECT_FALSE(target_met(77.99, higher(78)));  // a real shortfall stays one
  EXPECT_FALSE(target_met(20.0 - 1e-12, lower(20, Comparison::less_than)));
}

TEST(TargetParsing, PolarityAndComparisonNames) {
  EXPECT_EQ(parse_polarity("higher"), Polarity::higher_is_better);
  EXPECT_EQ(parse_polarity("lower"), Polarity::lower_is_better);
  EXPECT_FALSE(parse_polarity("Higher"));
  EXPECT_EQ(parse_comparison("<"), Comparison::less_than);
  EXPECT_EQ(parse_comparison(">="), Comparison::at_least);
  EXPECT_FALSE(parse_comparison("=<"));
  EXPECT_EQ(to_string(Comparison::at_most), "<=");
  EXPECT_EQ(default_comparison(Polarity::lower_is_better), Comparison::at_most);
}

}  // namespace
}  // namespace kinerja
