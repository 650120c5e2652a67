// The lapor plugin's arithmetic (plugins/lapor/lapor.cpp). Expected values
// are worked by hand from the 2023 Biro Humas LKj ("REKAPITULASI LAYANAN
// ADUAN SP4N-LAPOR!" and the text under it) and from small made-up logs.
#include "lapor.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kinerja::lapor {
namespace {

using ::testing::ElementsAre;

constexpr StatusCounts seed_table{0, 116, 5301, 568};  // belum, proses, selesai, arsip
constexpr StatusCounts seed_text{116, 768, 5078, 568};

TEST(LaporStatuses, TheFourNamesAndMappedWordsIgnoringCase) {
  StatusWords words;
  words.add("Belum Ditindaklanjuti", Status::belum);
  EXPECT_EQ(words.find("Selesai"), Status::selesai);
  EXPECT_EQ(words.find(" arsip "), Status::arsip);
  EXPECT_EQ(words.find("belum ditindaklanjuti"), Status::belum);
  EXPECT_FALSE(words.find("ditutup"));
}

TEST(LaporSeed, StatusTableArsipExcludedIs100) {
  // (5417 - 0) / 5417, 5417 = 0 + 116 + 5301.
  const FollowedUp f = followed_up(seed_table, Archived::exclude);
  EXPECT_EQ(f.total, 5417u);
  EXPECT_EQ(f.followed_up, 5417u);
  EXPECT_DOUBLE_EQ(*f.share, 100.0);
}

TEST(LaporSeed, StatusTableArsipIncludedIsAlso100) {
  const FollowedUp f = followed_up(seed_table, Archived::include);
  EXPECT_EQ(f.total, 5985u);
  EXPECT_EQ(f.followed_up, 5985u);
  EXPECT_DOUBLE_EQ(*f.share, 100.0);
}

TEST(LaporSeed, StatusTableAddsUpToItsTotal) {
  EXPECT_FALSE(total_problem(seed_table, 5985, true));   // 0 + 116 + 5301 + 568
  EXPECT_FALSE(total_problem(seed_table, 5417, false));  // 0 + 116 + 5301
}

TEST(LaporSeed, TextFiguresDoNotAddUp) {
  EXPECT_EQ(*total_problem(seed_text, 5417, false),
            "status counts do not add up to the published disposed total (without arsip): belum 116 + proses 768 + "
            "selesai 5078 = 5962, published 5417");
  EXPECT_EQ(*total_problem(seed_text, 5985, true),
            "status counts do not add up to the published total: belum 116 + proses 768 + selesai 5078 + arsip 568 = "
            "6530, published 5985");
}

TEST(LaporSeed, TextFiguresGiveLessThan100) {
  // (5962 - 116) / 5962 x 100 = 5846 / 59.62
  const FollowedUp f = followed_up(seed_text, Archived::exclude);
  EXPECT_EQ(f.total, 5962u);
  EXPECT_EQ(f.followed_up, 5846u);
  EXPECT_NEAR(*f.share, 5846.0 / 59.62, 1e-9);
}

TEST(LaporShare, NoReportNoShare) {
  EXPECT_FALSE(followed_up({0, 0, 0, 7}, Archived::exclude).share);
  EXPECT_DOUBLE_EQ(*followed_up({0, 0, 0, 7}, Archived::include).share, 100.0);
}

TEST(LaporRating, WholeNumbersOneToFiveOrBlank) {
  EXPECT_EQ(parse_rating("5").value, 5);
  EXPECT_EQ(parse_rating(" 1 ").value, 1);
  EXPECT_EQ(parse_rating("4,0").value, 4);
  EXPECT_EQ(parse_rating("4.0").value, 4);
  const ParsedRating blank = parse_rating("  ");
  EXPECT_FALSE(blank.value);
  EXPECT_TRUE(blank.problem.empty());
}

TEST(LaporRating, SaysWhatIsWrong) {
  EXPECT_EQ(parse_rating("6").problem, "rating '6' is outside 1..5");
  EXPECT_EQ(parse_rating("0").problem, "rating '0' is outside 1..5");
  EXPECT_EQ(parse_rating("3.5").problem, "rating '3.5' is not a whole number 1..5");
  EXPECT_EQ(parse_rating("baik").problem, "rating 'baik' is not a number");
}

TEST(LaporMean, KeepsSumAndCountOnly) {
  Mean mean;
  EXPECT_FALSE(mean.value());
  for (double v : {1.0, 1.0, 1.0, 3.0, 0.0}) mean.add(v);
  EXPECT_EQ(mean.count(), 5u);
  EXPECT_DOUBLE_EQ(*mean.value(), 1.2);
}

TEST(LaporTally, ArsipRtlAndRatingFollowTheArchivedChoice) {
  for (Archived archived : {Archived::exclude, Archived::include}) {
    Tally tally(archived);
    tally.add("Biro Humas", {Status::selesai, 2L, 4});
    tally.add("Biro Humas", {Status::arsip, 4L, 1});
    tally.add("Pusdatin", {Status::belum, std::nullopt, std::nullopt});
    EXPECT_THAT(tally.all().counts, ElementsAre(1u, 0u, 1u, 1u));
    if (archived == Archived::exclude) {
      EXPECT_DOUBLE_EQ(*tally.all().rtl.value(), 2.0);
      EXPECT_DOUBLE_EQ(*tally.all().rating.value(), 4.0);
    } else {
      EXPECT_DOUBLE_EQ(*tally.all().rtl.value(), 3.0);     // (2 + 4) / 2
      EXPECT_DOUBLE_EQ(*tally.all().rating.value(), 2.5);  // (4 + 1) / 2
    }
    ASSERT_EQ(tally.units().size(), 2u);
    EXPECT_THAT(tally.units().at("Biro Humas").counts, ElementsAre(0u, 0u, 1u, 1u));
    EXPECT_THAT(tally.units().at("Pusdatin").counts, ElementsAre(1u, 0u, 0u, 0u));
  }
}

TEST(LaporBadRows, ErrorThrowsSkipCounts) {
  BadRows error(BadRowPolicy::error);
  EXPECT_THROW(error.report("c.csv:2: column 'rating': rating '6' is outside 1..5"), sdk::InputError);
  BadRows skip(BadRowPolicy::skip);
  skip.report("c.csv:2: x");
  skip.report("c.csv:4: y");
  EXPECT_EQ(*skip.warning(), "2 bad row(s) skipped (bad_rows: skip): c.csv:2: x; c.csv:4: y");
}

}  // namespace
}  // namespace kinerja::lapor
