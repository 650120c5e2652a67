// Text helpers shared by the host and every plugin: trimming, ASCII case
// folding, the key under which names are matched ("Serta-merta" is
// "serta_merta" is "serta merta"), "did you mean" suggestions, and short
// escaped excerpts of input for messages. One rule each, in one place.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::sdk::text {

// Spaces, tabs, CR, LF, and the UTF-8 no-break space (U+00A0) that
// spreadsheet exports leave around values.
inline std::string_view trim(std::string_view s) {
  const auto space_at_front = [&]() -> std::size_t {
    if (s.empty()) return 0;
    const char c = s.front();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0) return 2;
    return 0;
  };
  const auto space_at_back = [&]() -> std::size_t {
    if (s.empty()) return 0;
    const char c = s.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
        static_cast<unsigned char>(s.back()) == 0xA0) {
      return 2;
    }
    return 0;
  };
  for (std::size_t n; (n = space_at_front()) != 0;) s.remove_prefix(n);
  for (std::size_t n; (n = space_at_back()) != 0;) s.remove_suffix(n);
  return s;
}

inline std::string trimmed(std::string_view s) { return std::string(trim(s)); }

inline bool is_blank(std::string_view s) { return trim(s).empty(); }

// ASCII only: names, keywords and column headers are compared this way;
// other letters are kept as they are.
constexpr char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = fold(c);
  return out;
}

inline bool equal_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

// The key a name is matched under: trimmed, case-folded, and every run of
// spaces (no-break ones too), line breaks, '_', '-', '.' and '/' made one
// '_'. "Tanggal  Diterima", "tanggal_diterima" and "Tanggal-Diterima" share
// the key "tanggal_diterima"; "Serta-merta" and "serta merta" share "serta_merta".
inline std::string key(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  bool gap = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool no_break_space = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';  // U+00A0, from web tables
    if (no_break_space || c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
      gap = !out.empty();
      if (no_break_space) ++i;
      continue;
    }
    if (gap) out += '_';
    gap = false;
    out += fold(c);
  }
  return out;
}

inline bool same_key(std::string_view a, std::string_view b) { return key(a) == key(b); }

inline std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out += separator;
    out += items[i];
  }
  return out;
}

// "a, b or c" (or "and"): a list in a sentence.
inline std::string alternatives(const std::vector<std::string>& items, std::string_view last = " or ") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out += (i + 1 == items.size()) ? std::string(last) : std::string(", ");
    out += items[i];
  }
  return out;
}

// "'a', 'b', 'c'".
inline std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "'" : ", '") + items[i] + "'";
  return out;
}

// At most `max_bytes` of `s` for a message, with control characters (and
// DEL) shown as \n, \t or \xHH, so that an input cell cannot move the
// cursor or recolour a terminal; "..." marks a cut. Never splits a UTF-8
// character.
inline std::string excerpt(std::string_view s, std::size_t max_bytes = 60) {
  std::string out;
  std::size_t i = 0;
  for (; i < s.size() && out.size() < max_bytes; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7F) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) out += s[i++];  // finish the character
  if (i < s.size()) out += "...";
  return out;
}

// Optimal string alignment distance, ASCII case-insensitive: "Target" is a
// typo of "target" too.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

// The closest of `candidates` to a misspelt `word`: within about one typo
// per three letters (at least one, at most three), and never a word that
// would have to change entirely ('b' is not offered 'a'). Nothing when
// none is that close.
inline std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
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

// " (did you mean 'x'?)" or "".
inline std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto match = closest(word, candidates);
  return match ? " (did you mean '" + *match + "'?)" : "";
}

}  // namespace kinerja::sdk::text
