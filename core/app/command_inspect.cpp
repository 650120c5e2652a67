// kinerja inspect FILE [--plugin NAME]: what a raw export holds, and the
// params block that reads it with a plugin.
#include <algorithm>
#include <iostream>

#include <kinerja/sdk/table_spec.hpp>
#include <kinerja/sdk/text.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "config_tables.hpp"
#include "exit_codes.hpp"
#include "export_mapping.hpp"
#include "export_profile.hpp"

namespace kinerja::cli {

namespace {

std::string column_letter(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

void print_profile(const ExportProfile& p) {
  std::cout << p.path.string() << ": ";
  if (p.xlsx) {
    std::cout << "xlsx workbook, sheets " << sdk::text::quoted_list(p.sheets) << "; sheet '" << p.sheet << "'\n";
  } else {
    std::cout << "CSV, delimiter '" << sdk::delimiter_name(p.delimiter) << "'" << (p.bom ? ", byte-order mark" : "")
              << ", " << (p.encoding ? *p.encoding : std::string("UTF-8")) << "\n";
  }
  if (!p.encoding_note.empty()) std::cout << "  not UTF-8: " << p.encoding_note << "\n";
  std::cout << "header: row " << p.header_row;
  if (!p.title_rows.empty()) std::cout << " (above it, skipped: " << sdk::text::join(p.title_rows, "; ") << ")";
  std::cout << "\ndata rows: " << p.rows << "\ncolumns:\n";
  for (const auto& c : p.columns) {
    std::cout << "  " << column_letter(c.index) << "  '" << sdk::text::excerpt(c.header, 40) << "'  " << to_string(c.type);
    if (c.number_style && *c.number_style != sdk::NumberStyle::plain) {
      std::cout << " (written as \"numbers\": \"" << sdk::number_style_name(*c.number_style) << "\")";
    }
    if (c.date_order) std::cout << " (" << sdk::date_order_name(*c.date_order) << ")";
    std::cout << ", " << c.values << " value(s)" << (c.blanks ? ", " + std::to_string(c.blanks) + " blank" : "");
    if (c.type == GuessedType::category) {
      std::vector<std::string> counts;
      for (const auto& [value, n] : c.distinct) counts.push_back(sdk::text::excerpt(value, 30) + " (" + std::to_string(n) + ")");
      std::cout << ": " << sdk::text::join(counts);
    } else if (!c.samples.empty()) {
      std::vector<std::string> shown;
      for (const auto& s : c.samples) shown.push_back(sdk::text::excerpt(s, 30));
      std::cout << ", e.g. " << sdk::text::join(shown, " | ");
    }
    std::cout << "\n";
  }
}

// The plugin's table parameters and their fields.
std::vector<std::pair<std::string, sdk::Fields>> table_parameters(const PluginLibrary& plugin) {
  std::vector<std::pair<std::string, sdk::Fields>> out;
  const json properties = plugin.parameters.value("properties", json::object());  // named: items() must not outlive it
  for (const auto& [name, sub] : properties.items()) {
    if (sub.is_object() && sub.value("format", "") == "table") {
      out.emplace_back(name, sdk::Fields::from_json(sub.value("fields", json::array())));
    }
  }
  return out;
}

}  // namespace

int run_inspect(const std::vector<std::string>& args) {
  std::string file, plugin_name, param_name, table_name, sheet, encoding;
  std::size_t header_row = 0;
  PluginOptions plugin_options;
  po::options_description options(
      "kinerja inspect FILE [--plugin NAME] [options]\n\n"
      "Shows what a raw export (CSV or xlsx) holds as kinerja reads it: its sheets,\n"
      "delimiter and encoding, the header row under any title rows, and each column\n"
      "with sample values and the type they look like. With --plugin, prints the\n"
      "params block that reads the file with that plugin, to paste into a config.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("file", po::value(&file), "the export to inspect")
      ("plugin", po::value(&plugin_name), "propose params for this plugin (a name or indicator type)")
      ("param", po::value(&param_name), "with --plugin: which of its table parameters the file is for (default: the first)")
      ("table", po::value(&table_name), "propose a chapter III table of the config: history, renstra, budget or revisions")
      ("sheet", po::value(&sheet), "the xlsx sheet, by name or number (default: the first)")
      ("header-row", po::value(&header_row), "the header's row, when it is not found")
      ("encoding", po::value(&encoding), "the file's encoding, when it is not UTF-8 (e.g. windows-1252)");
  add_common_options(options, plugin_options);
  po::positional_options_description positional;
  positional.add("file", 1);
  const auto vm = parse_command(args, options, positional);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (file.empty()) throw UsageError("inspect needs a FILE (a CSV or xlsx export)");

  const PluginLibrary* plugin = nullptr;
  std::optional<PluginRegistry> registry;
  std::vector<std::pair<std::string, sdk::Fields>> tables;
  if (!plugin_name.empty() && !table_name.empty()) throw UsageError("give --plugin or --table, not both");
  if (!table_name.empty()) {
    const auto fields = config_table_fields(table_name);
    if (!fields) {
      throw UsageError("--table " + table_name + ": expected one of " + sdk::text::join(config_table_names()) +
                       sdk::text::did_you_mean(table_name, config_table_names()));
    }
    tables.emplace_back(table_name, *fields);
  }
  if (!plugin_name.empty()) {
    registry.emplace(load_plugins(plugin_options));
    plugin = registry->find_name(plugin_name);
    if (!plugin) plugin = registry->find_type(plugin_name);
    if (!plugin) {
      throw UsageError("no plugin named '" + plugin_name + "'" + sdk::text::did_you_mean(plugin_name, registry->names()) +
                       " (see `kinerja plugins`)");
    }
    tables = table_parameters(*plugin);
    if (tables.empty()) {
      throw UsageError("plugin '" + plugin->name + "' has no table parameter with fields of its own" +
                       (plugin->parameters.dump().find("\"aggregates\"") != std::string::npos
                            ? " (its aggregates name their columns in the config): inspect the file without --plugin"
                            : ""));
    }
    if (!param_name.empty()) {
      std::vector<std::string> names;
      for (const auto& [name, fields] : tables) names.push_back(name);
      const auto it = std::find_if(tables.begin(), tables.end(), [&](const auto& t) { return t.first == param_name; });
      if (it == tables.end()) {
        throw UsageError("--param " + param_name + ": plugin '" + plugin->name + "' reads the tables " +
                         sdk::text::join(names) + sdk::text::did_you_mean(param_name, names));
      }
      tables = {*it};
    } else {
      tables.resize(1);  // the file is for one parameter: the first, unless --param says
    }
  } else if (!param_name.empty()) {
    throw UsageError("--param needs --plugin");
  }
  ProfileOptions profile_options;
  if (!sheet.empty()) {
    if (sheet.find_first_not_of("0123456789") == std::string::npos) profile_options.sheet_number = std::stoi(sheet);
    else profile_options.sheet_name = sheet;
  }
  if (header_row > 0) profile_options.header_row = header_row;
  if (!encoding.empty()) profile_options.encoding = sdk::canonical_encoding(encoding);
  if (!tables.empty()) profile_options.fields = &tables.front().second;

  ExportProfile profile;
  try {
    profile = profile_export(file, profile_options);
  } catch (const std::exception& e) {
    std::cerr << "kinerja: " << e.what() << "\n";
    return exit_code::invalid_config;
  }
  print_profile(profile);
  if (tables.empty()) return exit_code::ok;

  json params = json::object();
  std::vector<std::string> notes;
  for (const auto& [name, fields] : tables) {
    const TableProposal proposal = propose_table(profile, fields, file);
    params[name] = proposal.table;
    std::cout << "\n" << (plugin ? plugin->name + " parameter \"" + name + "\"" : "the config's table \"" + name + "\"")
              << ":\n";
    for (const auto& m : proposal.matches) {
      std::cout << "  " << m.field << " <- " << (m.column.empty() ? "(no column)" : "'" + m.column + "'")
                << (m.column.empty() || m.by_name ? "" : " (guessed)") << "\n";
    }
    notes.insert(notes.end(), proposal.notes.begin(), proposal.notes.end());
  }
  std::cout << "\n" << (plugin ? "Params to paste into the indicator" : "To paste into the config") << " (paths are relative to the config's folder):\n";
  for (const auto& n : notes) std::cout << "// " << n << "\n";
  std::cout << (plugin ? "\"params\": " : "\"tables\": ") << params.dump(2) << "\n";
  return exit_code::ok;
}

}  // namespace kinerja::cli
