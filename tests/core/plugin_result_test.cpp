// Tests of core/src/plugin_result.hpp: a plugin's evaluate() output is
// checked as strictly as a user's config.
#include "plugin_result.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include <kinerja/sdk/types.hpp>

namespace {

using json = nlohmann::json;
using kinerja::parse_plugin_result;
using kinerja::PluginStatus;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// The message parse_plugin_result throws for `text` ("" when it does not).
std::string refusal(const std::string& text) {
  try {
    parse_plugin_result(text);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(PluginResult, FinalWithEverything) {
  const auto r = parse_plugin_result(R"({
    "status": "final", "realisasi": 83.96, "unit": "%", "note": "dari survei",
    "breakdown": {"responden": 286, "unsur": [3.56, 3.71]},
    "warnings": ["2 baris kosong dilewati"], "inputs": ["/data/survei.csv", "/data/b.csv"]})");
  EXPECT_EQ(r.status, PluginStatus::final_value);
  ASSERT_TRUE(r.realisasi);
  EXPECT_DOUBLE_EQ(*r.realisasi, 83.96);
  EXPECT_EQ(r.unit, "%");
  EXPECT_EQ(r.note, "dari survei");
  EXPECT_FALSE(r.pending);
  EXPECT_EQ(r.breakdown, (json{{"responden", 286}, {"unsur", {3.56, 3.71}}}));
  EXPECT_EQ(r.warnings, (std::vector<std::string>{"2 baris kosong dilewati"}));
  EXPECT_EQ(r.inputs, (std::vector<std::string>{"/data/survei.csv", "/data/b.csv"}));
}

TEST(PluginResult, FinalMinimal) {
  const auto r = parse_plugin_result(R"({"status": "final", "realisasi": 0})");
  EXPECT_EQ(r.status, PluginStatus::final_value);
  ASSERT_TRUE(r.realisasi);
  EXPECT_DOUBLE_EQ(*r.realisasi, 0.0);
  EXPECT_EQ(r.unit, "");
  EXPECT_EQ(r.note, "");
  EXPECT_EQ(r.breakdown, json::object());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_TRUE(r.inputs.empty());
}

TEST(PluginResult, NegativeAndIntegerRealisasi) {
  EXPECT_DOUBLE_EQ(*parse_plugin_result(R"({"status": "final", "realisasi": -2.5})").realisasi, -2.5);
  EXPECT_DOUBLE_EQ(*parse_plugin_result(R"({"status": "final", "realisasi": 100})").realisasi, 100.0);
}

TEST(PluginResult, EmptyUnitAndNoteAreAllowed) {
  const auto r = parse_plugin_result(R"({"status": "final", "realisasi": 1, "unit": "", "note": ""})");
  EXPECT_EQ(r.unit, "");
  EXPECT_EQ(r.note, "");
}

TEST(PluginResult, BreakdownMayBeAnyJson) {
  EXPECT_EQ(parse_plugin_result(R"({"status": "missing", "breakdown": [1, 2]})").breakdown, json::array({1, 2}));
  EXPECT_EQ(parse_plugin_result(R"({"status": "missing", "breakdown": "teks"})").breakdown, json("teks"));
}

TEST(PluginResult, Pending) {
  const auto r = parse_plugin_result(
      R"({"status": "pending", "pending": {"reason": "dalam proses penilaian APIP", "provisional": 77}})");
  EXPECT_EQ(r.status, PluginStatus::pending);
  EXPECT_FALSE(r.realisasi);
  ASSERT_TRUE(r.pending);
  EXPECT_EQ(r.pending->reason, "dalam proses penilaian APIP");
  ASSERT_TRUE(r.pending->provisional);
  EXPECT_DOUBLE_EQ(*r.pending->provisional, 77.0);
}

TEST(PluginResult, PendingWithoutProvisional) {
  const auto r = parse_plugin_result(R"({"status": "pending", "pending": {"reason": "menunggu BPS"}})");
  ASSERT_TRUE(r.pending);
  EXPECT_EQ(r.pending->reason, "menunggu BPS");
  EXPECT_FALSE(r.pending->provisional);
}

TEST(PluginResult, Missing) {
  const auto r = parse_plugin_result(R"({"status": "missing", "note": "data belum tersedia"})");
  EXPECT_EQ(r.status, PluginStatus::missing);
  EXPECT_FALSE(r.realisasi);
  EXPECT_EQ(r.note, "data belum tersedia");
}

// ---------------------------------------------------------------- refusals

TEST(PluginResult, NotJson) {
  for (const std::string text : {"", "final", "{\"status\": \"final\",}", "{\"status\": \"final\"} x",
                                 "// comment\n{\"status\": \"missing\"}"}) {
    EXPECT_THAT(refusal(text), StartsWith("the plugin's result is not valid JSON: ")) << text;
  }
}

TEST(PluginResult, NumberTooLargeIsRefused) {
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1e400})"), StartsWith("the plugin's result is"));
}

TEST(PluginResult, NotAnObject) {
  EXPECT_EQ(refusal("[1, 2]"), "the plugin's result is malformed: /: expected an object, found an array");
  EXPECT_EQ(refusal("83.96"), "the plugin's result is malformed: /: expected an object, found a number");
}

TEST(PluginResult, MissingStatus) {
  EXPECT_EQ(refusal(R"({"realisasi": 1})"), "the plugin's result is malformed: /status: missing: expected a string");
}

TEST(PluginResult, UnknownStatus) {
  EXPECT_EQ(refusal(R"({"status": "done", "realisasi": 1})"),
            "the plugin's result is malformed: /status: unknown status 'done'; expected final, pending or missing");
  // Status is case-sensitive.
  EXPECT_THAT(refusal(R"({"status": "Final", "realisasi": 1})"), HasSubstr("unknown status 'Final'"));
}

TEST(PluginResult, StatusMustBeAString) {
  EXPECT_THAT(refusal(R"({"status": 1})"), HasSubstr("/status: expected a string, found a number"));
}

TEST(PluginResult, FinalNeedsRealisasi) {
  EXPECT_EQ(refusal(R"({"status": "final"})"), "the plugin's result is malformed: /realisasi: a final result needs a realisasi");
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": null})"), HasSubstr("/realisasi: a final result needs a realisasi"));
}

TEST(PluginResult, RealisasiMustBeANumber) {
  const std::string message = refusal(R"({"status": "final", "realisasi": "83,96"})");
  EXPECT_THAT(message, HasSubstr("/realisasi: expected a number, found a string"));
  // One problem, one message: not also "needs a realisasi".
  EXPECT_THAT(message, ::testing::Not(HasSubstr("a final result needs a realisasi")));
  EXPECT_THAT(refusal(R"({"status": "missing", "realisasi": true})"),
              HasSubstr("/realisasi: expected a number, found a boolean"));
}

TEST(PluginResult, PendingNeedsAReason) {
  EXPECT_EQ(refusal(R"({"status": "pending"})"),
            "the plugin's result is malformed: /pending: a pending result needs pending.reason");
  const std::string message = refusal(R"({"status": "pending", "pending": {"provisional": 77}})");
  EXPECT_THAT(message, HasSubstr("/pending/reason: missing: expected a string"));
  EXPECT_THAT(message, HasSubstr("/pending: a pending result needs pending.reason"));
}

TEST(PluginResult, PendingMustBeAnObject) {
  EXPECT_THAT(refusal(R"({"status": "pending", "pending": "APIP"})"),
              HasSubstr("/pending: expected an object, found a string"));
}

TEST(PluginResult, PendingProvisionalMustBeANumber) {
  EXPECT_THAT(refusal(R"({"status": "pending", "pending": {"reason": "x", "provisional": "77"}})"),
              HasSubstr("/pending/provisional: expected a number, found a string"));
}

TEST(PluginResult, UnknownKeyInPendingGetsSuggestion) {
  EXPECT_THAT(refusal(R"({"status": "pending", "pending": {"reason": "x", "provisonal": 77}})"),
              HasSubstr("/pending/provisonal: unknown key 'provisonal' (did you mean 'provisional'?)"));
}

TEST(PluginResult, UnknownKeyGetsSuggestion) {
  EXPECT_EQ(refusal(R"({"status": "final", "realisasi": 1, "realisai": 2})"),
            "the plugin's result is malformed: /realisai: unknown key 'realisai' (did you mean 'realisasi'?)");
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1, "warning": ["x"]})"),
              HasSubstr("/warning: unknown key 'warning' (did you mean 'warnings'?)"));
}

TEST(PluginResult, WarningsAndInputsMustBeArraysOfStrings) {
  EXPECT_THAT(refusal(R"({"status": "missing", "warnings": "x"})"), HasSubstr("/warnings: expected an array, found a string"));
  EXPECT_THAT(refusal(R"({"status": "missing", "inputs": {"a": 1}})"), HasSubstr("/inputs: expected an array, found an object"));
  EXPECT_THAT(refusal(R"({"status": "missing", "warnings": ["ok", 3]})"), HasSubstr("/warnings: expected an array of strings"));
  EXPECT_THAT(refusal(R"({"status": "missing", "inputs": [null]})"), HasSubstr("/inputs: expected an array of strings"));
}

TEST(PluginResult, UnitAndNoteMustBeStrings) {
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1, "unit": 5})"), HasSubstr("/unit: expected a string, found a number"));
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1, "note": ["a"]})"), HasSubstr("/note: expected a string, found an array"));
}

TEST(PluginResult, AllProblemsInOneMessage) {
  const std::string message = refusal(R"({"status": "final", "unit": 1, "extra": true})");
  EXPECT_THAT(message, StartsWith("the plugin's result is malformed: "));
  EXPECT_THAT(message, HasSubstr("/unit: expected a string, found a number; "));
  EXPECT_THAT(message, HasSubstr("/extra: unknown key 'extra'"));
  EXPECT_THAT(message, HasSubstr("/realisasi: a final result needs a realisasi"));
  // No trailing separator.
  EXPECT_NE(message.back(), ';');
}

// A chart as a plugin returns it, with `extra` spliced into its object.
std::string result_with_chart(const std::string& id, const std::string& extra = "") {
  return R"({"status": "final", "realisasi": 1, "charts": [{"id": ")" + id +
         R"(", "title": "Permohonan per bulan", "type": "bar", "categories": ["2023-01", "2023-02"],
            "series": [{"name": "permohonan", "values": [4, null]}])" + extra + "}]}";
}

TEST(PluginResult, ChartsAreReadAndOptional) {
  EXPECT_TRUE(parse_plugin_result(R"({"status": "final", "realisasi": 1})").charts.empty());
  const auto r = parse_plugin_result(result_with_chart("monthly-requests", R"(, "unit": "permohonan")"));
  ASSERT_EQ(r.charts.size(), 1u);
  EXPECT_EQ(r.charts[0].id, "monthly-requests");
  EXPECT_EQ(r.charts[0].kind, kinerja::ChartKind::bar);
  EXPECT_EQ(r.charts[0].categories.size(), 2u);
  ASSERT_EQ(r.charts[0].series.size(), 1u);
  EXPECT_FALSE(r.charts[0].series[0].values[1]);
  EXPECT_EQ(r.charts[0].unit, "permohonan");
  EXPECT_TRUE(parse_plugin_result(R"({"status": "missing", "charts": []})").charts.empty());
}

TEST(PluginResult, InvalidChartIsRefusedWithItsPath) {
  EXPECT_EQ(refusal(result_with_chart("x", R"(, "y_min": 5, "y_max": 1)")),
            "the plugin's result is malformed: /charts/0/y_max: expected a number greater than y_min (5), found 1");
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1, "charts": {}})"),
              HasSubstr("/charts: expected an array, found an object"));
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1, "charts": [{"id": "a", "title": "A", "type": "bar",
                        "categories": ["x", "y"], "series": [{"name": "s", "values": [1]}]}]})"),
              HasSubstr("/charts/0/series/0/values: expected 2 values (one per category), found 1"));
  EXPECT_THAT(refusal(R"({"status": "final", "realisasi": 1, "charts": [3]})"),
              HasSubstr("/charts/0: expected an object, found a number"));
}

TEST(PluginResult, ChartIdsMustDiffer) {
  std::string text = result_with_chart("a");
  const std::string chart = text.substr(text.find("[{") + 1, text.rfind("}]") - text.find("[{"));
  text.insert(text.rfind(']'), ", " + chart);
  EXPECT_THAT(refusal(text), HasSubstr("/charts/1/id: duplicate chart id 'a'"));
}

// The SDK writes what the host reads: a chart built with kinerja::sdk::Chart
// comes through parse_plugin_result unchanged.
TEST(PluginResult, ChartsWrittenByTheSdkAreAccepted) {
  namespace sdk = kinerja::sdk;
  auto chart = sdk::Chart::line("monthly-mean-days", "Rata-rata per bulan", {"2023-01", "2023-02"});
  chart.unit = "hari kerja";
  chart.y_min = 0;
  chart.add_series("rata-rata", {3.9, std::nullopt}).add_reference_line("Batas 10 hari kerja", 10);
  sdk::Result result = sdk::Result::final_value(2.5);
  result.charts = {chart, sdk::Chart::bar("monthly-requests", "Permohonan", {"2023-01", "2023-02"})
                              .add_series("permohonan", {18, 12})};
  const auto r = parse_plugin_result(result.to_json().dump());
  ASSERT_EQ(r.charts.size(), 2u);
  EXPECT_EQ(r.charts[0].kind, kinerja::ChartKind::line);
  EXPECT_EQ(r.charts[0].unit, "hari kerja");
  EXPECT_EQ(r.charts[0].y_min, 0.0);
  EXPECT_FALSE(r.charts[0].y_max);
  EXPECT_FALSE(r.charts[0].series[0].values[1]);
  EXPECT_EQ(r.charts[0].reference_lines[0].value, 10.0);
  EXPECT_EQ(r.charts[1].kind, kinerja::ChartKind::bar);
  EXPECT_EQ(kinerja::to_json(r.charts[1]), result.charts[1].to_json());  // the same format both sides
  EXPECT_FALSE(sdk::Result::final_value(1).to_json().contains("charts"));  // no key without charts
}

TEST(PluginResult, TheSdkRefusesChartsJsonCannotCarry) {
  namespace sdk = kinerja::sdk;
  const auto message = [](const sdk::Chart& chart) {
    try {
      chart.to_json();
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  auto short_series = sdk::Chart::bar("a", "A", {"x", "y"});
  short_series.add_series("s", {1.0});
  EXPECT_EQ(message(short_series), "chart 'a': series 's' has 1 values for 2 categories");
  auto not_finite = sdk::Chart::line("b", "B", {"x"});
  not_finite.add_series("s", {std::nan("")});
  EXPECT_THAT(message(not_finite), HasSubstr("chart 'b': a value of series 's' is not a finite number"));
}

}  // namespace
