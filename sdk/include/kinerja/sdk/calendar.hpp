// Working days (hari kerja) as Indonesian government offices count them:
// Monday to Friday, except libur nasional (national holidays) and cuti
// bersama (collective leave days), read from one JSON data file per year:
//
//   {"year": 2023,
//    "source": "SKB 3 Menteri 2023 and amendments",
//    "libur_nasional": [{"date": "2023-01-01", "name": "Tahun Baru 2023 Masehi"}, ...],
//    "cuti_bersama":   [{"date": "2023-01-23", "name": "Cuti Bersama Tahun Baru Imlek"}, ...]}
//
// A folder of such files (2023.json, 2024.json, ...) covers a span of years.
// A date in a year with no file is an error (UnknownCalendarYear, naming the
// year and the years there are), never a silent count of weekdays.
//
// The counting convention, working_days_between(received, answered): the
// number of working days AFTER the received date, up to AND INCLUDING the
// answered date. Answered the same day: 0; answered on the next working
// day: 1. A request received on a weekend or holiday is counted the same
// way, from the next working day: received Saturday, answered Monday: 1
// (as for received Friday, answered Monday).
//
// Header-only, C++17, like the rest of the SDK.
#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/plugin_data.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

// A date in a year the calendar has no data for.
class UnknownCalendarYear : public ConfigError {
 public:
  UnknownCalendarYear(int year, const std::string& message) : ConfigError(message), year_(year) {}
  int year() const { return year_; }

 private:
  int year_;
};

struct Holiday {
  Date date;
  std::string name;
  std::string kind;  // "libur_nasional" or "cuti_bersama"
};

class WorkingDayCalendar {
 public:
  struct Year {
    int year = 0;
    std::string source;
    std::filesystem::path file;  // empty when built in memory
    std::vector<Holiday> holidays;
  };

  // One year's file.
  static WorkingDayCalendar from_file(const std::filesystem::path& file) {
    WorkingDayCalendar calendar;
    calendar.load_file(file);
    return calendar;
  }

  // Every *.json in `folder`, each named after its year (2023.json).
  static WorkingDayCalendar from_folder(const std::filesystem::path& folder) {
    WorkingDayCalendar calendar;
    calendar.load_folder(folder);
    return calendar;
  }

  // A file or a folder, as above.
  static WorkingDayCalendar from_path(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec) ? from_folder(path) : from_file(path);
  }

  // Reads a year's file; it replaces any year already loaded with the same
  // number (so a unit's own file overrides a bundled one). Returns the year.
  int load_file(const std::filesystem::path& file) {
    Year year = parse(read_json_data(file), file.string());
    year.file = file;
    const int number = year.year;
    add(std::move(year));
    return number;
  }

  void load_folder(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      throw InputError(folder.string() + ": no such calendar folder");
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      const std::string stem = file.stem().string();
      const bool named_by_year =
          stem.size() == 4 && std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!named_by_year) {
        throw InputError(file.string() + ": a calendar file must be named after its year, e.g. 2023.json");
      }
      Year year = parse(read_json_data(file), file.string());
      if (std::to_string(year.year) != stem) {
        throw InputError(file.string() + ": \"year\" is " + std::to_string(year.year) + " but the file is named " +
                         file.filename().string());
      }
      year.file = file;
      add(std::move(year));
    }
  }

  // Checks one year's JSON (what a file holds); `origin` names it in errors.
  static Year parse(const json& j, const std::string& origin) {
    if (!j.is_object()) throw InputError(origin + ": a calendar file holds a JSON object");
    for (const auto& [key, value] : j.items()) {
      (void)value;
      if (key != "year" && key != "source" && key != "description" && key != "libur_nasional" &&
          key != "cuti_bersama") {
        throw InputError(origin + ": unknown key '" + key +
                         "' (known: year, source, description, libur_nasional, cuti_bersama)");
      }
    }
    Year year;
    const auto year_it = j.find("year");
    if (year_it == j.end() || !year_it->is_number_integer() || year_it->get<int>() < 1900 || year_it->get<int>() > 2200) {
      throw InputError(origin + ": \"year\" must be a whole number (e.g. 2023)");
    }
    year.year = year_it->get<int>();
    if (const auto it = j.find("source"); it != j.end()) {
      if (!it->is_string()) throw InputError(origin + ": \"source\" must be a string");
      year.source = it->get<std::string>();
    }
    for (const char* kind : {"libur_nasional", "cuti_bersama"}) {
      const auto list = j.find(kind);
      if (list == j.end()) throw InputError(origin + ": missing \"" + kind + "\" (a list, possibly empty)");
      if (!list->is_array()) throw InputError(origin + ": \"" + kind + "\" must be a list");
      for (std::size_t i = 0; i < list->size(); ++i) {
        const json& entry = (*list)[i];
        const std::string where = origin + ": " + kind + "[" + std::to_string(i) + "]";
        if (!entry.is_object() || !entry.contains("date") || !entry["date"].is_string()) {
          throw InputError(where + ": expected {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}");
        }
        for (const auto& [key, value] : entry.items()) {
          (void)value;
          if (key != "date" && key != "name") throw InputError(where + ": unknown key '" + key + "' (known: date, name)");
        }
        if (entry.contains("name") && !entry["name"].is_string()) throw InputError(where + ": \"name\" must be a string");
        const std::string text = entry["date"].get<std::string>();
        const std::string name = entry.value("name", std::string{});
        const std::string label = where + " (" + (name.empty() ? text : "\"" + text + "\" " + name) + ")";
        const std::optional<Date> date = parse_iso(text);
        if (!date) throw InputError(label + ": '" + text + "' is not a date (expected YYYY-MM-DD)");
        if (date->year != year.year) {
          throw InputError(label + ": " + text + " is not in " + std::to_string(year.year) + ", the file's year");
        }
        for (const Holiday& earlier : year.holidays) {
          if (earlier.date == *date) {
            throw InputError(label + ": " + text + " is listed twice (also in " + earlier.kind + " as \"" + earlier.name +
                             "\")");
          }
        }
        year.holidays.push_back({*date, name, kind});
      }
    }
    return year;
  }

  // Adds a year (replacing one with the same number).
  void add(Year year) {
    const int number = year.year;
    for (const Holiday& h : year.holidays) holidays_[h.date.days()] = h;
    // Drop holidays of a replaced year that the new data does not list.
    if (const auto old = years_.find(number); old != years_.end()) {
      for (const Holiday& h : old->second.holidays) {
        const bool kept = std::any_of(year.holidays.begin(), year.holidays.end(),
                                      [&](const Holiday& n) { return n.date == h.date; });
        if (!kept) holidays_.erase(h.date.days());
      }
    }
    years_[number] = std::move(year);
  }

  std::vector<int> years() const {
    std::vector<int> out;
    for (const auto& [number, year] : years_) out.push_back(number);
    return out;
  }
  bool has_year(int year) const { return years_.count(year) != 0; }
  const Year& year(int number) const {
    require_year(number);
    return years_.at(number);
  }

  // "2023, 2024" (or "none").
  std::string years_text() const {
    std::string text;
    for (const auto& [number, year] : years_) text += (text.empty() ? "" : ", ") + std::to_string(number);
    return text.empty() ? "none" : text;
  }

  // Throws UnknownCalendarYear unless the calendar has data for `year`.
  void require_year(int year) const {
    if (has_year(year)) return;
    throw UnknownCalendarYear(year, "no working-day calendar for " + std::to_string(year) + " (calendars for: " +
                                        years_text() + ")");
  }

  // The holiday on `date`, or nothing. Throws for a year with no data.
  const Holiday* holiday(const Date& date) const {
    require_year(date.year);
    const auto it = holidays_.find(date.days());
    return it == holidays_.end() ? nullptr : &it->second;
  }

  bool is_working_day(const Date& date) const { return date.weekday() < 5 && holiday(date) == nullptr; }

  // Working days after `received` up to and including `answered` (see the
  // top of this file). `answered` before `received` is std::invalid_argument;
  // a date in a year with no data is UnknownCalendarYear.
  long working_days_between(const Date& received, const Date& answered) const {
    if (answered < received) {
      throw std::invalid_argument("working_days_between: " + answered.iso() + " is before " + received.iso());
    }
    require_year(received.year);
    long count = 0;
    for (long day = received.days() + 1; day <= answered.days(); ++day) {
      if (is_working_day(Date::from_days(day))) ++count;
    }
    return count;
  }


 private:
  // Data files use ISO dates only, so "01/02/2023" is never read two ways.
  static std::optional<Date> parse_iso(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    return parse_date(text);
  }

  std::map<int, Year> years_;
  std::map<long, Holiday> holidays_;
};

}  // namespace kinerja::sdk
