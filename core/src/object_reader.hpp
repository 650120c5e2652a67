// Reads one JSON object of a config field by field, records every problem
// with its JSON pointer, and at the end reports keys nobody asked for, with
// a suggestion when one looks like a typo of a known key.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <kinerja/sdk/json_path.hpp>

#include "diagnostics.hpp"

namespace kinerja {

using json = nlohmann::json;

// JSON pointers and type names: the SDK's (kinerja/sdk/json_path.hpp).
using sdk::child_pointer;
using sdk::describe_type;

class ObjectReader {
 public:
  // Reports (once) when `value` is not an object; the getters then return
  // nothing.
  ObjectReader(const json& value, std::string pointer, Diagnostics& diagnostics);

  bool is_object() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string pointer_of(const std::string& key) const { return child_pointer(pointer_, key); }
  Diagnostics& diagnostics() { return diagnostics_; }

  // Marks `key` as known; returns the value if present (null counts as
  // present only for `raw`).
  const json* raw(const std::string& key);
  bool has(const std::string& key);

  std::optional<std::string> string(const std::string& key, bool required, bool allow_empty = false);
  std::optional<double> number(const std::string& key, bool required);
  std::optional<long long> integer(const std::string& key, bool required);
  // An object or array value; reports a wrong type.
  const json* object(const std::string& key, bool required);
  const json* array(const std::string& key, bool required);

  // Reports every key never asked for. Call once, last.
  void finish();

  void error(const std::string& key, const std::string& message);

 private:
  const json* present(const std::string& key, bool required, const char* expected);

  const json* object_;
  std::string pointer_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

}  // namespace kinerja
