// Section C of every bundled plugin's golden results, in both languages:
// each breakdown field the report shows has a heading from the plugin's
// locale (no raw key), and no cell shows an absolute path. The results
// are made by running `kinerja evaluate` on each golden case's config.
#include <filesystem>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "json_file.hpp"
#include "kinerja_test_paths.hpp"
#include "plugin_locale.hpp"
#include "render_templates.hpp"
#include "report_builder.hpp"
#include "run_command.hpp"

namespace kinerja::report {
namespace {

namespace fs = std::filesystem;

// The golden cases whose evaluation gives a result (exit 0 or 1).
std::vector<fs::path> golden_configs() {
  std::vector<fs::path> out;
  for (const auto& plugin : fs::directory_iterator(fs::path(KINERJA_SOURCE_DIR) / "plugins")) {
    if (!fs::is_directory(plugin.path() / "testcases")) continue;
    for (const auto& c : fs::directory_iterator(plugin.path() / "testcases")) {
      if (fs::is_regular_file(c.path() / "config.json")) out.push_back(c.path() / "config.json");
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string case_name(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().parent_path().parent_path().filename().string() + "_" +
                     info.param.parent_path().filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class GoldenLabels : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenLabels, SectionCShowsNoRawKeyAndNoPath) {
  const auto run = kinerja::testing::run_command({KINERJA_EXE, "evaluate", GetParam().string()});
  if (run.exit_code != 0 && run.exit_code != 1) GTEST_SKIP() << "no result (exit " << run.exit_code << ")";
  const json result = json::parse(run.out);
  std::vector<std::string> plugins;
  std::set<std::string> with_measure;
  for (const auto& s : result.at("sasaran")) {
    for (const auto& i : s.at("indicators")) {
      plugins.push_back(i.at("plugin").get<std::string>());
      if (i.contains("measure")) with_measure.insert(i.at("id").get<std::string>());
    }
  }
  for (const Language language : {Language::id, Language::en}) {
    const TemplateFolder templates(TemplateFolder::installed_dir(), language, std::nullopt);
    const PluginLocales locales = PluginLocales::find(plugins, {KINERJA_BUNDLED_PLUGIN_DIR}, language);
    const ReportModel model = build_report(result, templates.labels(), locales);
    for (const auto& section : model.indicators) {
      const std::string where = section.id + " (" + section.plugin + ", " + (language == Language::id ? "id" : "en") + ")";
      EXPECT_THAT(section.unlabelled, ::testing::IsEmpty()) << where;
      for (const auto& table : section.tables) {
        for (const auto& row : table.rows) {
          for (const auto& cell : row) {
            EXPECT_FALSE(!cell.text.empty() && cell.text[0] == '/') << where << ": " << table.id << ": " << cell.text;
          }
        }
      }
      if (with_measure.count(section.id) != 0) {
        EXPECT_NE(section.facts.count("measure_definition"), 0u) << where << ": the locale defines no measure";
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(PluginTestcases, GoldenLabels, ::testing::ValuesIn(golden_configs()), case_name);

// What a report prints from a bundled data file (a regulation's "source")
// is read in every unit's report: it names no unit. Comments may.
void expect_no_unit_named(const json& value, const std::string& where) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    for (const char* unit : {"Biro Humas", "Biro Hubungan Masyarakat", "Kementerian Sosial", "Kemensos"}) {
      EXPECT_EQ(text.find(unit), std::string::npos) << where << ": " << text;
    }
  } else if (value.is_structured()) {
    for (const auto& [key, item] : value.items()) expect_no_unit_named(item, where + "/" + key);
  }
}

TEST(BundledData, RegulationFilesNameNoUnit) {
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(KINERJA_SOURCE_DIR) / "plugins")) {
    const fs::path& path = entry.path();
    if (path.extension() != ".json" || path.parent_path().filename() == "locale") continue;
    if (path.string().find("/data/") == std::string::npos) continue;
    expect_no_unit_named(read_json_file(path), path.string());
    ++files;
  }
  EXPECT_GE(files, 4u);  // ikm, ipp, ombudsman, sakip and the calendars
}

}  // namespace
}  // namespace kinerja::report
