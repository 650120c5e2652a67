// Tests of kinerja/sdk/value_maps.hpp: words to values, matched by
// text::key, "*" for any other non-blank text, "" for a blank cell, and the
// named answer scales of the IKM questionnaire.
#include <kinerja/sdk/value_maps.hpp>

#include <gtest/gtest.h>

#include <vector>
#include <string>

namespace kinerja::sdk {
namespace {

json value_of(const ValueMap& m, std::string_view cell) {
  const json* v = m.find(cell);
  return v ? *v : json("(none)");
}

TEST(ValueMap, WordsMatchedByKey) {
  const ValueMap m = ValueMap::from_json(json{{"Sangat Sesuai", 4}, {"kurang_sesuai", 2}, {"positive", "positif"}});
  EXPECT_EQ(value_of(m, "sangat sesuai"), 4);
  EXPECT_EQ(value_of(m, "  SANGAT-SESUAI "), 4);
  EXPECT_EQ(value_of(m, "Kurang Sesuai"), 2);
  EXPECT_EQ(value_of(m, "Positive"), "positif");
  EXPECT_EQ(value_of(m, "sesuai"), "(none)");  // a key is the whole text, not a part of it
  EXPECT_EQ(value_of(m, ""), "(none)");
  EXPECT_FALSE(m.maps_blank());
  EXPECT_FALSE(m.empty());
  EXPECT_TRUE(ValueMap().empty());
}

TEST(ValueMap, StarForAnyOtherTextAndEmptyForABlank) {
  const ValueMap m = ValueMap::from_json(json{{"tidak", false}, {"*", true}, {"", false}});
  EXPECT_EQ(value_of(m, "tidak"), false);
  EXPECT_EQ(value_of(m, "sudah ditindaklanjuti"), true);
  EXPECT_EQ(value_of(m, "*"), true);
  EXPECT_EQ(value_of(m, ""), false);
  EXPECT_EQ(value_of(m, "   "), false);  // a blank is blank whatever its spaces
  EXPECT_TRUE(m.maps_blank());

  const ValueMap star_only = ValueMap::from_json(json{{"*", 1}});
  EXPECT_EQ(value_of(star_only, "apa saja"), 1);
  EXPECT_EQ(value_of(star_only, " "), "(none)");  // "*" is never a blank cell
  EXPECT_FALSE(star_only.maps_blank());
}

TEST(ValueMap, AnAnswerLetterBeforeTheWordIsLeftOut) {
  const ValueMap m = ValueMap::from_json(json{{"Sangat Sesuai", 4}, {"Sesuai", 3}, {"a", 9}});
  EXPECT_EQ(value_of(m, "d. Sangat Sesuai"), 4);
  EXPECT_EQ(value_of(m, "c) sesuai"), 3);
  EXPECT_EQ(value_of(m, "a"), 9);               // a word of its own is no letter
  EXPECT_EQ(value_of(m, "f. Sesuai"), "(none)");  // letters a-e only: a questionnaire's five answers
  EXPECT_EQ(value_of(m, "d.Sesuai"), "(none)");   // the letter stands apart
  EXPECT_EQ(ValueMap::without_answer_letter("Sesuai"), "");
}

TEST(ValueMap, TheLastOfTwoWordsWithOneKeyWins) {
  ValueMap m;
  m.add("Sangat Puas", 4);
  m.add("sangat_puas", 3);
  EXPECT_EQ(value_of(m, "sangat puas"), 3);
  EXPECT_EQ(m.entries().size(), 1u);
}

TEST(ValueMap, WordsForMessagesByValue) {
  const ValueMap m = ValueMap::from_json(json{{"Sangat Sesuai", 4}, {"tidak_sesuai", 1}, {"Sesuai", 3}, {"*", 0}, {"", 1}});
  EXPECT_EQ(m.words(), (std::vector<std::string>{"tidak sesuai", "sesuai", "sangat sesuai"}));  // "*" and "" left out
  EXPECT_TRUE(ValueMap().words().empty());
}

TEST(ValueMap, DefaultsFillOnlyWhatIsNotGiven) {
  ValueMap m = ValueMap::from_json(json{{"pos", "positif"}});
  m.add_defaults(ValueMap::from_json(json{{"pos", "netral"}, {"neg", "negatif"}}));
  EXPECT_EQ(value_of(m, "pos"), "positif");
  EXPECT_EQ(value_of(m, "neg"), "negatif");
}

TEST(ValueMap, ToJsonGivesTheKeys) {
  const ValueMap m = ValueMap::from_json(json{{"Sangat Sesuai", 4}, {"*", 0}, {"", 1}});
  EXPECT_EQ(m.to_json(), (json{{"sangat_sesuai", 4}, {"*", 0}, {"", 1}}));
  EXPECT_EQ(ValueMap::from_json(m.to_json()).to_json(), m.to_json());  // a round trip changes nothing
  EXPECT_EQ(ValueMap().to_json(), json::object());
}

TEST(NamedMaps, EachScaleByName) {
  const auto kesesuaian = named_map("kesesuaian");
  ASSERT_TRUE(kesesuaian);
  EXPECT_EQ(value_of(*kesesuaian, "Tidak Sesuai"), 1);
  EXPECT_EQ(value_of(*kesesuaian, "Kurang sesuai"), 2);
  EXPECT_EQ(value_of(*kesesuaian, "Sesuai"), 3);
  EXPECT_EQ(value_of(*kesesuaian, "Sangat Sesuai"), 4);
  EXPECT_EQ(kesesuaian->entries().size(), 4u);
  EXPECT_EQ(value_of(*named_map("biaya"), "Gratis"), 4);
  EXPECT_EQ(value_of(*named_map("biaya"), "Sangat mahal"), 1);
  EXPECT_EQ(value_of(*named_map("pengaduan"), "Dikelola dengan baik"), 4);
  EXPECT_EQ(value_of(*named_map("perilaku"), "Sangat sopan dan ramah"), 4);
  EXPECT_EQ(value_of(*named_map("huruf"), "A"), 1);
  EXPECT_EQ(value_of(*named_map("huruf"), "d"), 4);
  EXPECT_TRUE(named_map(" Kepuasan "));  // names are keys too
  EXPECT_FALSE(named_map("likert"));
  EXPECT_FALSE(named_map(""));
}

TEST(NamedMaps, SkmHoldsEveryPhraseScaleWithoutCollisions) {
  const auto skm = named_map("SKM");
  ASSERT_TRUE(skm);
  std::size_t phrases = 0;
  for (const auto& [name, entries] : named_scales()) {
    if (name == "huruf") continue;  // letters are not phrases: A..D would take any one-letter answer
    phrases += entries.size();
    for (const auto& [word, value] : entries) EXPECT_EQ(value_of(*skm, word), value) << name << ": " << word;
  }
  EXPECT_EQ(phrases, 36u);  // nine scales of four
  EXPECT_EQ(skm->entries().size(), phrases);  // no phrase of one scale is a phrase of another
  EXPECT_EQ(value_of(*skm, "a"), "(none)");
}

TEST(NamedMaps, NamesForMessages) {
  const auto names = named_map_names();
  EXPECT_EQ(names.size(), 11u);
  EXPECT_EQ(names.front(), "kesesuaian");
  EXPECT_EQ(names.back(), "skm");
  for (const auto& n : names) EXPECT_TRUE(named_map(n)) << n;
}

}  // namespace
}  // namespace kinerja::sdk
