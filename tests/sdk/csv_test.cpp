// Tests of kinerja/sdk/csv.hpp: the CSV reader under sdk::Table. What it
// finds (the delimiter, a byte-order mark, the encoding), how it splits
// records (RFC 4180 quoting, CRLF, the 1 MiB blocks it reads), and what it
// refuses, with file, line and byte offset.
#include <kinerja/sdk/csv.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "temp_dir.hpp"

namespace kinerja::sdk::csv {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using kinerja::testing::TempDir;
using Cells = std::vector<std::string>;

struct Record {
  Cells cells;
  std::size_t line;
};

std::vector<Record> read_all(Reader& reader) {
  std::vector<Record> out;
  RawRow row;
  while (reader.next(row)) out.push_back({Cells(row.cells.begin(), row.cells.end()), row.line});
  return out;
}

std::vector<Cells> cells_of(const std::vector<Record>& records) {
  std::vector<Cells> out;
  for (const auto& r : records) out.push_back(r.cells);
  return out;
}

// The message of the InputError that reading `content` whole throws.
std::string error_of(const std::string& content, Options options = {}) {
  TempDir dir;
  const auto file = dir.write("bad.csv", content);
  try {
    Reader reader(file, options);
    read_all(reader);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

// ASCII text as UTF-16 (each character one unit), with its byte-order mark.
std::string utf16le(const std::string& ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}
std::string utf16be(const std::string& ascii) {
  std::string out = "\xFE\xFF";
  for (char c : ascii) {
    out += '\0';
    out += c;
  }
  return out;
}

// A header "a,b\n" and filler records "f,xxx...\n" of 100 bytes (the last
// one shorter) up to exactly `offset` bytes: what follows starts there.
std::string filler_to(std::size_t offset) {
  std::string s = "a,b\n";
  while (offset - s.size() >= 200) s += "f," + std::string(97, 'x') + "\n";
  const std::size_t rest = offset - s.size();
  s += "f," + std::string(rest - 3, 'x') + "\n";
  return s;
}
constexpr std::size_t block = Reader::block_size;

TEST(CsvDelimiter, FoundAmongCommaSemicolonTabAndBar) {
  TempDir dir;
  const std::vector<std::pair<std::string, char>> files = {
      {"no,nama,nilai\n1,A,3\n2,B,4\n", ','},
      {"no;nama;nilai\n1;A;85,5\n2;B;90,25\n3;C;70\n", ';'},  // decimal commas do not mislead
      {"no\tnama\tnilai\n1\tA\t3\n", '\t'},
      {"no|nama|nilai\n1|A|3\n2|B|4\n", '|'},
      {"nama\nA\nB\n", ','},  // one column: nothing to find, the comma
  };
  for (const auto& [content, expected] : files) {
    Reader reader(dir.write("d.csv", content));
    EXPECT_EQ(reader.delimiter(), expected) << content;
  }
}

TEST(CsvDelimiter, TitleRowsAboveTheHeaderDoNotMislead) {
  TempDir dir;
  {
    Reader reader(dir.write("t1.csv",
                            "Laporan Pengaduan Masyarakat, Tahun 2024\nDicetak: 05/01/2024\n\n"
                            "No;Tanggal;Isi\n1;05/01/2024;Jalan rusak, berlubang\n2;06/01/2024;Lampu mati\n"));
    EXPECT_EQ(reader.delimiter(), ';');
    const auto rows = read_all(reader);
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].cells, (Cells{"Laporan Pengaduan Masyarakat, Tahun 2024"}));
    EXPECT_EQ(rows[2].cells, (Cells{"No", "Tanggal", "Isi"}));
    EXPECT_EQ(rows[2].line, 4u);
    EXPECT_EQ(rows[3].cells, (Cells{"1", "05/01/2024", "Jalan rusak, berlubang"}));
  }
  {
    Reader reader(dir.write("t2.csv", "Survei Kepuasan Masyarakat\n\nno|nama|nilai\n1|A|3\n2|B|4\n"));
    EXPECT_EQ(reader.delimiter(), '|');
  }
  {
    Reader reader(dir.write("t3.csv", "Rekap Januari; Februari\nid\tjudul\tlabel\n1\tx\tpositif\n2\ty\tnegatif\n"));
    EXPECT_EQ(reader.delimiter(), '\t');
  }
}

TEST(CsvDelimiter, AQuoteInsideAFieldDoesNotHideTheLinesAfterIt) {
  // Counted by toggling at every quote, the inch mark would hide the
  // rest of the sample, and the title rows' commas would win.
  TempDir dir;
  Reader reader(dir.write("inch.csv", "Laporan, 2024\nBiro Humas, Setda\nid;judul;label\n1;Monitor 24\" rusak;negatif\n"
                                      "2;TV;positif\n3;\"HP, baru\";netral\n"));
  EXPECT_EQ(reader.delimiter(), ';');
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[3].cells, (Cells{"1", "Monitor 24\" rusak", "negatif"}));
  EXPECT_EQ(rows[5].cells, (Cells{"3", "HP, baru", "netral"}));
}

TEST(CsvDelimiter, AGivenDelimiterIsNotSearchedFor) {
  TempDir dir;
  Reader reader(dir.write("f.csv", "a;b,c\n1;2,3\n"), Options{',', std::nullopt});
  EXPECT_EQ(reader.delimiter(), ',');
  EXPECT_THAT(cells_of(read_all(reader)), ElementsAre(Cells{"a;b", "c"}, Cells{"1;2", "3"}));
}

TEST(CsvRecords, LinesBlankLinesAndALastLineWithoutBreak) {
  TempDir dir;
  Reader reader(dir.write("a.csv", "id,tanggal\nR1,2023-01-02\n\nR2,2023-01-03\n\r\nR3,2023-01-04"));
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].cells, (Cells{"R1", "2023-01-02"}));
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[2].line, 4u);  // blank lines are skipped but counted
  EXPECT_EQ(rows[3].cells, (Cells{"R3", "2023-01-04"}));
  EXPECT_EQ(rows[3].line, 6u);
}

TEST(CsvRecords, CrlfLineEnds) {
  TempDir dir;
  Reader reader(dir.write("b.csv", "U1;U2;Kelompok\r\n4;3;Internal\r\n3;;\"Lembaga; lain\"\r\n"));
  EXPECT_EQ(reader.delimiter(), ';');
  EXPECT_THAT(cells_of(read_all(reader)),
              ElementsAre(Cells{"U1", "U2", "Kelompok"}, Cells{"4", "3", "Internal"}, Cells{"3", "", "Lembaga; lain"}));
}

TEST(CsvRecords, EmptyFieldsAndADelimiterAtTheEnd) {
  TempDir dir;
  Reader reader(dir.write("e.csv", "a,b,c\n,,\n1,,\n\"\",x,\n"));
  EXPECT_THAT(cells_of(read_all(reader)),
              ElementsAre(Cells{"a", "b", "c"}, Cells{"", "", ""}, Cells{"1", "", ""}, Cells{"", "x", ""}));
}

TEST(CsvRecords, AnEmptyFileOrOnlyAByteOrderMarkHasNoRows) {
  TempDir dir;
  Reader empty(dir.write("empty.csv", ""));
  EXPECT_TRUE(read_all(empty).empty());
  Reader bom(dir.write("bom.csv", "\xEF\xBB\xBF"));
  EXPECT_TRUE(read_all(bom).empty());
  EXPECT_TRUE(bom.had_bom());
}

TEST(CsvQuotes, DelimitersDoubledQuotesAndLineBreaksInside) {
  TempDir dir;
  Reader reader(dir.write("c.csv", "judul,label\n\"Mensos: \"\"bansos tepat\"\"\",positif\n\"baris\nkedua, lagi\",netral\n"
                                   "\"x\r\ny\",\"\"\"\"\nx,negatif\n"));
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[1].cells, (Cells{"Mensos: \"bansos tepat\"", "positif"}));
  EXPECT_EQ(rows[2].cells, (Cells{"baris\nkedua, lagi", "netral"}));
  EXPECT_EQ(rows[2].line, 3u);
  EXPECT_EQ(rows[3].cells, (Cells{"x\r\ny", "\""}));  // a line break inside quotes is kept as written
  EXPECT_EQ(rows[3].line, 5u);
  EXPECT_EQ(rows[4].line, 7u);  // the quoted line breaks moved the count on
}

TEST(CsvQuotes, SpacesAroundAQuotedField) {
  TempDir dir;
  Reader reader(dir.write("s.csv", "a,b,c\nx, \"b, c\" ,d\n"));
  EXPECT_THAT(cells_of(read_all(reader)), ElementsAre(Cells{"a", "b", "c"}, Cells{"x", "b, c", "d"}));
}

TEST(CsvQuotes, QuotedFieldsInATabSeparatedFile) {
  TempDir dir;
  Reader reader(dir.write("t.tsv", "\"a\"\t\"b\"\t\"c\"\n\"x\"\t\ty\n\"1\"\t\"\"\t\"3\"\n"));
  EXPECT_EQ(reader.delimiter(), '\t');
  EXPECT_THAT(cells_of(read_all(reader)),
              ElementsAre(Cells{"a", "b", "c"}, Cells{"x", "", "y"}, Cells{"1", "", "3"}));
}

TEST(CsvQuotes, AQuoteInsideAnUnquotedFieldIsACharacter) {
  TempDir dir;
  Reader reader(dir.write("q.csv", "id,ukuran,judul\n1,32\" TV,\"a, b\"\n2,24\",x\n3,ok,y\n"));
  EXPECT_EQ(reader.delimiter(), ',');
  EXPECT_THAT(cells_of(read_all(reader)), ElementsAre(Cells{"id", "ukuran", "judul"}, Cells{"1", "32\" TV", "a, b"},
                                                      Cells{"2", "24\"", "x"}, Cells{"3", "ok", "y"}));
}

TEST(CsvQuotes, AnUnclosedQuoteIsRefusedWithItsLine) {
  EXPECT_THAT(error_of("a,b\n1,2\n3,\"open\n4,5\n"),
              HasSubstr("bad.csv:3: a quoted field is not closed before the end of the file"));
}

TEST(CsvQuotes, TextAfterAClosingQuoteIsRefused) {
  EXPECT_THAT(error_of("a,b\n1,\"x\"y\n"),
              HasSubstr("bad.csv:2: field 2: text after the closing quote (quote the whole field and double the quotes inside)"));
}

TEST(CsvByteOrderMark, Utf8MarkSkipped) {
  TempDir dir;
  Reader reader(dir.write("bom.csv", "\xEF\xBB\xBFU1;U2\r\n4;3\r\n"));
  EXPECT_TRUE(reader.had_bom());
  EXPECT_EQ(reader.delimiter(), ';');
  EXPECT_THAT(cells_of(read_all(reader)), ElementsAre(Cells{"U1", "U2"}, Cells{"4", "3"}));  // no BOM in the first name
}

TEST(CsvByteOrderMark, Utf16FilesOfEitherByteOrder) {
  TempDir dir;
  for (const std::string& content : {utf16le("nama\tnilai\r\nAni\t3\r\n"), utf16be("nama\tnilai\r\nAni\t3\r\n")}) {
    Reader reader(dir.write("unicode.txt", content));
    EXPECT_TRUE(reader.had_bom());
    EXPECT_EQ(reader.delimiter(), '\t');
    EXPECT_THAT(cells_of(read_all(reader)), ElementsAre(Cells{"nama", "nilai"}, Cells{"Ani", "3"}));
  }
}

TEST(CsvEncoding, ANamedEncodingIsConverted) {
  TempDir dir;
  Reader reader(dir.write("w.csv", "nama;kota\r\nJos\xE9;Bandung\r\n\x93Kutip\x94;x\r\n"), Options{0, "WINDOWS-1252"});
  EXPECT_EQ(reader.delimiter(), ';');
  EXPECT_THAT(cells_of(read_all(reader)), ElementsAre(Cells{"nama", "kota"}, Cells{"Jos\xC3\xA9", "Bandung"},
                                                      Cells{"\xE2\x80\x9CKutip\xE2\x80\x9D", "x"}));
}

TEST(CsvEncoding, AByteTheNamedEncodingLacksIsRefused) {
  EXPECT_THAT(error_of("a,b\n\x81,2\n", Options{0, "WINDOWS-1252"}),
              HasSubstr("bad.csv: byte offset 4: not valid WINDOWS-1252 (byte 0x81)"));
}

TEST(CsvEncoding, NotUtf8IsRefusedWithLineAndByteOffset) {
  EXPECT_THAT(error_of("a,b\n1,caf\xE9\n"),
              HasSubstr("bad.csv:2: byte offset 9: not UTF-8 (byte 0xE9); if the file is in another encoding, name "
                        "it, e.g. \"encoding\": \"windows-1252\""));
  // The offset counts the file's bytes, the byte-order mark too.
  EXPECT_THAT(error_of("\xEF\xBB\xBF" "a,b\n1,2\n3,caf\xE9\n"), HasSubstr("bad.csv:3: byte offset 16: not UTF-8 (byte 0xE9)"));
  // A character the file's end cuts.
  EXPECT_THAT(error_of("a,b\n1,\xC3"), HasSubstr("bad.csv:2: byte offset 6: not UTF-8 (byte 0xC3)"));
  // Inside a quoted field that spans lines: the line of the byte.
  EXPECT_THAT(error_of("a,b\n1,\"x\ny\xFF\"\n"), HasSubstr("bad.csv:3: byte offset 10: not UTF-8 (byte 0xFF)"));
}

TEST(CsvBlocks, ARecordAcrossTheBlockBoundary) {
  // Records of 100 bytes after an 8-byte header: record k starts at
  // 8 + 100k, so record 10485 runs from 1048508 to 1048607, across 1 MiB.
  std::string content = "id,teks\n";
  constexpr std::size_t records = 10600;
  for (std::size_t k = 0; k < records; ++k) {
    char id[8];
    std::snprintf(id, sizeof id, "%06zu", k);
    content += std::string(id) + "," + std::string(92, static_cast<char>('a' + k % 26)) + "\n";
  }
  ASSERT_GT(content.size(), block);
  TempDir dir;
  Reader reader(dir.write("big.csv", content));
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), records + 1);
  for (std::size_t k = 0; k < records; ++k) {
    ASSERT_EQ(rows[k + 1].cells.size(), 2u) << k;
    ASSERT_EQ(std::stoul(rows[k + 1].cells[0]), k);
    ASSERT_EQ(rows[k + 1].cells[1], std::string(92, static_cast<char>('a' + k % 26))) << k;
    ASSERT_EQ(rows[k + 1].line, k + 2);
  }
  EXPECT_EQ(reader.bytes_read(), content.size());
  EXPECT_EQ(reader.size(), content.size());
}

TEST(CsvBlocks, AQuotedFieldWithLineBreaksAcrossTheBoundary) {
  // The field opens 40 bytes before 1 MiB and closes after it.
  std::string content = filler_to(block - 50) + "q,\"" + std::string(37, 'y') + "\n" + std::string(20, 'z') +
                        ",\"\"inner\"\" end\"\nlast,one\n";
  TempDir dir;
  Reader reader(dir.write("big.csv", content));
  const auto rows = read_all(reader);
  const std::size_t before = rows.size() - 2;
  EXPECT_EQ(rows[before].cells, (Cells{"q", std::string(37, 'y') + "\n" + std::string(20, 'z') + ",\"inner\" end"}));
  EXPECT_EQ(rows[before + 1].cells, (Cells{"last", "one"}));
  EXPECT_EQ(rows[before + 1].line, rows[before].line + 2);
}

TEST(CsvBlocks, ADoubledQuoteSplitByTheBoundary) {
  // s,"ab""cd<LF>ef": the record starts at 1 MiB - 6, so its first doubled
  // quote is the block's last byte and the second the next block's first.
  std::string content = filler_to(block - 6) + "s,\"ab\"\"cd\nef\"\nz,end\n";
  ASSERT_EQ(content[block - 1], '"');
  ASSERT_EQ(content[block], '"');
  TempDir dir;
  Reader reader(dir.write("big.csv", content));
  const auto rows = read_all(reader);
  ASSERT_GE(rows.size(), 3u);
  const auto& special = rows[rows.size() - 2];
  EXPECT_EQ(special.cells, (Cells{"s", "ab\"cd\nef"}));
  EXPECT_EQ(rows.back().cells, (Cells{"z", "end"}));
  EXPECT_EQ(rows.back().line, special.line + 2);
}

TEST(CsvBlocks, AClosingQuoteAsTheBlocksLastByte) {
  std::string content = filler_to(block - 8) + "s,\"abcd\",e\nz,end\n";
  ASSERT_EQ(content[block - 1], '"');
  TempDir dir;
  Reader reader(dir.write("big.csv", content));
  const auto rows = read_all(reader);
  EXPECT_EQ(rows[rows.size() - 2].cells, (Cells{"s", "abcd", "e"}));
  EXPECT_EQ(rows.back().cells, (Cells{"z", "end"}));
}

TEST(CsvBlocks, AUtf8CharacterSplitByTheBoundary) {
  for (std::size_t before : {1u, 2u, 3u}) {  // bytes of the 4-byte character in the first block
    // u,café<4-byte U+1F600>: 'é' ends just before the emoji.
    const std::string emoji = "\xF0\x9F\x98\x80";
    std::string content = filler_to(block - 7 - before) + "u,caf\xC3\xA9" + emoji + "\nz,end\n";
    ASSERT_EQ(content.substr(block - before, 4), emoji);
    TempDir dir;
    Reader reader(dir.write("big.csv", content));
    const auto rows = read_all(reader);
    EXPECT_EQ(rows[rows.size() - 2].cells, (Cells{"u", "caf\xC3\xA9" + emoji})) << before;
  }
  // A two-byte character: 0xC3 the last byte of the first block.
  std::string content = filler_to(block - 6) + "u,caf\xC3\xA9\nz,end\n";
  ASSERT_EQ(content[block - 1], '\xC3');
  TempDir dir;
  Reader reader(dir.write("big.csv", content));
  const auto rows = read_all(reader);
  EXPECT_EQ(rows[rows.size() - 2].cells, (Cells{"u", "caf\xC3\xA9"}));
}

TEST(CsvBlocks, NotUtf8InTheSecondBlockNamesItsLine) {
  // Filler records of 100 bytes from offset 4: offset 1048600 is byte 96 of
  // the record that starts at 4 + 10485 * 100 = 1048504, line 10487.
  std::string content = filler_to(block + 1000) + "z,end\n";
  ASSERT_EQ(content[1048600], 'x');
  content[1048600] = '\xFF';
  EXPECT_THAT(error_of(content), HasSubstr("bad.csv:10487: byte offset 1048600: not UTF-8 (byte 0xFF)"));
}

TEST(CsvBlocks, AUtf16SurrogatePairSplitByTheBoundary) {
  // UTF-16LE with its 2-byte mark: unit u is at byte 2 + 2u. The header
  // (5 units) and 10485 records of 50 units end at unit 524255; 31 more
  // units ("e\t" and 29 'y') put the pair at unit 524286, bytes
  // 1048574..1048577: its halves fall in different blocks.
  std::string text = "a\tb\r\n";
  for (int k = 0; k < 10485; ++k) text += "f\t" + std::string(46, 'x') + "\r\n";
  text += "e\t" + std::string(29, 'y');
  std::string content = utf16le(text);
  ASSERT_EQ(content.size(), 1048574u);
  content += std::string("\x3D\xD8\x00\xDE", 4);  // U+1F600 as D83D DE00
  content += utf16le("\r\nz\tend\r\n").substr(2);
  TempDir dir;
  Reader reader(dir.write("unicode.txt", content));
  EXPECT_EQ(reader.delimiter(), '\t');
  const auto rows = read_all(reader);
  ASSERT_EQ(rows.size(), 10488u);
  EXPECT_EQ(rows[10486].cells, (Cells{"e", std::string(29, 'y') + "\xF0\x9F\x98\x80"}));
  EXPECT_EQ(rows[10486].line, 10487u);
  EXPECT_EQ(rows[10487].cells, (Cells{"z", "end"}));
}

TEST(CsvFiles, LocationsAndNames) {
  TempDir dir;
  const auto path = dir.write("g.csv", "id,nilai\nA,x\n");
  Reader reader(path);
  EXPECT_EQ(reader.name(), "g.csv");
  EXPECT_EQ(reader.location(2), path.string() + ":2");
  EXPECT_EQ(reader.path(), path);
}

TEST(CsvFiles, AMissingFileIsRefused) {
  try {
    Reader reader("/no/such/file.csv");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/no/such/file.csv: cannot open for reading (No such file or directory)"));
  }
}

// Opens `path` with a Reader on another thread; the message it throws, or
// "(blocked)" when it did not return within seconds.
std::string open_error(const std::filesystem::path& path) {
  auto done = std::make_shared<std::promise<std::string>>();
  auto result = done->get_future();
  std::thread([done, path] {
    try {
      Reader reader(path);
      done->set_value("(no error)");
    } catch (const std::exception& e) {
      done->set_value(e.what());
    }
  }).detach();
  if (result.wait_for(std::chrono::seconds(5)) == std::future_status::ready) return result.get();
  const int writer = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);  // lets a blocked open return
  if (writer >= 0) ::close(writer);
  return "(blocked)";
}

TEST(CsvFiles, AFifoIsRefusedByNameWithoutBlocking) {
  TempDir dir;
  const auto fifo = dir.path() / "fifo.csv";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(open_error(fifo), fifo.string() + ": not a regular file (a folder, device, pipe or socket cannot be read as input)");
}

TEST(CsvFiles, AFolderIsRefusedByName) {
  TempDir dir;
  const auto folder = dir.path() / "data.csv";
  std::filesystem::create_directory(folder);
  EXPECT_EQ(open_error(folder), folder.string() + ": not a regular file (a folder, device, pipe or socket cannot be read as input)");
}

}  // namespace
}  // namespace kinerja::sdk::csv
