// How long the host takes around the plugins: config reading, one plugin
// call per indicator, judging, aggregation and writing the result JSON, for
// Perjanjian Kinerja of growing size (manual indicators, so the plugin's own
// work is negligible and what is measured is the host).
#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include "capaian.hpp"
#include "config.hpp"
#include "evaluator.hpp"
#include "plugin_registry.hpp"
#include "result_json.hpp"

namespace kinerja {
namespace {

json make_config(int sasaran, int per_sasaran) {
  json list = json::array();
  for (int s = 0; s < sasaran; ++s) {
    json indicators = json::array();
    for (int i = 0; i < per_sasaran; ++i) {
      const bool lower = i % 3 == 0;
      indicators.push_back({{"id", "S" + std::to_string(s) + "I" + std::to_string(i)},
                            {"name", "Indikator kinerja kegiatan nomor " + std::to_string(i)},
                            {"plugin", "manual"},
                            {"target", lower ? json("< 20%") : json{{"value", 81}, {"polarity", "higher"}}},
                            {"params", {{"realisasi", 10.0 + i % 90}, {"evidence", "benchmark"}}}});
    }
    list.push_back({{"id", "S" + std::to_string(s)}, {"name", "Sasaran " + std::to_string(s)}, {"indicators", indicators}});
  }
  return {{"unit", "Biro Benchmark"}, {"year", 2023}, {"sasaran", list}};
}

const PluginRegistry& registry() {
  static const PluginRegistry loaded = [] {
    PluginRegistry r;
    r.load_directory(KINERJA_BUNDLED_PLUGIN_DIR);
    return r;
  }();
  return loaded;
}

void BM_ReadConfig(benchmark::State& state) {
  const json document = make_config(static_cast<int>(state.range(0)), 10);
  for (auto _ : state) {
    Diagnostics diagnostics;
    auto config = read_config(document, "bench.json", diagnostics);
    benchmark::DoNotOptimize(config);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 10);
}
BENCHMARK(BM_ReadConfig)->Arg(1)->Arg(10)->Arg(100);

void BM_EvaluateAndWrite(benchmark::State& state) {
  Diagnostics diagnostics;
  const auto config = read_config(make_config(static_cast<int>(state.range(0)), 10), "bench.json", diagnostics);
  if (!config) {
    state.SkipWithError(diagnostics.to_string().c_str());
    return;
  }
  Evaluator evaluator(registry());
  for (auto _ : state) {
    const EvaluationOutcome outcome = evaluator.evaluate(*config);
    const std::string text = to_json(outcome).dump(2);
    benchmark::DoNotOptimize(text.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 10);
}
BENCHMARK(BM_EvaluateAndWrite)->Arg(1)->Arg(10)->Arg(100);

void BM_ComputeCapaian(benchmark::State& state) {
  const Target target{20, Polarity::lower_is_better, Comparison::less_than, "%"};
  double r = 13.51;
  for (auto _ : state) {
    benchmark::DoNotOptimize(compute_capaian(r, target));
    r += 1e-9;
  }
}
BENCHMARK(BM_ComputeCapaian);

}  // namespace
}  // namespace kinerja

int main(int argc, char** argv) {
  spdlog::set_level(spdlog::level::warn);  // the evaluator logs each indicator at info
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
