// Tests of kinerja/sdk/text.hpp: trimming, keys, excerpts, edit distance
// and "did you mean" (one rule for the host and every plugin).
#include <kinerja/sdk/text.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using kinerja::sdk::text::closest;
using kinerja::sdk::text::did_you_mean;
using kinerja::sdk::text::edit_distance;
namespace text = kinerja::sdk::text;

TEST(TextTrim, SpacesTabsLineBreaksAndNoBreakSpaces) {
  EXPECT_EQ(text::trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(text::trim("\xC2\xA0" "85,83" "\xC2\xA0 "), "85,83");
  EXPECT_EQ(text::trim("   "), "");
  EXPECT_TRUE(text::is_blank(" \t "));
  EXPECT_FALSE(text::is_blank(" x "));
}

TEST(TextKey, CaseSpacesAndSeparatorsDoNotMatter) {
  EXPECT_EQ(text::key("Tanggal  Diterima"), "tanggal_diterima");
  EXPECT_EQ(text::key(" tanggal_diterima "), "tanggal_diterima");
  EXPECT_EQ(text::key("Tanggal-Diterima"), "tanggal_diterima");
  EXPECT_EQ(text::key("Tanggal\nDiterima"), "tanggal_diterima");
  EXPECT_EQ(text::key("Serta-merta"), "serta_merta");
  EXPECT_TRUE(text::same_key("Setiap Saat", "setiap_saat"));
  EXPECT_FALSE(text::same_key("setiap saat", "setiapsaat"));
}

TEST(TextKey, ANoBreakSpaceInsideIsASpace) {
  // Headers copied from a web table (a LAPOR! or PPID portal) keep U+00A0.
  EXPECT_EQ(text::key("Tanggal\xC2\xA0" "Diterima"), "tanggal_diterima");
  EXPECT_EQ(text::key("No.\xC2\xA0\xC2\xA0Registrasi"), "no_registrasi");
  EXPECT_EQ(text::key("caf\xC3\xA9"), "caf\xC3\xA9");  // other two-byte characters are letters
  EXPECT_EQ(text::key("\xC2"), "\xC2");                // a lone lead byte is kept
}

TEST(TextFold, AsciiOnly) {
  EXPECT_EQ(text::folded("ABC Déf"), "abc déf");
  EXPECT_TRUE(text::equal_folded("LAPOR", "lapor"));
  EXPECT_FALSE(text::equal_folded("lapor", "lapo"));
}

TEST(TextExcerpt, ControlCharactersAreShownAsEscapes) {
  EXPECT_EQ(text::excerpt("a\x1b[31mred"), "a\\x1B[31mred");
  EXPECT_EQ(text::excerpt("line\nnext\ttab"), "line\\nnext\\ttab");
  EXPECT_EQ(text::excerpt("abcdefghij", 4), "abcd...");
  // A cut never splits a UTF-8 character.
  EXPECT_EQ(text::excerpt("ab\xC3\xA9" "cd", 3), "ab\xC3\xA9...");
}

TEST(TextJoin, ListsAndQuotedLists) {
  EXPECT_EQ(text::join({"a", "b", "c"}), "a, b, c");
  EXPECT_EQ(text::join({"a", "b"}, " or "), "a or b");
  EXPECT_EQ(text::quoted_list({"a", "b"}), "'a', 'b'");
  EXPECT_EQ(text::join({}), "");
}

TEST(TextEditDistance, IdenticalAndEmpty) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("target", "target"), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
}

TEST(TextEditDistance, SingleEdits) {
  EXPECT_EQ(edit_distance("polarity", "polarty"), 1u);      // deletion
  EXPECT_EQ(edit_distance("unit", "units"), 1u);            // insertion
  EXPECT_EQ(edit_distance("indicatorz", "indicators"), 1u); // substitution
  EXPECT_EQ(edit_distance("targte", "target"), 1u);         // adjacent swap
}

TEST(TextEditDistance, ClassicExamples) {
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("flaw", "lawn"), 2u);
  // Optimal string alignment: a swapped pair cannot be edited again, so
  // "ca" -> "abc" costs 3 (true Damerau-Levenshtein would give 2).
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);
}

TEST(TextEditDistance, IsSymmetric) {
  EXPECT_EQ(edit_distance("mean_of_sasaran", "mean_of_indicators"), edit_distance("mean_of_indicators", "mean_of_sasaran"));
  EXPECT_EQ(edit_distance("abcd", "badc"), 2u);
  EXPECT_EQ(edit_distance("badc", "abcd"), 2u);
}

TEST(TextEditDistance, IgnoresCase) {
  EXPECT_EQ(edit_distance("Target", "target"), 0u);
  EXPECT_EQ(edit_distance("POLARITY", "polarity"), 0u);
  EXPECT_EQ(edit_distance("TArgte", "target"), 1u);
}

TEST(TextClosest, PicksTheNearest) {
  const std::vector<std::string> keys{"id", "name", "plugin", "params", "target", "target_awal", "pending"};
  EXPECT_EQ(closest("targte", keys), "target");
  EXPECT_EQ(closest("plugn", keys), "plugin");
  EXPECT_EQ(closest("target_awl", keys), "target_awal");
  EXPECT_EQ(closest("paramz", keys), "params");
}

TEST(TextClosest, NeverAWordThatWouldChangeEntirely) {
  EXPECT_FALSE(closest("b", {"a"}));
  EXPECT_EQ(closest("ab", {"ax"}), "ax");
}

TEST(TextClosest, ExactMatchIsReturned) {
  EXPECT_EQ(closest("target", {"target", "targets"}), "target");
}

TEST(TextClosest, NothingWhenTooFar) {
  EXPECT_FALSE(closest("xyzzy", {"id", "name", "plugin"}));
  EXPECT_FALSE(closest("median", {"mean_of_indicators", "mean_of_sasaran"}));
  EXPECT_FALSE(closest("anything", {}));
}

TEST(TextClosest, LimitGrowsWithLength) {
  // Length 2 or 5: 1 typo allowed (length / 3, at least 1).
  EXPECT_EQ(closest("ab", {"xb"}), "xb");
  EXPECT_FALSE(closest("ab", {"xy"}));
  EXPECT_EQ(closest("abcde", {"abcxe"}), "abcxe");
  EXPECT_FALSE(closest("abcde", {"abxye"}));
  // Length 6: 2 typos allowed.
  EXPECT_EQ(closest("abcdef", {"abcdxy"}), "abcdxy");
  EXPECT_FALSE(closest("abcdef", {"abcxyz"}));
  // Length 9: 3 typos allowed.
  EXPECT_EQ(closest("abcdefghi", {"abcdefxyz"}), "abcdefxyz");
  EXPECT_FALSE(closest("abcdefghi", {"abcdewxyz"}));
  // Length 12 and more: still at most 3.
  EXPECT_EQ(closest("aaaaaaaaaaaa", {"aaaaaaaaabbb"}), "aaaaaaaaabbb");
  EXPECT_FALSE(closest("aaaaaaaaaaaa", {"aaaaaaaabbbb"}));
}

TEST(TextClosest, FirstOfEquallyCloseCandidatesWins) {
  EXPECT_EQ(closest("cat", {"bat", "cap"}), "bat");
  EXPECT_EQ(closest("cat", {"cap", "bat"}), "cap");
}

TEST(TextClosest, CloserCandidateLaterInTheListWins) {
  EXPECT_EQ(closest("decimalss", {"decimal", "decimals"}), "decimals");
}

TEST(TextClosest, CaseInsensitiveButReturnsTheCandidateSpelling) {
  EXPECT_EQ(closest("Target", {"target"}), "target");
}

TEST(TextDidYouMean, Phrase) {
  EXPECT_EQ(did_you_mean("targte", {"target", "unit"}), " (did you mean 'target'?)");
  EXPECT_EQ(did_you_mean("exlude", {"count_as_target", "exclude", "use_provisional"}), " (did you mean 'exclude'?)");
}

TEST(TextDidYouMean, EmptyWhenNoLikelyTypo) {
  EXPECT_EQ(did_you_mean("xyzzy", {"target", "unit"}), "");
  EXPECT_EQ(did_you_mean("target", {}), "");
}

}  // namespace
