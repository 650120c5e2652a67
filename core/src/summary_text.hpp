// A short plain-text table of an evaluation, for a terminal.
#pragma once

#include <string>

#include "evaluation.hpp"

namespace kinerja {

// One line for the unit, one per sasaran and one per indicator, with
// capaian rounded by the config's display rule; pending values marked "*"
// with their reasons as footnotes, as an LKj prints them.
std::string summary_text(const EvaluationOutcome& outcome);

}  // namespace kinerja
