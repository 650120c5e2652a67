// The config's look back and ahead: each indicator's earlier years
// ("history", or earlier result files) and its Renstra targets.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "config_readers.hpp"
#include "json_file.hpp"
#include "result_json.hpp"

namespace kinerja {

namespace {

std::optional<int> year_key(const std::string& key) {
  int year = 0;
  const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
  if (ec != std::errc{} || end != key.data() + key.size() || year < 1945 || year > 2200) return std::nullopt;
  return year;
}

std::optional<HistoryEntry> read_history_entry(const json& node, const std::string& pointer, int config_year,
                                               Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  HistoryEntry entry;
  entry.pointer = pointer;
  if (auto year = r.integer("year", true)) {
    if (config_year != 0 && *year >= config_year) {
      r.error("year", "expected a year before the config's " + std::to_string(config_year) + ", found " +
                          std::to_string(*year));
    } else {
      entry.year = static_cast<int>(*year);
    }
  }
  entry.realisasi = r.number("realisasi", false);
  entry.target = read_target(r.raw("target"), r.pointer_of("target"), diagnostics);
  entry.reported_capaian = r.number("capaian", false);
  entry.source = r.string("source", false).value_or("");
  if (r.is_object() && !entry.realisasi && !entry.reported_capaian) {
    r.error("realisasi", "missing: an earlier year needs its realisasi (or at least the capaian it reported)");
  }
  r.finish();
  if (diagnostics.size() != before) return std::nullopt;
  return entry;
}

}  // namespace

void sort_and_check_years(std::vector<HistoryEntry>& entries, Diagnostics& diagnostics) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const HistoryEntry& a, const HistoryEntry& b) { return a.year < b.year; });
  for (std::size_t i = 1; i < entries.size(); ++i) {
    if (entries[i].year == entries[i - 1].year) {
      diagnostics.add(entries[i].pointer, "year " + std::to_string(entries[i].year) + " is given twice (also at " +
                                              entries[i - 1].pointer + ")");
    }
  }
}

std::vector<HistoryEntry> read_history(const json& node, const std::string& pointer, int config_year,
                                       Diagnostics& diagnostics) {
  std::vector<HistoryEntry> entries;
  for (std::size_t i = 0; i < node.size(); ++i) {
    if (auto entry = read_history_entry(node[i], child_pointer(pointer, i), config_year, diagnostics)) {
      entries.push_back(std::move(*entry));
    }
  }
  sort_and_check_years(entries, diagnostics);
  return entries;
}

std::map<int, TargetSpec> read_renstra_targets(const json& node, const std::string& pointer,
                                              Diagnostics& diagnostics) {
  std::map<int, TargetSpec> targets;
  for (const auto& [key, value] : node.items()) {
    const std::string item_pointer = child_pointer(pointer, key);
    const auto year = year_key(key);
    if (!year) {
      diagnostics.add(item_pointer, "expected a year as the key (\"2024\"), found '" + key + "'");
      continue;
    }
    if (auto target = read_target(&value, item_pointer, diagnostics)) targets.emplace(*year, *target);
  }
  if (node.empty()) diagnostics.add(pointer, "expected at least one year's target, such as {\"2024\": \">= 85\"}");
  return targets;
}

std::optional<RenstraConfig> read_renstra(const json& node, const std::string& pointer, Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  RenstraConfig renstra;
  renstra.name = r.string("name", true).value_or("");
  const auto from = r.integer("from", true);
  const auto to = r.integer("to", true);
  for (const auto& [key, year] : {std::pair{"from", from}, std::pair{"to", to}}) {
    if (year && (*year < 1945 || *year > 2200)) r.error(key, "expected a year between 1945 and 2200");
  }
  if (from && to && *from > *to) r.error("to", "expected a year not before 'from' (" + std::to_string(*from) + ")");
  if (from && to && *to - *from >= max_renstra_years) {
    r.error("to", "expected a plan of at most " + std::to_string(max_renstra_years) + " years");
  }
  r.finish();
  if (diagnostics.size() != before || !from || !to) return std::nullopt;
  renstra.from = static_cast<int>(*from);
  renstra.to = static_cast<int>(*to);
  return renstra;
}

void check_renstra_years(const EvaluationConfig& config, Diagnostics& diagnostics) {
  for (const auto& sasaran : config.sasaran) {
    for (const auto& indicator : sasaran.indicators) {
      if (indicator.renstra.empty()) continue;
      const std::string pointer = indicator.pointer + "/renstra";
      if (!config.renstra) {
        diagnostics.add(pointer, "Renstra targets need the Renstra they belong to: a top-level "
                                 "\"renstra\": {\"name\": ..., \"from\": 2020, \"to\": 2024}");
        continue;
      }
      for (const auto& [year, target] : indicator.renstra) {
        if (year < config.renstra->from || year > config.renstra->to) {
          diagnostics.add(child_pointer(pointer, std::to_string(year)),
                          "year " + std::to_string(year) + " is outside " + config.renstra->name + " (" +
                              std::to_string(config.renstra->from) + "-" + std::to_string(config.renstra->to) + ")");
        }
      }
    }
  }
}

namespace {

std::optional<double> number_at(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_number()) return std::nullopt;
  return object[key].get<double>();
}

std::optional<std::string> string_at(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return std::nullopt;
  return object[key].get<std::string>();
}

std::optional<TargetSpec> target_from_result(const json& target) {
  // The result keeps the exact value, polarity and comparison beside the
  // text; the text alone may lack the comparison (a target given as
  // {"value": 4, "polarity": "higher"} is written "4").
  const auto value = number_at(target, "value");
  const auto polarity_text = string_at(target, "polarity");
  const auto polarity = polarity_text ? parse_polarity(*polarity_text) : std::nullopt;
  if (value && polarity) {
    TargetSpec spec;
    spec.target.value = *value;
    spec.target.polarity = *polarity;
    const auto comparison_text = string_at(target, "comparison");
    const auto comparison = comparison_text ? parse_comparison(*comparison_text) : std::nullopt;
    spec.target.comparison = comparison.value_or(default_comparison(*polarity));
    spec.target.unit = string_at(target, "unit").value_or("");
    spec.text = string_at(target, "text").value_or("");
    return spec;
  }
  const auto text = string_at(target, "text");
  if (!text) return std::nullopt;
  std::string error;
  auto spec = parse_target_text(*text, error);
  if (spec && value) spec->target.value = *value;
  return spec;
}

// Reads one earlier result into `entries` by indicator id.
void read_result_file(const std::filesystem::path& path, const std::string& pointer, int config_year,
                      std::map<std::string, HistoryEntry>& entries, Diagnostics& diagnostics) {
  json result;
  try {
    result = read_json_file(path);
  } catch (const FileError& e) {
    diagnostics.add(pointer, e.what());
    return;
  }
  const std::string where = path.string();
  // Fields of the wrong type are refused here, never thrown as json errors.
  if (!result.is_object() || !result.contains("format") || result["format"] != 1 || !result.contains("sasaran") ||
      !result["sasaran"].is_array()) {
    diagnostics.add(pointer, where + ": expected a kinerja result (format 1, with \"sasaran\")");
    return;
  }
  const auto year_number = number_at(result, "year");
  const bool whole_year = year_number && *year_number >= 1945 && *year_number <= 2200 &&
                          std::floor(*year_number) == *year_number;
  const int year = whole_year ? static_cast<int>(*year_number) : 0;
  if (year == 0 || year >= config_year) {
    diagnostics.add(pointer, where + ": /year: expected a year before the config's " + std::to_string(config_year) +
                                 ", found " + (result.contains("year") ? result["year"].dump() : "none"));
    return;
  }
  for (std::size_t s = 0; s < result["sasaran"].size(); ++s) {
    const json& sasaran = result["sasaran"][s];
    if (!sasaran.contains("indicators") || !sasaran["indicators"].is_array()) continue;
    for (std::size_t i = 0; i < sasaran["indicators"].size(); ++i) {
      const json& indicator = sasaran["indicators"][i];
      if (!indicator.is_object() || !indicator.contains("id") || !indicator["id"].is_string()) continue;
      HistoryEntry entry;
      entry.pointer = where + "#/sasaran/" + std::to_string(s) + "/indicators/" + std::to_string(i);
      entry.year = year;
      // A value still pending then is not a realisasi to compare with now.
      if (string_at(indicator, "status") == "final") entry.realisasi = number_at(indicator, "realisasi");
      if (indicator.contains("target")) entry.target = target_from_result(indicator["target"]);
      entry.source = where;
      entries.emplace(indicator["id"].get<std::string>(), std::move(entry));
    }
  }
}

}  // namespace

void load_history_results(EvaluationConfig& config, Diagnostics& diagnostics) {
  for (std::size_t f = 0; f < config.history_results.size(); ++f) {
    std::map<std::string, HistoryEntry> by_id;
    read_result_file(config.history_results[f], child_pointer("/history_results", f), config.year, by_id, diagnostics);
    for (auto& sasaran : config.sasaran) {
      for (auto& indicator : sasaran.indicators) {
        auto found = by_id.find(indicator.id);
        if (found == by_id.end()) continue;
        const HistoryEntry& entry = found->second;
        const auto same_year = std::find_if(indicator.history.begin(), indicator.history.end(),
                                            [&](const HistoryEntry& h) { return h.year == entry.year; });
        if (same_year != indicator.history.end()) {
          diagnostics.add(child_pointer("/history_results", f),
                          entry.source + ": " + indicator.id + " " + std::to_string(entry.year) +
                              " is also given at " + same_year->pointer);
          continue;
        }
        indicator.history.push_back(entry);
        std::stable_sort(indicator.history.begin(), indicator.history.end(),
                         [](const HistoryEntry& a, const HistoryEntry& b) { return a.year < b.year; });
      }
    }
  }
}

}  // namespace kinerja
