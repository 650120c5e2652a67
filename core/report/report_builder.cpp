#include "report_builder.hpp"

#include <filesystem>

#include "breakdown_tables.hpp"
#include "report_cells.hpp"
#include "report_chapter3.hpp"
#include "svg_chart.hpp"

namespace kinerja::report {

namespace {

std::string status_text(const json& indicator, const Labels& labels) {
  const std::string status = string_of(indicator, "status");
  if (status != "final") return labels("status." + status);
  const json& met = member(indicator, "target_met");
  if (!met.is_boolean()) return labels("status.final");
  return met.get<bool>() ? labels("status.met") : labels("status.not_met");
}

bool is_pending(const json& indicator) { return string_of(indicator, "status") == "pending"; }

Table perjanjian_table(const json& result, const Labels& labels) {
  Table t;
  t.id = "perjanjian";
  t.title = labels("table.perjanjian");
  t.columns = {{"sasaran", labels("col.sasaran")},          {"indicator", labels("col.indicator")},
               {"target_awal", labels("col.target_awal")},  {"target", labels("col.target_akhir")},
               {"revision_reason", labels("col.revision")}};
  for (const auto& sasaran : result.at("sasaran")) {
    bool first = true;
    for (const auto& ind : sasaran.at("indicators")) {
      t.rows.push_back({text_cell(first ? string_of(sasaran, "name") : ""), text_cell(string_of(ind, "name")),
                        target_cell(target_awal_of(ind), labels),
                        target_cell(member(ind, "target"), labels), text_cell(string_of(ind, "revision_reason"))});
      first = false;
    }
  }
  return t;
}

Table capaian_table(const json& result, const Labels& labels) {
  const Language lang = labels.language();
  const int decimals = display_decimals(result);
  Table t;
  t.id = "capaian";
  t.title = labels("table.capaian");
  t.columns = {{"sasaran", labels("col.sasaran")}, {"indicator", labels("col.indicator")},
               {"target", labels("col.target")},   {"realisasi", labels("col.realisasi")},
               {"capaian", labels("col.capaian")}, {"status", labels("col.status")}};
  std::vector<std::string> pending_reasons;
  for (const auto& sasaran : result.at("sasaran")) {
    bool first = true;
    for (const auto& ind : sasaran.at("indicators")) {
      const Cell realisasi = realisasi_cell(ind, lang);
      if (is_pending(ind)) {
        const std::string reason = string_of(member(ind, "pending"), "reason");
        if (std::find(pending_reasons.begin(), pending_reasons.end(), reason) == pending_reasons.end()) {
          pending_reasons.push_back(reason);
        }
      }
      const bool not_met = member(ind, "target_met") == json(false);
      t.rows.push_back({text_cell(first ? string_of(sasaran, "name") : ""), text_cell(string_of(ind, "name")),
                        target_cell(member(ind, "target"), labels), realisasi,
                        capaian_cell(ind, decimals, lang, not_met),
                        text_cell(status_text(ind, labels), not_met)});
      first = false;
    }
  }
  t.rows.push_back({text_cell(labels("row.mean_capaian"), true), text_cell(""), text_cell(""), text_cell(""),
                    capaian_cell(result, decimals, lang, true), text_cell("")});
  // The LKj's own footnote: "(*) dalam proses penilaian APIP".
  for (const auto& reason : pending_reasons) t.footnotes.push_back("(*) " + reason);
  return t;
}

Chart capaian_chart(const json& result, const Labels& labels) {
  Chart chart;
  chart.id = "capaian-per-indicator";
  chart.title = labels("chart.capaian");
  chart.kind = ChartKind::bar;
  chart.unit = "%";
  ChartSeries series{labels("col.capaian"), {}};
  for (const auto& sasaran : result.at("sasaran")) {
    for (const auto& ind : sasaran.at("indicators")) {
      chart.categories.push_back(string_of(ind, "id"));
      series.values.push_back(number_of(ind, "capaian"));
    }
  }
  chart.series.push_back(std::move(series));
  chart.reference_lines.push_back({labels("chart.target_line"), 100.0});
  chart.y_min = 0;
  return chart;
}

// `where` is the indicator's JSON pointer in the result, for messages.
IndicatorSection indicator_section(const json& sasaran, const json& ind, const std::string& where, int decimals,
                                   const Labels& labels, const PluginLocales& locales) {
  const Language lang = labels.language();
  IndicatorSection section;
  section.sasaran_id = string_of(sasaran, "id");
  section.id = string_of(ind, "id");
  section.name = string_of(ind, "name");
  section.plugin = string_of(ind, "plugin");
  const Cell realisasi = realisasi_cell(ind, lang);
  section.facts = {{"target", target_cell(member(ind, "target"), labels).text},
                   {"realisasi", realisasi.text},
                   {"capaian", capaian_cell(ind, decimals, lang).text},
                   {"status", status_text(ind, labels)},
                   {"note", string_of(ind, "note")}};
  if (is_pending(ind)) section.facts["pending_reason"] = string_of(member(ind, "pending"), "reason");
  const PluginLocale* locale = locales.of(section.plugin);
  if (const MeasureText* m = locale ? locale->measure(string_of(ind, "measure")) : nullptr) {
    section.facts["measure_label"] = m->label;
    section.facts["measure_definition"] = m->definition;
    section.facts["measure_formula"] = m->formula;
  }
  section.tables = breakdown_tables(member(ind, "breakdown"), section.id + "-", FieldWords(labels, locale, &section.unlabelled));
  for (std::size_t i = 0; i < member(ind, "charts").size(); ++i) {
    const std::string pointer = where + "/charts/" + std::to_string(i);
    try {
      section.charts.push_back(parse_chart(ind["charts"][i], pointer));
    } catch (const std::runtime_error& e) {
      throw ResultError(e.what());
    }
  }
  for (const auto& key : {"errors", "warnings"}) {
    for (const auto& w : ind.value(key, json::array())) section.warnings.push_back(w.get<std::string>());
  }
  return section;
}

Table warnings_table(const json& result, const Labels& labels) {
  Table t;
  t.id = "warnings";
  t.title = labels("table.warnings");
  t.columns = {{"no", labels("col.no")}, {"warning", labels("col.warning")}};
  int n = 0;
  for (const auto& w : member(result, "warnings")) {
    t.rows.push_back({text_cell(std::to_string(++n)), text_cell(w.get<std::string>())});
  }
  return t;
}

// The appendix shows a hash by its first 12 digits, as git shows a commit:
// enough to tell files apart; the full hash stays in the JSON result.
constexpr std::size_t short_hash_digits = 12;

std::string short_hash(const std::string& sha256) { return sha256.substr(0, short_hash_digits); }

// A file as the planner knows it: relative to the config's folder.
std::string relative_to(const std::string& path, const std::filesystem::path& folder) {
  if (path.empty() || folder.empty()) return path;
  const std::filesystem::path relative = std::filesystem::path(path).lexically_relative(folder);
  return relative.empty() ? path : relative.generic_string();
}

// A plugin's own data file (a band table beside its library, as the
// plugin's data folder is): named as the plugin's, not by a path of the
// machine that ran it. Empty when `path` is no plugin's data.
std::string plugin_data_name(const std::string& path, const json& plugins, const Labels& labels) {
  for (const auto& plugin : plugins) {
    const std::string name = string_of(plugin, "name");
    const std::filesystem::path library = string_of(plugin, "path");
    if (name.empty() || library.empty()) continue;
    const std::filesystem::path relative = std::filesystem::path(path).lexically_relative(library.parent_path() / name);
    if (!relative.empty() && *relative.begin() != "..") {
      return relative.generic_string() + " (" + labels("provenance.plugin_data") + " " + name + ")";
    }
  }
  return "";
}

Table provenance_table(const json& result, const Labels& labels) {
  Table t;
  t.id = "provenance";
  t.title = labels("table.provenance");
  t.columns = {{"item", labels("col.item")}, {"detail", labels("col.detail")}, {"sha256", labels("col.sha256_short")}};
  const json& p = member(result, "provenance");
  const std::filesystem::path folder = std::filesystem::path(string_of(member(p, "config"), "path")).parent_path();
  const json& host = member(p, "host");
  t.rows.push_back({text_cell(labels("provenance.host")),
                    text_cell(string_of(host, "name") + " " + string_of(host, "version") + " (ABI " + string_of(host, "abi") +
                              ")"),
                    text_cell("")});
  const json& config = member(p, "config");
  t.rows.push_back({text_cell(labels("provenance.config")),
                    text_cell(std::filesystem::path(string_of(config, "path")).filename().string()),
                    text_cell(short_hash(string_of(config, "sha256")))});
  for (const auto& plugin : member(p, "plugins")) {
    t.rows.push_back({text_cell(labels("provenance.plugin") + " " + string_of(plugin, "name")),
                      text_cell(string_of(plugin, "version") + " — " +
                                std::filesystem::path(string_of(plugin, "path")).filename().string()),
                      text_cell(short_hash(string_of(plugin, "sha256")))});
  }
  for (const auto& input : member(p, "inputs")) {
    const std::string path = string_of(input, "path");
    const std::string data = plugin_data_name(path, member(p, "plugins"), labels);
    t.rows.push_back({text_cell(labels("provenance.input") + " " + string_of(input, "indicator")),
                      text_cell(data.empty() ? relative_to(path, folder) : data),
                      text_cell(short_hash(string_of(input, "sha256")))});
  }
  return t;
}

std::map<std::string, std::string> report_facts(const json& result, const Labels& labels) {
  const Language lang = labels.language();
  const json& summary = member(result, "summary");
  const json& status = member(summary, "status");
  return {{"capaian", capaian_cell(result, display_decimals(result), lang).text},
          {"indicators", std::to_string(summary.value("indicators", 0))},
          {"sasaran", std::to_string(result.at("sasaran").size())},
          {"met", std::to_string(summary.value("target_met", 0))},
          {"not_met", std::to_string(summary.value("target_not_met", 0))},
          {"pending", std::to_string(status.is_object() ? status.value("pending", 0) : 0)},
          {"errors", std::to_string(status.is_object() ? status.value("error", 0) + status.value("missing", 0) : 0)},
          {"aggregation", labels("aggregation." + string_of(member(result, "aggregation"), "method"))},
          {"warnings", std::to_string(member(result, "warnings").size())}};
}

}  // namespace

ReportModel build_report(const json& result, const Labels& labels, const PluginLocales& locales) {
  ReportModel model;
  model.language = labels.language();
  model.unit = string_of(result, "unit");
  model.organisation = string_of(result, "organisation");
  model.year = result.value("year", 0);
  model.title = labels("report.title") + " " + model.unit + " " + labels("report.year") + " " + std::to_string(model.year);
  model.facts = report_facts(result, labels);
  model.perjanjian = perjanjian_table(result, labels);
  model.capaian = capaian_table(result, labels);
  model.capaian_charts.push_back(capaian_chart(result, labels));
  const int decimals = display_decimals(result);
  const json& all = result.at("sasaran");
  for (std::size_t s = 0; s < all.size(); ++s) {
    const json& indicators = all[s].at("indicators");
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      const std::string where = "/sasaran/" + std::to_string(s) + "/indicators/" + std::to_string(i);
      model.indicators.push_back(indicator_section(all[s], indicators[i], where, decimals, labels, locales));
    }
  }
  add_chapter3(result, labels, model);
  model.warnings = warnings_table(result, labels);
  model.provenance = provenance_table(result, labels);
  return model;
}

}  // namespace kinerja::report
