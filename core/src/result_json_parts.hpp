// Pieces of the result JSON shared by result_json.cpp and the Chapter III
// parts (history, Renstra, budget) in result_json_chapter3.cpp.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "evaluation.hpp"

namespace kinerja {

using json = nlohmann::json;

json optional_number(const std::optional<double>& value);
json target_json(const TargetSpec& spec);

// indicator "history": earlier years and the direction of change.
json history_json(const HistoryOutcome& history);
// indicator "renstra", or null.
json renstra_json(const std::optional<RenstraOutcome>& renstra);
// top-level "renstra" (the plan itself), or null.
json renstra_plan_json(const std::optional<RenstraConfig>& renstra);
// top-level "budget", or null.
json budget_json(const std::optional<BudgetOutcome>& budget);

}  // namespace kinerja
