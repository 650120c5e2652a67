// The ppid plugin's logic (plugins/ppid/ppid.cpp) with the bundled 2023
// calendar. Expected values are worked out by hand in the comments.
#include "ppid.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"
#include "kinerja_test_paths.hpp"

namespace {

using kinerja::sdk::Date;
using kinerja::sdk::Period;
using kinerja::sdk::WorkingDayCalendar;
using kinerja::sdk::YearMonth;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using json = nlohmann::json;

const WorkingDayCalendar& calendar() {
  static const WorkingDayCalendar c = WorkingDayCalendar::from_folder(KINERJA_PPID_CALENDAR_DIR);
  return c;
}

const Period year2023 = Period::year(2023);
const Date new_year_eve{2023, 12, 31};

// The bundled 2023 calendar and a 2024 one with New Year's Day only.
WorkingDayCalendar with_2024(const kinerja::testing::TempDir& dir) {
  WorkingDayCalendar cal = WorkingDayCalendar::from_folder(KINERJA_PPID_CALENDAR_DIR);
  cal.load_file(dir.write("2024.json", R"({"year": 2024, "libur_nasional": [{"date": "2024-01-01"}], "cuti_bersama": []})"));
  return cal;
}

ppid::RequestRow row(std::string id, Date received, std::optional<Date> answered, bool extension = false,
                     std::optional<ppid::InfoClass> c = ppid::InfoClass::setiap_saat) {
  return {std::move(id), received, answered, c, extension};
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

// A requests table parameter as the config writes it, relative to `dir`.
kinerja::sdk::TableSpec table(const json& value, const kinerja::testing::TempDir& dir) {
  std::vector<kinerja::sdk::Problem> problems;
  auto spec = kinerja::sdk::TableSpec::parse(value, ppid::request_fields(), dir.path(), "/params/requests", problems);
  if (!spec) throw std::runtime_error(problems.front().path + ": " + problems.front().message);
  return *spec;
}

ppid::ReadOutcome read(const json& value, const kinerja::testing::TempDir& dir, const Date& cutoff = new_year_eve) {
  return ppid::read_requests(table(value, dir), calendar(), year2023, cutoff);
}

TEST(PpidClasses, KeysInTheOrderOfTheCategories) {
  EXPECT_EQ(ppid::class_key(ppid::InfoClass::serta_merta), "serta_merta");
  const auto& field = ppid::request_fields()[ppid::class_field];
  ASSERT_EQ(field.categories.size(), ppid::class_count);
  for (auto c : ppid::all_classes()) EXPECT_EQ(field.categories[static_cast<std::size_t>(c)], ppid::class_key(c));
  ppid::ClassCounts counts;
  counts[ppid::InfoClass::dikecualikan] = 4;
  counts[ppid::InfoClass::berkala] = 1;
  EXPECT_EQ(counts.dikecualikan, 4u);
  EXPECT_EQ(counts.total(), 5u);
  EXPECT_EQ(ppid::limit_for(false), 10);
  EXPECT_EQ(ppid::limit_for(true), 17);
}

TEST(PpidHistogram, MeanMedianMax) {
  ppid::DayHistogram h;
  EXPECT_EQ(h.mean(), std::nullopt);
  EXPECT_EQ(h.median(), std::nullopt);
  for (long days : {3, 0, 12, 1, 1}) h.add(days);
  // sorted 0 1 1 3 12: median 1, mean 17/5, max 12
  EXPECT_DOUBLE_EQ(*h.mean(), 3.4);
  EXPECT_DOUBLE_EQ(*h.median(), 1.0);
  EXPECT_EQ(*h.max(), 12);
  EXPECT_EQ(h.at_most(1), 3u);
  EXPECT_EQ(h.at_most(10), 4u);
  h.add(4);  // 0 1 1 3 4 12: median (1 + 3) / 2
  EXPECT_DOUBLE_EQ(*h.median(), 2.0);
  EXPECT_EQ(h.to_json().dump(), R"({"0":1,"1":2,"12":1,"3":1,"4":1})");
}

TEST(PpidStats, LateAndOnTimeWithAndWithoutExtension) {
  ppid::RequestStats s(calendar(), year2023, new_year_eve);
  // 15 May -> 5 June: 12 working days (18 May, 1-2 June, 4 June off); no extension: late.
  s.add(row("R-06", Date{2023, 5, 15}, Date{2023, 6, 5}, false, ppid::InfoClass::dikecualikan));
  // 26 June -> 14 July: 11 (28-30 June off); extended: on time.
  s.add(row("R-07", Date{2023, 6, 26}, Date{2023, 7, 14}, true));
  // 1 Aug -> 28 Aug: 18 (17 Aug off); extended: late.
  s.add(row("R-08", Date{2023, 8, 1}, Date{2023, 8, 28}, true, ppid::InfoClass::berkala));
  EXPECT_EQ(s.requests(), 3u);
  EXPECT_EQ(s.at_cutoff().on_time, 1u);
  EXPECT_EQ(s.at_cutoff().late, 2u);
  EXPECT_EQ(s.extended(), 2u);
  ASSERT_EQ(s.late().size(), 2u);
  EXPECT_EQ(s.late()[0].id, "R-06");
  EXPECT_EQ(s.late()[0].days, 12);
  EXPECT_EQ(s.late()[1].id, "R-08");
  EXPECT_EQ(s.late()[1].days, 18);
  EXPECT_DOUBLE_EQ(*s.times().mean(), 41.0 / 3.0);
  EXPECT_DOUBLE_EQ(*s.at_cutoff().on_time_share(), 100.0 / 3.0);
  EXPECT_DOUBLE_EQ(*s.at_cutoff().answered_share(), 100.0);
  EXPECT_THAT(s.warnings(), ElementsAre("2 requests answered after the legal limit: R-06 (12 working days, limit 10), "
                                        "R-08 (18 working days with extension, limit 17)"));
  const auto b = s.breakdown();
  EXPECT_EQ(b["within_10_days"]["count"], 0);
  EXPECT_EQ(b["within_17_days"]["count"], 2);
  EXPECT_EQ(b["classes"]["dikecualikan"]["mean_days"], 12.0);
  EXPECT_FALSE(b["classes"].contains("unclassified"));
}

TEST(PpidStats, OpenRequestsAreReportedAndNeverOnTime) {
  ppid::RequestStats s(calendar(), year2023, new_year_eve);
  s.add(row("R-09", Date{2023, 12, 22}, Date{2023, 12, 27}));  // 1 (25-26 Dec off): on time
  s.add(row("R-10", Date{2023, 12, 28}, std::nullopt));        // Fri 29 Dec: 1 so far
  s.add(row("R-11", Date{2023, 12, 11}, std::nullopt));        // 12 so far (25-26 Dec off): past 10
  EXPECT_EQ(s.requests(), 3u);
  EXPECT_EQ(s.times().count(), 1u);
  ASSERT_EQ(s.open().size(), 2u);
  EXPECT_EQ(s.open()[0].days_at_cutoff, 1);
  EXPECT_FALSE(s.open()[0].overdue);
  EXPECT_EQ(s.open()[1].days_at_cutoff, 12);
  EXPECT_TRUE(s.open()[1].overdue);
  // 1 of 3 on time, not 1 of the 1 answered.
  const auto& c = s.at_cutoff();
  EXPECT_EQ(c.received, 3u);
  EXPECT_EQ(c.answered, 1u);
  EXPECT_EQ(c.on_time, 1u);
  EXPECT_EQ(c.open, 2u);
  EXPECT_EQ(c.open_overdue, 1u);
  EXPECT_DOUBLE_EQ(*c.on_time_share(), 100.0 / 3.0);
  EXPECT_DOUBLE_EQ(*c.answered_share(), 100.0 / 3.0);
  EXPECT_THAT(s.warnings(), ElementsAre("2 requests still open at the end of the period (2023-12-31): R-10 (1 working "
                                        "day so far, no answer yet), R-11 (12 working days so far, past its limit of "
                                        "10, no answer yet)"));
  EXPECT_EQ(s.breakdown()["months"]["2023-12"]["open"], 2);
  EXPECT_EQ(s.breakdown()["at_cutoff"]["date"], "2023-12-31");
}

TEST(PpidStats, NoRequestNoShare) {
  const ppid::RequestStats s(calendar(), year2023, new_year_eve);
  EXPECT_EQ(s.at_cutoff().on_time_share(), std::nullopt);
  EXPECT_EQ(s.at_cutoff().answered_share(), std::nullopt);
  EXPECT_TRUE(s.breakdown()["mean_days"].is_null());
}

TEST(PpidStats, AnAnswerAfterTheCutoffCountsInTheMeanButNotInTheShares) {
  kinerja::testing::TempDir dir;
  const WorkingDayCalendar cal = with_2024(dir);
  ppid::RequestStats s(cal, year2023, new_year_eve);
  s.add(row("R-14", Date{2023, 12, 27}, Date{2024, 1, 3}));  // 28, 29 Dec, 2, 3 Jan = 4; 2 by 31 Dec
  EXPECT_DOUBLE_EQ(*s.times().mean(), 4.0);
  ASSERT_EQ(s.open().size(), 1u);
  EXPECT_EQ(s.open()[0].days_at_cutoff, 2);
  EXPECT_EQ(s.open()[0].answered->iso(), "2024-01-03");
  EXPECT_EQ(s.at_cutoff().on_time, 0u);
  EXPECT_DOUBLE_EQ(*s.at_cutoff().on_time_share(), 0.0);
}

TEST(PpidStats, ALaterCutoffLetsLatePeriodAnswersCount) {
  kinerja::testing::TempDir dir;
  const WorkingDayCalendar cal = with_2024(dir);
  ppid::RequestStats s(cal, year2023, Date{2024, 1, 15});
  s.add(row("R-14", Date{2023, 12, 27}, Date{2024, 1, 3}));  // 4: answered by the cut-off, on time
  // 28 Dec, no answer; by 15 Jan: 29 Dec, 2-5, 8-12, 15 Jan = 11: past 10.
  s.add(row("R-15", Date{2023, 12, 28}, std::nullopt));
  EXPECT_EQ(s.at_cutoff().on_time, 1u);
  EXPECT_EQ(s.at_cutoff().open_overdue, 1u);
  ASSERT_EQ(s.open().size(), 1u);
  EXPECT_EQ(s.open()[0].days_at_cutoff, 11);
  EXPECT_THAT(s.warnings(), ElementsAre("1 request still open at the cut-off (2024-01-15): R-15 (11 working days so "
                                        "far, past its limit of 10, no answer yet)"));
}

TEST(PpidStats, UnclassifiedRequestsHaveTheirOwnGroup) {
  ppid::RequestStats s(calendar(), year2023, new_year_eve);
  s.add(row("R-1", Date{2023, 1, 2}, Date{2023, 1, 5}, false, std::nullopt));  // 3
  s.add(row("R-2", Date{2023, 1, 2}, Date{2023, 1, 3}, false, ppid::InfoClass::berkala));
  EXPECT_EQ(s.unclassified(), 1u);
  EXPECT_EQ(s.breakdown()["classes"]["unclassified"]["mean_days"], 3.0);
}

TEST(PpidStats, AnAnswerInAYearWithoutCalendarThrows) {
  ppid::RequestStats s(calendar(), year2023, new_year_eve);
  EXPECT_THROW(s.add(row("R-14", Date{2023, 12, 27}, Date{2024, 1, 3})), kinerja::sdk::UnknownCalendarYear);
  EXPECT_EQ(s.requests(), 0u);  // nothing counted for it
}

// The golden case's log (plugins/ppid/testcases/requests-2023-holidays/requests.csv).
const char* golden_log =
    "nomor,tanggal_diterima,tanggal_dijawab,jenis_informasi,perpanjangan\n"
    "R-01,2023-01-02,2023-01-05,setiap_saat,tidak\n"   // 3
    "R-02,2023-01-20,2023-01-25,berkala,\n"            // 2: 22 Imlek (Sun), 23 cuti
    "R-03,2023-03-21,2023-03-24,setiap saat,tidak\n"   // 1: 22 Nyepi, 23 cuti
    "R-04,2023-04-18,2023-04-26,serta-merta,tidak\n"   // 1: Lebaran week
    "R-05,2023-04-06,2023-04-06,berkala,tidak\n"       // 0
    "R-06,2023-05-15,2023-06-05,dikecualikan,tidak\n"  // 12, late
    "R-07,2023-06-26,2023-07-14,setiap_saat,ya\n"      // 11, extended, on time
    "R-08,2023-08-01,2023-08-28,berkala,ya\n"          // 18, extended, late
    "R-09,2023-12-22,2023-12-27,setiap_saat,tidak\n"   // 1: 25 Natal, 26 cuti
    "R-10,2023-12-28,,setiap_saat,tidak\n"             // open, 1 so far
    "R-11,2023-12-11,,berkala,tidak\n"                 // open, 12 so far
    "R-12,2023-10-02,2023-10-02,serta_merta,tidak\n"   // 0
    "R-13,2023-09-30,2023-10-02,setiap_saat,tidak\n";  // 1: received Saturday

TEST(PpidRead, TheGoldenLogByHand) {
  kinerja::testing::TempDir dir;
  dir.write("requests.csv", golden_log);
  const auto out = read("requests.csv", dir);
  const auto& s = out.stats;
  EXPECT_EQ(out.input["rows"], 13);
  EXPECT_EQ(s.requests(), 13u);
  EXPECT_EQ(s.times().count(), 11u);
  // 3+2+1+1+0+12+11+18+1+0+1 = 50 over 11 answered
  EXPECT_DOUBLE_EQ(*s.times().mean(), 50.0 / 11.0);
  EXPECT_DOUBLE_EQ(*s.times().median(), 1.0);  // 0 0 1 1 1 [1] 2 3 11 12 18
  EXPECT_EQ(*s.times().max(), 18);
  EXPECT_EQ(s.at_cutoff().on_time, 9u);
  EXPECT_DOUBLE_EQ(*s.at_cutoff().on_time_share(), 900.0 / 13.0);
  ASSERT_EQ(s.late().size(), 2u);
  ASSERT_EQ(s.open().size(), 2u);
  EXPECT_EQ(s.open()[0].id, "R-10");
  EXPECT_EQ(s.open()[1].id, "R-11");
  const auto b = s.breakdown();
  EXPECT_EQ(b["within_10_days"]["count"], 8);
  EXPECT_EQ(b["within_17_days"]["count"], 10);
  EXPECT_DOUBLE_EQ(b["classes"]["berkala"]["mean_days"].get<double>(), 20.0 / 3.0);
  EXPECT_EQ(b["classes"]["berkala"]["requests"], 4);
  EXPECT_DOUBLE_EQ(b["classes"]["setiap_saat"]["mean_days"].get<double>(), 3.4);
  EXPECT_DOUBLE_EQ(b["months"]["2023-04"]["mean_days"].get<double>(), 0.5);
  EXPECT_EQ(b["months"]["2023-02"]["requests"], 0);
  EXPECT_TRUE(out.warnings.empty());
  EXPECT_TRUE(out.without_class.empty());
  EXPECT_TRUE(out.without_extension.empty());
}

TEST(PpidRead, SemicolonsDdMmYyyyBomCrlfAndOwnColumns) {
  kinerja::testing::TempDir dir;
  dir.write("log.csv",
            "\xEF\xBB\xBFNo;Tgl Terima;Tgl Jawab;Jenis;Perpanjangan\r\n"
            "A1;02/01/2023 08:00;05/01/2023 16:30:00;Berkala;tidak\r\n"  // 3
            "A2;17/08/2023;21/08/2023;Setiap Saat;\r\n"                  // 2
            "A3;\"29/09/2023\";\"02/10/2023\";serta merta;Tidak\r\n");    // 1
  const auto out = read({{"file", "log.csv"},
                         {"columns", {{"id", "No"}, {"received", "Tgl Terima"}, {"answered", "Tgl Jawab"}, {"class", "Jenis"}}}},
                        dir);
  EXPECT_DOUBLE_EQ(*out.stats.times().mean(), 2.0);
  EXPECT_DOUBLE_EQ(*out.stats.times().median(), 2.0);
  EXPECT_EQ(out.stats.class_requests(ppid::InfoClass::serta_merta), 1u);
}

TEST(PpidRead, RegisterWordsForClassesAndHeadersFoundByDefault) {
  kinerja::testing::TempDir dir;
  // "No" is a running number: "No. Registrasi" is the id.
  dir.write("register.csv",
            "REGISTER PERMOHONAN INFORMASI PUBLIK\n"
            "No,No. Registrasi,Tanggal Permohonan,Tanggal Selesai,Klasifikasi Informasi\n"
            "1,REG-7,5 Januari 2023,9 Januari 2023,Informasi Setiap Saat\n"  // 6-9 Jan: 2
            "2,REG-8,6 Jan 2023,6 Jan 2023,Informasi yang Dikecualikan\n");  // 0
  const auto out = read("register.csv", dir);
  EXPECT_EQ(out.stats.requests(), 2u);
  EXPECT_EQ(out.stats.class_requests(ppid::InfoClass::setiap_saat), 1u);
  EXPECT_EQ(out.stats.class_requests(ppid::InfoClass::dikecualikan), 1u);
  EXPECT_EQ(out.input["sources"][0]["header_row"], 2);
  EXPECT_THAT(out.without_extension, ElementsAre("register.csv"));
  EXPECT_THAT(out.warnings, ElementsAre("register.csv: no extension column ('perpanjangan'): its requests are taken as "
                                        "not extended (limit 10 working days)"));
  EXPECT_DOUBLE_EQ(*out.stats.times().mean(), 1.0);
}

TEST(PpidRead, BadRowsAreErrorsNamingFileLineAndColumn) {
  kinerja::testing::TempDir dir;
  const std::string header = "nomor,tanggal_diterima,tanggal_dijawab,jenis_informasi,perpanjangan\n";
  const auto before = dir.write("before.csv", header + "R-1,2023-03-03,2023-03-01,berkala,tidak\n");
  EXPECT_EQ(error_of([&] { read("before.csv", dir); }),
            before.string() + ":2: column 'tanggal_dijawab': answered 2023-03-01 before it was received (2023-03-03)");
  const auto cls = dir.write("class.csv", header + "R-1,2023-03-03,2023-03-06,berkala,tidak\nR-2,2023-03-03,,rahasia,\n");
  EXPECT_EQ(error_of([&] { read("class.csv", dir); }),
            cls.string() + ":3: column 'jenis_informasi': 'rahasia' is not berkala, serta_merta, setiap_saat or "
                           "dikecualikan (map other words with \"map\")");
  const auto date = dir.write("date.csv", header + "R-1,31/02/2023,,berkala,\n");
  EXPECT_EQ(error_of([&] { read("date.csv", dir); }),
            date.string() + ":2: column 'tanggal_diterima': '31/02/2023' is no date: February 2023 has 28 days");
  dir.write("ext.csv", header + "R-1,2023-03-03,,berkala,mungkin\n");
  EXPECT_THAT(error_of([&] { read("ext.csv", dir); }),
              HasSubstr("ext.csv:2: column 'perpanjangan': 'mungkin' is not ya or tidak"));
  dir.write("id.csv", header + " ,2023-03-03,,berkala,\n");
  EXPECT_THAT(error_of([&] { read("id.csv", dir); }), HasSubstr("id.csv:2: column 'nomor': blank id"));
}

TEST(PpidRead, AnExtensionRecordedAsADateIsReadWithAMap) {
  kinerja::testing::TempDir dir;
  dir.write("r.csv",
            "nomor,tanggal_diterima,tanggal_dijawab,tanggal perpanjangan\n"
            "R-1,2023-08-01,2023-08-28,2023-08-14\n"  // 18 with extension: late (17)
            "R-2,2023-06-26,2023-07-14,14/07/2023\n"  // 11 with extension: on time
            "R-3,2023-01-02,2023-01-05,\n");          // 3, not extended
  // Without the map the date is no flag, and the message says what to write.
  EXPECT_THAT(error_of([&] { read("r.csv", dir); }),
              HasSubstr("r.csv:2: column 'tanggal perpanjangan': '2023-08-14' is not ya or tidak (map other values "
                        "with \"map\", e.g. {\"*\": \"ya\", \"\": \"tidak\"}"));
  const auto out = read({{"file", "r.csv"}, {"columns", {{"extension", {{"map", {{"*", "ya"}, {"", "tidak"}}}}}}}}, dir);
  EXPECT_EQ(out.stats.extended(), 2u);
  EXPECT_EQ(out.stats.at_cutoff().on_time, 2u);
  ASSERT_EQ(out.stats.late().size(), 1u);
  EXPECT_EQ(out.stats.late()[0].id, "R-1");
  EXPECT_TRUE(out.stats.late()[0].extension);
}

TEST(PpidRead, NoClassColumnMeansUnclassifiedAndAValueClassifiesAll) {
  kinerja::testing::TempDir dir;
  dir.write("r.csv", "nomor,tanggal_diterima,tanggal_dijawab\nR-1,2023-01-02,2023-01-05\nR-2,2023-01-03,\n");
  const auto out = read("r.csv", dir);
  EXPECT_EQ(out.stats.unclassified(), 2u);
  EXPECT_THAT(out.without_class, ElementsAre("r.csv"));
  const auto valued = read({{"file", "r.csv"}, {"columns", {{"class", {{"value", "Setiap Saat"}}}}}}, dir);
  EXPECT_EQ(valued.stats.unclassified(), 0u);
  EXPECT_EQ(valued.stats.class_requests(ppid::InfoClass::setiap_saat), 2u);
  EXPECT_TRUE(valued.without_class.empty());
}

TEST(PpidRead, AYearWithoutCalendarIsAnErrorNamingTheLineAndYear) {
  kinerja::testing::TempDir dir;
  const auto file = dir.write("r.csv", "nomor,tanggal_diterima,tanggal_dijawab,jenis_informasi,perpanjangan\n"
                                       "R-1,2023-12-27,2024-01-03,berkala,tidak\n");
  EXPECT_EQ(error_of([&] { read({{"file", "r.csv"}, {"bad_rows", "skip"}}, dir); }),
            file.string() + ":2: column 'tanggal_dijawab': no working-day calendar for 2024 (calendars for: 2023); "
                            "give the unit's calendar for that year with the \"calendar\" parameter");
}

TEST(PpidRead, SkippedBadRowsAreCountedAndShown) {
  kinerja::testing::TempDir dir;
  dir.write("r.csv",
            "nomor,tanggal_diterima,tanggal_dijawab,jenis_informasi,perpanjangan\n"
            "R-1,2023-01-02,2023-01-05,berkala,tidak\n"    // 3
            "R-2,2023-01-05,2023-01-02,berkala,tidak\n"    // answered before
            "R-3,2023-01-02,2023-01-03,berkala\n"          // 4 fields
            "R-4,2022-12-30,2023-01-03,berkala,tidak\n"    // outside the period
            "R-5,2023-02-01,2023-02-02,rahasia,tidak\n"    // unknown class
            "R-6,2023-02-01,2023-02-03,setiap_saat,ya\n");  // 2
  const auto out = read({{"file", "r.csv"}, {"bad_rows", "skip"}}, dir);
  EXPECT_EQ(out.input["rows"], 6);
  EXPECT_EQ(out.input["bad_rows_skipped"], 3);
  EXPECT_EQ(out.outside_period, 1u);
  EXPECT_DOUBLE_EQ(*out.stats.times().mean(), 2.5);
  ASSERT_EQ(out.warnings.size(), 2u);
  EXPECT_THAT(out.warnings[0], HasSubstr("3 bad row(s) skipped (bad_rows: skip): "));
  EXPECT_THAT(out.warnings[0], HasSubstr("r.csv:3: column 'tanggal_dijawab': answered 2023-01-02 before it was received"));
  EXPECT_THAT(out.warnings[0], HasSubstr("r.csv:4: expected 5 fields (as the header), found 4"));
  EXPECT_THAT(out.warnings[0], HasSubstr("r.csv:6: column 'jenis_informasi': 'rahasia' is not berkala"));
  EXPECT_EQ(out.warnings[1], "1 request received outside the period 2023-01-01..2023-12-31 left out");
}

TEST(PpidRead, AMissingColumnNamesTheField) {
  kinerja::testing::TempDir dir;
  dir.write("r.csv", "nomor,diterima,tanggal_dijawab,jenis_informasi\nR-1,2023-01-02,,berkala\n");
  EXPECT_THAT(error_of([&] { read("r.csv", dir); }),
              HasSubstr("r.csv: no header row with the columns 'tanggal_diterima' (received)"));
  // A named column must be there, even for an optional field.
  dir.write("s.csv", "nomor,tanggal_diterima,tanggal_dijawab\nR-1,2023-01-02,\n");
  EXPECT_THAT(error_of([&] { read({{"file", "s.csv"}, {"columns", {{"extension", "Perpanjangan"}}}}, dir); }),
              HasSubstr("'Perpanjangan' (extension)"));
}

TEST(PpidRead, SeveralFilesAndTheHeaderOfEachChecked) {
  kinerja::testing::TempDir dir;
  const std::string header = "nomor,tanggal_diterima,tanggal_dijawab\n";
  dir.write("q1.csv", header + "R-1,2023-01-02,2023-01-05\n");                      // 3
  dir.write("q2.csv", "No. Registrasi;Tanggal Permohonan;Tanggal Selesai\nR-2;03/04/2023;04/04/2023\n");  // 1
  const auto out = read({{"file", {"q1.csv", "q2.csv"}}}, dir);
  EXPECT_EQ(out.stats.requests(), 2u);
  EXPECT_DOUBLE_EQ(*out.stats.times().mean(), 2.0);
  EXPECT_EQ(out.files.size(), 2u);
  // What validate does: every file's header, no data row. The third lacks
  // the answered column.
  dir.write("q3.csv", "nomor,tanggal_diterima\nR-3,2023-07-03\n");
  const auto spec = table({{"file", "q*.csv"}}, dir);
  kinerja::sdk::Table headers(spec, ppid::request_fields());
  EXPECT_THAT(error_of([&] { headers.check_headers(); }),
              HasSubstr("q3.csv: no header row with the columns 'tanggal_dijawab' (answered)"));
}

std::vector<ppid::SummaryMonth> seed_months() {
  // LKj 2023 Biro Humas, REKAPITULASI PENYELESAIAN INFORMASI PUBLIK:
  // berkala, serta-merta, setiap saat, dikecualikan; total; mean.
  struct M {
    int month;
    std::uint64_t b, sm, ss, d, total;
    double mean;
  };
  const M table[] = {{1, 0, 0, 17, 1, 18, 3.9},  {2, 3, 0, 9, 0, 12, 5.66},  {3, 8, 0, 9, 1, 18, 2.67},
                     {4, 3, 0, 11, 0, 14, 2.96}, {5, 0, 0, 9, 0, 9, 3.05},   {6, 1, 0, 1, 0, 2, 1.44},
                     {7, 0, 0, 1, 0, 1, 2.16},   {8, 0, 0, 13, 0, 13, 2.2},  {9, 3, 0, 15, 1, 19, 2.41},
                     {10, 5, 0, 24, 0, 29, 1.70}, {11, 2, 0, 38, 1, 41, 1.49}, {12, 4, 0, 25, 0, 29, 0.97}};
  std::vector<ppid::SummaryMonth> months;
  for (const M& m : table) {
    months.push_back({YearMonth{2023, m.month}, m.total, m.mean, ppid::ClassCounts{m.b, m.sm, m.ss, m.d}});
  }
  return months;
}

const auto no_month_mean = [](const YearMonth&) { return std::optional<double>{}; };

TEST(PpidSummary, TheSeedTableWeightedByRequests) {
  const auto out = ppid::evaluate_summary(seed_months());
  // 18x3.9 + 12x5.66 + 18x2.67 + 14x2.96 + 9x3.05 + 2x1.44 + 1x2.16 + 13x2.2
  // + 19x2.41 + 29x1.70 + 41x1.49 + 29x0.97 = 473.02; / 205 = 2.30741...
  EXPECT_EQ(out.requests, 205u);
  EXPECT_NEAR(*out.mean_days, 473.02 / 205.0, 1e-12);
  EXPECT_TRUE(out.warnings.empty());
  ASSERT_TRUE(out.classes);
  EXPECT_EQ(out.classes->berkala, 29u);
  EXPECT_EQ(out.classes->serta_merta, 0u);
  EXPECT_EQ(out.classes->setiap_saat, 172u);
  EXPECT_EQ(out.classes->dikecualikan, 4u);
  // The published 2.742 is not this mean.
  ppid::Published published;
  published.mean_days = 2.742;
  published.requests = 205;
  published.classes = {29, 0, 172, 4};
  const auto w = ppid::compare_published(published, out.mean_days, out.requests, out.classes, no_month_mean);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_THAT(w[0], HasSubstr("mean working days: published 2.742, computed 2.307 (2.3074"));
}

TEST(PpidSummary, ClassCountsThatDoNotAddUpAreNamedByMonth) {
  auto months = seed_months();
  months[2].classes->berkala = 7;  // March: 7 + 9 + 1 = 17, not 18
  const auto out = ppid::evaluate_summary(months);
  EXPECT_THAT(out.warnings, ElementsAre("2023-03: the class counts add up to 17, not the month's 18 requests"));
  months[5].classes.reset();
  EXPECT_FALSE(ppid::evaluate_summary(months).classes);
}

TEST(PpidSummary, TotalsThatDisagreeWithThePublishedOnesWarn) {
  ppid::Published published;
  published.requests = 206;
  published.classes.berkala = 30;  // the other classes not published: not compared
  const ppid::ClassCounts classes{29, 0, 172, 4};
  const auto w = ppid::compare_published(published, 2.3, 205, classes, no_month_mean);
  EXPECT_THAT(w, ElementsAre("requests: published 206, computed 205 (205)",
                             "requests of class berkala: published 30, computed 29 (29)"));
  EXPECT_TRUE(ppid::compare_published(published, 2.3, 206, std::nullopt, no_month_mean).empty());
}

TEST(PpidSummary, NoRequestIsNoMean) {
  const auto out = ppid::evaluate_summary({{YearMonth{2023, 1}, 0, std::nullopt, std::nullopt}});
  EXPECT_EQ(out.mean_days, std::nullopt);
}

TEST(PpidPublished, MonthlyMeansOfALog) {
  ppid::Published published;
  published.months = {{"2023-01", 2.5}, {"2023-02", 1.0}, {"2023-03", 1.2}};
  const auto month_mean = [](const YearMonth& m) -> std::optional<double> {
    if (m == YearMonth{2023, 1}) return 2.5;
    if (m == YearMonth{2023, 3}) return 1.0;
    return std::nullopt;
  };
  const auto w = ppid::compare_published(published, 2.0, 3, std::nullopt, month_mean);
  EXPECT_THAT(w, ElementsAre("mean working days of 2023-02: published 1, computed none (no answered request)",
                             "mean working days of 2023-03: published 1.2, computed 1.0 (1)"));
}

TEST(PpidCharts, RequestsAndMeanDaysPerMonthOfTheSeedSummary) {
  const auto charts = ppid::monthly_charts(ppid::summary_figures(year2023, seed_months()));
  ASSERT_EQ(charts.size(), 2u);
  const auto& requests = charts[0];
  EXPECT_EQ(requests.id, "monthly-requests");
  EXPECT_EQ(requests.type, kinerja::sdk::ChartType::bar);
  ASSERT_EQ(requests.categories.size(), 12u);
  EXPECT_EQ(requests.categories[1], "2023-02");
  ASSERT_EQ(requests.series.size(), 1u);
  ASSERT_EQ(requests.series[0].values.size(), 12u);
  EXPECT_EQ(requests.series[0].values[10], 41.0);  // November
  const auto& days = charts[1];
  EXPECT_EQ(days.id, "monthly-mean-days");
  EXPECT_EQ(days.type, kinerja::sdk::ChartType::line);
  EXPECT_EQ(days.unit, "hari kerja");
  ASSERT_EQ(days.series.size(), 1u);
  ASSERT_EQ(days.series[0].values.size(), 12u);
  EXPECT_EQ(days.series[0].values[1], 5.66);
  ASSERT_EQ(days.reference_lines.size(), 1u);
  EXPECT_EQ(days.reference_lines[0].value, 10.0);
  EXPECT_NO_THROW(days.to_json());
}

TEST(PpidCharts, AMonthTheSummaryLeavesOutOrWithoutRequestsHasNoMean) {
  const Period quarter{Date{2023, 1, 1}, Date{2023, 3, 31}};
  const auto figures = ppid::summary_figures(
      quarter, {{YearMonth{2023, 1}, 0, 2.0, std::nullopt}, {YearMonth{2023, 3}, 4, 1.5, std::nullopt}});
  const auto charts = ppid::monthly_charts(figures);
  ASSERT_EQ(charts.size(), 2u);
  EXPECT_EQ(charts[0].series[0].values, (std::vector<std::optional<double>>{0.0, std::nullopt, 4.0}));
  EXPECT_EQ(charts[1].series[0].values, (std::vector<std::optional<double>>{std::nullopt, std::nullopt, 1.5}));
  EXPECT_TRUE(ppid::monthly_charts({}).empty());
}

TEST(PpidCharts, EveryMonthOfALogPeriodEvenWithoutRequests) {
  ppid::RequestStats s(calendar(), year2023, new_year_eve);
  // 2 Jan -> 4 Jan: 2 working days; 3 Feb: not answered yet.
  s.add(row("R-01", Date{2023, 1, 2}, Date{2023, 1, 4}));
  s.add(row("R-02", Date{2023, 2, 3}, std::nullopt));
  const auto charts = ppid::monthly_charts(s.monthly());
  ASSERT_EQ(charts.size(), 2u);
  ASSERT_EQ(charts[0].categories.size(), 12u);
  EXPECT_EQ(charts[0].series[0].values[0], 1.0);
  EXPECT_EQ(charts[0].series[0].values[1], 1.0);
  EXPECT_EQ(charts[0].series[0].values[2], 0.0);
  EXPECT_EQ(charts[1].series[0].values[0], 2.0);
  EXPECT_FALSE(charts[1].series[0].values[1]);  // February: nothing answered
}

}  // namespace
