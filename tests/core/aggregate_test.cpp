#include "aggregate.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

// The seed's 2023 capaian, computed by hand: sasaran 1 has seven indicators
// (SAKIP pending counted as 100), sasaran 2 one.
const std::vector<std::vector<double>> seed{
    {132.45, 8396.0 / 81.0, 172.6, 100.0, 100.0, 95.75, 7871.0 / 78.0},
    {9078.0 / 90.0}};

TEST(Aggregate, MeanOverAllIndicatorsIsTheSeeds113) {
  const Aggregate a = aggregate(seed, AggregationMethod::mean_of_indicators);
  double sum = 0;
  for (const auto& s : seed) for (double v : s) sum += v;
  ASSERT_TRUE(a.unit);
  EXPECT_NEAR(*a.unit, sum / 8.0, 1e-9);
  EXPECT_NEAR(*a.unit, 113.2789, 1e-4);
}

TEST(Aggregate, MeanOfSasaranMeansIsAbout108) {
  const Aggregate a = aggregate(seed, AggregationMethod::mean_of_sasaran);
  double s1 = 0;
  for (double v : seed[0]) s1 += v;
  s1 /= 7.0;
  ASSERT_EQ(a.sasaran.size(), 2u);
  EXPECT_NEAR(*a.sasaran[0], s1, 1e-9);
  EXPECT_NEAR(*a.sasaran[1], 9078.0 / 90.0, 1e-9);
  EXPECT_NEAR(*a.unit, (s1 + 9078.0 / 90.0) / 2.0, 1e-9);
  EXPECT_NEAR(*a.unit, 107.96, 1e-2);
}

TEST(Aggregate, SasaranWithoutCountedIndicatorsHasNoMean) {
  const Aggregate a = aggregate({{}, {80.0, 100.0}}, AggregationMethod::mean_of_sasaran);
  EXPECT_FALSE(a.sasaran[0]);
  EXPECT_NEAR(*a.sasaran[1], 90.0, 1e-12);
  EXPECT_NEAR(*a.unit, 90.0, 1e-12);  // the empty sasaran is left out, not a zero
}

TEST(Aggregate, NothingCountedMeansNoUnitCapaian) {
  EXPECT_FALSE(aggregate({{}, {}}, AggregationMethod::mean_of_indicators).unit);
  EXPECT_FALSE(aggregate({}, AggregationMethod::mean_of_sasaran).unit);
}

}  // namespace
}  // namespace kinerja
