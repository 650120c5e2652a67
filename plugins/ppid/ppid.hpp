// ppid: the time a PPID takes to answer public information requests
// (UU 14/2008: 10 working days, extendable once by 7), in working days
// counted with kinerja::sdk::WorkingDayCalendar.
//
// The logic, apart from the plugin's registration (ppid_plugin.cpp), so the
// tests can reach it: streaming statistics over a request log, and the
// monthly-summary alternative.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <kinerja/sdk/calendar.hpp>
#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/types.hpp>

namespace ppid {

namespace sdk = kinerja::sdk;
using sdk::json;

// The information classes of UU 14/2008.
enum class InfoClass { berkala, serta_merta, setiap_saat, dikecualikan };
constexpr std::size_t class_count = 4;
const std::array<InfoClass, class_count>& all_classes();
// "berkala", "serta_merta", "setiap_saat", "dikecualikan".
std::string class_key(InfoClass c);
// Case-insensitive; "-" and " " count as "_": "Serta-merta", "setiap saat".
std::optional<InfoClass> parse_class(std::string_view text);
// "ya" -> true, "tidak" or blank -> false (case-insensitive); else nothing.
std::optional<bool> parse_extension(std::string_view text);

constexpr long limit_days = 10;                // UU 14/2008 art. 22(7)
constexpr long limit_days_with_extension = 17;  // extended once by 7, art. 22(8)
inline long limit_for(bool extension) { return extension ? limit_days_with_extension : limit_days; }

// "2023-01" for a date.
std::string month_key(const sdk::Date& date);
// "2023-01" -> {2023, 1}; nothing when malformed.
std::optional<std::pair<int, int>> parse_month(std::string_view text);

struct Period {
  sdk::Date from;
  sdk::Date to;
  bool contains(const sdk::Date& d) const { return from <= d && d <= to; }
  std::string text() const { return from.iso() + ".." + to.iso(); }
  // The months it touches, "YYYY-MM", in order.
  std::vector<std::string> months() const;
};

// Answer times in working days as a histogram: memory is bounded by the
// longest time (a small integer), not by the number of requests, and the
// median is exact.
class DayHistogram {
 public:
  void add(long days);
  std::uint64_t count() const { return count_; }
  std::uint64_t sum() const { return sum_; }
  std::optional<double> mean() const;
  // The middle value; the mean of the two middle values for an even count.
  std::optional<double> median() const;
  std::optional<long> max() const;
  // How many took at most `days`.
  std::uint64_t at_most(long days) const;
  // {"0": n0, "3": n3, ...}: the non-zero bins.
  json to_json() const;

 private:
  long value_at(std::uint64_t index) const;  // 0-based rank in sorted order
  std::vector<std::uint64_t> bins_;
  std::uint64_t count_ = 0;
  std::uint64_t sum_ = 0;
};

struct RequestRow {
  std::string id;
  sdk::Date received;
  std::optional<sdk::Date> answered;  // nothing: no answer yet
  InfoClass info_class = InfoClass::setiap_saat;
  bool extension = false;
};

struct LateRequest {
  std::string id;
  sdk::Date received;
  sdk::Date answered;
  long days = 0;
  bool extension = false;
};

struct OpenRequest {
  std::string id;
  sdk::Date received;
  std::optional<sdk::Date> answered;  // an answer dated after the period's end
  long days_at_period_end = 0;
  bool extension = false;
  bool overdue = false;  // already past its limit at the period's end
};

// One month's figures, as the charts show them.
struct MonthFigures {
  std::string month;                      // "2023-01"
  std::optional<std::uint64_t> requests;  // nothing: a summary that leaves the month out
  std::optional<double> mean_days;        // nothing: no answered request that month
};

// Statistics of the requests received in a period, accumulated one request
// at a time. A request answered (at any date) counts in the times; one with
// no answer, or answered after the period's end, is also listed as open at
// the period's end. Only the late and open requests are kept one by one.
class RequestStats {
 public:
  RequestStats(const sdk::WorkingDayCalendar& calendar, Period period);

  // A request received within the period, answered (if at all) on or after
  // its received date. Throws sdk::UnknownCalendarYear for a date in a year
  // the calendar lacks.
  void add(const RequestRow& row);

  const Period& period() const { return period_; }
  std::uint64_t requests() const { return requests_; }
  const DayHistogram& times() const { return times_; }
  std::uint64_t on_time() const { return on_time_; }
  std::uint64_t extended() const { return extended_; }
  const std::vector<LateRequest>& late() const { return late_; }
  const std::vector<OpenRequest>& open() const { return open_; }
  // Mean days of the answered requests received in `month` ("2023-01").
  std::optional<double> month_mean(const std::string& month) const;
  std::uint64_t class_requests(InfoClass c) const { return classes_[static_cast<std::size_t>(c)].requests; }
  // Every month of the period, in order.
  std::vector<MonthFigures> monthly() const;

  json breakdown() const;
  // The late and the open requests, for people.
  std::vector<std::string> warnings() const;

 private:
  struct Group {
    std::uint64_t requests = 0;
    std::uint64_t answered = 0;
    std::uint64_t days = 0;
    json to_json() const;
  };
  const sdk::WorkingDayCalendar& calendar_;
  Period period_;
  std::uint64_t requests_ = 0;
  std::uint64_t on_time_ = 0;
  std::uint64_t extended_ = 0;
  DayHistogram times_;
  std::map<std::string, Group> months_;
  std::array<Group, class_count> classes_{};
  std::vector<LateRequest> late_;
  std::vector<OpenRequest> open_;
};

// Which column holds what; the defaults are the header names below.
struct Columns {
  std::string id = "nomor";
  std::string received = "tanggal_diterima";
  std::string answered = "tanggal_dijawab";
  std::string info_class = "jenis_informasi";
  std::string extension = "perpanjangan";
  // Without an explicit "columns.extension", a file with no such column
  // means no request was extended.
  bool extension_required = false;
};

enum class BadRows { error, skip };

struct ReadOptions {
  Columns columns;
  BadRows bad_rows = BadRows::error;
  Period period;
  // Called every few hundred rows and at the end with the rows read so far.
  std::function<void(std::uint64_t)> progress;
};

struct ReadOutcome {
  explicit ReadOutcome(RequestStats s) : stats(std::move(s)) {}

  RequestStats stats;
  std::uint64_t rows = 0;            // data rows read, bad ones included
  std::uint64_t outside_period = 0;  // received before or after the period
  std::uint64_t skipped = 0;         // bad rows skipped (bad_rows: skip)
  std::vector<std::string> skipped_examples;  // the first few, file:line: why
  bool extension_column = true;

  // Outside the period, skipped rows, no extension column.
  std::vector<std::string> warnings(const std::string& file) const;
};

// The column indexes; a missing column is a sdk::ConfigError naming the
// parameter ("columns.received") and the header.
struct Layout {
  std::size_t id = 0, received = 0, answered = 0, info_class = 0;
  std::optional<std::size_t> extension;
};
Layout find_layout(const sdk::csv::Reader& reader, const Columns& columns);

// Reads a request log, streaming. A bad row is a sdk::InputError naming
// file, line and column, or skipped and counted (BadRows::skip). A date the
// calendar has no year for is always an error (sdk::ConfigError, with the
// file, line and column).
ReadOutcome read_requests(const std::filesystem::path& file, const sdk::WorkingDayCalendar& calendar,
                          const ReadOptions& options);

// One month of a published summary table.
struct SummaryMonth {
  std::string month;  // "2023-01"
  std::uint64_t requests = 0;
  std::optional<double> mean_days;  // required when requests > 0
  std::optional<std::array<std::uint64_t, class_count>> classes;
};

struct SummaryOutcome {
  std::optional<double> mean_days;  // nothing when there is no request
  std::uint64_t requests = 0;
  std::optional<std::array<std::uint64_t, class_count>> classes;  // when every month gives them
  std::vector<std::string> warnings;  // months whose class counts do not add up
  json breakdown;
};

// The request-weighted mean of the monthly means: sum(requests x mean) /
// sum(requests).
SummaryOutcome evaluate_summary(const std::vector<SummaryMonth>& months);

// Every month of the period, with the summary's figures where it gives them.
std::vector<MonthFigures> summary_figures(const Period& period, const std::vector<SummaryMonth>& months);

// The bar chart "monthly-requests" and the line chart "monthly-mean-days"
// (with the legal limit of 10 working days as a line); none without months.
std::vector<sdk::Chart> monthly_charts(const std::vector<MonthFigures>& months);

// Figures a report printed, compared with the computed ones.
struct Published {
  std::optional<double> mean_days;
  std::optional<double> requests;
  std::map<std::string, double> classes;  // class key -> requests
  std::map<std::string, double> months;   // "2023-01" -> mean days
};

// One warning per disagreement, with both numbers (sdk::compare_published).
std::vector<std::string> compare_published(
    const Published& published, std::optional<double> mean_days, std::uint64_t requests,
    const std::optional<std::array<std::uint64_t, class_count>>& classes,
    const std::function<std::optional<double>(const std::string& month)>& month_mean);

}  // namespace ppid
