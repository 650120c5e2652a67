#include "atomic_file.hpp"

#include <gtest/gtest.h>

#include "diagnostics.hpp"
#include "temp_dir.hpp"

namespace kinerja {
namespace {

using testing::TempDir;

std::size_t entries(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

TEST(AtomicFile, WritesAndReplaces) {
  TempDir dir;
  const auto file = dir.path() / "result.json";
  write_file_atomically(file, "first");
  EXPECT_EQ(testing::read_file(file), "first");
  write_file_atomically(file, "second");
  EXPECT_EQ(testing::read_file(file), "second");
  EXPECT_EQ(entries(dir.path()), 1u);  // no temporary left behind
}

TEST(AtomicFile, MissingFolderIsAnErrorNamingTheFile) {
  TempDir dir;
  const auto file = dir.path() / "no-such-folder" / "result.json";
  try {
    write_file_atomically(file, "x");
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("result.json"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos);
  }
}

TEST(AtomicFile, ADirectoryIsNotOverwritten) {
  TempDir dir;
  std::filesystem::create_directory(dir.path() / "out");
  EXPECT_THROW(write_file_atomically(dir.path() / "out", "x"), FileError);
  EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "out"));
  EXPECT_EQ(entries(dir.path()), 1u);
}

}  // namespace
}  // namespace kinerja
