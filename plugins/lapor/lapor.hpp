// lapor: SP4N-LAPOR! complaints followed up (IKK 4). The arithmetic, apart
// from the plugin glue (lapor_plugin.cpp), so that it can be tested alone.
//
// Followed-up share = (total - belum) / total x 100, where the total holds
// belum, proses and selesai, and arsip only when the config says so.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kinerja/sdk/bad_rows.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::lapor {

enum class Status : std::size_t { belum = 0, proses = 1, selesai = 2, arsip = 3 };
constexpr std::size_t status_count = 4;
constexpr std::array<Status, status_count> all_statuses{Status::belum, Status::proses, Status::selesai, Status::arsip};

const char* status_name(Status status);
std::optional<Status> status_from_name(std::string_view name);  // exactly "belum", "proses", ...

// The words a file uses for each status: the four names themselves plus
// the "statuses" parameter. Matching ignores case and surrounding spaces.
class StatusWords {
 public:
  StatusWords();
  void add(std::string_view word, Status status);
  std::optional<Status> find(std::string_view word) const;

 private:
  std::map<std::string, Status> words_;  // lower-case, trimmed
};

// Whether archived reports (spam, duplicates, out of scope) are in the total.
enum class Archived { exclude, include };
const char* archived_name(Archived archived);

using StatusCounts = std::array<std::uint64_t, status_count>;

struct FollowedUp {
  std::uint64_t total = 0;        // the denominator
  std::uint64_t followed_up = 0;  // total - belum
  std::optional<double> share;    // nothing when the total is 0
};
FollowedUp followed_up(const StatusCounts& counts, Archived archived);
bool counted(Status status, Archived archived);  // is a complaint of this status in the total?

// Counts that do not add up to a published total, with the numbers; nothing
// when they do. `with_arsip`: the total of all four statuses, or the
// disposed total (belum + proses + selesai).
std::optional<std::string> total_problem(const StatusCounts& counts, std::uint64_t published, bool with_arsip);

// A running mean that keeps two numbers, never the values.
class Mean {
 public:
  void add(double value) {
    sum_ += value;
    ++count_;
  }
  std::uint64_t count() const { return count_; }
  std::optional<double> value() const {
    if (count_ == 0) return std::nullopt;
    return sum_ / static_cast<double>(count_);
  }

 private:
  double sum_ = 0;
  std::uint64_t count_ = 0;
};

// One complaint as the tally needs it.
struct Complaint {
  Status status = Status::belum;
  std::optional<long> rtl_days;  // days to first follow-up, when measured
  std::optional<int> rating;     // 1..5, when rated
};

struct UnitTally {
  StatusCounts counts{};
  Mean rtl;
  Mean rating;
};

// Counters for all complaints and per assigned unit: memory grows with the
// number of units, never with rows. RTL and ratings are kept only for the
// complaints in the total, so that they describe the same complaints as the
// share.
class Tally {
 public:
  explicit Tally(Archived archived) : archived_(archived) {}
  void add(const std::string& unit, const Complaint& complaint);
  const UnitTally& all() const { return all_; }
  const std::map<std::string, UnitTally>& units() const { return units_; }
  Archived archived() const { return archived_; }

 private:
  static void add_to(UnitTally& tally, const Complaint& complaint, bool in_total);
  Archived archived_;
  UnitTally all_;
  std::map<std::string, UnitTally> units_;
};

// A rating cell: blank is no rating; otherwise a whole number 1..5
// ("4", "4.0", "4,0"). `problem` says what is wrong, else empty.
struct ParsedRating {
  std::optional<int> value;
  std::string problem;
};
ParsedRating parse_rating(std::string_view text);

// Rows are kept to a date range; rows outside it are counted, not refused.
struct Period {
  sdk::Date from;
  sdk::Date to;
  bool contains(const sdk::Date& d) const { return from <= d && d <= to; }
  std::string text() const { return from.iso() + ".." + to.iso(); }
};

// "bad_rows": the SDK's one policy for logs.
using sdk::BadRowPolicy;
using sdk::BadRows;

}  // namespace kinerja::lapor
