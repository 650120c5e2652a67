// The report options that `evaluate` and `report` share: --out-dir,
// --format, --lang, --templates, --name.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cli_common.hpp"
#include "report_writer.hpp"

namespace kinerja::cli {

struct ReportArgs {
  std::string out_dir;
  std::string formats = "html,xlsx,md,csv,json";
  std::string language;   // empty: the config's, else "id"
  std::string templates;  // empty: the config's, else the installed ones
  std::string name;
};

void add_report_options(po::options_description& options, ReportArgs& args);

// Throws UsageError when --format, --lang or the templates folder is wrong.
// The config's "report" settings apply where the command line says nothing.
report::ReportOptions report_options(const ReportArgs& args, const std::string& config_language = {},
                                     const std::optional<std::filesystem::path>& config_templates = {});

// Writes the report and prints each file's path; returns the exit code:
// 3 when the result (named `source` in the message) lacks what the report
// reads, 4 when a template or a file fails.
int write_report_files(const nlohmann::json& result, const report::ReportOptions& options, const std::string& source);

}  // namespace kinerja::cli
