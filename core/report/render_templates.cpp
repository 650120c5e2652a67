#include "render_templates.hpp"

#include <cctype>

#include <boost/dll/runtime_symbol_info.hpp>
#include <kainjow/mustache.hpp>

#include "diagnostics.hpp"
#include "json_file.hpp"
#include "svg_chart.hpp"

namespace kinerja::report {

namespace mustache = kainjow::mustache;

TemplateFolder::TemplateFolder(std::filesystem::path installed, Language language,
                               std::optional<std::filesystem::path> own)
    : language_(language) {
  if (own) search_.push_back(*own);
  search_.push_back(installed / to_string(language));
  search_.push_back(installed / "common");
}

std::filesystem::path TemplateFolder::installed_dir() {
  boost::dll::fs::error_code ec;
  const std::filesystem::path exe = boost::dll::program_location(ec);
  if (ec || !exe.is_absolute()) return {};
  return (exe.parent_path() / KINERJA_TEMPLATE_RELDIR).lexically_normal();
}

std::filesystem::path TemplateFolder::find(const std::string& name) const {
  std::string looked;
  for (const auto& dir : search_) {
    const auto path = dir / name;
    if (std::filesystem::is_regular_file(path)) return path;
    looked += (looked.empty() ? "" : ", ") + dir.string();
  }
  throw FileError("report template '" + name + "' not found (looked in " + looked + ")");
}

std::string TemplateFolder::read(const std::string& name) const { return read_text_file(find(name)); }

// A unit's labels.json need only hold the words it changes: every folder's
// file is read, the nearer one winning key by key.
Labels TemplateFolder::labels() const {
  std::map<std::string, std::string> words;
  bool any = false;
  for (const auto& dir : search_) {
    const auto path = dir / "labels.json";
    if (!std::filesystem::is_regular_file(path)) continue;
    any = true;
    auto loaded = Labels::load(path, language_).words();
    words.merge(loaded);  // keeps the keys already there
  }
  if (!any) find("labels.json");  // throws, saying where it looked
  return Labels(language_, std::move(words));
}

namespace {

std::string kind_name(CellKind kind) {
  switch (kind) {
    case CellKind::text: return "text";
    case CellKind::number: return "number";
    case CellKind::integer: return "integer";
    case CellKind::percent: return "percent";
    case CellKind::rupiah: return "rupiah";
  }
  return "text";
}

json table_view(const Table& table) {
  json columns = json::array();
  for (const auto& c : table.columns) columns.push_back({{"key", c.key}, {"label", c.label}});
  json rows = json::array();
  for (const auto& row : table.rows) {
    json cells = json::array();
    for (const auto& cell : row) {
      cells.push_back({{"text", cell.text},
                       {"numeric", cell.number.has_value()},
                       {"kind", kind_name(cell.kind)},
                       {"emphasis", cell.emphasis}});
    }
    rows.push_back({{"cells", cells}});
  }
  return {{"id", table.id},       {"title", table.title},         {"columns", columns},
          {"rows", rows},         {"footnotes", table.footnotes}, {"has_footnotes", !table.footnotes.empty()},
          {"has_rows", !table.rows.empty()}};
}

// `owner` keeps element ids unique: two IKM indicators both have "nrr-per-unsur".
json charts_view(const std::vector<Chart>& charts, const std::string& owner, Language language) {
  json out = json::array();
  for (const auto& chart : charts) {
    const std::string id = owner.empty() ? chart.id : owner + "-" + chart.id;
    out.push_back({{"id", id}, {"title", chart.title}, {"svg", render_svg(chart, language, "chart-" + id)}});
  }
  return out;
}

json optional_table(const std::optional<Table>& table) { return table ? table_view(*table) : json(false); }

}  // namespace

json report_view(const ReportModel& model) {
  json indicators = json::array();
  for (const auto& section : model.indicators) {
    json tables = json::array();
    for (const auto& t : section.tables) tables.push_back(table_view(t));
    indicators.push_back({{"sasaran_id", section.sasaran_id},
                          {"id", section.id},
                          {"name", section.name},
                          {"plugin", section.plugin},
                          {"facts", section.facts},
                          {"tables", tables},
                          {"charts", charts_view(section.charts, section.id, model.language)},
                          {"warnings", section.warnings},
                          {"has_warnings", !section.warnings.empty()}});
  }
  return {{"language", to_string(model.language)},
          {"title", model.title},
          {"unit", model.unit},
          {"organisation", model.organisation},
          {"year", std::to_string(model.year)},
          {"facts", model.facts},
          {"perjanjian", table_view(model.perjanjian)},
          {"capaian", table_view(model.capaian)},
          {"capaian_charts", charts_view(model.capaian_charts, "", model.language)},
          {"indicators", indicators},
          {"history", optional_table(model.history)},
          {"history_charts", charts_view(model.history_charts, "", model.language)},
          {"renstra", optional_table(model.renstra)},
          {"budget", optional_table(model.budget)},
          {"efficiency", optional_table(model.efficiency)},
          {"warnings", table_view(model.warnings)},
          {"provenance", table_view(model.provenance)}};
}

namespace {

mustache::data to_data(const json& value) {
  if (value.is_object()) {
    mustache::data object{mustache::data::type::object};
    for (const auto& [key, item] : value.items()) object.set(key, to_data(item));
    return object;
  }
  if (value.is_array()) {
    mustache::data list{mustache::data::type::list};
    for (const auto& item : value) list.push_back(to_data(item));
    return list;
  }
  if (value.is_boolean()) return mustache::data{value.get<bool>()};
  // An empty text is false, so that {{#facts.note}}...{{/facts.note}} leaves
  // out the sentence around a note that is not there.
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    return text.empty() ? mustache::data{false} : mustache::data{text};
  }
  if (value.is_null()) return mustache::data{false};
  return mustache::data{value.dump()};
}

// Markdown escapes punctuation with a backslash: a value "<b>" stays text
// ("\\<b\\>") and a "|" does not end a table cell; a line break would end
// the table, so it becomes a space. A value at the start of a line must not
// open a list, a heading or a code block: leading spaces go, and a leading
// "1." keeps its number but not its meaning.
// "- x", "+ x", "---", "===": a list item, a rule, a heading underline;
// "-0,22" is a number and stays as it is.
bool opens_block(const std::string& text, std::size_t i) {
  const char c = text[i];
  if (c != '-' && c != '+' && c != '=') return false;
  if (i + 1 >= text.size()) return false;  // a lone "-" (no value) in a table cell
  const char next = text[i + 1];
  return next == ' ' || next == '\t' || next == c;
}

std::string markdown_escape(const std::string& text) {
  static const std::string special = "\\`*_[]<>|&#~";
  const std::size_t start = text.find_first_not_of(" \t");
  std::string out;
  for (std::size_t i = start == std::string::npos ? text.size() : start; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') out += ' ';
    else if (special.find(c) != std::string::npos || (i == start && opens_block(text, i))) (out += '\\') += c;
    else if (c == '.' && i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
             text.find_first_not_of("0123456789", start) == i && (i + 1 == text.size() || text[i + 1] == ' '))
      (out += '\\') += c;  // "2023. tahun" would be an ordered list; "13.51" is a number
    else out += c;
  }
  return out;
}

std::string render(const ReportModel& model, const TemplateFolder& templates, const std::string& name,
                   const std::string& table_partial, bool markdown) {
  const std::string path = templates.find(name).string();
  mustache::mustache tmpl{templates.read(name)};
  if (!tmpl.is_valid()) throw FileError(path + ": " + tmpl.error_message());
  const std::string partial_text = templates.read(table_partial);
  // A partial that does not parse would be blamed on the main template.
  if (mustache::mustache partial{partial_text}; !partial.is_valid()) {
    throw FileError(templates.find(table_partial).string() + ": " + partial.error_message());
  }
  mustache::data data = to_data(report_view(model));
  data.set("table", mustache::partial{[partial_text] { return partial_text; }});
  data.set("css", templates.read("report.css"));
  if (markdown) tmpl.set_custom_escape(markdown_escape);
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) throw FileError(path + ": " + tmpl.error_message());
  return out;
}

}  // namespace

std::string render_html(const ReportModel& model, const TemplateFolder& templates) {
  return render(model, templates, "report.html.mustache", "table.html.mustache", false);
}

std::string render_markdown(const ReportModel& model, const TemplateFolder& templates) {
  return render(model, templates, "report.md.mustache", "table.md.mustache", true);
}

}  // namespace kinerja::report
