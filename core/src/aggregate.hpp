// Means of capaian per sasaran kegiatan and for the unit.
#pragma once

#include <optional>
#include <vector>

#include "config.hpp"

namespace kinerja {

struct Aggregate {
  std::vector<std::optional<double>> sasaran;  // mean per sasaran; none when nothing counted
  std::optional<double> unit;
};

// `capaian[s]` holds the counted capaian of sasaran s's indicators (values
// left out by policy are simply absent).
Aggregate aggregate(const std::vector<std::vector<double>>& capaian, AggregationMethod method);

}  // namespace kinerja
