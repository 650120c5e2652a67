#include "param_schema.hpp"

#include <kinerja/sdk/schema.hpp>

namespace kinerja {

// The checker is the SDK's (kinerja/sdk/schema.hpp), so that a plugin run
// on its own checks its params exactly as the host does.
CheckedParams check_params(const json& schema, const json& params, const std::string& pointer,
                           const std::filesystem::path& base_dir, Diagnostics& diagnostics) {
  std::vector<sdk::Problem> problems;
  sdk::schema::Checked checked = sdk::schema::check(schema, params, pointer, base_dir, problems);
  for (const auto& p : problems) diagnostics.add(p.path, p.message);
  return CheckedParams{std::move(checked.params), std::move(checked.files)};
}

std::string schema_problem(const json& schema) { return sdk::schema::description_problem(schema); }

}  // namespace kinerja
