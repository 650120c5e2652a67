// End-to-end runs about inputs as a planner has them: measures and the
// targets that fit them, chapter III tables from CSV and xlsx, `kinerja
// inspect` on raw exports and `kinerja init`.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_command.hpp"
#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja {
namespace {

using nlohmann::json;
using testing::CommandResult;
using testing::TempDir;

const std::filesystem::path source_dir = KINERJA_SOURCE_DIR;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CommandResult kinerja(std::vector<std::string> args) {
  args.insert(args.begin(), KINERJA_EXE);
  return testing::run_command(args);
}

// A config with one sentiment indicator reading `articles.csv` beside it.
std::string sentiment_config(const std::string& target, const std::string& measure = "") {
  return R"({"unit": "Unit Uji", "year": 2024, "sasaran": [{"id": "S1", "name": "Sasaran", "indicators": [
    {"id": "IKK1", "name": "Pemberitaan", "plugin": "sentiment", "target": ")" + target + "\"" +
         (measure.empty() ? "" : R"(, "measure": ")" + measure + "\"") + R"(, "params": {"articles": "articles.csv"}}]}]})";
}

const char* articles = "tanggal,sentimen\n2024-01-05,positif\n2024-01-06,negatif\n2024-02-01,netral\n2024-02-02,positif\n";

TEST(Measures, ATargetThatContradictsTheDefaultMeasureIsRefusedWithTheMeasureThatFits) {
  TempDir dir;
  dir.write("articles.csv", articles);
  const auto config = dir.write("config.json", sentiment_config(">= 75%"));
  // validate refuses the config; evaluate makes the indicator an error
  // (exit 1), as it does any indicator whose params are wrong.
  for (const auto& [command, code] : {std::pair{"validate", 3}, std::pair{"evaluate", 1}}) {
    const CommandResult r = kinerja({command, config.string()});
    EXPECT_EQ(r.exit_code, code) << command << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "/sasaran/0/indicators/0/target: target '>= 75%' does not fit measure 'negative_share'"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "it says higher is better")) << r.err;
    EXPECT_TRUE(contains(r.err, "use \"measure\": 'positive_neutral_share'")) << r.err;
  }
}

TEST(Measures, TheChosenMeasureIsTheRealisasi) {
  TempDir dir;
  dir.write("articles.csv", articles);
  const auto config = dir.write("config.json", sentiment_config(">= 75%", "positive_neutral_share"));
  const CommandResult r = kinerja({"evaluate", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json ind = json::parse(r.out)["sasaran"][0]["indicators"][0];
  // 4 articles: positif 2, netral 1, negatif 1 -> (2 + 1) / 4 = 75%.
  EXPECT_EQ(ind["measure"], "positive_neutral_share");
  EXPECT_DOUBLE_EQ(ind["realisasi"].get<double>(), 75.0);
  EXPECT_EQ(ind["realisasi_unit"], "%");
  EXPECT_DOUBLE_EQ(ind["measures"]["negative_share"].get<double>(), 25.0);
  EXPECT_DOUBLE_EQ(ind["measures"]["positive_share"].get<double>(), 50.0);
  EXPECT_DOUBLE_EQ(ind["capaian"].get<double>(), 100.0);
  EXPECT_EQ(ind["scale"], (json{{"min", 0}, {"max", 100}}));  // a share: the report's trend starts at 0
}

TEST(Measures, AnUnknownMeasureIsRefusedWithASuggestion) {
  TempDir dir;
  dir.write("articles.csv", articles);
  const auto config = dir.write("config.json", sentiment_config("< 20%", "negativ_share"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/sasaran/0/indicators/0/measure: unknown measure 'negativ_share' (did you mean "
                              "'negative_share'?)"))
      << r.err;
}

std::string ikm_config(const std::string& target) {
  return R"({"unit": "Unit Uji", "year": 2024, "sasaran": [{"id": "S1", "name": "Sasaran", "indicators": [
    {"id": "IKK2", "name": "IKM", "plugin": "ikm", "target": ")" + target + R"(", "params": {"summary": {
      "nrr": {"U1": 3, "U2": 3, "U3": 3, "U4": 3, "U5": 3, "U6": 3, "U7": 3, "U8": 3, "U9": 3}, "respondents": 100}}}]}]})";
}

// ">= 3,06" is an NRR's target, not an IKM's (25 to 100): refused, where it
// would otherwise give a capaian of 2451%.
TEST(Measures, ATargetOffTheMeasuresScaleIsRefused) {
  TempDir dir;
  const auto config = dir.write("config.json", ikm_config(">= 3,06"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "target 3.06 is outside the scale of measure 'ikm'")) << r.err;
  EXPECT_TRUE(contains(r.err, "25 to 100")) << r.err;
  EXPECT_TRUE(contains(r.err, "'nrr_u1'")) << r.err;
}

// A PK writes an index's target with a word for its unit: "81 poin".
TEST(Measures, AnIndexTargetMayNameItsPoints) {
  TempDir dir;
  const auto config = dir.write("config.json", ikm_config(">= 81 poin"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Measures, PluginsInfoShowsEveryMeasureWithATargetThatFits) {
  const CommandResult r = kinerja({"plugins", "info", "sentiment"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "negative_share")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"target\": \"<= 20%\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "positive_share")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"target\": \">= 50%\"")) << r.out;
  // The sample indicator's target fits the default measure: lower is better.
  const CommandResult j = kinerja({"plugins", "info", "sentiment", "--format", "json"});
  EXPECT_EQ(json::parse(j.out)["sample"]["target"], "<= 20%");
}

// configs/contoh-tabel reads from CSV and xlsx what configs/contoh-renstra
// writes inline: chapter III must come out the same.
TEST(ConfigTables, TablesGiveTheSameChapterThreeAsTheInlineConfig) {
  const CommandResult tables = kinerja({"evaluate", (source_dir / "configs/contoh-tabel/config.json").string()});
  const CommandResult inline_ = kinerja({"evaluate", (source_dir / "configs/contoh-renstra/config.json").string()});
  ASSERT_EQ(tables.exit_code, 0) << tables.err;
  ASSERT_EQ(inline_.exit_code, 0) << inline_.err;
  const json a = json::parse(tables.out), b = json::parse(inline_.out);
  EXPECT_EQ(a["budget"], b["budget"]);
  EXPECT_EQ(a["capaian"], b["capaian"]);
  for (std::size_t i = 0; i < 2; ++i) {
    const json& x = a["sasaran"][0]["indicators"][i];
    const json& y = b["sasaran"][0]["indicators"][i];
    ASSERT_EQ(x["history"]["years"].size(), y["history"]["years"].size());
    for (std::size_t k = 0; k < x["history"]["years"].size(); ++k) {
      EXPECT_EQ(x["history"]["years"][k]["realisasi"], y["history"]["years"][k]["realisasi"]);
      EXPECT_EQ(x["history"]["years"][k]["capaian"], y["history"]["years"][k]["capaian"]);
    }
    EXPECT_EQ(x["history"]["direction"], y["history"]["direction"]);
    EXPECT_EQ(x["renstra"]["capaian_toward_final"], y["renstra"]["capaian_toward_final"]);
    EXPECT_EQ(x["renstra"]["targets"].size(), y["renstra"]["targets"].size());
  }
  // Rp 1.000.000.000 + Rp 200.000.000 read as Indonesian numbers.
  EXPECT_DOUBLE_EQ(a["budget"]["pagu_awal"].get<double>(), 1200000000.0);
  EXPECT_EQ(json::parse(tables.out)["provenance"]["config"]["tables"].size(), 4u);
}

std::string tables_config(const std::string& tables, const std::string& budget = "") {
  return R"({"unit": "Unit Uji", "year": 2023, )" + budget + R"("tables": )" + tables +
         R"(, "sasaran": [{"id": "S1", "name": "Sasaran", "indicators": [
    {"id": "IKK1", "name": "Indikator", "plugin": "manual", "target": ">= 80", "params": {"realisasi": 81}}]}]})";
}

TEST(ConfigTables, ARowForAnIndicatorTheConfigLacksIsRefusedWithItsLine) {
  TempDir dir;
  dir.write("riwayat.csv", "indikator;tahun;realisasi\nIKK1;2022;79\nIKK9;2022;50\n");
  const auto config = dir.write("config.json", tables_config(R"({"history": "riwayat.csv"})"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/tables/history: " + (dir.path() / "riwayat.csv").string() +
                                  ":3: no indicator 'IKK9' in the config"))
      << r.err;
}

TEST(ConfigTables, AYearNotBeforeTheConfigsIsRefused) {
  TempDir dir;
  dir.write("riwayat.csv", "indikator,tahun,realisasi\nIKK1,2023,79\n");
  const auto config = dir.write("config.json", tables_config(R"({"history": "riwayat.csv"})"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, ":2: year 2023 is not before the config's 2023")) << r.err;
}

TEST(ConfigTables, AMissingColumnIsRefusedNamingTheColumnsThereAre) {
  TempDir dir;
  dir.write("renstra.csv", "Kode,Tahun,Sasaran\nIKK1,2024,>= 85\n");
  const auto config = dir.write("config.json", tables_config(R"({"renstra": "renstra.csv"})",
                                                             R"("renstra": {"name": "Renstra", "from": 2020, "to": 2024}, )"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/tables/renstra: renstra.csv: no header row with the columns")) << r.err;
  EXPECT_TRUE(contains(r.err, "'Kode'")) << r.err;
}

TEST(ConfigTables, RenstraTargetsWithoutTheRenstraAreRefusedAtTheTable) {
  TempDir dir;
  dir.write("renstra.csv", "indikator,tahun,target\nIKK1,2024,>= 85\n");
  const auto config = dir.write("config.json", tables_config(R"({"renstra": "renstra.csv"})"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/tables/renstra: Renstra targets need the Renstra they belong to")) << r.err;
}

// A budget sheet as the finance system exports it: a programme row and a
// total beside the kegiatan. Summed, they would count each kegiatan twice.
TEST(ConfigTables, ATotalRowInTheBudgetIsRefusedAndDropLeavesItOut) {
  TempDir dir;
  dir.write("lra.csv", "Uraian;Pagu Murni;Pagu Perubahan;Realisasi\nProgram Informasi;300;300;270\n"
                       "Kegiatan A;100;100;90\nKegiatan B;200;200;180\nJUMLAH;300;300;270\n");
  const std::string budget = R"("budget": {"source": "LRA"}, )";
  const auto refused = dir.write("a.json", tables_config(R"({"budget": {"file": "lra.csv"}})", budget));
  const CommandResult r = kinerja({"validate", refused.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, ":2: 'Program Informasi' looks like a total or a programme, not a kegiatan: leave it out "
                              "with \"drop\": {\"Uraian\": [\"Program Informasi*\"]}"))
      << r.err;
  EXPECT_FALSE(contains(r.err, "has no kegiatan")) << r.err;  // no knock-on problems
  const auto dropped = dir.write(
      "b.json", tables_config(R"({"budget": {"file": "lra.csv", "drop": {"Uraian": ["Program*", "JUMLAH"]}}})", budget));
  const CommandResult e = kinerja({"evaluate", dropped.string()});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  const json result = json::parse(e.out);
  EXPECT_DOUBLE_EQ(result["budget"]["pagu_awal"].get<double>(), 300.0);  // 100 + 200, by "Pagu Murni"
  EXPECT_DOUBLE_EQ(result["budget"]["realisasi"].get<double>(), 270.0);
}

// Rows a table leaves out under its own policy are warnings of the run,
// not problems with the config.
TEST(ConfigTables, RowsLeftOutByTheTablesPolicyAreWarnings) {
  TempDir dir;
  dir.write("riwayat.csv", "indikator,tahun,realisasi\nIKK1,2022,79\nIKK1,-,\n");
  const auto config = dir.write(
      "config.json", tables_config(R"({"history": {"file": "riwayat.csv", "bad_rows": "skip"}})"));
  const CommandResult v = kinerja({"validate", config.string()});
  EXPECT_EQ(v.exit_code, 0) << v.err;
  const CommandResult e = kinerja({"evaluate", config.string()});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_TRUE(contains(e.err, "tables/history: 1 bad row(s) skipped")) << e.err;
}

TEST(ConfigTables, KegiatanInlineAndAsATableIsRefused) {
  TempDir dir;
  dir.write("anggaran.csv", "kegiatan,pagu awal,pagu akhir,realisasi\nA,100,100,90\n");
  const auto config = dir.write(
      "config.json", tables_config(R"({"budget": "anggaran.csv"})",
                                   R"("budget": {"kegiatan": [{"name": "A", "pagu_awal": 1, "pagu_akhir": 1}], "realisasi": 1}, )"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/tables/budget: give the kegiatan in \"budget\" or as this table, not both")) << r.err;
}

TEST(ConfigTables, AnUnknownTableIsRefusedWithASuggestion) {
  TempDir dir;
  const auto config = dir.write("config.json", tables_config(R"({"histori": "x.csv"})"));
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/tables/histori: unknown key 'histori' (did you mean 'history'?)")) << r.err;
}

// An export as a monitoring vendor gives it: two title rows, ';', windows-1252.
void write_vendor_export(const TempDir& dir) {
  const std::string text = "LAPORAN MONITORING MEDIA 2024;;\r\nDinas Kominfo;;\r\n;;\r\n"
                           "Tgl Terbit;Tone;Judul Berita\r\n26/07/2024;Positive;Caf\xE9 baru dibuka\r\n"
                           "27/07/2024;Negative;Banjir\r\n28/07/2024;Neutral;Rapat\r\n";
  std::ofstream(dir.path() / "monitoring.csv", std::ios::binary) << text;
}

// Twelve monthly exports: the one whose header lacks the label column is
// found by validate, not half-way through evaluate.
TEST(Validate, ChecksTheHeaderOfEveryFileOfAnInput) {
  TempDir dir;
  dir.write("januari.csv", articles);
  dir.write("februari.csv", "tanggal,judul\n2024-02-01,Berita\n");
  json config = json::parse(sentiment_config("< 20%"));
  config["sasaran"][0]["indicators"][0]["params"]["articles"] = json{{"file", {"januari.csv", "februari.csv"}}};
  const auto path = dir.write("config.json", config.dump());
  const CommandResult r = kinerja({"validate", path.string()});
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "februari.csv")) << r.err;
  EXPECT_TRUE(contains(r.err, "/params/articles")) << r.err;
}

TEST(Inspect, ShowsTheDialectTheHeaderUnderTitleRowsAndTheColumns) {
  TempDir dir;
  write_vendor_export(dir);
  const CommandResult r = kinerja({"inspect", (dir.path() / "monitoring.csv").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "CSV, delimiter ';'")) << r.out;
  EXPECT_TRUE(contains(r.out, "WINDOWS-1252")) << r.out;
  EXPECT_TRUE(contains(r.out, "not UTF-8")) << r.out;
  EXPECT_TRUE(contains(r.out, "header: row 4")) << r.out;
  EXPECT_TRUE(contains(r.out, "'Tgl Terbit'  date")) << r.out;
  EXPECT_TRUE(contains(r.out, "data rows: 3")) << r.out;
}

TEST(Inspect, ProposesParamsThatValidate) {
  TempDir dir;
  write_vendor_export(dir);
  const CommandResult r = kinerja({"inspect", (dir.path() / "monitoring.csv").string(), "--plugin", "sentiment"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::size_t at = r.out.find("\"params\": ");
  ASSERT_NE(at, std::string::npos) << r.out;
  json params = json::parse(r.out.substr(at + 10));
  EXPECT_EQ(params["articles"]["encoding"], "windows-1252");
  EXPECT_EQ(params["articles"]["columns"]["tanggal"], "Tgl Terbit");
  // Pasted into a config, the proposal reads the file as it is.
  json config = json::parse(sentiment_config("< 20%"));
  config["year"] = 2024;
  config["sasaran"][0]["indicators"][0]["params"] = params;
  const auto path = dir.write("config.json", config.dump());
  const CommandResult e = kinerja({"evaluate", path.string()});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  // 3 articles: positif, negatif, netral -> negatif 1 / 3.
  EXPECT_NEAR(json::parse(e.out)["sasaran"][0]["indicators"][0]["realisasi"].get<double>(), 100.0 / 3, 1e-9);
}

// A Google Forms export: each unsur's header is the full question. inspect
// finds each unsur by the words of its question and its answers' scale;
// after the planner fixes the one scale that is the unit's own (as the
// notes ask), the proposal gives the IKM worked by hand in the golden case
// plugins/ikm/testcases/google-forms-words (85.0).
TEST(Inspect, FindsEachUnsurOfAGoogleFormsExport) {
  const auto forms = source_dir / "plugins/ikm/testcases/google-forms-words/tanggapan-formulir.csv";
  const CommandResult r = kinerja({"inspect", forms.string(), "--plugin", "ikm"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json params = json::parse(r.out.substr(r.out.find("\"params\": ") + 10));
  const json& columns = params["responses"]["columns"];
  EXPECT_TRUE(contains(columns["U3"]["column"], "kecepatan waktu")) << columns.dump(2);
  EXPECT_EQ(columns["U3"]["map"], "kecepatan");
  EXPECT_TRUE(contains(columns["U5"]["column"], "kesesuaian produk")) << columns.dump(2);
  EXPECT_TRUE(contains(columns["U8"]["column"], "penanganan pengaduan")) << columns.dump(2);
  EXPECT_TRUE(contains(r.out, "U9 reads its words with the named scale \"kualitas\"")) << r.out;
  params["responses"]["columns"]["U9"]["map"] = {{"Sangat buruk", 1}, {"Buruk", 2}, {"Baik", 3}, {"Sangat baik", 4}};
  TempDir dir;
  const json config = {{"unit", "Unit Uji"}, {"year", 2024},
                       {"sasaran", {{{"id", "S1"}, {"name", "Sasaran"}, {"indicators", {{
                         {"id", "IKK2"}, {"name", "IKM"}, {"plugin", "ikm"}, {"target", ">= 81"}, {"params", params}}}}}}}};
  const auto path = dir.write("config.json", config.dump());
  const CommandResult e = kinerja({"evaluate", path.string()});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_NEAR(json::parse(e.out)["sasaran"][0]["indicators"][0]["realisasi"].get<double>(), 85.0, 1e-9);
}

// A budget sheet with "Rp 1.000.000.000": inspect proposes the config's
// table with the Indonesian numbers it saw; a table it does not know gets a
// suggestion, and --param names which of a plugin's tables the file is for.
TEST(Inspect, ProposesAChapterThreeTableAndRefusesUnknownNames) {
  TempDir dir;
  const auto sheet = dir.write("anggaran.csv",
                               "Kegiatan;Pagu Awal;Pagu Akhir;Realisasi\n"
                               "Layanan Publik;Rp 1.000.000.000;Rp 900.000.000;Rp 850.000.000\n");
  const CommandResult r = kinerja({"inspect", sheet.string(), "--table", "budget"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "pagu_akhir <- 'Pagu Akhir'")) << r.out;
  const json tables = json::parse(r.out.substr(r.out.find("\"tables\": ") + 10));
  EXPECT_EQ(tables.at("budget").value("numbers", ""), "id");  // the delimiter is found again on reading

  const CommandResult typo = kinerja({"inspect", sheet.string(), "--table", "budgt"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_TRUE(contains(typo.err, "expected one of history, renstra, budget, revisions (did you mean 'budget'?)")) << typo.err;
  const CommandResult param = kinerja({"inspect", sheet.string(), "--plugin", "ppid", "--param", "request"});
  EXPECT_EQ(param.exit_code, 2);
  EXPECT_TRUE(contains(param.err, "plugin 'ppid' reads the tables requests (did you mean 'requests'?)")) << param.err;
  EXPECT_EQ(kinerja({"inspect", sheet.string(), "--table", "budget", "--plugin", "ppid"}).exit_code, 2);
}

TEST(Inspect, RefusesAFileThatIsNoTableWithItsName) {
  TempDir dir;
  const auto path = dir.write("kosong.csv", "");
  const CommandResult r = kinerja({"inspect", path.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "kosong.csv")) << r.err;
  EXPECT_EQ(kinerja({"inspect"}).exit_code, 2);
}

TEST(Init, WritesAConfigThatValidatesAndEvaluates) {
  TempDir dir;
  const auto path = dir.path() / "pk-2024.json";
  const CommandResult r = kinerja({"init", "--unit", "Dinas Kominfo", "--year", "2024", "--out", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const CommandResult v = kinerja({"validate", path.string()});
  EXPECT_EQ(v.exit_code, 0) << v.err;
  const CommandResult e = kinerja({"evaluate", path.string()});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  const json result = json::parse(e.out);
  EXPECT_EQ(result["unit"], "Dinas Kominfo");
  EXPECT_EQ(result["year"], 2024);
  EXPECT_EQ(result["sasaran"][0]["indicators"][0]["status"], "pending");
}

TEST(Init, ListsThePluginsWithTheirMeasuresAndKeepsAnExistingFile) {
  TempDir dir;
  const CommandResult r = kinerja({"init"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "\"measure\": \"negative_share\"")) << r.out;
  const auto path = dir.write("ada.json", "{}");
  const CommandResult again = kinerja({"init", "--out", path.string()});
  EXPECT_EQ(again.exit_code, 4);
  EXPECT_TRUE(contains(again.err, "--force")) << again.err;
}

}  // namespace
}  // namespace kinerja
