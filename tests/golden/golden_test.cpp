// Runs every golden case kept as data beside the plugins:
//   plugins/<plugin>/testcases/<case>/config.json   the config (plus any inputs)
//   plugins/<plugin>/testcases/<case>/expected.json
// expected.json:
//   {"command": "evaluate" (default) | "validate",
//    "exit_code": 0,
//    "result": {...},        a subset of the result JSON that must match
//                            (numbers within "tolerance", default 1e-9)
//    "stderr": ["..."]}      substrings the error output must contain
// Adding a case needs no code: drop a folder.
#include <algorithm>
#include <cctype>
#include <cmath>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_command.hpp"
#include "temp_dir.hpp"

namespace kinerja {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

const fs::path source_dir = KINERJA_SOURCE_DIR;

std::vector<fs::path> golden_cases() {
  std::vector<fs::path> cases;
  for (const auto& plugin : fs::directory_iterator(source_dir / "plugins")) {
    const fs::path root = plugin.path() / "testcases";
    if (!fs::is_directory(root)) continue;
    for (const auto& c : fs::directory_iterator(root)) {
      if (fs::exists(c.path() / "expected.json")) cases.push_back(c.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

// Every key of `expected` must be in `actual` with a matching value.
void expect_subset(const json& expected, const json& actual, const std::string& path, double tolerance) {
  if (expected.is_object()) {
    ASSERT_TRUE(actual.is_object()) << path << ": expected an object, got " << actual;
    for (const auto& [key, value] : expected.items()) {
      ASSERT_TRUE(actual.contains(key)) << path << "/" << key << ": missing in the result";
      expect_subset(value, actual[key], path + "/" + key, tolerance);
    }
  } else if (expected.is_array()) {
    ASSERT_TRUE(actual.is_array()) << path << ": expected an array, got " << actual;
    ASSERT_EQ(expected.size(), actual.size()) << path << ": array length";
    for (std::size_t i = 0; i < expected.size(); ++i) {
      expect_subset(expected[i], actual[i], path + "/" + std::to_string(i), tolerance);
    }
  } else if (expected.is_number() && actual.is_number()) {
    const double e = expected.get<double>(), a = actual.get<double>();
    EXPECT_LE(std::abs(e - a), tolerance * std::max(1.0, std::abs(e))) << path << ": expected " << e << ", got " << a;
  } else {
    EXPECT_EQ(expected, actual) << path;
  }
}

class Golden : public ::testing::TestWithParam<fs::path> {};

TEST_P(Golden, MatchesExpected) {
  const fs::path dir = GetParam();
  const json expected = json::parse(testing::read_file(dir / "expected.json"));
  const std::string command = expected.value("command", "evaluate");
  const testing::CommandResult r = testing::run_command(
      {KINERJA_EXE, command, (dir / "config.json").string()});
  EXPECT_EQ(r.exit_code, expected.value("exit_code", 0)) << r.err;
  for (const auto& part : expected.value("stderr", json::array())) {
    EXPECT_NE(r.err.find(part.get<std::string>()), std::string::npos) << "stderr lacks: " << part << "\n" << r.err;
  }
  if (expected.contains("result")) {
    json actual;
    ASSERT_NO_THROW(actual = json::parse(r.out)) << r.out;
    expect_subset(expected["result"], actual, "", expected.value("tolerance", 1e-9));
  }
}

std::string case_name(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().parent_path().filename().string() + "_" + info.param.filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(PluginTestcases, Golden, ::testing::ValuesIn(golden_cases()), case_name);

}  // namespace
}  // namespace kinerja
