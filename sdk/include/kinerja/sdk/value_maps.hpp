// Value maps: what a cell's words mean. A map sends a cell's text (matched
// by text::key: case, spaces, '-' and '_' ignored) to a value, a number
// (an IKM answer) or a category name (a sentiment label). The key "*"
// stands for any other non-blank text, "" for a blank cell. The common
// four-point answer scales of the IKM questionnaire are built in by name.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

class ValueMap {
 public:
  ValueMap() = default;

  // From a config's object {"Sangat sesuai": 4, ...} or {"positive": "positif"}.
  static ValueMap from_json(const json& j) {
    ValueMap m;
    for (const auto& [word, value] : j.items()) m.add(word, value);
    return m;
  }

  void add(std::string_view word, json value) {
    const std::string k = word == "*" ? std::string("*") : text::key(word);
    entries_[k] = std::move(value);
  }
  // The entries of `other` not given here.
  void add_defaults(const ValueMap& other) {
    for (const auto& [k, v] : other.entries_) entries_.emplace(k, v);
  }

  bool empty() const { return entries_.empty(); }
  // The value for a cell's text: its own entry, else "*" for non-blank text.
  // A questionnaire's letter before the answer ("d. Sangat sesuai",
  // "b) Sesuai") is no part of the word.
  const json* find(std::string_view cell) const {
    const std::string k = text::key(cell);
    if (auto it = entries_.find(k); it != entries_.end()) return &it->second;
    if (const std::string bare = without_answer_letter(cell); !bare.empty()) {
      if (auto it = entries_.find(bare); it != entries_.end()) return &it->second;
    }
    if (!k.empty()) {
      if (auto it = entries_.find("*"); it != entries_.end()) return &it->second;
    }
    return nullptr;
  }

  // "d. Sangat sesuai" -> "sangat_sesuai"; "" when there is no such letter.
  static std::string without_answer_letter(std::string_view cell) {
    cell = text::trim(cell);
    if (cell.size() < 4) return "";
    const char letter = text::fold(cell[0]);
    if (letter < 'a' || letter > 'e' || (cell[1] != '.' && cell[1] != ')') || cell[2] != ' ') return "";
    return text::key(cell.substr(3));
  }
  bool maps_blank() const { return entries_.count("") != 0; }
  // The words it maps, for messages: matching keys ('_' shown as a space),
  // by value, then word; "*" and "" left out.
  std::vector<std::string> words() const {
    std::vector<std::pair<json, std::string>> by_value;
    for (const auto& [k, v] : entries_) {
      if (k.empty() || k == "*") continue;
      std::string word = k;
      std::replace(word.begin(), word.end(), '_', ' ');
      by_value.emplace_back(v, std::move(word));
    }
    std::sort(by_value.begin(), by_value.end());
    std::vector<std::string> out;
    for (auto& [value, word] : by_value) out.push_back(std::move(word));
    return out;
  }

  json to_json() const {
    json j = json::object();
    for (const auto& [k, v] : entries_) j[k] = v;
    return j;
  }
  const std::map<std::string, json>& entries() const { return entries_; }

 private:
  std::map<std::string, json> entries_;
};

// The named maps. Answer scales as in the example questionnaire of
// PermenPANRB 14/2017 (Lampiran), one per kind of question; "skm" holds
// them all (their phrases do not collide), for a form whose unsur use
// different scales.
inline const std::vector<std::pair<std::string, std::vector<std::pair<const char*, int>>>>& named_scales() {
  static const std::vector<std::pair<std::string, std::vector<std::pair<const char*, int>>>> scales = {
      {"kesesuaian", {{"tidak sesuai", 1}, {"kurang sesuai", 2}, {"sesuai", 3}, {"sangat sesuai", 4}}},
      {"kemudahan", {{"tidak mudah", 1}, {"kurang mudah", 2}, {"mudah", 3}, {"sangat mudah", 4}}},
      {"kecepatan", {{"tidak cepat", 1}, {"kurang cepat", 2}, {"cepat", 3}, {"sangat cepat", 4}}},
      {"biaya", {{"sangat mahal", 1}, {"cukup mahal", 2}, {"murah", 3}, {"gratis", 4}}},
      {"kompetensi", {{"tidak kompeten", 1}, {"kurang kompeten", 2}, {"kompeten", 3}, {"sangat kompeten", 4}}},
      {"perilaku",
       {{"tidak sopan dan ramah", 1}, {"kurang sopan dan ramah", 2}, {"sopan dan ramah", 3}, {"sangat sopan dan ramah", 4}}},
      {"pengaduan",
       {{"tidak ada", 1}, {"ada tetapi tidak berfungsi", 2}, {"berfungsi kurang maksimal", 3}, {"dikelola dengan baik", 4}}},
      {"kualitas", {{"buruk", 1}, {"cukup", 2}, {"baik", 3}, {"sangat baik", 4}}},
      {"kepuasan", {{"tidak puas", 1}, {"kurang puas", 2}, {"puas", 3}, {"sangat puas", 4}}},
      {"huruf", {{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}},
  };
  return scales;
}

inline std::vector<std::string> named_map_names() {
  std::vector<std::string> names;
  for (const auto& [name, entries] : named_scales()) names.push_back(name);
  names.emplace_back("skm");
  return names;
}

// The map called `name`, or nothing.
inline std::optional<ValueMap> named_map(std::string_view name) {
  const std::string k = text::key(name);
  ValueMap map;
  bool found = false;
  for (const auto& [scale, entries] : named_scales()) {
    if (k != scale && !(k == "skm" && scale != "huruf")) continue;
    found = true;
    for (const auto& [word, value] : entries) map.add(word, value);
  }
  if (!found) return std::nullopt;
  return map;
}

}  // namespace kinerja::sdk
