// Tests of kinerja/sdk/number.hpp: numbers as exports write them, in each
// style, and everything that is refused rather than guessed.
#include <kinerja/sdk/number.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace kinerja::sdk {
namespace {

// parse_number's value (nothing when refused), for EXPECT_EQ.
std::optional<double> read(const char* text, NumberStyle style) { return parse_number(text, style); }

TEST(NumberPlain, DotDecimalsSignsAndExponents) {
  EXPECT_EQ(read("83.96", NumberStyle::plain), 83.96);
  EXPECT_EQ(read("-2", NumberStyle::plain), -2.0);
  EXPECT_EQ(read("+4", NumberStyle::plain), 4.0);
  EXPECT_EQ(read("1.5e3", NumberStyle::plain), 1500.0);
  EXPECT_EQ(read("2E-2", NumberStyle::plain), 0.02);
  EXPECT_EQ(read(".5", NumberStyle::plain), 0.5);
  EXPECT_EQ(read("0", NumberStyle::plain), 0.0);
  EXPECT_EQ(read(" \t 4 \r\n", NumberStyle::plain), 4.0);
  EXPECT_EQ(read("\xC2\xA0" "7" "\xC2\xA0", NumberStyle::plain), 7.0);  // no-break spaces around
  EXPECT_EQ(parse_number("83.96"), 83.96);                               // plain is the default
}

TEST(NumberPlain, RefusesOtherMarksAndNonDecimalForms) {
  for (const char* text : {"", "   ", "83,96", "1,234", "1.23.4", "0x10", "0X1A", "inf", "-inf", "nan", "NaN",
                           "infinity", "1e", "1e+", "e5", ".", "-", "+", "1 234", "Rp 5", "5%", "4x", "empat",
                           "--1", "1e400", "\xD9\xA1"}) {
    EXPECT_FALSE(parse_number(text, NumberStyle::plain)) << "'" << text << "'";
  }
}

TEST(NumberComma, CommaDecimalsWithoutGrouping) {
  EXPECT_EQ(read("83,96", NumberStyle::comma), 83.96);
  EXPECT_EQ(read("-0,5", NumberStyle::comma), -0.5);
  EXPECT_EQ(read("12", NumberStyle::comma), 12.0);
  EXPECT_EQ(read("1,5e3", NumberStyle::comma), 1500.0);
  for (const char* text : {"83.96", "1.234,5", "1,2,3", "0x10", "inf", "nan", "Rp 5", "5%", ","}) {
    EXPECT_FALSE(parse_number(text, NumberStyle::comma)) << "'" << text << "'";
  }
}

TEST(NumberIndonesian, DotGroupsCommaDecimalsRupiahAndPercent) {
  EXPECT_EQ(read("17.980.500.000", NumberStyle::indonesian), 17980500000.0);
  EXPECT_EQ(read("85,83", NumberStyle::indonesian), 85.83);
  EXPECT_EQ(read("1.234", NumberStyle::indonesian), 1234.0);  // a dot is always a group mark here
  EXPECT_EQ(read("1.234,5", NumberStyle::indonesian), 1234.5);
  EXPECT_EQ(read("-1.234,5", NumberStyle::indonesian), -1234.5);
  EXPECT_EQ(read("1234", NumberStyle::indonesian), 1234.0);
  EXPECT_EQ(read("1234,5", NumberStyle::indonesian), 1234.5);
  EXPECT_EQ(read(",5", NumberStyle::indonesian), 0.5);
  EXPECT_EQ(read("Rp 1.234", NumberStyle::indonesian), 1234.0);
  EXPECT_EQ(read("Rp1.234", NumberStyle::indonesian), 1234.0);
  EXPECT_EQ(read("Rp. 1.234,50", NumberStyle::indonesian), 1234.5);
  EXPECT_EQ(read("rp 500", NumberStyle::indonesian), 500.0);
  EXPECT_EQ(read("RP\xC2\xA0" "2.500.000", NumberStyle::indonesian), 2500000.0);
  EXPECT_EQ(read("12,5%", NumberStyle::indonesian), 12.5);  // the value as written, never 0.125
  EXPECT_EQ(read("12,5 %", NumberStyle::indonesian), 12.5);
  EXPECT_EQ(read("100%", NumberStyle::indonesian), 100.0);
}

TEST(NumberIndonesian, RefusesGroupsInTheWrongPlaceAndNonDecimalForms) {
  for (const char* text : {"1.23.4",     // a group of two
                           "12.34",      // a dot decimal mark: not this style
                           "1234.567",   // a first group of four
                           "1.2345",     // a last group of four
                           ".123",       // a group mark with no digits before
                           "1..234",     // an empty group
                           "1.234.",     // a group mark at the end
                           "1,234,5",    // two decimal marks
                           "1,2.3",      // a group mark after the decimal mark
                           "0x10", "inf", "nan", "1e5", "Rp", "Rp.", "%", "Rp %", "", ",", "-", "1 234", "5 Rp",
                           "12%5", "%12"}) {
    EXPECT_FALSE(parse_number(text, NumberStyle::indonesian)) << "'" << text << "'";
  }
}

TEST(NumberEnglish, CommaGroupsDotDecimalsRupiahAndPercent) {
  EXPECT_EQ(read("17,980,500,000", NumberStyle::english), 17980500000.0);
  EXPECT_EQ(read("85.83", NumberStyle::english), 85.83);
  EXPECT_EQ(read("1,234.5", NumberStyle::english), 1234.5);
  EXPECT_EQ(read("-1,234", NumberStyle::english), -1234.0);
  EXPECT_EQ(read("Rp 1,234", NumberStyle::english), 1234.0);
  EXPECT_EQ(read("12.5%", NumberStyle::english), 12.5);
  for (const char* text : {"85,83", "1,23,4", "1,00,000", "1234,567", "1.234,5", "0x10", "inf", "nan", "Rp", "%"}) {
    EXPECT_FALSE(parse_number(text, NumberStyle::english)) << "'" << text << "'";
  }
}

TEST(NumberStyleNames, ParsedWhateverTheCaseAndNamedForMessages) {
  EXPECT_EQ(parse_number_style("plain"), NumberStyle::plain);
  EXPECT_EQ(parse_number_style("Comma"), NumberStyle::comma);
  EXPECT_EQ(parse_number_style("id"), NumberStyle::indonesian);
  EXPECT_EQ(parse_number_style("Indonesian"), NumberStyle::indonesian);
  EXPECT_EQ(parse_number_style("indonesia"), NumberStyle::indonesian);
  EXPECT_EQ(parse_number_style(" EN "), NumberStyle::english);
  EXPECT_EQ(parse_number_style("english"), NumberStyle::english);
  EXPECT_FALSE(parse_number_style("us"));
  EXPECT_FALSE(parse_number_style(""));
  for (NumberStyle s : {NumberStyle::plain, NumberStyle::comma, NumberStyle::indonesian, NumberStyle::english}) {
    EXPECT_EQ(parse_number_style(number_style_name(s)), s) << number_style_name(s);
  }
  EXPECT_EQ(number_style_example(NumberStyle::plain), "a number such as 83.96");
  EXPECT_EQ(number_style_example(NumberStyle::comma), "a number such as 83,96");
  EXPECT_EQ(number_style_example(NumberStyle::indonesian), "a number such as 17.980.500.000, 85,83, Rp 1.234 or 12,5%");
}

}  // namespace
}  // namespace kinerja::sdk
