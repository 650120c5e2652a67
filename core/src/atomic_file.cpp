#include "atomic_file.hpp"

#include <fstream>
#include <random>
#include <string>

#include "diagnostics.hpp"

namespace kinerja {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target = fs::absolute(path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) throw FileError(path.string() + ": is a directory, expected a file name");
  if (!fs::is_directory(target.parent_path(), ec)) {
    throw FileError(path.string() + ": folder " + target.parent_path().string() + " does not exist");
  }
  std::random_device random;
  const fs::path temporary =
      target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(random()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw FileError(path.string() + ": cannot write in " + target.parent_path().string());
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      out.close();
      fs::remove(temporary, ec);
      throw FileError(path.string() + ": write failed (disk full?)");
    }
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw FileError(path.string() + ": cannot replace the file: " + ec.message());
  }
}

}  // namespace kinerja
