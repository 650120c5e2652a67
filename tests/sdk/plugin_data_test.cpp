#include <kinerja/sdk/plugin_data.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace kinerja::sdk {
namespace {

using ::testing::HasSubstr;
using kinerja::testing::TempDir;

TEST(PluginData, FolderIsBesideTheBinaryThatHoldsTheCode) {
  // Compiled into this test executable, the "library" is the executable.
  const auto self = std::filesystem::read_symlink("/proc/self/exe");
  EXPECT_EQ(std::filesystem::canonical(plugin_library_path()), std::filesystem::canonical(self));
  EXPECT_EQ(plugin_data_dir("ikm"), plugin_library_path().parent_path() / "ikm");
}

TEST(PluginData, ReadsJsonWithComments) {
  TempDir dir;
  const auto file = dir.write("bands.json", "// bands\n{\"a\": 1}");
  EXPECT_EQ(read_json_data(file), (json{{"a", 1}}));
}

TEST(PluginData, RefusesMissingAndMalformedFilesNamingThem) {
  TempDir dir;
  try {
    read_json_data(dir.path() / "none.json");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("none.json: cannot open data file"));
  }
  const auto bad = dir.write("bad.json", "{\n  \"a\": 1,\n}");
  try {
    read_json_data(bad);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("bad.json:3:1: not valid JSON"));
  }
}

}  // namespace
}  // namespace kinerja::sdk
