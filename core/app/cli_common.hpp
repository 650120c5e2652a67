// What every command shares: plugin discovery options, logging, usage errors.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "plugin_registry.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

// A bad command line; main prints it with a pointer to --help.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PluginOptions {
  std::vector<std::string> dirs;
  bool bundled = true;
};

// Adds --plugin-dir, --no-bundled-plugins and --log-level.
void add_common_options(po::options_description& options, PluginOptions& values);

// Loads plugins from the search path. A --plugin-dir that is not a folder is
// a UsageError; refused libraries are logged (and listed by `plugins`).
PluginRegistry load_plugins(const PluginOptions& options);

// The plugin folders the options name, in search order (for the plugins'
// data, e.g. the report's locale files, read without loading a plugin).
std::vector<std::filesystem::path> plugin_folders(const PluginOptions& options);

// Parses a command's own arguments and applies --log-level; throws UsageError.
po::variables_map parse_command(const std::vector<std::string>& args, const po::options_description& options,
                                const po::positional_options_description& positional);

// Sets the level of the stderr logger; throws UsageError for an unknown name.
void set_log_level(const std::string& name);

}  // namespace kinerja::cli
