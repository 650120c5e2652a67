// The arithmetic of the lapor plugin; see lapor.hpp.
#include "lapor.hpp"

#include <cmath>

namespace kinerja::lapor {

namespace {

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

sdk::Fields complaint_fields() {
  // The first name of each is the default a planner sees; the others are
  // the headers of SP4N-LAPOR!'s export and their common variants.
  sdk::Fields f;
  f.text("nomor_tracking", "The tracking number, named in messages.")
      .columns({"nomor_tracking", "Nomor Tracking", "No Tracking", "Tracking ID", "ID Laporan"})
      .optional();
  f.date("tanggal_diterima", "The date received (a time after it is ignored); decides the period.")
      .columns({"tanggal_diterima", "Tanggal Laporan", "Tanggal Diterima", "Tanggal Masuk", "Tanggal Pengaduan"});
  f.category("status", {"belum", "proses", "selesai", "arsip"},
             "The status: belum (not yet acted on), proses, selesai or arsip (spam, duplicate, out of scope).")
      .columns({"status", "Status Laporan"})
      .words({{"Belum Ditindaklanjuti", "belum"},
              {"Belum Ditindak Lanjuti", "belum"},
              {"Diproses", "proses"},
              {"Sedang Diproses", "proses"},
              {"Dalam Proses", "proses"},
              {"Diselesaikan", "selesai"},
              {"Diarsipkan", "arsip"}});
  f.date("tanggal_tindak_lanjut", "The date of the first follow-up, blank if none: RTL and the deadline.")
      .columns({"tanggal_tindak_lanjut", "Tanggal Tindak Lanjut", "Tanggal Tindak Lanjut Pertama"})
      .optional();
  f.date("tanggal_selesai", "The date closed, blank if open: checked, not used in a figure.")
      .columns({"tanggal_selesai", "Tanggal Selesai", "Tanggal Ditutup"})
      .optional();
  f.text("unit", "The assigned unit: the per-unit breakdown.")
      .columns({"unit", "Instansi Terdisposisi", "Instansi Disposisi", "Unit Kerja", "Instansi"})
      .optional();
  f.number("rating", "The complainant's rating, a whole number 1..5, blank if none: RHP.")
      .columns({"rating", "Penilaian", "Nilai"})
      .optional();
  return f;
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

const char* timeliness_name(Timeliness t) {
  switch (t) {
    case Timeliness::within: return "within";
    case Timeliness::late: return "late";
    case Timeliness::after_period: return "followed_up_after_period";
    case Timeliness::not_followed_up: return "not_followed_up";
    case Timeliness::no_date: return "without_follow_up_date";
  }
  return "?";
}

Timeliness timeliness_of(Status status, std::optional<long> working_days, bool after_period, long deadline_days) {
  if (status == Status::belum) return Timeliness::not_followed_up;  // as its status says
  if (!working_days) return Timeliness::no_date;
  if (after_period) return Timeliness::after_period;  // not followed up by the period's end
  return *working_days <= deadline_days ? Timeliness::within : Timeliness::late;
}

std::optional<double> within_deadline_share(const UnitTally& tally, Archived archived) {
  const FollowedUp f = followed_up(tally.counts, archived);
  if (f.total == 0 || tally.untimed > 0) return std::nullopt;
  const auto within = tally.timeliness[static_cast<std::size_t>(Timeliness::within)];
  return static_cast<double>(within) / static_cast<double>(f.total) * 100.0;
}

void Tally::add_to(UnitTally& tally, const Complaint& complaint, bool in_total) {
  tally.counts[index_of(complaint.status)] += 1;
  if (!in_total) return;
  if (complaint.rtl_days) tally.rtl.add(static_cast<double>(*complaint.rtl_days));
  if (complaint.rating) tally.rating.add(*complaint.rating);
  if (complaint.timeliness) {
    tally.timeliness[static_cast<std::size_t>(*complaint.timeliness)] += 1;
  } else {
    ++tally.untimed;
  }
}

void Tally::add(const std::string& unit, const Complaint& complaint) {
  const bool in_total = counted(complaint.status, archived_);
  add_to(all_, complaint, in_total);
  add_to(units_[unit], complaint, in_total);
}

std::optional<std::string> rating_problem(double value, std::string_view written) {
  const std::string shown = "rating '" + sdk::text::excerpt(sdk::text::trim(written)) + "'";
  if (value != std::floor(value)) return shown + " is not a whole number 1..5";
  if (value < 1 || value > 5) return shown + " is outside 1..5";
  return std::nullopt;
}

}  // namespace kinerja::lapor
