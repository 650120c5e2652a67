#include "object_reader.hpp"

#include <algorithm>
#include <cmath>

#include <kinerja/sdk/text.hpp>

namespace kinerja {

ObjectReader::ObjectReader(const json& value, std::string pointer, Diagnostics& diagnostics)
    : object_(value.is_object() ? &value : nullptr), pointer_(std::move(pointer)), diagnostics_(diagnostics) {
  if (!object_) diagnostics_.add(pointer_.empty() ? "/" : pointer_, "expected an object, found " + describe_type(value));
}

const json* ObjectReader::raw(const std::string& key) {
  known_.push_back(key);
  if (!object_) return nullptr;
  const auto it = object_->find(key);
  return it == object_->end() ? nullptr : &*it;
}

bool ObjectReader::has(const std::string& key) { return raw(key) != nullptr; }

void ObjectReader::error(const std::string& key, const std::string& message) {
  diagnostics_.add(pointer_of(key), message);
}

const json* ObjectReader::present(const std::string& key, bool required, const char* expected) {
  const json* value = raw(key);
  if (!object_) return nullptr;
  if (value == nullptr || value->is_null()) {
    if (required) diagnostics_.add(pointer_of(key), std::string("missing: expected ") + expected);
    return nullptr;
  }
  return value;
}

std::optional<std::string> ObjectReader::string(const std::string& key, bool required, bool allow_empty) {
  const json* v = present(key, required, "a string");
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    error(key, "expected a string, found " + describe_type(*v));
    return std::nullopt;
  }
  auto s = v->get<std::string>();
  if (!allow_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
    error(key, "expected a non-empty string");
    return std::nullopt;
  }
  return s;
}

std::optional<double> ObjectReader::number(const std::string& key, bool required) {
  const json* v = present(key, required, "a number");
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    error(key, "expected a number, found " + describe_type(*v) +
                   (v->is_string() ? " (write numbers without quotes, with '.' as decimal point)" : ""));
    return std::nullopt;
  }
  return v->get<double>();
}

std::optional<long long> ObjectReader::integer(const std::string& key, bool required) {
  const json* v = present(key, required, "a whole number");
  if (!v) return std::nullopt;
  if (v->is_number_integer() || v->is_number_unsigned()) return v->get<long long>();
  if (v->is_number_float()) {
    const double d = v->get<double>();
    if (std::floor(d) == d && std::abs(d) < 1e15) return static_cast<long long>(d);
  }
  error(key, "expected a whole number, found " + describe_type(*v));
  return std::nullopt;
}

const json* ObjectReader::object(const std::string& key, bool required) {
  const json* v = present(key, required, "an object");
  if (v && !v->is_object()) {
    error(key, "expected an object, found " + describe_type(*v));
    return nullptr;
  }
  return v;
}

const json* ObjectReader::array(const std::string& key, bool required) {
  const json* v = present(key, required, "an array");
  if (v && !v->is_array()) {
    error(key, "expected an array, found " + describe_type(*v));
    return nullptr;
  }
  return v;
}

void ObjectReader::finish() {
  if (!object_) return;
  for (const auto& [key, value] : object_->items()) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::vector<std::string> known = known_;
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
    diagnostics_.add(pointer_of(key), "unknown key '" + key + "'" + sdk::text::did_you_mean(key, known));
  }
}

}  // namespace kinerja
