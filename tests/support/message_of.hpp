// The message of the exception `f` throws, or "" when it throws none: for
// tests that state a refusal's exact words.
#pragma once

#include <exception>
#include <functional>
#include <string>

namespace kinerja::testing {

inline std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace kinerja::testing
