#include "number_format.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace kinerja::report {
namespace {

TEST(NumberFormat, IndonesianUsesDecimalCommaAndThousandsDot) {
  EXPECT_EQ(format_percent(13.508333, 2, Language::id), "13,51%");
  EXPECT_EQ(format_number(10684298000.0, 0, Language::id), "10.684.298.000");
  EXPECT_EQ(format_number(1234.5, 1, Language::id), "1.234,5");
}

TEST(NumberFormat, EnglishUsesDecimalPointAndThousandsComma) {
  EXPECT_EQ(format_percent(13.508333, 2, Language::en), "13.51%");
  EXPECT_EQ(format_number(10684298000.0, 0, Language::en), "10,684,298,000");
}

TEST(NumberFormat, RupiahHasThePrefixAndNoDecimalsByDefault) {
  EXPECT_EQ(format_rupiah(10684298000.0, Language::id), "Rp 10.684.298.000");
  EXPECT_EQ(format_rupiah(10755144930.0, Language::en), "Rp 10,755,144,930");
}

TEST(NumberFormat, RoundsHalfUpOnTheDecimalTextNotTheBinaryValue) {
  EXPECT_EQ(format_number(2.745, 2, Language::id), "2,75");  // 2.745 is 2.74499.. in binary
  EXPECT_EQ(format_number(172.5, 0, Language::id), "173");
  EXPECT_EQ(format_number(-0.004, 2, Language::en), "0.00");  // no "-0.00"
  EXPECT_EQ(format_number(-1234.5, 0, Language::id), "-1.235");
}

TEST(NumberFormat, ShortNumbersGetNoSeparator) {
  EXPECT_EQ(format_number(999, 0, Language::id), "999");
  EXPECT_EQ(format_number(1000, 0, Language::id), "1.000");
  EXPECT_EQ(format_number(0.5, 3, Language::en), "0.500");
}

TEST(NumberFormat, NonFiniteValuesAreShownNotCrashedOn) {
  EXPECT_EQ(format_number(std::numeric_limits<double>::quiet_NaN(), 2, Language::id), "-");
}

TEST(NumberFormat, LanguageCodes) {
  EXPECT_EQ(parse_language("id"), Language::id);
  EXPECT_EQ(parse_language("en"), Language::en);
  EXPECT_FALSE(parse_language("fr").has_value());
  EXPECT_EQ(to_string(Language::en), "en");
}

}  // namespace
}  // namespace kinerja::report
