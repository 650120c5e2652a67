// The arithmetic of the lapor plugin; see lapor.hpp.
#include "lapor.hpp"

#include <cmath>
#include <cstdlib>

namespace kinerja::lapor {

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::string normalised(std::string_view word) {
  std::string out(trimmed(word));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::size_t index_of(Status status) { return static_cast<std::size_t>(status); }

}  // namespace

const char* status_name(Status status) {
  switch (status) {
    case Status::belum: return "belum";
    case Status::proses: return "proses";
    case Status::selesai: return "selesai";
    case Status::arsip: return "arsip";
  }
  return "?";
}

std::optional<Status> status_from_name(std::string_view name) {
  for (Status status : all_statuses) {
    if (name == status_name(status)) return status;
  }
  return std::nullopt;
}

StatusWords::StatusWords() {
  for (Status status : all_statuses) words_[status_name(status)] = status;
}

void StatusWords::add(std::string_view word, Status status) { words_[normalised(word)] = status; }

std::optional<Status> StatusWords::find(std::string_view word) const {
  const auto it = words_.find(normalised(word));
  if (it == words_.end()) return std::nullopt;
  return it->second;
}

const char* archived_name(Archived archived) { return archived == Archived::include ? "include" : "exclude"; }

bool counted(Status status, Archived archived) { return status != Status::arsip || archived == Archived::include; }

FollowedUp followed_up(const StatusCounts& counts, Archived archived) {
  FollowedUp out;
  for (Status status : all_statuses) {
    if (counted(status, archived)) out.total += counts[index_of(status)];
  }
  out.followed_up = out.total - counts[index_of(Status::belum)];
  if (out.total > 0) out.share = static_cast<double>(out.followed_up) / static_cast<double>(out.total) * 100.0;
  return out;
}

std::optional<std::string> total_problem(const StatusCounts& counts, std::uint64_t published, bool with_arsip) {
  std::uint64_t sum = 0;
  std::string terms;
  for (Status status : all_statuses) {
    if (status == Status::arsip && !with_arsip) continue;
    sum += counts[index_of(status)];
    terms += (terms.empty() ? "" : " + ") + std::string(status_name(status)) + " " + std::to_string(counts[index_of(status)]);
  }
  if (sum == published) return std::nullopt;
  const char* what = with_arsip ? "total" : "disposed total (without arsip)";
  return std::string("status counts do not add up to the published ") + what + ": " + terms + " = " +
         std::to_string(sum) + ", published " + std::to_string(published);
}

void Tally::add_to(UnitTally& tally, const Complaint& complaint, bool in_total) {
  tally.counts[index_of(complaint.status)] += 1;
  if (!in_total) return;
  if (complaint.rtl_days) tally.rtl.add(static_cast<double>(*complaint.rtl_days));
  if (complaint.rating) tally.rating.add(*complaint.rating);
}

void Tally::add(const std::string& unit, const Complaint& complaint) {
  const bool in_total = counted(complaint.status, archived_);
  add_to(all_, complaint, in_total);
  add_to(units_[unit], complaint, in_total);
}

ParsedRating parse_rating(std::string_view text) {
  const std::string_view t = trimmed(text);
  if (t.empty()) return {};
  std::string s(t);
  for (char& c : s) {
    if (c == ',') c = '.';  // "4,0" from a decimal-comma export
  }
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return {std::nullopt, "rating '" + std::string(t) + "' is not a number"};
  if (value != std::floor(value)) return {std::nullopt, "rating '" + std::string(t) + "' is not a whole number 1..5"};
  if (value < 1 || value > 5) return {std::nullopt, "rating '" + std::string(t) + "' is outside 1..5"};
  return {static_cast<int>(value), {}};
}

}  // namespace kinerja::lapor
