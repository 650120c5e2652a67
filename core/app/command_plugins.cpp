#include <iostream>

#include <nlohmann/json.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "plugin_library.hpp"

namespace kinerja::cli {

namespace {

nlohmann::json plugins_json(const PluginRegistry& registry) {
  nlohmann::json loaded = nlohmann::json::array();
  for (const auto& p : registry.plugins()) {
    loaded.push_back({{"name", p->name},
                      {"version", p->version},
                      {"abi", p->abi()},
                      {"indicator_types", p->indicator_types},
                      {"path", p->path.string()},
                      {"description", p->description},
                      {"parameters", p->parameters}});
  }
  nlohmann::json refused = nlohmann::json::array();
  for (const auto& r : registry.refused()) refused.push_back({{"path", r.path.string()}, {"reason", r.reason}});
  return {{"host_abi", host_abi()}, {"plugins", loaded}, {"refused", refused}};
}

void print_text(const PluginRegistry& registry) {
  std::cout << "host ABI " << host_abi() << "\n";
  if (registry.plugins().empty()) std::cout << "no plugins loaded\n";
  for (const auto& p : registry.plugins()) {
    std::cout << "\n" << p->name << " " << p->version << " (ABI " << p->abi() << ")\n";
    std::cout << "  types:  ";
    for (std::size_t i = 0; i < p->indicator_types.size(); ++i) std::cout << (i ? ", " : "") << p->indicator_types[i];
    std::cout << "\n  about:  " << p->description << "\n  path:   " << p->path.string() << "\n";
  }
  if (!registry.refused().empty()) {
    std::cout << "\nrefused:\n";
    for (const auto& r : registry.refused()) std::cout << "  " << r.path.string() << "\n    " << r.reason << "\n";
  }
}

}  // namespace

int run_plugins(const std::vector<std::string>& args) {
  std::string format = "text";
  PluginOptions plugin_options;
  po::options_description options("kinerja plugins [options]\n\n"
                                  "Lists the plugins found: name, version, ABI, indicator types, path and\n"
                                  "description, and why any library was refused.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("format", po::value(&format), "text (default) or json");
  add_common_options(options, plugin_options);
  const auto vm = parse_command(args, options, {});
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (format != "text" && format != "json") throw UsageError("--format " + format + ": expected text or json");
  const PluginRegistry registry = load_plugins(plugin_options);
  if (format == "json") {
    std::cout << plugins_json(registry).dump(2) << "\n";
  } else {
    print_text(registry);
  }
  return exit_code::ok;
}

}  // namespace kinerja::cli
