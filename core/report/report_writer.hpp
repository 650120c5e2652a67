// `kinerja evaluate --out-dir DIR --format html,xlsx,md,csv,json`: every
// format rendered first, then each file written atomically, so a failed
// run (a template that does not parse, a full disk) leaves no half file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "number_format.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

enum class Format { html, xlsx, markdown, csv, result_json };

std::string extension(Format format);  // "html", "xlsx", "md", "csv", "json"

// "html,xlsx" -> {html, xlsx}. Throws std::invalid_argument naming the
// unknown format and the known ones; duplicates are kept once.
std::vector<Format> parse_formats(const std::string& list);

struct ReportOptions {
  std::filesystem::path out_dir;
  std::vector<Format> formats;
  Language language = Language::id;
  std::optional<std::filesystem::path> templates;  // a unit's own folder
  std::filesystem::path installed_templates;       // TemplateFolder::installed_dir() unless a test says
  std::string basename;                            // "kinerja-2023" when empty
  // Where the result's plugins' locale files are looked for
  // (<dir>/NAME/locale/<language>.json): the plugin search path.
  std::vector<std::filesystem::path> plugin_dirs;
};

// Writes one file per format into out_dir (created when missing) and
// returns their paths, in the order of `formats`. Throws FileError when a
// template or a file fails, ResultError when `result` lacks the shape the
// report reads; either way no report file is written.
std::vector<std::filesystem::path> write_reports(const json& result, const ReportOptions& options);

}  // namespace kinerja::report
