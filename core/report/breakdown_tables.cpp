#include "breakdown_tables.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "report_cells.hpp"

namespace kinerja::report {

namespace {

constexpr int max_decimals = 4;

// Decimals of the shortest form of `value`, at most `max_decimals`.
int shown_decimals(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc{}) return 0;
  const std::string text(buffer, end);
  if (text.find_first_of("eE") != std::string::npos) return max_decimals;
  const auto dot = text.find('.');
  if (dot == std::string::npos) return 0;
  return std::min(max_decimals, static_cast<int>(text.size() - dot - 1));
}

bool is_scalar(const json& value) { return !value.is_object() && !value.is_array(); }

bool all_scalars(const json& array) {
  for (const auto& item : array) {
    if (!is_scalar(item)) return false;
  }
  return true;
}

bool is_record_list(const json& value) {
  if (!value.is_array() || value.empty()) return false;
  for (const auto& item : value) {
    if (!item.is_object()) return false;
  }
  return true;
}

// {"2023-01": {...}, "2023-02": {...}}: a map whose values are all records.
bool is_record_map(const json& value) {
  if (!value.is_object() || value.empty()) return false;
  for (const auto& [key, item] : value.items()) {
    if (!item.is_object()) return false;
  }
  return true;
}

// Nested objects become dotted columns: {"shares": {"negatif": 1}} -> "shares.negatif".
void flatten(const json& value, const std::string& prefix, std::vector<std::pair<std::string, const json*>>& out) {
  if (value.is_object() && !value.empty()) {
    for (const auto& [key, item] : value.items()) flatten(item, prefix.empty() ? key : prefix + "." + key, out);
    return;
  }
  out.emplace_back(prefix, &value);
}

// A year is a name, not a quantity: 2022, never "2.022".
Cell field_cell(const std::string& key, const json& value, Language language) {
  const bool is_year = key == "year" || (key.size() > 5 && key.compare(key.size() - 5, 5, ".year") == 0);
  if (is_year && value.is_number_integer()) return text_cell(std::to_string(value.get<long long>()));
  return value_cell(value, language);
}

// "field.KEY" from the labels; a published figure is "field.published"
// ("Dipublikasikan:") followed by the heading of what it publishes.
std::string heading(const std::string& key, const Labels& labels) {
  if (auto label = labels.find("field." + key)) return *label;
  const std::string published = "published.";
  if (key.rfind(published, 0) == 0) {
    if (auto prefix = labels.find("field.published")) return *prefix + " " + heading(key.substr(published.size()), labels);
  }
  return key;
}

Table records_table(const std::string& id, const std::string& title, const std::vector<std::string>& row_keys,
                    const std::vector<const json*>& records, const Labels& labels) {
  Table table;
  table.id = id;
  table.title = title;
  std::vector<std::string> columns;
  std::set<std::string> seen;
  std::vector<std::vector<std::pair<std::string, const json*>>> flat(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    flatten(*records[i], "", flat[i]);
    for (const auto& [key, value] : flat[i]) {
      if (seen.insert(key).second) columns.push_back(key);
    }
  }
  // A field that no record fills (null everywhere) is not a column.
  std::erase_if(columns, [&](const std::string& c) {
    for (const auto& record : flat) {
      for (const auto& [key, value] : record) {
        if (key == c && !value->is_null()) return false;
      }
    }
    return true;
  });
  if (!row_keys.empty()) table.columns.push_back({"key", labels("breakdown.key")});
  for (const auto& c : columns) table.columns.push_back({c, heading(c, labels)});
  for (std::size_t i = 0; i < records.size(); ++i) {
    std::vector<Cell> row;
    if (!row_keys.empty()) row.push_back(text_cell(row_keys[i]));
    for (const auto& c : columns) {
      const json* value = nullptr;
      for (const auto& [key, v] : flat[i]) {
        if (key == c) value = v;
      }
      row.push_back(value ? field_cell(c, *value, labels.language()) : text_cell(""));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

Cell value_cell(const json& value, Language language) {
  Cell cell;
  if (value.is_boolean()) {
    cell.text = value.get<bool>() ? (language == Language::id ? "ya" : "yes") : (language == Language::id ? "tidak" : "no");
  } else if (value.is_number_integer() || value.is_number_unsigned()) {
    cell.number = value.get<double>();
    cell.kind = CellKind::integer;
    cell.text = format_number(*cell.number, 0, language);
  } else if (value.is_number()) {
    cell.number = value.get<double>();
    cell.kind = CellKind::number;
    cell.decimals = shown_decimals(*cell.number);
    cell.text = format_trimmed(*cell.number, cell.decimals, language);
  } else if (value.is_string()) {
    cell.text = value.get<std::string>();
  } else if (value.is_array()) {
    // Scalars joined by ", "; records (a unit's dimensions) by "; ".
    const char* separator = all_scalars(value) ? ", " : "; ";
    for (const auto& item : value) {
      if (!cell.text.empty()) cell.text += separator;
      cell.text += value_cell(item, language).text;
    }
  } else if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      if (!cell.text.empty()) cell.text += ", ";
      cell.text += key + ": " + value_cell(item, language).text;
    }
  }
  return cell;  // null stays an empty cell
}

std::vector<Table> breakdown_tables(const json& breakdown, const std::string& id_prefix, const Labels& labels) {
  std::vector<Table> tables;
  if (!breakdown.is_object()) return tables;
  Table summary;
  summary.id = id_prefix + "summary";
  summary.title = labels("breakdown.summary");
  summary.columns = {{"field", labels("breakdown.field")}, {"value", labels("breakdown.value")}};
  std::vector<Table> detail;
  for (const auto& [key, value] : breakdown.items()) {
    if (is_record_list(value)) {
      std::vector<const json*> records;
      for (const auto& item : value) records.push_back(&item);
      detail.push_back(records_table(id_prefix + key, heading(key, labels), {}, records, labels));
    } else if (is_record_map(value)) {
      std::vector<std::string> keys;
      std::vector<const json*> records;
      for (const auto& [k, item] : value.items()) {
        keys.push_back(k);
        records.push_back(&item);
      }
      detail.push_back(records_table(id_prefix + key, heading(key, labels), keys, records, labels));
    } else {
      std::vector<std::pair<std::string, const json*>> flat;
      flatten(value, key, flat);
      for (const auto& [field, v] : flat) {
        if (v->is_null()) continue;                        // nothing to show
        if (v->is_array() && !all_scalars(*v)) continue;  // nested lists of records: in the JSON result only
        summary.rows.push_back({text_cell(heading(field, labels)), field_cell(field, *v, labels.language())});
      }
    }
  }
  if (!summary.rows.empty()) tables.push_back(std::move(summary));
  for (auto& t : detail) tables.push_back(std::move(t));
  return tables;
}

}  // namespace kinerja::report
