// Runs a config: for each indicator, finds its plugin, checks the params,
// asks the plugin for the realisasi, judges it, then aggregates.
#pragma once

#include <map>
#include <set>
#include <memory>

#include "config.hpp"
#include "diagnostics.hpp"
#include "evaluation.hpp"
#include "plugin_instance.hpp"
#include "plugin_registry.hpp"

namespace kinerja {

class Evaluator {
 public:
  explicit Evaluator(const PluginRegistry& registry) : registry_(registry) {}

  // Everything that can be known without evaluating: a plugin for each
  // type, params matching the plugin's description, input files present,
  // and the plugin's own checks. All problems, with their JSON paths.
  Diagnostics validate(const EvaluationConfig& config);

  // Evaluates every indicator; one that fails is reported in the outcome
  // with status error and the rest go on.
  EvaluationOutcome evaluate(const EvaluationConfig& config);

 private:
  struct Prepared {
    const PluginLibrary* plugin = nullptr;
    std::string request;                      // JSON text
    std::vector<std::filesystem::path> files;  // the path parameters, resolved
    std::optional<sdk::Measure> measure;       // when the plugin has measures
  };

  // The plugin's own check of a prepared request; false when it found
  // problems (added to `problems` under the indicator's pointer).
  bool plugin_check(const IndicatorConfig& indicator, const Prepared& prepared, Diagnostics& problems);

  // Returns nothing when `problems` got an entry.
  std::optional<Prepared> prepare(const EvaluationConfig& config, const IndicatorConfig& indicator,
                                  Diagnostics& problems);
  void report_unknown_type(const IndicatorConfig& indicator, Diagnostics& problems) const;
  PluginInstance& instance(const PluginLibrary& plugin);
  IndicatorOutcome evaluate_indicator(const EvaluationConfig& config, const IndicatorConfig& indicator);
  void run_plugin(const EvaluationConfig& config, const Prepared& prepared, IndicatorOutcome& outcome);

  const PluginRegistry& registry_;
  std::map<const PluginLibrary*, std::unique_ptr<PluginInstance>> instances_;
  std::set<const PluginLibrary*> used_;  // plugins that evaluated something in this run
};

}  // namespace kinerja
