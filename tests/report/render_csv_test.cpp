#include "render_csv.hpp"

#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sample_result.hpp"

namespace kinerja::report {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "every line ends with CRLF";
    out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

TEST(RenderCsv, OneRowPerIndicatorAfterTheHeader) {
  const auto rows = lines(render_csv(testing::sample_result()));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].substr(0, 40), "year,unit,sasaran_id,sasaran,indicator_i");
}

TEST(RenderCsv, NumbersAtFullPrecisionWithADecimalPoint) {
  const auto rows = lines(render_csv(testing::sample_result()));
  EXPECT_THAT(rows[1], HasSubstr(",13.508333333333333,%,132.45833333333331,132,true,true,2022,15.2,"));
  EXPECT_THAT(rows[2], HasSubstr(",pending,dalam proses penilaian APIP,77,"));
}

TEST(RenderCsv, QuotesTextWithCommasQuotesAndLineBreaks) {
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("plain"), "plain");
  const auto rows = lines(render_csv(testing::sample_result()));
  EXPECT_THAT(rows[1], HasSubstr(",\"Biro <Humas> & \"\"Kawan\"\"\","));
}

TEST(RenderCsv, TextThatASpreadsheetWouldRunIsDefused) {
  EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_field("+1"), "'+1");
  EXPECT_EQ(csv_field("-1+2"), "'-1+2");
  EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
  // A target written "< 20%" is not a formula.
  EXPECT_EQ(csv_field("< 20%"), "< 20%");
}

}  // namespace
}  // namespace kinerja::report
