// The result's Chapter III: earlier years, Renstra, budget and efficiency.
#include "result_json_parts.hpp"

namespace kinerja {

json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json target_json(const TargetSpec& spec) {
  return {{"value", spec.target.value},
          {"unit", spec.target.unit},
          {"polarity", to_string(spec.target.polarity)},
          {"comparison", to_string(spec.target.comparison)},
          {"text", spec.text}};
}

namespace {

json optional_target(const std::optional<TargetSpec>& target) { return target ? target_json(*target) : json(nullptr); }

}  // namespace

json history_json(const HistoryOutcome& history) {
  json years = json::array();
  for (const auto& y : history.years) {
    years.push_back({{"year", y.year},
                     {"realisasi", optional_number(y.realisasi)},
                     {"target", optional_target(y.target)},
                     {"capaian", optional_number(y.capaian.value)},
                     {"reported_capaian", optional_number(y.reported_capaian)},
                     {"source", y.source}});
  }
  return {{"years", years},
          {"compared_year", history.compared_year ? json(*history.compared_year) : json(nullptr)},
          {"change", optional_number(history.change)},
          {"direction", to_string(history.direction)},
          {"why_unknown", history.why_unknown}};
}

json renstra_json(const std::optional<RenstraOutcome>& renstra) {
  if (!renstra) return nullptr;
  json targets = json::array();
  for (const auto& [year, target] : renstra->targets) targets.push_back({{"year", year}, {"target", target_json(target)}});
  return {{"targets", targets},
          {"target_this_year", optional_target(renstra->target_this_year)},
          {"final_year", renstra->final_year},
          {"final_target", target_json(renstra->final_target)},
          {"capaian_toward_final", optional_number(renstra->toward_final.value)},
          {"final_target_met", renstra->final_met ? json(*renstra->final_met) : json(nullptr)}};
}

json renstra_plan_json(const std::optional<RenstraConfig>& renstra) {
  if (!renstra) return nullptr;
  return {{"name", renstra->name}, {"from", renstra->from}, {"to", renstra->to}};
}

json budget_json(const std::optional<BudgetOutcome>& budget) {
  if (!budget) return nullptr;
  const BudgetConfig& c = *budget->config;
  json kegiatan = json::array();
  for (const auto& k : budget->kegiatan) {
    kegiatan.push_back({{"name", k.config->name},
                        {"pagu_awal", k.config->pagu_awal},
                        {"pagu_akhir", k.config->pagu_akhir},
                        {"realisasi", optional_number(k.config->realisasi)},
                        {"serapan", optional_number(k.serapan)}});
  }
  json revisions = json::array();
  for (const auto& r : c.revisions) {
    revisions.push_back({{"date", r.date}, {"amount", r.amount}, {"description", r.description}});
  }
  return {{"kegiatan", kegiatan},
          {"revisions", revisions},
          {"pagu_awal", budget->pagu_awal},
          {"pagu_akhir", budget->pagu_akhir},
          {"realisasi", budget->realisasi},
          {"serapan_awal", optional_number(budget->serapan_awal)},
          {"serapan", optional_number(budget->serapan_akhir)},
          {"pagu_change", optional_number(budget->pagu_change)},
          {"previous_year_pagu", optional_number(c.previous_year_pagu)},
          {"efficiency_gap", optional_number(budget->efficiency_gap)},
          {"efficient", budget->efficient ? json(*budget->efficient) : json(nullptr)},
          {"source", c.source},
          {"published",
           {{"serapan", optional_number(c.published_serapan)},
            {"efficiency_gap", optional_number(c.published_efficiency_gap)},
            {"pagu_change", optional_number(c.published_pagu_change)}}},
          {"warnings", budget->warnings}};
}

}  // namespace kinerja
