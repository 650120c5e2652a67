// The config's "budget": pagu awal and akhir per kegiatan, the revisions
// between them, and what was spent (realisasi anggaran).
#include <cmath>

#include "config_readers.hpp"

namespace kinerja {

namespace {

// A Rupiah amount: finite and not negative (a revision may be negative).
std::optional<double> read_amount(ObjectReader& r, const std::string& key, bool required) {
  auto value = r.number(key, required);
  if (value && *value < 0) {
    r.error(key, "expected an amount in Rupiah, not negative");
    return std::nullopt;
  }
  return value;
}

std::optional<BudgetKegiatan> read_kegiatan(const json& node, const std::string& pointer, Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  BudgetKegiatan k;
  k.name = r.string("name", true).value_or("");
  k.pagu_awal = read_amount(r, "pagu_awal", true).value_or(0);
  k.pagu_akhir = read_amount(r, "pagu_akhir", true).value_or(0);
  k.realisasi = read_amount(r, "realisasi", false);
  r.finish();
  if (diagnostics.size() != before) return std::nullopt;
  return k;
}

std::optional<BudgetRevision> read_revision(const json& node, const std::string& pointer, Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  BudgetRevision revision;
  revision.date = r.string("date", false).value_or("");
  revision.amount = r.number("amount", true).value_or(0);
  revision.description = r.string("description", false).value_or("");
  r.finish();
  if (diagnostics.size() != before) return std::nullopt;
  return revision;
}

// Whether `key` is written in `node`: a realisasi refused (negative, text)
// is still there, and must not also be called missing.
bool written(const json& node, const char* key) {
  return node.is_object() && node.contains(key) && !node[key].is_null();
}

}  // namespace

std::optional<BudgetConfig> read_budget(const json& node, const std::string& pointer, Diagnostics& diagnostics,
                                        bool kegiatan_from_table) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  BudgetConfig budget;
  budget.pointer = pointer;
  std::size_t kegiatan_count = 0;
  std::size_t with_realisasi = 0;
  if (const json* kegiatan = r.array("kegiatan", !kegiatan_from_table)) {
    if (kegiatan->empty()) r.error("kegiatan", "expected at least one kegiatan with its pagu");
    kegiatan_count = kegiatan->size();
    for (std::size_t i = 0; i < kegiatan->size(); ++i) {
      with_realisasi += written((*kegiatan)[i], "realisasi") ? 1 : 0;
      if (auto k = read_kegiatan((*kegiatan)[i], child_pointer(r.pointer_of("kegiatan"), i), diagnostics)) {
        budget.kegiatan.push_back(std::move(*k));
      }
    }
  }
  budget.realisasi = read_amount(r, "realisasi", false);
  if (const json* revisions = r.array("revisions", false)) {
    for (std::size_t i = 0; i < revisions->size(); ++i) {
      if (auto rev = read_revision((*revisions)[i], child_pointer(r.pointer_of("revisions"), i), diagnostics)) {
        budget.revisions.push_back(std::move(*rev));
      }
    }
  }
  budget.previous_year_pagu = read_amount(r, "previous_year_pagu", false);
  budget.source = r.string("source", false).value_or("");
  if (const json* published = r.object("published", false)) {
    ObjectReader pub(*published, r.pointer_of("published"), diagnostics);
    budget.published_serapan = pub.number("serapan", false);
    budget.published_efficiency_gap = pub.number("efficiency_gap", false);
    budget.published_pagu_change = pub.number("pagu_change", false);
    pub.finish();
  }
  r.finish();

  const bool has_total = written(node, "realisasi");
  if (kegiatan_from_table) {
    // The table's reader checks the realisasi against its rows.
  } else if (has_total && with_realisasi > 0) {
    diagnostics.add(child_pointer(pointer, "realisasi"),
                    "give the realisasi per kegiatan or as the total, not both (the total is summed from the kegiatan)");
  } else if (with_realisasi > 0 && with_realisasi < kegiatan_count) {
    diagnostics.add(child_pointer(pointer, "kegiatan"),
                    "every kegiatan needs its realisasi once one has it (" + std::to_string(with_realisasi) + " of " +
                        std::to_string(kegiatan_count) + " have one)");
  } else if (!has_total && with_realisasi == 0 && r.is_object()) {
    diagnostics.add(child_pointer(pointer, "realisasi"),
                    "missing: the realisasi anggaran, as the total or per kegiatan");
  }
  if (diagnostics.size() != before) return std::nullopt;
  return budget;
}

}  // namespace kinerja
