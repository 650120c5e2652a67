// How long the report takes to make from a result, per format, for
// Perjanjian Kinerja of growing size: every indicator with a twelve-month
// breakdown and a chart, as the sentiment and ppid plugins return them.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "render_csv.hpp"
#include "render_templates.hpp"
#include "render_xlsx.hpp"
#include "report_builder.hpp"

namespace kinerja::report {
namespace {

json make_result(int indicators) {
  json list = json::array();
  for (int i = 0; i < indicators; ++i) {
    json months = json::array();
    json values = json::array();
    json categories = json::array();
    for (int m = 1; m <= 12; ++m) {
      const std::string month = "2023-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
      months.push_back({{"month", month}, {"requests", 10 + m}, {"mean_days", 2.0 + m / 10.0}});
      categories.push_back(month);
      values.push_back(2.0 + m / 10.0);
    }
    list.push_back({{"id", "IKK" + std::to_string(i)},
                    {"name", "Indikator kinerja kegiatan nomor " + std::to_string(i)},
                    {"plugin", "ppid"},
                    {"target", {{"text", "<= 10 hari kerja"}, {"value", 10}}},
                    {"target_awal", {{"text", "<= 10 hari kerja"}, {"value", 10}}},
                    {"status", "final"},
                    {"realisasi", 2.742},
                    {"realisasi_unit", "hari kerja"},
                    {"capaian", 172.58},
                    {"capaian_display", 173.0},
                    {"target_met", true},
                    {"warnings", json::array({"a warning"})},
                    {"breakdown", {{"method", "monthly"}, {"months", months}}},
                    {"charts", json::array({{{"id", "monthly-mean-days"},
                                             {"title", "Rata-rata hari per bulan"},
                                             {"type", "line"},
                                             {"categories", categories},
                                             {"series", json::array({{{"name", "hari"}, {"values", values}}})}}})}});
  }
  return {{"format", 1},
          {"unit", "Biro Benchmark"},
          {"year", 2023},
          {"capaian", 172.58},
          {"capaian_display", 173.0},
          {"aggregation", {{"method", "mean_of_indicators"}, {"display", {{"decimals", 0}}}}},
          {"summary", {{"indicators", indicators}}},
          {"sasaran", json::array({{{"id", "SK1"}, {"name", "Sasaran"}, {"capaian", 172.58}, {"indicators", list}}})},
          {"warnings", json::array()},
          {"provenance", json::object()}};
}

const TemplateFolder& templates() {
  static const TemplateFolder folder(KINERJA_TEMPLATE_DIR, Language::id);
  return folder;
}

void BM_BuildModel(benchmark::State& state) {
  const json result = make_result(static_cast<int>(state.range(0)));
  const Labels labels = templates().labels();
  for (auto _ : state) benchmark::DoNotOptimize(build_report(result, labels));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Html(benchmark::State& state) {
  const ReportModel model = build_report(make_result(static_cast<int>(state.range(0))), templates().labels());
  for (auto _ : state) benchmark::DoNotOptimize(render_html(model, templates()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Markdown(benchmark::State& state) {
  const ReportModel model = build_report(make_result(static_cast<int>(state.range(0))), templates().labels());
  for (auto _ : state) benchmark::DoNotOptimize(render_markdown(model, templates()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Xlsx(benchmark::State& state) {
  const ReportModel model = build_report(make_result(static_cast<int>(state.range(0))), templates().labels());
  const auto path = std::filesystem::temp_directory_path() / "kinerja-report-bench.xlsx";
  for (auto _ : state) write_xlsx(model, path);
  std::filesystem::remove(path);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Csv(benchmark::State& state) {
  const json result = make_result(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(render_csv(result));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

BENCHMARK(BM_BuildModel)->Arg(8)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Html)->Arg(8)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Markdown)->Arg(8)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Xlsx)->Arg(8)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Csv)->Arg(8)->Arg(100)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kinerja::report

BENCHMARK_MAIN();
