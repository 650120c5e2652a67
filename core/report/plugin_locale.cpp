#include "plugin_locale.hpp"

#include <algorithm>
#include <system_error>

#include "diagnostics.hpp"
#include "json_file.hpp"

namespace kinerja::report {

namespace fs = std::filesystem;

namespace {

// "/fields/sample.required" for messages: a key holding '/' or '~' escaped
// as a JSON pointer escapes them.
std::string pointer(const std::string& parent, const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return parent + "/" + escaped;
}

[[noreturn]] void refuse(const fs::path& file, const std::string& at, const std::string& expected) {
  throw FileError(file.string() + ": " + at + ": " + expected);
}

std::string string_member(const json& object, const char* key, const fs::path& file, const std::string& at) {
  if (!object.contains(key)) return "";
  if (!object[key].is_string()) refuse(file, at + "/" + key, "expected a string");
  return object[key].get<std::string>();
}

void refuse_unknown_keys(const json& object, const std::vector<std::string>& known, const fs::path& file,
                         const std::string& at) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      refuse(file, pointer(at, key), "unknown key (expected " + list + ")");
    }
  }
}

FieldLabel read_field(const json& value, const fs::path& file, const std::string& at) {
  FieldLabel label;
  if (value.is_string()) {
    label.label = value.get<std::string>();
    return label;
  }
  if (!value.is_object()) refuse(file, at, "expected a heading (a string) or {\"label\", \"unit\"} or {\"hidden\": true}");
  refuse_unknown_keys(value, {"label", "unit", "hidden"}, file, at);
  label.label = string_member(value, "label", file, at);
  label.unit = string_member(value, "unit", file, at);
  if (value.contains("hidden")) {
    if (!value["hidden"].is_boolean()) refuse(file, at + "/hidden", "expected true or false");
    label.hidden = value["hidden"].get<bool>();
  }
  if (!label.hidden && label.label.empty()) refuse(file, at, "expected a \"label\" (or \"hidden\": true)");
  return label;
}

}  // namespace

PluginLocale PluginLocale::load(const fs::path& path) {
  const json document = read_json_file(path);
  PluginLocale locale;
  locale.file_ = path;
  if (!document.is_object()) refuse(path, "(top)", "expected an object with \"measures\", \"fields\" and \"values\"");
  refuse_unknown_keys(document, {"measures", "fields", "values"}, path, "");
  if (document.contains("fields")) {
    const json& fields = document["fields"];
    if (!fields.is_object()) refuse(path, "/fields", "expected an object: breakdown key -> heading");
    for (const auto& [key, value] : fields.items()) locale.fields_[key] = read_field(value, path, pointer("/fields", key));
  }
  if (document.contains("values")) {
    const json& values = document["values"];
    if (!values.is_object()) refuse(path, "/values", "expected an object: breakdown key -> {value: words}");
    for (const auto& [key, words] : values.items()) {
      const std::string at = pointer("/values", key);
      if (!words.is_object()) refuse(path, at, "expected an object: value -> words");
      for (const auto& [raw, shown] : words.items()) {
        if (!shown.is_string()) refuse(path, pointer(at, raw), "expected the words as a string");
        locale.values_[key][raw] = shown.get<std::string>();
      }
    }
  }
  if (document.contains("measures")) {
    const json& measures = document["measures"];
    if (!measures.is_object()) refuse(path, "/measures", "expected an object: measure id -> {label, definition, formula}");
    for (const auto& [id, m] : measures.items()) {
      const std::string at = pointer("/measures", id);
      if (!m.is_object()) refuse(path, at, "expected {\"label\", \"definition\", \"formula\"}");
      refuse_unknown_keys(m, {"label", "definition", "formula"}, path, at);
      locale.measures_[id] = {string_member(m, "label", path, at), string_member(m, "definition", path, at),
                              string_member(m, "formula", path, at)};
    }
  }
  return locale;
}

const FieldLabel* PluginLocale::field(const std::string& key) const {
  const auto it = fields_.find(key);
  return it == fields_.end() ? nullptr : &it->second;
}

bool PluginLocale::hidden(const std::string& key) const {
  for (std::string k = key;;) {
    if (const FieldLabel* f = field(k); f && f->hidden) return true;
    const auto dot = k.rfind('.');
    if (dot == std::string::npos) return false;
    k.resize(dot);
  }
}

const std::string* PluginLocale::value(const std::string& key, const std::string& raw) const {
  const auto words = values_.find(key);
  if (words == values_.end()) return nullptr;
  const auto it = words->second.find(raw);
  return it == words->second.end() ? nullptr : &it->second;
}

const MeasureText* PluginLocale::measure(const std::string& id) const {
  const auto it = measures_.find(id);
  return it == measures_.end() ? nullptr : &it->second;
}

PluginLocales PluginLocales::find(const std::vector<std::string>& plugins, const std::vector<fs::path>& plugin_dirs,
                                  Language language) {
  PluginLocales out;
  const std::string file = std::string(language == Language::en ? "en" : "id") + ".json";
  for (const auto& plugin : plugins) {
    if (plugin.empty() || out.locales_.count(plugin) != 0) continue;
    // A result is a file anyone can edit: a plugin name is a folder name
    // only when it is one plain name.
    if (plugin.find('/') != std::string::npos || plugin == "." || plugin == "..") continue;
    for (const auto& dir : plugin_dirs) {
      const fs::path path = dir / plugin / "locale" / file;
      std::error_code ec;
      if (!fs::is_regular_file(path, ec)) continue;
      out.locales_.emplace(plugin, PluginLocale::load(path));
      break;
    }
  }
  return out;
}

const PluginLocale* PluginLocales::of(const std::string& plugin) const {
  const auto it = locales_.find(plugin);
  return it == locales_.end() ? nullptr : &it->second;
}

}  // namespace kinerja::report
