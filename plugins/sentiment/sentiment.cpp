// The arithmetic of the sentiment plugin; see sentiment.hpp.
#include "sentiment.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja::sentiment {

namespace {

std::size_t index_of(Label label) { return static_cast<std::size_t>(label); }

}  // namespace

const char* label_name(Label label) {
  switch (label) {
    case Label::positif: return "positif";
    case Label::netral: return "netral";
    case Label::negatif: return "negatif";
  }
  return "?";
}

std::uint64_t total_of(const Counts& counts) { return counts[0] + counts[1] + counts[2]; }

void Tally::add(YearMonth month, Label label, std::uint64_t n) {
  months_[month][index_of(label)] += n;
  all_[index_of(label)] += n;
}

namespace {

std::array<double, label_count> shares_of(const Counts& counts) {
  const double total = static_cast<double>(total_of(counts));
  std::array<double, label_count> shares{};
  for (std::size_t i = 0; i < label_count; ++i) shares[i] = static_cast<double>(counts[i]) / total * 100.0;
  return shares;
}

}  // namespace

std::vector<Month> months_from_counts(const Tally& tally) {
  std::vector<Month> out;
  for (const auto& [month, counts] : tally.months()) {
    if (total_of(counts) == 0) continue;  // no share without articles
    out.push_back({month, counts, shares_of(counts)});
  }
  return out;
}

std::optional<std::array<double, label_count>> pooled_shares(const Tally& tally) {
  if (total_of(tally.all()) == 0) return std::nullopt;
  return shares_of(tally.all());
}

std::optional<std::array<double, label_count>> mean_of_months(const std::vector<Month>& months) {
  if (months.empty()) return std::nullopt;
  std::array<double, label_count> sums{};
  for (const Month& m : months) {
    for (std::size_t i = 0; i < label_count; ++i) sums[i] += m.shares[i];
  }
  for (double& s : sums) s /= static_cast<double>(months.size());
  return sums;
}

std::optional<std::string> month_sum_problem(const Month& month) {
  // Each printed share may be off by half a unit of its last decimal, so
  // the sum may be off by the sum of those halves and no more.
  double sum = 0, allowed = 0;
  int decimals = 0;
  for (double share : month.shares) {
    sum += share;
    const int d = sdk::decimals_of(share);
    allowed += 0.5 / std::pow(10.0, d);
    decimals = std::max(decimals, d);
  }
  if (std::abs(sum - 100.0) <= allowed + 1e-9) return std::nullopt;
  std::string text = month.month.text() + ": shares do not sum to 100: ";
  for (Label label : all_labels) {
    text += std::string(label == Label::positif ? "" : " + ") + label_name(label) + " " +
            sdk::number_text(month.shares[index_of(label)]);
  }
  return text + " = " + sdk::rounded_text(sum, decimals);
}

std::vector<Month> highest_negative(const std::vector<Month>& months, std::size_t top) {
  std::vector<Month> sorted = months;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Month& a, const Month& b) {
    return a.shares[index_of(Label::negatif)] > b.shares[index_of(Label::negatif)];
  });
  if (sorted.size() > top) sorted.resize(top);
  return sorted;
}

std::optional<sdk::Chart> monthly_shares_chart(const std::vector<YearMonth>& period_months,
                                               const std::vector<Month>& months) {
  if (months.empty()) return std::nullopt;
  std::vector<std::string> categories;
  for (const YearMonth& m : period_months) categories.push_back(m.text());
  // Months outside the period cannot occur (rows and summary months are
  // kept to it), but would still be shown rather than dropped.
  for (const Month& m : months) {
    if (std::find(period_months.begin(), period_months.end(), m.month) == period_months.end()) {
      categories.push_back(m.month.text());
    }
  }
  std::sort(categories.begin(), categories.end());  // "YYYY-MM" sorts as time does
  auto chart = sdk::Chart::line("monthly-shares", "Sentimen pemberitaan per bulan (%)", categories);
  chart.unit = "%";
  chart.y_min = 0;
  for (Label label : all_labels) {
    std::vector<std::optional<double>> values(categories.size());
    for (const Month& m : months) {
      const auto at = std::find(categories.begin(), categories.end(), m.month.text()) - categories.begin();
      values[static_cast<std::size_t>(at)] = m.shares[index_of(label)];
    }
    chart.add_series(label_name(label), std::move(values));
  }
  return chart;
}

std::optional<std::string> method_difference(double pooled, double mean, double max_difference,
                                             const std::string& chosen) {
  const double difference = std::abs(pooled - mean);
  if (difference <= max_difference) return std::nullopt;
  return "negatif share pooled " + sdk::rounded_text(pooled, 2) + " and mean of monthly shares " +
         sdk::rounded_text(mean, 2) + " differ by " + sdk::rounded_text(difference, 2) +
         " percentage points (more than max_method_difference " + sdk::number_text(max_difference) +
         "): the months have different volumes; the realisasi uses " + chosen;
}

}  // namespace kinerja::sentiment
