// Tests of kinerja/sdk/table_spec.hpp: the fields a plugin declares, and
// the table parameter a config writes: every key, every refusal with its
// JSON pointer and message, globs, lists of sources, and the normalised
// form the host hands the plugin.
#include <kinerja/sdk/table_spec.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "temp_dir.hpp"

namespace kinerja::sdk {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;
using kinerja::testing::TempDir;

Fields log_fields() {
  Fields f;
  f.date("tanggal", "The date.").columns({"tanggal", "date"});
  f.category("sentimen", {"positif", "netral", "negatif"}, "The label.").words({{"positive", "positif"}});
  f.number("nilai", "A score.");
  f.flag("selesai", "Done or not.");
  f.text("kanal", "The channel.").optional();
  return f;
}

class TableSpecTest : public ::testing::Test {
 protected:
  TableSpecTest() {
    dir.write("a.csv", "x\n");
    dir.write("b.xlsx", "not opened by the spec\n");
    std::filesystem::create_directories(dir.path() / "sub");
  }
  std::optional<TableSpec> parse(const json& value) {
    problems.clear();
    return TableSpec::parse(value, log_fields(), dir.path(), "/p", problems);
  }
  // "pointer: message" of each problem of `value`.
  std::vector<std::string> problems_of(const json& value) {
    const auto spec = parse(value);
    EXPECT_FALSE(spec) << value.dump();
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(p.path + ": " + p.message);
    return out;
  }
  std::string at(const std::string& name) const { return (dir.path() / name).lexically_normal().string(); }

  TempDir dir;
  std::vector<Problem> problems;
};

TEST_F(TableSpecTest, AFileNameAlone) {
  const auto spec = parse("a.csv");
  ASSERT_TRUE(spec) << problems.front().message;
  ASSERT_EQ(spec->sources.size(), 1u);
  const SourceSpec& s = spec->sources[0];
  EXPECT_EQ(s.files, (std::vector<std::filesystem::path>{at("a.csv")}));
  EXPECT_EQ(s.file_text, "a.csv");
  EXPECT_FALSE(s.sheet_name || s.sheet_number || s.header_row || s.delimiter || s.encoding || s.numbers || s.dates || s.map);
  EXPECT_EQ(s.bad_rows, BadRowPolicy::error);
  EXPECT_TRUE(s.columns.empty());
  EXPECT_EQ(spec->files(), s.files);
}

TEST_F(TableSpecTest, EveryKeyOfASource) {
  const auto spec = parse({{"file", "sub/../a.csv"},
                           {"header_row", 3},
                           {"delimiter", ";"},
                           {"encoding", "cp1252"},
                           {"numbers", "id"},
                           {"dates", "MM/DD/YYYY"},
                           {"map", {{"Ya", true}}},
                           {"bad_rows", "skip"},
                           {"columns",
                            {{"tanggal", {{"column", " Tgl Terbit "}, {"dates", "YMD"}}},
                             {"sentimen", {{"column", "Tone"}, {"map", {{"Pos", "positif"}}}, {"blank", "skip"}}},
                             {"nilai", {{"column", "Skor"}, {"numbers", "en"}, {"map", "kesesuaian"}}},
                             {"selesai", {{"value", true}}},
                             {"kanal", "Media"}}}});
  ASSERT_TRUE(spec) << problems.front().path << ": " << problems.front().message;
  const SourceSpec& s = spec->sources.at(0);
  EXPECT_EQ(s.files, (std::vector<std::filesystem::path>{at("a.csv")}));
  EXPECT_EQ(s.header_row, 3u);
  EXPECT_EQ(s.delimiter, ';');
  EXPECT_EQ(s.encoding, "WINDOWS-1252");
  EXPECT_EQ(s.numbers, NumberStyle::indonesian);
  EXPECT_EQ(s.dates, DateOrder::mdy);
  ASSERT_TRUE(s.map);
  EXPECT_EQ(*s.map->find("ya"), true);
  EXPECT_EQ(s.bad_rows, BadRowPolicy::skip);
  EXPECT_EQ(s.columns.at("tanggal").column, "Tgl Terbit");  // trimmed
  EXPECT_EQ(s.columns.at("tanggal").dates, DateOrder::ymd);
  EXPECT_EQ(s.columns.at("sentimen").blank, BlankPolicy::skip);
  EXPECT_EQ(*s.columns.at("sentimen").map->find("pos"), "positif");
  EXPECT_EQ(s.columns.at("nilai").numbers, NumberStyle::english);
  EXPECT_EQ(*s.columns.at("nilai").map->find("Sangat Sesuai"), 4);
  EXPECT_EQ(s.columns.at("selesai").value, json(true));
  EXPECT_FALSE(s.columns.at("selesai").column);
  EXPECT_EQ(s.columns.at("kanal").column, "Media");
}

TEST_F(TableSpecTest, DelimitersAndEncodings) {
  for (const auto& [given, expected] : std::vector<std::pair<std::string, char>>{
           {",", ','}, {";", ';'}, {"|", '|'}, {"\t", '\t'}, {"tab", '\t'}, {"TAB", '\t'}}) {
    const auto spec = parse({{"file", "a.csv"}, {"delimiter", given}});
    ASSERT_TRUE(spec) << given;
    EXPECT_EQ(spec->sources[0].delimiter, expected) << given;
  }
  EXPECT_FALSE(parse({{"file", "a.csv"}, {"encoding", "utf-8"}})->sources[0].encoding);  // UTF-8 is no conversion
  EXPECT_EQ(parse({{"file", "a.csv"}, {"encoding", "latin1"}})->sources[0].encoding, "ISO-8859-1");
  EXPECT_EQ(parse({{"file", "a.csv"}, {"encoding", "UTF-16"}})->sources[0].encoding, "UTF-16");
}

TEST_F(TableSpecTest, SheetsByNameOrNumberInAWorkbook) {
  EXPECT_EQ(parse({{"file", "b.xlsx"}, {"sheet", "Rekap"}})->sources[0].sheet_name, "Rekap");
  EXPECT_EQ(parse({{"file", "b.xlsx"}, {"sheet", 2}})->sources[0].sheet_number, 2);
  EXPECT_EQ(parse({{"file", "b.xlsx"}, {"sheet", 2.0}})->sources[0].sheet_number, 2);
}

TEST_F(TableSpecTest, RefusalsOfTheShape) {
  EXPECT_THAT(problems_of(5), ElementsAre("/p: expected a file name, an object {\"file\": ...} or a list of them, found a number"));
  EXPECT_THAT(problems_of(json::array()), ElementsAre("/p: expected at least one file"));
  EXPECT_THAT(problems_of(json::object()), ElementsAre("/p/file: missing: the file (or files) to read"));
  EXPECT_THAT(problems_of({{"file", "a.csv"}, {"delimeter", ";"}}),
              ElementsAre("/p/delimeter: unknown key 'delimeter' (did you mean 'delimiter'?); a table takes file, sheet, "
                          "header_row, header_rows, delimiter, encoding, numbers, dates, map, bad_rows, keep, drop, "
                          "columns"));
  EXPECT_THAT(problems_of(json::array({"a.csv", {{"file", "a.csv"}, {"sheet", "X"}}})),
              ElementsAre("/p/1/sheet: a sheet is chosen in an xlsx file; a.csv is not one"));
}

TEST_F(TableSpecTest, RefusalsOfFiles) {
  EXPECT_THAT(problems_of("missing.csv"),
              ElementsAre("/p: input file not found: " + at("missing.csv") + " (paths are relative to the config file)"));
  EXPECT_THAT(problems_of({{"file", ""}}), ElementsAre("/p/file: empty file name"));
  EXPECT_THAT(problems_of({{"file", "  "}}), ElementsAre("/p/file: empty file name"));
  EXPECT_THAT(problems_of({{"file", json::array()}}),
              ElementsAre("/p/file: expected a file name (a glob such as \"data/*.csv\" is allowed) or a list of them"));
  EXPECT_THAT(problems_of({{"file", 3}}),
              ElementsAre("/p/file: expected a file name (a glob such as \"data/*.csv\" is allowed) or a list of them"));
  EXPECT_THAT(problems_of({{"file", {"a.csv", 3}}}), ElementsAre("/p/file/1: expected a file name"));
  EXPECT_THAT(problems_of({{"file", "sub"}}),
              ElementsAre("/p/file: " + at("sub") + " is not a regular file (a folder, device or pipe cannot be read as a table)"));
  EXPECT_THAT(problems_of({{"file", "*.tsv"}}),
              ElementsAre("/p/file: no file matches " + at("*.tsv") + " (paths are relative to the config file)"));
  EXPECT_THAT(problems_of({{"file", "nowhere/*.csv"}}),
              ElementsAre("/p/file: no file matches " + at("nowhere/*.csv") + " (paths are relative to the config file)"));
}

TEST_F(TableSpecTest, RefusalsOfSourceOptions) {
  const auto one = [&](const std::string& key, const json& value) {
    const auto list = problems_of({{"file", "b.xlsx"}, {key, value}});
    return list.size() == 1 ? list[0] : "(" + std::to_string(list.size()) + " problems)";
  };
  for (const json& wrong : {json(0), json(1.5), json(true), json(""), json(-1), json(1e7), json(1e300)}) {
    EXPECT_EQ(one("sheet", wrong), "/p/sheet: expected a sheet name or number (1 is the first sheet)") << wrong;
  }
  for (const json& wrong : {json(0), json(-1), json(2.5), json("3"), json(1e7), json(1e300)}) {
    EXPECT_EQ(one("header_row", wrong), "/p/header_row: expected the header's row number, 1 or more") << wrong;
  }
  for (const json& wrong : {json(":"), json(""), json(44), json(";;")}) {
    EXPECT_EQ(one("delimiter", wrong), "/p/delimiter: expected \",\", \";\", \"|\" or \"tab\"") << wrong;
  }
  EXPECT_EQ(one("encoding", 5), "/p/encoding: expected an encoding name such as \"windows-1252\"");
  EXPECT_EQ(one("encoding", "klingon"),
            "/p/encoding: unknown encoding 'klingon' (known, e.g.: utf-8, windows-1252, iso-8859-1, utf-16)");
  EXPECT_EQ(one("numbers", "us"),
            "/p/numbers: expected \"plain\" (83.96), \"comma\" (83,96), \"id\" (17.980.500.000 or 85,83) or \"en\" "
            "(17,980,500,000)");
  EXPECT_EQ(one("numbers", 1), one("numbers", "us"));
  EXPECT_EQ(one("dates", "european"), "/p/dates: expected \"DMY\" (31/01/2024), \"MDY\" (01/31/2024) or \"YMD\"");
  EXPECT_EQ(one("bad_rows", "ignore"),
            "/p/bad_rows: expected \"error\" (stop at a bad row) or \"skip\" (leave it out and count it)");
  EXPECT_EQ(one("bad_rows", false), one("bad_rows", "ignore"));
  const std::string names = "kesesuaian, kemudahan, kecepatan, biaya, kompetensi, perilaku, pengaduan, kualitas, kepuasan, huruf, skm";
  EXPECT_EQ(one("map", "likert"), "/p/map: unknown map 'likert'; the named maps are " + names);
  EXPECT_EQ(one("map", "kesesuain"), "/p/map: unknown map 'kesesuain' (did you mean 'kesesuaian'?); the named maps are " + names);
  EXPECT_EQ(one("map", json::object()), "/p/map: expected a map {\"word\": value, ...} or the name of one (" + names + ")");
  EXPECT_EQ(one("map", json::array({1})), one("map", json::object()));
  EXPECT_EQ(one("map", {{"a", json::array({1})}}), "/p/map/a: expected a value (a number, a word or true/false)");
  EXPECT_EQ(one("map", {{"a", nullptr}}), "/p/map/a: expected a value (a number, a word or true/false)");
}

TEST_F(TableSpecTest, RefusalsOfColumns) {
  const auto one = [&](const json& columns) {
    const auto list = problems_of({{"file", "a.csv"}, {"columns", columns}});
    return list.size() == 1 ? list[0] : "(" + std::to_string(list.size()) + " problems)";
  };
  EXPECT_EQ(one(5), "/p/columns: expected an object: field -> column name");
  EXPECT_EQ(one({{"tangal", "Tgl"}}), "/p/columns/tangal: unknown field 'tangal' (did you mean 'tanggal'?); this table has "
                                      "tanggal, sentimen, nilai, selesai, kanal");
  EXPECT_EQ(one({{"tanggal", "  "}}), "/p/columns/tanggal: empty column name");
  EXPECT_EQ(one({{"tanggal", 5}}),
            "/p/columns/tanggal: expected the column's header name, or an object {\"column\": ..., \"map\": ...}");
  EXPECT_EQ(one({{"tanggal", {{"column", ""}}}}), "/p/columns/tanggal/column: expected the column's header name");
  EXPECT_EQ(one({{"tanggal", {{"column", 3}}}}), "/p/columns/tanggal/column: expected the column's header name");
  EXPECT_EQ(one({{"tanggal", {{"map", {{"a", 1}}}}}}), "/p/columns/tanggal/map: a date field takes no map");
  EXPECT_EQ(one({{"kanal", {{"map", {{"a", 1}}}}}}), "/p/columns/kanal/map: a text field takes no map");
  EXPECT_THAT(one({{"sentimen", {{"map", "likert"}}}}), StartsWith("/p/columns/sentimen/map: unknown map 'likert'; the named maps are"));
  EXPECT_EQ(one({{"sentimen", {{"blank", "maybe"}}}}),
            "/p/columns/sentimen/blank: expected \"error\" (a bad row), \"skip\" (left out, counted once) or \"empty\" (no value)");
  EXPECT_EQ(one({{"tanggal", {{"numbers", "id"}}}}), "/p/columns/tanggal/numbers: numbers applies to a number field");
  EXPECT_EQ(one({{"nilai", {{"numbers", "x"}}}}), "/p/columns/nilai/numbers: expected \"plain\", \"comma\", \"id\" or \"en\"");
  EXPECT_EQ(one({{"nilai", {{"dates", "DMY"}}}}), "/p/columns/nilai/dates: dates applies to a date field");
  EXPECT_EQ(one({{"tanggal", {{"dates", "x"}}}}), "/p/columns/tanggal/dates: expected \"DMY\", \"MDY\" or \"YMD\"");
  EXPECT_EQ(one({{"tanggal", {{"colum", "x"}}}}), "/p/columns/tanggal/colum: unknown key 'colum' (did you mean 'column'?); "
                                                  "a column takes column, letter, value, map, blank, numbers, dates");
  EXPECT_EQ(one({{"kanal", {{"column", "Media"}, {"value", "x"}}}}), "/p/columns/kanal: give one of column, letter and value");
}

TEST_F(TableSpecTest, ConstantValuesMustBeValuesOfTheField) {
  const auto constant = [&](const std::string& field, const json& value) -> std::string {
    const json columns{{field, {{"value", value}}}};
    const auto spec = parse({{"file", "a.csv"}, {"columns", columns}});
    if (spec) return "ok";
    return problems.size() == 1 ? problems[0].path + ": " + problems[0].message : "(several)";
  };
  EXPECT_EQ(constant("nilai", 5), "ok");
  EXPECT_EQ(constant("nilai", "5"), "/p/columns/nilai/value: not a value of field 'nilai'");
  EXPECT_EQ(constant("sentimen", "negatif"), "ok");
  EXPECT_EQ(constant("sentimen", "Positive"), "ok");  // a word the field understands
  EXPECT_EQ(constant("sentimen", "bagus"),
            "/p/columns/sentimen/value: not a value of field 'sentimen' (expected one of positif, netral, negatif)");
  EXPECT_EQ(constant("selesai", true), "ok");
  EXPECT_EQ(constant("selesai", "ya"), "ok");
  EXPECT_EQ(constant("selesai", 1), "/p/columns/selesai/value: not a value of field 'selesai'");
  EXPECT_EQ(constant("selesai", "mungkin"), "/p/columns/selesai/value: not a value of field 'selesai'");
  EXPECT_EQ(constant("kanal", "online"), "ok");
  EXPECT_EQ(constant("kanal", 3), "/p/columns/kanal/value: not a value of field 'kanal'");
  EXPECT_EQ(constant("tanggal", "2024-01-05"), "ok");
  EXPECT_EQ(constant("tanggal", "5 Januari 2024"), "ok");
  EXPECT_EQ(constant("tanggal", "bukan tanggal"),
            "/p/columns/tanggal/value: not a value of field 'tanggal' (expected a date such as 2024-01-05)");
  EXPECT_EQ(constant("tanggal", "2023-02-29"),
            "/p/columns/tanggal/value: not a value of field 'tanggal' (expected a date such as 2024-01-05)");
  // In a list, the pointer names the source.
  problems.clear();
  EXPECT_FALSE(parse(json::array({"a.csv", {{"file", "a.csv"}, {"columns", {{"nilai", {{"value", "x"}}}}}}})));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "/p/1/columns/nilai/value");
}

TEST_F(TableSpecTest, EveryProblemAtOnce) {
  EXPECT_THAT(problems_of({{"file", "missing.csv"}, {"header_row", 0}, {"columns", {{"tangal", "x"}}}}),
              ElementsAre("/p/columns/tangal: unknown field 'tangal' (did you mean 'tanggal'?); this table has tanggal, "
                          "sentimen, nilai, selesai, kanal",
                          "/p/file: input file not found: " + at("missing.csv") + " (paths are relative to the config file)",
                          "/p/header_row: expected the header's row number, 1 or more"));
}

TEST_F(TableSpecTest, GlobsExpandInNameOrder) {
  dir.write("data/2024-03.csv", "x\n");
  dir.write("data/2024-01.csv", "x\n");
  dir.write("data/2024-02.csv", "x\n");
  dir.write("data/catatan.txt", "x\n");
  std::filesystem::create_directories(dir.path() / "data/arsip.csv");  // a folder, whatever its name
  const auto all = parse({{"file", "data/*.csv"}});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->files(), (std::vector<std::filesystem::path>{at("data/2024-01.csv"), at("data/2024-02.csv"), at("data/2024-03.csv")}));
  EXPECT_EQ(all->sources[0].file_text, "data/*.csv");
  const auto some = parse((dir.path() / "data/2024-0[12].csv").string());  // absolute, with a set
  ASSERT_TRUE(some);
  EXPECT_EQ(some->files(), (std::vector<std::filesystem::path>{at("data/2024-01.csv"), at("data/2024-02.csv")}));
  const auto list = parse({{"file", {"data/2024-03.csv", "data/2024-0[12].csv"}}});  // a list keeps its order
  ASSERT_TRUE(list);
  EXPECT_EQ(list->files(), (std::vector<std::filesystem::path>{at("data/2024-03.csv"), at("data/2024-01.csv"),
                                                               at("data/2024-02.csv")}));
}

TEST_F(TableSpecTest, AFileNamedTwiceInOneSourceIsRefused) {
  dir.write("data/2024-01.csv", "x\n");
  dir.write("data/2024-02.csv", "x\n");
  // Its rows would be counted twice: a silent wrong number.
  EXPECT_THAT(problems_of({{"file", {"data/2024-02.csv", "data/*.csv"}}}),
              ElementsAre("/p/file/1: " + at("data/2024-02.csv") + " is named twice (its rows would be read twice)"));
  EXPECT_THAT(problems_of({{"file", {"a.csv", "./a.csv"}}}),
              ElementsAre("/p/file/1: " + at("a.csv") + " is named twice (its rows would be read twice)"));
}

TEST_F(TableSpecTest, GlobsLeaveOutHiddenFilesAndExcelsOwnerFiles) {
  dir.write("xl/pengaduan.xlsx", "x");
  dir.write("xl/~$pengaduan.xlsx", "owner");  // Excel's, while the workbook is open
  dir.write("xl/.arsip.xlsx", "x");
  const auto spec = parse("xl/*.xlsx");
  ASSERT_TRUE(spec);
  EXPECT_EQ(spec->files(), (std::vector<std::filesystem::path>{at("xl/pengaduan.xlsx")}));
  EXPECT_EQ(parse("xl/.*.xlsx")->files(), (std::vector<std::filesystem::path>{at("xl/.arsip.xlsx")}));  // asked for
}

TEST_F(TableSpecTest, AFileWhoseNameLooksLikeAGlobIsTakenAsWritten) {
  dir.write("LKj [2023].csv", "x\n");
  const auto spec = parse("LKj [2023].csv");
  ASSERT_TRUE(spec) << problems.front().message;
  EXPECT_EQ(spec->files(), (std::vector<std::filesystem::path>{at("LKj [2023].csv")}));
  // ... and so it is again from the normalised form.
  const auto again = parse(spec->to_json());
  ASSERT_TRUE(again) << problems.front().message;
  EXPECT_EQ(again->files(), spec->files());
}

TEST_F(TableSpecTest, ListsOfSources) {
  const auto spec = parse(json::array({"a.csv", {{"file", "b.xlsx"}, {"sheet", 2}, {"bad_rows", "skip"}}}));
  ASSERT_TRUE(spec);
  ASSERT_EQ(spec->sources.size(), 2u);
  EXPECT_EQ(spec->sources[0].bad_rows, BadRowPolicy::error);
  EXPECT_EQ(spec->sources[1].bad_rows, BadRowPolicy::skip);
  EXPECT_EQ(spec->files(), (std::vector<std::filesystem::path>{at("a.csv"), at("b.xlsx")}));
  EXPECT_THAT(problems_of(json::array({"a.csv", 5})),
              ElementsAre("/p/1: expected a file name, an object {\"file\": ...} or a list of them, found a number"));
}

TEST_F(TableSpecTest, TheNormalisedFormRoundTrips) {
  const auto good = parse(json::array(
      {"a.csv",
       {{"file", "b.xlsx"}, {"sheet", "Rekap"}, {"header_row", 2}, {"numbers", "indonesian"}, {"dates", "dd/mm/yyyy"},
        {"map", "kepuasan"}, {"bad_rows", "skip"},
        {"columns", {{"tanggal", "Tgl"}, {"nilai", {{"column", "Skor"}, {"map", {{"Baik", 3}, {"*", 0}, {"", 1}}}, {"numbers", "en"}}},
                     {"selesai", {{"value", "ya"}}}, {"kanal", {{"blank", "skip"}}}}}},
       {{"file", "a.csv"}, {"delimiter", "\t"}, {"encoding", "latin-1"}}}));
  ASSERT_TRUE(good) << problems.front().path << ": " << problems.front().message;
  const json expected = json::array(
      {{{"file", {at("a.csv")}}, {"bad_rows", "error"}},
       {{"file", {at("b.xlsx")}},
        {"sheet", "Rekap"},
        {"header_row", 2},
        {"numbers", "id"},
        {"dates", "DMY"},
        {"map", {{"tidak_puas", 1}, {"kurang_puas", 2}, {"puas", 3}, {"sangat_puas", 4}}},
        {"bad_rows", "skip"},
        {"columns", {{"tanggal", {{"column", "Tgl"}}},
                     {"nilai", {{"column", "Skor"}, {"map", {{"baik", 3}, {"*", 0}, {"", 1}}}, {"numbers", "en"}}},
                     {"selesai", {{"value", "ya"}}},
                     {"kanal", {{"blank", "skip"}}}}}},
       {{"file", {at("a.csv")}}, {"delimiter", "tab"}, {"encoding", "ISO-8859-1"}, {"bad_rows", "error"}}});
  EXPECT_EQ(good->to_json(), expected);
  const auto again = parse(good->to_json());
  ASSERT_TRUE(again) << problems.front().path << ": " << problems.front().message;
  EXPECT_EQ(again->to_json(), expected);
}

TEST(Fields, DeclaredByChainingAndPublishedAsJson) {
  const Fields f = log_fields();
  EXPECT_EQ(f.size(), 5u);
  EXPECT_EQ(f.names(), (std::vector<std::string>{"tanggal", "sentimen", "nilai", "selesai", "kanal"}));
  EXPECT_EQ(f.index("nilai"), 2u);
  EXPECT_FALSE(f.index("Nilai"));  // field names are exact: they are the plugin's, not the planner's
  EXPECT_EQ(f[0].columns, (std::vector<std::string>{"tanggal", "date"}));
  EXPECT_EQ(f[2].columns, (std::vector<std::string>{"nilai"}));  // its name by default
  EXPECT_TRUE(f[0].required);
  EXPECT_EQ(f[0].blank, BlankPolicy::error);
  EXPECT_FALSE(f[4].required);              // optional: the column may be missing,
  EXPECT_EQ(f[4].blank, BlankPolicy::empty);  // and a blank is no value
  EXPECT_TRUE(f[1].mappable() && f[2].mappable() && f[3].mappable());
  EXPECT_FALSE(f[0].mappable() || f[4].mappable());
  EXPECT_EQ(*f[1].words.find("Positive"), "positif");
  EXPECT_EQ(*f[1].words.find("netral"), "netral");
  for (const char* yes : {"ya", "Y", "yes", "iya", "TRUE", "1"}) EXPECT_EQ(*f[3].words.find(yes), true) << yes;
  for (const char* no : {"tidak", "T", "no", "n", "false", "0", "-"}) EXPECT_EQ(*f[3].words.find(no), false) << no;

  const json j = f.to_json();
  EXPECT_EQ(j[0], (json{{"name", "tanggal"}, {"kind", "date"}, {"description", "The date."}, {"columns", {"tanggal", "date"}},
                        {"required", true}, {"blank", "error"}}));
  EXPECT_EQ(j[1]["categories"], (json{"positif", "netral", "negatif"}));
  EXPECT_EQ(j[1]["words"], (json{{"positif", "positif"}, {"netral", "netral"}, {"negatif", "negatif"}, {"positive", "positif"}}));
  EXPECT_EQ(j[4]["required"], false);
  EXPECT_EQ(j[4]["blank"], "empty");
  EXPECT_EQ(Fields::from_json(j).to_json(), j);
  EXPECT_THROW(Fields().optional(), std::logic_error);
}

TEST(TableSpecNames, HelpersForMessagesAndFiles) {
  EXPECT_EQ(delimiter_name('\t'), "tab");
  EXPECT_EQ(delimiter_name(';'), ";");
  EXPECT_TRUE(TableSpec::is_xlsx("a/Laporan.XLSX"));
  EXPECT_TRUE(TableSpec::is_xlsx("b.xlsm"));
  EXPECT_FALSE(TableSpec::is_xlsx("c.xls"));
  EXPECT_FALSE(TableSpec::is_xlsx("d.csv"));
  EXPECT_TRUE(TableSpec::is_glob("*.csv"));
  EXPECT_TRUE(TableSpec::is_glob("2024-0?.csv"));
  EXPECT_TRUE(TableSpec::is_glob("[ab].csv"));
  EXPECT_FALSE(TableSpec::is_glob("data.csv"));
  EXPECT_EQ(parse_field_kind("flag"), FieldKind::flag);
  EXPECT_FALSE(parse_field_kind("boolean"));
  EXPECT_EQ(parse_blank_policy("skip"), BlankPolicy::skip);
  EXPECT_FALSE(parse_blank_policy("Skip"));
}

}  // namespace
}  // namespace kinerja::sdk
