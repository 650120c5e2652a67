// A plugin's words for the report: the labels of its measures and of the
// fields of its breakdown, in one language, from the plugin's own data
// (<plugin folder>/NAME/locale/<language>.json). Data, never code: the
// report reads it without loading the plugin, and a plugin without it
// still renders, with its keys.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "number_format.hpp"

namespace kinerja::report {

struct FieldLabel {
  std::string label;
  std::string unit;  // "%", "hari kerja"; empty when the label needs none
  bool hidden = false;
};

struct MeasureText {
  std::string label;
  std::string definition;
  std::string formula;
};

class PluginLocale {
 public:
  // Reads one locale file. Throws FileError naming the file and the JSON
  // path of what is not in the documented shape (docs/plugin-guide.md).
  static PluginLocale load(const std::filesystem::path& path);

  // The label of a breakdown key ("sample.required"), when the file has it.
  const FieldLabel* field(const std::string& key) const;
  // Whether the key, or a key above it ("input" for "input.sources.0"), is hidden.
  bool hidden(const std::string& key) const;
  // The words for a string value of a field ("method": "pooled" -> "gabungan").
  const std::string* value(const std::string& key, const std::string& raw) const;
  const MeasureText* measure(const std::string& id) const;

  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  std::map<std::string, FieldLabel> fields_;
  std::map<std::string, std::map<std::string, std::string>> values_;
  std::map<std::string, MeasureText> measures_;
};

// The locales of the plugins a result names, each looked up in the plugin
// folders in order (the first folder holding NAME/locale/<language>.json
// wins, as the first plugin of a name does).
class PluginLocales {
 public:
  PluginLocales() = default;
  static PluginLocales find(const std::vector<std::string>& plugins, const std::vector<std::filesystem::path>& plugin_dirs,
                            Language language);
  // The plugin's locale; nullptr when it ships none.
  const PluginLocale* of(const std::string& plugin) const;

 private:
  std::map<std::string, PluginLocale> locales_;
};

}  // namespace kinerja::report
