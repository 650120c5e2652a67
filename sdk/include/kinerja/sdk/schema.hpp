// The parameter description a plugin publishes (a small subset of JSON
// Schema, see docs/sdk.md) and the one checker of params against it, used
// by the host before it calls a plugin and by the SDK inside the plugin
// (so a plugin tested on its own is checked the same way):
//   type, properties, required, additionalProperties, items, enum,
//   minimum, maximum, default (filled in), and two formats:
//   "path"  a file the plugin reads: resolved against the config's folder,
//           checked to exist and be a regular file;
//   "table" an input table (table_spec.hpp) with the "fields" the plugin
//           reads: checked and normalised, its files resolved.
// Every problem is reported with its JSON pointer, all of them at once.
#pragma once

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <kinerja/sdk/json_path.hpp>
#include <kinerja/sdk/table_spec.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk::schema {

struct Checked {
  json params;                                // defaults filled, paths absolute, tables normalised
  std::vector<std::filesystem::path> files;  // every file a path or table parameter names
};

namespace detail {

inline bool has_type(const json& value, const std::string& type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "number") return value.is_number();
  if (type == "integer") {
    return value.is_number_integer() || value.is_number_unsigned() ||
           (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>());
  }
  if (type == "null") return value.is_null();
  return false;
}

inline std::string with_article(const std::string& type) {
  return (type == "object" || type == "array" || type == "integer") ? "an " + type : "a " + type;
}

class Checker {
 public:
  Checker(const std::filesystem::path& base_dir, std::vector<Problem>& problems) : base_dir_(base_dir), problems_(problems) {}

  json check(const json& schema, const json& value, const std::string& pointer) {
    const std::string format = schema.value("format", std::string());
    if (format == "table") return check_table(schema, value, pointer);
    if (schema.contains("type") && schema["type"].is_string()) {
      const std::string type = schema["type"];
      if (!has_type(value, type)) {
        problem(pointer, "expected " + with_article(type) + ", found " + describe_type(value));
        return value;
      }
    }
    if (schema.contains("enum") && schema["enum"].is_array()) {
      const auto& choices = schema["enum"];
      if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
        std::vector<std::string> names;
        for (const auto& c : choices) names.push_back(c.is_string() ? c.get<std::string>() : c.dump());
        problem(pointer, "unknown value " + value.dump() + "; expected one of " + text::join(names) +
                             (value.is_string() ? text::did_you_mean(value.get<std::string>(), names) : ""));
      }
    }
    if (value.is_number()) check_range(schema, value, pointer);
    if (value.is_object()) return check_object(schema, value, pointer);
    if (value.is_array() && schema.contains("items")) {
      json out = json::array();
      for (std::size_t i = 0; i < value.size(); ++i) out.push_back(check(schema["items"], value[i], child_pointer(pointer, i)));
      return out;
    }
    if (value.is_string() && format == "path") return resolve_path(value.get<std::string>(), pointer);
    return value;
  }

  std::vector<std::filesystem::path> files;

 private:
  void problem(const std::string& pointer, std::string message) { problems_.push_back({pointer, std::move(message)}); }

  void check_range(const json& schema, const json& value, const std::string& pointer) {
    const double number = value.get<double>();
    if (schema.contains("minimum") && number < schema["minimum"].get<double>()) {
      problem(pointer, "expected at least " + schema["minimum"].dump() + ", found " + value.dump());
    }
    if (schema.contains("maximum") && number > schema["maximum"].get<double>()) {
      problem(pointer, "expected at most " + schema["maximum"].dump() + ", found " + value.dump());
    }
  }

  json check_object(const json& schema, const json& value, const std::string& pointer) {
    const json properties = schema.value("properties", json::object());
    std::vector<std::string> known;
    for (const auto& [key, sub] : properties.items()) known.push_back(key);
    json out = json::object();
    for (const auto& [key, sub] : value.items()) {
      const std::string child = child_pointer(pointer, key);
      if (properties.contains(key)) {
        out[key] = check(properties[key], sub, child);
      } else if (schema.contains("additionalProperties") && schema["additionalProperties"].is_object()) {
        out[key] = check(schema["additionalProperties"], sub, child);
      } else if (schema.value("additionalProperties", false) == true) {
        out[key] = sub;
      } else {
        std::string hint = text::did_you_mean(key, known);
        if (hint.empty() && !known.empty()) hint = " (known: " + text::join(known) + ")";
        problem(child, "unknown parameter '" + key + "'" + hint);
      }
    }
    // A described default fills a parameter the config leaves out, so the
    // plugin sees the value the documentation promises.
    for (const auto& [key, sub] : properties.items()) {
      if (!value.contains(key) && sub.is_object() && sub.contains("default")) out[key] = sub["default"];
    }
    if (schema.contains("required") && schema["required"].is_array()) {
      for (const auto& name : schema["required"]) {
        if (name.is_string() && !value.contains(name.get<std::string>())) {
          const std::string key = name;
          const json& sub = properties.value(key, json::object());
          const std::string what = sub.contains("description") && sub["description"].is_string()
                                       ? ": " + sub["description"].get<std::string>()
                                       : "";
          problem(child_pointer(pointer, key), "missing required parameter" + what);
        }
      }
    }
    return out;
  }

  json check_table(const json& schema, const json& value, const std::string& pointer) {
    const Fields fields = Fields::from_json(schema.value("fields", json::array()));
    auto spec = TableSpec::parse(value, fields, base_dir_, pointer, problems_);
    if (!spec) return value;
    for (const auto& f : spec->files()) files.push_back(f);
    return spec->to_json();
  }

  json resolve_path(const std::string& name, const std::string& pointer) {
    if (name.empty()) {
      problem(pointer, "expected a file path, found an empty string");
      return name;
    }
    std::filesystem::path p(name);
    if (p.is_relative()) p = base_dir_ / p;
    p = p.lexically_normal();
    std::error_code ec;
    const auto status = std::filesystem::status(p, ec);
    if (!std::filesystem::exists(status)) {
      problem(pointer, "input file not found: " + p.string() + " (paths are relative to the config file)");
    } else if (std::filesystem::is_directory(status)) {
      problem(pointer, "expected a file, found a directory: " + p.string());
    } else if (!std::filesystem::is_regular_file(status)) {
      problem(pointer, p.string() + " is not a regular file (a device, pipe or socket cannot be read as input)");
    }
    files.push_back(p);
    return p.string();
  }

  std::filesystem::path base_dir_;
  std::vector<Problem>& problems_;
};

inline const std::vector<std::string>& keywords() {
  static const std::vector<std::string> k{"type",    "properties", "required", "additionalProperties", "items",
                                          "enum",    "minimum",    "maximum",  "format",               "fields",
                                          "description", "title",  "default",  "examples"};
  return k;
}

// The first problem with one node of a description, or "".
inline std::string node_problem(const json& node, const std::string& where) {
  static const std::vector<std::string> types{"object", "array", "string", "number", "integer", "boolean", "null"};
  if (!node.is_object()) return where + " is not an object";
  for (const auto& [key, unused] : node.items()) {
    if (std::find(keywords().begin(), keywords().end(), key) == keywords().end() && !(where.empty() && key == "measures")) {
      return where + "/" + key + ": keyword not supported by kinerja (supported: " + text::join(keywords()) + ")";
    }
  }
  if (node.contains("type")) {
    const json& type = node["type"];
    if (!type.is_string() || std::find(types.begin(), types.end(), type.get<std::string>()) == types.end()) {
      return where + "/type must be one of object, array, string, number, integer, boolean, null";
    }
  }
  if (node.contains("format") && node["format"] != "path" && node["format"] != "table") {
    return where + "/format: only \"path\" and \"table\" are supported";
  }
  if (node.contains("fields")) {
    if (node.value("format", json()) != "table") return where + "/fields: only a \"table\" parameter has fields";
    if (!node["fields"].is_array() || node["fields"].empty()) return where + "/fields must be a non-empty array";
    for (std::size_t i = 0; i < node["fields"].size(); ++i) {
      const json& f = node["fields"][i];
      const std::string at = where + "/fields/" + std::to_string(i);
      if (!f.is_object() || !f.contains("name") || !f["name"].is_string()) return at + " must be an object with a name";
      if (f.contains("kind") && (!f["kind"].is_string() || !parse_field_kind(f["kind"].get<std::string>()))) {
        return at + "/kind must be text, number, date, category or flag";
      }
      if (f.contains("columns") && (!f["columns"].is_array() || std::any_of(f["columns"].begin(), f["columns"].end(), [](const json& c) { return !c.is_string(); }))) {
        return at + "/columns must be an array of names";
      }
    }
  }
  if (node.value("format", json()) == "table" && !node.contains("fields")) return where + ": a \"table\" parameter needs its fields";
  for (const char* key : {"minimum", "maximum"}) {
    if (node.contains(key) && !node[key].is_number()) return where + "/" + key + " must be a number";
  }
  if (node.contains("enum") && !node["enum"].is_array()) return where + "/enum must be an array";
  if (node.contains("required")) {
    if (!node["required"].is_array()) return where + "/required must be an array of names";
    for (const auto& name : node["required"]) {
      if (!name.is_string()) return where + "/required must be an array of names";
    }
  }
  if (node.contains("properties")) {
    if (!node["properties"].is_object()) return where + "/properties must be an object";
    for (const auto& [key, sub] : node["properties"].items()) {
      if (auto p = node_problem(sub, child_pointer(where + "/properties", key)); !p.empty()) return p;
    }
  }
  if (node.contains("additionalProperties")) {
    const json& extra = node["additionalProperties"];
    if (extra.is_object()) {
      if (auto p = node_problem(extra, where + "/additionalProperties"); !p.empty()) return p;
    } else if (!extra.is_boolean()) {
      return where + "/additionalProperties must be a boolean or an object";
    }
  }
  if (node.contains("items")) {
    if (auto p = node_problem(node["items"], where + "/items"); !p.empty()) return p;
  }
  return "";
}

}  // namespace detail

// Checks `params` against `schema`; `pointer` is where the params are (in
// the config, or "/params" in a request). Relative paths resolve against
// `base_dir`. Problems are appended to `problems`.
inline Checked check(const json& schema, const json& params, const std::string& pointer,
                     const std::filesystem::path& base_dir, std::vector<Problem>& problems) {
  detail::Checker checker(base_dir, problems);
  Checked out;
  out.params = checker.check(schema, params, pointer);
  out.files = std::move(checker.files);
  return out;
}

// The first problem with a parameter description itself, or "". The host
// refuses a plugin whose description has one; check() relies on that.
inline std::string description_problem(const json& schema) {
  if (!schema.is_object()) return "the parameter description is not a JSON object";
  if (schema.value("type", json("object")) != json("object")) return "the parameter description's type must be \"object\"";
  if (const std::string p = detail::node_problem(schema, ""); !p.empty()) return "parameter description: " + p;
  if (schema.contains("measures")) {
    const json& list = schema["measures"];
    if (!list.is_array() || list.empty()) return "parameter description: /measures must be a non-empty array";
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const json& m = list[i];
      const std::string at = "parameter description: /measures/" + std::to_string(i);
      if (!m.is_object() || !m.contains("id") || !m["id"].is_string()) return at + " must be an object with an id";
      const std::string id = m["id"];
      if (id.empty() || id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
        return at + "/id must be lower-case letters, digits and '_'";
      }
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) return at + "/id: measure '" + id + "' is listed twice";
      ids.push_back(id);
      if (m.contains("unit") && !m["unit"].is_string()) return at + "/unit must be a string";
      if (m.contains("polarity") && m["polarity"] != "higher" && m["polarity"] != "lower") {
        return at + "/polarity must be \"higher\" or \"lower\"";
      }
      for (const char* key : {"label", "label_id", "description"}) {
        if (m.contains(key) && !m[key].is_string()) return at + "/" + key + " must be a string";
      }
      if (m.contains("sample_target") && !m["sample_target"].is_number()) return at + "/sample_target must be a number";
      for (const char* key : {"scale_min", "scale_max"}) {
        if (m.contains(key) && !m[key].is_number()) return at + "/" + key + " must be a number";
      }
    }
  }
  return "";
}

// The measures a description lists (none for a plugin without them).
inline std::vector<Measure> measures_of(const json& schema) {
  std::vector<Measure> out;
  if (schema.contains("measures")) {
    for (const json& m : schema["measures"]) out.push_back(Measure::from_json(m));
  }
  return out;
}

}  // namespace kinerja::sdk::schema
