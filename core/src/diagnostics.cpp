#include "diagnostics.hpp"

namespace kinerja {

std::string Diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) out += file + ": ";
  if (!pointer.empty()) out += pointer + ": ";
  return out + message;
}

void Diagnostics::add(std::string pointer, std::string message) {
  items_.push_back({file_, std::move(pointer), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string Diagnostics::to_string() const {
  std::string out;
  for (const auto& d : items_) out += d.to_string() + "\n";
  return out;
}

}  // namespace kinerja
