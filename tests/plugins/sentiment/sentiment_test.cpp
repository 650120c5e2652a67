// The sentiment plugin's arithmetic (plugins/sentiment/sentiment.cpp).
// Expected values are worked by hand: from the 2023 Biro Humas LKj table
// "REKAPITULASI ANALISIS PEMBERITAAN", and from small made-up months.
#include "sentiment.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kinerja::sentiment {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The seed's monthly table as printed: positif, netral, negatif.
std::vector<Month> seed_months() {
  const double table[12][3] = {{52.55, 31.6, 15.85}, {46.15, 34.35, 19.5}, {46.1, 27.55, 26.35}, {49.25, 34.15, 16.6},
                               {50.1, 29.85, 20.05},  {37.1, 52.45, 10.45}, {60.1, 37.33, 16.5},  {51.6, 28.90, 19.3},
                               {74.4, 41.8, 9},       {44.4, 54.2, 0.7},    {41.1, 51.4, 6.5},    {40.3, 58.1, 1.3}};
  std::vector<Month> months;
  for (int m = 0; m < 12; ++m) months.push_back({{2023, m + 1}, std::nullopt, {table[m][0], table[m][1], table[m][2]}});
  return months;
}

// Jan 4/2/2, Feb 0/1/1, Mar 6/3/1 articles (positif/netral/negatif).
Tally three_months() {
  Tally tally;
  tally.add({2023, 1}, Label::positif, 4);
  tally.add({2023, 1}, Label::netral, 2);
  tally.add({2023, 1}, Label::negatif, 2);
  tally.add({2023, 2}, Label::netral);
  tally.add({2023, 2}, Label::negatif);
  tally.add({2023, 3}, Label::positif, 6);
  tally.add({2023, 3}, Label::netral, 3);
  tally.add({2023, 3}, Label::negatif);
  return tally;
}

TEST(SentimentCounts, MonthlyTableFromCounts) {
  const auto months = months_from_counts(three_months());
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].month, (YearMonth{2023, 1}));
  EXPECT_THAT(*months[0].counts, ElementsAre(4u, 2u, 2u));
  EXPECT_THAT(months[0].shares, ElementsAre(50, 25, 25));
  EXPECT_THAT(months[1].shares, ElementsAre(0, 50, 50));
  EXPECT_THAT(months[2].shares, ElementsAre(60, 30, 10));
}

TEST(SentimentCounts, PooledIsSumOverSumNotTheMeanOfMonths) {
  const Tally tally = three_months();
  // 10, 6, 4 of 20 articles.
  EXPECT_THAT(*pooled_shares(tally), ElementsAre(50, 30, 20));
  // (25 + 50 + 10) / 3 and (50 + 0 + 60) / 3, (25 + 50 + 30) / 3.
  const auto mean = *mean_of_months(months_from_counts(tally));
  EXPECT_DOUBLE_EQ(mean[2], 85.0 / 3.0);
  EXPECT_DOUBLE_EQ(mean[0], 110.0 / 3.0);
  EXPECT_DOUBLE_EQ(mean[1], 35.0);
}

TEST(SentimentCounts, NoArticlesNoShare) {
  EXPECT_FALSE(pooled_shares(Tally{}));
  EXPECT_FALSE(mean_of_months({}));
}

TEST(SentimentSeed, MeanOfTheTwelveMonthlyNegatifSharesIs13_51) {
  // (15.85 + 19.5 + 26.35 + 16.6 + 20.05 + 10.45 + 16.5 + 19.3 + 9 + 0.7 + 6.5 + 1.3) / 12 = 162.1 / 12
  const auto mean = *mean_of_months(seed_months());
  EXPECT_NEAR(mean[2], 162.1 / 12, 1e-12);       // 13.508..., printed 13.51: they agree
  EXPECT_NEAR(mean[0], 593.15 / 12, 1e-12);      // 49.429..., printed 49.43
  EXPECT_NEAR(mean[1], 481.68 / 12, 1e-12);      // 40.14, printed 40.14
}

TEST(SentimentSeed, SixMonthsDoNotSumTo100) {
  std::vector<std::string> problems;
  for (const Month& m : seed_months()) {
    if (auto p = month_sum_problem(m)) problems.push_back(*p);
  }
  EXPECT_THAT(problems, ElementsAre("2023-07: shares do not sum to 100: positif 60.1 + netral 37.33 + negatif 16.5 = 113.93",
                                    "2023-08: shares do not sum to 100: positif 51.6 + netral 28.9 + negatif 19.3 = 99.8",
                                    "2023-09: shares do not sum to 100: positif 74.4 + netral 41.8 + negatif 9 = 125.2",
                                    "2023-10: shares do not sum to 100: positif 44.4 + netral 54.2 + negatif 0.7 = 99.3",
                                    "2023-11: shares do not sum to 100: positif 41.1 + netral 51.4 + negatif 6.5 = 99.0",
                                    "2023-12: shares do not sum to 100: positif 40.3 + netral 58.1 + negatif 1.3 = 99.7"));
}

TEST(SentimentSum, RoundingThePrintedDecimalsAllowIsNotAProblem) {
  // Three thirds printed to 2 decimals: 99.99, within 3 x 0.005.
  EXPECT_FALSE(month_sum_problem({{2023, 1}, std::nullopt, {33.33, 33.33, 33.33}}));
  // To 1 decimal: 100.1 is within 3 x 0.05.
  EXPECT_FALSE(month_sum_problem({{2023, 1}, std::nullopt, {33.4, 33.4, 33.3}}));
  // 99.5 is not.
  EXPECT_THAT(*month_sum_problem({{2023, 1}, std::nullopt, {50.5, 30.5, 18.5}}), HasSubstr("= 99.5"));
}

TEST(SentimentSeed, MarchHasTheHighestNegatifShare) {
  const auto top = highest_negative(seed_months(), 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].month, (YearMonth{2023, 3}));  // 26.35
  EXPECT_EQ(top[1].month, (YearMonth{2023, 5}));  // 20.05
  EXPECT_EQ(top[2].month, (YearMonth{2023, 2}));  // 19.5
}

TEST(SentimentHighest, TiesKeepMonthOrderAndTopIsCapped) {
  const std::vector<Month> months{{{2023, 1}, std::nullopt, {0, 90, 10}},
                                  {{2023, 2}, std::nullopt, {0, 80, 20}},
                                  {{2023, 3}, std::nullopt, {0, 90, 10}}};
  const auto top = highest_negative(months, 5);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[1].month, (YearMonth{2023, 1}));
  EXPECT_EQ(top[2].month, (YearMonth{2023, 3}));
}

TEST(SentimentMethods, DifferenceAboveTheThresholdIsAWarning) {
  EXPECT_FALSE(method_difference(20, 20.4, 0.5, "pooled"));
  EXPECT_EQ(*method_difference(20, 85.0 / 3.0, 0.5, "pooled"),
            "negatif share pooled 20.00 and mean of monthly shares 28.33 differ by 8.33 percentage points (more than "
            "max_method_difference 0.5): the months have different volumes; the realisasi uses pooled");
}

TEST(SentimentChart, MonthlySharesHasOneLinePerLabelAndAValuePerMonth) {
  const Period year{{2023, 1, 1}, {2023, 12, 31}};
  const auto chart = monthly_shares_chart(year.months(), seed_months());
  ASSERT_TRUE(chart);
  EXPECT_EQ(chart->id, "monthly-shares");
  EXPECT_EQ(chart->title, "Sentimen pemberitaan per bulan (%)");
  EXPECT_EQ(chart->type, sdk::ChartType::line);
  EXPECT_EQ(chart->unit, "%");
  ASSERT_EQ(chart->categories.size(), 12u);
  EXPECT_EQ(chart->categories.front(), "2023-01");
  EXPECT_EQ(chart->categories.back(), "2023-12");
  ASSERT_EQ(chart->series.size(), 3u);
  EXPECT_EQ(chart->series[0].name, "positif");
  EXPECT_EQ(chart->series[2].name, "negatif");
  for (const auto& series : chart->series) EXPECT_EQ(series.values.size(), 12u);
  EXPECT_DOUBLE_EQ(*chart->series[2].values[0], 15.85);  // January's negatif
  EXPECT_DOUBLE_EQ(*chart->series[0].values[11], 40.3);  // December's positif
  EXPECT_NO_THROW(chart->to_json());
}

TEST(SentimentChart, AMonthWithoutFiguresIsAGapAndNoMonthIsNoChart) {
  const Period quarter{{2023, 1, 1}, {2023, 3, 31}};
  const Tally tally = [] {
    Tally t;
    t.add({2023, 1}, Label::negatif, 2);
    t.add({2023, 3}, Label::positif, 1);
    return t;
  }();
  const auto chart = monthly_shares_chart(quarter.months(), months_from_counts(tally));
  ASSERT_TRUE(chart);
  ASSERT_EQ(chart->categories.size(), 3u);
  EXPECT_FALSE(chart->series[2].values[1]);  // February: no article
  EXPECT_DOUBLE_EQ(*chart->series[2].values[0], 100.0);
  EXPECT_DOUBLE_EQ(*chart->series[2].values[2], 0.0);
  EXPECT_EQ(chart->to_json()["series"][2]["values"], sdk::json::parse("[100.0, null, 0.0]"));
  EXPECT_FALSE(monthly_shares_chart(quarter.months(), {}));
}

}  // namespace
}  // namespace kinerja::sentiment
