#include "breakdown_tables.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
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
Cell field_cell(const std::string& key, const json& value, const FieldWords& words) {
  const bool is_year = key == "year" || (key.size() > 5 && key.compare(key.size() - 5, 5, ".year") == 0);
  if (is_year && value.is_number_integer()) return text_cell(std::to_string(value.get<long long>()));
  if (value.is_string()) {
    if (const std::string* shown = words.value(key, value.get_ref<const std::string&>())) return text_cell(*shown);
  }
  // Records inside a cell (a unit's aspects): each led by its own name
  // ("label" or "name"), then each other member by its heading, in the
  // report's language; records apart by "; ".
  if (is_record_list(value)) {
    Cell cell;
    for (const auto& record : value) {
      const char* name_key = record.contains("label") && record["label"].is_string() ? "label"
                             : record.contains("name") && record["name"].is_string() ? "name"
                                                                                       : nullptr;
      std::string text = name_key ? record[name_key].get<std::string>() + ":" : "";
      bool first = true;
      for (const auto& [member, item] : record.items()) {
        if ((name_key && member == name_key) || words.hidden(member) || item.is_null()) continue;
        text += std::string(first ? (name_key ? " " : "") : ", ") + words.heading(member) + " " +
                field_cell(member, item, words).text;
        first = false;
      }
      cell.text += (cell.text.empty() ? "" : "; ") + text;
    }
    return cell;
  }
  return value_cell(value, words.language());
}

Table records_table(const std::string& id, const std::string& key, const std::vector<std::string>& row_keys,
                    const std::vector<const json*>& records, const FieldWords& words) {
  Table table;
  table.id = id;
  table.title = words.heading(key);
  std::vector<std::string> columns;
  std::set<std::string> seen;
  std::vector<std::vector<std::pair<std::string, const json*>>> flat(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    flatten(*records[i], "", flat[i]);
    for (const auto& [column, value] : flat[i]) {
      if (!words.hidden(column) && seen.insert(column).second) columns.push_back(column);
    }
  }
  // A field that no record fills (null everywhere) is not a column.
  std::erase_if(columns, [&](const std::string& c) {
    for (const auto& record : flat) {
      for (const auto& [column, value] : record) {
        if (column == c && !value->is_null()) return false;
      }
    }
    return true;
  });
  if (!row_keys.empty()) table.columns.push_back({"key", words.host("breakdown.key")});
  for (const auto& c : columns) table.columns.push_back({c, words.heading(c)});
  for (std::size_t i = 0; i < records.size(); ++i) {
    std::vector<Cell> row;
    if (!row_keys.empty()) row.push_back(text_cell(row_keys[i]));
    for (const auto& c : columns) {
      const json* value = nullptr;
      for (const auto& [column, v] : flat[i]) {
        if (column == c) value = v;
      }
      row.push_back(value ? field_cell(c, *value, words) : text_cell(""));
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

std::string FieldWords::host(const std::string& key) const { return labels_(key); }

std::optional<std::string> FieldWords::own_heading(const std::string& key) const {
  if (auto label = labels_.find("field." + key)) return label;  // a unit's own templates win
  if (const FieldLabel* f = locale_ ? locale_->field(key) : nullptr; f && !f->hidden) {
    return f->unit.empty() ? f->label : f->label + " (" + f->unit + ")";
  }
  return std::nullopt;
}

std::optional<std::string> FieldWords::labelled_heading(const std::string& key) const {
  if (auto own = own_heading(key)) return own;
  const std::string published = "published.";
  if (key.rfind(published, 0) == 0) {
    if (auto rest = labelled_heading(key.substr(published.size()))) return labels_("breakdown.published") + " " + *rest;
    return std::nullopt;
  }
  // "days_histogram.3": the parent's heading and the last part.
  const auto dot = key.rfind('.');
  if (dot == std::string::npos) return std::nullopt;
  if (auto parent = labelled_heading(key.substr(0, dot))) return *parent + " " + key.substr(dot + 1);
  return std::nullopt;
}

std::string FieldWords::heading(const std::string& key) const {
  if (auto label = labelled_heading(key)) return *label;
  if (unlabelled_ && std::find(unlabelled_->begin(), unlabelled_->end(), key) == unlabelled_->end()) {
    unlabelled_->push_back(key);
  }
  return key;
}

bool FieldWords::hidden(const std::string& key) const { return locale_ && locale_->hidden(key); }

const std::string* FieldWords::value(const std::string& key, const std::string& raw) const {
  return locale_ ? locale_->value(key, raw) : nullptr;
}

std::vector<Table> breakdown_tables(const json& breakdown, const std::string& id_prefix, const FieldWords& words) {
  std::vector<Table> tables;
  if (!breakdown.is_object()) return tables;
  Table summary;
  summary.id = id_prefix + "summary";
  summary.title = words.host("breakdown.summary");
  summary.columns = {{"field", words.host("breakdown.field")}, {"value", words.host("breakdown.value")}};
  std::vector<Table> detail;
  for (const auto& [key, value] : breakdown.items()) {
    if (words.hidden(key)) continue;
    if (is_record_list(value)) {
      std::vector<const json*> records;
      for (const auto& item : value) records.push_back(&item);
      detail.push_back(records_table(id_prefix + key, key, {}, records, words));
    } else if (is_record_map(value)) {
      std::vector<std::string> keys;
      std::vector<const json*> records;
      for (const auto& [k, item] : value.items()) {
        keys.push_back(k);
        records.push_back(&item);
      }
      detail.push_back(records_table(id_prefix + key, key, keys, records, words));
    } else {
      std::vector<std::pair<std::string, const json*>> flat;
      flatten(value, key, flat);
      for (const auto& [field, v] : flat) {
        // Nothing to show ({} of no blank skipped), or not for the report.
        if (v->is_null() || (v->is_structured() && v->empty()) || words.hidden(field)) continue;
        if (v->is_array() && !all_scalars(*v)) continue;    // nested lists of records: in the JSON result only
        summary.rows.push_back({text_cell(words.heading(field)), field_cell(field, *v, words)});
      }
    }
  }
  if (!summary.rows.empty()) tables.push_back(std::move(summary));
  for (auto& t : detail) tables.push_back(std::move(t));
  return tables;
}

}  // namespace kinerja::report
