// "Did you mean": the closest known name to a misspelt one. The host has the
// same rule (core/src/suggest.cpp), but a plugin builds on the SDK alone.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace kinerja::formula {

// Optimal string alignment distance, case-insensitive.
inline std::size_t edit_distance(const std::string& a, const std::string& b) {
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// The closest of `candidates`, within about one typo per three letters (at
// least one, at most three), or nothing. A word that would have to change
// entirely is no typo: 'b' is not offered 'a'.
inline std::optional<std::string> closest_name(const std::string& word, const std::vector<std::string>& candidates) {
  const std::size_t typos = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  const std::size_t limit = std::min(typos, word.empty() ? 0 : word.size() - 1);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    if (const std::size_t d = edit_distance(word, candidate); d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

inline std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  const auto match = closest_name(word, candidates);
  return match ? " (did you mean '" + *match + "'?)" : "";
}

}  // namespace kinerja::formula
