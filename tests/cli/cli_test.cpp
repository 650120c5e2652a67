// End-to-end runs of the `kinerja` executable: exit codes, what it prints,
// and the result JSON of the bundled example.
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_library.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja {
namespace {

using nlohmann::json;
using testing::CommandResult;
using testing::TempDir;

const std::string exe = KINERJA_EXE;
const std::filesystem::path source_dir = KINERJA_SOURCE_DIR;
const std::filesystem::path fixtures = KINERJA_FIXTURE_PLUGIN_DIR;
const std::string example = (source_dir / "configs" / "biro-humas-2023-manual.json").string();

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CommandResult kinerja(std::vector<std::string> args, const std::vector<std::string>& env = {},
                      const std::string& cwd = {}) {
  args.insert(args.begin(), exe);
  return testing::run_command(args, env, cwd);
}

std::string sha256sum(const std::filesystem::path& file) {
  const CommandResult r = testing::run_command({"sha256sum", file.string()});
  return r.out.substr(0, 64);
}

// A config with one sasaran of fixture indicators; `indicators` is a JSON array text.
std::string fixture_config(const std::string& indicators, const std::string& policy = "{}") {
  return R"({"unit": "Unit Uji", "year": 2023, "policy": )" + policy +
         R"(, "sasaran": [{"id": "S1", "name": "Sasaran uji", "indicators": )" + indicators + "}]}";
}

std::string fixture_indicator(const std::string& id, const std::string& params, const std::string& extra = "") {
  return R"({"id": ")" + id + R"(", "name": "Indikator )" + id +
         R"(", "plugin": "fixture", "target": {"value": 80, "polarity": "higher"}, "params": )" + params + extra + "}";
}

std::vector<std::string> with_fixture(std::vector<std::string> args) {
  args.push_back("--plugin-dir");
  args.push_back((fixtures / "good").string());
  return args;
}

TEST(Cli, VersionNamesHostAndAbi) {
  const CommandResult r = kinerja({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "kinerja 0.")) << r.out;
  EXPECT_TRUE(contains(r.out, "plugin ABI " + host_abi())) << r.out;
}

TEST(Cli, HelpListsCommandsAndExitCodes) {
  const CommandResult r = kinerja({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* word : {"evaluate", "validate", "plugins", "Exit codes"}) EXPECT_TRUE(contains(r.out, word)) << word;
}

TEST(Cli, EachCommandHasHelp) {
  for (const char* command : {"evaluate", "validate", "plugins"}) {
    const CommandResult r = kinerja({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_TRUE(contains(r.out, "--plugin-dir")) << command << ": " << r.out;
  }
}

TEST(Cli, NoCommandIsAUsageError) { EXPECT_EQ(kinerja({}).exit_code, 2); }

TEST(Cli, UnknownCommandSuggestsTheClosest) {
  const CommandResult r = kinerja({"evalute", example});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "did you mean 'evaluate'")) << r.err;
}

TEST(Cli, UnknownOptionIsAUsageError) {
  const CommandResult r = kinerja({"evaluate", example, "--frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "frobnicate")) << r.err;
}

TEST(Cli, BadLogLevelIsAUsageError) {
  EXPECT_EQ(kinerja({"--log-level", "loud", "plugins"}).exit_code, 2);
  EXPECT_EQ(kinerja({"plugins", "--log-level", "loud"}).exit_code, 2);
}

TEST(Cli, EvaluatesTheBundledExample) {
  const CommandResult r = kinerja({"evaluate", example});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json result = json::parse(r.out);
  EXPECT_EQ(result["unit"], "Biro Hubungan Masyarakat");
  EXPECT_EQ(result["year"], 2023);
  // By hand: (132.45 + 8396/81 + 172.6 + 100 + 100 + 95.75 + 7871/78 + 9078/90) / 8
  const double expected = (132.45 + 8396.0 / 81 + 172.6 + 100 + 100 + 95.75 + 7871.0 / 78 + 9078.0 / 90) / 8;
  EXPECT_NEAR(result["capaian"].get<double>(), expected, 1e-9);
  EXPECT_EQ(result["capaian_display"], 113.0);
  EXPECT_EQ(result["aggregation"]["method"], "mean_of_indicators");
  EXPECT_EQ(result["aggregation"]["pending_policy"], "count_as_target");
  ASSERT_EQ(result["sasaran"].size(), 2u);
  EXPECT_EQ(result["sasaran"][0]["indicators"].size(), 7u);
  EXPECT_EQ(result["sasaran"][1]["indicators"].size(), 1u);

  const json& sentiment = result["sasaran"][0]["indicators"][0];
  EXPECT_EQ(sentiment["id"], "IKK1");
  EXPECT_EQ(sentiment["status"], "final");
  EXPECT_NEAR(sentiment["capaian"].get<double>(), 132.45, 1e-9);
  EXPECT_EQ(sentiment["capaian_display"], 132.0);
  EXPECT_EQ(sentiment["target"]["polarity"], "lower");
  EXPECT_EQ(sentiment["target"]["comparison"], "<");
  EXPECT_EQ(sentiment["target_met"], true);

  const json& sakip = result["sasaran"][0]["indicators"][4];
  EXPECT_EQ(sakip["status"], "pending");
  EXPECT_EQ(sakip["pending"]["reason"], "dalam proses penilaian APIP");
  EXPECT_EQ(sakip["pending"]["policy"], "count_as_target");
  EXPECT_EQ(sakip["capaian"], 100.0);
  EXPECT_TRUE(sakip["target_met"].is_null());

  const json& ipp = result["sasaran"][0]["indicators"][5];
  EXPECT_EQ(ipp["added_during_year"], true);
  EXPECT_EQ(ipp["target_met"], false);

  const json& stakeholders = result["sasaran"][1]["indicators"][0];
  EXPECT_EQ(stakeholders["target_awal"]["value"], 92.0);
  EXPECT_EQ(stakeholders["target"]["value"], 90.0);

  EXPECT_EQ(result["summary"]["status"]["pending"], 1);
  EXPECT_EQ(result["summary"]["target_not_met"], 1);
  EXPECT_TRUE(result["warnings"].empty()) << result["warnings"];
}

TEST(Cli, ResultCarriesProvenance) {
  const CommandResult r = kinerja({"evaluate", example});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json p = json::parse(r.out)["provenance"];
  EXPECT_EQ(p["host"]["name"], "kinerja");
  EXPECT_EQ(p["host"]["abi"], host_abi());
  EXPECT_EQ(p["plugins"][0]["abi"], host_abi());  // bundled plugins are built with the host's SDK
  EXPECT_EQ(p["config"]["sha256"], sha256sum(example));
  ASSERT_EQ(p["plugins"].size(), 1u);
  EXPECT_EQ(p["plugins"][0]["name"], "manual");
  EXPECT_EQ(p["plugins"][0]["sha256"], sha256sum(p["plugins"][0]["path"].get<std::string>()));
}

TEST(Cli, OutWritesTheFileAndNothingToStdout) {
  TempDir dir;
  const auto out = dir.path() / "result.json";
  const CommandResult r = kinerja({"evaluate", example, "--out", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NEAR(json::parse(testing::read_file(out))["capaian"].get<double>(), 113.28, 0.01);
}

TEST(Cli, SummaryPrintsTheCapaianTableWithThePendingFootnote) {
  TempDir dir;
  const CommandResult r = kinerja({"evaluate", example, "--out", (dir.path() / "r.json").string(), "--summary"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Biro Hubungan Masyarakat 2023: capaian 113%")) << r.out;
  EXPECT_TRUE(contains(r.out, "SK2  101%")) << r.out;
  EXPECT_TRUE(contains(r.out, "realisasi 77*")) << r.out;
  EXPECT_TRUE(contains(r.out, "(*) dalam proses penilaian APIP")) << r.out;
  EXPECT_EQ(kinerja({"evaluate", example, "--summary"}).exit_code, 2);  // stdout is the result then
}

// "≤ 20%" is 5 characters in 7 bytes: its column must line up with "< 20%".
TEST(Cli, SummaryColumnsLineUpWhateverTheTargetsCharacters) {
  TempDir dir;
  dir.write("a.csv", "tanggal,sentimen\n2024-01-05,negatif\n2024-01-06,positif\n");
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2024, "sasaran": [{"id": "S1", "name": "S", "indicators": [
    {"id": "I1", "name": "A", "plugin": "sentiment", "target": "≤ 20%", "params": {"articles": "a.csv", "period": {"from": "2024-01-01", "to": "2024-01-31"}}},
    {"id": "I2", "name": "B", "plugin": "sentiment", "target": "< 20%", "params": {"articles": "a.csv", "period": {"from": "2024-01-01", "to": "2024-01-31"}}}]}]})");
  const CommandResult r = kinerja({"evaluate", config.string(), "--out", (dir.path() / "r.json").string(), "--summary"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::size_t> columns;  // where "realisasi" starts, in characters
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t at = line.find(" realisasi ");
    if (at == std::string::npos) continue;
    std::size_t shown = 0;
    for (std::size_t k = 0; k < at; ++k) shown += (static_cast<unsigned char>(line[k]) & 0xC0) != 0x80;
    columns.push_back(shown);
  }
  ASSERT_EQ(columns.size(), 2u) << r.out;
  EXPECT_EQ(columns[0], columns[1]) << r.out;
}

TEST(Cli, OutIntoAMissingFolderFailsWithCode4) {
  TempDir dir;
  const auto out = dir.path() / "missing" / "result.json";
  const CommandResult r = kinerja({"evaluate", example, "--out", out.string()});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_TRUE(contains(r.err, "result.json")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, InvalidConfigListsEveryProblemAndWritesNothing) {
  TempDir dir;
  const auto config = dir.write("bad.json", R"({
    "unit": "U", "yaer": 2023,
    "sasaran": [{"id": "S1", "name": "S", "indicators": [
      {"id": "A", "name": "A", "plugin": "manual", "target": "81"},
      {"id": "A", "name": "B", "plugin": "manual", "target": {"value": 5, "polarity": "up"}}]}]})");
  const auto out = dir.path() / "result.json";
  const CommandResult r = kinerja({"evaluate", config.string(), "--out", out.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/yaer: unknown key 'yaer' (did you mean 'year'?)")) << r.err;
  EXPECT_TRUE(contains(r.err, "/year: missing")) << r.err;
  EXPECT_TRUE(contains(r.err, "/sasaran/0/indicators/0/target")) << r.err;
  EXPECT_TRUE(contains(r.err, "/sasaran/0/indicators/1/target/polarity")) << r.err;
  EXPECT_TRUE(contains(r.err, "duplicate indicator id 'A'")) << r.err;
  EXPECT_TRUE(contains(r.err, config.string())) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, SyntaxErrorNamesFileLineAndColumn) {
  TempDir dir;
  const auto config = dir.write("broken.json", "{\n  \"unit\": \"U\",\n  \"year\": 2023,,\n}");
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, config.string() + ":3:")) << r.err;
}

TEST(Cli, MissingConfigFileIsAClearError) {
  const CommandResult r = kinerja({"evaluate", "/no/such/config.json"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/no/such/config.json")) << r.err;
}

TEST(Cli, ValidateAcceptsTheExample) {
  const CommandResult r = kinerja({"validate", example});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "valid (2 sasaran, 8 indicators)")) << r.out;
}

TEST(Cli, ValidateReportsPluginsParamsAndFilesAllAtOnce) {
  TempDir dir;
  const auto config = dir.write("c.json", fixture_config(
      "[" + fixture_indicator("A", R"({"valeu": 1})") + "," +
      R"({"id": "B", "name": "B", "plugin": "manaul", "target": ">= 1"},)" +
      fixture_indicator("C", R"({"input": "data/missing.csv"})") + "," +
      fixture_indicator("D", R"({"value": 1, "missing": true})") + "]"));
  const CommandResult r = kinerja(with_fixture({"validate", config.string()}));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/indicators/0/params/valeu: unknown parameter 'valeu' (did you mean 'value'?)")) << r.err;
  EXPECT_TRUE(contains(r.err, "/indicators/1/plugin: no loaded plugin provides indicator type 'manaul' (did you mean 'manual'?)")) << r.err;
  EXPECT_TRUE(contains(r.err, (dir.path() / "data" / "missing.csv").string())) << r.err;
  EXPECT_TRUE(contains(r.err, "/indicators/3/params/missing: value and missing exclude each other")) << r.err;
  EXPECT_TRUE(contains(r.err, "4 problems")) << r.err;
}

TEST(Cli, PathsInParamsAreRelativeToTheConfigAndHashed) {
  TempDir dir;
  const auto data = dir.write("data/rows.csv", "a,b\n1,2\n");
  const auto config = dir.write("c.json", fixture_config("[" + fixture_indicator("A", R"({"value": 80, "input": "data/rows.csv"})") + "]"));
  TempDir elsewhere;  // run from another folder: the path must still resolve
  const CommandResult r = kinerja(with_fixture({"evaluate", config.string()}), {}, elsewhere.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json result = json::parse(r.out);
  const json& inputs = result["provenance"]["inputs"];
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0]["path"], data.string());
  EXPECT_EQ(inputs[0]["sha256"], sha256sum(data));
  EXPECT_EQ(inputs[0]["indicator"], "A");
}

TEST(Cli, FailingIndicatorIsReportedAndTheRunGoesOn) {
  TempDir dir;
  const auto config = dir.write("c.json", fixture_config(
      "[" + fixture_indicator("OK", R"({"value": 88})") + "," + fixture_indicator("BAD", R"({"throw": "input"})") + "]"));
  const auto out = dir.path() / "r.json";
  const CommandResult r = kinerja(with_fixture({"evaluate", config.string(), "--out", out.string()}));
  EXPECT_EQ(r.exit_code, 1);
  const json result = json::parse(testing::read_file(out));
  const json& indicators = result["sasaran"][0]["indicators"];
  EXPECT_EQ(indicators[0]["status"], "final");
  EXPECT_NEAR(indicators[0]["capaian"].get<double>(), 110.0, 1e-9);  // 88 / 80
  EXPECT_EQ(indicators[1]["status"], "error");
  EXPECT_TRUE(indicators[1]["capaian"].is_null());
  EXPECT_TRUE(contains(indicators[1]["errors"][0].get<std::string>(), "fixture.csv:3")) << indicators[1];
  EXPECT_NEAR(result["capaian"].get<double>(), 110.0, 1e-9);  // only the indicator that worked
  EXPECT_EQ(result["summary"]["status"]["error"], 1);
  EXPECT_TRUE(contains(r.err, "BAD")) << r.err;
  // The top-level list holds every indicator's errors and warnings, by id.
  const auto& warnings = result["warnings"];
  EXPECT_NE(std::find(warnings.begin(), warnings.end(), "OK: fixture warning for OK"), warnings.end()) << warnings;
  EXPECT_TRUE(contains(warnings[0].get<std::string>(), "OK: fixture warning")) << warnings;  // config order
}

TEST(Cli, PluginThatReportsAnErrorOrGarbageFailsOnlyItsIndicator) {
  TempDir dir;
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2023, "sasaran": [{"id": "S", "name": "S",
    "indicators": [
      {"id": "E", "name": "E", "plugin": "reports-error", "target": ">= 1"},
      {"id": "G", "name": "G", "plugin": "malformed-result", "target": ">= 1"},
      {"id": "M", "name": "M", "plugin": "manual", "target": ">= 50", "params": {"realisasi": 60}}]}]})");
  const CommandResult r = kinerja({"evaluate", config.string(), "--plugin-dir", (fixtures / "reports-error").string(),
                                   "--plugin-dir", (fixtures / "malformed-result").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json result = json::parse(r.out);
  const json& indicators = result["sasaran"][0]["indicators"];
  EXPECT_EQ(indicators[0]["status"], "error");
  EXPECT_TRUE(contains(indicators[0]["errors"][0].get<std::string>(), "input error")) << indicators[0];
  EXPECT_EQ(indicators[1]["status"], "error");
  EXPECT_TRUE(contains(indicators[1]["errors"][0].get<std::string>(), "/realisasi")) << indicators[1];
  EXPECT_EQ(indicators[2]["status"], "final");
  EXPECT_NEAR(result["capaian"].get<double>(), 120.0, 1e-9);
}

TEST(Cli, PluginThatCannotMakeAnInstanceIsAProblemNotACrash) {
  TempDir dir;
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2023, "sasaran": [{"id": "S", "name": "S",
    "indicators": [{"id": "N", "name": "N", "plugin": "no-instance", "target": ">= 1"}]}]})");
  const std::vector<std::string> dirs{"--plugin-dir", (fixtures / "no-instance").string()};
  std::vector<std::string> validate{"validate", config.string()};
  validate.insert(validate.end(), dirs.begin(), dirs.end());
  const CommandResult v = kinerja(validate);
  EXPECT_EQ(v.exit_code, 3) << v.err;
  EXPECT_TRUE(contains(v.err, "/sasaran/0/indicators/0: plugin 'no-instance' could not create an instance")) << v.err;
  std::vector<std::string> evaluate{"evaluate", config.string()};
  evaluate.insert(evaluate.end(), dirs.begin(), dirs.end());
  const CommandResult e = kinerja(evaluate);
  EXPECT_EQ(e.exit_code, 1) << e.err;
  EXPECT_EQ(json::parse(e.out)["sasaran"][0]["indicators"][0]["status"], "error");
}

TEST(Cli, EveryPathParameterIsHashedEvenIfThePluginDoesNotReportIt) {
  TempDir dir;
  const auto data = dir.write("lookup.csv", "k,v\n");
  const auto config = dir.write("c.json", fixture_config("[" + fixture_indicator("A", R"({"value": 80, "unreported": "lookup.csv"})") + "]"));
  const CommandResult r = kinerja(with_fixture({"evaluate", config.string()}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json inputs = json::parse(r.out)["provenance"]["inputs"];
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0]["path"], data.string());
  EXPECT_EQ(inputs[0]["sha256"], sha256sum(data));
}

TEST(Cli, ProvenanceListsOnlyPluginsThatEvaluatedSomething) {
  TempDir dir;
  const auto config = dir.write("c.json", fixture_config(
      "[" + fixture_indicator("P", R"({"value": 1})", R"(, "pending": {"reason": "menunggu"})") + "," +
      R"({"id": "M", "name": "M", "plugin": "manual", "target": ">= 1", "params": {"realisasi": 1}}])"));
  const CommandResult r = kinerja(with_fixture({"evaluate", config.string()}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json plugins = json::parse(r.out)["provenance"]["plugins"];
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_EQ(plugins[0]["name"], "manual");
}

TEST(Cli, ConfigNoteIsKeptBesideThePluginNote) {
  TempDir dir;
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2023, "description": "uji catatan",
    "sasaran": [{"id": "S", "name": "S", "indicators": [
      {"id": "A", "name": "A", "plugin": "manual", "target": ">= 1", "note": "angka sementara",
       "params": {"realisasi": 1, "evidence": "surat APIP"}},
      {"id": "B", "name": "B", "plugin": "manual", "target": ">= 1", "note": "hanya catatan",
       "params": {"realisasi": 1}}]}]})");
  const CommandResult r = kinerja({"evaluate", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json result = json::parse(r.out);
  EXPECT_EQ(result["description"], "uji catatan");
  EXPECT_EQ(result["sasaran"][0]["indicators"][0]["note"], "surat APIP; angka sementara");
  EXPECT_EQ(result["sasaran"][0]["indicators"][1]["note"], "hanya catatan");
}

TEST(Cli, PendingPoliciesEndToEnd) {
  TempDir dir;
  const std::string indicators = "[" + fixture_indicator("A", R"({"value": 100})") + "," +
                                 fixture_indicator("P", R"({"pending": "dalam proses penilaian APIP", "provisional": 60})") + "]";
  const auto run = [&](const std::string& policy) {
    const auto config = dir.write(policy + ".json", fixture_config(indicators, R"({"pending": ")" + policy + R"("})"));
    const CommandResult r = kinerja(with_fixture({"evaluate", config.string()}));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  };
  // A: 100/80 = 125. P counted as target: 100; with provisional 60: 75.
  EXPECT_NEAR(run("count_as_target")["capaian"].get<double>(), (125.0 + 100.0) / 2, 1e-9);
  EXPECT_NEAR(run("exclude")["capaian"].get<double>(), 125.0, 1e-9);
  const json provisional = run("use_provisional");
  EXPECT_NEAR(provisional["capaian"].get<double>(), (125.0 + 75.0) / 2, 1e-9);
  EXPECT_EQ(provisional["sasaran"][0]["indicators"][1]["pending"]["policy"], "use_provisional");
  EXPECT_EQ(provisional["sasaran"][0]["indicators"][1]["status"], "pending");
}

TEST(Cli, ConfigCanMarkAnyIndicatorPending) {
  TempDir dir;
  const auto config = dir.write("c.json", fixture_config(
      "[" + fixture_indicator("A", R"({"value": 100})", R"(, "pending": {"reason": "menunggu LHE", "provisional": 70})") + "]",
      R"({"pending": "use_provisional"})"));
  const CommandResult r = kinerja(with_fixture({"evaluate", config.string()}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json indicator = json::parse(r.out)["sasaran"][0]["indicators"][0];
  EXPECT_EQ(indicator["status"], "pending");
  EXPECT_EQ(indicator["pending"]["source"], "config");
  EXPECT_NEAR(indicator["capaian"].get<double>(), 87.5, 1e-9);  // 70 / 80
}

TEST(Cli, ValidateChecksThePluginTypeOfAValueMarkedPending) {
  TempDir dir;
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2023, "sasaran": [{"id": "S", "name": "S",
    "indicators": [{"id": "A", "name": "A", "plugin": "sakipp", "target": ">= 77",
                    "pending": {"reason": "dalam proses penilaian APIP"}}]}]})");
  const CommandResult r = kinerja({"validate", config.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "/sasaran/0/indicators/0/plugin: no loaded plugin provides indicator type 'sakipp'")) << r.err;
  // Evaluating still works: the value is pending by the config, no plugin is run.
  const CommandResult e = kinerja({"evaluate", config.string()});
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(json::parse(e.out)["sasaran"][0]["indicators"][0]["status"], "pending");
}

TEST(Cli, PublishedFiguresAreCheckedNotUsed) {
  TempDir dir;
  // The seed's IKK 2: 83.96 / 81 = 103.654..., printed 103%; IKK 6 printed 96%.
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2023, "published": {"capaian": 113},
    "sasaran": [{"id": "S", "name": "S", "indicators": [
      {"id": "IKK2", "name": "IKM", "plugin": "manual", "target": ">= 81", "params": {"realisasi": 83.96},
       "published": {"realisasi": 83.96, "capaian": 103}},
      {"id": "IKK6", "name": "IPP", "plugin": "manual", "target": ">= 4", "params": {"realisasi": 3.83},
       "published": {"realisasi": 3.83, "capaian": 96}}]}]})");
  const CommandResult r = kinerja({"evaluate", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json result = json::parse(r.out);
  const json& ikm = result["sasaran"][0]["indicators"][0];
  EXPECT_NEAR(ikm["capaian"].get<double>(), 8396.0 / 81, 1e-9);  // computed, not the printed 103
  EXPECT_EQ(ikm["published"]["capaian"], 103.0);
  ASSERT_EQ(ikm["warnings"].size(), 1u) << ikm["warnings"];
  EXPECT_TRUE(contains(ikm["warnings"][0].get<std::string>(), "capaian: published 103, computed 104 (103.65")) << ikm;
  EXPECT_TRUE(result["sasaran"][0]["indicators"][1]["warnings"].empty());  // 95.75 rounds to the printed 96
  // The unit: (103.654... + 95.75) / 2 = 99.70..., printed 113 in this made-up config.
  EXPECT_EQ(result["published_capaian"], 113.0);
  const auto& warnings = result["warnings"];
  EXPECT_TRUE(contains(warnings.back().get<std::string>(), "unit capaian: published 113, computed 100")) << warnings;
  EXPECT_TRUE(contains(warnings[0].get<std::string>(), "IKK2: capaian: published 103")) << warnings;
}

TEST(Cli, MeanOfSasaranIsStated) {
  TempDir dir;
  const auto config = dir.write("c.json", R"({"unit": "U", "year": 2023, "policy": {"aggregation": "mean_of_sasaran"},
    "sasaran": [
      {"id": "S1", "name": "S1", "indicators": [
        {"id": "A", "name": "A", "plugin": "manual", "target": ">= 100", "params": {"realisasi": 100}},
        {"id": "B", "name": "B", "plugin": "manual", "target": ">= 100", "params": {"realisasi": 140}}]},
      {"id": "S2", "name": "S2", "indicators": [
        {"id": "C", "name": "C", "plugin": "manual", "target": ">= 100", "params": {"realisasi": 90}}]}]})");
  const CommandResult r = kinerja({"evaluate", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json result = json::parse(r.out);
  EXPECT_EQ(result["aggregation"]["method"], "mean_of_sasaran");
  EXPECT_NEAR(result["sasaran"][0]["capaian"].get<double>(), 120.0, 1e-9);
  EXPECT_NEAR(result["capaian"].get<double>(), 105.0, 1e-9);  // (120 + 90) / 2, not 110
}

TEST(Cli, PluginLogsGoToTheHostLog) {
  TempDir dir;
  const auto config = dir.write("c.json", fixture_config("[" + fixture_indicator("A", R"({"value": 1, "log": "hello from fixture"})") + "]"));
  const CommandResult r = kinerja(with_fixture({"evaluate", config.string()}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "[fixture] hello from fixture")) << r.err;
  EXPECT_FALSE(contains(r.out, "[fixture]"));  // stdout is only the result
  EXPECT_TRUE(json::accept(r.out));
  const CommandResult quiet = kinerja(with_fixture({"evaluate", config.string(), "--log-level", "error"}));
  EXPECT_FALSE(contains(quiet.err, "hello from fixture")) << quiet.err;
}

TEST(Cli, PluginsListsTheBundledManualPlugin) {
  const CommandResult r = kinerja({"plugins"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "manual 1.0.0 (ABI " + host_abi() + ")")) << r.out;
  EXPECT_TRUE(contains(r.out, "kinerja-manual.so")) << r.out;
}

TEST(Cli, PluginsShowsWhyALibraryWasRefused) {
  const CommandResult r = kinerja({"plugins", "--format", "json", "--no-bundled-plugins",
                                   "--plugin-dir", (fixtures / "abi-major-99").string(),
                                   "--plugin-dir", (fixtures / "no-entry").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json list = json::parse(r.out);
  EXPECT_TRUE(list["plugins"].empty());
  ASSERT_EQ(list["refused"].size(), 2u);
  EXPECT_TRUE(contains(list["refused"][0]["reason"].get<std::string>(), "plugin ABI 99." + std::to_string(KINERJA_ABI_MINOR) + ", host ABI " + host_abi()));
  EXPECT_TRUE(contains(list["refused"][0]["path"].get<std::string>(), "abi-major-99"));
  EXPECT_TRUE(contains(list["refused"][1]["reason"].get<std::string>(), "no entry symbol"));
}

TEST(Cli, PluginsInfoDescribesParametersWithASampleThatValidates) {
  const CommandResult r = kinerja({"plugins", "info", "manual"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "manual 1.0.0 (ABI " + host_abi() + ")")) << r.out;
  EXPECT_TRUE(contains(r.out, "pending (object): The value is not final yet")) << r.out;
  EXPECT_TRUE(contains(r.out, "pending.reason (string, required)")) << r.out;

  // The sample, put into a config, is a valid indicator.
  const CommandResult j = kinerja({"plugins", "info", "manual", "--format", "json"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const json sample = json::parse(j.out)["sample"];
  EXPECT_EQ(sample["plugin"], "manual");
  EXPECT_EQ(sample["params"]["realisasi"], 13.51);
  TempDir dir;
  const auto config = dir.write("c.json", json{{"unit", "U"}, {"year", 2024},
      {"sasaran", {{{"id", "S"}, {"name", "S"}, {"indicators", {sample}}}}}}.dump());
  const CommandResult v = kinerja({"validate", config.string()});
  EXPECT_EQ(v.exit_code, 0) << v.err;
}

// Every string in `value` that looks like a file name: the sample's inputs.
void collect_files(const json& value, std::vector<std::string>& files) {
  if (value.is_string()) {
    const std::string s = value;
    if (s.size() > 4 && (s.ends_with(".csv") || s.ends_with(".json") || s.ends_with(".xlsx"))) files.push_back(s);
  }
  for (const auto& item : value) {
    if (value.is_structured()) collect_files(item, files);
  }
}

// A workbook whose first sheet holds only `header` (comma-separated), made
// with Debian's openpyxl (scripts/install-deps.sh --test installs it).
void write_xlsx_header(const std::filesystem::path& path, const std::string& header) {
  std::filesystem::create_directories(path.parent_path());
  const CommandResult r = testing::run_command(
      {"/usr/bin/python3", "-c",
       "import sys, openpyxl\nb = openpyxl.Workbook()\nb.active.append(sys.argv[2].split(','))\nb.save(sys.argv[1])",
       path.string(), header});
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

TEST(Cli, EveryBundledPluginsSampleIndicatorValidates) {
  const CommandResult list = kinerja({"plugins", "--format", "json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const json plugins = json::parse(list.out)["plugins"];
  ASSERT_FALSE(plugins.empty());
  for (const auto& plugin : plugins) {
    const std::string name = plugin["name"];
    const CommandResult info = kinerja({"plugins", "info", name, "--format", "json"});
    ASSERT_EQ(info.exit_code, 0) << name << ": " << info.err;
    const json sample = json::parse(info.out)["sample"];
    TempDir dir;
    std::vector<std::string> files;
    collect_files(sample["params"], files);
    // Present, with a header naming every default column a bundled plugin
    // reads, since a plugin may check the header of its input.
    const std::string header =
        "nomor,tanggal_diterima,tanggal_dijawab,jenis_informasi,perpanjangan,tanggal,kanal,media,judul,sentimen,"
        "nomor_tracking,status,tanggal_tindak_lanjut,tanggal_selesai,kategori,unit,rating,tanggal laporan,"
        "U1,U2,U3,U4,U5,U6,U7,U8,U9";
    for (const auto& file : files) {
      if (file.ends_with(".xlsx")) {
        write_xlsx_header(dir.path() / file, header);
      } else {
        dir.write(file, file.ends_with(".csv") ? header + "\n" : "{}");
      }
    }
    const auto config = dir.write("c.json", json{{"unit", "U"}, {"year", 2023},
        {"sasaran", {{{"id", "S"}, {"name", "S"}, {"indicators", {sample}}}}}}.dump());
    const CommandResult v = kinerja({"validate", config.string()});
    EXPECT_EQ(v.exit_code, 0) << name << "'s sample does not validate:\n" << sample.dump(2) << "\n" << v.err;
  }
}

TEST(Cli, PluginsInfoOfAnUnknownPluginSuggests) {
  const CommandResult r = kinerja({"plugins", "info", "manul"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "did you mean 'manual'")) << r.err;
  EXPECT_EQ(kinerja({"plugins", "list", "x"}).exit_code, 2);
}

TEST(Cli, TestCasesRunsGoldenCasesAndReportsFailures) {
  const CommandResult pass = kinerja({"test-cases", (source_dir / "plugins" / "manual" / "testcases").string()});
  EXPECT_EQ(pass.exit_code, 0) << pass.out << pass.err;
  EXPECT_TRUE(contains(pass.out, "PASS ")) << pass.out;
  EXPECT_TRUE(contains(pass.out, " 0 failed")) << pass.out;

  TempDir dir;
  dir.write("wrong/config.json", R"({"unit": "U", "year": 2023, "sasaran": [{"id": "S", "name": "S", "indicators": [
      {"id": "A", "name": "A", "plugin": "manual", "target": ">= 80", "params": {"realisasi": 88}}]}]})");
  dir.write("wrong/expected.json", R"({"result": {"capaian": 111}})");
  const CommandResult fail = kinerja({"test-cases", dir.path().string()});
  EXPECT_EQ(fail.exit_code, 1);
  EXPECT_TRUE(contains(fail.out, "FAIL ")) << fail.out;
  EXPECT_TRUE(contains(fail.out, "/capaian: expected 111, found 110")) << fail.out;
  EXPECT_TRUE(contains(fail.out, "0 passed, 1 failed")) << fail.out;
}

TEST(Cli, PluginPathVariableIsSearched) {
  const CommandResult r = kinerja({"plugins", "--format", "json", "--no-bundled-plugins"},
                                  {"KINERJA_PLUGIN_PATH=" + (fixtures / "good").string() + ":" + (fixtures / "c-plugin").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json list = json::parse(r.out);
  ASSERT_EQ(list["plugins"].size(), 2u);
  EXPECT_EQ(list["plugins"][0]["name"], "fixture");
  EXPECT_EQ(list["plugins"][1]["name"], "c-fixture");
}

TEST(Cli, TheWorkingDirectoryIsNeverSearched) {
  TempDir dir;
  std::filesystem::copy_file(fixtures / "good" / "kinerja-fixture.so", dir.path() / "kinerja-fixture.so");
  const CommandResult r = kinerja({"plugins", "--format", "json", "--no-bundled-plugins"}, {}, dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(json::parse(r.out)["plugins"].empty()) << r.out;
}

TEST(Cli, PluginDirThatDoesNotExistIsAUsageError) {
  const CommandResult r = kinerja({"plugins", "--plugin-dir", "/no/such/folder"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "/no/such/folder")) << r.err;
}

}  // namespace
}  // namespace kinerja
