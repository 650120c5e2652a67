// Tests of core/src/suggest.hpp: edit distance and "did you mean".
#include "suggest.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using kinerja::closest_match;
using kinerja::did_you_mean;
using kinerja::edit_distance;

TEST(SuggestEditDistance, IdenticalAndEmpty) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("target", "target"), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
}

TEST(SuggestEditDistance, SingleEdits) {
  EXPECT_EQ(edit_distance("polarity", "polarty"), 1u);      // deletion
  EXPECT_EQ(edit_distance("unit", "units"), 1u);            // insertion
  EXPECT_EQ(edit_distance("indicatorz", "indicators"), 1u); // substitution
  EXPECT_EQ(edit_distance("targte", "target"), 1u);         // adjacent swap
}

TEST(SuggestEditDistance, ClassicExamples) {
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("flaw", "lawn"), 2u);
  // Optimal string alignment: a swapped pair cannot be edited again, so
  // "ca" -> "abc" costs 3 (true Damerau-Levenshtein would give 2).
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);
}

TEST(SuggestEditDistance, IsSymmetric) {
  EXPECT_EQ(edit_distance("mean_of_sasaran", "mean_of_indicators"), edit_distance("mean_of_indicators", "mean_of_sasaran"));
  EXPECT_EQ(edit_distance("abcd", "badc"), 2u);
  EXPECT_EQ(edit_distance("badc", "abcd"), 2u);
}

TEST(SuggestEditDistance, IgnoresCase) {
  EXPECT_EQ(edit_distance("Target", "target"), 0u);
  EXPECT_EQ(edit_distance("POLARITY", "polarity"), 0u);
  EXPECT_EQ(edit_distance("TArgte", "target"), 1u);
}

TEST(SuggestClosestMatch, PicksTheNearest) {
  const std::vector<std::string> keys{"id", "name", "plugin", "params", "target", "target_awal", "pending"};
  EXPECT_EQ(closest_match("targte", keys), "target");
  EXPECT_EQ(closest_match("plugn", keys), "plugin");
  EXPECT_EQ(closest_match("target_awl", keys), "target_awal");
  EXPECT_EQ(closest_match("paramz", keys), "params");
}

TEST(SuggestClosestMatch, ExactMatchIsReturned) {
  EXPECT_EQ(closest_match("target", {"target", "targets"}), "target");
}

TEST(SuggestClosestMatch, NothingWhenTooFar) {
  EXPECT_FALSE(closest_match("xyzzy", {"id", "name", "plugin"}));
  EXPECT_FALSE(closest_match("median", {"mean_of_indicators", "mean_of_sasaran"}));
  EXPECT_FALSE(closest_match("anything", {}));
}

TEST(SuggestClosestMatch, LimitGrowsWithLength) {
  // Length 2 or 5: 1 typo allowed (length / 3, at least 1).
  EXPECT_EQ(closest_match("ab", {"xb"}), "xb");
  EXPECT_FALSE(closest_match("ab", {"xy"}));
  EXPECT_EQ(closest_match("abcde", {"abcxe"}), "abcxe");
  EXPECT_FALSE(closest_match("abcde", {"abxye"}));
  // Length 6: 2 typos allowed.
  EXPECT_EQ(closest_match("abcdef", {"abcdxy"}), "abcdxy");
  EXPECT_FALSE(closest_match("abcdef", {"abcxyz"}));
  // Length 9: 3 typos allowed.
  EXPECT_EQ(closest_match("abcdefghi", {"abcdefxyz"}), "abcdefxyz");
  EXPECT_FALSE(closest_match("abcdefghi", {"abcdewxyz"}));
  // Length 12 and more: still at most 3.
  EXPECT_EQ(closest_match("aaaaaaaaaaaa", {"aaaaaaaaabbb"}), "aaaaaaaaabbb");
  EXPECT_FALSE(closest_match("aaaaaaaaaaaa", {"aaaaaaaabbbb"}));
}

TEST(SuggestClosestMatch, FirstOfEquallyCloseCandidatesWins) {
  EXPECT_EQ(closest_match("cat", {"bat", "cap"}), "bat");
  EXPECT_EQ(closest_match("cat", {"cap", "bat"}), "cap");
}

TEST(SuggestClosestMatch, CloserCandidateLaterInTheListWins) {
  EXPECT_EQ(closest_match("decimalss", {"decimal", "decimals"}), "decimals");
}

TEST(SuggestClosestMatch, CaseInsensitiveButReturnsTheCandidateSpelling) {
  EXPECT_EQ(closest_match("Target", {"target"}), "target");
}

TEST(SuggestDidYouMean, Phrase) {
  EXPECT_EQ(did_you_mean("targte", {"target", "unit"}), " (did you mean 'target'?)");
  EXPECT_EQ(did_you_mean("exlude", {"count_as_target", "exclude", "use_provisional"}), " (did you mean 'exclude'?)");
}

TEST(SuggestDidYouMean, EmptyWhenNoLikelyTypo) {
  EXPECT_EQ(did_you_mean("xyzzy", {"target", "unit"}), "");
  EXPECT_EQ(did_you_mean("target", {}), "");
}

}  // namespace
