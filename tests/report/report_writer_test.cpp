#include "report_writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "diagnostics.hpp"
#include "sample_result.hpp"
#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja::report {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

ReportOptions options_for(const fs::path& out_dir, const std::string& formats) {
  ReportOptions options;
  options.out_dir = out_dir;
  options.formats = parse_formats(formats);
  options.installed_templates = fs::path(KINERJA_SOURCE_DIR) / "core/report/templates";
  return options;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(ReportWriter, ParsesAnySubsetOfTheFormatsOnce) {
  EXPECT_THAT(parse_formats("html,xlsx,md,csv,json"),
              ElementsAre(Format::html, Format::xlsx, Format::markdown, Format::csv, Format::result_json));
  EXPECT_THAT(parse_formats("csv,csv,md"), ElementsAre(Format::csv, Format::markdown));
}

TEST(ReportWriter, RefusesAnUnknownOrEmptyFormat) {
  EXPECT_THROW(parse_formats("pdf"), std::invalid_argument);
  EXPECT_THROW(parse_formats("html,"), std::invalid_argument);
  EXPECT_THROW(parse_formats(""), std::invalid_argument);
  try {
    parse_formats("html,docx");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_THAT(e.what(), HasSubstr("'docx'"));
    EXPECT_THAT(e.what(), HasSubstr("html, xlsx, md, csv, json"));
  }
}

TEST(ReportWriter, WritesOneFilePerFormatIntoANewFolder) {
  kinerja::testing::TempDir dir;
  const fs::path out = dir.path() / "laporan" / "2023";
  const auto written = write_reports(testing::sample_result(), options_for(out, "html,md,csv,json,xlsx"));
  EXPECT_EQ(written.size(), 5u);
  EXPECT_THAT(names_in(out), ElementsAre("kinerja-2023.csv", "kinerja-2023.html", "kinerja-2023.json",
                                         "kinerja-2023.md", "kinerja-2023.xlsx"));
  const auto json_back = nlohmann::json::parse(kinerja::testing::read_file(out / "kinerja-2023.json"));
  EXPECT_EQ(json_back, testing::sample_result());
}

TEST(ReportWriter, ABrokenTemplateLeavesNoFileBehind) {
  kinerja::testing::TempDir dir, own;
  own.write("report.md.mustache", "{{#unclosed}}\n");
  ReportOptions options = options_for(dir.path(), "csv,xlsx,md,html");
  options.templates = own.path();
  EXPECT_THROW(write_reports(testing::sample_result(), options), FileError);
  // Not the csv or xlsx rendered before the failure, not a temporary file.
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(ReportWriter, TheBaseNameCanBeChosen) {
  kinerja::testing::TempDir dir;
  ReportOptions options = options_for(dir.path(), "csv");
  options.basename = "lkj-humas";
  write_reports(testing::sample_result(), options);
  EXPECT_THAT(names_in(dir.path()), ElementsAre("lkj-humas.csv"));
}

TEST(ReportWriter, AnOutputFolderThatCannotBeMadeIsAnError) {
  kinerja::testing::TempDir dir;
  const fs::path file = dir.write("not-a-folder", "x");
  try {
    write_reports(testing::sample_result(), options_for(file / "sub", "csv"));
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), HasSubstr("not-a-folder"));
  }
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(ReportWriter, AFailedRunRemovesTheFolderItMade) {
  kinerja::testing::TempDir dir, own;
  own.write("report.html.mustache", "{{#unclosed}}\n");
  ReportOptions options = options_for(dir.path() / "new" , "csv,html");
  options.templates = own.path();
  EXPECT_THROW(write_reports(testing::sample_result(), options), FileError);
  EXPECT_FALSE(fs::exists(dir.path() / "new"));
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(ReportWriter, AFailedRunRemovesEveryFolderItMade) {
  kinerja::testing::TempDir dir, own;
  own.write("report.md.mustache", "{{#unclosed}}\n");
  ReportOptions options = options_for(dir.path() / "a" / "b" / "c", "md");
  options.templates = own.path();
  EXPECT_THROW(write_reports(testing::sample_result(), options), FileError);
  EXPECT_FALSE(fs::exists(dir.path() / "a"));
}

TEST(ReportWriter, AResultOfTheWrongShapeIsAResultErrorNamingThePath) {
  kinerja::testing::TempDir dir;
  nlohmann::json result = testing::sample_result();
  result["summary"]["indicators"] = "tiga";
  try {
    write_reports(result, options_for(dir.path() / "out", "md"));
    FAIL() << "expected ResultError";
  } catch (const ResultError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/summary/indicators"));
  }
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST(ReportWriter, ABadChartInAResultIsNamedByItsFullPath) {
  kinerja::testing::TempDir dir;
  nlohmann::json result = testing::sample_result();
  result["sasaran"][0]["indicators"][0]["charts"][0]["type"] = "pie";
  try {
    write_reports(result, options_for(dir.path(), "html"));
    FAIL() << "expected ResultError";
  } catch (const ResultError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/sasaran/0/indicators/0/charts/0/type"));
  }
}

TEST(ReportWriter, AnEndlessRenstraPlanIsRefusedNotRendered) {
  kinerja::testing::TempDir dir;
  nlohmann::json result = testing::sample_result();
  result["renstra"]["to"] = 2000000000;
  EXPECT_THROW(write_reports(result, options_for(dir.path(), "md")), ResultError);
}

}  // namespace
}  // namespace kinerja::report
