// HTML and Markdown from the report model through mustache templates
// (Debian's libkainjow-mustache-dev), so that a unit can change every
// heading and sentence of its report without recompiling.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

// Where the templates of one language are: a unit's own folder first (any
// file it lacks comes from the installed one), then the installed
// <templates>/<language>/, then <templates>/common/.
class TemplateFolder {
 public:
  TemplateFolder(std::filesystem::path installed, Language language, std::optional<std::filesystem::path> own = {});

  // The installed templates beside the executable (share/kinerja/templates).
  static std::filesystem::path installed_dir();

  Language language() const { return language_; }
  // The first of the folders that has `name`; throws FileError listing
  // where it looked when none has.
  std::filesystem::path find(const std::string& name) const;
  std::string read(const std::string& name) const;
  Labels labels() const;

 private:
  std::vector<std::filesystem::path> search_;
  Language language_;
};

// The model as the data a template sees (documented in docs/report.md).
json report_view(const ReportModel& model);

// Renders `template_name` of the folder with the model. Throws FileError
// naming the template when it does not parse.
std::string render_html(const ReportModel& model, const TemplateFolder& templates);
std::string render_markdown(const ReportModel& model, const TemplateFolder& templates);

}  // namespace kinerja::report
