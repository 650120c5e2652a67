// lapor: SP4N-LAPOR! complaints followed up (IKK 4). The arithmetic and the
// fields of the complaint log, apart from the plugin glue (lapor_plugin.cpp),
// so that they can be tested alone.
//
// Followed-up share = (total - belum) / total x 100, where the total holds
// belum, proses and selesai, and arsip only when the config says so.
// Within-deadline share = complaints of the total first followed up within
// the deadline (in working days, by the period's end) / total x 100.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <kinerja/sdk/table_spec.hpp>

namespace kinerja::lapor {

enum class Status : std::size_t { belum = 0, proses = 1, selesai = 2, arsip = 3 };
constexpr std::size_t status_count = 4;
constexpr std::array<Status, status_count> all_statuses{Status::belum, Status::proses, Status::selesai, Status::arsip};

const char* status_name(Status status);  // "belum", ...: the categories of the status field

// The complaint log's fields, in this order (a field's index is its value).
enum Field : std::size_t { tracking, received, status, follow_up, closed, unit, rating };
// Their default header names, SP4N-LAPOR!'s export headers, and the
// status words LAPOR! writes ("Belum Ditindaklanjuti", "Proses", ...).
sdk::Fields complaint_fields();

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

// How a complaint of the total stands against the follow-up deadline, as at
// the period's end.
enum class Timeliness : std::size_t {
  within = 0,           // first follow-up within the deadline, by the period's end
  late = 1,             // first follow-up after the deadline, by the period's end
  after_period = 2,     // first follow-up dated after the period's end
  not_followed_up = 3,  // status belum (whatever date it carries)
  no_date = 4,          // proses, selesai (or arsip) without a follow-up date
};
constexpr std::size_t timeliness_count = 5;
const char* timeliness_name(Timeliness t);  // "within", "late", ...

// `working_days`: from receipt to the first follow-up, nothing without a
// follow-up date; `after_period`: that date is after the period's end.
Timeliness timeliness_of(Status status, std::optional<long> working_days, bool after_period, long deadline_days);

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
  std::optional<long> rtl_days;           // working days to first follow-up, when measured
  std::optional<int> rating;              // 1..5, when rated
  std::optional<Timeliness> timeliness;   // nothing without a calendar or a follow-up column
};

struct UnitTally {
  StatusCounts counts{};
  Mean rtl;
  Mean rating;
  std::array<std::uint64_t, timeliness_count> timeliness{};
  std::uint64_t untimed = 0;  // complaints of the total without a timeliness
};

// Within-deadline complaints / total x 100; nothing when the total is 0 or
// a complaint of the total could not be timed.
std::optional<double> within_deadline_share(const UnitTally& tally, Archived archived);

// Counters for all complaints and per assigned unit: memory grows with the
// number of units, never with rows. RTL, ratings and timeliness are kept
// only for the complaints in the total, so that they describe the same
// complaints as the share.
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

// What is wrong with a rating read as `value` (the cell as `written`): not
// a whole number 1..5. Nothing when it is one.
std::optional<std::string> rating_problem(double value, std::string_view written);

}  // namespace kinerja::lapor
