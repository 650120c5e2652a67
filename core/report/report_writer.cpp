#include "report_writer.hpp"

#include <algorithm>
#include <random>
#include <stdexcept>

#include "atomic_file.hpp"
#include "diagnostics.hpp"
#include "render_csv.hpp"
#include "render_templates.hpp"
#include "render_xlsx.hpp"
#include "report_builder.hpp"

namespace kinerja::report {

namespace fs = std::filesystem;

std::string extension(Format format) {
  switch (format) {
    case Format::result_json: return "json";
    case Format::html: return "html";
    case Format::xlsx: return "xlsx";
    case Format::markdown: return "md";
    case Format::csv: return "csv";
  }
  return "json";
}

std::vector<Format> parse_formats(const std::string& list) {
  static const std::vector<Format> known{Format::html, Format::xlsx, Format::markdown, Format::csv, Format::result_json};
  std::vector<Format> formats;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string name = list.substr(start, comma - start);
    const auto found = std::find_if(known.begin(), known.end(), [&](Format f) { return extension(f) == name; });
    if (found == known.end()) {
      throw std::invalid_argument("unknown format '" + name + "' in '" + list +
                                  "': expected a comma-separated list of html, xlsx, md, csv, json");
    }
    if (std::find(formats.begin(), formats.end(), *found) == formats.end()) formats.push_back(*found);
    start = comma + 1;
  }
  return formats;
}

namespace {

struct Rendered {
  fs::path target;
  std::string content;  // empty for xlsx, which is already in `temporary`
  fs::path temporary;
};

fs::path temporary_beside(const fs::path& target) {
  std::random_device random;
  return target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(random()));
}

void remove_temporaries(const std::vector<Rendered>& rendered) {
  for (const auto& r : rendered) {
    std::error_code ignored;
    if (!r.temporary.empty()) fs::remove(r.temporary, ignored);
  }
}

}  // namespace

// The outermost folder of `dir` that does not exist yet (empty if all do):
// what a failed run removes again.
fs::path first_missing(const fs::path& dir) {
  fs::path missing;
  std::error_code ec;
  for (fs::path p = fs::absolute(dir, ec); !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    missing = p;
    if (p == p.parent_path()) break;
  }
  return missing;
}

// Removes the folders this run made, when it left nothing in them.
void remove_if_made_and_empty(const fs::path& made) {
  std::error_code ignored;
  if (made.empty()) return;
  for (const auto& entry : fs::recursive_directory_iterator(made, ignored)) {
    if (!entry.is_directory(ignored)) return;  // something is in there: keep it
  }
  fs::remove_all(made, ignored);
}

// The plugins a result's indicators name, each once.
std::vector<std::string> plugins_named(const json& result) {
  std::vector<std::string> names;
  if (!result.is_object() || !result.contains("sasaran") || !result["sasaran"].is_array()) return names;
  for (const auto& sasaran : result["sasaran"]) {
    if (!sasaran.is_object() || !sasaran.contains("indicators") || !sasaran["indicators"].is_array()) continue;
    for (const auto& indicator : sasaran["indicators"]) {
      if (!indicator.is_object() || !indicator.contains("plugin") || !indicator["plugin"].is_string()) continue;
      const std::string name = indicator["plugin"].get<std::string>();
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  return names;
}

std::vector<fs::path> write_reports(const json& result, const ReportOptions& options) {
  std::error_code ec;
  const auto year = result.is_object() && result.contains("year") && result["year"].is_number_integer()
                        ? result["year"].get<long long>()
                        : 0;
  const std::string base = options.basename.empty() ? "kinerja-" + std::to_string(year) : options.basename;
  const fs::path made = first_missing(options.out_dir);
  fs::create_directories(options.out_dir, ec);
  if (!fs::is_directory(options.out_dir)) {
    throw FileError(options.out_dir.string() + ": cannot create the output folder" + (ec ? ": " + ec.message() : ""));
  }
  const TemplateFolder templates(options.installed_templates, options.language, options.templates);
  std::optional<ReportModel> model;
  std::optional<PluginLocales> locales;
  auto the_model = [&]() -> const ReportModel& {
    if (!locales) locales = PluginLocales::find(plugins_named(result), options.plugin_dirs, options.language);
    if (!model) model = build_report(result, templates.labels(), *locales);
    return *model;
  };

  std::vector<Rendered> rendered;
  try {
    for (const Format format : options.formats) {
      Rendered r;
      r.target = options.out_dir / (base + "." + extension(format));
      switch (format) {
        case Format::result_json: r.content = result.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; break;
        case Format::html: r.content = render_html(the_model(), templates); break;
        case Format::markdown: r.content = render_markdown(the_model(), templates); break;
        case Format::csv: r.content = render_csv(result); break;
        case Format::xlsx:
          r.temporary = temporary_beside(r.target);
          rendered.push_back(r);  // so that a failure below removes it
          write_xlsx(the_model(), r.temporary);
          continue;
      }
      rendered.push_back(std::move(r));
    }
  } catch (const FileError&) {
    remove_temporaries(rendered);
    remove_if_made_and_empty(made);
    throw;
  } catch (const ResultError&) {
    remove_temporaries(rendered);
    remove_if_made_and_empty(made);
    throw;
  } catch (const nlohmann::json::exception& e) {
    remove_temporaries(rendered);
    remove_if_made_and_empty(made);
    throw ResultError(e.what());
  } catch (const std::exception& e) {
    remove_temporaries(rendered);
    remove_if_made_and_empty(made);
    throw FileError(options.out_dir.string() + ": the report could not be made: " + e.what());
  }

  // Each file is replaced whole; a failure here (a full disk) can leave the
  // files before it written, never half of one.
  std::vector<fs::path> written;
  try {
    for (const auto& r : rendered) {
      if (r.temporary.empty()) {
        write_file_atomically(r.target, r.content);
      } else {
        fs::rename(r.temporary, r.target, ec);
        if (ec) throw FileError(r.target.string() + ": cannot replace the file: " + ec.message());
      }
      written.push_back(r.target);
    }
  } catch (...) {
    remove_temporaries(rendered);
    throw;
  }
  return written;
}

}  // namespace kinerja::report
