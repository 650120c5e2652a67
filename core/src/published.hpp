// Published figures are not ground truth: a config may carry what the
// report printed beside each indicator (and for the unit), and the result
// says where it disagrees with what kinerja computed. The comparison rule
// is the SDK's compare_published, the same one every plugin uses.
#pragma once

#include "evaluation.hpp"

namespace kinerja {

// Adds a warning to each indicator whose published realisasi or capaian
// disagrees with the computed one, and to the outcome for the unit's.
void check_published_figures(EvaluationOutcome& outcome);

}  // namespace kinerja
