// Calendar dates as exports write them, day arithmetic without time zones,
// months and periods. Read:
//   "2024-01-05", "2024/01/05"                 year first: always Y-M-D
//   "05/01/2024", "05-01-2024", "5.1.2024"      day first (DMY, the default)
//   "01/05/2024"                                month first when told (MDY)
//   "5 Januari 2024", "26 Jul 2024", "26-Agu-2024", "Jumat, 5 Januari 2024",
//   "January 5, 2024"                           Indonesian or English month
//                                               names, full or short
// with a time after the date ignored ("2024-01-05 14:03:22",
// "2024-01-05T14:03", "7/26/2024 14:03:22"). Two-digit years are refused:
// "05/01/24" could be 1924. Excel's day serials are converted by
// from_excel_serial.
#pragma once

#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kinerja/sdk/text.hpp>

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
  // The date `days` after 1970-01-01.
  static Date from_days(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long doe = days - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    Date d;
    d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
  }
  // 0 = Monday ... 6 = Sunday.
  int weekday() const { return static_cast<int>(((days() % 7) + 7 + 3) % 7); }

  std::string iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
  }

  friend bool operator==(const Date& a, const Date& b) { return a.days() == b.days(); }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.days() <= b.days(); }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator>=(const Date& a, const Date& b) { return b <= a; }
};

inline bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

inline bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// The order of day, month and year in an all-numeric date.
enum class DateOrder { dmy, mdy, ymd };

inline const char* date_order_name(DateOrder o) {
  return o == DateOrder::dmy ? "DMY" : o == DateOrder::mdy ? "MDY" : "YMD";
}

// "DMY", "MDY", "YMD", or a pattern such as "DD/MM/YYYY", "MM/DD/YYYY",
// "YYYY-MM-DD" (case ignored).
inline std::optional<DateOrder> parse_date_order(std::string_view name) {
  std::string letters;
  char last = 0;
  for (char c : text::trim(name)) {
    const char f = text::fold(c);
    if ((f == 'd' || f == 'm' || f == 'y') && f != last) letters += f;
    if (f == 'd' || f == 'm' || f == 'y') last = f;
  }
  if (letters == "dmy") return DateOrder::dmy;
  if (letters == "mdy") return DateOrder::mdy;
  if (letters == "ymd") return DateOrder::ymd;
  return std::nullopt;
}

// 1 to 12 for an Indonesian or English month name, full or short
// ("Januari", "Jan", "Agustus", "Agu", "Agt", "Ags", "August", "Aug",
// "Mei", "May", "Okt", "Oct", "Des", "Dec", "Sept"); case ignored.
inline std::optional<int> month_from_name(std::string_view name) {
  struct Name {
    const char* text;
    int month;
  };
  static constexpr Name names[] = {
      {"januari", 1},  {"january", 1},  {"jan", 1},     {"februari", 2}, {"february", 2}, {"pebruari", 2},
      {"feb", 2},      {"peb", 2},      {"maret", 3},   {"march", 3},    {"mar", 3},      {"april", 4},
      {"apr", 4},      {"mei", 5},      {"may", 5},     {"juni", 6},     {"june", 6},     {"jun", 6},
      {"juli", 7},     {"july", 7},     {"jul", 7},     {"agustus", 8},  {"august", 8},   {"agu", 8},
      {"agt", 8},      {"ags", 8},      {"aug", 8},     {"september", 9}, {"sept", 9},     {"sep", 9},
      {"oktober", 10}, {"october", 10}, {"okt", 10},    {"oct", 10},     {"november", 11}, {"nopember", 11},
      {"nov", 11},     {"nop", 11},     {"desember", 12}, {"december", 12}, {"des", 12},   {"dec", 12},
  };
  const std::string k = text::folded(text::trim(name));
  for (const Name& n : names) {
    if (k == n.text) return n.month;
  }
  return std::nullopt;
}

namespace detail {

inline bool is_weekday_name(std::string_view word) {
  static constexpr const char* names[] = {"senin",  "selasa",  "rabu",      "kamis",    "jumat",  "jum'at",
                                          "sabtu",  "minggu",  "ahad",      "monday",   "tuesday", "wednesday",
                                          "thursday", "friday", "saturday", "sunday",   "mon",    "tue",
                                          "wed",    "thu",     "fri",       "sat",      "sun"};
  const std::string k = text::folded(word);
  for (const char* n : names) {
    if (k == n) return true;
  }
  return false;
}

struct DateToken {
  std::string_view text;
  bool digits = false;
};

inline bool is_date_separator(char c) { return c == '/' || c == '-' || c == '.' || c == ' ' || c == ','; }

// Whether `rest` (what follows a date, from its separator on) is a time:
// 'T' or spaces and commas, then H:MM or H.MM and anything (seconds, a zone,
// "WIB", "PM"). A second date ("05/01/2024 06/01/2024") is not one.
inline bool is_time_after_date(std::string_view rest) {
  if (!rest.empty() && rest.front() == 'T') {
    rest.remove_prefix(1);
  } else {
    const std::size_t start = rest.find_first_not_of(" ,");
    if (start == 0 || start == std::string_view::npos) return false;
    rest.remove_prefix(start);
  }
  const auto digit = [&](std::size_t k) { return k < rest.size() && rest[k] >= '0' && rest[k] <= '9'; };
  const std::size_t hour = digit(0) ? (digit(1) ? 2 : 1) : 0;
  return hour != 0 && hour < rest.size() && (rest[hour] == ':' || rest[hour] == '.') && digit(hour + 1) && digit(hour + 2);
}

}  // namespace detail

// The year, month and day `text` is written with, whether or not such a
// date exists (31/11/2024 gives 2024, 11, 31); nothing when it is no date's
// shape. `order` decides all-numeric dates that are not year-first.
inline std::optional<Date> date_as_written(std::string_view text, DateOrder order = DateOrder::dmy) {
  std::string_view s = text::trim(text);
  // Three tokens of the date, then at most a time.
  std::array<detail::DateToken, 3> tokens{};
  std::size_t count = 0, i = 0;
  while (i < s.size() && count < 3) {
    while (i < s.size() && detail::is_date_separator(s[i])) ++i;
    if (i == s.size()) break;
    const std::size_t start = i;
    const bool digits = s[i] >= '0' && s[i] <= '9';
    while (i < s.size() && !detail::is_date_separator(s[i]) && ((s[i] >= '0' && s[i] <= '9') == digits) &&
           !(digits && s[i] == 'T')) {
      ++i;
    }
    if (i == start) return std::nullopt;  // a character that is neither a digit nor a letter-run
    const std::string_view token = s.substr(start, i - start);
    if (!digits && count == 0 && detail::is_weekday_name(token)) continue;  // "Jumat, 5 Januari 2024"
    tokens[count++] = {token, digits};
  }
  if (count != 3) return std::nullopt;
  // What follows the date: nothing, or a time after a 'T', a space or ", "
  // ("Jumat, 5 Januari 2024, 10.00 WIB").
  if (i < s.size() && !detail::is_time_after_date(s.substr(i))) return std::nullopt;
  const auto number = [](std::string_view t, std::size_t min_digits, std::size_t max_digits) -> std::optional<int> {
    if (t.size() < min_digits || t.size() > max_digits) return std::nullopt;
    int v = 0;
    for (char c : t) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  std::optional<int> year, month, day;
  if (!tokens[0].digits || !tokens[1].digits || !tokens[2].digits) {
    // A month name: "5 Januari 2024" (day name year) or "January 5 2024".
    if (!tokens[1].digits && tokens[0].digits && tokens[2].digits) {
      day = number(tokens[0].text, 1, 2);
      month = month_from_name(tokens[1].text);
      year = number(tokens[2].text, 4, 4);
    } else if (!tokens[0].digits && tokens[1].digits && tokens[2].digits) {
      month = month_from_name(tokens[0].text);
      day = number(tokens[1].text, 1, 2);
      year = number(tokens[2].text, 4, 4);
    }
  } else if (tokens[0].text.size() == 4) {  // year first is never ambiguous
    year = number(tokens[0].text, 4, 4);
    month = number(tokens[1].text, 1, 2);
    day = number(tokens[2].text, 1, 2);
  } else if (order == DateOrder::ymd) {
    return std::nullopt;  // a year-first order, but the first part is no year
  } else {
    year = number(tokens[2].text, 4, 4);
    const auto first = number(tokens[0].text, 1, 2), second = number(tokens[1].text, 1, 2);
    day = order == DateOrder::dmy ? first : second;
    month = order == DateOrder::dmy ? second : first;
  }
  if (!year || !month || !day) return std::nullopt;
  return Date{*year, *month, *day};
}

// The date `text` holds, or nothing (also for dates that do not exist:
// 2023-02-29). `order` decides all-numeric dates that are not year-first.
inline std::optional<Date> parse_date(std::string_view text, DateOrder order = DateOrder::dmy) {
  const auto d = date_as_written(text, order);
  if (!d || !is_valid_date(d->year, d->month, d->day)) return std::nullopt;
  return d;
}

// Why a date written in a date's shape does not exist, for messages:
// "November 2024 has 30 days", "there is no month 13"; empty otherwise.
inline std::string why_no_such_date(std::string_view text, DateOrder order = DateOrder::dmy) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  const auto d = date_as_written(text, order);
  if (!d || is_valid_date(d->year, d->month, d->day)) return "";
  if (d->month < 1 || d->month > 12) return "there is no month " + std::to_string(d->month);
  if (d->year < 1) return "there is no year 0";
  if (d->day < 1) return "there is no day 0";
  return std::string(months[d->month - 1]) + " " + std::to_string(d->year) + " has " +
         std::to_string(days_in_month(d->year, d->month)) + " days";
}

// The date of an Excel day serial (the integer part; the fraction is the
// time of day). The 1900 system counts the fictitious 1900-02-29 (serial
// 60), which is refused; `date1904` is the Mac system of some workbooks,
// whose day 0 is 1904-01-01 and whose serials are 1462 less.
inline std::optional<Date> from_excel_serial(double serial, bool date1904 = false) {
  const double first = date1904 ? 0 : 1, last = date1904 ? 2957003 : 2958465;  // up to 9999-12-31
  if (!std::isfinite(serial) || serial < first || serial >= last + 1) return std::nullopt;
  const long whole = static_cast<long>(std::floor(serial));
  if (date1904) return Date::from_days(whole - 24107);
  if (whole == 60) return std::nullopt;
  return Date::from_days(whole < 60 ? whole - 25568 : whole - 25569);
}

// A calendar month, "2023-01".
struct YearMonth {
  int year = 1970;
  int month = 1;

  std::string text() const {
    char buffer[12];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
  }
  YearMonth next() const { return month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1}; }
  static YearMonth of(const Date& d) { return {d.year, d.month}; }

  friend bool operator==(const YearMonth& a, const YearMonth& b) { return a.year == b.year && a.month == b.month; }
  friend bool operator!=(const YearMonth& a, const YearMonth& b) { return !(a == b); }
  friend bool operator<(const YearMonth& a, const YearMonth& b) {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  }
  friend bool operator<=(const YearMonth& a, const YearMonth& b) { return !(b < a); }
};

// "2023-01" (also "2023-1"); nothing for anything else.
inline std::optional<YearMonth> parse_year_month(std::string_view text) {
  const std::string_view s = text::trim(text);
  const std::size_t dash = s.find('-');
  if (dash != 4 || s.size() < 6 || s.size() > 7) return std::nullopt;
  int year = 0, month = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == dash) continue;
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    (i < dash ? year : month) = (i < dash ? year : month) * 10 + (s[i] - '0');
  }
  if (month < 1 || month > 12 || year < 1) return std::nullopt;
  return YearMonth{year, month};
}

// Inclusive dates: what a plugin counts. Empty when `to` is before `from`.
struct Period {
  Date from;
  Date to;

  static Period year(int y) { return {Date{y, 1, 1}, Date{y, 12, 31}}; }
  bool contains(const Date& d) const { return from <= d && d <= to; }
  bool contains(const YearMonth& m) const { return YearMonth::of(from) <= m && m <= YearMonth::of(to); }
  // "2023-01-01..2023-12-31".
  std::string text() const { return from.iso() + ".." + to.iso(); }
  // The months it touches, in order.
  std::vector<YearMonth> months() const {
    std::vector<YearMonth> out;
    if (to < from) return out;
    for (YearMonth m = YearMonth::of(from); m <= YearMonth::of(to); m = m.next()) out.push_back(m);
    return out;
  }
};

}  // namespace kinerja::sdk
