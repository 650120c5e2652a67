// Rounding for display only: data keeps full precision.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

enum class RoundingMode {
  half_up,    // 0.5 away from zero: 172.5 -> 173 (what spreadsheets do)
  half_even,  // banker's rounding: 172.5 -> 172
  truncate    // toward zero: 103.65 -> 103
};

struct DisplayRule {
  int decimals = 0;
  RoundingMode mode = RoundingMode::half_up;
};

std::optional<RoundingMode> parse_rounding_mode(std::string_view name);
std::string to_string(RoundingMode mode);

// Rounds the shortest decimal form of `value` (so 1.005 rounds as the
// person who typed it expects), not its binary expansion.
double round_for_display(double value, const DisplayRule& rule);

}  // namespace kinerja
