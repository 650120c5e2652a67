#include "number_format.hpp"

#include <charconv>
#include <cmath>

#include "rounding.hpp"

namespace kinerja::report {

std::optional<Language> parse_language(std::string_view code) {
  if (code == "id") return Language::id;
  if (code == "en") return Language::en;
  return std::nullopt;
}

std::string to_string(Language language) { return language == Language::id ? "id" : "en"; }

namespace {

// Inserts the thousands separator every three digits of the whole part.
std::string group_thousands(const std::string& whole, char separator) {
  std::string grouped;
  const std::size_t n = whole.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) grouped += separator;
    grouped += whole[i];
  }
  return grouped;
}

}  // namespace

std::string format_number(double value, int decimals, Language language) {
  if (std::isnan(value)) return "-";
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  if (decimals < 0) decimals = 0;
  const double rounded = round_for_display(value, {decimals, RoundingMode::half_up});
  char buffer[512];
  const auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, std::fabs(rounded), std::chars_format::fixed, decimals);
  if (ec != std::errc{}) return "-";
  const std::string digits(buffer, end);
  const auto dot = digits.find('.');
  const std::string whole = digits.substr(0, dot);
  const char decimal_mark = language == Language::id ? ',' : '.';
  const char thousands = language == Language::id ? '.' : ',';
  std::string text = (rounded < 0 ? "-" : "") + group_thousands(whole, thousands);
  if (dot != std::string::npos) text += decimal_mark + digits.substr(dot + 1);
  return text;
}

std::string format_trimmed(double value, int max_decimals, Language language) {
  std::string text = format_number(value, max_decimals, language);
  const char decimal_mark = language == Language::id ? ',' : '.';
  if (text.find(decimal_mark) == std::string::npos) return text;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == decimal_mark) text.pop_back();
  return text;
}

std::string format_percent(double value, int decimals, Language language) {
  return format_number(value, decimals, language) + "%";
}

std::string format_rupiah(double value, Language language, int decimals) {
  return "Rp " + format_number(value, decimals, language);
}

}  // namespace kinerja::report
