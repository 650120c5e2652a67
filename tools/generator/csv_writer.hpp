// Writes one CSV file: RFC 4180 quoting where needed, a temporary name
// until finished so that an interrupted run leaves no half file behind.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::generator {

class CsvWriter {
 public:
  CsvWriter(std::filesystem::path path, char separator)
      : path_(std::move(path)), temporary_(path_.string() + ".part"), separator_(separator) {
    out_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    out_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!out_) throw std::runtime_error(temporary_.string() + ": cannot write");
  }
  ~CsvWriter() {
    if (!finished_) {
      out_.close();
      std::error_code ec;
      std::filesystem::remove(temporary_, ec);
    }
  }
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  void row(const std::vector<std::string_view>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out_.put(separator_);
      field(fields[i]);
    }
    out_.put('\n');
    ++rows_;
  }

  // Flushes and gives the file its real name; returns the data rows written.
  long finish() {
    out_.close();
    if (!out_) throw std::runtime_error(temporary_.string() + ": write failed (disk full?)");
    std::filesystem::rename(temporary_, path_);
    finished_ = true;
    return rows_ - 1;  // the header is not a data row
  }

 private:
  void field(std::string_view text) {
    if (text.find_first_of(std::string{separator_, '"', '\n', '\r'}) == std::string_view::npos) {
      out_.write(text.data(), static_cast<std::streamsize>(text.size()));
      return;
    }
    out_.put('"');
    for (char c : text) {
      if (c == '"') out_.put('"');
      out_.put(c);
    }
    out_.put('"');
  }

  std::filesystem::path path_, temporary_;
  char separator_;
  std::vector<char> buffer_ = std::vector<char>(1 << 20);
  std::ofstream out_;
  long rows_ = 0;
  bool finished_ = false;
};

}  // namespace kinerja::generator
