// Budget and efficiency (the LKj's "Realisasi Anggaran" and "Analisis
// Efisiensi"): serapan against pagu awal and pagu akhir, and the unit's
// capaian set against serapan. Computed here and nowhere else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config.hpp"

namespace kinerja {

struct KegiatanOutcome {
  const BudgetKegiatan* config = nullptr;
  std::optional<double> serapan;  // realisasi / pagu akhir x 100, when the kegiatan has a realisasi
};

struct BudgetOutcome {
  const BudgetConfig* config = nullptr;
  std::vector<KegiatanOutcome> kegiatan;
  double pagu_awal = 0;   // sums over the kegiatan
  double pagu_akhir = 0;
  double realisasi = 0;
  double revisions_total = 0;
  std::optional<double> serapan_awal;   // realisasi / pagu awal x 100
  std::optional<double> serapan_akhir;  // realisasi / pagu akhir x 100: the serapan
  std::optional<double> pagu_change;    // pagu awal against last year's, in %
  // The unit's capaian minus serapan (against pagu akhir), in points: the
  // seed's "selisih" that calls a unit efficient when positive.
  std::optional<double> efficiency_gap;
  // Capaian at or above serapan: the LKj's "efisien".
  std::optional<bool> efficient;
  std::vector<std::string> warnings;
};

BudgetOutcome evaluate_budget(const BudgetConfig& config, std::optional<double> unit_capaian);

}  // namespace kinerja
