#include <kinerja/sdk/crosscheck.hpp>

#include <gtest/gtest.h>

namespace kinerja::sdk {
namespace {

TEST(Crosscheck, DecimalsOfThePublishedFigure) {
  EXPECT_EQ(decimals_of(83.96), 2);
  EXPECT_EQ(decimals_of(78.0), 0);
  EXPECT_EQ(decimals_of(3.5), 1);
  EXPECT_EQ(decimals_of(2.742), 3);
}

TEST(Crosscheck, AgreesAtThePublishedPrecision) {
  // IKK 8: 32.68 / 9 x 25 = 90.7777..., printed 90.78.
  EXPECT_FALSE(compare_published("IKM", 32.68 / 9 * 25, 90.78));
  // Ombudsman: the mean of the printed unit totals 74.12, 76.41, 85.59 is 78.7067, printed 78.71.
  EXPECT_FALSE(compare_published("mean", (74.12 + 76.41 + 85.59) / 3, 78.71));
  EXPECT_FALSE(compare_published("IPP", (3.56 + 3.71 + 4.23) / 3, 3.83));
}

TEST(Crosscheck, DisagreementShowsBothNumbers) {
  // IKK 2: 30.22 / 9 x 25 = 83.9444..., the summary printed 83.96.
  const auto warning = compare_published("IKM", 30.22 / 9 * 25, 83.96);
  ASSERT_TRUE(warning);
  EXPECT_EQ(warning->rfind("IKM: published 83.96, computed 83.94 (83.94", 0), 0u) << *warning;
  // Ombudsman unit: 16.44 + 13.20 + 23.27 + 21.20 = 74.11, printed 74.12.
  const auto unit = compare_published("total of 'Biro Perencanaan'", 16.44 + 13.20 + 23.27 + 21.20, 74.12);
  ASSERT_TRUE(unit);
  EXPECT_NE(unit->find("published 74.12, computed 74.11"), std::string::npos) << *unit;
}

TEST(Crosscheck, RoundedTextRoundsHalfUpLikeTheComparison) {
  EXPECT_EQ(rounded_text(2.5, 0), "3");
  EXPECT_EQ(rounded_text(0.125, 2), "0.13");
  EXPECT_EQ(rounded_text(83.94444444444443, 2), "83.94");
  EXPECT_EQ(rounded_text(9.995, 2), "10.00");
  EXPECT_EQ(rounded_text(76.4, 2), "76.40");
  EXPECT_EQ(rounded_text(-2.5, 0), "-3");
  const auto warning = compare_published("x", 2.5, 2);
  ASSERT_TRUE(warning);
  EXPECT_NE(warning->find("published 2, computed 3 (2.5)"), std::string::npos) << *warning;
}

TEST(Crosscheck, WholeNumbersCompareAtWholeNumbers) {
  EXPECT_FALSE(compare_published("capaian", 113.28, 113));
  EXPECT_TRUE(compare_published("capaian", 113.5, 113));   // rounds half up to 114
  EXPECT_FALSE(compare_published("capaian", 112.5, 113));  // rounds half up to 113
  EXPECT_TRUE(compare_published("capaian", 103.654, 103)); // the seed's IKK 2 capaian
  EXPECT_FALSE(compare_published("capaian", 172.6, 173));
}

}  // namespace
}  // namespace kinerja::sdk
