// kinerja init: a commented config for a new unit and year, which
// validates and evaluates as it is (every indicator pending until the
// planner fills it in), with the plugins found listed in its comments.
#include <chrono>
#include <ctime>
#include <iostream>
#include <sstream>

#include "atomic_file.hpp"
#include "cli_common.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "measure_check.hpp"

namespace kinerja::cli {

namespace {

int last_year() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return utc.tm_year + 1900 - 1;  // the LKj is written after the year it reports
}

// One comment line per plugin type: what it measures and a target that fits.
std::string plugin_lines(const PluginRegistry& registry) {
  std::ostringstream out;
  for (const auto& p : registry.plugins()) {
    out << "//   " << p->indicator_types.front() << ": " << p->description << "\n";
    for (const auto& m : p->measures) {
      out << "//       \"measure\": \"" << m.id << "\"  " << m.label << ", e.g. \"target\": \"" << sample_target_text(m)
          << "\"\n";
    }
  }
  return out.str();
}

std::string json_string(const std::string& s) { return json(s).dump(); }

std::string skeleton(const std::string& unit, const std::string& organisation, int year, const PluginRegistry& registry) {
  std::ostringstream c;
  c << "// Perjanjian Kinerja " << year << " of " << unit << ", for `kinerja evaluate`.\n"
    << "// Written by `kinerja init`: it validates and evaluates as it is, every\n"
    << "// indicator pending until you fill it in. docs/config.md explains each key;\n"
    << "// `kinerja plugins info TYPE` shows a plugin's parameters, and\n"
    << "// `kinerja inspect FILE --plugin TYPE` the params that read an export.\n"
    << "{\n"
    << "  \"format\": 1,\n"
    << "  \"unit\": " << json_string(unit) << ",\n"
    << "  \"organisation\": " << json_string(organisation) << ",\n"
    << "  \"year\": " << year << ",\n"
    << "  \"policy\": {\n"
    << "    // mean_of_indicators (every indicator weighs the same) or mean_of_sasaran.\n"
    << "    \"aggregation\": \"mean_of_indicators\",\n"
    << "    // A value still being assessed (\"dalam proses penilaian APIP\"): count_as_target,\n"
    << "    // exclude (left out of the means) or use_provisional.\n"
    << "    \"pending\": \"count_as_target\",\n"
    << "    \"display\": {\"decimals\": 2, \"rounding\": \"half_up\"}\n"
    << "  },\n"
    << "  // Chapter III, when you have them (see docs/config.md):\n"
    << "  //   \"renstra\": {\"name\": \"Renstra 2025-2029\", \"from\": 2025, \"to\": 2029},\n"
    << "  //   \"budget\": {\"source\": \"e-Monev\"},\n"
    << "  //   \"tables\": {\"history\": \"riwayat.xlsx\", \"renstra\": \"renstra.xlsx\",\n"
    << "  //              \"budget\": {\"file\": \"anggaran.xlsx\", \"numbers\": \"id\"}},\n"
    << "  \"sasaran\": [\n"
    << "    {\n"
    << "      \"id\": \"SK1\",\n"
    << "      \"name\": \"Nama sasaran kegiatan (dari Perjanjian Kinerja)\",\n"
    << "      \"indicators\": [\n"
    << "        {\n"
    << "          \"id\": \"IKK1\",\n"
    << "          \"name\": \"Nama indikator kinerja kegiatan\",\n"
    << "          // The target as the PK writes it: \">= 81\", \"< 20%\", \"<= 10 hari kerja\".\n"
    << "          \"target\": \">= 100%\",\n"
    << "          // Without a revision, leave target_awal out; for an indicator added\n"
    << "          // during the year write \"target_awal\": \"N/A\" and a revision_reason.\n"
    << "          // The plugin that measures it; the ones found here are:\n"
    << plugin_lines(registry)
    << "          // \"manual\" takes a value computed elsewhere, with its evidence.\n"
    << "          \"plugin\": \"manual\",\n"
    << "          \"params\": {\"pending\": {\"reason\": \"belum diisi\"}, \"unit\": \"%\"}\n"
    << "        }\n"
    << "      ]\n"
    << "    }\n"
    << "  ]\n"
    << "}\n";
  return c.str();
}

}  // namespace

int run_init(const std::vector<std::string>& args) {
  std::string unit = "Nama Unit Kerja", organisation = "Nama Kementerian/Lembaga", out;
  int year = last_year();
  bool force = false;
  PluginOptions plugin_options;
  po::options_description options(
      "kinerja init [--unit NAME] [--year YEAR] [--out FILE]\n\n"
      "Writes a commented config to start a unit's year from: the policies with\n"
      "their choices explained, one sasaran with one indicator, and the plugins\n"
      "found with the measures they offer. It validates and evaluates as it is.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("unit", po::value(&unit), "the unit (Biro, Direktorat, Dinas)")
      ("organisation", po::value(&organisation), "the ministry or agency")
      ("year", po::value(&year), "the year of the Perjanjian Kinerja (default: last year)")
      ("out", po::value(&out), "write the config to FILE (default: standard output)")
      ("force", po::bool_switch(&force), "replace FILE if it exists");
  add_common_options(options, plugin_options);
  const auto vm = parse_command(args, options, {});
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (year < 1945 || year > 2200) throw UsageError("--year " + std::to_string(year) + ": expected a year between 1945 and 2200");
  const PluginRegistry registry = load_plugins(plugin_options);
  const std::string text = skeleton(unit, organisation, year, registry);
  if (out.empty()) {
    std::cout << text;
    return exit_code::ok;
  }
  if (std::filesystem::exists(out) && !force) {
    std::cerr << "kinerja: " << out << " exists; give --force to replace it\n";
    return exit_code::output_failed;
  }
  try {
    write_file_atomically(out, text);
  } catch (const std::exception& e) {
    std::cerr << "kinerja: " << e.what() << "\n";
    return exit_code::output_failed;
  }
  std::cerr << "kinerja: wrote " << out << "; check it with `kinerja validate " << out << "`\n";
  return exit_code::ok;
}

}  // namespace kinerja::cli
