// Published figures are not ground truth: where a config gives the figure a
// report printed, a plugin compares it with what it computed and warns when
// they disagree, showing both. One rule for every plugin: they agree when
// the computed value, rounded to the published figure's own decimals,
// equals it.
#pragma once

#include <charconv>
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace kinerja::sdk {

// Decimals of the shortest form of `value`: 83.96 -> 2, 78 -> 0.
inline int decimals_of(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc{}) return 0;
  const std::string text(buffer, end);
  if (text.find_first_of("eE") != std::string::npos) return 0;
  const auto dot = text.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

// The shortest decimal form, for messages.
inline std::string number_text(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

// `computed` rounded half up to `decimals`, as text ("83.94"): on its
// shortest decimal form, the way compare_published judges (2.5 -> "3").
inline std::string rounded_text(double computed, int decimals) {
  std::string text = number_text(computed);
  if (text.find_first_of("eEn") != std::string::npos) {  // exponent, inf, nan: leave to the library
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, computed, std::chars_format::fixed, decimals);
    return ec == std::errc{} ? std::string(buffer, end) : text;
  }
  const bool negative = text[0] == '-';
  if (negative) text.erase(0, 1);
  const auto dot = text.find('.');
  std::string whole = dot == std::string::npos ? text : text.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  const auto keep = static_cast<std::size_t>(decimals < 0 ? 0 : decimals);
  const bool up = fraction.size() > keep && fraction[keep] >= '5';
  fraction.resize(keep, '0');
  std::string digits = whole + fraction;
  if (up) {
    std::size_t i = digits.size();
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i == 0) digits.insert(digits.begin(), '1');
    else ++digits[i - 1];
  }
  std::string out = digits.substr(0, digits.size() - keep);
  if (keep > 0) out += "." + digits.substr(digits.size() - keep);
  return (negative && out.find_first_not_of("0.") != std::string::npos ? "-" : "") + out;
}

// A warning when `published` disagrees with `computed`, or nothing.
// `what` names the figure: "IKM", "total of unit 'Biro Perencanaan'".
inline std::optional<std::string> compare_published(const std::string& what, double computed, double published) {
  const int decimals = decimals_of(published);
  const double half = 0.5 / std::pow(10.0, decimals);  // half a unit in the published last place
  const double noise = 1e-9 * std::max(1.0, std::abs(published));
  // Rounding half up: p - half rounds up to p, p + half rounds on past it.
  const double difference = computed - published;
  if (difference >= -half - noise && difference < half - noise) return std::nullopt;
  return what + ": published " + number_text(published) + ", computed " + rounded_text(computed, decimals) + " (" +
         number_text(computed) + ")";
}

}  // namespace kinerja::sdk
