#include "sakip.hpp"

namespace kinerja::sakip {

Rules rules_from(const scoring::RulesFile& file, const std::string& regulation) {
  const scoring::Entry e = file.entry("regulations", "regulation", regulation);
  return Rules{e.key, e.text("source"),
               scoring::Parts::points(e.at("components"), e.place("components"), "component", e.key),
               scoring::Grading::from_json(e.at("predikat"), e.place("predikat"))};
}

std::optional<Grade> grade(const Rules& rules, double total) {
  const kinerja::sdk::Band* band = rules.predikat.find(total);
  if (band == nullptr) return std::nullopt;  // a table without an open last band
  return Grade{band->grade, band->label, scoring::Grading::text_of(*band, "meaning")};
}

}  // namespace kinerja::sakip
