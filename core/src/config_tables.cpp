// The config's "tables": the parts of chapter III a planner keeps in a
// spreadsheet (earlier years, Renstra targets, the budget and its
// revisions), read from a CSV or xlsx through the same table layer as every
// plugin's input, and joined to the config as if written inline.
#include "config_tables.hpp"

#include <cmath>
#include <set>

#include <kinerja/sdk/table.hpp>

#include "config_readers.hpp"

namespace kinerja {

namespace {

sdk::Fields history_fields() {
  sdk::Fields f;
  f.text("indikator", "The indicator's id in this config (IKK1), or its name.").columns({"indikator", "id", "kode", "ikk"});
  f.number("tahun", "The year.").columns({"tahun", "year"});
  f.number("realisasi", "That year's realisasi.").columns({"realisasi"}).blank(sdk::BlankPolicy::empty);
  f.text("target", "That year's target, e.g. >= 81 or < 20%.").columns({"target"}).optional();
  f.number("capaian", "The capaian that year's report printed.").columns({"capaian"}).optional();
  f.text("sumber", "Where the figures come from (LKj 2022).").columns({"sumber", "source"}).optional();
  return f;
}

sdk::Fields renstra_fields() {
  sdk::Fields f;
  f.text("indikator", "The indicator's id in this config.").columns({"indikator", "id", "kode", "ikk"});
  f.number("tahun", "The year of the plan.").columns({"tahun", "year"});
  f.text("target", "The plan's target for that year, e.g. >= 85.").columns({"target"});
  return f;
}

sdk::Fields budget_fields() {
  sdk::Fields f;
  f.text("kegiatan", "The kegiatan (activity).").columns({"kegiatan", "nama kegiatan", "uraian", "name"});
  f.number("pagu_awal", "Its initial budget, Rupiah.").columns({"pagu awal", "pagu_awal", "pagu murni", "anggaran murni"});
  f.number("pagu_akhir", "Its final budget after revisions, Rupiah.")
      .columns({"pagu akhir", "pagu_akhir", "pagu perubahan", "anggaran perubahan", "pagu"});
  f.number("realisasi", "What it spent, Rupiah.")
      .columns({"realisasi", "realisasi anggaran", "realisasi belanja"})
      .optional();
  return f;
}

sdk::Fields revision_fields() {
  sdk::Fields f;
  f.text("tanggal", "When (as written: 2023-09).").columns({"tanggal", "date", "bulan"}).optional();
  f.number("jumlah", "The change, Rupiah (a cut is negative).").columns({"jumlah", "amount", "nilai"});
  f.text("uraian", "What it was.").columns({"uraian", "keterangan", "description"}).optional();
  return f;
}

// The config's indicator with this id, or else this name (a planner's
// sheet often names the indicator rather than giving its id).
IndicatorConfig* find_indicator(EvaluationConfig& config, std::string_view id) {
  for (auto& s : config.sasaran) {
    for (auto& i : s.indicators) {
      if (i.id == id) return &i;
    }
  }
  for (auto& s : config.sasaran) {
    for (auto& i : s.indicators) {
      if (sdk::text::same_key(i.name, id)) return &i;
    }
  }
  return nullptr;
}

// A budget row that totals others: "JUMLAH", "Total Belanja", "Program ...".
bool looks_like_a_total(const std::string& name) {
  const std::string k = sdk::text::key(name);
  for (const char* word : {"jumlah", "total", "sub_total", "subtotal", "grand_total", "program"}) {
    if (k == word || k.rfind(std::string(word) + "_", 0) == 0) return true;
  }
  return false;
}

std::vector<std::string> indicator_ids(const EvaluationConfig& config) {
  std::vector<std::string> ids;
  for (const auto& s : config.sasaran) {
    for (const auto& i : s.indicators) ids.push_back(i.id);
  }
  return ids;
}

// A whole year in a number cell ("2022", or 2022 in an xlsx).
std::optional<int> year_of(double value) {
  if (value != std::floor(value) || value < 1945 || value > 2200) return std::nullopt;
  return static_cast<int>(value);
}

// The indicator and the year a row of a per-indicator table is about, or
// the problem with the row.
struct IndicatorYear {
  IndicatorConfig* indicator = nullptr;
  int year = 0;
  std::string problem;
};
IndicatorYear indicator_year(const sdk::Record& r, std::size_t id_field, std::size_t year_field,
                             EvaluationConfig& config, const std::vector<std::string>& ids) {
  IndicatorYear out;
  const std::string id = sdk::text::trimmed(r.text(id_field));
  out.indicator = find_indicator(config, id);
  const auto year = year_of(r.number(year_field));
  if (!out.indicator) out.problem = "no indicator '" + id + "' in the config" + sdk::text::did_you_mean(id, ids);
  else if (!year) out.problem = "'" + sdk::text::excerpt(r.raw(year_field)) + "' is not a year";
  else out.year = *year;
  return out;
}

// Reads each row of one table with `row`, which reports a problem with a
// row by returning its message; every problem lands in `diagnostics` at
// the table's pointer.
// Reads each row of one table with `row`, which returns the problem with a
// row, if any; each lands in `diagnostics` at the table's pointer. Rows
// the table's own policies leave out (bad_rows or blank: skip) are
// warnings, not problems. False when anything was refused.
template <class Row>
bool read_rows(const json& node, const std::string& pointer, const sdk::Fields& fields, EvaluationConfig& config,
               Diagnostics& diagnostics, Row row) {
  const std::size_t before = diagnostics.size();
  std::vector<sdk::Problem> problems;
  const auto spec = sdk::TableSpec::parse(node, fields, config.dir, pointer, problems);
  for (const auto& p : problems) diagnostics.add(p.path, p.message);
  if (!spec) return false;
  for (const auto& f : spec->files()) config.table_files.push_back(f);
  try {
    sdk::Table table(*spec, fields);
    sdk::Record r;
    while (table.next(r)) {
      if (auto problem = row(r)) diagnostics.add(pointer, r.location() + ": " + *problem);
    }
    for (const auto& w : table.warnings()) config.warnings.push_back(pointer.substr(1) + ": " + w);
  } catch (const std::exception& e) {  // a file that cannot be read, a column it lacks
    diagnostics.add(pointer, e.what());
  }
  return diagnostics.size() == before;
}

void read_history_table(const json& node, const std::string& pointer, EvaluationConfig& config,
                        Diagnostics& diagnostics) {
  enum { indikator, tahun, realisasi, target, capaian, sumber };
  const auto ids = indicator_ids(config);
  read_rows(node, pointer, history_fields(), config, diagnostics,
            [&](const sdk::Record& r) -> std::optional<std::string> {
              const IndicatorYear at = indicator_year(r, indikator, tahun, config, ids);
              if (!at.problem.empty()) return at.problem;
              if (at.year >= config.year) {
                return "year " + std::to_string(at.year) + " is not before the config's " + std::to_string(config.year);
              }
              HistoryEntry entry;
              entry.pointer = r.location();
              entry.year = at.year;
              if (r.has(realisasi)) entry.realisasi = r.number(realisasi);
              if (r.has(capaian)) entry.reported_capaian = r.number(capaian);
              if (!entry.realisasi && !entry.reported_capaian) return "an earlier year needs its realisasi (or the capaian it reported)";
              if (r.has(target)) {
                std::string error;
                entry.target = parse_target_text(std::string(r.text(target)), error);
                if (!entry.target) return error;
              }
              entry.source = r.has(sumber) ? std::string(r.text(sumber)) : r.source().name();
              at.indicator->history.push_back(std::move(entry));
              return std::nullopt;
            });
  for (auto& s : config.sasaran) {
    for (auto& i : s.indicators) sort_and_check_years(i.history, diagnostics);
  }
}

void read_renstra_table(const json& node, const std::string& pointer, EvaluationConfig& config,
                        Diagnostics& diagnostics) {
  enum { indikator, tahun, target };
  if (!config.renstra) {
    diagnostics.add(pointer, "Renstra targets need the Renstra they belong to: a top-level "
                             "\"renstra\": {\"name\": ..., \"from\": 2020, \"to\": 2024}");
    return;
  }
  const auto ids = indicator_ids(config);
  read_rows(node, pointer, renstra_fields(), config, diagnostics,
            [&](const sdk::Record& r) -> std::optional<std::string> {
              const IndicatorYear at = indicator_year(r, indikator, tahun, config, ids);
              if (!at.problem.empty()) return at.problem;
              std::string error;
              auto spec = parse_target_text(std::string(r.text(target)), error);
              if (!spec) return error;
              if (!at.indicator->renstra.emplace(at.year, *spec).second) {
                return "indicator " + at.indicator->id + " has a Renstra target for " + std::to_string(at.year) + " already";
              }
              return std::nullopt;
            });
}

void read_budget_table(const json& node, const std::string& pointer, EvaluationConfig& config,
                       Diagnostics& diagnostics) {
  enum { kegiatan, pagu_awal, pagu_akhir, realisasi };
  if (!config.budget) {
    diagnostics.add(pointer, "a budget table needs the top-level \"budget\" (at least its source, or {})");
    return;
  }
  if (!config.budget->kegiatan.empty()) {
    diagnostics.add(pointer, "give the kegiatan in \"budget\" or as this table, not both");
    return;
  }
  std::size_t with_realisasi = 0, rows = 0;
  const bool read = read_rows(node, pointer, budget_fields(), config, diagnostics,
            [&](const sdk::Record& r) -> std::optional<std::string> {
              BudgetKegiatan k;
              k.name = sdk::text::trimmed(r.text(kegiatan));
              if (looks_like_a_total(k.name)) {
                // Summed with the kegiatan it totals, it would count them twice.
                return "'" + sdk::text::excerpt(k.name) + "' looks like a total or a programme, not a kegiatan: leave it "
                       "out with \"drop\": {\"" + r.column(kegiatan) + "\": [\"" + sdk::text::excerpt(k.name, 20) + "*\"]}";
              }
              k.pagu_awal = r.number(pagu_awal);
              k.pagu_akhir = r.number(pagu_akhir);
              if (r.has(realisasi)) {
                k.realisasi = r.number(realisasi);
                ++with_realisasi;
              }
              ++rows;
              for (double amount : {k.pagu_awal, k.pagu_akhir, k.realisasi.value_or(0)}) {
                if (amount < 0) return "an amount in Rupiah is not negative";
              }
              config.budget->kegiatan.push_back(std::move(k));
              return std::nullopt;
            });
  if (!read) return;  // the problems above say what to fix; the totals below would only repeat them
  if (rows == 0) diagnostics.add(pointer, "the budget table has no kegiatan");
  if (with_realisasi > 0 && config.budget->realisasi) {
    diagnostics.add(pointer, "give the realisasi per kegiatan (this table) or as the budget's total, not both");
  } else if (with_realisasi > 0 && with_realisasi < rows) {
    diagnostics.add(pointer, "every kegiatan needs its realisasi once one has it (" + std::to_string(with_realisasi) +
                                 " of " + std::to_string(rows) + " have one)");
  } else if (with_realisasi == 0 && !config.budget->realisasi) {
    diagnostics.add(pointer, "missing: the realisasi anggaran, as a column of this table or the budget's total");
  }
}

void read_revisions_table(const json& node, const std::string& pointer, EvaluationConfig& config,
                          Diagnostics& diagnostics) {
  enum { tanggal, jumlah, uraian };
  if (!config.budget) {
    diagnostics.add(pointer, "a revisions table needs the top-level \"budget\"");
    return;
  }
  read_rows(node, pointer, revision_fields(), config, diagnostics,
            [&](const sdk::Record& r) -> std::optional<std::string> {
              BudgetRevision revision;
              revision.date = r.has(tanggal) ? std::string(r.text(tanggal)) : "";
              revision.amount = r.number(jumlah);
              revision.description = r.has(uraian) ? std::string(r.text(uraian)) : "";
              config.budget->revisions.push_back(std::move(revision));
              return std::nullopt;
            });
}

}  // namespace

const std::vector<std::string>& config_table_names() {
  static const std::vector<std::string> names{"history", "renstra", "budget", "revisions"};
  return names;
}

std::optional<sdk::Fields> config_table_fields(const std::string& name) {
  if (name == "history") return history_fields();
  if (name == "renstra") return renstra_fields();
  if (name == "budget") return budget_fields();
  if (name == "revisions") return revision_fields();
  return std::nullopt;
}

bool budget_kegiatan_in_tables(const json& document) {
  return document.is_object() && document.contains("tables") && document["tables"].is_object() &&
         document["tables"].contains("budget");
}

void read_config_tables(const json& node, const std::string& pointer, EvaluationConfig& config,
                        Diagnostics& diagnostics) {
  ObjectReader r(node, pointer, diagnostics);
  if (const json* t = r.raw("history")) read_history_table(*t, r.pointer_of("history"), config, diagnostics);
  if (const json* t = r.raw("renstra")) read_renstra_table(*t, r.pointer_of("renstra"), config, diagnostics);
  if (const json* t = r.raw("budget")) read_budget_table(*t, r.pointer_of("budget"), config, diagnostics);
  if (const json* t = r.raw("revisions")) read_revisions_table(*t, r.pointer_of("revisions"), config, diagnostics);
  r.finish();
}

}  // namespace kinerja
