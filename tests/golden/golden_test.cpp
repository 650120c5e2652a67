// Runs every golden case kept as data beside the bundled plugins
// (plugins/<plugin>/testcases/<case>/{config.json, expected.json, inputs})
// and the example configs with an expected.json (configs/<name>/),
// one gtest each, with the same matching rules as `kinerja test-cases`
// (core/src/golden.hpp). Adding a case needs no code: drop a folder.
#include <algorithm>
#include <cctype>

#include <gtest/gtest.h>

#include "golden.hpp"
#include "json_file.hpp"
#include "run_command.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

const fs::path source_dir = KINERJA_SOURCE_DIR;

// Each plugin's test cases, and the example configs that carry an
// expected.json (configs/biro-humas-2023: the seed's report recomputed).
std::vector<fs::path> bundled_cases() {
  std::vector<fs::path> roots{source_dir / "configs"};
  for (const auto& plugin : fs::directory_iterator(source_dir / "plugins")) {
    if (fs::is_directory(plugin.path() / "testcases")) roots.push_back(plugin.path() / "testcases");
  }
  return find_golden_cases(roots);
}

class Golden : public ::testing::TestWithParam<fs::path> {};

TEST_P(Golden, MatchesExpected) {
  const fs::path dir = GetParam();
  const json expected = read_json_file(dir / "expected.json");
  const testing::CommandResult r =
      testing::run_command({KINERJA_EXE, expected.value("command", "evaluate"), (dir / "config.json").string()});
  for (const auto& failure : check_golden_case(expected, GoldenRun{r.exit_code, r.out, r.err})) {
    ADD_FAILURE() << failure;
  }
  if (HasFailure()) std::cerr << "stderr:\n" << r.err;
}

std::string case_name(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().parent_path().filename().string() + "_" + info.param.filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(PluginTestcases, Golden, ::testing::ValuesIn(bundled_cases()), case_name);

TEST(GoldenMatching, SubsetRules) {
  const json actual = json::parse(R"({"a": 1.0000000001, "b": [1, {"c": "x", "d": 2}], "e": null})");
  EXPECT_TRUE(subset_mismatches(json::parse(R"({"a": 1, "b": [1, {"c": "x"}]})"), actual, 1e-9).empty());
  const auto wrong = subset_mismatches(json::parse(R"({"a": 2, "b": [1, {"c": "y"}], "f": 1})"), actual, 1e-9);
  ASSERT_EQ(wrong.size(), 3u);
  EXPECT_EQ(wrong[0], "/a: expected 2, found 1.0000000001");
  EXPECT_EQ(wrong[1], "/b/1/c: expected \"y\", found \"x\"");
  EXPECT_EQ(wrong[2], "/f: missing");
  EXPECT_EQ(subset_mismatches(json::parse("[1, 2]"), json::parse("[1]"), 0).front(), "/: expected 2 elements, found 1");
}

TEST(GoldenMatching, ExitCodeMessagesAndResult) {
  const json expected = json::parse(R"({"exit_code": 3, "stderr": ["unknown key"], "result": {"x": 1}})");
  const auto failures = check_golden_case(expected, GoldenRun{0, "not json", "all fine"});
  ASSERT_EQ(failures.size(), 3u);
  EXPECT_EQ(failures[0], "exit code 0, expected 3");
  EXPECT_EQ(failures[1], "messages lack: unknown key");
  EXPECT_EQ(failures[2], "no result JSON on stdout");
  EXPECT_TRUE(check_golden_case(json::parse(R"({"result": {"x": 1}})"), GoldenRun{0, R"({"x": 1, "y": 2})", ""}).empty());
}

}  // namespace
}  // namespace kinerja
