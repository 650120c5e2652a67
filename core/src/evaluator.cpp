#include "evaluator.hpp"

#include <algorithm>
#include <set>

#include <spdlog/spdlog.h>

#include <kinerja/sdk/text.hpp>

#include "aggregate.hpp"
#include "judge.hpp"
#include "measure_check.hpp"
#include "param_schema.hpp"
#include "plugin_result.hpp"
#include "published.hpp"
#include "sha256.hpp"

namespace kinerja {

std::string to_string(IndicatorStatus status) {
  switch (status) {
    case IndicatorStatus::final_value: return "final";
    case IndicatorStatus::pending: return "pending";
    case IndicatorStatus::missing: return "missing";
    case IndicatorStatus::error: return "error";
  }
  return "error";
}

bool EvaluationOutcome::any_failed() const {
  for (const auto& s : sasaran) {
    for (const auto& i : s.indicators) {
      if (i.status == IndicatorStatus::error) return true;
    }
  }
  return false;
}

namespace {

std::string list_of(const std::vector<std::string>& names) {
  if (names.empty()) return "none";
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

void Evaluator::report_unknown_type(const IndicatorConfig& indicator, Diagnostics& problems) const {
  const auto types = registry_.types();
  problems.add(indicator.pointer + "/plugin", "no loaded plugin provides indicator type '" + indicator.plugin + "'" +
                                                  sdk::text::did_you_mean(indicator.plugin, types) + "; available: " +
                                                  list_of(types) + " (see `kinerja plugins`)");
}

PluginInstance& Evaluator::instance(const PluginLibrary& plugin) {
  auto& slot = instances_[&plugin];
  if (!slot) slot = std::make_unique<PluginInstance>(plugin);
  return *slot;
}

std::optional<Evaluator::Prepared> Evaluator::prepare(const EvaluationConfig& config,
                                                      const IndicatorConfig& indicator, Diagnostics& problems) {
  const PluginLibrary* plugin = registry_.find_type(indicator.plugin);
  if (plugin == nullptr) {
    report_unknown_type(indicator, problems);
    return std::nullopt;
  }
  const std::size_t before = problems.size();
  CheckedParams checked = check_params(plugin->parameters, indicator.params, indicator.pointer + "/params",
                                       config.dir, problems);
  const auto measure = choose_measure(plugin->measures, indicator, problems);
  if (problems.size() != before) return std::nullopt;

  json request{{"indicator", {{"id", indicator.id}, {"name", indicator.name}, {"type", indicator.plugin}}},
               {"params", checked.params},
               {"unit", config.unit},
               {"year", config.year},
               {"config_dir", config.dir.string()}};
  if (measure) request["measure"] = measure->id;
  return Prepared{plugin, request.dump(), std::move(checked.files), measure};
}

bool Evaluator::plugin_check(const IndicatorConfig& indicator, const Prepared& prepared, Diagnostics& problems) {
  const std::size_t before = problems.size();
  const PluginCall call = instance(*prepared.plugin).check(prepared.request);
  if (!call.ok()) {
    problems.add(indicator.pointer, "plugin '" + prepared.plugin->name + "' could not check it (" +
                                        status_name(call.status) + "): " + call.text);
    return false;
  }
  json found;
  try {
    found = json::parse(call.text);
  } catch (const json::exception&) {
    found = nullptr;
  }
  if (!found.is_array()) {
    problems.add(indicator.pointer, "plugin '" + prepared.plugin->name + "' returned malformed check results");
    return false;
  }
  for (const auto& p : found) {
    const std::string path = p.is_object() ? p.value("path", std::string{}) : std::string{};
    const std::string message = p.is_object() ? p.value("message", std::string{"(no message)"}) : p.dump();
    problems.add(indicator.pointer + path, message);
  }
  return problems.size() == before;
}

Diagnostics Evaluator::validate(const EvaluationConfig& config) {
  Diagnostics problems(config.name);
  for (const auto& sasaran : config.sasaran) {
    for (const auto& indicator : sasaran.indicators) {
      if (indicator.pending) {
        // The plugin is not run for a value the config marks pending, but
        // a misspelt type is still a mistake worth knowing now.
        if (!registry_.find_type(indicator.plugin)) report_unknown_type(indicator, problems);
        continue;
      }
      const auto prepared = prepare(config, indicator, problems);
      if (!prepared) continue;
      try {
        plugin_check(indicator, *prepared, problems);
      } catch (const std::exception& e) {  // the plugin could not make an instance
        problems.add(indicator.pointer, e.what());
      }
    }
  }
  return problems;
}

void Evaluator::run_plugin(const EvaluationConfig& config, const Prepared& prepared, IndicatorOutcome& outcome) {
  used_.insert(prepared.plugin);
  const PluginCall call = instance(*prepared.plugin).evaluate(prepared.request);
  if (!call.ok()) {
    outcome.status = IndicatorStatus::error;
    outcome.errors.push_back("plugin '" + prepared.plugin->name + "' failed (" + status_name(call.status) +
                             "): " + call.text);
    return;
  }
  PluginResult result;
  try {
    result = parse_plugin_result(call.text);
  } catch (const std::exception& e) {
    outcome.status = IndicatorStatus::error;
    outcome.errors.push_back("plugin '" + prepared.plugin->name + "': " + e.what());
    return;
  }
  outcome.realisasi_unit = result.unit;
  outcome.measure = result.measure;
  outcome.measures = result.measures;
  outcome.unavailable_measures = result.unavailable_measures;
  if (prepared.measure) {
    outcome.scale_min = prepared.measure->scale_min;
    outcome.scale_max = prepared.measure->scale_max;
  }
  const std::string& target_unit = outcome.config->target.target.unit;
  if (!prepared.measure && !target_unit.empty() && !result.unit.empty() && unit_key(target_unit) != unit_key(result.unit)) {
    outcome.warnings.push_back("the realisasi is in '" + result.unit + "' but the target in '" + target_unit +
                               "': check that the plugin measures what the indicator means");
  }
  if (!result.note.empty()) outcome.note = outcome.note.empty() ? result.note : result.note + "; " + outcome.note;
  outcome.breakdown = result.breakdown;
  outcome.charts = result.charts;
  outcome.warnings.insert(outcome.warnings.end(), result.warnings.begin(), result.warnings.end());
  // Inputs: the files named by path parameters, and any other file the
  // plugin says it read (relative to the config, like every path in it).
  std::vector<std::filesystem::path> files;
  for (const auto& path : prepared.files) {
    if (std::find(files.begin(), files.end(), path) == files.end()) files.push_back(path);  // named twice: hashed once
  }
  for (const auto& reported : result.inputs) {
    std::filesystem::path path(reported);
    if (path.is_relative()) path = config.dir / path;
    path = path.lexically_normal();
    if (std::find(files.begin(), files.end(), path) == files.end()) files.push_back(path);
  }
  for (const auto& path : files) {
    try {
      outcome.inputs.push_back({path.string(), sha256_file(path)});
    } catch (const std::exception& e) {
      outcome.warnings.push_back(std::string("cannot hash input for provenance: ") + e.what());
    }
  }
  switch (result.status) {
    case PluginStatus::final_value:
      outcome.status = IndicatorStatus::final_value;
      outcome.realisasi = result.realisasi;
      break;
    case PluginStatus::pending:
      outcome.status = IndicatorStatus::pending;
      outcome.pending = PendingOutcome{*result.pending, "plugin"};
      outcome.realisasi = result.pending->provisional;
      break;
    case PluginStatus::missing: outcome.status = IndicatorStatus::missing; break;
  }
}

IndicatorOutcome Evaluator::evaluate_indicator(const EvaluationConfig& config, const IndicatorConfig& indicator) {
  IndicatorOutcome outcome;
  outcome.config = &indicator;
  outcome.plugin = registry_.find_type(indicator.plugin);
  outcome.note = indicator.note;

  if (indicator.pending) {
    // The config overrides: the value is not final yet whatever the data say.
    outcome.status = IndicatorStatus::pending;
    outcome.pending = PendingOutcome{*indicator.pending, "config"};
    outcome.realisasi = indicator.pending->provisional;
  } else {
    Diagnostics problems;
    const auto prepared = prepare(config, indicator, problems);
    if (!prepared) {
      outcome.status = IndicatorStatus::error;
      for (const auto& d : problems.items()) outcome.errors.push_back(d.to_string());
    } else {
      try {
        // The plugin's own rules first (a column the file lacks): the
        // same problems `kinerja validate` reports, never a half-run.
        if (plugin_check(indicator, *prepared, problems)) {
          run_plugin(config, *prepared, outcome);
        } else {
          outcome.status = IndicatorStatus::error;
          for (const auto& d : problems.items()) outcome.errors.push_back(d.to_string());
        }
      } catch (const std::exception& e) {  // e.g. the plugin could not create an instance
        outcome.status = IndicatorStatus::error;
        outcome.errors.push_back(e.what());
      }
    }
  }
  judge(outcome, config.policy);
  const ThisYear state = outcome.status == IndicatorStatus::final_value ? ThisYear::final_value
                         : outcome.status == IndicatorStatus::pending   ? ThisYear::pending
                                                                        : ThisYear::not_measured;
  outcome.history = compare_with_history(indicator, outcome.realisasi, state, config.policy.capaian);
  outcome.renstra = renstra_progress(indicator, config.year, outcome.realisasi, state, config.policy.capaian);
  return outcome;
}

EvaluationOutcome Evaluator::evaluate(const EvaluationConfig& config) {
  EvaluationOutcome out;
  out.config = &config;
  std::vector<std::vector<double>> counted;
  used_.clear();
  for (const auto& sasaran : config.sasaran) {
    SasaranOutcome s;
    s.config = &sasaran;
    counted.emplace_back();
    for (const auto& indicator : sasaran.indicators) {
      spdlog::info("evaluating {} ({})", indicator.id, indicator.plugin);
      IndicatorOutcome o = evaluate_indicator(config, indicator);
      if (o.counted) counted.back().push_back(*o.capaian.value);
      s.indicators.push_back(std::move(o));
    }
    out.sasaran.push_back(std::move(s));
  }
  const Aggregate means = aggregate(counted, config.policy.aggregation);
  for (std::size_t i = 0; i < out.sasaran.size(); ++i) {
    out.sasaran[i].capaian = means.sasaran[i];
    if (!means.sasaran[i]) {
      out.warnings.push_back("sasaran " + out.sasaran[i].config->id + " has no counted indicator, so no capaian" +
                             (config.policy.aggregation == AggregationMethod::mean_of_sasaran
                                  ? " and it is left out of the unit's mean"
                                  : ""));
    }
  }
  out.capaian = means.unit;
  out.warnings.insert(out.warnings.end(), config.warnings.begin(), config.warnings.end());
  if (!out.capaian) out.warnings.push_back("no indicator could be counted, so the unit has no capaian");
  check_published_figures(out);
  if (config.budget) {
    out.budget = evaluate_budget(*config.budget, out.capaian);
    for (const auto& w : out.budget->warnings) out.warnings.push_back("budget: " + w);
  }

  // The top-level list is everything a planner should look at: each
  // indicator's errors and warnings by id, then those of the whole run.
  std::vector<std::string> run_level = std::move(out.warnings);
  out.warnings.clear();
  for (const auto& s : out.sasaran) {
    for (const auto& i : s.indicators) {
      for (const auto& e : i.errors) out.warnings.push_back(i.config->id + ": " + e);
      for (const auto& w : i.warnings) out.warnings.push_back(i.config->id + ": " + w);
    }
  }
  out.warnings.insert(out.warnings.end(), run_level.begin(), run_level.end());
  for (const auto& p : registry_.plugins()) {
    if (used_.count(p.get())) out.plugins_used.push_back(p.get());
  }
  return out;
}

}  // namespace kinerja
