// Tests of kinerja/sdk/bad_rows.hpp: the one bad_rows policy of every log.
#include <kinerja/sdk/bad_rows.hpp>

#include <gtest/gtest.h>

namespace kinerja::sdk {
namespace {

TEST(BadRows, ErrorThrowsTheMessage) {
  BadRows bad(BadRowPolicy::error);
  try {
    bad.report("a.csv:3: column 'sentimen': label 'x'");
    FAIL() << "expected an InputError";
  } catch (const sdk::InputError& e) {
    EXPECT_STREQ(e.what(), "a.csv:3: column 'sentimen': label 'x'");
  }
}

TEST(BadRows, SkipCountsAndShowsTheFirstFive) {
  BadRows bad(BadRowPolicy::skip);
  EXPECT_FALSE(bad.warning());
  for (int line = 2; line <= 8; ++line) bad.report("a.csv:" + std::to_string(line));
  EXPECT_EQ(bad.skipped(), 7u);
  EXPECT_EQ(*bad.warning(), "7 bad row(s) skipped (bad_rows: skip), the first 5: a.csv:2; a.csv:3; a.csv:4; a.csv:5; a.csv:6");
}

}  // namespace
}  // namespace kinerja::sdk
