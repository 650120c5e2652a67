#include <algorithm>
#include <iostream>

#include <boost/dll/runtime_symbol_info.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "golden.hpp"
#include "json_file.hpp"
#include "subprocess.hpp"

namespace kinerja::cli {

int run_test_cases(const std::vector<std::string>& args) {
  std::vector<std::string> paths;
  PluginOptions plugin_options;
  po::options_description options("kinerja test-cases PATH... [options]\n\n"
                                  "Runs golden test cases kept as data: each case is a folder with config.json\n"
                                  "and expected.json (see docs/plugin-guide.md); PATH is a case or a folder of\n"
                                  "cases. Each runs in a fresh kinerja with the same plugin options.\n"
                                  "Exit 0 when every case passes, 1 otherwise.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("path", po::value(&paths), "case folders, or folders of cases");
  add_common_options(options, plugin_options);
  po::positional_options_description positional;
  positional.add("path", -1);
  const auto vm = parse_command(args, options, positional);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (paths.empty()) throw UsageError("test-cases needs at least one PATH");

  std::vector<std::filesystem::path> roots(paths.begin(), paths.end());
  const auto cases = find_golden_cases(roots);
  if (cases.empty()) throw UsageError("no test case (a folder with expected.json) under the given paths");

  boost::dll::fs::error_code ec;
  const std::string self = boost::dll::program_location(ec).string();
  if (ec) throw std::runtime_error("cannot locate the kinerja executable");
  std::vector<std::string> plugin_args;
  for (const auto& dir : plugin_options.dirs) {
    plugin_args.push_back("--plugin-dir");
    plugin_args.push_back(std::filesystem::absolute(dir).string());
  }
  if (!plugin_options.bundled) plugin_args.push_back("--no-bundled-plugins");

  std::size_t failed = 0;
  for (const auto& dir : cases) {
    std::vector<std::string> failures;
    std::string messages;
    try {
      const json expected = read_json_file(dir / "expected.json");
      std::vector<std::string> argv{self, expected.value("command", "evaluate"), (dir / "config.json").string()};
      argv.insert(argv.end(), plugin_args.begin(), plugin_args.end());
      const GoldenRun run = run_program(argv);
      failures = check_golden_case(expected, run);
      messages = run.err;
    } catch (const std::exception& e) {
      failures.push_back(e.what());
    }
    std::cout << (failures.empty() ? "PASS " : "FAIL ") << dir.string() << "\n";
    for (const auto& f : failures) std::cout << "    " << f << "\n";
    if (!failures.empty() && !messages.empty()) {
      // What kinerja said, to see why a message was missing or a run failed.
      std::cout << "    kinerja said:\n";
      std::size_t start = 0;
      while (start < messages.size()) {
        const std::size_t end = std::min(messages.find('\n', start), messages.size());
        std::cout << "      " << messages.substr(start, end - start) << "\n";
        start = end + 1;
      }
    }
    if (!failures.empty()) ++failed;
  }
  std::cout << (cases.size() - failed) << " passed, " << failed << " failed\n";
  return failed == 0 ? exit_code::ok : exit_code::indicators_failed;
}

}  // namespace kinerja::cli
