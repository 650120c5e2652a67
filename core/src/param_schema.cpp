#include "param_schema.hpp"

#include <algorithm>
#include <cmath>

#include "object_reader.hpp"
#include "suggest.hpp"

namespace kinerja {

namespace {

bool has_type(const json& value, const std::string& type) {
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

std::string with_article(const std::string& type) {
  return (type == "object" || type == "array" || type == "integer") ? "an " + type : "a " + type;
}

class Checker {
 public:
  Checker(const std::filesystem::path& base_dir, Diagnostics& diagnostics)
      : base_dir_(base_dir), diagnostics_(diagnostics) {}

  json check(const json& schema, const json& value, const std::string& pointer) {
    if (schema.contains("type") && schema["type"].is_string()) {
      const std::string type = schema["type"];
      if (!has_type(value, type)) {
        diagnostics_.add(pointer, "expected " + with_article(type) + ", found " + describe_type(value));
        return value;
      }
    }
    if (schema.contains("enum") && schema["enum"].is_array()) {
      const auto& choices = schema["enum"];
      if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
        std::vector<std::string> names;
        for (const auto& c : choices) names.push_back(c.is_string() ? c.get<std::string>() : c.dump());
        std::string list;
        for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
        diagnostics_.add(pointer, "unknown value " + value.dump() + "; expected one of " + list +
                                      (value.is_string() ? did_you_mean(value.get<std::string>(), names) : ""));
      }
    }
    if (value.is_number()) check_range(schema, value, pointer);
    if (value.is_object()) return check_object(schema, value, pointer);
    if (value.is_array() && schema.contains("items")) {
      json out = json::array();
      for (std::size_t i = 0; i < value.size(); ++i) out.push_back(check(schema["items"], value[i], child_pointer(pointer, i)));
      return out;
    }
    if (value.is_string() && schema.value("format", "") == "path") return resolve_path(value.get<std::string>(), pointer);
    return value;
  }

  std::vector<std::filesystem::path> files;

 private:
  void check_range(const json& schema, const json& value, const std::string& pointer) {
    const double number = value.get<double>();
    if (schema.contains("minimum") && number < schema["minimum"].get<double>()) {
      diagnostics_.add(pointer, "expected at least " + schema["minimum"].dump() + ", found " + value.dump());
    }
    if (schema.contains("maximum") && number > schema["maximum"].get<double>()) {
      diagnostics_.add(pointer, "expected at most " + schema["maximum"].dump() + ", found " + value.dump());
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
        std::string hint = did_you_mean(key, known);
        if (hint.empty() && !known.empty()) {
          hint = " (known: ";
          for (std::size_t i = 0; i < known.size(); ++i) hint += (i ? ", " : "") + known[i];
          hint += ")";
        }
        diagnostics_.add(child, "unknown parameter '" + key + "'" + hint);
      }
    }
    // A described default fills a parameter the config leaves out, so the
    // plugin sees the value the documentation promises.
    for (const auto& [key, sub] : properties.items()) {
      if (!value.contains(key) && sub.contains("default")) out[key] = sub["default"];
    }
    if (schema.contains("required") && schema["required"].is_array()) {
      for (const auto& name : schema["required"]) {
        if (name.is_string() && !value.contains(name.get<std::string>())) {
          const std::string key = name;
          const json& sub = properties.value(key, json::object());
          const std::string what = sub.contains("description") && sub["description"].is_string()
                                       ? ": " + sub["description"].get<std::string>()
                                       : "";
          diagnostics_.add(child_pointer(pointer, key), "missing required parameter" + what);
        }
      }
    }
    return out;
  }

  json resolve_path(const std::string& text, const std::string& pointer) {
    if (text.empty()) {
      diagnostics_.add(pointer, "expected a file path, found an empty string");
      return text;
    }
    std::filesystem::path p(text);
    if (p.is_relative()) p = base_dir_ / p;
    p = p.lexically_normal();
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) {
      diagnostics_.add(pointer, "input file not found: " + p.string() + " (paths are relative to the config file)");
    } else if (std::filesystem::is_directory(p, ec)) {
      diagnostics_.add(pointer, "expected a file, found a directory: " + p.string());
    }
    files.push_back(p);
    return p.string();
  }

  std::filesystem::path base_dir_;
  Diagnostics& diagnostics_;
};

}  // namespace

CheckedParams check_params(const json& schema, const json& params, const std::string& pointer,
                           const std::filesystem::path& base_dir, Diagnostics& diagnostics) {
  Checker checker(base_dir, diagnostics);
  CheckedParams out;
  out.params = checker.check(schema, params, pointer);
  out.files = std::move(checker.files);
  return out;
}

namespace {

// Checks one node of a parameter description, so that check_params can
// trust every keyword it reads. Returns "" or the first problem.
std::string node_problem(const json& node, const std::string& where) {
  static const std::vector<std::string> types{"object", "array", "string", "number", "integer", "boolean", "null"};
  static const std::vector<std::string> keywords{"type", "properties", "required", "additionalProperties", "items",
                                                 "enum", "minimum", "maximum", "format", "description", "title",
                                                 "default", "examples"};
  if (!node.is_object()) return where + " is not an object";
  for (const auto& [key, unused] : node.items()) {
    if (std::find(keywords.begin(), keywords.end(), key) == keywords.end()) {
      return where + "/" + key + ": keyword not supported by kinerja (supported: type, properties, required, "
                                 "additionalProperties, items, enum, minimum, maximum, format, description, title, "
                                 "default, examples)";
    }
  }
  if (node.contains("type")) {
    const json& type = node["type"];
    if (!type.is_string() || std::find(types.begin(), types.end(), type.get<std::string>()) == types.end()) {
      return where + "/type must be one of object, array, string, number, integer, boolean, null";
    }
  }
  if (node.contains("format") && node["format"] != "path") return where + "/format: only \"path\" is supported";
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

}  // namespace

std::string schema_problem(const json& schema) {
  if (!schema.is_object()) return "the parameter description is not a JSON object";
  if (schema.value("type", json("object")) != json("object")) return "the parameter description's type must be \"object\"";
  if (const std::string p = node_problem(schema, ""); !p.empty()) return "parameter description: " + p;
  return "";
}

}  // namespace kinerja
