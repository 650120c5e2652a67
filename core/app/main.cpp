// kinerja: evaluates a unit's Perjanjian Kinerja from data, through plugins.
#include <iostream>
#include <map>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli_common.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "plugin_library.hpp"
#include <kinerja/sdk/text.hpp>
#include "version.hpp"

namespace {

using kinerja::cli::UsageError;

const char* overview =
    "kinerja: SAKIP performance evaluation (Laporan Kinerja) from data\n\n"
    "Usage: kinerja [--log-level LEVEL] COMMAND [ARGS]\n\n"
    "Commands:\n"
    "  evaluate CONFIG [--out FILE]   evaluate a config and write the result JSON\n"
    "           [--out-dir DIR]       ... and the report: HTML, Excel, Markdown, CSV\n"
    "  report RESULT --out-dir DIR    the report again from a saved result\n"
    "  validate CONFIG                check a config, its plugins and inputs without evaluating\n"
    "  plugins [info NAME]            list the plugins found and the libraries refused,\n"
    "                                 or describe one plugin with a sample config snippet\n"
    "  inspect FILE [--plugin NAME]   what a CSV or xlsx export holds, and the params to read it\n"
    "  init [--out FILE]              a commented config to start a unit's year from\n"
    "  test-cases PATH...             run golden test cases kept as data (for plugin authors)\n\n"
    "Run `kinerja COMMAND --help` for a command's options. Exit codes: 0 ok, 1 some\n"
    "indicator failed, 2 usage error, 3 invalid config, 4 output not written, 70 bug.\n";

void setup_logging() {
  auto logger = spdlog::stderr_color_mt("kinerja");
  logger->set_pattern("kinerja: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::warn);
}

int dispatch(int argc, char** argv) {
  // Global options come before the command; everything after it is the
  // command's (each command also takes --log-level).
  int i = 1;
  for (; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.empty() || arg[0] != '-') break;
    if (arg == "--version") {
      std::cout << "kinerja " << kinerja::host_version << " (plugin ABI " << kinerja::host_abi() << ")\n";
      return kinerja::exit_code::ok;
    }
    if (arg == "--help" || arg == "-h") {
      std::cout << overview;
      return kinerja::exit_code::ok;
    }
    if (arg == "--log-level" && i + 1 < argc) {
      kinerja::cli::set_log_level(argv[++i]);
    } else if (arg.rfind("--log-level=", 0) == 0) {
      kinerja::cli::set_log_level(arg.substr(12));
    } else {
      throw UsageError("unknown option '" + arg + "' before the command");
    }
  }
  if (i == argc) {
    std::cerr << overview;
    return kinerja::exit_code::usage;
  }
  const std::string command = argv[i];
  const std::vector<std::string> rest(argv + i + 1, argv + argc);

  static const std::map<std::string, int (*)(const std::vector<std::string>&)> commands{
      {"evaluate", &kinerja::cli::run_evaluate},
      {"validate", &kinerja::cli::run_validate},
      {"report", &kinerja::cli::run_report},
      {"plugins", &kinerja::cli::run_plugins},
      {"test-cases", &kinerja::cli::run_test_cases},
      {"inspect", &kinerja::cli::run_inspect},
      {"init", &kinerja::cli::run_init}};
  const auto it = commands.find(command);
  if (it == commands.end()) {
    std::vector<std::string> names;
    for (const auto& [name, run] : commands) names.push_back(name);
    throw UsageError("unknown command '" + command + "'" + kinerja::sdk::text::did_you_mean(command, names));
  }
  return it->second(rest);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    setup_logging();
    return dispatch(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "kinerja: " << e.what() << "\nRun `kinerja --help` for usage.\n";
    return kinerja::exit_code::usage;
  } catch (const std::exception& e) {
    std::cerr << "kinerja: internal error: " << e.what() << "\n";
    return kinerja::exit_code::internal;
  } catch (...) {
    std::cerr << "kinerja: internal error\n";
    return kinerja::exit_code::internal;
  }
}
