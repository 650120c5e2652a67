// sentiment: the share of negative news (IKK 1). The arithmetic, apart from
// the plugin glue (sentiment_plugin.cpp), so that it can be tested alone.
//
// Two ways to a yearly share, and they differ whenever months have different
// volumes:
//   pooled          sum negatif / sum articles x 100 (the seed's own formula)
//   mean_of_months  the unweighted mean of the monthly negatif shares (what
//                   the seed's printed 13.51 actually is)
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sentiment {

enum class Label : std::size_t { positif = 0, netral = 1, negatif = 2 };
constexpr std::size_t label_count = 3;
constexpr std::array<Label, label_count> all_labels{Label::positif, Label::netral, Label::negatif};

const char* label_name(Label label);  // "positif", "netral", "negatif": the table field's categories

using sdk::Period;
using sdk::YearMonth;

using Counts = std::array<std::uint64_t, label_count>;
std::uint64_t total_of(const Counts& counts);

// Counters per month: memory grows with the number of months, never rows.
class Tally {
 public:
  void add(YearMonth month, Label label, std::uint64_t n = 1);
  const std::map<YearMonth, Counts>& months() const { return months_; }
  const Counts& all() const { return all_; }

 private:
  std::map<YearMonth, Counts> months_;
  Counts all_{};
};

// One row of the monthly table. Counts are absent when the input gave
// percentages only; shares are then as printed, and may not sum to 100.
struct Month {
  YearMonth month;
  std::optional<Counts> counts;
  std::array<double, label_count> shares{};
};

std::vector<Month> months_from_counts(const Tally& tally);  // months with no article are left out

// sum label / sum articles x 100, per label; nothing when there are no articles.
std::optional<std::array<double, label_count>> pooled_shares(const Tally& tally);
// The unweighted mean of the monthly shares, per label; nothing without months.
std::optional<std::array<double, label_count>> mean_of_months(const std::vector<Month>& months);

// A printed month whose shares do not sum to 100, allowing for the rounding
// each printed figure's own decimals admit; the message names the month.
std::optional<std::string> month_sum_problem(const Month& month);

// The `top` months with the highest negatif share, highest first; ties in
// month order.
std::vector<Month> highest_negative(const std::vector<Month>& months, std::size_t top);

// The line chart "monthly-shares": positif, netral and negatif per month of
// `period_months`, in %, a gap where `months` has no figures; nothing when
// `months` is empty.
std::optional<sdk::Chart> monthly_shares_chart(const std::vector<YearMonth>& period_months,
                                               const std::vector<Month>& months);

// A warning when the two methods differ by more than `max_difference`
// percentage points, naming which one the realisasi uses.
std::optional<std::string> method_difference(double pooled, double mean, double max_difference,
                                             const std::string& chosen);

}  // namespace kinerja::sentiment
