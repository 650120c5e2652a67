// Golden test cases kept as data beside a plugin:
//   <case>/config.json     the config, with its input files beside it
//   <case>/expected.json   {"command": "evaluate" | "validate",
//                           "exit_code": 0,
//                           "result": {...}   a subset the result must match,
//                           "tolerance": 1e-9 relative, for numbers,
//                           "stderr": ["..."] substrings the messages must hold}
// The same rules serve `kinerja test-cases` and kinerja's own test suite.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kinerja {

using json = nlohmann::json;

// Where `actual` differs from the subset `expected`: one line per
// difference, with its JSON pointer. Empty when it matches.
std::vector<std::string> subset_mismatches(const json& expected, const json& actual, double tolerance,
                                           const std::string& pointer = "");

// The case folders under each path: a folder holding expected.json is a
// case; otherwise its direct subfolders that hold one are. Sorted.
std::vector<std::filesystem::path> find_golden_cases(const std::vector<std::filesystem::path>& paths);

struct GoldenRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Checks one run of a case against its expected.json; returns the failures.
std::vector<std::string> check_golden_case(const json& expected, const GoldenRun& run);

}  // namespace kinerja
