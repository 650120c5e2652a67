#include <iostream>

#include <spdlog/spdlog.h>

#include "cli_common.hpp"
#include "commands.hpp"
#include "config_loading.hpp"
#include "evaluator.hpp"
#include "exit_codes.hpp"

namespace kinerja::cli {

int run_validate(const std::vector<std::string>& args) {
  std::string config_path;
  PluginOptions plugin_options;
  po::options_description options("kinerja validate CONFIG [options]\n\n"
                                  "Checks CONFIG, the plugins it names, their parameters and that every input\n"
                                  "file exists, without evaluating. Lists every problem; exit 3 if any.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("config", po::value(&config_path), "the evaluation config");
  add_common_options(options, plugin_options);
  po::positional_options_description positional;
  positional.add("config", 1);
  const auto vm = parse_command(args, options, positional);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (config_path.empty()) throw UsageError("validate needs a CONFIG file");

  const PluginRegistry registry = load_plugins(plugin_options);
  const auto config = load_config_or_report(config_path);
  if (!config) return exit_code::invalid_config;

  for (const auto& w : config->warnings) spdlog::warn("{}", w);
  Evaluator evaluator(registry);
  Diagnostics problems = evaluator.validate(*config);
  if (!problems.empty()) {
    std::cerr << problems.to_string();
    std::cerr << "kinerja: " << config_path << ": " << problems.size() << " problem"
              << (problems.size() == 1 ? "" : "s") << "\n";
    return exit_code::invalid_config;
  }
  std::size_t indicators = 0;
  for (const auto& s : config->sasaran) indicators += s.indicators.size();
  std::cout << config_path << ": valid (" << config->sasaran.size() << " sasaran, " << indicators
            << " indicators)\n";
  return exit_code::ok;
}

}  // namespace kinerja::cli
