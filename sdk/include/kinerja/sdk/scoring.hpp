// Scores made of parts and graded by bands, with the rules kept as data.
// SAKIP (components and predikat), IPP (weighted aspects and categories)
// and the Ombudsman assessment (dimensions, opini and zones) are one kind
// of plugin: a data file beside the plugin holds, under a key (a
// regulation, a method), the parts a score is made of, each with its
// maximum or its weight, and a band table; the config gives the scores,
// and the plugin checks them against the parts, adds them up, grades the
// total and compares the figures a report printed. This header is that
// common part, so that each plugin keeps only what is its own:
//
//   RulesFile         the bundled data file or a unit's own copy, its
//                     entries by key; an unknown key lists the keys there
//                     are (unknown_key)
//   declare_rules     the key parameter and "data", described once
//   rules_or_problem  the rules for validate: a failure becomes a problem
//                     under the parameter to blame
//   Parts             parts with maxima (points) or weights (percent):
//                     read and checked (they sum to 100), scores checked
//                     against them, the total, the breakdown
//   Grading           a band table with its "verified" flag; a score is
//                     graded rounded to 9 decimals, so binary noise in a
//                     sum never moves it across a bound
//   published figures the "published" parameter's schema, its names checked
//                     against the table and the units, disagreements as
//                     warnings showing both values
//   check_unit_names  a list of units, none named twice
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <kinerja/sdk/bands.hpp>
#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/json_path.hpp>
#include <kinerja/sdk/params.hpp>
#include <kinerja/sdk/plugin_data.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk::scoring {

// Scores by the key of their part: {"perencanaan": 24.35, ...}.
using Scores = std::map<std::string, double>;

// Sums of decimal scores carry binary noise (27.1 + 25.44 + 13.81 + 13.65
// is 80.00000000000001): grades and thresholds compare the value rounded to
// 9 decimals, far below any published precision.
inline double comparable(double value) { return std::round(value * 1e9) / 1e9; }

namespace detail {
inline std::string text_member(const json& object, const std::string& name, const std::string& where) {
  if (!object.contains(name)) return {};
  if (!object[name].is_string()) throw InputError(where + "/" + name + ": expected a text");
  return object[name].get<std::string>();
}
}  // namespace detail

// ---- the data file ----------------------------------------------------------

// The rules under one key of the data file.
struct Entry {
  std::string key;
  json value;         // an object
  std::string where;  // "predikat.json: /regulations/KEY", for messages

  std::string place(const std::string& member) const { return where + "/" + member; }
  // A member the rules cannot do without.
  const json& at(const std::string& member) const {
    if (!value.contains(member)) throw InputError(place(member) + ": missing");
    return value[member];
  }
  // A text member, "" when absent.
  std::string text(const std::string& member) const { return detail::text_member(value, member, where); }
};

// "unknown regulation 'X' in FILE; it has: A, B": `shown` lists the keys
// as the message shows them ("a (2022 to 2024)"), by default as they are.
inline ConfigError unknown_key(const std::string& what, const std::string& key, const std::string& file,
                               const std::vector<std::string>& keys, std::vector<std::string> shown = {}) {
  if (shown.empty()) shown = keys;
  return ConfigError("unknown " + what + " '" + text::excerpt(key) + "' in " + file + text::did_you_mean(key, keys) +
                     "; it has: " + (shown.empty() ? std::string("none") : text::join(shown)));
}

class RulesFile {
 public:
  RulesFile(json document, std::string file) : document_(std::move(document)), file_(std::move(file)) {}

  // A unit's own copy when `own` is given, else `bundled` in the plugin's
  // data folder. A missing or malformed file is an InputError naming it.
  static RulesFile open(const std::string& plugin, const std::string& bundled,
                        const std::optional<std::filesystem::path>& own) {
    const std::filesystem::path path = own ? *own : plugin_data_dir(plugin) / bundled;
    return RulesFile(read_json_data(path), path.string());
  }

  const std::string& file() const { return file_; }
  // A text at the top of the file (e.g. its "note"), "" when absent.
  std::string text(const std::string& member) const { return detail::text_member(document_, member, file_ + ": "); }

  // The keys of the object `collection` ("regulations"), in file order.
  std::vector<std::string> keys(const std::string& collection) const {
    std::vector<std::string> out;
    for (const auto& [key, value] : object(collection).items()) out.push_back(key);
    return out;
  }
  // Every entry of `collection`, in file order.
  std::vector<Entry> entries(const std::string& collection) const {
    std::vector<Entry> out;
    for (const auto& [key, value] : object(collection).items()) out.push_back(make(collection, key, value));
    return out;
  }
  // The entry `key` of `collection`; an unknown key is a ConfigError that
  // names `what` ("regulation") and lists the keys there are.
  Entry entry(const std::string& collection, const std::string& what, const std::string& key) const {
    const json& all = object(collection);
    if (!all.contains(key)) throw unknown_key(what, key, file_, keys(collection));
    return make(collection, key, all[key]);
  }

 private:
  const json& object(const std::string& collection) const {
    if (!document_.is_object() || !document_.contains(collection) || !document_[collection].is_object()) {
      throw InputError(file_ + ": expected an object with \"" + collection + "\"");
    }
    return document_[collection];
  }
  Entry make(const std::string& collection, const std::string& key, const json& value) const {
    Entry e{key, value, file_ + ": " + child_pointer("/" + collection, key)};
    if (!value.is_object()) throw InputError(e.where + ": expected an object");
    return e;
  }

  json document_;
  std::string file_;
};

// The parameter naming the rules' key (`key_name`, e.g. "regulation", its
// default the member's initial value) and "data", a unit's own copy of the
// bundled file `bundled`.
template <class S, class Key>
void declare_rules(Parameters<S>& p, std::string key_name, Key S::*key, std::string key_description,
                   std::optional<std::filesystem::path> S::*data, const std::string& bundled) {
  p.text(std::move(key_name), key, std::move(key_description));
  p.file("data", data,
         "A unit's own copy of " + bundled + " (e.g. with a corrected bound), relative to the config; default: the one "
         "bundled with the plugin.");
}

// The rules `load()` reads, for validate: an unknown key (a ConfigError)
// becomes a problem at `key_pointer`, a bad data file (an InputError) one at
// "/params/data" when it is the unit's own copy, "/params" otherwise; and
// nothing is returned.
template <class Load>
auto rules_or_problem(Load&& load, const std::string& key_pointer, bool own_file, std::vector<Problem>& problems)
    -> std::optional<std::decay_t<decltype(load())>> {
  try {
    return load();
  } catch (const ConfigError& e) {
    problems.push_back({key_pointer, e.what()});
  } catch (const InputError& e) {
    problems.push_back({own_file ? "/params/data" : "/params", e.what()});
  }
  return std::nullopt;
}

// A ConfigError naming every problem, if there is one: how logic called
// without validate (a unit test, another host) refuses what validate would.
inline void refuse_any(const std::vector<Problem>& problems) {
  if (problems.empty()) return;
  std::vector<std::string> messages;
  for (const Problem& p : problems) messages.push_back(p.message);
  throw ConfigError(text::join(messages, "; "));
}

// The note: where the figures come from, then what the plugin found.
inline std::string with_evidence(const std::string& evidence, const std::string& note) {
  if (evidence.empty()) return note;
  return note.empty() ? evidence : evidence + "; " + note;
}

// ---- parts ------------------------------------------------------------------

struct Part {
  std::string key;    // as the config names it: "perencanaan"
  std::string label;  // as the regulation does: "Perencanaan Kinerja"
  double min = 0;     // the range of its score
  double max = 0;
  double weight = 0;  // percent of the total, for weighted parts
};

// The parts a score is made of. Messages call a part `noun` ("component")
// and name the rules it is scored under ("PermenPANRB-88-2021").
class Parts {
 public:
  Parts() = default;
  // No parts: the rules score totals only.
  Parts(std::string noun, std::string rules) : noun_(std::move(noun)), rules_(std::move(rules)) {}

  // Parts scored in points from 0 to their "max", [{"key", "label", "max"}];
  // the total is their sum, out of 100, so the maxima must sum to 100.
  static Parts points(const json& list, const std::string& where, std::string noun, std::string rules) {
    Parts parts(std::move(noun), std::move(rules));
    parts.read(list, where, "max");
    return parts;
  }
  // Parts each scored from `min` to `max` and weighted in percent,
  // [{"key", "label", "weight"}]; the total is the weighted sum, so the
  // weights must sum to 100.
  static Parts weighted(const json& list, const std::string& where, double min, double max, std::string noun,
                        std::string rules) {
    Parts parts(std::move(noun), std::move(rules));
    parts.weighted_ = true;
    parts.read(list, where, "weight");
    for (Part& p : parts.parts_) {
      p.min = min;
      p.max = max;
    }
    return parts;
  }

  const std::vector<Part>& list() const { return parts_; }
  bool empty() const { return parts_.empty(); }
  const Part* find(const std::string& key) const {
    for (const Part& p : parts_) {
      if (p.key == key) return &p;
    }
    return nullptr;
  }
  std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const Part& p : parts_) out.push_back(p.key);
    return out;
  }

  // Every part missing or out of its range in `scores`, and every score of
  // no part, under `pointer` (the scores' object); `who` starts each message
  // ("unit 'Biro Umum': ").
  void check(const Scores& scores, const std::string& pointer, const std::string& who,
             std::vector<Problem>& problems) const {
    if (parts_.empty()) {
      problems.push_back({pointer, who + rules_ + " scores totals only, not by " + noun_ + ": give the total"});
      return;
    }
    for (const Part& p : parts_) {
      const std::string name = who + noun_ + " " + p.key + " (" + p.label + ")";
      const auto found = scores.find(p.key);
      if (found == scores.end()) {
        problems.push_back({pointer, name + " is missing: " + rules_ + " scores it from " + number_text(p.min) + " to " +
                                         number_text(p.max)});
      } else if (found->second < p.min || found->second > p.max) {
        const bool below = found->second < p.min;
        problems.push_back({child_pointer(pointer, p.key), name + ": " + number_text(found->second) + " is " +
                                                               (below ? "below its minimum " : "above its maximum ") +
                                                               number_text(below ? p.min : p.max) + " (" + rules_ + ")"});
      }
    }
    for (const auto& [key, score] : scores) {
      if (find(key) != nullptr) continue;
      const std::string hint = text::did_you_mean(key, keys());
      problems.push_back({child_pointer(pointer, key), who + noun_ + " '" + text::excerpt(key) + "' is not scored under " +
                                                           rules_ +
                                                           (hint.empty() ? "; it scores " + text::alternatives(keys(), " and ") : hint)});
    }
  }

  // The sum of the points, or of score x weight / 100. Scores check()
  // objects to are a ConfigError naming every problem, never a total.
  double total(const Scores& scores) const {
    std::vector<Problem> problems;
    check(scores, "", "", problems);
    refuse_any(problems);
    double sum = 0;
    for (const Part& p : parts_) sum += weighted_ ? scores.at(p.key) * p.weight : scores.at(p.key);
    return weighted_ ? sum / 100 : sum;
  }

  // [{"key", "label", "score", "max" or "weight"}], in the data file's order.
  json breakdown(const Scores& scores) const {
    json out = json::array();
    for (const Part& p : parts_) {
      json entry{{"key", p.key}, {"label", p.label}, {"score", scores.at(p.key)}};
      if (weighted_) entry["weight"] = p.weight;
      else entry["max"] = p.max;
      out.push_back(entry);
    }
    return out;
  }

  // The part with the lowest score, the first on a tie; nothing without parts.
  const Part* lowest(const Scores& scores) const {
    const Part* low = nullptr;
    for (const Part& p : parts_) {
      if (low == nullptr || scores.at(p.key) < scores.at(low->key)) low = &p;
    }
    return low;
  }

 private:
  void read(const json& list, const std::string& where, const std::string& amount) {
    if (!list.is_array() || list.empty()) throw InputError(where + ": expected a non-empty array");
    double sum = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string here = child_pointer(where, i);
      const json& item = list[i];
      if (!item.is_object() || !item.contains("key") || !item["key"].is_string() || !item.contains(amount) ||
          !item[amount].is_number()) {
        throw InputError(here + ": expected an object with \"key\" and a numeric \"" + amount + "\"");
      }
      Part part;
      part.key = item["key"].get<std::string>();
      part.label = detail::text_member(item, "label", here);
      if (part.label.empty()) part.label = part.key;
      if (find(part.key) != nullptr) throw InputError(here + "/key: '" + part.key + "' is listed twice");
      const double value = item[amount].get<double>();
      if (weighted_) {
        if (!(value >= 0)) throw InputError(here + "/weight: expected a weight of 0 or more");
        part.weight = value;
      } else {
        if (!(value > 0)) throw InputError(here + "/max: expected a positive maximum");
        part.max = value;
      }
      sum += value;
      parts_.push_back(std::move(part));
    }
    // A total out of 100: maxima or weights that do not add up are mistyped.
    if (std::abs(sum - 100) > 1e-6) {
      // Shown to 6 decimals: "99.99", not "99.98999999999998".
      throw InputError(where + ": " + (weighted_ ? "weights" : "maxima") + " sum to " +
                       number_text(std::round(sum * 1e6) / 1e6) + ", expected 100");
    }
  }

  std::vector<Part> parts_;
  std::string noun_ = "part";
  std::string rules_;
  bool weighted_ = false;
};

// ---- grading ----------------------------------------------------------------

// A band table (bands.hpp) as a plugin's rules use it.
class Grading {
 public:
  // The table at `where`; "verified": false (bounds not checked against a
  // primary text) is kept for the result. Every band must carry each of
  // `band_texts` as a text (e.g. "zone").
  static Grading from_json(const json& table, const std::string& where, const std::vector<std::string>& band_texts = {}) {
    Grading g;
    g.table_ = BandTable::from_json(table, where);
    if (table.contains("verified")) {
      if (!table["verified"].is_boolean()) throw InputError(where + "/verified: expected true or false");
      g.verified_ = table["verified"].get<bool>();
    }
    const auto& bands = g.table_.bands();
    for (std::size_t i = 0; i < bands.size(); ++i) {
      for (const std::string& field : band_texts) {
        if (!bands[i].extra.contains(field) || !bands[i].extra[field].is_string()) {
          throw InputError(where + "/bands/" + std::to_string(i) + ": expected a \"" + field + "\" (text)");
        }
      }
    }
    return g;
  }

  // The band `score` falls in (compared rounded to 9 decimals), or nothing.
  const Band* find(double score) const { return table_.find(comparable(score)); }

  // A band's "grade", "label", or a text of its extra ("zone"); "" when it has none.
  static std::string text_of(const Band& band, const std::string& field) {
    if (field == "grade") return band.grade;
    if (field == "label") return band.label;
    return band.extra.contains(field) && band.extra[field].is_string() ? band.extra[field].get<std::string>() : "";
  }
  // The names a report may print for `field`, each once, in table order.
  std::vector<std::string> names(const std::string& field) const {
    std::vector<std::string> out;
    for (const Band& band : table_.bands()) {
      const std::string name = text_of(band, field);
      if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
  }

  bool verified() const { return verified_; }
  const BandTable& table() const { return table_; }

 private:
  BandTable table_;
  bool verified_ = true;
};

// ---- published figures ------------------------------------------------------

// A figure a report prints, which a config may give under "published" to be
// compared with the computed one: a number, or a name from the band table.
struct Figure {
  std::string name;  // "index", "category"
  bool number = true;
  std::string description;
  std::optional<double> minimum, maximum;

  static Figure value(std::string name, std::string description, std::optional<double> minimum = std::nullopt,
                      std::optional<double> maximum = std::nullopt) {
    return {std::move(name), true, std::move(description), minimum, maximum};
  }
  static Figure grade(std::string name, std::string description) {
    return {std::move(name), false, std::move(description), std::nullopt, std::nullopt};
  }
  json schema() const {
    json s{{"type", number ? "number" : "string"}, {"description", description}};
    if (minimum) s["minimum"] = *minimum;
    if (maximum) s["maximum"] = *maximum;
    return s;
  }
};

// The schema of "published": `figures`, and with `unit_figures` a "units"
// object holding them by unit name.
inline json published_schema(const std::vector<Figure>& figures, const std::vector<Figure>& unit_figures = {}) {
  json properties = json::object();
  for (const Figure& f : figures) properties[f.name] = f.schema();
  if (!unit_figures.empty()) {
    json unit{{"type", "object"}, {"properties", json::object()}};
    std::vector<std::string> names;
    for (const Figure& f : unit_figures) {
      unit["properties"][f.name] = f.schema();
      names.push_back(f.name);
    }
    properties["units"] = {{"type", "object"},
                           {"description", "By unit name, each with its printed " + text::alternatives(names, " and ") + "."},
                           {"additionalProperties", unit}};
  }
  return {{"type", "object"}, {"properties", properties}};
}

// The names the rules know, by figure: {"category": {"A", "A-", ...}}.
using KnownNames = std::map<std::string, std::vector<std::string>>;

// Names are matched ignoring case and surrounding spaces ("Hijau" is hijau),
// never other punctuation ("A-" is not "A").
inline bool same_name(const std::string& a, const std::string& b) { return text::equal_folded(text::trim(a), text::trim(b)); }

// "unknown category 'BB'; PermenPANRB-29-2022 has A, A-, B", or nothing when
// `name` is known (or `figure` is not a name).
inline std::optional<std::string> unknown_name(const std::string& figure, const std::string& name, const KnownNames& known,
                                               const std::string& rules) {
  const auto names = known.find(figure);
  if (names == known.end()) return std::nullopt;
  for (const std::string& n : names->second) {
    if (same_name(n, name)) return std::nullopt;
  }
  return "unknown " + figure + " '" + text::excerpt(name) + "'; " + rules + " has " +
         (names->second.empty() ? std::string("none") : text::join(names->second));
}

// Problems with a "published" object at `pointer`: a name the rules do not
// know, and figures of a unit that is not among `unit_names`.
inline void check_published(const json& published, const std::string& pointer, const KnownNames& known,
                            const std::string& rules, const std::vector<std::string>& unit_names,
                            std::vector<Problem>& problems) {
  if (!published.is_object()) return;
  const auto check_names = [&](const json& figures, const std::string& at) {
    for (const auto& [figure, value] : figures.items()) {
      if (!value.is_string()) continue;
      if (auto message = unknown_name(figure, value.get<std::string>(), known, rules)) {
        problems.push_back({child_pointer(at, figure), *message});
      }
    }
  };
  check_names(published, pointer);
  if (!published.contains("units")) return;
  for (const auto& [name, figures] : published["units"].items()) {
    const std::string at = child_pointer(child_pointer(pointer, "units"), name);
    check_names(figures, at);
    // A typo would otherwise skip the comparison without a word.
    if (std::find(unit_names.begin(), unit_names.end(), name) == unit_names.end()) {
      problems.push_back({at, "no unit named '" + text::excerpt(name) + "' in units" + text::did_you_mean(name, unit_names)});
    }
  }
}

// What a plugin computed, under the figures' names, in the order warnings
// list them; `score` is shown beside a name ("computed BB (80)").
struct Computed {
  double score = 0;
  std::vector<std::pair<std::string, double>> numbers;
  std::vector<std::pair<std::string, std::string>> names;
};

// "predikat: published A, computed BB (80)", or nothing when they agree.
inline std::optional<std::string> name_disagreement(const std::string& what, const std::string& published,
                                                    const std::string& computed, double score) {
  if (same_name(published, computed)) return std::nullopt;
  return what + ": published " + text::excerpt(published) + ", computed " + computed + " (" + number_text(score) + ")";
}

// A warning for each figure of `figures` (one level) that disagrees with the
// computed one; `of` follows each figure's name (" of unit 'STIS'").
inline std::vector<std::string> disagreements(const json& figures, const Computed& computed, const std::string& of = "") {
  std::vector<std::string> warnings;
  if (!figures.is_object()) return warnings;
  for (const auto& [name, value] : computed.numbers) {
    if (!figures.contains(name) || !figures[name].is_number()) continue;
    if (auto w = compare_published(name + of, value, figures[name].get<double>())) warnings.push_back(*w);
  }
  for (const auto& [name, value] : computed.names) {
    if (!figures.contains(name) || !figures[name].is_string()) continue;
    if (auto w = name_disagreement(name + of, figures[name].get<std::string>(), value, computed.score)) {
      warnings.push_back(*w);
    }
  }
  return warnings;
}

// The whole "published" object: its own figures, then each unit's (by name
// under "units") against `units`.
inline std::vector<std::string> published_disagreements(const json& published, const Computed& overall,
                                                        const std::vector<std::pair<std::string, Computed>>& units = {}) {
  std::vector<std::string> warnings = disagreements(published, overall);
  if (!published.is_object() || !published.contains("units")) return warnings;
  for (const auto& [name, computed] : units) {
    if (!published["units"].contains(name)) continue;
    for (auto& w : disagreements(published["units"][name], computed, " of unit '" + name + "'")) warnings.push_back(std::move(w));
  }
  return warnings;
}

// ---- units ------------------------------------------------------------------

// A list of units (at `pointer`) needs one unit at least, and each name
// once; `what` says which units ("the evaluated units (ULE)").
inline void check_unit_names(const std::vector<std::string>& names, const std::string& pointer, const std::string& what,
                             std::vector<Problem>& problems) {
  if (names.empty()) problems.push_back({pointer, "no units given: list " + what});
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto first = std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(i), names[i]);
    if (first == names.begin() + static_cast<std::ptrdiff_t>(i)) continue;
    const auto j = static_cast<std::size_t>(first - names.begin());
    problems.push_back({child_pointer(child_pointer(pointer, i), "name"), "unit '" + text::excerpt(names[i]) +
                                                                           "' is given twice (units " + std::to_string(j + 1) +
                                                                           " and " + std::to_string(i + 1) + ")"});
  }
}

}  // namespace kinerja::sdk::scoring
