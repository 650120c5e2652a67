#include "cli_common.hpp"

#include <cstdlib>

#include <spdlog/spdlog.h>

namespace kinerja::cli {

void add_common_options(po::options_description& options, PluginOptions& values) {
  options.add_options()
      ("log-level", po::value<std::string>(), "trace, debug, info, warn (default), error or off")
      ("plugin-dir", po::value<std::vector<std::string>>(&values.dirs)->composing(),
       "also load plugins from DIR (repeatable; searched before KINERJA_PLUGIN_PATH and the bundled folder)")
      ("no-bundled-plugins", po::bool_switch()->notifier([&values](bool off) { values.bundled = !off; }),
       "do not load the plugins installed with kinerja");
}

std::vector<std::filesystem::path> plugin_folders(const PluginOptions& options) {
  return plugin_search_path(options.dirs, std::getenv("KINERJA_PLUGIN_PATH"), options.bundled);
}

PluginRegistry load_plugins(const PluginOptions& options) {
  for (const auto& dir : options.dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) throw UsageError("--plugin-dir " + dir + ": not a folder");
  }
  PluginRegistry registry;
  const char* env = std::getenv("KINERJA_PLUGIN_PATH");
  for (const auto& dir : plugin_search_path(options.dirs, env, options.bundled)) {
    if (registry.load_directory(dir)) {
      spdlog::debug("searched plugin folder {}", dir.string());
    } else {
      spdlog::debug("plugin folder {} does not exist", dir.string());
    }
  }
  for (const auto& r : registry.refused()) spdlog::warn("refused plugin library {}: {}", r.path.string(), r.reason);
  return registry;
}

po::variables_map parse_command(const std::vector<std::string>& args, const po::options_description& options,
                                const po::positional_options_description& positional) {
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  if (vm.count("log-level")) set_log_level(vm["log-level"].as<std::string>());
  return vm;
}

void set_log_level(const std::string& name) {
  const auto level = spdlog::level::from_str(name);
  if (level == spdlog::level::off && name != "off") {
    throw UsageError("--log-level " + name + ": expected trace, debug, info, warn, error or off");
  }
  spdlog::set_level(level);
}

}  // namespace kinerja::cli
