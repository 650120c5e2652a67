// SAKIP score (Nilai Akuntabilitas Kinerja) as APIP assesses it under
// PermenPANRB 88/2021: component scores, their total and its predikat.
// The rules are data (predikat.json); reading, checking and summing the
// components is the SDK's scoring.hpp. The plugin glue is in sakip_plugin.cpp.
#pragma once

#include <optional>
#include <string>

#include <kinerja/sdk/scoring.hpp>

namespace kinerja::sakip {

namespace scoring = kinerja::sdk::scoring;

constexpr const char* default_regulation = "PermenPANRB-88-2021";

// One regulation's rules, from predikat.json.
struct Rules {
  std::string regulation;
  std::string source;
  scoring::Parts components;  // in points; their maxima sum to 100
  scoring::Grading predikat;
};

// The rules of `regulation` in the data file: an unknown regulation is a
// ConfigError listing the ones the file has; a malformed entry, or maxima
// that do not sum to 100, an InputError naming the file.
Rules rules_from(const scoring::RulesFile& file, const std::string& regulation);

struct Grade {
  std::string predikat;  // "BB"
  std::string label;     // "Sangat Baik"
  std::string meaning;
};

// The predikat of `total`; nothing when the table has no band for it.
std::optional<Grade> grade(const Rules& rules, double total);

}  // namespace kinerja::sakip
