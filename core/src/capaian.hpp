// Capaian (achievement, %) of a realisasi against its target. This is the
// only place in kinerja where capaian is computed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

enum class Polarity { higher_is_better, lower_is_better };

// How the target is stated, which decides when it counts as met:
// "< 20%" is met by 19.9 but not by 20; "10 hari kerja" (at most) by 10.
enum class Comparison { at_least, more_than, at_most, less_than };

struct Target {
  double value = 0;
  Polarity polarity = Polarity::higher_is_better;
  Comparison comparison = Comparison::at_least;
  std::string unit;  // for display: "%", "hari kerja", ""
};

std::string to_string(Polarity polarity);        // "higher" | "lower"
std::string to_string(Comparison comparison);    // ">=" | ">" | "<=" | "<"
std::optional<Polarity> parse_polarity(std::string_view text);
std::optional<Comparison> parse_comparison(std::string_view text);
Comparison default_comparison(Polarity polarity);  // >= or <=

// Why there is or is not a number.
enum class CapaianCondition {
  computed,
  missing_realisasi,  // nothing to judge
  zero_target,        // R / 0 is not a capaian
  negative_target,    // the formulas assume a positive target
  not_finite,         // realisasi is NaN or infinite
  pending_excluded    // pending, and the policy leaves pending values out
};
std::string to_string(CapaianCondition condition);

struct CapaianRule {
  std::optional<double> cap;  // e.g. 120; off by default (see REFERENCE.md 2)
};

struct Capaian {
  CapaianCondition condition = CapaianCondition::missing_realisasi;
  std::optional<double> value;     // full precision, after floor and cap
  std::optional<double> uncapped;  // the value before the cap, when the cap changed it
  bool floored = false;            // lower is better and R >= 2T
  // One sentence for the result's note when there is no value.
  std::string explanation() const;
};

// higher is better: R / T x 100
// lower is better:  (2T - R) / T x 100, floored at 0
Capaian compute_capaian(std::optional<double> realisasi, const Target& target, const CapaianRule& rule = {});

// Whether R meets the target as stated (strictly for < and >).
bool target_met(double realisasi, const Target& target);

}  // namespace kinerja
