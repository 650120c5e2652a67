// Tests of core/src/budget.hpp: serapan against pagu awal and akhir, the
// efficiency gap and the warnings, on the seed's 2023 budget and on small
// made-up ones. Expected values are computed here from the raw figures with
// plain arithmetic.
#include "budget.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace kinerja {
namespace {

using ::testing::HasSubstr;

BudgetKegiatan kegiatan(const std::string& name, double awal, double akhir,
                        std::optional<double> realisasi = std::nullopt) {
  BudgetKegiatan k;
  k.name = name;
  k.pagu_awal = awal;
  k.pagu_akhir = akhir;
  k.realisasi = realisasi;
  return k;
}

// The seed (LKj 2023 Biro Humas, Bab III).
constexpr double kAwal1 = 10678779000;
constexpr double kAkhir1 = 10455218000;
constexpr double kPagu2 = 229080000;
constexpr double kRealisasi = 10755144930;
constexpr double kRevision = -223561000;
constexpr double kUnitCapaian = 113.28355208663079;

BudgetConfig seed_budget() {
  BudgetConfig c;
  c.pointer = "/budget";
  c.kegiatan = {kegiatan("Pengelolaan Komunikasi dan Informasi Publik", kAwal1, kAkhir1),
                kegiatan("Pengelolaan Perencanaan, Keuangan, BMN dan Umum", kPagu2, kPagu2)};
  c.realisasi = kRealisasi;
  c.revisions = {BudgetRevision{"2023-09", kRevision, "Penghematan"}};
  c.published_serapan = 98.6;
  c.published_efficiency_gap = 14.4;
  return c;
}

// How many warnings contain `part`.
std::size_t count_containing(const std::vector<std::string>& warnings, const std::string& part) {
  std::size_t n = 0;
  for (const auto& w : warnings) n += w.find(part) != std::string::npos ? 1 : 0;
  return n;
}

std::string all(const std::vector<std::string>& warnings) {
  std::string text;
  for (const auto& w : warnings) text += w + "\n";
  return text;
}

// ================================================================ the seed

TEST(BudgetSeed, Totals) {
  const BudgetConfig config = seed_budget();
  const auto out = evaluate_budget(config, kUnitCapaian);
  EXPECT_EQ(out.config, &config);
  EXPECT_EQ(out.pagu_awal, 10907859000.0);
  EXPECT_EQ(out.pagu_akhir, 10684298000.0);
  EXPECT_EQ(out.realisasi, kRealisasi);
  EXPECT_EQ(out.revisions_total, kRevision);
  ASSERT_EQ(out.kegiatan.size(), 2u);
  EXPECT_EQ(out.kegiatan[0].config, &config.kegiatan[0]);
  EXPECT_FALSE(out.kegiatan[0].serapan);  // the realisasi is only the total
  EXPECT_FALSE(out.kegiatan[1].serapan);
  EXPECT_FALSE(out.pagu_change);
}

TEST(BudgetSeed, SerapanAgainstPaguAkhirAndAwal) {
  const auto out = evaluate_budget(seed_budget(), kUnitCapaian);
  const double akhir = kAkhir1 + kPagu2;
  const double awal = kAwal1 + kPagu2;
  ASSERT_TRUE(out.serapan_akhir);
  EXPECT_NEAR(*out.serapan_akhir, kRealisasi / akhir * 100.0, 1e-9);
  EXPECT_NEAR(*out.serapan_akhir, 100.663093915950, 1e-9);
  ASSERT_TRUE(out.serapan_awal);
  EXPECT_NEAR(*out.serapan_awal, kRealisasi / awal * 100.0, 1e-9);
  EXPECT_NEAR(*out.serapan_awal, 98.59996292581, 1e-9);
}

TEST(BudgetSeed, EfficiencyGapIsCapaianMinusSerapanAkhir) {
  const auto out = evaluate_budget(seed_budget(), kUnitCapaian);
  ASSERT_TRUE(out.efficiency_gap);
  EXPECT_NEAR(*out.efficiency_gap, kUnitCapaian - kRealisasi / (kAkhir1 + kPagu2) * 100.0, 1e-9);
  EXPECT_NEAR(*out.efficiency_gap, 12.62045817068, 1e-9);
}

TEST(BudgetSeed, ThreeWarnings) {
  const auto out = evaluate_budget(seed_budget(), kUnitCapaian);
  ASSERT_EQ(out.warnings.size(), 3u) << all(out.warnings);
  // Spending above the pagu akhir.
  EXPECT_EQ(count_containing(out.warnings, "exceeds the pagu akhir"), 1u) << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "Rp 10755144930"), 1u) << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "(serapan 100.66%)"), 1u) << all(out.warnings);
  // The published 98.6% is the realisasi against the pagu awal.
  EXPECT_EQ(count_containing(out.warnings, "published serapan 98.6% is the realisasi against the pagu awal"), 1u)
      << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "the ratio is taken against the wrong budget line"), 1u)
      << all(out.warnings);
  // The published gap 14.4 against the computed 12.6.
  EXPECT_EQ(count_containing(out.warnings, "efficiency gap"), 1u) << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "14.4"), 1u) << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "12.6"), 1u) << all(out.warnings);
  // The revision takes 10907859000 exactly to 10684298000.
  EXPECT_EQ(count_containing(out.warnings, "revisions"), 0u) << all(out.warnings);
}

// ================================================================ other budgets

TEST(BudgetWarnings, NoneWhenWithinBudgetAndThePublishedSerapanMatches) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 1200000, 1000000)};
  config.realisasi = 950000;
  config.revisions = {BudgetRevision{"2023-06", -200000, "cut"}};
  config.published_serapan = 95;
  config.published_efficiency_gap = 5;
  const auto out = evaluate_budget(config, 100.0);
  EXPECT_TRUE(out.warnings.empty()) << all(out.warnings);
  ASSERT_TRUE(out.serapan_akhir);
  EXPECT_NEAR(*out.serapan_akhir, 95.0, 1e-12);
  ASSERT_TRUE(out.serapan_awal);
  EXPECT_NEAR(*out.serapan_awal, 950000.0 / 1200000.0 * 100.0, 1e-12);
  ASSERT_TRUE(out.efficiency_gap);
  EXPECT_NEAR(*out.efficiency_gap, 5.0, 1e-12);
}

TEST(BudgetWarnings, SpendingExactlyThePaguAkhirIsNotOver) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 1000000, 1000000)};
  config.realisasi = 1000000;
  const auto out = evaluate_budget(config, std::nullopt);
  EXPECT_TRUE(out.warnings.empty()) << all(out.warnings);
  ASSERT_TRUE(out.serapan_akhir);
  EXPECT_EQ(*out.serapan_akhir, 100.0);
}

TEST(BudgetWarnings, APublishedSerapanThatMatchesNeitherLineIsAPlainMismatch) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 1200000, 1000000)};
  config.realisasi = 950000;
  config.published_serapan = 90;
  const auto out = evaluate_budget(config, std::nullopt);
  ASSERT_EQ(out.warnings.size(), 1u) << all(out.warnings);
  EXPECT_THAT(out.warnings[0], HasSubstr("serapan"));
  EXPECT_THAT(out.warnings[0], HasSubstr("90"));
  EXPECT_THAT(out.warnings[0], HasSubstr("95"));
  EXPECT_THAT(out.warnings[0], ::testing::Not(HasSubstr("wrong budget line")));
}

TEST(BudgetWarnings, RevisionsThatDoNotAddUp) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 1000000, 900000)};
  config.realisasi = 800000;
  config.revisions = {BudgetRevision{"2023-06", -50000, "cut"}, BudgetRevision{"2023-09", -10000, "cut"}};
  const auto out = evaluate_budget(config, std::nullopt);
  EXPECT_EQ(out.revisions_total, -60000.0);
  ASSERT_EQ(out.warnings.size(), 1u) << all(out.warnings);
  EXPECT_THAT(out.warnings[0], HasSubstr("revisions"));
  EXPECT_THAT(out.warnings[0], HasSubstr("Rp 940000"));  // 1000000 - 60000
  EXPECT_THAT(out.warnings[0], HasSubstr("Rp 900000"));
}

TEST(BudgetWarnings, NoRevisionsGivenIsNotChecked) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 1000000, 900000)};
  config.realisasi = 800000;
  const auto out = evaluate_budget(config, std::nullopt);
  EXPECT_TRUE(out.warnings.empty()) << all(out.warnings);
}

TEST(BudgetKegiatanLevel, SerapanPerKegiatanAndTheSummedTotal) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 500, 500, 400), kegiatan("B", 700, 600, 300)};
  const auto out = evaluate_budget(config, 60.0);
  EXPECT_EQ(out.pagu_awal, 1200.0);
  EXPECT_EQ(out.pagu_akhir, 1100.0);
  EXPECT_EQ(out.realisasi, 700.0);
  ASSERT_EQ(out.kegiatan.size(), 2u);
  ASSERT_TRUE(out.kegiatan[0].serapan);
  EXPECT_NEAR(*out.kegiatan[0].serapan, 80.0, 1e-12);
  ASSERT_TRUE(out.kegiatan[1].serapan);
  EXPECT_NEAR(*out.kegiatan[1].serapan, 50.0, 1e-12);
  ASSERT_TRUE(out.serapan_akhir);
  EXPECT_NEAR(*out.serapan_akhir, 700.0 / 1100.0 * 100.0, 1e-12);
  ASSERT_TRUE(out.serapan_awal);
  EXPECT_NEAR(*out.serapan_awal, 700.0 / 1200.0 * 100.0, 1e-12);
  ASSERT_TRUE(out.efficiency_gap);
  EXPECT_NEAR(*out.efficiency_gap, 60.0 - 700.0 / 1100.0 * 100.0, 1e-12);
  EXPECT_TRUE(out.warnings.empty()) << all(out.warnings);
}

TEST(BudgetKegiatanLevel, AKegiatanOverItsPaguAkhirIsWarnedByName) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("Humas", 500, 500, 520), kegiatan("Umum", 600, 600, 100)};
  const auto out = evaluate_budget(config, std::nullopt);
  EXPECT_EQ(out.realisasi, 620.0);  // the total stays within 1100
  ASSERT_EQ(out.warnings.size(), 1u) << all(out.warnings);
  EXPECT_THAT(out.warnings[0], HasSubstr("'Humas'"));
  EXPECT_THAT(out.warnings[0], HasSubstr("Rp 520"));
  ASSERT_TRUE(out.kegiatan[0].serapan);
  EXPECT_NEAR(*out.kegiatan[0].serapan, 104.0, 1e-12);
}

TEST(BudgetZeroPagu, NoSerapanAndAWarningWithoutDividingByZero) {
  BudgetConfig config;
  config.kegiatan = {kegiatan("A", 0, 0, 100)};
  config.published_serapan = 100;
  config.published_efficiency_gap = 0;
  const auto out = evaluate_budget(config, 100.0);
  EXPECT_EQ(out.pagu_akhir, 0.0);
  EXPECT_FALSE(out.serapan_akhir);
  EXPECT_FALSE(out.serapan_awal);
  EXPECT_FALSE(out.efficiency_gap);
  ASSERT_EQ(out.kegiatan.size(), 1u);
  EXPECT_FALSE(out.kegiatan[0].serapan);
  EXPECT_EQ(count_containing(out.warnings, "pagu akhir is 0"), 1u) << all(out.warnings);
  for (const auto& w : out.warnings) {
    EXPECT_THAT(w, ::testing::Not(HasSubstr("inf")));
    EXPECT_THAT(w, ::testing::Not(HasSubstr("nan")));
  }
}

TEST(BudgetZeroPagu, ZeroPaguAwalOnlyLeavesTheSerapanAkhir) {
  // A kegiatan added during the year: nothing at first, 1000 at the end.
  BudgetConfig config;
  config.kegiatan = {kegiatan("Baru", 0, 1000)};
  config.realisasi = 900;
  const auto out = evaluate_budget(config, std::nullopt);
  EXPECT_FALSE(out.serapan_awal);
  ASSERT_TRUE(out.serapan_akhir);
  EXPECT_NEAR(*out.serapan_akhir, 90.0, 1e-12);
  EXPECT_TRUE(out.warnings.empty()) << all(out.warnings);
}

TEST(BudgetPaguChange, AgainstThePreviousYearsPagu) {
  // The report says the pagu awal fell 0.81% from 2022.
  BudgetConfig config = seed_budget();
  config.published_serapan.reset();
  config.published_efficiency_gap.reset();
  config.previous_year_pagu = 10996933000;
  config.published_pagu_change = -0.81;
  const auto out = evaluate_budget(config, kUnitCapaian);
  ASSERT_TRUE(out.pagu_change);
  const double expected = ((kAwal1 + kPagu2) - 10996933000.0) / 10996933000.0 * 100.0;
  EXPECT_NEAR(*out.pagu_change, expected, 1e-12);
  EXPECT_NEAR(*out.pagu_change, -0.80998947616, 1e-9);
  EXPECT_EQ(count_containing(out.warnings, "previous year"), 0u) << all(out.warnings);
}

TEST(BudgetPaguChange, APublishedChangeThatDisagreesIsWarned) {
  BudgetConfig config = seed_budget();
  config.published_serapan.reset();
  config.published_efficiency_gap.reset();
  config.previous_year_pagu = 10996933000;
  config.published_pagu_change = 0.81;  // the fall written as a rise
  const auto out = evaluate_budget(config, kUnitCapaian);
  EXPECT_EQ(count_containing(out.warnings, "previous year"), 1u) << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "published 0.81"), 1u) << all(out.warnings);
  EXPECT_EQ(count_containing(out.warnings, "-0.81"), 1u) << all(out.warnings);
}

TEST(BudgetPaguChange, NoneWithoutThePreviousYearsPagu) {
  BudgetConfig config = seed_budget();
  config.published_pagu_change = -0.81;  // given, but nothing to check it with
  const auto out = evaluate_budget(config, kUnitCapaian);
  EXPECT_FALSE(out.pagu_change);
  EXPECT_EQ(count_containing(out.warnings, "previous year"), 0u) << all(out.warnings);

  config.previous_year_pagu = 0;  // no base for a percentage
  const auto zero = evaluate_budget(config, kUnitCapaian);
  EXPECT_FALSE(zero.pagu_change);
}

TEST(BudgetEfficiency, NoUnitCapaianNoGap) {
  const auto out = evaluate_budget(seed_budget(), std::nullopt);
  EXPECT_FALSE(out.efficiency_gap);
  ASSERT_TRUE(out.serapan_akhir);  // the serapan does not need it
  // The published gap cannot be checked: no efficiency warning, the other two stay.
  EXPECT_EQ(count_containing(out.warnings, "efficiency gap"), 0u) << all(out.warnings);
  EXPECT_EQ(out.warnings.size(), 2u) << all(out.warnings);
}

TEST(BudgetEfficiency, APublishedGapThatMatchesIsNotWarned) {
  BudgetConfig config = seed_budget();
  config.published_efficiency_gap = 12.62;
  const auto out = evaluate_budget(config, kUnitCapaian);
  EXPECT_EQ(count_containing(out.warnings, "efficiency gap"), 0u) << all(out.warnings);
  EXPECT_EQ(out.warnings.size(), 2u) << all(out.warnings);
}

}  // namespace
}  // namespace kinerja
