#include <algorithm>
#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include <kinerja/sdk/table_spec.hpp>
#include <kinerja/sdk/text.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "measure_check.hpp"
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

// A value to show for a parameter in a sample: its first example, else its
// default, else a stand-in of its type.
nlohmann::json sample_value(const nlohmann::json& schema, const std::string& name);

// The parameters that belong in a sample: the required ones and those the
// plugin gives examples for.
nlohmann::json sample_params(const nlohmann::json& schema) {
  nlohmann::json out = nlohmann::json::object();
  const auto properties = schema.value("properties", nlohmann::json::object());
  const auto required = schema.value("required", nlohmann::json::array());
  for (const auto& [key, sub] : properties.items()) {
    const bool is_required = std::find(required.begin(), required.end(), key) != required.end();
    if (is_required || sub.contains("examples")) out[key] = sample_value(sub, key);
  }
  return out;
}

nlohmann::json sample_value(const nlohmann::json& schema, const std::string& name) {
  if (schema.contains("examples") && schema["examples"].is_array() && !schema["examples"].empty()) {
    return schema["examples"][0];
  }
  if (schema.contains("default")) return schema["default"];
  const std::string type = schema.value("type", "string");
  if (schema.value("format", "") == "path") return "data/" + name + ".csv";
  if (schema.value("format", "") == "table") return "data/" + name + ".xlsx";
  if (type == "object") return sample_params(schema);
  if (type == "array") return nlohmann::json::array();
  if (type == "number" || type == "integer") return 0;
  if (type == "boolean") return false;
  return "...";
}

// The plugin's own example of a whole params object (the description's
// top-level "examples") when it gives one: only its author knows which
// parameters go together. Otherwise one is assembled from the parts.
nlohmann::json sample_indicator(const PluginLibrary& plugin) {
  const auto& schema = plugin.parameters;
  const bool whole = schema.contains("examples") && schema["examples"].is_array() && !schema["examples"].empty() &&
                     schema["examples"][0].is_object();
  nlohmann::json sample{{"id", "IKK_1"},
                        {"name", "Nama indikator kinerja kegiatan"},
                        {"plugin", plugin.indicator_types.front()},
                        {"target", {{"value", 100}, {"polarity", "higher"}}},
                        {"params", whole ? schema["examples"][0] : sample_params(schema)}};
  // A target that fits the default measure: its unit and polarity.
  if (!plugin.measures.empty()) sample["target"] = sample_target_text(plugin.measures.front());
  return sample;
}

// Every measure, with a target that fits it.
void print_measures(const PluginLibrary& plugin) {
  if (plugin.measures.empty()) return;
  std::cout << "\nMeasures (the indicator picks one with \"measure\"; the first is the default):\n";
  for (const auto& m : plugin.measures) {
    std::cout << "  " << m.id << ": " << m.label << (m.label_id.empty() ? "" : " (" + m.label_id + ")") << "\n"
              << "      unit " << (m.unit.empty() ? "(none)" : "'" + m.unit + "'") << ", "
              << (m.higher_is_better ? "higher" : "lower") << " is better; e.g. \"target\": \"" << sample_target_text(m)
              << "\"\n";
    if (!m.description.empty()) std::cout << "      " << m.description << "\n";
  }
}

// A table parameter's fields: the columns the plugin reads.
void print_fields(const nlohmann::json& fields, const std::string& prefix) {
  const sdk::Fields f = sdk::Fields::from_json(fields);
  for (const auto& field : f.all()) {
    std::cout << "      " << prefix << field.name << " (" << sdk::field_kind_name(field.kind)
              << (field.required ? "" : ", optional") << "): column " << sdk::text::quoted_list(field.columns);
    if (field.kind == sdk::FieldKind::category) std::cout << "; values " << sdk::text::join(field.categories);
    if (!field.description.empty()) std::cout << "; " << field.description;
    std::cout << "\n";
  }
}

// A default as a planner writes it: 20, not 20.0.
std::string default_text(const nlohmann::json& value) {
  if (value.is_number_float() && value.get<double>() == static_cast<double>(static_cast<long long>(value.get<double>())) &&
      std::abs(value.get<double>()) < 1e15) {
    return std::to_string(static_cast<long long>(value.get<double>()));
  }
  return value.dump();
}

void print_parameters(const nlohmann::json& schema, const std::string& prefix) {
  const auto properties = schema.value("properties", nlohmann::json::object());
  const auto required = schema.value("required", nlohmann::json::array());
  for (const auto& [key, sub] : properties.items()) {
    const bool is_required = std::find(required.begin(), required.end(), key) != required.end();
    std::string type = sub.value("type", "any");
    if (sub.value("format", "") == "path") type = "path";
    if (sub.value("format", "") == "table") type = "table: a CSV or xlsx file, see docs/inputs.md";
    std::cout << "  " << prefix << key << " (" << type << (is_required ? ", required" : "") << ")";
    if (sub.contains("default")) std::cout << " default " << default_text(sub["default"]);
    if (sub.contains("description")) std::cout << ": " << sub["description"].get<std::string>();
    std::cout << "\n";
    if (sub.value("format", "") == "table") {
      std::cout << "      fields (\"columns\": {\"field\": \"Header in the file\"} when the header differs):\n";
      print_fields(sub.value("fields", nlohmann::json::array()), "  ");
    }
    if (type == "object") print_parameters(sub, prefix + key + ".");
    if (type == "array" && sub.contains("items") && sub["items"].value("type", "") == "object") {
      print_parameters(sub["items"], prefix + key + "[].");
    }
  }
}

int run_info(const PluginRegistry& registry, const std::string& name, const std::string& format) {
  const PluginLibrary* plugin = registry.find_name(name);
  if (plugin == nullptr) plugin = registry.find_type(name);
  if (plugin == nullptr) {
    throw UsageError("no plugin named '" + name + "'" + sdk::text::did_you_mean(name, registry.names()) +
                     " (see `kinerja plugins`)");
  }
  if (format == "json") {
    std::cout << nlohmann::json{{"name", plugin->name},
                                {"version", plugin->version},
                                {"abi", plugin->abi()},
                                {"indicator_types", plugin->indicator_types},
                                {"path", plugin->path.string()},
                                {"description", plugin->description},
                                {"parameters", plugin->parameters},
                                {"measures", plugin->parameters.value("measures", nlohmann::json::array())},
                                {"sample", sample_indicator(*plugin)}}
                     .dump(2)
              << "\n";
    return exit_code::ok;
  }
  std::cout << plugin->name << " " << plugin->version << " (ABI " << plugin->abi() << ")\n"
            << plugin->description << "\n\nIndicator types: ";
  for (std::size_t i = 0; i < plugin->indicator_types.size(); ++i) {
    std::cout << (i ? ", " : "") << plugin->indicator_types[i];
  }
  std::cout << "\nLibrary: " << plugin->path.string() << "\n";
  print_measures(*plugin);
  std::cout << "\nParameters:\n";
  print_parameters(plugin->parameters, "");
  std::cout << "\nSample indicator for a config's \"indicators\" list:\n" << sample_indicator(*plugin).dump(2) << "\n";
  return exit_code::ok;
}

}  // namespace

int run_plugins(const std::vector<std::string>& args) {
  std::string format = "text";
  std::vector<std::string> words;
  PluginOptions plugin_options;
  po::options_description options("kinerja plugins [info NAME] [options]\n\n"
                                  "Lists the plugins found: name, version, ABI, indicator types, path and\n"
                                  "description, and why any library was refused. `info NAME` describes one\n"
                                  "plugin: its parameters and a sample indicator for a config.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("format", po::value(&format), "text (default) or json");
  add_common_options(options, plugin_options);
  po::options_description hidden;  // the positional words, not shown in --help
  hidden.add_options()("words", po::value(&words));
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("words", -1);
  const auto vm = parse_command(args, all, positional);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (format != "text" && format != "json") throw UsageError("--format " + format + ": expected text or json");
  if (!words.empty() && (words[0] != "info" || words.size() != 2)) {
    throw UsageError("expected `kinerja plugins` or `kinerja plugins info NAME`");
  }
  const PluginRegistry registry = load_plugins(plugin_options);
  if (!words.empty()) return run_info(registry, words[1], format);
  if (format == "json") {
    std::cout << plugins_json(registry).dump(2) << "\n";
  } else {
    print_text(registry);
  }
  return exit_code::ok;
}

}  // namespace kinerja::cli
