#include "history.hpp"

#include <cmath>

namespace kinerja {

std::string to_string(Direction direction) {
  switch (direction) {
    case Direction::improved: return "improved";
    case Direction::declined: return "declined";
    case Direction::unchanged: return "unchanged";
    case Direction::unknown: return "unknown";
  }
  return "unknown";
}

namespace {

// Realisasi read from reports carry two decimals at most; a difference
// below this is the noise of binary arithmetic, not a change.
constexpr double unchanged_tolerance = 1e-9;

Direction direction_of(double change, Polarity polarity) {
  if (std::fabs(change) <= unchanged_tolerance) return Direction::unchanged;
  const bool up = change > 0;
  return up == (polarity == Polarity::higher_is_better) ? Direction::improved : Direction::declined;
}

}  // namespace

HistoryOutcome compare_with_history(const IndicatorConfig& indicator, std::optional<double> realisasi, ThisYear state,
                                    const CapaianRule& rule) {
  HistoryOutcome out;
  for (const auto& entry : indicator.history) {
    YearValue v;
    v.year = entry.year;
    v.realisasi = entry.realisasi;
    v.target = entry.target;
    v.reported_capaian = entry.reported_capaian;
    v.source = entry.source;
    if (entry.target && entry.realisasi) v.capaian = compute_capaian(entry.realisasi, entry.target->target, rule);
    out.years.push_back(std::move(v));
  }
  if (out.years.empty()) {
    out.why_unknown = "no earlier year";
    return out;
  }
  const YearValue* latest = nullptr;
  for (const auto& v : out.years) {
    if (v.realisasi) latest = &v;
  }
  if (!latest) {
    out.why_unknown = "no earlier year has a realisasi";
    return out;
  }
  out.compared_year = latest->year;
  if (state == ThisYear::pending) {
    out.why_unknown = "this year's realisasi is pending";
    return out;
  }
  if (!realisasi || state != ThisYear::final_value) {
    out.why_unknown = "no realisasi this year";
    return out;
  }
  out.change = *realisasi - *latest->realisasi;
  out.direction = direction_of(*out.change, indicator.target.target.polarity);
  return out;
}

std::optional<RenstraOutcome> renstra_progress(const IndicatorConfig& indicator, int year,
                                               std::optional<double> realisasi, ThisYear state,
                                               const CapaianRule& rule) {
  if (indicator.renstra.empty()) return std::nullopt;
  RenstraOutcome out;
  out.targets = indicator.renstra;
  if (auto found = indicator.renstra.find(year); found != indicator.renstra.end()) out.target_this_year = found->second;
  const auto& [final_year, final_target] = *indicator.renstra.rbegin();
  out.final_year = final_year;
  out.final_target = final_target;
  if (state == ThisYear::final_value) {
    out.toward_final = compute_capaian(realisasi, final_target.target, rule);
    if (realisasi) out.final_met = target_met(*realisasi, final_target.target);
  } else {
    out.toward_final.condition =
        state == ThisYear::pending ? CapaianCondition::pending_excluded : CapaianCondition::missing_realisasi;
  }
  return out;
}

}  // namespace kinerja
