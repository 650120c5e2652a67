// Tests of kinerja/sdk/encoding.hpp: the UTF-8 check (where a valid prefix
// ends, and whether the rest is only a character cut by the buffer) and
// the iconv decoder, buffer by buffer.
#include <kinerja/sdk/encoding.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace kinerja::sdk {
namespace {

using ::testing::HasSubstr;

struct Prefix {
  std::size_t valid;
  bool incomplete;
  friend bool operator==(const Prefix& a, const Prefix& b) { return a.valid == b.valid && a.incomplete == b.incomplete; }
  friend std::ostream& operator<<(std::ostream& o, const Prefix& p) {
    return o << p.valid << (p.incomplete ? " (incomplete)" : "");
  }
};

Prefix prefix(const std::string& s) {
  bool incomplete = true;  // must be reset by the call
  const std::size_t n = valid_utf8_prefix(s, incomplete);
  return {n, incomplete};
}

TEST(Utf8Prefix, WholeCharactersOfEveryLength) {
  EXPECT_EQ(prefix(""), (Prefix{0, false}));
  EXPECT_EQ(prefix("abc"), (Prefix{3, false}));
  EXPECT_EQ(prefix("caf\xC3\xA9"), (Prefix{5, false}));                 // é, two bytes
  EXPECT_EQ(prefix("\xE2\x82\xAC"), (Prefix{3, false}));                // €, three
  EXPECT_EQ(prefix("\xF0\x9F\x98\x80"), (Prefix{4, false}));            // U+1F600, four
  EXPECT_EQ(prefix("\xED\x9F\xBF"), (Prefix{3, false}));                // U+D7FF, just below the surrogates
  EXPECT_EQ(prefix("\xEE\x80\x80"), (Prefix{3, false}));                // U+E000, just above
  EXPECT_EQ(prefix("\xF4\x8F\xBF\xBF"), (Prefix{4, false}));            // U+10FFFF, the last
  EXPECT_EQ(prefix(std::string("a\0b", 3)), (Prefix{3, false}));        // NUL is a character
  EXPECT_TRUE(is_valid_utf8("Jos\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D"));
}

TEST(Utf8Prefix, ACharacterCutByTheEndIsIncompleteNotWrong) {
  EXPECT_EQ(prefix("a\xC3"), (Prefix{1, true}));
  EXPECT_EQ(prefix("ab\xE2\x82"), (Prefix{2, true}));
  EXPECT_EQ(prefix("\xE2"), (Prefix{0, true}));
  EXPECT_EQ(prefix("\xF0\x9F\x98"), (Prefix{0, true}));
  EXPECT_EQ(prefix("\xF0"), (Prefix{0, true}));
  EXPECT_FALSE(is_valid_utf8("a\xC3"));  // at the very end of the input it is wrong
}

TEST(Utf8Prefix, ACutCharacterWhoseBytesAreAlreadyWrongIsWrong) {
  EXPECT_EQ(prefix("\xE2\x28"), (Prefix{0, false}));   // '(' cannot continue a character
  EXPECT_EQ(prefix("\xE0\x80"), (Prefix{0, false}));   // would be an overlong
  EXPECT_EQ(prefix("\xED\xA0"), (Prefix{0, false}));   // would be a surrogate
  EXPECT_EQ(prefix("\xF4\x90"), (Prefix{0, false}));   // would be past U+10FFFF
}

TEST(Utf8Prefix, OverlongsSurrogatesAndStrayBytesEndThePrefix) {
  EXPECT_EQ(prefix("ok\xC0\xAF"), (Prefix{2, false}));              // '/' in two bytes
  EXPECT_EQ(prefix("\xC1\xBF"), (Prefix{0, false}));                // overlong of U+007F
  EXPECT_EQ(prefix("\xE0\x80\xAF"), (Prefix{0, false}));            // '/' in three bytes
  EXPECT_EQ(prefix("\xE0\x9F\xBF"), (Prefix{0, false}));            // overlong of U+07FF
  EXPECT_EQ(prefix("\xF0\x80\x80\xAF"), (Prefix{0, false}));        // '/' in four bytes
  EXPECT_EQ(prefix("\xF0\x8F\xBF\xBF"), (Prefix{0, false}));        // overlong of U+FFFF
  EXPECT_EQ(prefix("x\xED\xA0\x80"), (Prefix{1, false}));           // U+D800, a high surrogate
  EXPECT_EQ(prefix("\xED\xBF\xBF"), (Prefix{0, false}));            // U+DFFF, a low one
  EXPECT_EQ(prefix("\xF4\x90\x80\x80"), (Prefix{0, false}));        // U+110000
  EXPECT_EQ(prefix("\xF5\x80\x80\x80"), (Prefix{0, false}));
  EXPECT_EQ(prefix("\xFF"), (Prefix{0, false}));
  EXPECT_EQ(prefix("ab\x80"), (Prefix{2, false}));                  // a continuation byte alone
  EXPECT_EQ(prefix("caf\xE9 ok"), (Prefix{3, false}));              // windows-1252 é
  EXPECT_EQ(prefix("caf\xE9"), (Prefix{3, true}));                  // ... which at the end could start a character
  EXPECT_EQ(prefix("\xC3\xA9\xC3"), (Prefix{2, true}));
  EXPECT_EQ(prefix("\xE2\x82\xAC\xE2\x82\x41"), (Prefix{3, false}));
}

TEST(EncodingNames, AliasesAndUtf8) {
  EXPECT_FALSE(canonical_encoding("utf-8"));
  EXPECT_FALSE(canonical_encoding("UTF8"));
  EXPECT_FALSE(canonical_encoding(" utf_8 "));
  EXPECT_EQ(canonical_encoding("cp1252"), "WINDOWS-1252");
  EXPECT_EQ(canonical_encoding("Windows-1252"), "WINDOWS-1252");
  EXPECT_EQ(canonical_encoding("windows1252"), "WINDOWS-1252");
  EXPECT_EQ(canonical_encoding("ANSI"), "WINDOWS-1252");
  EXPECT_EQ(canonical_encoding("latin1"), "ISO-8859-1");
  EXPECT_EQ(canonical_encoding("ISO-8859-1"), "ISO-8859-1");
  EXPECT_EQ(canonical_encoding("utf16"), "UTF-16");
  EXPECT_EQ(canonical_encoding("Unicode"), "UTF-16");
  EXPECT_EQ(canonical_encoding("koi8-r"), "KOI8-R");
  EXPECT_TRUE(encoding_supported("WINDOWS-1252"));
  EXPECT_TRUE(encoding_supported("UTF-16"));
  EXPECT_FALSE(encoding_supported("NO-SUCH-ENCODING"));
}

TEST(Decoder, Windows1252ToUtf8) {
  Decoder d("WINDOWS-1252");
  std::string out;
  d.decode("Jos\xE9 \x80 5 \x93ok\x94", out, true, "a.csv");
  EXPECT_EQ(out, "Jos\xC3\xA9 \xE2\x82\xAC 5 \xE2\x80\x9Cok\xE2\x80\x9D");  // José € 5 “ok”
}

TEST(Decoder, ACharacterCutBetweenTwoCallsIsKeptForTheNext) {
  Decoder d("UTF-16LE");
  std::string out;
  d.decode(std::string("a\0\xAC", 3), out, false, "u.csv");  // 'a', then half of '€' (U+20AC)
  EXPECT_EQ(out, "a");
  d.decode(std::string("\x20\x3D\xD8", 3), out, false, "u.csv");  // the rest of '€', half a surrogate pair
  EXPECT_EQ(out, "a\xE2\x82\xAC");
  d.decode(std::string("\x00\xDE", 2), out, true, "u.csv");  // U+1F600 = D83D DE00
  EXPECT_EQ(out, "a\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST(Decoder, AByteTheEncodingLacksIsRefusedWithItsOffset) {
  Decoder d("WINDOWS-1252");
  std::string out;
  d.decode("abc", out, false, "a.csv");
  try {
    d.decode("de\x81", out, true, "a.csv");  // 0x81 is not in windows-1252
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "a.csv: byte offset 5: not valid WINDOWS-1252 (byte 0x81)");
  }
}

TEST(Decoder, ACharacterStillCutAtTheEndIsRefused) {
  Decoder d("UTF-16LE");
  std::string out;
  d.decode(std::string("a\0b", 3), out, false, "u.csv");
  EXPECT_EQ(out, "a");
  try {
    d.decode("", out, true, "u.csv");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("u.csv: byte offset 2: not valid UTF-16LE (byte 0x62)"));
  }
}

TEST(Decoder, AnUnknownEncodingIsAConfigError) {
  try {
    Decoder d("NO-SUCH-ENCODING");
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_STREQ(e.what(), "encoding 'NO-SUCH-ENCODING' is not known to this system's iconv");
  }
}

}  // namespace
}  // namespace kinerja::sdk
