// Checks an indicator's `params` against the parameter description its
// plugin publishes: a small subset of JSON Schema (see docs/sdk.md):
// type, properties, required, additionalProperties, items, enum, minimum,
// maximum, and "format": "path" for files read by the plugin.
#pragma once

#include <filesystem>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostics.hpp"

namespace kinerja {

using json = nlohmann::json;

struct CheckedParams {
  json params;  // with every "path" parameter made absolute
  std::vector<std::filesystem::path> files;  // the path parameters, resolved
};

// `pointer` is where the params sit in the config ("/sasaran/0/indicators/2/params").
// Path parameters resolve against `base_dir`; a missing file is reported.
CheckedParams check_params(const json& schema, const json& params, const std::string& pointer,
                           const std::filesystem::path& base_dir, Diagnostics& diagnostics);

// The first problem with a parameter description itself, or "". The loader
// refuses a plugin whose description has one; check_params relies on that.
std::string schema_problem(const json& schema);

}  // namespace kinerja
