#include "capaian.hpp"

#include <algorithm>
#include <cmath>

namespace kinerja {

std::string to_string(Polarity polarity) {
  return polarity == Polarity::higher_is_better ? "higher" : "lower";
}

std::string to_string(Comparison comparison) {
  switch (comparison) {
    case Comparison::at_least: return ">=";
    case Comparison::more_than: return ">";
    case Comparison::at_most: return "<=";
    case Comparison::less_than: return "<";
  }
  return ">=";
}

std::optional<Polarity> parse_polarity(std::string_view text) {
  if (text == "higher") return Polarity::higher_is_better;
  if (text == "lower") return Polarity::lower_is_better;
  return std::nullopt;
}

std::optional<Comparison> parse_comparison(std::string_view text) {
  if (text == ">=") return Comparison::at_least;
  if (text == ">") return Comparison::more_than;
  if (text == "<=") return Comparison::at_most;
  if (text == "<") return Comparison::less_than;
  return std::nullopt;
}

Comparison default_comparison(Polarity polarity) {
  return polarity == Polarity::higher_is_better ? Comparison::at_least : Comparison::at_most;
}

std::string to_string(CapaianCondition condition) {
  switch (condition) {
    case CapaianCondition::computed: return "computed";
    case CapaianCondition::missing_realisasi: return "missing_realisasi";
    case CapaianCondition::zero_target: return "zero_target";
    case CapaianCondition::negative_target: return "negative_target";
    case CapaianCondition::not_finite: return "not_finite";
    case CapaianCondition::pending_excluded: return "pending_excluded";
  }
  return "computed";
}

std::string Capaian::explanation() const {
  switch (condition) {
    case CapaianCondition::computed: return "";
    case CapaianCondition::missing_realisasi: return "no realisasi, so no capaian";
    case CapaianCondition::zero_target: return "target is 0: capaian (R/T) is undefined";
    case CapaianCondition::negative_target: return "target is negative: the capaian formulas assume a positive target";
    case CapaianCondition::not_finite: return "realisasi is not a finite number";
    case CapaianCondition::pending_excluded: return "pending, and the policy 'exclude' leaves pending values out";
  }
  return "";
}

Capaian compute_capaian(std::optional<double> realisasi, const Target& target, const CapaianRule& rule) {
  Capaian c;
  if (!realisasi) return c;
  if (!std::isfinite(*realisasi) || !std::isfinite(target.value)) {
    c.condition = CapaianCondition::not_finite;
    return c;
  }
  if (target.value == 0.0) {
    c.condition = CapaianCondition::zero_target;
    return c;
  }
  if (target.value < 0.0) {
    c.condition = CapaianCondition::negative_target;
    return c;
  }
  const double r = *realisasi;
  const double t = target.value;
  double value = 0;
  if (target.polarity == Polarity::higher_is_better) {
    value = r / t * 100.0;
  } else {
    value = (2.0 * t - r) / t * 100.0;
    if (value < 0.0) {
      value = 0.0;
      c.floored = true;
    }
  }
  if (rule.cap && value > *rule.cap) {
    c.uncapped = value;
    value = *rule.cap;
  }
  c.condition = CapaianCondition::computed;
  c.value = value;
  return c;
}

bool target_met(double r, const Target& target) {
  // A mean that is 78 on paper may be 77.99999999999999 as a double: values
  // within binary noise of the target count as equal to it.
  const double t = target.value;
  const double noise = 1e-9 * std::max(1.0, std::abs(t));
  const bool equal = std::abs(r - t) <= noise;
  switch (target.comparison) {
    case Comparison::at_least: return equal || r > t;
    case Comparison::more_than: return !equal && r > t;
    case Comparison::at_most: return equal || r < t;
    case Comparison::less_than: return !equal && r < t;
  }
  return false;
}

}  // namespace kinerja
