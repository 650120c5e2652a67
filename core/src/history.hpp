// An indicator against its earlier years and its Renstra targets. Capaian
// of an earlier year comes from capaian.cpp, like this year's.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "capaian.hpp"
#include "config.hpp"

namespace kinerja {

enum class Direction { improved, declined, unchanged, unknown };
std::string to_string(Direction direction);  // "improved", "declined", "unchanged", "unknown"

struct YearValue {
  int year = 0;
  std::optional<double> realisasi;
  std::optional<TargetSpec> target;
  Capaian capaian;  // computed when the year has a target and a realisasi
  std::optional<double> reported_capaian;
  std::string source;
};

struct HistoryOutcome {
  std::vector<YearValue> years;  // earlier years, oldest first
  std::optional<int> compared_year;  // the latest earlier year with a realisasi
  std::optional<double> change;      // this year's realisasi minus that year's
  Direction direction = Direction::unknown;
  std::string why_unknown;           // when direction is unknown
};

struct RenstraOutcome {
  std::map<int, TargetSpec> targets;  // every year's, as the config gives them
  std::optional<TargetSpec> target_this_year;
  int final_year = 0;
  TargetSpec final_target;
  Capaian toward_final;            // this year's realisasi against the final target
  std::optional<bool> final_met;   // already meets the final target
};

// What this year's realisasi is: only a final one is compared.
enum class ThisYear { final_value, pending, not_measured };

HistoryOutcome compare_with_history(const IndicatorConfig& indicator, std::optional<double> realisasi, ThisYear state,
                                    const CapaianRule& rule);

std::optional<RenstraOutcome> renstra_progress(const IndicatorConfig& indicator, int year,
                                               std::optional<double> realisasi, ThisYear state,
                                               const CapaianRule& rule);

}  // namespace kinerja
