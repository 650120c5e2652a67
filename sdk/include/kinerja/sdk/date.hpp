// Calendar dates as event logs write them: ISO "2023-01-31" or the
// Indonesian "31/01/2023" (DD/MM/YYYY). Day arithmetic without time zones.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::sdk {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Days since 1970-01-01 (proleptic Gregorian), for differences and order.
  long days() const {
    const int y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }
  // 0 = Monday ... 6 = Sunday.
  int weekday() const { return static_cast<int>(((days() % 7) + 7 + 3) % 7); }

  std::string iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
  }

  friend bool operator==(const Date& a, const Date& b) { return a.days() == b.days(); }
  friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.days() <= b.days(); }
};

inline bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

namespace detail {
inline bool digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
  if (at + count > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}
}  // namespace detail

// "2023-01-31", "31/01/2023" (also "31-01-2023"); a time after the date
// ("2023-01-31 08:15", "2023-01-31T08:15:00") is ignored. Nothing for
// anything else, including dates that do not exist (2023-02-29).
inline std::optional<Date> parse_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T')) text = text.substr(0, 10);
  if (text.size() != 10) return std::nullopt;
  Date d;
  bool ok = false;
  if (text[4] == '-' && text[7] == '-') {
    ok = detail::digits(text, 0, 4, d.year) && detail::digits(text, 5, 2, d.month) && detail::digits(text, 8, 2, d.day);
  } else if ((text[2] == '/' && text[5] == '/') || (text[2] == '-' && text[5] == '-')) {
    ok = detail::digits(text, 0, 2, d.day) && detail::digits(text, 3, 2, d.month) && detail::digits(text, 6, 4, d.year);
  }
  if (!ok || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

}  // namespace kinerja::sdk
