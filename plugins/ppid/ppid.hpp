// ppid: the time a PPID takes to answer public information requests
// (UU 14/2008: 10 working days, extendable once by 7), in working days
// counted with kinerja::sdk::WorkingDayCalendar, and the shares answered
// and answered on time at a cut-off date.
//
// The logic, apart from the plugin's registration (ppid_plugin.cpp), so the
// tests can reach it: the request log's fields and its streaming reading
// (through the SDK's table layer), the statistics over it, and the
// monthly-summary alternative.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/calendar.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/table.hpp>
#include <kinerja/sdk/types.hpp>

namespace ppid {

namespace sdk = kinerja::sdk;
using sdk::json;

// The information classes of UU 14/2008, in the order of the class field's
// categories.
enum class InfoClass : std::size_t { berkala, serta_merta, setiap_saat, dikecualikan };
constexpr std::size_t class_count = 4;
const std::array<InfoClass, class_count>& all_classes();
// "berkala", "serta_merta", "setiap_saat", "dikecualikan".
std::string class_key(InfoClass c);

// Requests per class (a summary month's, or a log's).
struct ClassCounts {
  std::uint64_t berkala = 0, serta_merta = 0, setiap_saat = 0, dikecualikan = 0;
  std::uint64_t& operator[](InfoClass c);
  std::uint64_t operator[](InfoClass c) const;
  std::uint64_t total() const { return berkala + serta_merta + setiap_saat + dikecualikan; }
};

constexpr long limit_days = 10;                // UU 14/2008 art. 22(7)
constexpr long limit_days_with_extension = 17;  // extended once by 7, art. 22(8)
inline long limit_for(bool extension) { return extension ? limit_days_with_extension : limit_days; }

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
  std::optional<sdk::Date> answered;     // nothing: no answer yet
  std::optional<InfoClass> info_class;  // nothing: the log does not say
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
  std::optional<sdk::Date> answered;  // an answer dated after the cut-off
  long days_at_cutoff = 0;
  bool extension = false;
  bool overdue = false;  // already past its limit at the cut-off
};

// What the shares count: the requests received in the period as they stood
// at the cut-off date. received = answered + open; answered = on_time + late.
struct CutoffCounts {
  std::uint64_t received = 0;
  std::uint64_t answered = 0;      // on or before the cut-off
  std::uint64_t on_time = 0;       // of those, within their limit
  std::uint64_t late = 0;          // of those, after their limit
  std::uint64_t open = 0;          // no answer by the cut-off: never on time
  std::uint64_t open_overdue = 0;  // of those, already past their limit then

  // on_time / received x 100 and answered / received x 100; nothing
  // without requests.
  std::optional<double> on_time_share() const;
  std::optional<double> answered_share() const;
};

// One month's figures, as the charts show them.
struct MonthFigures {
  sdk::YearMonth month;
  std::optional<std::uint64_t> requests;  // nothing: a summary that leaves the month out
  std::optional<double> mean_days;        // nothing: no answered request that month
};

// Statistics of the requests received in a period, accumulated one request
// at a time. A request answered (at any date) counts in the times; one with
// no answer by the cut-off (none at all, or one dated after it) is listed
// as open at the cut-off and counts as not on time in the shares. Only the
// late and open requests are kept one by one.
class RequestStats {
 public:
  // `cutoff` is on or after the period's end.
  RequestStats(const sdk::WorkingDayCalendar& calendar, sdk::Period period, sdk::Date cutoff);

  // A request received within the period, answered (if at all) on or after
  // its received date. Throws sdk::UnknownCalendarYear for a date in a year
  // the calendar lacks.
  void add(const RequestRow& row);

  const sdk::Period& period() const { return period_; }
  const sdk::Date& cutoff() const { return cutoff_; }
  std::uint64_t requests() const { return at_cutoff_.received; }
  const DayHistogram& times() const { return times_; }
  const CutoffCounts& at_cutoff() const { return at_cutoff_; }
  std::uint64_t extended() const { return extended_; }
  const std::vector<LateRequest>& late() const { return late_; }
  const std::vector<OpenRequest>& open() const { return open_; }
  // Mean days of the answered requests received in `month`.
  std::optional<double> month_mean(const sdk::YearMonth& month) const;
  std::uint64_t class_requests(InfoClass c) const { return classes_[static_cast<std::size_t>(c)].requests; }
  std::uint64_t unclassified() const { return unclassified_.requests; }
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
    void add(std::optional<long> days);
    json to_json() const;
  };
  std::string cutoff_text() const;  // "the end of the period (...)" or "the cut-off (...)"

  const sdk::WorkingDayCalendar& calendar_;
  sdk::Period period_;
  sdk::Date cutoff_;
  CutoffCounts at_cutoff_;
  std::uint64_t extended_ = 0;
  DayHistogram times_;
  std::map<sdk::YearMonth, Group> months_;
  std::array<Group, class_count> classes_{};
  Group unclassified_;
  std::vector<LateRequest> late_;
  std::vector<OpenRequest> open_;
};

// The request log's fields, in this order (a field's index is its value).
enum RequestField : std::size_t { id_field, received_field, answered_field, class_field, extension_field };
const sdk::Fields& request_fields();

struct ReadOutcome {
  explicit ReadOutcome(RequestStats s) : stats(std::move(s)) {}

  RequestStats stats;
  std::uint64_t outside_period = 0;  // received before or after the period
  // Sources ("file.csv", "book.xlsx [Sheet1]") without the optional columns.
  std::vector<std::string> without_class, without_extension;
  std::vector<std::string> warnings;  // the table's, then the plugin's
  json input;                         // the table's breakdown
  std::vector<std::string> files;
};

// Reads a request log, streaming, into statistics of the requests received
// in `period` as they stood at `cutoff`. A bad row (the table layer's, or an
// answer before its request) follows the table's bad_rows policy; a date in
// a year the calendar lacks is always an error (sdk::ConfigError naming
// file, line and column).
ReadOutcome read_requests(const sdk::TableSpec& spec, const sdk::WorkingDayCalendar& calendar,
                          const sdk::Period& period, const sdk::Date& cutoff, const sdk::Host* host = nullptr);

// One month of a published summary table.
struct SummaryMonth {
  sdk::YearMonth month;
  std::uint64_t requests = 0;
  std::optional<double> mean_days;  // required when requests > 0
  std::optional<ClassCounts> classes;
};

struct SummaryOutcome {
  std::optional<double> mean_days;  // nothing when there is no request
  std::uint64_t requests = 0;
  std::optional<ClassCounts> classes;  // when every month gives them
  std::vector<std::string> warnings;   // months whose class counts do not add up
  json breakdown;
};

// The request-weighted mean of the monthly means: sum(requests x mean) /
// sum(requests).
SummaryOutcome evaluate_summary(const std::vector<SummaryMonth>& months);

// Every month of the period, with the summary's figures where it gives them.
std::vector<MonthFigures> summary_figures(const sdk::Period& period, const std::vector<SummaryMonth>& months);

// The bar chart "monthly-requests" and the line chart "monthly-mean-days"
// (with the legal limit of 10 working days as a line); none without months.
std::vector<sdk::Chart> monthly_charts(const std::vector<MonthFigures>& months);

// Figures a report printed, compared with the computed ones.
struct PublishedClasses {
  std::optional<std::uint64_t> berkala, serta_merta, setiap_saat, dikecualikan;
  std::optional<std::uint64_t> of(InfoClass c) const;
  bool empty() const { return !berkala && !serta_merta && !setiap_saat && !dikecualikan; }
};
struct Published {
  std::optional<double> mean_days;
  std::optional<std::uint64_t> requests;
  PublishedClasses classes;
  std::map<std::string, double> months;  // "2023-01" -> mean days (checked to be months)
};

// One warning per disagreement, with both numbers (sdk::compare_published).
// `classes` is nothing when the computed counts are not complete.
std::vector<std::string> compare_published(
    const Published& published, std::optional<double> mean_days, std::uint64_t requests,
    const std::optional<ClassCounts>& classes,
    const std::function<std::optional<double>(const sdk::YearMonth& month)>& month_mean);

}  // namespace ppid
