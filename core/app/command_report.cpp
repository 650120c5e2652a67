// `kinerja report RESULT --out-dir DIR`: the report again from a saved
// result, without running the plugins: after editing templates, or for
// another language.
#include <iostream>

#include "commands.hpp"
#include "diagnostics.hpp"
#include "exit_codes.hpp"
#include "json_file.hpp"
#include "report_options.hpp"
#include "result_json.hpp"

namespace kinerja::cli {

int run_report(const std::vector<std::string>& args) {
  std::string result_path;
  ReportArgs report_args;
  po::options_description options("kinerja report RESULT --out-dir DIR [options]\n\n"
                                  "Writes the report of a result that `kinerja evaluate` saved (JSON).\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("result", po::value(&result_path), "a result file written by `kinerja evaluate --out` or `--out-dir`");
  add_report_options(options, report_args);
  PluginOptions plugin_options;  // where the plugins' report words (locale files) are found
  add_common_options(options, plugin_options);
  po::positional_options_description positional;
  positional.add("result", 1);
  const auto vm = parse_command(args, options, positional);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (result_path.empty()) throw UsageError("report needs a RESULT file");
  if (report_args.out_dir.empty()) throw UsageError("report needs --out-dir");
  auto report = report_options(report_args);
  report.plugin_dirs = plugin_folders(plugin_options);
  json result;
  try {
    result = read_json_file(result_path);
  } catch (const FileError& e) {
    std::cerr << "kinerja: " << e.what() << "\n";
    return exit_code::invalid_config;
  }
  if (!is_result(result)) {
    std::cerr << "kinerja: " << result_path << ": expected a kinerja result (format 1, with \"sasaran\", \"summary\" and \"provenance\")\n";
    return exit_code::invalid_config;
  }
  return write_report_files(result, report, result_path);
}

}  // namespace kinerja::cli
