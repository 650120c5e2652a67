// The result file: the names here are a public interface (docs/result.md);
// keep them stable.
#pragma once

#include <nlohmann/json.hpp>

#include "evaluation.hpp"

namespace kinerja {

using json = nlohmann::json;

inline constexpr int result_format = 1;

json to_json(const EvaluationOutcome& outcome);

// Whether `document` is a result this kinerja wrote (format 1): a config
// has "sasaran" too, but no "summary" or "provenance".
bool is_result(const json& document);

}  // namespace kinerja
