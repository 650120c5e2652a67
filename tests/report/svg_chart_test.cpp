// Tests of core/report/svg_chart.hpp: every chart of the report as
// self-contained, escaped, well-formed SVG with the language's numbers.
#include "svg_chart.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <limits>
#include <regex>
#include <string>
#include <vector>

#include "run_command.hpp"
#include "temp_dir.hpp"

namespace kinerja::report {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

constexpr auto null = std::nullopt;

Chart chart_of(ChartKind kind, std::vector<std::string> categories, std::vector<ChartSeries> series) {
  Chart c;
  c.id = "test";
  c.title = "Uji";
  c.kind = kind;
  c.categories = std::move(categories);
  c.series = std::move(series);
  return c;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The text of every element with class `cls`, in order.
std::vector<std::string> texts_of(const std::string& svg, const std::string& cls) {
  std::vector<std::string> found;
  const std::regex pattern("class=\"" + cls + "\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), pattern); it != std::sregex_iterator(); ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// "" when `svg` parses as XML, else the parser's complaint.
std::string xml_problem(const std::string& svg) {
  if (!std::filesystem::exists("/usr/bin/python3")) return "";  // checked where python3 exists
  kinerja::testing::TempDir dir;
  const auto file = dir.write("chart.svg", svg);
  const auto run = kinerja::testing::run_command(
      {"/usr/bin/python3", "-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", file.string()});
  return run.exit_code == 0 ? "" : run.err + run.out;
}

// What every rendered chart must be, whatever its data.
void expect_sound(const std::string& svg) {
  EXPECT_THAT(svg, StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  // "nan" or "inf" as a word of its own (not inside "Penanganan"), or "∞".
  EXPECT_FALSE(std::regex_search(lower(svg), std::regex("(^|[^a-z])(nan|inf)"))) << svg;
  EXPECT_THAT(svg, Not(HasSubstr("\u221E")));
  EXPECT_THAT(lower(svg), Not(HasSubstr("<script")));
  EXPECT_THAT(svg, Not(HasSubstr("href")));
  EXPECT_THAT(svg, Not(HasSubstr("url(")));
  EXPECT_EQ(xml_problem(svg), "") << svg;
}

TEST(SvgChart, IsSelfContainedAndLabelledByItsTitle) {
  Chart c = chart_of(ChartKind::bar, {"a"}, {{"s", {1.0}}});
  c.id = "nrr-per-unsur";
  const std::string svg = render_svg(c, Language::id);
  expect_sound(svg);
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
  EXPECT_THAT(svg, HasSubstr("viewBox=\"0 0 640 "));
  EXPECT_THAT(svg, HasSubstr("id=\"chart-nrr-per-unsur\""));
  EXPECT_THAT(svg, HasSubstr("aria-labelledby=\"chart-nrr-per-unsur-title\""));
  EXPECT_THAT(svg, HasSubstr("<title id=\"chart-nrr-per-unsur-title\">Uji</title>"));
}

TEST(SvgChart, AGivenElementIdIsUsedAndMadeSafe) {
  const Chart c = chart_of(ChartKind::bar, {"a"}, {{"s", {1.0}}});
  EXPECT_THAT(render_svg(c, Language::id, "IKK1-monthly"), HasSubstr("aria-labelledby=\"IKK1-monthly-title\""));
  const std::string svg = render_svg(c, Language::id, "1 \"x\"");
  EXPECT_THAT(svg, HasSubstr("id=\"chart-1--x-\""));
  expect_sound(svg);
}

TEST(SvgChart, BarsAreGroupedOnePerValueAndNullIsAGap) {
  const Chart c = chart_of(ChartKind::bar, {"Jan", "Feb", "Mar"},
                           {{"permohonan", {4.0, null, 7.0}}, {"selesai", {3.0, 5.0, 6.0}}});
  const std::string svg = render_svg(c, Language::id);
  expect_sound(svg);
  EXPECT_EQ(count(svg, "class=\"bar\""), 5u);
  EXPECT_EQ(count(svg, "class=\"legend-item\""), 2u);
  EXPECT_EQ(count(svg, "fill=\"#0072B2\"><title>"), 2u);  // first series, null left out
  EXPECT_EQ(count(svg, "fill=\"#E69F00\"><title>"), 3u);
  EXPECT_THAT(svg, HasSubstr("<title>selesai, Feb: 5</title>"));
  EXPECT_THAT(texts_of(svg, "category-label"), ElementsAre("Jan", "Feb", "Mar"));
}

TEST(SvgChart, OneSeriesHasNoLegend) {
  const std::string svg = render_svg(chart_of(ChartKind::bar, {"a", "b"}, {{"s", {1.0, 2.0}}}), Language::id);
  EXPECT_EQ(count(svg, "class=\"legend-item\""), 0u);
  EXPECT_EQ(count(svg, "class=\"bar\""), 2u);
}

TEST(SvgChart, BarsIncludeZeroInTheRange) {
  const std::string svg = render_svg(chart_of(ChartKind::bar, {"a", "b"}, {{"s", {50.0, 60.0}}}), Language::en);
  EXPECT_THAT(texts_of(svg, "tick-label"), Contains("0"));
  const std::string line = render_svg(chart_of(ChartKind::line, {"a", "b"}, {{"s", {50.0, 60.0}}}), Language::en);
  EXPECT_THAT(texts_of(line, "tick-label"), Not(Contains("0")));
}

TEST(SvgChart, LinesBreakAtNullAndMarkEveryValue) {
  const Chart c = chart_of(ChartKind::line, {"1", "2", "3", "4", "5", "6"},
                           {{"positif", {1.0, 2.0, null, 3.0, 4.0, null}},
                            {"negatif", {null, 5.0, null, null, null, 1.0}}});
  const std::string svg = render_svg(c, Language::id);
  expect_sound(svg);
  EXPECT_EQ(count(svg, "class=\"series-line\""), 2u);  // positif in two runs; lone negatif values get no line
  EXPECT_EQ(count(svg, "class=\"point\""), 6u);
  EXPECT_EQ(count(svg, "class=\"legend-item\""), 2u);
}

TEST(SvgChart, EscapesEveryTextFromData) {
  Chart c = chart_of(ChartKind::bar, {"<script>alert(1)</script>", "A & B"},
                     {{"x\"y'z", {1.0, 2.0}}, {"<b>", {3.0, 4.0}}});
  c.title = "<script>alert(1)</script> & Co";
  c.unit = "hari & <kerja>";
  c.reference_lines = {{"Batas <A> & \"B\"", 2.5}};
  const std::string svg = render_svg(c, Language::id);
  expect_sound(svg);
  EXPECT_THAT(svg, Not(HasSubstr("<script>")));
  EXPECT_THAT(svg, Not(HasSubstr("<b>")));
  EXPECT_THAT(svg, Not(HasSubstr("A & B")));
  EXPECT_THAT(svg, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
  EXPECT_THAT(svg, HasSubstr(">A &amp; B<"));
  EXPECT_THAT(svg, HasSubstr("x&quot;y&#39;z"));
  EXPECT_THAT(svg, HasSubstr("hari &amp; &lt;kerja&gt;"));
  EXPECT_THAT(svg, HasSubstr("Batas &lt;A&gt; &amp; &quot;B&quot;"));
}

TEST(SvgChart, XmlEscapeDropsWhatXmlForbidsAndRepairsBadUtf8) {
  EXPECT_EQ(xml_escape("a\x01" "b\tc"), "ab c");
  EXPECT_EQ(xml_escape("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(xml_escape("x\xFFy"), "x\uFFFDy");
  EXPECT_EQ(xml_escape("\xE2\x82"), "\uFFFD\uFFFD");  // cut sequence
  Chart c = chart_of(ChartKind::bar, {"\x02\xC0"}, {{"s", {1.0}}});
  expect_sound(render_svg(c, Language::id));
}

TEST(SvgChart, TickLabelsUseTheLanguagesNumbers) {
  Chart c = chart_of(ChartKind::line, {"a", "b"}, {{"s", {0.5, 2.5}}});
  EXPECT_THAT(texts_of(render_svg(c, Language::id), "tick-label"), ElementsAre("0,5", "1,0", "1,5", "2,0", "2,5"));
  EXPECT_THAT(texts_of(render_svg(c, Language::en), "tick-label"), ElementsAre("0.5", "1.0", "1.5", "2.0", "2.5"));
  c.unit = "%";
  EXPECT_THAT(texts_of(render_svg(c, Language::id), "tick-label"),
              ElementsAre("0,5%", "1,0%", "1,5%", "2,0%", "2,5%"));
  c.series[0].values = {1000.0, 5000.0};
  EXPECT_THAT(texts_of(render_svg(c, Language::id), "tick-label"), Contains("5.000%"));
}

TEST(SvgChart, OtherUnitsAreCaptionedNotSuffixed) {
  Chart c = chart_of(ChartKind::line, {"a", "b"}, {{"s", {2.0, 3.0}}});
  c.unit = "hari kerja";
  const std::string svg = render_svg(c, Language::id);
  EXPECT_THAT(texts_of(svg, "axis-unit"), ElementsAre("hari kerja"));
  EXPECT_THAT(svg, HasSubstr("<title>a: 2 hari kerja</title>"));
  for (const auto& label : texts_of(svg, "tick-label")) EXPECT_THAT(label, Not(HasSubstr("hari")));
}

TEST(SvgChart, ReferenceLinesAreDashedAndLabelled) {
  Chart c = chart_of(ChartKind::bar, {"a", "b"}, {{"capaian", {95.0, 104.0}}});
  c.reference_lines = {{"100%", 100}, {"Batas 120", 120}};
  c.unit = "%";
  const std::string svg = render_svg(c, Language::id);
  expect_sound(svg);
  EXPECT_EQ(count(svg, "class=\"reference-line\""), 2u);
  EXPECT_EQ(count(svg, "stroke-dasharray"), 2u);
  EXPECT_THAT(texts_of(svg, "reference-label"), ElementsAre("100%", "Batas 120"));
  // The auto range reaches the highest line.
  EXPECT_THAT(texts_of(svg, "tick-label"), Contains("120%"));
}

TEST(SvgChart, AGivenRangeIsKeptAndLinesOutsideItLeftOut) {
  Chart c = chart_of(ChartKind::bar, {"U1", "U2"}, {{"NRR", {3.2, 3.6}}});
  c.y_min = 1;
  c.y_max = 4;
  c.reference_lines = {{"A 3,5324", 3.5324}, {"di luar", 4.5}};
  const std::string svg = render_svg(c, Language::id);
  expect_sound(svg);
  const auto ticks = texts_of(svg, "tick-label");
  ASSERT_FALSE(ticks.empty());
  EXPECT_EQ(ticks.front(), "1,0");
  EXPECT_EQ(ticks.back(), "4,0");
  EXPECT_THAT(texts_of(svg, "reference-label"), ElementsAre("A 3,5324"));
  EXPECT_EQ(count(svg, "class=\"bar\""), 2u);
}

TEST(SvgChart, ManyOrLongCategoriesAreRotatedAndThinned) {
  std::vector<std::string> months;
  std::vector<std::optional<double>> values;
  for (int m = 1; m <= 12; ++m) {
    months.push_back("2023-" + std::string(m < 10 ? "0" : "") + std::to_string(m));
    values.push_back(m);
  }
  const std::string twelve = render_svg(chart_of(ChartKind::line, months, {{"s", values}}), Language::id);
  EXPECT_EQ(texts_of(twelve, "category-label").size(), 12u);  // all twelve months shown
  expect_sound(twelve);

  Chart unsur = chart_of(ChartKind::bar, {"Persyaratan", "Sistem, Mekanisme, dan Prosedur yang sangat panjang"},
                         {{"NRR", {3.1, 3.2}}});
  unsur.categories.resize(9, "Penanganan Pengaduan, Saran dan Masukan");
  unsur.series[0].values.resize(9, 3.0);
  const std::string rotated = render_svg(unsur, Language::id);
  EXPECT_THAT(rotated, HasSubstr("transform=\"rotate(-45 "));
  EXPECT_THAT(rotated, HasSubstr("<title>Sistem, Mekanisme, dan Prosedur yang sangat panjang</title>"));
  expect_sound(rotated);

  std::vector<std::string> days(365, "hari");
  const std::string dense =
      render_svg(chart_of(ChartKind::line, days, {{"s", std::vector<std::optional<double>>(365, 1.0)}}), Language::id);
  EXPECT_LT(texts_of(dense, "category-label").size(), 60u);
  EXPECT_GT(texts_of(dense, "category-label").size(), 10u);
  expect_sound(dense);
}

TEST(SvgChart, EdgeCasesGiveNoNanOrInfinity) {
  const double big = std::numeric_limits<double>::max();
  const std::vector<Chart> cases{
      chart_of(ChartKind::bar, {"a", "b"}, {{"s", {null, null}}}),
      chart_of(ChartKind::line, {"a", "b"}, {{"s", {null, null}}, {"t", {null, null}}}),
      chart_of(ChartKind::bar, {"only"}, {{"s", {42.0}}}),
      chart_of(ChartKind::line, {"only"}, {{"s", {42.0}}}),
      chart_of(ChartKind::bar, {"a", "b", "c"}, {{"s", {-5.0, 3.0, -0.5}}}),
      chart_of(ChartKind::line, {"a", "b"}, {{"s", {-7.0, -7.0}}}),
      chart_of(ChartKind::line, {"a", "b"}, {{"s", {7.0, 7.0}}}),
      chart_of(ChartKind::bar, {"a", "b"}, {{"s", {0.0, 0.0}}}),
      chart_of(ChartKind::line, {"a", "b"}, {{"s", {0.0, 0.0}}}),
      chart_of(ChartKind::line, {"a", "b"}, {{"s", {1e-300, 2e-300}}}),
      chart_of(ChartKind::bar, {"a", "b"}, {{"s", {-big, big}}}),
      chart_of(ChartKind::line, {"a", "b"}, {{"s", {std::numeric_limits<double>::quiet_NaN(), 1.0}}}),
      chart_of(ChartKind::bar, {}, {}),
      chart_of(ChartKind::line, {"a"}, {{"s", {1.0, 2.0, 3.0}}}),  // more values than categories (not validated)
  };
  for (const Chart& c : cases) {
    for (const Language language : {Language::id, Language::en}) {
      SCOPED_TRACE(to_json(c).dump());
      expect_sound(render_svg(c, language));
    }
  }
}

TEST(SvgChart, AnUnusableGivenRangeFallsBackToTheData) {
  Chart c = chart_of(ChartKind::line, {"a", "b"}, {{"s", {2.0, 3.0}}});
  c.y_min = 5;
  c.y_max = 5;
  expect_sound(render_svg(c, Language::id));
  c.y_min = 0;
  c.y_max = 1e-320;
  expect_sound(render_svg(c, Language::id));
  c.y_min = 10;  // only a minimum, above every value
  c.y_max.reset();
  expect_sound(render_svg(c, Language::id));
}

TEST(SvgChart, NoValueAtAllSaysSo) {
  const Chart c = chart_of(ChartKind::bar, {"a", "b"}, {{"s", {null, null}}});
  EXPECT_THAT(texts_of(render_svg(c, Language::id), "no-data"), ElementsAre("Tidak ada data"));
  EXPECT_THAT(texts_of(render_svg(c, Language::en), "no-data"), ElementsAre("No data"));
  EXPECT_EQ(count(render_svg(c, Language::id), "class=\"bar\""), 0u);
  const Chart some = chart_of(ChartKind::bar, {"a", "b"}, {{"s", {null, 1.0}}});
  EXPECT_EQ(count(render_svg(some, Language::id), "class=\"no-data\""), 0u);
}

TEST(SvgChart, ColoursRepeatAfterThePalette) {
  std::vector<ChartSeries> series;
  for (int i = 0; i < 8; ++i) series.push_back({"s" + std::to_string(i), {1.0}});
  const std::string svg = render_svg(chart_of(ChartKind::bar, {"a"}, series), Language::id);
  EXPECT_EQ(count(svg, "class=\"bar\""), 8u);
  EXPECT_EQ(count(svg, "fill=\"#0072B2\"><title>"), 2u);  // the first and the eighth
  EXPECT_EQ(count(svg, "class=\"legend-item\""), 8u);
  expect_sound(svg);
}

}  // namespace
}  // namespace kinerja::report
