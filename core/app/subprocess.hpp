// Runs a program and captures what it prints (for `kinerja test-cases`,
// which runs each case in a fresh kinerja process, exactly as a user would).
#pragma once

#include <string>
#include <vector>

#include "golden.hpp"

namespace kinerja::cli {

// Runs `argv` (argv[0] is the program's path; no shell). Throws
// std::runtime_error when it cannot be started.
GoldenRun run_program(const std::vector<std::string>& argv);

}  // namespace kinerja::cli
