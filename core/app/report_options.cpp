#include "report_options.hpp"

#include <iostream>

#include "exit_codes.hpp"
#include "render_templates.hpp"

namespace kinerja::cli {

void add_report_options(po::options_description& options, ReportArgs& args) {
  options.add_options()
      ("out-dir", po::value(&args.out_dir), "write the report into DIR (created if missing), one file per --format")
      ("format", po::value(&args.formats), "with --out-dir: any of html,xlsx,md,csv,json, comma-separated (default: all)")
      ("lang", po::value(&args.language), "report language: id (Bahasa Indonesia, the default) or en")
      ("templates", po::value(&args.templates),
       "a folder of report templates to use instead of the installed ones (see docs/report.md)")
      ("name", po::value(&args.name), "with --out-dir: base name of the files (default kinerja-YEAR)");
}

report::ReportOptions report_options(const ReportArgs& args, const std::string& config_language,
                                     const std::optional<std::filesystem::path>& config_templates) {
  report::ReportOptions options;
  options.out_dir = args.out_dir;
  try {
    options.formats = report::parse_formats(args.formats);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--format: ") + e.what());
  }
  const std::string language = !args.language.empty() ? args.language : config_language;
  if (auto parsed = report::parse_language(language.empty() ? "id" : language)) options.language = *parsed;
  else throw UsageError("--lang: expected id or en, found '" + language + "'");
  if (!args.templates.empty()) options.templates = args.templates;
  else options.templates = config_templates;
  if (options.templates && !std::filesystem::is_directory(*options.templates)) {
    throw UsageError("templates folder " + options.templates->string() + " does not exist");
  }
  options.installed_templates = report::TemplateFolder::installed_dir();
  if (args.name.find_first_of("/\\") != std::string::npos || (!args.name.empty() && args.name[0] == '.')) {
    throw UsageError("--name: expected a plain file name without folders, found '" + args.name + "'");
  }
  options.basename = args.name;
  return options;
}

int write_report_files(const nlohmann::json& result, const report::ReportOptions& options, const std::string& source) {
  try {
    for (const auto& path : report::write_reports(result, options)) std::cout << path.string() << "\n";
  } catch (const report::ResultError& e) {
    std::cerr << "kinerja: " << source << ": not a result the report can read: " << e.what() << "\n";
    return exit_code::invalid_config;
  } catch (const std::exception& e) {
    std::cerr << "kinerja: " << e.what() << "\n";
    return exit_code::output_failed;
  }
  return exit_code::ok;
}

}  // namespace kinerja::cli
