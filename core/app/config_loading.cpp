#include "config_loading.hpp"

#include <iostream>

namespace kinerja::cli {

std::optional<EvaluationConfig> load_config_or_report(const std::string& path) {
  Diagnostics problems(path);
  try {
    auto config = load_config(path, problems);
    if (config) return config;
  } catch (const FileError& e) {
    std::cerr << "kinerja: " << e.what() << "\n";
    return std::nullopt;
  }
  std::cerr << problems.to_string();
  std::cerr << "kinerja: " << path << ": " << problems.size() << " problem" << (problems.size() == 1 ? "" : "s")
            << " in the config\n";
  return std::nullopt;
}

}  // namespace kinerja::cli
