#include "render_templates.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "diagnostics.hpp"
#include "report_builder.hpp"
#include "sample_result.hpp"
#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path installed = std::filesystem::path(KINERJA_SOURCE_DIR) / "core/report/templates";

ReportModel sample_model(Language language) {
  const TemplateFolder templates(installed, language);
  return build_report(testing::sample_result(), templates.labels());
}

TEST(RenderTemplates, HtmlIsOneSelfContainedDocument) {
  const TemplateFolder templates(installed, Language::id);
  const std::string html = render_html(sample_model(Language::id), templates);
  EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("<html lang=\"id\">"));
  EXPECT_THAT(html, HasSubstr("<style>"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, Not(HasSubstr("src=")));
  EXPECT_THAT(html, Not(HasSubstr("href=")));
  EXPECT_THAT(html, HasSubstr("(*) dalam proses penilaian APIP"));
  EXPECT_THAT(html, HasSubstr("<svg"));
  EXPECT_THAT(html, HasSubstr("id=\"table-capaian\""));
  // No tag is left for the template engine.
  EXPECT_THAT(html, Not(HasSubstr("{{")));
}

TEST(RenderTemplates, EveryValueFromDataIsEscapedInHtml) {
  const TemplateFolder templates(installed, Language::id);
  const std::string html = render_html(sample_model(Language::id), templates);
  EXPECT_THAT(html, HasSubstr("Sentimen negatif | &lt;b&gt;berita&lt;/b&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<b>berita</b>")));
  EXPECT_THAT(html, HasSubstr("Biro &lt;Humas&gt; &amp; &quot;Kawan&quot;"));
  EXPECT_THAT(html, HasSubstr("Ditambahkan &lt;i&gt;tengah&lt;/i&gt; tahun"));
  EXPECT_THAT(html, HasSubstr("=HYPERLINK(&quot;http://x&quot;)"));
}

TEST(RenderTemplates, MarkdownEscapesMarkupAndCellBreaks) {
  const TemplateFolder templates(installed, Language::id);
  const std::string md = render_markdown(sample_model(Language::id), templates);
  EXPECT_THAT(md, HasSubstr("# Laporan Kinerja Biro \\<Humas\\> \\& \"Kawan\" Tahun 2023"));
  EXPECT_THAT(md, HasSubstr("Sentimen negatif \\| \\<b\\>berita\\</b\\>"));
  EXPECT_THAT(md, HasSubstr("| 13,51% | 132% |"));
  EXPECT_THAT(md, HasSubstr("(\\*) dalam proses penilaian APIP"));
  EXPECT_THAT(md, Not(HasSubstr("<b>")));
}

TEST(RenderTemplates, EnglishTemplatesAndNumbers) {
  const TemplateFolder templates(installed, Language::en);
  const std::string html = render_html(sample_model(Language::en), templates);
  EXPECT_THAT(html, HasSubstr("<html lang=\"en\">"));
  EXPECT_THAT(html, HasSubstr("13.51%"));
  EXPECT_THAT(html, HasSubstr("Achievement of the Unit"));
}

TEST(RenderTemplates, AUnitsOwnFolderOverridesSomeFilesAndInheritsTheRest) {
  kinerja::testing::TempDir own;
  own.write("report.md.mustache", "Unit kami: {{unit}} capaian {{facts.capaian}}\n");
  const TemplateFolder templates(installed, Language::id, own.path());
  EXPECT_EQ(render_markdown(sample_model(Language::id), templates),
            "Unit kami: Biro \\<Humas\\> \\& \"Kawan\" capaian 111%\n");
  // The HTML template was not overridden: the installed one is used.
  EXPECT_THAT(render_html(sample_model(Language::id), templates), HasSubstr("<!DOCTYPE html>"));
}

TEST(RenderTemplates, ATemplateThatDoesNotParseNamesItsFile) {
  kinerja::testing::TempDir own;
  const auto path = own.write("report.html.mustache", "<p>{{#indicators}}unclosed</p>\n");
  const TemplateFolder templates(installed, Language::id, own.path());
  try {
    render_html(sample_model(Language::id), templates);
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), HasSubstr(path.string()));
  }
}

TEST(RenderTemplates, AMissingTemplateSaysWhereItLooked) {
  kinerja::testing::TempDir empty;
  const TemplateFolder templates(empty.path(), Language::id);
  try {
    templates.find("report.html.mustache");
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), HasSubstr("report.html.mustache"));
    EXPECT_THAT(e.what(), HasSubstr((empty.path() / "id").string()));
  }
}

TEST(RenderTemplates, LabelsThatAreNotStringsAreRefusedWithTheKey) {
  kinerja::testing::TempDir own;
  own.write("labels.json", R"({"col.target": 5})");
  const TemplateFolder templates(installed, Language::id, own.path());
  try {
    templates.labels();
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/col.target"));
    EXPECT_THAT(e.what(), HasSubstr("labels.json"));
  }
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(RenderTemplates, ABrokenPartialIsNamedNotTheTemplateThatUsesIt) {
  kinerja::testing::TempDir own;
  const auto path = own.write("table.md.mustache", "{{#rows}}never closed\n");
  const TemplateFolder templates(installed, Language::id, own.path());
  try {
    render_markdown(sample_model(Language::id), templates);
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), HasSubstr(path.string()));
  }
}

TEST(RenderTemplates, AUnitsLabelsNeedOnlyTheWordsItChanges) {
  kinerja::testing::TempDir own;
  own.write("labels.json", R"({"col.target": "Sasaran angka"})");
  const Labels labels = TemplateFolder(installed, Language::id, own.path()).labels();
  EXPECT_EQ(labels("col.target"), "Sasaran angka");  // the unit's
  EXPECT_EQ(labels("col.realisasi"), "Realisasi");   // the installed one
}

}  // namespace
}  // namespace kinerja::report

namespace kinerja::report {
namespace {

TEST(RenderTemplates, AValueAtTheStartOfALineOpensNoMarkdownBlock) {
  nlohmann::json result = testing::sample_result();
  result["organisation"] = "  - 1. ~~Kementerian~~";
  result["sasaran"][0]["indicators"][0]["warnings"] = {"--- dan +1 lagi", "2023. tahun", "-0,22 tetap angka"};
  const TemplateFolder templates(installed, Language::id);
  const std::string md = render_markdown(build_report(result, templates.labels()), templates);
  EXPECT_THAT(md, HasSubstr("\n\\- 1. \\~\\~Kementerian\\~\\~\n"));  // not a list, not struck through
  EXPECT_THAT(md, HasSubstr("- \\--- dan +1 lagi"));                          // the warning is one list item
  EXPECT_THAT(md, HasSubstr("- 2023\\. tahun"));                              // not a numbered list
  EXPECT_THAT(md, HasSubstr("- -0,22 tetap angka"));                           // a number stays as written
}

}  // namespace
}  // namespace kinerja::report
