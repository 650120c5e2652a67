#include "judge.hpp"

namespace kinerja {

namespace {

void judge_final(IndicatorOutcome& o, const Policy& policy) {
  const Target& target = o.config->target.target;
  o.capaian = compute_capaian(o.realisasi, target, policy.capaian);
  o.counted = o.capaian.value.has_value();
  if (o.realisasi) o.target_met = target_met(*o.realisasi, target);
  if (!o.counted) o.warnings.push_back(o.capaian.explanation() + ": left out of the means");
}

void judge_pending(IndicatorOutcome& o, const Policy& policy) {
  const Target& target = o.config->target.target;
  const auto& provisional = o.pending->spec.provisional;
  switch (policy.pending) {
    case PendingPolicy::count_as_target:
      // The seed's practice: a value still being assessed counts as meeting
      // its target, i.e. capaian of R = T.
      o.capaian = compute_capaian(target.value, target, policy.capaian);
      o.counted = o.capaian.value.has_value();
      break;
    case PendingPolicy::use_provisional:
      o.capaian = compute_capaian(provisional, target, policy.capaian);
      o.counted = o.capaian.value.has_value();
      if (provisional) {
        o.target_met = target_met(*provisional, target);
      } else {
        o.warnings.push_back("pending without a provisional value: policy use_provisional cannot apply, left out of the means");
      }
      break;
    case PendingPolicy::exclude:
      o.capaian = Capaian{};
      o.capaian.condition = CapaianCondition::pending_excluded;
      o.counted = false;
      o.warnings.push_back("pending (" + o.pending->spec.reason + "): left out of the means by policy 'exclude'");
      break;
  }
}

}  // namespace

void judge(IndicatorOutcome& outcome, const Policy& policy) {
  outcome.counted = false;
  outcome.target_met.reset();
  switch (outcome.status) {
    case IndicatorStatus::final_value: judge_final(outcome, policy); break;
    case IndicatorStatus::pending: judge_pending(outcome, policy); break;
    case IndicatorStatus::missing:
      outcome.capaian = Capaian{};
      outcome.warnings.push_back("no realisasi: left out of the means");
      break;
    case IndicatorStatus::error: outcome.capaian = Capaian{}; break;
  }
}

}  // namespace kinerja
