#include "golden.hpp"

#include <algorithm>
#include <cmath>

namespace kinerja {

std::vector<std::string> subset_mismatches(const json& expected, const json& actual, double tolerance,
                                           const std::string& pointer) {
  const std::string where = pointer.empty() ? "/" : pointer;
  if (expected.is_object()) {
    if (!actual.is_object()) return {where + ": expected an object, found " + actual.dump()};
    std::vector<std::string> out;
    for (const auto& [key, value] : expected.items()) {
      if (!actual.contains(key)) {
        out.push_back(pointer + "/" + key + ": missing");
        continue;
      }
      const auto inner = subset_mismatches(value, actual[key], tolerance, pointer + "/" + key);
      out.insert(out.end(), inner.begin(), inner.end());
    }
    return out;
  }
  if (expected.is_array()) {
    if (!actual.is_array()) return {where + ": expected an array, found " + actual.dump()};
    if (expected.size() != actual.size()) {
      return {where + ": expected " + std::to_string(expected.size()) + " elements, found " +
              std::to_string(actual.size())};
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const auto inner = subset_mismatches(expected[i], actual[i], tolerance, pointer + "/" + std::to_string(i));
      out.insert(out.end(), inner.begin(), inner.end());
    }
    return out;
  }
  if (expected.is_number() && actual.is_number()) {
    const double e = expected.get<double>(), a = actual.get<double>();
    if (std::abs(e - a) <= tolerance * std::max(1.0, std::abs(e))) return {};
    return {where + ": expected " + expected.dump() + ", found " + actual.dump()};
  }
  if (expected != actual) return {where + ": expected " + expected.dump() + ", found " + actual.dump()};
  return {};
}

std::vector<std::filesystem::path> find_golden_cases(const std::vector<std::filesystem::path>& paths) {
  namespace fs = std::filesystem;
  std::vector<fs::path> cases;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::exists(path / "expected.json", ec)) {
      cases.push_back(path);
      continue;
    }
    if (!fs::is_directory(path, ec)) continue;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.is_directory(ec) && fs::exists(entry.path() / "expected.json", ec)) cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::vector<std::string> check_golden_case(const json& expected, const GoldenRun& run) {
  std::vector<std::string> failures;
  const int wanted = expected.value("exit_code", 0);
  if (run.exit_code != wanted) {
    failures.push_back("exit code " + std::to_string(run.exit_code) + ", expected " + std::to_string(wanted));
  }
  for (const auto& part : expected.value("stderr", json::array())) {
    const std::string text = part.is_string() ? part.get<std::string>() : part.dump();
    if (run.err.find(text) == std::string::npos) failures.push_back("messages lack: " + text);
  }
  if (expected.contains("result")) {
    json actual;
    try {
      actual = json::parse(run.out);
    } catch (const json::exception&) {
      failures.push_back("no result JSON on stdout");
      return failures;
    }
    const auto mismatches = subset_mismatches(expected["result"], actual, expected.value("tolerance", 1e-9));
    failures.insert(failures.end(), mismatches.begin(), mismatches.end());
  }
  return failures;
}

}  // namespace kinerja
