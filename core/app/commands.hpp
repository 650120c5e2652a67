// The subcommands of `kinerja`. Each takes its own arguments (after the
// command name) and returns an exit code (exit_codes.hpp).
#pragma once

#include <string>
#include <vector>

namespace kinerja::cli {

int run_evaluate(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);
int run_report(const std::vector<std::string>& args);
int run_plugins(const std::vector<std::string>& args);
int run_test_cases(const std::vector<std::string>& args);
int run_inspect(const std::vector<std::string>& args);
int run_init(const std::vector<std::string>& args);

}  // namespace kinerja::cli
