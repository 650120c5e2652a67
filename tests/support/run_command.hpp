// Runs a command line through the shell and captures what it printed.
#pragma once

#include <string>
#include <vector>

namespace kinerja::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Quotes one argument for /bin/sh.
std::string shell_quote(const std::string& arg);

// Runs `args` (quoted) in `cwd` (if given), without any KINERJA_PLUGIN_PATH
// of the caller's, plus the `env` assignments ("NAME=value").
CommandResult run_command(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                          const std::string& cwd = {});

}  // namespace kinerja::testing
