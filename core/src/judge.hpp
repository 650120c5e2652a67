// Judges a measured indicator against its target under the config's policy:
// pending values, missing ones and the cap are decided here, and the
// capaian itself comes from compute_capaian.
#pragma once

#include "config.hpp"
#include "evaluation.hpp"

namespace kinerja {

// Fills outcome.capaian, counted and target_met from its status, realisasi
// and pending state; adds a warning where a value is left out of the means.
void judge(IndicatorOutcome& outcome, const Policy& policy);

}  // namespace kinerja
