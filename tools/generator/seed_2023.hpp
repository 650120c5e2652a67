// The aggregates the 2023 LKj of Biro Humas publishes, which the generated
// raw files reproduce as closely as whole records allow. They are the
// report's printed figures, used here only as targets for synthetic data.
#pragma once

#include <array>

namespace kinerja::generator {

// Monthly sentiment shares as printed (percent): positif, netral, negatif.
// Several months do not sum to 100; the negative share is kept exact and
// the rest split between positive and neutral in their printed ratio.
struct MonthShares {
  double positive, neutral, negative;
};
inline constexpr std::array<MonthShares, 12> sentiment_2023{{{52.55, 31.6, 15.85},
                                                              {46.15, 34.35, 19.5},
                                                              {46.1, 27.55, 26.35},
                                                              {49.25, 34.15, 16.6},
                                                              {50.1, 29.85, 20.05},
                                                              {37.1, 52.45, 10.45},
                                                              {60.1, 37.33, 16.5},
                                                              {51.6, 28.90, 19.3},
                                                              {74.4, 41.8, 9.0},
                                                              {44.4, 54.2, 0.7},
                                                              {41.1, 51.4, 6.5},
                                                              {40.3, 58.1, 1.3}}};
inline constexpr long articles_2023 = 134379;

// PPID requests per month: berkala, setiap saat, serta merta, dikecualikan,
// and the printed mean working days.
struct PpidMonth {
  int berkala, setiap_saat, serta_merta, dikecualikan;
  double mean_days;
};
inline constexpr std::array<PpidMonth, 12> ppid_2023{{{0, 17, 0, 1, 3.9},
                                                       {3, 9, 0, 0, 5.66},
                                                       {8, 9, 0, 1, 2.67},
                                                       {3, 11, 0, 0, 2.96},
                                                       {0, 9, 0, 0, 3.05},
                                                       {1, 1, 0, 0, 1.44},
                                                       {0, 1, 0, 0, 2.16},
                                                       {0, 13, 0, 0, 2.2},
                                                       {3, 15, 0, 1, 2.41},
                                                       {5, 24, 0, 0, 1.70},
                                                       {2, 38, 0, 1, 1.49},
                                                       {4, 25, 0, 0, 0.97}}};

// SP4N-LAPOR! statuses at year end (the status table): belum, proses,
// selesai, arsip; RTL and RHP from the national TOP 10 table.
inline constexpr long lapor_belum = 0, lapor_proses = 116, lapor_selesai = 5301, lapor_arsip = 568;
inline constexpr double lapor_rtl_days = 5.5, lapor_rhp = 4.27;

}  // namespace kinerja::generator
