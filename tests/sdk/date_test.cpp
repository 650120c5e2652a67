#include <kinerja/sdk/date.hpp>

#include <gtest/gtest.h>

namespace kinerja::sdk {
namespace {

TEST(Date, IsoAndIndonesianForms) {
  const auto iso = parse_date("2023-08-17");
  ASSERT_TRUE(iso);
  EXPECT_EQ(iso->year, 2023);
  EXPECT_EQ(iso->month, 8);
  EXPECT_EQ(iso->day, 17);
  EXPECT_EQ(parse_date("17/08/2023"), iso);
  EXPECT_EQ(parse_date("17-08-2023"), iso);
  EXPECT_EQ(parse_date(" 2023-08-17 09:30 "), iso);
  EXPECT_EQ(parse_date("2023-08-17T09:30:00"), iso);
  EXPECT_EQ(iso->iso(), "2023-08-17");
}

TEST(Date, RefusesWhatIsNotADate) {
  for (const char* text : {"", "2023-02-29", "2024-13-01", "31/04/2023", "2023/08/17", "17.08.2023", "23-8-17",
                           "2023-08-1x", "tujuh belas"}) {
    EXPECT_FALSE(parse_date(text)) << text;
  }
  EXPECT_TRUE(parse_date("2024-02-29"));  // a leap year
}

TEST(Date, DayArithmeticAndWeekdays) {
  EXPECT_EQ((Date{1970, 1, 1}).days(), 0);
  EXPECT_EQ((Date{2023, 1, 1}).days(), 19358);
  EXPECT_EQ((Date{2023, 3, 1}).days() - (Date{2023, 2, 28}).days(), 1);
  EXPECT_EQ((Date{2024, 3, 1}).days() - (Date{2024, 2, 28}).days(), 2);
  EXPECT_EQ((Date{2023, 12, 31}).days() - (Date{2023, 1, 1}).days(), 364);
  EXPECT_EQ((Date{2023, 8, 17}).weekday(), 3);  // a Thursday
  EXPECT_EQ((Date{2023, 1, 1}).weekday(), 6);   // a Sunday
  EXPECT_TRUE((Date{2023, 1, 31}) < (Date{2023, 2, 1}));
}

}  // namespace
}  // namespace kinerja::sdk
