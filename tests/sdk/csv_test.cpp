// The SDK's CSV reader: what it accepts and what it refuses.
#include <kinerja/sdk/csv.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace kinerja::sdk::csv {
namespace {

using ::testing::HasSubstr;
using kinerja::testing::TempDir;

std::vector<Row> read_all(Reader& reader) {
  std::vector<Row> rows;
  Row row;
  while (reader.next(row)) rows.push_back(row);
  return rows;
}

std::string error_of(const std::string& content, bool read_rows = true) {
  TempDir dir;
  const auto file = dir.write("bad.csv", content);
  try {
    Reader reader(file);
    if (read_rows) read_all(reader);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Csv, ReadsHeaderAndRowsWithLineNumbers) {
  TempDir dir;
  Reader reader(dir.write("a.csv", "id,tanggal,nilai\nR1,2023-01-02,3\n\nR2,2023-01-03,4\n"));
  EXPECT_EQ(reader.header(), (std::vector<std::string>{"id", "tanggal", "nilai"}));
  EXPECT_EQ(reader.separator(), ',');
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"R1", "2023-01-02", "3"}));
  EXPECT_EQ(rows[0].line, 2u);
  EXPECT_EQ(rows[1].line, 4u);  // the blank line is skipped but counted
}

TEST(Csv, SemicolonExportsWithBomAndCrlf) {
  TempDir dir;
  Reader reader(dir.write("b.csv", "\xEF\xBB\xBFU1;U2;Kelompok\r\n4;3;Internal\r\n3;;\"Lembaga; lain\"\r\n"));
  EXPECT_EQ(reader.separator(), ';');
  EXPECT_EQ(reader.header()[0], "U1");  // no BOM left in the first name
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"4", "3", "Internal"}));
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"3", "", "Lembaga; lain"}));
}

TEST(Csv, QuotedFieldsWithDoubledQuotesAndNewlines) {
  TempDir dir;
  Reader reader(dir.write("c.csv", "judul,label\n\"Mensos: \"\"bansos tepat\"\"\",positif\n\"baris\nkedua\",netral\nx,negatif\n"));
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields[0], "Mensos: \"bansos tepat\"");
  EXPECT_EQ(rows[1].fields[0], "baris\nkedua");
  EXPECT_EQ(rows[1].line, 3u);
  EXPECT_EQ(rows[2].line, 5u);  // the quoted newline moved the count on
}

TEST(Csv, LastLineWithoutNewline) {
  TempDir dir;
  Reader reader(dir.write("d.csv", "a,b\n1,2"));
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"1", "2"}));
}

TEST(Csv, ColumnsByNameIgnoringCaseAndSpaces) {
  TempDir dir;
  Reader reader(dir.write("e.csv", " Tanggal Diterima ,STATUS\n"));
  EXPECT_EQ(reader.find_column("tanggal diterima"), 0u);
  EXPECT_EQ(reader.column("status", "status_column"), 1u);
  EXPECT_FALSE(reader.find_column("kategori"));
  try {
    reader.column("kategori", "category_column");
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("no column 'kategori' (parameter category_column)"));
    EXPECT_THAT(e.what(), HasSubstr("'Tanggal Diterima', 'STATUS'"));
  }
}

TEST(Csv, ExplicitSeparatorOverridesDetection) {
  TempDir dir;
  Reader reader(dir.write("f.csv", "a;b,c\n1;2,3\n"), Options{','});
  EXPECT_EQ(reader.header(), (std::vector<std::string>{"a;b", "c"}));
}

TEST(Csv, RefusesAWrongFieldCountNamingFileAndLine) {
  const std::string e = error_of("a,b,c\n1,2,3\n4,5\n");
  EXPECT_THAT(e, HasSubstr("bad.csv:3: expected 3 fields (as the header), found 2"));
}

TEST(Csv, AWrongFieldCountIsAFieldCountErrorAndReadingGoesOn) {
  TempDir dir;
  Reader reader(dir.write("short.csv", "a,b,c\n1,2\n4,5,6\n"));
  Row row;
  EXPECT_THROW(reader.next(row), FieldCountError);
  ASSERT_TRUE(reader.next(row));  // the short record was read whole: the next one is intact
  EXPECT_EQ(row.fields, (std::vector<std::string>{"4", "5", "6"}));
  EXPECT_EQ(row.line, 3u);
}

TEST(Csv, RefusesAnUnclosedQuote) {
  EXPECT_THAT(error_of("a,b\n1,\"open\n2,3\n"), HasSubstr("bad.csv:2: quoted field not closed"));
}

TEST(Csv, RefusesAQuoteInsideAnUnquotedField) {
  EXPECT_THAT(error_of("a,b\n1,ab\"c\n"), HasSubstr("bad.csv:2: field 2: a quote inside an unquoted field"));
}

TEST(Csv, RefusesAnEmptyFileAndAMissingOne) {
  EXPECT_THAT(error_of("", false), HasSubstr("empty file, expected a header line"));
  try {
    Reader reader("/no/such/file.csv");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/no/such/file.csv: cannot open"));
  }
}

TEST(Csv, LocationNamesTheColumn) {
  TempDir dir;
  Reader reader(dir.write("g.csv", "id,nilai\nA,x\n"));
  Row row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_THAT(reader.location(row, 1), ::testing::EndsWith("g.csv:2: column 'nilai'"));
}

TEST(CsvNumber, DecimalPointAndComma) {
  EXPECT_EQ(parse_number("83.96"), 83.96);
  EXPECT_EQ(parse_number(" 4 "), 4.0);
  EXPECT_EQ(parse_number("83,96", ','), 83.96);
  EXPECT_FALSE(parse_number("83,96"));         // a comma where a point is expected
  EXPECT_FALSE(parse_number("1.234,5", ','));  // thousands marks are not guessed
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("empat"));
  EXPECT_FALSE(parse_number("4x"));
}

}  // namespace
}  // namespace kinerja::sdk::csv
