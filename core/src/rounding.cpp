#include "rounding.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace kinerja {

std::optional<RoundingMode> parse_rounding_mode(std::string_view name) {
  if (name == "half_up") return RoundingMode::half_up;
  if (name == "half_even") return RoundingMode::half_even;
  if (name == "truncate") return RoundingMode::truncate;
  return std::nullopt;
}

std::string to_string(RoundingMode mode) {
  switch (mode) {
    case RoundingMode::half_up: return "half_up";
    case RoundingMode::half_even: return "half_even";
    case RoundingMode::truncate: return "truncate";
  }
  return "half_up";
}

namespace {

// Adds one unit in the last place of a string of decimal digits.
void increment_digits(std::string& digits) {
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return;
    }
    *it = '0';
  }
  digits.insert(digits.begin(), '1');
}

bool round_away(RoundingMode mode, char next, bool rest_nonzero, char last_kept) {
  switch (mode) {
    case RoundingMode::half_up: return next >= '5';
    case RoundingMode::half_even:
      if (next != '5') return next > '5';
      return rest_nonzero || ((last_kept - '0') % 2 == 1);
    case RoundingMode::truncate: return false;
  }
  return false;
}

}  // namespace

double round_for_display(double value, const DisplayRule& rule) {
  if (!std::isfinite(value) || rule.decimals < 0) return value;
  char buffer[512];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (ec != std::errc{}) return value;
  std::string text(buffer, end);

  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.erase(0, 1);
  const auto dot = text.find('.');
  const std::string whole = dot == std::string::npos ? text : text.substr(0, dot);
  const std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  const auto keep = static_cast<std::size_t>(rule.decimals);
  if (fraction.size() <= keep) return value;

  std::string digits = whole + fraction.substr(0, keep);
  const char next = fraction[keep];
  const bool rest_nonzero = fraction.find_first_not_of('0', keep + 1) != std::string::npos;
  if (round_away(rule.mode, next, rest_nonzero, digits.back())) increment_digits(digits);

  std::string rounded = digits.substr(0, digits.size() - keep);
  if (keep > 0) rounded += "." + digits.substr(digits.size() - keep);
  const double magnitude = std::strtod(rounded.c_str(), nullptr);
  return negative && magnitude != 0.0 ? -magnitude : magnitude;  // no "-0"
}

}  // namespace kinerja
