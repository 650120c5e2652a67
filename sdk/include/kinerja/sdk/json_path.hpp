// JSON pointers (RFC 6901) and type names for messages about a JSON
// document: "/sasaran/0/indicators/2/params/articles: expected a string,
// found a number". Shared by the host and the plugins.
#pragma once

#include <cstddef>
#include <string>

#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

// "/a/b" + "c" -> "/a/b/c", with '~' and '/' in the key escaped.
inline std::string child_pointer(const std::string& parent, const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return parent + "/" + escaped;
}
inline std::string child_pointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

// "a string", "a number", "an object", ... for messages.
inline std::string describe_type(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "a value";
  }
}

}  // namespace kinerja::sdk
