#include "aggregate.hpp"

#include <numeric>

namespace kinerja {

namespace {

std::optional<double> mean(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

}  // namespace

Aggregate aggregate(const std::vector<std::vector<double>>& capaian, AggregationMethod method) {
  Aggregate out;
  std::vector<double> all;
  std::vector<double> sasaran_means;
  for (const auto& values : capaian) {
    out.sasaran.push_back(mean(values));
    if (out.sasaran.back()) sasaran_means.push_back(*out.sasaran.back());
    all.insert(all.end(), values.begin(), values.end());
  }
  out.unit = method == AggregationMethod::mean_of_indicators ? mean(all) : mean(sasaran_means);
  return out;
}

}  // namespace kinerja
