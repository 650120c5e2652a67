#include "report_chapter3.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "config.hpp"
#include "report_cells.hpp"

namespace kinerja::report {

namespace {

// Every indicator with its sasaran, in report order.
std::vector<const json*> all_indicators(const json& result) {
  std::vector<const json*> out;
  for (const auto& sasaran : result.at("sasaran")) {
    for (const auto& ind : sasaran.at("indicators")) out.push_back(&ind);
  }
  return out;
}

std::set<int> earlier_years(const json& result) {
  std::set<int> years;
  for (const json* ind : all_indicators(result)) {
    for (const auto& y : member(member(*ind, "history"), "years")) years.insert(y.value("year", 0));
  }
  return years;
}

void add_history(const json& result, const Labels& labels, ReportModel& model) {
  const Language lang = labels.language();
  std::set<int> years = earlier_years(result);
  if (years.empty()) return;
  Table t;
  t.id = "history";
  t.title = labels("table.history");
  t.columns.push_back({"indicator", labels("col.indicator")});
  for (int y : years) t.columns.push_back({"y" + std::to_string(y), std::to_string(y)});
  t.columns.push_back({"y" + std::to_string(model.year), std::to_string(model.year)});
  t.columns.push_back({"change", labels("col.change")});
  t.columns.push_back({"direction", labels("col.direction")});
  std::set<std::string> sources;
  for (const json* ind : all_indicators(result)) {
    const std::string unit = string_of(*ind, "realisasi_unit");
    const json& history = member(*ind, "history");
    std::vector<Cell> row{text_cell(string_of(*ind, "name"))};
    for (int y : years) {
      Cell cell = text_cell("-");
      for (const auto& entry : member(history, "years")) {
        if (entry.value("year", 0) != y) continue;
        cell = value_with_unit(member(entry, "realisasi"), unit, lang);
        if (!string_of(entry, "source").empty()) sources.insert(std::to_string(y) + ": " + string_of(entry, "source"));
      }
      row.push_back(cell);
    }
    row.push_back(realisasi_cell(*ind, lang));
    // A change of a percentage is in percentage points, never "%".
    Cell change = value_with_unit(member(history, "change"), unit == "%" ? labels("unit.percentage_points") : unit, lang);
    if (change.number && *change.number > 0) change.text = "+" + change.text;
    row.push_back(change);
    const std::string direction = string_of(history, "direction");
    row.push_back(text_cell(labels("direction." + (direction.empty() ? std::string("unknown") : direction)),
                            direction == "declined"));
    t.rows.push_back(std::move(row));
  }
  for (const auto& s : sources) t.footnotes.push_back(labels("note.source") + " " + s);
  model.history = std::move(t);
}

// One trend chart per indicator that has an earlier realisasi.
void add_history_charts(const json& result, const Labels& labels, ReportModel& model) {
  for (const json* ind : all_indicators(result)) {
    const json& years = member(member(*ind, "history"), "years");
    bool any = false;
    for (const auto& y : years) any = any || member(y, "realisasi").is_number();
    if (!any) continue;
    Chart chart;
    chart.id = "trend-" + string_of(*ind, "id");
    chart.title = string_of(*ind, "id") + ": " + string_of(*ind, "name");
    chart.kind = ChartKind::line;
    chart.unit = string_of(*ind, "realisasi_unit");
    // From the measure's floor (IKM 25, a share 0), not zoomed: 80 -> 81
    // must not fill the chart.
    double floor = number_of(member(*ind, "scale"), "min").value_or(0);
    ChartSeries series{labels("col.realisasi"), {}};
    for (const auto& y : years) {
      chart.categories.push_back(std::to_string(y.value("year", 0)));
      series.values.push_back(number_of(y, "realisasi"));
    }
    // A pending value's stand-in is not a point of the trend.
    chart.categories.push_back(std::to_string(model.year));
    series.values.push_back(string_of(*ind, "status") == "final" ? number_of(*ind, "realisasi") : std::nullopt);
    for (const auto& v : series.values) {
      if (v) floor = std::min(floor, *v);  // a value below the floor still shows
    }
    chart.y_min = floor;
    chart.series.push_back(std::move(series));
    if (auto target = number_of(member(*ind, "target"), "value")) {
      chart.reference_lines.push_back({labels("chart.target") + " " + std::to_string(model.year), *target});
    }
    model.history_charts.push_back(std::move(chart));
  }
}

void add_renstra(const json& result, const Labels& labels, ReportModel& model) {
  const json& plan = member(result, "renstra");
  if (!plan.is_object()) return;
  const Language lang = labels.language();
  const int decimals = display_decimals(result);
  Table t;
  t.id = "renstra";
  t.title = labels("table.renstra") + " " + string_of(plan, "name");
  t.columns.push_back({"indicator", labels("col.indicator")});
  const int from = plan.value("from", 0), to = plan.value("to", 0);
  // A result kinerja wrote has a plan the config allowed; a foreign one
  // could ask for millions of columns.
  if (to < from || to - from >= kinerja::max_renstra_years) {
    throw ResultError("/renstra: expected 'from' and 'to' at most " + std::to_string(kinerja::max_renstra_years) + " years apart");
  }
  for (int y = from; y <= to; ++y) t.columns.push_back({"t" + std::to_string(y), labels("col.target") + " " + std::to_string(y)});
  t.columns.push_back({"realisasi", labels("col.realisasi") + " " + std::to_string(model.year)});
  t.columns.push_back({"toward_final", labels("col.toward_final")});
  t.columns.push_back({"final_met", labels("col.final_met")});
  for (const json* ind : all_indicators(result)) {
    const json& r = member(*ind, "renstra");
    if (!r.is_object()) continue;
    std::vector<Cell> row{text_cell(string_of(*ind, "name"))};
    for (int y = from; y <= to; ++y) {
      Cell cell = text_cell("-");
      for (const auto& target : member(r, "targets")) {
        if (target.value("year", 0) == y) cell = target_cell(member(target, "target"), labels);
      }
      row.push_back(cell);
    }
    row.push_back(realisasi_cell(*ind, lang));
    row.push_back(percent_cell(member(r, "capaian_toward_final"), decimals, lang));
    const json& met = member(r, "final_target_met");
    row.push_back(text_cell(met.is_boolean() ? labels(met.get<bool>() ? "answer.yes" : "answer.no") : "-"));
    t.rows.push_back(std::move(row));
  }
  if (!t.rows.empty()) model.renstra = std::move(t);
}

void add_budget(const json& result, const Labels& labels, ReportModel& model) {
  const json& b = member(result, "budget");
  if (!b.is_object()) return;
  const Language lang = labels.language();
  Table t;
  t.id = "budget";
  t.title = labels("table.budget");
  t.columns = {{"kegiatan", labels("col.kegiatan")},   {"pagu_awal", labels("col.pagu_awal")},
               {"pagu_akhir", labels("col.pagu_akhir")}, {"realisasi", labels("col.realisasi_anggaran")},
               {"serapan", labels("col.serapan")}};
  for (const auto& k : member(b, "kegiatan")) {
    const auto realisasi = number_of(k, "realisasi");
    t.rows.push_back({text_cell(string_of(k, "name")), rupiah_cell(k.value("pagu_awal", 0.0), lang),
                      rupiah_cell(k.value("pagu_akhir", 0.0), lang),
                      realisasi ? rupiah_cell(*realisasi, lang) : text_cell("-"),
                      percent_cell(member(k, "serapan"), 2, lang)});
  }
  t.rows.push_back({text_cell(labels("row.total"), true), rupiah_cell(b.value("pagu_awal", 0.0), lang, true),
                    rupiah_cell(b.value("pagu_akhir", 0.0), lang, true), rupiah_cell(b.value("realisasi", 0.0), lang, true),
                    percent_cell(member(b, "serapan"), 2, lang, true)});
  for (const auto& r : member(b, "revisions")) {
    const double amount = r.value("amount", 0.0);
    std::string text = labels("note.revision") + " " + string_of(r, "date") + ": " + (amount < 0 ? "-" : "+") +
                       format_rupiah(std::abs(amount), lang);
    if (!string_of(r, "description").empty()) text += " (" + string_of(r, "description") + ")";
    t.footnotes.push_back(text);
  }
  if (!string_of(b, "source").empty()) t.footnotes.push_back(labels("note.source") + " " + string_of(b, "source"));
  model.budget = std::move(t);

  model.facts["pagu_awal"] = format_rupiah(b.value("pagu_awal", 0.0), lang);
  model.facts["pagu_akhir"] = format_rupiah(b.value("pagu_akhir", 0.0), lang);
  model.facts["realisasi_anggaran"] = format_rupiah(b.value("realisasi", 0.0), lang);
  model.facts["serapan"] = percent_cell(member(b, "serapan"), 2, lang).text;
  model.facts["serapan_awal"] = percent_cell(member(b, "serapan_awal"), 2, lang).text;
  if (auto change = number_of(b, "pagu_change")) model.facts["pagu_change"] = format_percent(*change, 2, lang);
  if (auto gap = number_of(b, "efficiency_gap")) model.facts["efficiency_gap"] = format_number(*gap, 2, lang);
  if (const json& efficient = member(b, "efficient"); efficient.is_boolean()) {
    model.facts["efficient"] = labels(efficient.get<bool>() ? "efficiency.efficient" : "efficiency.not_efficient");
  }
}

void add_efficiency(const json& result, const Labels& labels, ReportModel& model) {
  const json& b = member(result, "budget");
  if (!b.is_object()) return;
  const Language lang = labels.language();
  const int decimals = display_decimals(result);
  Table t;
  t.id = "efficiency";
  t.title = labels("table.efficiency");
  t.columns = {{"sasaran", labels("col.sasaran")},
               {"capaian", labels("col.capaian_kinerja")},
               {"serapan", labels("col.serapan")},
               {"gap", labels("col.gap")}};
  for (const auto& sasaran : result.at("sasaran")) {
    t.rows.push_back({text_cell(string_of(sasaran, "name")), capaian_cell(sasaran, decimals, lang),
                      text_cell(""), text_cell("")});
  }
  Cell gap = text_cell("-", true);
  if (auto value = number_of(b, "efficiency_gap")) {
    gap.number = *value;
    gap.kind = CellKind::number;
    gap.decimals = 2;
    gap.text = format_number(*value, 2, lang);
  }
  t.rows.push_back({text_cell(model.unit, true), capaian_cell(result, decimals, lang, true),
                    percent_cell(member(b, "serapan"), 2, lang, true), gap});
  t.footnotes.push_back(labels("note.efficiency"));
  model.efficiency = std::move(t);
}

}  // namespace

void add_chapter3(const json& result, const Labels& labels, ReportModel& model) {
  add_history(result, labels, model);
  add_history_charts(result, labels, model);
  add_renstra(result, labels, model);
  add_budget(result, labels, model);
  add_efficiency(result, labels, model);
}

}  // namespace kinerja::report
