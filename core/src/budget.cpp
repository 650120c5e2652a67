#include "budget.hpp"

#include <cmath>

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja {

namespace {

using kinerja::sdk::compare_published;
using kinerja::sdk::number_text;
using kinerja::sdk::rounded_text;

// Budgets are whole Rupiah; half a Rupiah is the tolerance of a sum.
constexpr double rupiah_tolerance = 0.5;

std::optional<double> percent_of(double part, double whole) {
  if (whole <= 0) return std::nullopt;
  return part / whole * 100.0;
}

std::string rupiah(double amount) { return "Rp " + rounded_text(amount, 0); }

void check_spending(const BudgetOutcome& out, std::vector<std::string>& warnings) {
  if (out.realisasi > out.pagu_akhir + rupiah_tolerance) {
    warnings.push_back("realisasi anggaran " + rupiah(out.realisasi) + " exceeds the pagu akhir " +
                       rupiah(out.pagu_akhir) + " (serapan " + rounded_text(*out.serapan_akhir, 2) +
                       "%): spending above the final budget, or a realisasi set against the wrong budget line");
  }
  for (const auto& k : out.kegiatan) {
    const auto& c = *k.config;
    if (c.realisasi && *c.realisasi > c.pagu_akhir + rupiah_tolerance) {
      warnings.push_back("kegiatan '" + c.name + "': realisasi " + rupiah(*c.realisasi) + " exceeds its pagu akhir " +
                         rupiah(c.pagu_akhir));
    }
  }
}

void check_revisions(const BudgetConfig& config, const BudgetOutcome& out, std::vector<std::string>& warnings) {
  if (config.revisions.empty()) return;
  const double expected = out.pagu_awal + out.revisions_total;
  if (std::fabs(expected - out.pagu_akhir) > rupiah_tolerance) {
    warnings.push_back("the revisions (" + rupiah(out.revisions_total) + " in all) take the pagu awal " +
                       rupiah(out.pagu_awal) + " to " + rupiah(expected) + ", not to the pagu akhir " +
                       rupiah(out.pagu_akhir));
  }
}

void check_published(const BudgetConfig& config, const BudgetOutcome& out, std::vector<std::string>& warnings) {
  if (config.published_serapan && out.serapan_akhir) {
    const double published = *config.published_serapan;
    if (auto mismatch = compare_published("serapan", *out.serapan_akhir, published)) {
      const bool matches_awal = out.serapan_awal && !compare_published("serapan", *out.serapan_awal, published);
      if (matches_awal && out.pagu_awal != out.pagu_akhir) {
        warnings.push_back("published serapan " + number_text(published) + "% is the realisasi against the pagu awal (" +
                           rounded_text(*out.serapan_awal, 2) + "%), not against the pagu akhir (" +
                           rounded_text(*out.serapan_akhir, 2) + "%): the ratio is taken against the wrong budget line");
      } else {
        warnings.push_back(*mismatch);
      }
    }
  }
  if (config.published_efficiency_gap && out.efficiency_gap) {
    if (auto mismatch = compare_published("efficiency gap (capaian minus serapan)", *out.efficiency_gap,
                                          *config.published_efficiency_gap)) {
      warnings.push_back(*mismatch);
    }
  }
  if (config.published_pagu_change && out.pagu_change) {
    if (auto mismatch = compare_published("change of pagu from the previous year (%)", *out.pagu_change,
                                          *config.published_pagu_change)) {
      warnings.push_back(*mismatch);
    }
  }
}

}  // namespace

BudgetOutcome evaluate_budget(const BudgetConfig& config, std::optional<double> unit_capaian) {
  BudgetOutcome out;
  out.config = &config;
  double kegiatan_realisasi = 0;
  for (const auto& k : config.kegiatan) {
    out.pagu_awal += k.pagu_awal;
    out.pagu_akhir += k.pagu_akhir;
    KegiatanOutcome ko;
    ko.config = &k;
    if (k.realisasi) {
      kegiatan_realisasi += *k.realisasi;
      ko.serapan = percent_of(*k.realisasi, k.pagu_akhir);
    }
    out.kegiatan.push_back(ko);
  }
  out.realisasi = config.realisasi.value_or(kegiatan_realisasi);
  for (const auto& r : config.revisions) out.revisions_total += r.amount;
  out.serapan_awal = percent_of(out.realisasi, out.pagu_awal);
  out.serapan_akhir = percent_of(out.realisasi, out.pagu_akhir);
  if (config.previous_year_pagu && *config.previous_year_pagu > 0) {
    out.pagu_change = (out.pagu_awal - *config.previous_year_pagu) / *config.previous_year_pagu * 100.0;
  }
  if (unit_capaian && out.serapan_akhir) {
    out.efficiency_gap = *unit_capaian - *out.serapan_akhir;
    out.efficient = *out.efficiency_gap >= 0;
  }

  if (out.pagu_akhir <= 0) out.warnings.push_back("the pagu akhir is 0, so there is no serapan");
  if (out.serapan_akhir) check_spending(out, out.warnings);
  check_revisions(config, out, out.warnings);
  check_published(config, out, out.warnings);
  return out;
}

}  // namespace kinerja
