#include "run_command.hpp"

#include <sys/wait.h>

#include <cstdlib>

#include "temp_dir.hpp"

namespace kinerja::testing {

std::string shell_quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

CommandResult run_command(const std::vector<std::string>& args, const std::vector<std::string>& env,
                          const std::string& cwd) {
  TempDir dir;
  const auto out_file = dir.path() / "stdout";
  const auto err_file = dir.path() / "stderr";
  std::string line = cwd.empty() ? "" : "cd " + shell_quote(cwd) + " && ";
  line += "env -u KINERJA_PLUGIN_PATH";
  for (const auto& assignment : env) line += " " + shell_quote(assignment);
  for (const auto& arg : args) line += " " + shell_quote(arg);
  line += " </dev/null >" + shell_quote(out_file.string()) + " 2>" + shell_quote(err_file.string());
  const int status = std::system(line.c_str());
  CommandResult result;
  result.exit_code = (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out_file);
  result.err = read_file(err_file);
  return result;
}

}  // namespace kinerja::testing
