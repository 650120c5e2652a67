#include "published.hpp"

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja {

namespace {

void compare(const std::string& what, const std::optional<double>& computed, const std::optional<double>& published,
             std::vector<std::string>& warnings) {
  if (!published) return;
  if (!computed) {
    warnings.push_back(what + ": published " + kinerja::sdk::number_text(*published) + ", but none was computed");
    return;
  }
  if (auto warning = kinerja::sdk::compare_published(what, *computed, *published)) warnings.push_back(*warning);
}

}  // namespace

void check_published_figures(EvaluationOutcome& outcome) {
  for (auto& s : outcome.sasaran) {
    for (auto& i : s.indicators) {
      // A pending value's stand-in is not a measurement to check.
      if (i.status != IndicatorStatus::pending) compare("realisasi", i.realisasi, i.config->published_realisasi, i.warnings);
      compare("capaian", i.capaian.value, i.config->published_capaian, i.warnings);
    }
  }
  compare("unit capaian", outcome.capaian, outcome.config->published_capaian, outcome.warnings);
}

}  // namespace kinerja
