// Reporting progress through a long read without calling the host for
// every row: the host is told at most every half percent (or megabyte).
//
//   kinerja::sdk::Progress progress(host(), "articles.csv", reader.size());
//   while (reader.next(row)) { ...; progress.update(reader.bytes_read()); }
//   progress.finish();
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include <kinerja/sdk/plugin.hpp>

namespace kinerja::sdk {

class Progress {
 public:
  Progress(const Host& host, std::string label, std::uint64_t total)
      : host_(host), label_(std::move(label)), total_(total), step_(std::max<std::uint64_t>(total / 200, 1u << 20)) {}

  void update(std::uint64_t done) {
    if (done < next_) return;
    host_.progress(label_, done, total_);
    next_ = done + step_;
  }
  void finish() { host_.progress(label_, total_ == 0 ? next_ : total_, total_); }

 private:
  const Host& host_;
  std::string label_;
  std::uint64_t total_;
  std::uint64_t step_;
  std::uint64_t next_ = 0;
};

}  // namespace kinerja::sdk
