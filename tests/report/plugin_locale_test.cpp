// Tests of plugin_locale.cpp: a plugin's report words read from its data
// folder, every wrong shape refused with the file and the JSON path, and
// the lookup along the plugin folders.
#include "plugin_locale.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "diagnostics.hpp"
#include "temp_dir.hpp"

namespace kinerja::report {
namespace {

using ::testing::HasSubstr;
using kinerja::testing::TempDir;

std::string refusal(const std::string& text) {
  TempDir dir;
  const auto path = dir.write("id.json", text);
  try {
    PluginLocale::load(path);
  } catch (const FileError& e) {
    const std::string what = e.what();
    return what.substr(what.find("id.json"));
  }
  return "(accepted)";
}

TEST(PluginLocale, ReadsMeasuresFieldsAndValues) {
  TempDir dir;
  const auto path = dir.write("id.json", R"(// comments are allowed
{
  "measures": {"mean_days": {"label": "Rata-rata waktu", "definition": "Hari kerja dari diterima sampai dijawab.",
                             "formula": "Σ hari kerja / Σ permohonan"}},
  "fields": {"mean_days": {"label": "Rata-rata", "unit": "hari kerja"}, "months": "Rincian per bulan",
             "input.sources": {"hidden": true}},
  "values": {"method": {"pooled": "gabungan"}}
})");
  const PluginLocale locale = PluginLocale::load(path);
  ASSERT_NE(locale.measure("mean_days"), nullptr);
  EXPECT_EQ(locale.measure("mean_days")->formula, "Σ hari kerja / Σ permohonan");
  EXPECT_EQ(locale.measure("on_time_share"), nullptr);
  ASSERT_NE(locale.field("mean_days"), nullptr);
  EXPECT_EQ(locale.field("mean_days")->unit, "hari kerja");
  EXPECT_EQ(locale.field("months")->label, "Rincian per bulan");
  EXPECT_TRUE(locale.hidden("input.sources"));
  EXPECT_TRUE(locale.hidden("input.sources.0.file"));  // beneath a hidden key
  EXPECT_FALSE(locale.hidden("input.rows"));
  EXPECT_FALSE(locale.hidden("input"));
  ASSERT_NE(locale.value("method", "pooled"), nullptr);
  EXPECT_EQ(*locale.value("method", "pooled"), "gabungan");
  EXPECT_EQ(locale.value("method", "mean_of_months"), nullptr);
}

TEST(PluginLocale, RefusesWhatIsNotItsShapeWithThePath) {
  EXPECT_EQ(refusal("[]"), "id.json: (top): expected an object with \"measures\", \"fields\" and \"values\"");
  EXPECT_EQ(refusal(R"({"field": {}})"), "id.json: /field: unknown key (expected measures, fields, values)");
  EXPECT_EQ(refusal(R"({"fields": []})"), "id.json: /fields: expected an object: breakdown key -> heading");
  EXPECT_EQ(refusal(R"({"fields": {"a.b": 3}})"),
            "id.json: /fields/a.b: expected a heading (a string) or {\"label\", \"unit\"} or {\"hidden\": true}");
  EXPECT_EQ(refusal(R"({"fields": {"a": {"unit": "%"}}})"), "id.json: /fields/a: expected a \"label\" (or \"hidden\": true)");
  EXPECT_EQ(refusal(R"({"fields": {"a": {"label": "A", "units": "%"}}})"),
            "id.json: /fields/a/units: unknown key (expected label, unit, hidden)");
  EXPECT_EQ(refusal(R"({"fields": {"a": {"hidden": "yes"}}})"), "id.json: /fields/a/hidden: expected true or false");
  EXPECT_EQ(refusal(R"({"fields": {"a/b": {"label": 1}}})"), "id.json: /fields/a~1b/label: expected a string");
  EXPECT_EQ(refusal(R"({"values": {"method": {"pooled": 1}}})"), "id.json: /values/method/pooled: expected the words as a string");
  EXPECT_EQ(refusal(R"({"measures": {"m": {"label": "M", "rumus": "x"}}})"),
            "id.json: /measures/m/rumus: unknown key (expected label, definition, formula)");
  EXPECT_THAT(refusal("{\"fields\": {\n  \"a\": \"A\",\n}}"), HasSubstr("id.json:3"));  // a syntax error names its line
}

TEST(PluginLocales, TheFirstFolderWithTheFileWinsAndAPluginWithoutOneHasNone) {
  TempDir dir;
  dir.write("own/ppid/locale/id.json", R"({"fields": {"mean_days": "Milik unit"}})");
  dir.write("bundled/ppid/locale/id.json", R"({"fields": {"mean_days": "Bawaan"}})");
  dir.write("bundled/ppid/locale/en.json", R"({"fields": {"mean_days": "Mean"}})");
  const std::vector<std::filesystem::path> folders = {dir.path() / "own", dir.path() / "bundled"};
  const PluginLocales id = PluginLocales::find({"ppid", "manual", "../ppid"}, folders, Language::id);
  ASSERT_NE(id.of("ppid"), nullptr);
  EXPECT_EQ(id.of("ppid")->field("mean_days")->label, "Milik unit");
  EXPECT_EQ(id.of("manual"), nullptr);
  EXPECT_EQ(id.of("../ppid"), nullptr);  // a name from an edited result is no path
  const PluginLocales en = PluginLocales::find({"ppid"}, folders, Language::en);
  EXPECT_EQ(en.of("ppid")->field("mean_days")->label, "Mean");
}

}  // namespace
}  // namespace kinerja::report
