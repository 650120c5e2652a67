#include "result_json.hpp"

#include "result_json_parts.hpp"

#include "rounding.hpp"
#include "sha256.hpp"
#include "version.hpp"

namespace kinerja {

namespace {

json display(const std::optional<double>& value, const DisplayRule& rule) {
  return value ? json(round_for_display(*value, rule)) : json(nullptr);
}

json indicator_json(const IndicatorOutcome& o, const Policy& policy) {
  const IndicatorConfig& c = *o.config;
  json j{{"id", c.id},
         {"name", c.name},
         {"plugin", c.plugin},
         {"target", target_json(c.target)},
         {"target_awal", c.target_awal ? target_json(*c.target_awal) : json(nullptr)},
         {"added_during_year", c.target_awal_na},
         {"revision_reason", c.revision_reason},
         {"status", to_string(o.status)},
         {"realisasi", optional_number(o.realisasi)},
         {"realisasi_unit", o.realisasi_unit.empty() ? c.target.target.unit : o.realisasi_unit},
         {"capaian", optional_number(o.capaian.value)},
         {"capaian_display", display(o.capaian.value, policy.display)},
         {"capaian_condition", to_string(o.capaian.condition)},
         {"counted_in_mean", o.counted},
         {"target_met", o.target_met ? json(*o.target_met) : json(nullptr)},
         {"note", o.note},
         {"warnings", o.warnings},
         {"errors", o.errors},
         {"history", history_json(o.history)},
         {"renstra", renstra_json(o.renstra)}};
  if (c.published_realisasi || c.published_capaian) {
    j["published"] = {{"realisasi", optional_number(c.published_realisasi)},
                      {"capaian", optional_number(c.published_capaian)}};
  }
  if (o.capaian.floored) j["capaian_floored"] = true;
  if (o.capaian.uncapped) j["capaian_uncapped"] = *o.capaian.uncapped;
  if (o.pending) {
    j["pending"] = {{"reason", o.pending->spec.reason},
                    {"provisional", optional_number(o.pending->spec.provisional)},
                    {"source", o.pending->source},
                    {"policy", to_string(policy.pending)}};
  }
  if (!o.measure.empty()) j["measure"] = o.measure;
  if (o.scale_min || o.scale_max) j["scale"] = {{"min", optional_number(o.scale_min)}, {"max", optional_number(o.scale_max)}};
  if (!o.measures.empty()) j["measures"] = o.measures;
  if (!o.unavailable_measures.empty()) j["unavailable_measures"] = o.unavailable_measures;
  if (!o.breakdown.empty()) j["breakdown"] = o.breakdown;
  if (!o.charts.empty()) j["charts"] = to_json(o.charts);
  json inputs = json::array();
  for (const auto& f : o.inputs) inputs.push_back({{"path", f.path}, {"sha256", f.sha256}});
  j["inputs"] = inputs;
  return j;
}

json provenance_json(const EvaluationOutcome& outcome) {
  json plugins = json::array();
  for (const PluginLibrary* p : outcome.plugins_used) {
    json entry{{"name", p->name}, {"version", p->version}, {"abi", p->abi()}, {"path", p->path.string()}};
    try {
      entry["sha256"] = sha256_file(p->path);
    } catch (const std::exception&) {
      entry["sha256"] = nullptr;
    }
    plugins.push_back(entry);
  }
  json inputs = json::array();
  for (const auto& s : outcome.sasaran) {
    for (const auto& i : s.indicators) {
      for (const auto& f : i.inputs) inputs.push_back({{"indicator", i.config->id}, {"path", f.path}, {"sha256", f.sha256}});
    }
  }
  const EvaluationConfig& config = *outcome.config;
  json config_json{{"path", config.path.string()}, {"sha256", config.sha256}};
  if (!config.table_files.empty()) {
    json tables = json::array();
    for (const auto& f : config.table_files) {
      json entry{{"path", f.string()}};
      try {
        entry["sha256"] = sha256_file(f);
      } catch (const std::exception&) {
        entry["sha256"] = nullptr;
      }
      tables.push_back(entry);
    }
    config_json["tables"] = tables;
  }
  return {{"host", {{"name", "kinerja"}, {"version", host_version}, {"abi", host_abi()}}},
          {"config", config_json},
          {"plugins", plugins},
          {"inputs", inputs}};
}

json summary_json(const EvaluationOutcome& outcome) {
  json counts{{"final", 0}, {"pending", 0}, {"missing", 0}, {"error", 0}};
  int met = 0, not_met = 0, counted = 0, total = 0;
  for (const auto& s : outcome.sasaran) {
    for (const auto& i : s.indicators) {
      ++total;
      counts[to_string(i.status)] = counts[to_string(i.status)].get<int>() + 1;
      if (i.counted) ++counted;
      if (i.target_met) (*i.target_met ? met : not_met)++;
    }
  }
  return {{"indicators", total}, {"status", counts}, {"counted_in_mean", counted},
          {"target_met", met}, {"target_not_met", not_met}};
}

}  // namespace

json to_json(const EvaluationOutcome& outcome) {
  const EvaluationConfig& config = *outcome.config;
  const Policy& policy = config.policy;
  json sasaran = json::array();
  for (const auto& s : outcome.sasaran) {
    json indicators = json::array();
    for (const auto& i : s.indicators) indicators.push_back(indicator_json(i, policy));
    sasaran.push_back({{"id", s.config->id},
                       {"name", s.config->name},
                       {"capaian", optional_number(s.capaian)},
                       {"capaian_display", display(s.capaian, policy.display)},
                       {"indicators", indicators}});
  }
  return {{"format", result_format},
          {"unit", config.unit},
          {"organisation", config.organisation},
          {"description", config.description},
          {"year", config.year},
          {"capaian", optional_number(outcome.capaian)},
          {"capaian_display", display(outcome.capaian, policy.display)},
          {"published_capaian", optional_number(config.published_capaian)},
          {"aggregation",
           {{"method", to_string(policy.aggregation)},
            {"pending_policy", to_string(policy.pending)},
            {"cap", optional_number(policy.capaian.cap)},
            {"display", {{"decimals", policy.display.decimals}, {"rounding", to_string(policy.display.mode)}}}}},
          {"summary", summary_json(outcome)},
          {"sasaran", sasaran},
          {"renstra", renstra_plan_json(config.renstra)},
          {"budget", budget_json(outcome.budget)},
          {"warnings", outcome.warnings},
          {"provenance", provenance_json(outcome)}};
}

bool is_result(const json& document) {
  return document.is_object() && document.contains("format") && document["format"] == result_format &&
         document.contains("sasaran") &&
         document["sasaran"].is_array() && document.contains("summary") && document["summary"].is_object() &&
         document.contains("provenance") && document["provenance"].is_object();
}

}  // namespace kinerja
