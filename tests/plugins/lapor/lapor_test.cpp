// The lapor plugin's arithmetic and fields (plugins/lapor/lapor.cpp).
// Expected values are worked by hand from the 2023 Biro Humas LKj
// ("REKAPITULASI LAYANAN ADUAN SP4N-LAPOR!" and the text under it) and from
// small made-up logs.
#include "lapor.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <kinerja/sdk/table.hpp>

#include "temp_dir.hpp"

namespace kinerja::lapor {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr StatusCounts seed_table{0, 116, 5301, 568};  // belum, proses, selesai, arsip
constexpr StatusCounts seed_text{116, 768, 5078, 568};

// The records of a log read through the table layer with the lapor fields.
struct Read {
  std::vector<std::size_t> statuses;
  std::vector<std::string> received, followed;
  std::vector<std::optional<double>> ratings;
  std::vector<std::string> units;
};

Read read_log(const std::string& csv) {
  kinerja::testing::TempDir dir;
  const auto file = dir.write("lapor.csv", csv);
  const sdk::Fields fields = complaint_fields();
  std::vector<sdk::Problem> problems;
  const auto spec = sdk::TableSpec::parse(sdk::json(file.string()), fields, dir.path(), "/complaints", problems);
  EXPECT_TRUE(problems.empty());
  sdk::Table table(*spec, fields);
  Read out;
  sdk::Record r;
  while (table.next(r)) {
    out.statuses.push_back(r.category(status));
    out.received.push_back(r.date(received).iso());
    out.followed.push_back(r.has(follow_up) ? r.date(follow_up).iso() : "");
    out.ratings.push_back(r.has(rating) ? std::optional<double>(r.number(rating)) : std::nullopt);
    out.units.push_back(r.has(unit) ? std::string(r.text(unit)) : "");
  }
  return out;
}

TEST(LaporFields, LaporExportHeadersStatusWordsAndDatesWithTimes) {
  // SP4N-LAPOR!'s own header names and status words; ';' so "4,0" is a number.
  const Read read = read_log(
      "Nomor Tracking;Tanggal Laporan;Status;Tanggal Tindak Lanjut;Instansi Terdisposisi;Penilaian\n"
      "LAP-1;26/07/2024 14:03:22;Belum Ditindaklanjuti;;Biro Humas;\n"
      "LAP-2;29/07/2024 08:00;Proses;30/07/2024 09:15:00;Biro Humas;\n"
      "LAP-3;2024-07-30 10:00:00;Selesai;31/07/2024;Pusdatin;4,0\n"
      "LAP-4;31/07/2024;Diarsipkan;;Pusdatin;\n"
      "LAP-5;01/08/2024;sedang diproses;02/08/2024;Pusdatin;\n");
  EXPECT_THAT(read.statuses, ElementsAre(0u, 1u, 2u, 3u, 1u));  // belum, proses, selesai, arsip, proses
  EXPECT_THAT(read.received, ElementsAre("2024-07-26", "2024-07-29", "2024-07-30", "2024-07-31", "2024-08-01"));
  EXPECT_THAT(read.followed, ElementsAre("", "2024-07-30", "2024-07-31", "", "2024-08-02"));
  EXPECT_THAT(read.ratings, ElementsAre(std::nullopt, std::nullopt, 4.0, std::nullopt, std::nullopt));
  EXPECT_THAT(read.units, ElementsAre("Biro Humas", "Biro Humas", "Pusdatin", "Pusdatin", "Pusdatin"));
}

TEST(LaporFields, TheDefaultNamesStillRead) {
  // The header tools/generator writes for configs/biro-humas-2023-raw.
  const Read read = read_log(
      "nomor_tracking,tanggal_diterima,status,tanggal_tindak_lanjut,tanggal_selesai,kategori,unit,rating\n"
      "LAPOR-2023-000001,2023-01-02,selesai,2023-01-03,2023-01-17,Aspirasi,Biro Humas,5\n"
      "LAPOR-2023-000002,2023-12-28,belum,,,Lainnya,Pusat Kendali,\n");
  EXPECT_THAT(read.statuses, ElementsAre(2u, 0u));
  EXPECT_THAT(read.followed, ElementsAre("2023-01-03", ""));
  EXPECT_THAT(read.ratings, ElementsAre(5.0, std::nullopt));
  EXPECT_THAT(read.units, ElementsAre("Biro Humas", "Pusat Kendali"));
}

TEST(LaporFields, BelumTerverifikasiIsNotGuessed) {
  // A report not yet verified has not reached the agency: the planner maps
  // it (columns.status.map) if the unit counts it.
  EXPECT_FALSE(complaint_fields()[status].words.find("Belum Terverifikasi"));
  try {
    read_log("tanggal_diterima,status\n2023-05-02,Belum Terverifikasi\n");
    FAIL() << "expected an input error";
  } catch (const sdk::InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("lapor.csv:2: column 'status': 'Belum Terverifikasi' is not belum, proses, selesai "
                                    "or arsip (map other words with \"map\")"));
  }
}

TEST(LaporSeed, StatusTableArsipExcludedIs100) {
  // (5417 - 0) / 5417, 5417 = 0 + 116 + 5301.
  const FollowedUp f = followed_up(seed_table, Archived::exclude);
  EXPECT_EQ(f.total, 5417u);
  EXPECT_EQ(f.followed_up, 5417u);
  EXPECT_DOUBLE_EQ(*f.share, 100.0);
}

TEST(LaporSeed, StatusTableArsipIncludedIsAlso100) {
  const FollowedUp f = followed_up(seed_table, Archived::include);
  EXPECT_EQ(f.total, 5985u);
  EXPECT_EQ(f.followed_up, 5985u);
  EXPECT_DOUBLE_EQ(*f.share, 100.0);
}

TEST(LaporSeed, StatusTableAddsUpToItsTotal) {
  EXPECT_FALSE(total_problem(seed_table, 5985, true));   // 0 + 116 + 5301 + 568
  EXPECT_FALSE(total_problem(seed_table, 5417, false));  // 0 + 116 + 5301
}

TEST(LaporSeed, TextFiguresDoNotAddUp) {
  EXPECT_EQ(*total_problem(seed_text, 5417, false),
            "status counts do not add up to the published disposed total (without arsip): belum 116 + proses 768 + "
            "selesai 5078 = 5962, published 5417");
  EXPECT_EQ(*total_problem(seed_text, 5985, true),
            "status counts do not add up to the published total: belum 116 + proses 768 + selesai 5078 + arsip 568 = "
            "6530, published 5985");
}

TEST(LaporSeed, TextFiguresGiveLessThan100) {
  // (5962 - 116) / 5962 x 100 = 5846 / 59.62
  const FollowedUp f = followed_up(seed_text, Archived::exclude);
  EXPECT_EQ(f.total, 5962u);
  EXPECT_EQ(f.followed_up, 5846u);
  EXPECT_NEAR(*f.share, 5846.0 / 59.62, 1e-9);
}

TEST(LaporShare, NoReportNoShare) {
  EXPECT_FALSE(followed_up({0, 0, 0, 7}, Archived::exclude).share);
  EXPECT_DOUBLE_EQ(*followed_up({0, 0, 0, 7}, Archived::include).share, 100.0);
}

TEST(LaporRating, WholeNumbersOneToFive) {
  EXPECT_FALSE(rating_problem(5, "5"));
  EXPECT_FALSE(rating_problem(1, " 1 "));
  EXPECT_FALSE(rating_problem(4, "4,0"));
}

TEST(LaporRating, SaysWhatIsWrongQuotingTheCell) {
  EXPECT_EQ(*rating_problem(6, "6"), "rating '6' is outside 1..5");
  EXPECT_EQ(*rating_problem(0, " 0 "), "rating '0' is outside 1..5");
  EXPECT_EQ(*rating_problem(3.5, "3,5"), "rating '3,5' is not a whole number 1..5");
}

TEST(LaporDeadline, BelumIsNeverFollowedUpWhateverItsDate) {
  EXPECT_EQ(timeliness_of(Status::belum, 1L, false, 5), Timeliness::not_followed_up);
  EXPECT_EQ(timeliness_of(Status::belum, std::nullopt, false, 5), Timeliness::not_followed_up);
}

TEST(LaporDeadline, WithinIsAtMostTheDeadlineDays) {
  EXPECT_EQ(timeliness_of(Status::selesai, 0L, false, 5), Timeliness::within);  // the same day
  EXPECT_EQ(timeliness_of(Status::proses, 5L, false, 5), Timeliness::within);
  EXPECT_EQ(timeliness_of(Status::selesai, 6L, false, 5), Timeliness::late);
  EXPECT_EQ(timeliness_of(Status::arsip, 2L, false, 3), Timeliness::within);
}

TEST(LaporDeadline, NoDateOrAFollowUpAfterThePeriodIsNotWithin) {
  EXPECT_EQ(timeliness_of(Status::proses, std::nullopt, false, 5), Timeliness::no_date);
  EXPECT_EQ(timeliness_of(Status::selesai, 1L, true, 5), Timeliness::after_period);
}

TEST(LaporDeadline, ShareOverTheWholeTotal) {
  // selesai within, selesai late, proses without a date, belum, arsip within:
  // arsip excluded 1 of 4 = 25%; included 2 of 5 = 40%.
  for (Archived archived : {Archived::exclude, Archived::include}) {
    Tally tally(archived);
    tally.add("A", {Status::selesai, 2L, std::nullopt, Timeliness::within});
    tally.add("A", {Status::selesai, 9L, std::nullopt, Timeliness::late});
    tally.add("B", {Status::proses, std::nullopt, std::nullopt, Timeliness::no_date});
    tally.add("B", {Status::belum, std::nullopt, std::nullopt, Timeliness::not_followed_up});
    tally.add("B", {Status::arsip, 1L, std::nullopt, Timeliness::within});
    const auto share = within_deadline_share(tally.all(), archived);
    EXPECT_DOUBLE_EQ(*share, archived == Archived::exclude ? 25.0 : 40.0);
    EXPECT_DOUBLE_EQ(*within_deadline_share(tally.units().at("A"), archived), 50.0);
  }
}

TEST(LaporDeadline, AnUntimedComplaintLeavesNoShare) {
  // From a file without the follow-up column: no share rather than a low one.
  Tally tally(Archived::exclude);
  tally.add("A", {Status::selesai, 2L, std::nullopt, Timeliness::within});
  tally.add("A", {Status::selesai, std::nullopt, std::nullopt, std::nullopt});
  EXPECT_EQ(tally.all().untimed, 1u);
  EXPECT_FALSE(within_deadline_share(tally.all(), Archived::exclude));
  EXPECT_FALSE(within_deadline_share(Tally(Archived::exclude).all(), Archived::exclude));
}

TEST(LaporMean, KeepsSumAndCountOnly) {
  Mean mean;
  EXPECT_FALSE(mean.value());
  for (double v : {1.0, 1.0, 1.0, 3.0, 0.0}) mean.add(v);
  EXPECT_EQ(mean.count(), 5u);
  EXPECT_DOUBLE_EQ(*mean.value(), 1.2);
}

TEST(LaporTally, ArsipRtlAndRatingFollowTheArchivedChoice) {
  for (Archived archived : {Archived::exclude, Archived::include}) {
    Tally tally(archived);
    tally.add("Biro Humas", {Status::selesai, 2L, 4, std::nullopt});
    tally.add("Biro Humas", {Status::arsip, 4L, 1, std::nullopt});
    tally.add("Pusdatin", {Status::belum, std::nullopt, std::nullopt, std::nullopt});
    EXPECT_THAT(tally.all().counts, ElementsAre(1u, 0u, 1u, 1u));
    if (archived == Archived::exclude) {
      EXPECT_DOUBLE_EQ(*tally.all().rtl.value(), 2.0);
      EXPECT_DOUBLE_EQ(*tally.all().rating.value(), 4.0);
      EXPECT_EQ(tally.all().untimed, 2u);  // the arsip is not in the total
    } else {
      EXPECT_DOUBLE_EQ(*tally.all().rtl.value(), 3.0);     // (2 + 4) / 2
      EXPECT_DOUBLE_EQ(*tally.all().rating.value(), 2.5);  // (4 + 1) / 2
      EXPECT_EQ(tally.all().untimed, 3u);
    }
    ASSERT_EQ(tally.units().size(), 2u);
    EXPECT_THAT(tally.units().at("Biro Humas").counts, ElementsAre(0u, 0u, 1u, 1u));
    EXPECT_THAT(tally.units().at("Pusdatin").counts, ElementsAre(1u, 0u, 0u, 0u));
  }
}

}  // namespace
}  // namespace kinerja::lapor
