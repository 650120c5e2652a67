// A small deterministic generator (SplitMix64) with our own mapping to
// ranges: std::uniform_*_distribution differ between standard libraries,
// and the sample files must be byte-identical wherever they are made.
#pragma once

#include <cstdint>

namespace kinerja::generator {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // In [0, n), n > 0 (the tiny modulo bias is irrelevant for sample data).
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  // In [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  std::uint64_t state_;
};

}  // namespace kinerja::generator
