// Loading a config for a command: prints every problem and says whether it
// can be used.
#pragma once

#include <optional>
#include <string>

#include "config.hpp"

namespace kinerja::cli {

// Prints problems to stderr; returns nothing when the config is unusable.
std::optional<EvaluationConfig> load_config_or_report(const std::string& path);

}  // namespace kinerja::cli
