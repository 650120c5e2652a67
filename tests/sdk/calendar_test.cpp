// kinerja::sdk::WorkingDayCalendar, against the bundled 2023 calendar
// (plugins/ppid/data/calendar/2023.json). Every expected count is worked out
// by hand from the 2023 calendar (REFERENCE.md section 5).
#include <kinerja/sdk/calendar.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace {

using kinerja::sdk::Date;
using kinerja::sdk::InputError;
using kinerja::sdk::UnknownCalendarYear;
using kinerja::sdk::WorkingDayCalendar;
using ::testing::HasSubstr;

const std::filesystem::path bundled = KINERJA_PPID_CALENDAR_DIR;

Date d(int y, int m, int day) { return Date{y, m, day}; }

const WorkingDayCalendar& cal2023() {
  static const WorkingDayCalendar calendar = WorkingDayCalendar::from_folder(bundled);
  return calendar;
}

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "no error";
}

TEST(WorkingDayCalendar, BundledFolderHas2023WithSixteenHolidaysAndElevenCutiBersama) {
  const auto& cal = cal2023();
  EXPECT_EQ(cal.years(), std::vector<int>{2023});
  std::size_t libur = 0, cuti = 0;
  for (const auto& h : cal.year(2023).holidays) (h.kind == "cuti_bersama" ? cuti : libur)++;
  EXPECT_EQ(libur, 16u);
  EXPECT_EQ(cuti, 11u);
  EXPECT_THAT(cal.year(2023).source, HasSubstr("SKB 3 Menteri 2023"));
}

TEST(WorkingDayCalendar, SameDayIsZeroNextWorkingDayIsOne) {
  const auto& cal = cal2023();
  EXPECT_EQ(cal.working_days_between(d(2023, 1, 3), d(2023, 1, 3)), 0);  // Tuesday
  EXPECT_EQ(cal.working_days_between(d(2023, 1, 3), d(2023, 1, 4)), 1);
  EXPECT_EQ(cal.working_days_between(d(2023, 1, 6), d(2023, 1, 9)), 1);  // Friday -> Monday
}

TEST(WorkingDayCalendar, ReceivedOnAWeekendCountsFromTheNextWorkingDay) {
  const auto& cal = cal2023();
  EXPECT_EQ(cal.working_days_between(d(2023, 1, 7), d(2023, 1, 8)), 0);  // Saturday -> Sunday
  EXPECT_EQ(cal.working_days_between(d(2023, 1, 7), d(2023, 1, 9)), 1);  // Saturday -> Monday
  // Received on Nyepi (Wed 22 March), cuti bersama Thursday: Friday is 1.
  EXPECT_EQ(cal.working_days_between(d(2023, 3, 22), d(2023, 3, 24)), 1);
}

TEST(WorkingDayCalendar, LebaranWeekCountsOneDay) {
  // 19-21 April cuti bersama, 22-23 Idul Fitri (weekend), 24-25 cuti bersama:
  // received Tuesday 18 April, answered Wednesday 26 April = 1.
  const auto& cal = cal2023();
  EXPECT_EQ(cal.working_days_between(d(2023, 4, 18), d(2023, 4, 26)), 1);
  EXPECT_EQ(cal.working_days_between(d(2023, 4, 18), d(2023, 4, 25)), 0);
}

TEST(WorkingDayCalendar, Year2023Has239WorkingDays) {
  // 260 weekdays, less 10 libur nasional on weekdays and 11 cuti bersama.
  EXPECT_EQ(cal2023().working_days_between(d(2023, 1, 1), d(2023, 12, 31)), 239);
}

TEST(WorkingDayCalendar, HolidaysAreNamedAndKinded) {
  const auto& cal = cal2023();
  const auto* nyepi = cal.holiday(d(2023, 3, 22));
  ASSERT_NE(nyepi, nullptr);
  EXPECT_EQ(nyepi->kind, "libur_nasional");
  EXPECT_THAT(nyepi->name, HasSubstr("Nyepi"));
  const auto* cuti = cal.holiday(d(2023, 12, 26));
  ASSERT_NE(cuti, nullptr);
  EXPECT_EQ(cuti->kind, "cuti_bersama");
  EXPECT_FALSE(cal.is_working_day(d(2023, 6, 30)));
  EXPECT_TRUE(cal.is_working_day(d(2023, 6, 27)));
  EXPECT_FALSE(cal.is_working_day(d(2023, 6, 3)));  // Saturday
  EXPECT_EQ(cal.holiday(d(2023, 6, 27)), nullptr);
}

TEST(WorkingDayCalendar, AYearWithoutDataIsAnErrorNamingTheYears) {
  const auto& cal = cal2023();
  try {
    cal.working_days_between(d(2023, 12, 27), d(2024, 1, 3));
    FAIL() << "expected UnknownCalendarYear";
  } catch (const UnknownCalendarYear& e) {
    EXPECT_EQ(e.year(), 2024);
    EXPECT_STREQ(e.what(), "no working-day calendar for 2024 (calendars for: 2023)");
  }
  EXPECT_THROW(cal.is_working_day(d(2022, 12, 30)), UnknownCalendarYear);
  EXPECT_THROW(cal.working_days_between(d(2022, 12, 31), d(2023, 1, 2)), kinerja::sdk::ConfigError);
}

TEST(WorkingDayCalendar, AnswerBeforeReceiptIsRefused) {
  EXPECT_THROW(cal2023().working_days_between(d(2023, 5, 2), d(2023, 5, 1)), std::invalid_argument);
}

TEST(WorkingDayCalendar, AUnitFileAddsAYearAcrossNewYear) {
  kinerja::testing::TempDir dir;
  const auto file = dir.write("kalender.json", R"({"year": 2024, "source": "unit",
    "libur_nasional": [{"date": "2024-01-01", "name": "Tahun Baru 2024 Masehi"}], "cuti_bersama": []})");
  WorkingDayCalendar cal = WorkingDayCalendar::from_folder(bundled);
  EXPECT_EQ(cal.load_file(file), 2024);
  EXPECT_EQ(cal.years_text(), "2023, 2024");
  // Thu 28, Fri 29 December; Monday 1 January a holiday; Tue 2, Wed 3 January.
  EXPECT_EQ(cal.working_days_between(d(2023, 12, 27), d(2024, 1, 3)), 4);
  EXPECT_EQ(cal.year(2024).file, file);
}

TEST(WorkingDayCalendar, AReplacedYearForgetsItsOldHolidays) {
  kinerja::testing::TempDir dir;
  const auto file = dir.write("2023.json", R"({"year": 2023, "libur_nasional": [], "cuti_bersama": []})");
  WorkingDayCalendar cal = WorkingDayCalendar::from_folder(bundled);
  cal.load_file(file);
  EXPECT_TRUE(cal.is_working_day(d(2023, 4, 19)));
  EXPECT_EQ(cal.working_days_between(d(2023, 4, 18), d(2023, 4, 26)), 6);  // 19, 20, 21, 24, 25, 26
}

TEST(WorkingDayCalendar, FromPathTakesAFileOrAFolder) {
  EXPECT_EQ(WorkingDayCalendar::from_path(bundled).years(), std::vector<int>{2023});
  EXPECT_EQ(WorkingDayCalendar::from_path(bundled / "2023.json").years(), std::vector<int>{2023});
}

TEST(WorkingDayCalendar, FromDaysInvertsDays) {
  for (const Date date : {d(1970, 1, 1), d(2023, 2, 28), d(2024, 2, 29), d(2023, 12, 31), d(2000, 3, 1)}) {
    EXPECT_EQ(Date::from_days(date.days()).iso(), date.iso());
  }
}

// Data-file validation: every error names the file and the entry.
std::string load_error(const std::string& content, const std::string& name = "cal.json") {
  kinerja::testing::TempDir dir;
  const auto file = dir.write(name, content);
  return error_of([&] { WorkingDayCalendar::from_file(file); });
}

TEST(WorkingDayCalendarData, ADateOutsideItsYearIsRefused) {
  const std::string e = load_error(R"({"year": 2023, "libur_nasional": [{"date": "2024-01-01", "name": "Tahun Baru"}],
                                       "cuti_bersama": []})");
  EXPECT_THAT(e, HasSubstr("cal.json: libur_nasional[0] (\"2024-01-01\" Tahun Baru): 2024-01-01 is not in 2023"));
}

TEST(WorkingDayCalendarData, ADuplicateIsRefusedNamingBothEntries) {
  const std::string e = load_error(R"({"year": 2023,
    "libur_nasional": [{"date": "2023-01-01", "name": "A"}, {"date": "2023-04-19", "name": "B"}],
    "cuti_bersama": [{"date": "2023-04-19", "name": "C"}]})");
  EXPECT_THAT(e, HasSubstr("cal.json: cuti_bersama[0] (\"2023-04-19\" C): 2023-04-19 is listed twice (also in "
                           "libur_nasional as \"B\")"));
}

TEST(WorkingDayCalendarData, AnImpossibleOrNonIsoDateIsRefused) {
  EXPECT_THAT(load_error(R"({"year": 2023, "libur_nasional": [{"date": "2023-02-29"}], "cuti_bersama": []})"),
              HasSubstr("libur_nasional[0] (2023-02-29): '2023-02-29' is not a date (expected YYYY-MM-DD)"));
  EXPECT_THAT(load_error(R"({"year": 2023, "libur_nasional": [], "cuti_bersama": [{"date": "01/05/2023"}]})"),
              HasSubstr("cuti_bersama[0] (01/05/2023): '01/05/2023' is not a date"));
}

TEST(WorkingDayCalendarData, ShapeErrorsAreNamed) {
  EXPECT_THAT(load_error(R"({"year": 2023, "libur_nasional": []})"), HasSubstr("missing \"cuti_bersama\""));
  EXPECT_THAT(load_error(R"({"year": "2023", "libur_nasional": [], "cuti_bersama": []})"),
              HasSubstr("\"year\" must be a whole number"));
  EXPECT_THAT(load_error(R"({"year": 2023, "libur": [], "libur_nasional": [], "cuti_bersama": []})"),
              HasSubstr("unknown key 'libur'"));
  EXPECT_THAT(load_error(R"({"year": 2023, "libur_nasional": ["2023-01-01"], "cuti_bersama": []})"),
              HasSubstr("libur_nasional[0]: expected {\"date\""));
  EXPECT_THAT(load_error(R"({"year": 2023, "libur_nasional": [{"date": "2023-01-01", "nama": "x"}], "cuti_bersama": []})"),
              HasSubstr("libur_nasional[0]: unknown key 'nama'"));
  EXPECT_THAT(load_error("{\"year\": 2023,\n \"libur_nasional\": [,]}"), HasSubstr("cal.json:2:"));
}

TEST(WorkingDayCalendarData, FolderFilesAreNamedAfterTheirYear) {
  {
    kinerja::testing::TempDir dir;
    dir.write("2024.json", R"({"year": 2023, "libur_nasional": [], "cuti_bersama": []})");
    const std::string e = error_of([&] { WorkingDayCalendar::from_folder(dir.path()); });
    EXPECT_THAT(e, HasSubstr("2024.json: \"year\" is 2023 but the file is named 2024.json"));
  }
  {
    kinerja::testing::TempDir dir;
    dir.write("libur.json", R"({"year": 2023, "libur_nasional": [], "cuti_bersama": []})");
    const std::string e = error_of([&] { WorkingDayCalendar::from_folder(dir.path()); });
    EXPECT_THAT(e, HasSubstr("libur.json: a calendar file must be named after its year"));
  }
  EXPECT_THROW(WorkingDayCalendar::from_folder(bundled / "no-such-folder"), InputError);
}

}  // namespace
