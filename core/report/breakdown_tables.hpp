// A plugin's breakdown (any JSON object) as tables a planner can read:
// its scalar fields as one two-column table, each list of records and each
// map of records as a table of its own. Works for any plugin, including
// those of other units, because it reads only the JSON's shape.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "plugin_locale.hpp"
#include "report_model.hpp"

namespace kinerja::report {

using json = nlohmann::json;

// The words for one plugin's breakdown: a unit's own "field.KEY" labels
// (its templates folder) first, then the plugin's locale, then the
// parent's heading and the last part ("NRR U1"), else the key itself.
class FieldWords {
 public:
  // `unlabelled`, when given, collects the keys shown as they are.
  FieldWords(const Labels& labels, const PluginLocale* locale, std::vector<std::string>* unlabelled = nullptr)
      : labels_(labels), locale_(locale), unlabelled_(unlabelled) {}

  std::string heading(const std::string& key) const;
  bool hidden(const std::string& key) const;
  const std::string* value(const std::string& key, const std::string& raw) const;
  std::string host(const std::string& key) const;  // the report's own words ("breakdown.summary")
  Language language() const { return labels_.language(); }

 private:
  std::optional<std::string> own_heading(const std::string& key) const;
  std::optional<std::string> labelled_heading(const std::string& key) const;

  const Labels& labels_;
  const PluginLocale* locale_;
  std::vector<std::string>* unlabelled_;
};

// `id_prefix` makes table ids unique in the report ("IKK1-").
std::vector<Table> breakdown_tables(const json& breakdown, const std::string& id_prefix, const FieldWords& words);

// A JSON value as a cell: numbers keep full precision and are shown with
// at most four decimals; lists of scalars are joined with ", ".
Cell value_cell(const json& value, Language language);

}  // namespace kinerja::report
