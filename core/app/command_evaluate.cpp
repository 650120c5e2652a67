#include <iostream>

#include <spdlog/spdlog.h>

#include "atomic_file.hpp"
#include "cli_common.hpp"
#include "commands.hpp"
#include "config_loading.hpp"
#include "evaluator.hpp"
#include "exit_codes.hpp"
#include "result_json.hpp"
#include "summary_text.hpp"
#include "report_options.hpp"

namespace kinerja::cli {

int run_evaluate(const std::vector<std::string>& args) {
  std::string config_path, out_path;
  ReportArgs report_args;
  PluginOptions plugin_options;
  po::options_description options("kinerja evaluate CONFIG [options]\n\n"
                                  "Evaluates every indicator of CONFIG and writes the result as JSON.\n"
                                  "An indicator that fails is reported in the result and the run goes on;\n"
                                  "the exit status is 1 when any failed.\n\nOptions");
  options.add_options()
      ("help,h", "show this help")
      ("config", po::value(&config_path), "the evaluation config (JSON, comments allowed)")
      ("out,o", po::value(&out_path), "write the result to FILE (atomically) instead of stdout")
      ("summary", "with --out or --out-dir: print a short capaian table on stdout");
  add_report_options(options, report_args);
  add_common_options(options, plugin_options);
  po::positional_options_description positional;
  positional.add("config", 1);
  const auto vm = parse_command(args, options, positional);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return exit_code::ok;
  }
  if (config_path.empty()) throw UsageError("evaluate needs a CONFIG file");
  const bool to_dir = !report_args.out_dir.empty();
  if (vm.count("summary") && out_path.empty() && !to_dir) {
    throw UsageError("--summary needs --out or --out-dir (stdout carries the result)");
  }
  if (!to_dir) {
    for (const char* option : {"format", "lang", "templates", "name"}) {
      if (vm.count(option)) throw UsageError(std::string("--") + option + " needs --out-dir");
    }
  }

  const PluginRegistry registry = load_plugins(plugin_options);
  const auto config = load_config_or_report(config_path);
  if (!config) return exit_code::invalid_config;

  Evaluator evaluator(registry);
  const EvaluationOutcome outcome = evaluator.evaluate(*config);
  const json result = to_json(outcome);
  const std::string text = result.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  if (to_dir) {
    auto report = report_options(report_args, config->report_language, config->report_templates);
    report.plugin_dirs = plugin_folders(plugin_options);
    // Checked before the report is written, so that a wrong --out does not
    // fail after it.
    if (!out_path.empty()) {
      const auto folder = std::filesystem::absolute(out_path).parent_path();
      if (!std::filesystem::is_directory(folder)) {
        std::cerr << "kinerja: " << out_path << ": folder " << folder.string() << " does not exist\n";
        return exit_code::output_failed;
      }
    }
    // The report first: when it fails, --out writes nothing either.
    if (const int code = write_report_files(result, report, config_path); code != exit_code::ok) {
      for (const auto& w : outcome.warnings) spdlog::warn("{}", w);
      return code;
    }
    try {
      if (!out_path.empty()) write_file_atomically(out_path, text);
    } catch (const std::exception& e) {
      std::cerr << "kinerja: " << e.what() << "\n";
      return exit_code::output_failed;
    }
    if (vm.count("summary")) std::cout << summary_text(outcome) << std::flush;
  } else if (out_path.empty()) {
    std::cout << text << std::flush;
  } else {
    try {
      write_file_atomically(out_path, text);
    } catch (const std::exception& e) {
      std::cerr << "kinerja: " << e.what() << "\n";
      return exit_code::output_failed;
    }
    if (vm.count("summary")) std::cout << summary_text(outcome) << std::flush;
  }
  for (const auto& w : outcome.warnings) spdlog::warn("{}", w);
  return outcome.any_failed() ? exit_code::indicators_failed : exit_code::ok;
}

}  // namespace kinerja::cli
