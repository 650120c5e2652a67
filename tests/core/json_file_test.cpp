// Tests of core/src/json_file.hpp: comments, a byte-order mark, and syntax
// errors reported as FILE:LINE:COLUMN through kinerja::FileError.
#include "json_file.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "diagnostics.hpp"
#include "temp_dir.hpp"

namespace {

using json = nlohmann::json;
using kinerja::FileError;
using kinerja::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// The message of the FileError that parsing `text` throws ("" if none).
std::string parse_error_of(const std::string& text, const std::string& name = "x.json") {
  try {
    kinerja::parse_json_text(text, name);
  } catch (const FileError& e) {
    return e.what();
  }
  return "";
}

TEST(JsonFile, ParsesPlainJson) {
  const json j = kinerja::parse_json_text(R"({"a": 1, "b": [true, null, "x"], "c": 2.5})", "x.json");
  EXPECT_EQ(j.at("a"), 1);
  EXPECT_EQ(j.at("b").size(), 3u);
  EXPECT_EQ(j.at("b")[2], "x");
  EXPECT_DOUBLE_EQ(j.at("c").get<double>(), 2.5);
}

TEST(JsonFile, LineAndBlockCommentsAreIgnored) {
  const json j = kinerja::parse_json_text("// header\n{\n  /* block\n comment */ \"a\": 1, // tail\n  \"b\": 2\n}\n// end",
                                          "x.json");
  EXPECT_EQ(j, (json{{"a", 1}, {"b", 2}}));
}

TEST(JsonFile, ByteOrderMarkIsTolerated) {
  const json j = kinerja::parse_json_text("\xEF\xBB\xBF{\"a\": 1}", "x.json");
  EXPECT_EQ(j, (json{{"a", 1}}));
}

TEST(JsonFile, ByteOrderMarkThenCommentIsTolerated) {
  const json j = kinerja::parse_json_text("\xEF\xBB\xBF// note\n[1, 2]", "x.json");
  EXPECT_EQ(j, json::array({1, 2}));
}

TEST(JsonFile, NonAsciiTextIsKept) {
  const json j = kinerja::parse_json_text(R"({"target": "≤ 5", "nama": "Kesejahteraan Sosial"})", "x.json");
  EXPECT_EQ(j.at("target"), "≤ 5");
}

TEST(JsonFile, ErrorOnFirstLineGivesColumn) {
  // '{'=1 '"'=2 'a'=3 '"'=4 ':'=5 ' '=6 '}'=7: a value was expected at '}'.
  const std::string message = parse_error_of(R"({"a": })", "first.json");
  EXPECT_THAT(message, StartsWith("first.json:1:7: not valid JSON: "));
  EXPECT_THAT(message, HasSubstr("unexpected '}'"));
  // nlohmann's "[json.exception.parse_error.101] parse error at ..." prefix is dropped.
  EXPECT_THAT(message, ::testing::Not(HasSubstr("json.exception")));
}

TEST(JsonFile, TrailingCommaOnLaterLine) {
  // The '}' after the trailing comma is the first character of line 3.
  EXPECT_THAT(parse_error_of("{\n  \"a\": 1,\n}", "config.json"), StartsWith("config.json:3:1: not valid JSON"));
}

TEST(JsonFile, ErrorAfterCommentLine) {
  // Line 2: '{'=1 '"'=2 'a'=3 '"'=4 ':'=5 ' '=6 '}'=7.
  EXPECT_THAT(parse_error_of("// note\n{\"a\": }"), StartsWith("x.json:2:7:"));
}

TEST(JsonFile, CrLfLineEnds) {
  // Line 2 is "  \"a\": ,": the ',' where a value belongs is column 8.
  EXPECT_THAT(parse_error_of("{\r\n  \"a\": ,\r\n}"), StartsWith("x.json:2:8:"));
}

TEST(JsonFile, ColumnIgnoresTheByteOrderMark) {
  // The BOM is invisible in an editor: ',' is column 2.
  EXPECT_THAT(parse_error_of("\xEF\xBB\xBF{,}"), StartsWith("x.json:1:2:"));
}

TEST(JsonFile, UnexpectedEndOfInput) {
  // "{\n\"a\": 1\n" ends after the second newline: line 3, column 1.
  const std::string message = parse_error_of("{\n\"a\": 1\n");
  EXPECT_THAT(message, StartsWith("x.json:3:1:"));
  EXPECT_THAT(message, HasSubstr("end of input"));
}

TEST(JsonFile, EmptyTextIsAnError) {
  EXPECT_THAT(parse_error_of(""), StartsWith("x.json:1:1: not valid JSON"));
  EXPECT_THAT(parse_error_of("\xEF\xBB\xBF"), StartsWith("x.json:1:1: not valid JSON"));
}

TEST(JsonFile, TrailingGarbageIsAnError) {
  // "{} x": 'x' is column 4.
  EXPECT_THAT(parse_error_of("{} x"), StartsWith("x.json:1:4:"));
}

TEST(JsonFile, UnterminatedCommentIsAnError) {
  EXPECT_THAT(parse_error_of("{\"a\": 1 /* not closed"), StartsWith("x.json:1:"));
}

TEST(JsonFile, SingleQuotesAreNotJson) {
  // Line 2 "  'a': 1": the quote is column 3.
  EXPECT_THAT(parse_error_of("{\n  'a': 1\n}"), StartsWith("x.json:2:3:"));
}

// nlohmann reports a number too large for a double as out_of_range, not as
// a parse_error; it must still be a FileError with FILE:LINE:COLUMN.
// (Regression: it used to escape as nlohmann's exception.)
TEST(JsonFile, NumberOverflowIsAFileError) {
  try {
    kinerja::parse_json_text("{\n  \"realisasi\": 1e400\n}", "big.json");
    FAIL() << "1e400 was accepted";
  } catch (const FileError& e) {
    // Line 2 is `  "realisasi": 1e400`: the number starts at column 16.
    EXPECT_THAT(e.what(), StartsWith("big.json:2:16: not valid JSON"));
    EXPECT_THAT(e.what(), HasSubstr("1e400"));
  } catch (const std::exception& e) {
    FAIL() << "threw something other than FileError: " << e.what();
  }
}

// Regression: the position of an overflowing number was once found by
// searching for its text, so an earlier mention of "1e400" in a string or a
// comment was reported instead of the number itself.
TEST(JsonFile, NumberOverflowPositionIsTheNumberNotAnEarlierMention) {
  // Line 2 is ` "x": 1e400}`: the number starts at column 7.
  EXPECT_THAT(parse_error_of("{\"note\": \"1e400\",\n \"x\": 1e400}"), StartsWith("x.json:2:7:"));
  EXPECT_THAT(parse_error_of("// was 1e400\n{\"x\": 1e400}"), StartsWith("x.json:2:7:"));
}

// Regression: the library's "[json.exception.out_of_range.406]" prefix was
// once left in the message of a number overflow.
TEST(JsonFile, NumberOverflowMessageHasNoLibraryPrefix) {
  const std::string message = parse_error_of("{\"x\": 1e400}");
  EXPECT_THAT(message, StartsWith("x.json:1:7: not valid JSON: "));
  EXPECT_THAT(message, ::testing::Not(HasSubstr("json.exception")));
}

TEST(JsonFile, ReadJsonFileNamesTheFile) {
  TempDir dir;
  const auto file = dir.write("good.json", "// c\n{\"year\": 2023}");
  EXPECT_EQ(kinerja::read_json_file(file), (json{{"year", 2023}}));

  const auto bad = dir.write("bad.json", "{\n\n   ]");
  try {
    kinerja::read_json_file(bad);
    FAIL() << "no FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), StartsWith(bad.string() + ":3:4: not valid JSON"));
  }
}

TEST(JsonFile, MissingFile) {
  TempDir dir;
  const auto file = dir.path() / "absent.json";
  try {
    kinerja::read_json_file(file);
    FAIL() << "no FileError";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()), file.string() + ": cannot open for reading");
  }
}

TEST(JsonFile, DirectoryIsNotAFile) {
  TempDir dir;
  try {
    kinerja::read_json_file(dir.path());
    FAIL() << "no FileError";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()), dir.path().string() + ": is a directory, expected a file");
  }
}

TEST(JsonFile, ReadTextFileKeepsEveryByte) {
  TempDir dir;
  const std::string bytes = std::string("\xEF\xBB\xBF{\r\n\"a\":\t1}\n") + std::string(1, '\0') + "z";
  const auto file = dir.write("raw.bin", bytes);
  EXPECT_EQ(kinerja::read_text_file(file), bytes);
}

TEST(JsonFile, ReadTextFileOfMissingFileThrows) {
  TempDir dir;
  EXPECT_THROW(kinerja::read_text_file(dir.path() / "nope"), FileError);
}

}  // namespace
