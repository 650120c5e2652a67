// Numbers as spreadsheets and reports write them, read without the
// process locale and without streams:
//   plain       "83.96", "-2", "1.5e3"      (a dot decimal mark, no grouping)
//   comma       "83,96"                      (a comma decimal mark, no grouping:
//                                             ';'-separated exports)
//   indonesian  "17.980.500.000", "85,83", "Rp 1.234", "12,5%"
//   english     "17,980,500,000", "85.83", "Rp 1,234", "12.5%"
// Decimal only: no hex ("0x10"), no "inf" or "nan", no thousands marks in
// the wrong places ("1.23.4"). The value is what is written: "12,5%" is
// 12.5 (the column is in percent), never 0.125.
#pragma once

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#if defined(__has_include)
#if __has_include(<charconv>)
#include <charconv>
#endif
#endif
#if !(defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L)
#include <locale.h>
#endif

#include <kinerja/sdk/text.hpp>

namespace kinerja::sdk {

enum class NumberStyle { plain, comma, indonesian, english };

inline const char* number_style_name(NumberStyle s) {
  switch (s) {
    case NumberStyle::plain: return "plain";
    case NumberStyle::comma: return "comma";
    case NumberStyle::indonesian: return "id";
    case NumberStyle::english: return "en";
  }
  return "plain";
}

// "plain", "comma", "id" (or "indonesian"), "en" (or "english").
inline std::optional<NumberStyle> parse_number_style(std::string_view name) {
  const std::string k = text::key(name);
  if (k == "plain") return NumberStyle::plain;
  if (k == "comma") return NumberStyle::comma;
  if (k == "id" || k == "indonesian" || k == "indonesia") return NumberStyle::indonesian;
  if (k == "en" || k == "english") return NumberStyle::english;
  return std::nullopt;
}

namespace detail {

// `s` is already checked to be [-]digits[.digits][e[+-]digits] in ASCII.
inline std::optional<double> ascii_to_double(const std::string& s) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
  double value = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
#else
  // A standard library without floating-point from_chars (libc++ 14): strtod
  // in the "C" locale, whatever the process locale says.
  static const locale_t c_locale = newlocale(LC_NUMERIC_MASK, "C", static_cast<locale_t>(0));
  char* end = nullptr;
  errno = 0;
  const double value = strtod_l(s.c_str(), &end, c_locale);
  if (end != s.c_str() + s.size() || errno == ERANGE) return std::nullopt;
  return value;
#endif
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// [-+]digits[mark digits][e[-+]digits] -> the ASCII text strtod reads, or
// nothing.
inline std::optional<std::string> plain_digits(std::string_view s, char mark) {
  std::string out;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    if (s[i] == '-') out += '-';
    ++i;
  }
  const std::size_t start = i;
  while (i < s.size() && is_digit(s[i])) out += s[i++];
  bool digits = i > start;
  if (i < s.size() && s[i] == mark) {
    out += '.';
    ++i;
    const std::size_t fraction = i;
    while (i < s.size() && is_digit(s[i])) out += s[i++];
    digits = digits || i > fraction;
  }
  if (!digits) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    out += 'e';
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) out += s[i++];
    const std::size_t exponent = i;
    while (i < s.size() && is_digit(s[i])) out += s[i++];
    if (i == exponent) return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  return out;
}

// Grouped: "17.980.500.000" or "1.234,5" (group '.', decimal ','): the
// first group has 1 to 3 digits, every other exactly 3.
inline std::optional<std::string> grouped_digits(std::string_view s, char group, char mark) {
  std::string out;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    if (s[i] == '-') out += '-';
    ++i;
  }
  std::size_t run = 0;
  bool grouped = false, any = false;
  for (; i < s.size() && s[i] != mark; ++i) {
    if (is_digit(s[i])) {
      out += s[i];
      ++run;
      any = true;
    } else if (s[i] == group) {
      if (run == 0 || (grouped && run != 3) || (!grouped && run > 3)) return std::nullopt;
      grouped = true;
      run = 0;
    } else {
      return std::nullopt;
    }
  }
  if (grouped && run != 3) return std::nullopt;
  if (i < s.size()) {  // the decimal mark
    ++i;
    if (i == s.size() && !any) return std::nullopt;
    out += '.';
    for (; i < s.size(); ++i) {
      if (!is_digit(s[i])) return std::nullopt;
      out += s[i];
      any = true;
    }
  }
  if (!any) return std::nullopt;
  return out;
}

// Strips "Rp" / "Rp." before and "%" after, with the spaces around them.
inline std::string_view strip_currency_and_percent(std::string_view s) {
  s = text::trim(s);
  if (s.size() >= 2 && text::fold(s[0]) == 'r' && text::fold(s[1]) == 'p') {
    s.remove_prefix(2);
    if (!s.empty() && s.front() == '.') s.remove_prefix(1);
    s = text::trim(s);
  }
  if (!s.empty() && s.back() == '%') {
    s.remove_suffix(1);
    s = text::trim(s);
  }
  return s;
}

}  // namespace detail

// The number `text` holds in `style`, or nothing. Spaces around are
// ignored; an empty text is nothing.
inline std::optional<double> parse_number(std::string_view text, NumberStyle style = NumberStyle::plain) {
  std::string_view s = text::trim(text);
  if (s.empty()) return std::nullopt;
  std::optional<std::string> ascii;
  switch (style) {
    case NumberStyle::plain: ascii = detail::plain_digits(s, '.'); break;
    case NumberStyle::comma: ascii = detail::plain_digits(s, ','); break;
    case NumberStyle::indonesian: ascii = detail::grouped_digits(detail::strip_currency_and_percent(s), '.', ','); break;
    case NumberStyle::english: ascii = detail::grouped_digits(detail::strip_currency_and_percent(s), ',', '.'); break;
  }
  if (!ascii) return std::nullopt;
  const auto value = detail::ascii_to_double(*ascii);
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return value;
}

// What a style expects, for messages: "a number such as 83.96".
inline std::string number_style_example(NumberStyle style) {
  switch (style) {
    case NumberStyle::plain: return "a number such as 83.96";
    case NumberStyle::comma: return "a number such as 83,96";
    case NumberStyle::indonesian: return "a number such as 17.980.500.000, 85,83, Rp 1.234 or 12,5%";
    case NumberStyle::english: return "a number such as 17,980,500,000, 85.83 or 12.5%";
  }
  return "a number";
}

}  // namespace kinerja::sdk
