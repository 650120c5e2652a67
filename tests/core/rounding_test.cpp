#include "rounding.hpp"

#include <cmath>

#include <gtest/gtest.h>

namespace kinerja {
namespace {

double round0(double v, RoundingMode m = RoundingMode::half_up) { return round_for_display(v, {0, m}); }

TEST(Rounding, HalfUpToWholePercentAsTheSeedPrints) {
  EXPECT_EQ(round0(132.45), 132.0);
  EXPECT_EQ(round0(172.6), 173.0);
  EXPECT_EQ(round0(95.75), 96.0);
  EXPECT_EQ(round0(100.9102564), 101.0);
  EXPECT_EQ(round0(113.2789055), 113.0);
}

TEST(Rounding, HalfUpUsesTheDecimalFormNotTheBinaryOne) {
  // 1.005 is 1.00499999999999989... in binary; a person means 1.005.
  EXPECT_EQ(round_for_display(1.005, {2, RoundingMode::half_up}), 1.01);
  EXPECT_EQ(round_for_display(2.675, {2, RoundingMode::half_up}), 2.68);
  // (40 - 13.51) / 20 x 100 computes to 132.45000000000002 or so; still 132.5.
  EXPECT_EQ(round_for_display((40 - 13.51) / 20 * 100, {1, RoundingMode::half_up}), 132.5);
}

TEST(Rounding, HalfEvenBreaksTiesToEven) {
  EXPECT_EQ(round0(172.5, RoundingMode::half_even), 172.0);
  EXPECT_EQ(round0(173.5, RoundingMode::half_even), 174.0);
  EXPECT_EQ(round0(172.51, RoundingMode::half_even), 173.0);
  EXPECT_EQ(round_for_display(0.125, {2, RoundingMode::half_even}), 0.12);
}

TEST(Rounding, TruncateDropsDigits) {
  EXPECT_EQ(round0(103.654, RoundingMode::truncate), 103.0);
  EXPECT_EQ(round0(172.99, RoundingMode::truncate), 172.0);
  EXPECT_EQ(round_for_display(-2.79, {1, RoundingMode::truncate}), -2.7);
}

TEST(Rounding, CarriesAcrossDigits) {
  EXPECT_EQ(round0(99.5), 100.0);
  EXPECT_EQ(round_for_display(9.995, {2, RoundingMode::half_up}), 10.0);
  EXPECT_EQ(round_for_display(0.0999, {3, RoundingMode::half_up}), 0.1);
}

TEST(Rounding, NegativeValuesRoundAwayFromZeroOnHalf) {
  EXPECT_EQ(round0(-2.5), -3.0);
  EXPECT_EQ(round0(-2.4), -2.0);
  EXPECT_FALSE(std::signbit(round0(-0.4)));  // no "-0" in a report
}

TEST(Rounding, ValuesWithFewerDecimalsAreUnchanged) {
  EXPECT_EQ(round_for_display(83.96, {2, RoundingMode::half_up}), 83.96);
  EXPECT_EQ(round_for_display(100.0, {0, RoundingMode::half_up}), 100.0);
}

TEST(Rounding, NotFiniteValuesPassThrough) {
  EXPECT_TRUE(std::isnan(round0(std::nan(""))));
  EXPECT_TRUE(std::isinf(round0(INFINITY)));
}

TEST(Rounding, ModeNames) {
  EXPECT_EQ(parse_rounding_mode("half_up"), RoundingMode::half_up);
  EXPECT_EQ(parse_rounding_mode("half_even"), RoundingMode::half_even);
  EXPECT_EQ(parse_rounding_mode("truncate"), RoundingMode::truncate);
  EXPECT_FALSE(parse_rounding_mode("round"));
  EXPECT_EQ(to_string(RoundingMode::half_even), "half_even");
}

}  // namespace
}  // namespace kinerja
