// "bad_rows": a row with a wrong value stops the evaluation (error), or is
// skipped and counted (skip), the locations of the first few kept for the
// warning. One policy for every plugin that reads a log.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

enum class BadRowPolicy { error, skip };

class BadRows {
 public:
  static constexpr std::size_t shown = 5;
  explicit BadRows(BadRowPolicy policy) : policy_(policy) {}

  // `message` starts with "file:line: column 'x'". Throws InputError under
  // the error policy.
  void report(const std::string& message) {
    if (policy_ == BadRowPolicy::error) throw InputError(message);
    ++skipped_;
    if (first_.size() < shown) first_.push_back(message);
  }

  std::uint64_t skipped() const { return skipped_; }

  // "N bad row(s) skipped (bad_rows: skip): ..." or nothing.
  std::optional<std::string> warning() const {
    if (skipped_ == 0) return std::nullopt;
    std::string text = std::to_string(skipped_) + " bad row(s) skipped (bad_rows: skip)";
    text += skipped_ > first_.size() ? ", the first " + std::to_string(first_.size()) + ": " : ": ";
    for (std::size_t i = 0; i < first_.size(); ++i) text += (i == 0 ? "" : "; ") + first_[i];
    return text;
  }

 private:
  BadRowPolicy policy_;
  std::uint64_t skipped_ = 0;
  std::vector<std::string> first_;
};

}  // namespace kinerja::sdk
