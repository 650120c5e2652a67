// `kinerja evaluate --out-dir`: the report of the 2023 reference in every
// format against configs/biro-humas-2023/expected-report.json (written by
// hand), and the command line's refusals.
#include <algorithm>
#include <cmath>

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
namespace fs = std::filesystem;

const std::string exe = KINERJA_EXE;
const fs::path source_dir = KINERJA_SOURCE_DIR;
const fs::path reference = source_dir / "configs" / "biro-humas-2023";

CommandResult kinerja(std::vector<std::string> args) {
  args.insert(args.begin(), exe);
  return testing::run_command(args);
}

json expected() { return json::parse(testing::read_file(reference / "expected-report.json")); }

void expect_contains_all(const std::string& text, const json& parts, const std::string& what) {
  for (const auto& part : parts) {
    EXPECT_NE(text.find(part.get<std::string>()), std::string::npos) << what << " lacks: " << part.get<std::string>();
  }
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  if (!fs::exists(dir)) return names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

class ReferenceReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    run_ = new CommandResult(kinerja({"evaluate", (reference / "config.json").string(), "--out-dir",
                                      dir_->path().string(), "--format", "html,xlsx,md,csv,json"}));
  }
  static void TearDownTestSuite() {
    delete run_;
    delete dir_;
  }
  static fs::path file(const std::string& ext) { return dir_->path() / ("kinerja-2023." + ext); }

  static TempDir* dir_;
  static CommandResult* run_;
};
TempDir* ReferenceReport::dir_ = nullptr;
CommandResult* ReferenceReport::run_ = nullptr;

TEST_F(ReferenceReport, WritesEveryFormatAndPrintsTheirPaths) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  for (const std::string ext : {"html", "xlsx", "md", "csv", "json"}) {
    EXPECT_TRUE(fs::is_regular_file(file(ext))) << ext;
    EXPECT_NE(run_->out.find(file(ext).string()), std::string::npos) << ext;
  }
}

TEST_F(ReferenceReport, MarkdownHasTheChapterTables) {
  expect_contains_all(testing::read_file(file("md")), expected()["markdown"], "markdown");
}

TEST_F(ReferenceReport, HtmlHasTheTablesAndCharts) {
  expect_contains_all(testing::read_file(file("html")), expected()["html"], "html");
}

TEST_F(ReferenceReport, CsvHasOneRowPerIndicator) {
  const std::string csv = testing::read_file(file("csv"));
  expect_contains_all(csv, expected()["csv"], "csv");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 9);  // the header and eight indicators
}

TEST_F(ReferenceReport, TheJsonIsTheResult) {
  const json result = json::parse(testing::read_file(file("json")));
  EXPECT_EQ(result["format"], 1);
  EXPECT_EQ(result["sasaran"].size(), 2u);
}

TEST_F(ReferenceReport, XlsxReadBackByOpenpyxlHasTheNumbersAsNumbers) {
  const fs::path reader = source_dir / "tests" / "report" / "read_xlsx.py";
  const CommandResult read = testing::run_command({"/usr/bin/python3", reader.string(), file("xlsx").string()});
  ASSERT_EQ(read.exit_code, 0) << read.err;
  const json book = json::parse(read.out);
  for (const auto& want : expected()["xlsx"]) {
    bool found = false;
    for (const auto& sheet : book["sheets"]) {
      for (const auto& cell : sheet["cells"]) {
        EXPECT_NE(cell["type"], "f") << sheet["name"] << "!" << cell["ref"] << " is a formula";
        if (want.contains("text")) {
          found = found || (cell["type"] == "s" && cell["value"] == want["text"]);
        } else if (cell["type"] == "n" && cell["value"].is_number() &&
                   std::abs(cell["value"].get<double>() - want["value"].get<double>()) <=
                       1e-9 * std::abs(want["value"].get<double>())) {
          found = found || cell["number_format"] == want["number_format"];
        }
      }
    }
    EXPECT_TRUE(found) << "no cell " << want.dump();
  }
}

TEST(ReportCli, EnglishOnRequest) {
  TempDir dir;
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", dir.path().string(),
                          "--format", "md", "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_contains_all(testing::read_file(dir.path() / "kinerja-2023.md"), expected()["english"], "english");
}

TEST(ReportCli, AnUnknownFormatIsAUsageErrorAndWritesNothing) {
  TempDir dir;
  const fs::path out = dir.path() / "out";
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", out.string(), "--format",
                          "html,pdf"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("'pdf'"), std::string::npos) << r.err;
  EXPECT_TRUE(names_in(out).empty());
}

TEST(ReportCli, ReportOptionsNeedAnOutputFolder) {
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--format", "html"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format needs --out-dir"), std::string::npos) << r.err;
}

TEST(ReportCli, AnUnknownLanguageIsAUsageError) {
  TempDir dir;
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", dir.path().string(),
                          "--lang", "fr"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("fr"), std::string::npos) << r.err;
}

TEST(ReportCli, ABrokenTemplateFailsWithItsNameAndLeavesNoFile) {
  TempDir dir, own;
  const fs::path bad = own.write("report.html.mustache", "{{#indicators}}never closed\n");
  const fs::path out = dir.path() / "out";
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", out.string(), "--format",
                          "csv,md,html", "--templates", own.path().string()});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find(bad.string()), std::string::npos) << r.err;
  EXPECT_TRUE(names_in(out).empty());
}

}  // namespace
}  // namespace kinerja

namespace kinerja {
namespace {

TEST(ReportCommand, TheReportOfASavedResultIsTheSameAsEvaluatesOwn) {
  TempDir first, again;
  ASSERT_EQ(kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", first.path().string(),
                     "--format", "json,md,csv"})
                .exit_code,
            0);
  const auto r = kinerja({"report", (first.path() / "kinerja-2023.json").string(), "--out-dir",
                          again.path().string(), "--format", "md,csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string ext : {"md", "csv"}) {
    EXPECT_EQ(testing::read_file(again.path() / ("kinerja-2023." + ext)),
              testing::read_file(first.path() / ("kinerja-2023." + ext)))
        << ext;
  }
}

TEST(ReportCommand, RefusesAFileThatIsNotAResult) {
  TempDir dir;
  const fs::path config = reference / "config.json";  // JSON, but a config
  const auto r = kinerja({"report", config.string(), "--out-dir", (dir.path() / "out").string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("expected a kinerja result"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST(ReportCommand, NeedsAnOutputFolder) {
  const auto r = kinerja({"report", (reference / "config.json").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--out-dir"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kinerja

namespace kinerja {
namespace {

TEST(ReportCli, ANameWithAFolderIsRefused) {
  TempDir dir;
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", dir.path().string(),
                          "--name", "../elsewhere"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--name"), std::string::npos) << r.err;
}

TEST(ReportCli, WhenTheReportFailsTheResultFileIsNotWrittenEither) {
  TempDir dir, own;
  own.write("report.md.mustache", "{{#never}}\n");
  const auto r = kinerja({"evaluate", (reference / "config.json").string(), "--out",
                          (dir.path() / "result.json").string(), "--out-dir", (dir.path() / "report").string(),
                          "--format", "md", "--templates", own.path().string()});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_FALSE(fs::exists(dir.path() / "result.json"));
  EXPECT_FALSE(fs::exists(dir.path() / "report"));
}

}  // namespace
}  // namespace kinerja

namespace kinerja {
namespace {

// A result edited by hand: the report says where it is wrong, exit 3, and
// writes nothing.
TEST(ReportCommand, AHandEditedResultIsRefusedWithItsPath) {
  TempDir dir;
  ASSERT_EQ(kinerja({"evaluate", (reference / "config.json").string(), "--out-dir", dir.path().string(), "--format",
                     "json"})
                .exit_code,
            0);
  json result = json::parse(testing::read_file(dir.path() / "kinerja-2023.json"));
  const std::vector<std::pair<std::string, json>> edits{
      {"/summary/indicators", "delapan"},
      {"/sasaran/1/indicators/0/history/years", json::array({json{{"year", "2022"}}})},
      {"/budget/kegiatan", json::array({json{{"name", "x"}, {"pagu_awal", "banyak"}}})},
      {"/sasaran/0/indicators/0/charts/0/type", "pie"},
      {"/renstra", json{{"name", "x"}, {"from", 0}, {"to", 2000000000}}},
      {"/format", "1"}};
  for (const auto& [pointer, value] : edits) {
    json edited = result;
    edited[json::json_pointer(pointer)] = value;
    const fs::path file = dir.write("edited.json", edited.dump());
    const fs::path out = dir.path() / "out";
    const auto r = kinerja({"report", file.string(), "--out-dir", out.string()});
    EXPECT_EQ(r.exit_code, 3) << pointer << ": " << r.err;
    EXPECT_NE(r.err.find(file.string()), std::string::npos) << r.err;
    if (pointer != "/format") {
      EXPECT_NE(r.err.find(pointer.substr(0, 8)), std::string::npos) << r.err;
    }
    EXPECT_FALSE(fs::exists(out)) << pointer;
  }
}

}  // namespace
}  // namespace kinerja
