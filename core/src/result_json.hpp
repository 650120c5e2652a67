// The result file: the names here are a public interface (docs/result.md);
// keep them stable.
#pragma once

#include <nlohmann/json.hpp>

#include "evaluation.hpp"

namespace kinerja {

using json = nlohmann::json;

inline constexpr int result_format = 1;

json to_json(const EvaluationOutcome& outcome);

}  // namespace kinerja
