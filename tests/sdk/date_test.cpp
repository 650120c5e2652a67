// Tests of kinerja/sdk/date.hpp: dates as exports write them, Excel day
// serials, months and periods. Every expected date is worked by hand.
#include <kinerja/sdk/date.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace kinerja::sdk {
namespace {

std::string iso_of(const char* text, DateOrder order = DateOrder::dmy) {
  const auto d = parse_date(text, order);
  return d ? d->iso() : "(refused)";
}

TEST(Date, IsoAndIndonesianForms) {
  const auto iso = parse_date("2023-08-17");
  ASSERT_TRUE(iso);
  EXPECT_EQ(iso->year, 2023);
  EXPECT_EQ(iso->month, 8);
  EXPECT_EQ(iso->day, 17);
  EXPECT_EQ(parse_date("17/08/2023"), iso);
  EXPECT_EQ(parse_date("17-08-2023"), iso);
  EXPECT_EQ(parse_date("17.08.2023"), iso);  // the dotted form of Indonesian letters
  EXPECT_EQ(parse_date("2023/08/17"), iso);  // year first is never ambiguous
  EXPECT_EQ(parse_date(" 2023-08-17 09:30 "), iso);
  EXPECT_EQ(parse_date("2023-08-17T09:30:00"), iso);
  EXPECT_EQ(iso->iso(), "2023-08-17");
}

TEST(Date, RefusesWhatIsNotADate) {
  for (const char* text : {"", "2023-02-29", "2024-13-01", "31/04/2023", "23-8-17", "2023-08-1x", "tujuh belas",
                           "2023-08", "17/08", "2023-08-17-01", "0000-01-01", "17/08/2023 pukul 10", "2023-08-17x",
                           "2023-08-17 T", "Tanggal 5 Januari 2024"}) {
    EXPECT_FALSE(parse_date(text)) << text;
  }
  EXPECT_TRUE(parse_date("2024-02-29"));  // a leap year
  EXPECT_TRUE(parse_date("2000-02-29"));  // divisible by 400
  EXPECT_FALSE(parse_date("1900-02-29"));  // divisible by 100 only
}

TEST(Date, WhyADateInADatesShapeDoesNotExist) {
  EXPECT_EQ(why_no_such_date("31/11/2024"), "November 2024 has 30 days");
  EXPECT_EQ(why_no_such_date("29 Februari 2023"), "February 2023 has 28 days");
  EXPECT_EQ(why_no_such_date("2024-13-01"), "there is no month 13");
  EXPECT_EQ(why_no_such_date("00/01/2024"), "there is no day 0");
  EXPECT_EQ(why_no_such_date("11/31/2024", DateOrder::mdy), "November 2024 has 30 days");
  EXPECT_EQ(why_no_such_date("30/11/2024"), "");  // it exists
  EXPECT_EQ(why_no_such_date("kemarin"), "");     // no date's shape
}

TEST(Date, DayArithmeticAndWeekdays) {
  EXPECT_EQ((Date{1970, 1, 1}).days(), 0);
  EXPECT_EQ((Date{2023, 1, 1}).days(), 19358);
  EXPECT_EQ((Date{2023, 3, 1}).days() - (Date{2023, 2, 28}).days(), 1);
  EXPECT_EQ((Date{2024, 3, 1}).days() - (Date{2024, 2, 28}).days(), 2);
  EXPECT_EQ((Date{2023, 12, 31}).days() - (Date{2023, 1, 1}).days(), 364);
  EXPECT_EQ((Date{2023, 8, 17}).weekday(), 3);  // a Thursday
  EXPECT_EQ((Date{2023, 1, 1}).weekday(), 6);   // a Sunday
  EXPECT_EQ((Date{2024, 1, 5}).weekday(), 4);   // a Friday (Jumat)
  EXPECT_EQ((Date{1969, 12, 31}).weekday(), 2);  // before 1970: a Wednesday
  EXPECT_TRUE((Date{2023, 1, 31}) < (Date{2023, 2, 1}));
}

TEST(Date, FromDaysUndoesDays) {
  for (const Date d : {Date{1, 1, 1}, Date{1899, 12, 30}, Date{1900, 3, 1}, Date{1969, 12, 31}, Date{2000, 2, 29},
                       Date{2024, 12, 31}, Date{9999, 12, 31}}) {
    const Date back = Date::from_days(d.days());
    EXPECT_EQ(back.iso(), d.iso());
  }
  EXPECT_EQ(Date::from_days(19358).iso(), "2023-01-01");
  EXPECT_EQ(Date::from_days(-1).iso(), "1969-12-31");
}

TEST(DateMonthNames, IndonesianAndEnglishFullAndShort) {
  const std::vector<std::pair<const char*, int>> names = {
      {"Januari", 1},  {"January", 1},  {"Jan", 1},       {"Februari", 2}, {"Pebruari", 2}, {"February", 2},
      {"Feb", 2},      {"Peb", 2},      {"Maret", 3},     {"March", 3},    {"Mar", 3},      {"April", 4},
      {"Apr", 4},      {"Mei", 5},      {"May", 5},       {"Juni", 6},     {"June", 6},     {"Jun", 6},
      {"Juli", 7},     {"July", 7},     {"Jul", 7},       {"Agustus", 8},  {"August", 8},   {"Agu", 8},
      {"Agt", 8},      {"Ags", 8},      {"Aug", 8},       {"September", 9}, {"Sept", 9},    {"Sep", 9},
      {"Oktober", 10}, {"October", 10}, {"Okt", 10},      {"Oct", 10},     {"November", 11}, {"Nopember", 11},
      {"Nov", 11},     {"Nop", 11},     {"Desember", 12}, {"December", 12}, {"Des", 12},    {"Dec", 12},
      {"JANUARI", 1},  {" mei ", 5}};
  for (const auto& [name, month] : names) EXPECT_EQ(month_from_name(name), month) << name;
  for (const char* wrong : {"", "Ja", "Januar", "Juky", "Mai", "13", "Jumat"}) {
    EXPECT_FALSE(month_from_name(wrong)) << wrong;
  }
}

TEST(DateMonthNames, DatesWithMonthNamesAndAWeekdayBefore) {
  EXPECT_EQ(iso_of("5 Januari 2024"), "2024-01-05");
  EXPECT_EQ(iso_of("05 januari 2024"), "2024-01-05");
  EXPECT_EQ(iso_of("26 Jul 2024"), "2024-07-26");
  EXPECT_EQ(iso_of("26-Agu-2024"), "2024-08-26");
  EXPECT_EQ(iso_of("17 Agustus 1945"), "1945-08-17");
  EXPECT_EQ(iso_of("1 Nopember 2023"), "2023-11-01");
  EXPECT_EQ(iso_of("31 Des 2023"), "2023-12-31");
  EXPECT_EQ(iso_of("January 5, 2024"), "2024-01-05");
  EXPECT_EQ(iso_of("Sept 30 2023"), "2023-09-30");
  EXPECT_EQ(iso_of("Jumat, 5 Januari 2024"), "2024-01-05");
  EXPECT_EQ(iso_of("Jum'at, 5 Januari 2024"), "2024-01-05");
  EXPECT_EQ(iso_of("Sabtu 6 Jan 2024"), "2024-01-06");
  EXPECT_EQ(iso_of("Friday, January 5, 2024"), "2024-01-05");
  EXPECT_EQ(iso_of("Fri, 5 Jan 2024 14:03:22"), "2024-01-05");
  // A month name is never read by the numeric order.
  EXPECT_EQ(iso_of("5 Januari 2024", DateOrder::mdy), "2024-01-05");
  for (const char* wrong : {"30 Februari 2024", "5 Januar 2024", "5 Januari", "Januari 2024", "5 Januari 24",
                            "5 Januari 2024 Jumat", "123 Januari 2024"}) {
    EXPECT_FALSE(parse_date(wrong)) << wrong;
  }
}

TEST(DateTimes, ATimeAfterTheDateIsIgnored) {
  EXPECT_EQ(iso_of("2024-01-05 14:03:22"), "2024-01-05");
  EXPECT_EQ(iso_of("2024-01-05T14:03"), "2024-01-05");
  EXPECT_EQ(iso_of("2024-01-05T14:03:22Z"), "2024-01-05");
  EXPECT_EQ(iso_of("2024-01-05 14:03:22.123+07:00"), "2024-01-05");
  EXPECT_EQ(iso_of("7/26/2024 14:03:22", DateOrder::mdy), "2024-07-26");  // Google Forms, US locale
  EXPECT_EQ(iso_of("26/07/2024 14.03.22"), "2024-07-26");                  // Google Forms, Indonesian locale
  EXPECT_EQ(iso_of("5 Januari 2024 10:00"), "2024-01-05");
  EXPECT_EQ(iso_of("5/1/2024 2:03 PM"), "2024-01-05");
  EXPECT_EQ(iso_of("2024-01-05 pukul 10.00"), "(refused)");  // words after the date
  EXPECT_EQ(iso_of("2024-01-05 "), "2024-01-05");               // trailing spaces only
  EXPECT_EQ(iso_of("Jumat, 5 Januari 2024, 10.00 WIB"), "2024-01-05");  // after a comma
  EXPECT_EQ(iso_of("January 5, 2024, 2:03 PM"), "2024-01-05");
  EXPECT_EQ(iso_of("2024-01-05 0:00:00"), "2024-01-05");
}

TEST(DateTimes, WhatFollowsMustBeATime) {
  for (const char* text : {"05/01/2024 06/01/2024",  // two dates: which one?
                           "05/01/2024 2024", "2024-01-05 14", "2024-01-05 14:0", "2024-01-05 123:00",
                           "2024-01-05T", "2024-01-05,", "2024-01-05 ,", "2024-01-05 WIB 10:00"}) {
    EXPECT_FALSE(parse_date(text)) << text;
  }
}

TEST(DateOrders, DayFirstByDefaultMonthFirstWhenTold) {
  EXPECT_EQ(iso_of("01/05/2024"), "2024-05-01");
  EXPECT_EQ(iso_of("01/05/2024", DateOrder::dmy), "2024-05-01");
  EXPECT_EQ(iso_of("01/05/2024", DateOrder::mdy), "2024-01-05");
  EXPECT_EQ(iso_of("5/1/2024"), "2024-01-05");
  EXPECT_EQ(iso_of("13/01/2024", DateOrder::mdy), "(refused)");  // no 13th month
  EXPECT_EQ(iso_of("7/26/2024"), "(refused)");                   // DMY: no 26th month
  EXPECT_EQ(iso_of("01/05/2024", DateOrder::ymd), "(refused)");  // year first, but the first part is no year
}

TEST(DateOrders, YearFirstWhateverTheOrder) {
  for (DateOrder order : {DateOrder::dmy, DateOrder::mdy, DateOrder::ymd}) {
    EXPECT_EQ(iso_of("2024-01-05", order), "2024-01-05");
    EXPECT_EQ(iso_of("2024/1/5", order), "2024-01-05");
    EXPECT_EQ(iso_of("2024.01.05", order), "2024-01-05");
  }
  EXPECT_EQ(iso_of("2024-05-01"), "2024-05-01");  // never Y-D-M
  EXPECT_EQ(iso_of("2024-31-01"), "(refused)");
}

TEST(DateOrders, TwoDigitYearsAreRefused) {
  for (const char* text : {"05/01/24", "5-1-24", "24-01-05", "5 Jan 24", "Jan 5, 24", "05/01/024", "05/01/02024"}) {
    EXPECT_FALSE(parse_date(text)) << text;
    EXPECT_FALSE(parse_date(text, DateOrder::mdy)) << text;
  }
}

TEST(DateOrders, NamesAndPatterns) {
  EXPECT_EQ(parse_date_order("DMY"), DateOrder::dmy);
  EXPECT_EQ(parse_date_order("mdy"), DateOrder::mdy);
  EXPECT_EQ(parse_date_order("YMD"), DateOrder::ymd);
  EXPECT_EQ(parse_date_order("DD/MM/YYYY"), DateOrder::dmy);
  EXPECT_EQ(parse_date_order("mm/dd/yyyy"), DateOrder::mdy);
  EXPECT_EQ(parse_date_order(" yyyy-mm-dd "), DateOrder::ymd);
  EXPECT_EQ(parse_date_order("d/m/yyyy"), DateOrder::dmy);
  for (const char* wrong : {"", "DM", "dd/mm", "DMYD", "DYM", "european"}) EXPECT_FALSE(parse_date_order(wrong)) << wrong;
  EXPECT_STREQ(date_order_name(DateOrder::dmy), "DMY");
  EXPECT_STREQ(date_order_name(DateOrder::mdy), "MDY");
  EXPECT_STREQ(date_order_name(DateOrder::ymd), "YMD");
}

std::string serial(double s, bool date1904 = false) {
  const auto d = from_excel_serial(s, date1904);
  return d ? d->iso() : "(refused)";
}

TEST(ExcelSerial, The1900SystemWithItsLeapYearBug) {
  EXPECT_EQ(serial(1), "1900-01-01");
  EXPECT_EQ(serial(31), "1900-01-31");
  EXPECT_EQ(serial(59), "1900-02-28");
  EXPECT_EQ(serial(60), "(refused)");  // 1900-02-29, which never was
  EXPECT_EQ(serial(61), "1900-03-01");
  EXPECT_EQ(serial(25569), "1970-01-01");
  EXPECT_EQ(serial(45292), "2024-01-01");
  EXPECT_EQ(serial(45296), "2024-01-05");
  EXPECT_EQ(serial(45292.999), "2024-01-01");  // the fraction is the time of day
  EXPECT_EQ(serial(2958465), "9999-12-31");    // Excel's last day
  for (double wrong : {0.0, 0.5, -1.0, 60.5, 2958466.0, std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity()}) {
    EXPECT_EQ(serial(wrong), "(refused)") << wrong;
  }
}

TEST(ExcelSerial, The1904SystemOfSomeWorkbooks) {
  // Day 0 is 1904-01-01; 1904 (leap) and 1905-1907 make 1908-01-01 day 1461;
  // a 1900-system serial less 1462 is the same day.
  EXPECT_EQ(serial(0, true), "1904-01-01");
  EXPECT_EQ(serial(1, true), "1904-01-02");
  EXPECT_EQ(serial(60, true), "1904-03-01");  // 31 + 29 days after 1 January: no fictitious day here
  EXPECT_EQ(serial(1461, true), "1908-01-01");
  EXPECT_EQ(serial(45292 - 1462, true), "2024-01-01");
  EXPECT_EQ(serial(2958465 - 1462, true), "9999-12-31");
  EXPECT_EQ(serial(2958465 - 1461, true), "(refused)");  // past 9999-12-31
  EXPECT_EQ(serial(-1, true), "(refused)");
}

TEST(YearMonth, TextOrderAndNext) {
  EXPECT_EQ((YearMonth{2024, 1}).text(), "2024-01");
  EXPECT_EQ((YearMonth{2023, 12}).next(), (YearMonth{2024, 1}));
  EXPECT_EQ((YearMonth{2023, 1}).next(), (YearMonth{2023, 2}));
  EXPECT_EQ(YearMonth::of(Date{2024, 2, 29}), (YearMonth{2024, 2}));
  EXPECT_TRUE((YearMonth{2023, 12}) < (YearMonth{2024, 1}));
  EXPECT_TRUE((YearMonth{2024, 1}) < (YearMonth{2024, 2}));
  EXPECT_TRUE((YearMonth{2024, 1}) <= (YearMonth{2024, 1}));
  EXPECT_FALSE((YearMonth{2024, 2}) <= (YearMonth{2024, 1}));
  EXPECT_NE((YearMonth{2024, 1}), (YearMonth{2023, 1}));
}

TEST(YearMonth, ParsedFromYearDashMonth) {
  EXPECT_EQ(parse_year_month("2023-01"), (YearMonth{2023, 1}));
  EXPECT_EQ(parse_year_month("2023-1"), (YearMonth{2023, 1}));
  EXPECT_EQ(parse_year_month(" 2023-12 "), (YearMonth{2023, 12}));
  for (const char* wrong : {"", "2023", "2023-", "2023-13", "2023-00", "23-01", "2023/01", "2023-01-05", "abcd-01",
                            "2023-1a", "-2023-01", "2023--1", "0000-01"}) {
    EXPECT_FALSE(parse_year_month(wrong)) << wrong;
  }
}

TEST(Period, YearContainsAndText) {
  const Period p = Period::year(2023);
  EXPECT_EQ(p.text(), "2023-01-01..2023-12-31");
  EXPECT_TRUE(p.contains(Date{2023, 1, 1}));
  EXPECT_TRUE(p.contains(Date{2023, 12, 31}));
  EXPECT_FALSE(p.contains(Date{2022, 12, 31}));
  EXPECT_FALSE(p.contains(Date{2024, 1, 1}));
  EXPECT_TRUE(p.contains(YearMonth{2023, 12}));
  EXPECT_FALSE(p.contains(YearMonth{2024, 1}));
  EXPECT_EQ(p.months().size(), 12u);
}

TEST(Period, MonthsAcrossAYearEnd) {
  const Period p{Date{2023, 11, 15}, Date{2024, 2, 3}};
  EXPECT_EQ(p.months(), (std::vector<YearMonth>{{2023, 11}, {2023, 12}, {2024, 1}, {2024, 2}}));
  EXPECT_TRUE(p.contains(YearMonth{2023, 11}));  // a month it touches, though not whole
  EXPECT_TRUE(p.contains(YearMonth{2024, 2}));
  EXPECT_FALSE(p.contains(YearMonth{2023, 10}));
  EXPECT_FALSE(p.contains(Date{2023, 11, 14}));
  EXPECT_TRUE(p.contains(Date{2024, 2, 3}));
  EXPECT_EQ((Period{Date{2024, 3, 5}, Date{2024, 3, 5}}).months(), (std::vector<YearMonth>{{2024, 3}}));
  EXPECT_TRUE((Period{Date{2024, 3, 5}, Date{2024, 3, 4}}).months().empty());  // ends before it starts
  EXPECT_FALSE((Period{Date{2024, 3, 5}, Date{2024, 3, 4}}).contains(Date{2024, 3, 5}));
}

}  // namespace
}  // namespace kinerja::sdk
