#include "ppid.hpp"

#include <algorithm>
#include <utility>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/text.hpp>

namespace ppid {

namespace {

std::string days_text(long days) { return std::to_string(days) + (days == 1 ? " working day" : " working days"); }

std::string plural(std::uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// At most `shown` items of a list joined with ", ", then "and N more".
std::string list_text(const std::vector<std::string>& items, std::size_t shown = 10) {
  std::vector<std::string> first(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(std::min(shown, items.size())));
  std::string text = sdk::text::join(first);
  if (items.size() > first.size()) text += " and " + std::to_string(items.size() - first.size()) + " more";
  return text;
}

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::optional<double> percent(std::uint64_t count, std::uint64_t of) {
  if (of == 0) return std::nullopt;
  return 100.0 * static_cast<double>(count) / static_cast<double>(of);
}

json share(std::uint64_t count, std::uint64_t of) { return {{"count", count}, {"percent", optional_number(percent(count, of))}}; }

}  // namespace

const std::array<InfoClass, class_count>& all_classes() {
  static const std::array<InfoClass, class_count> classes{InfoClass::berkala, InfoClass::serta_merta,
                                                          InfoClass::setiap_saat, InfoClass::dikecualikan};
  return classes;
}

std::string class_key(InfoClass c) {
  switch (c) {
    case InfoClass::berkala: return "berkala";
    case InfoClass::serta_merta: return "serta_merta";
    case InfoClass::setiap_saat: return "setiap_saat";
    case InfoClass::dikecualikan: return "dikecualikan";
  }
  return "?";
}

namespace {

// The member of a per-class struct (ClassCounts, PublishedClasses).
template <class Counts>
auto& member_of(Counts& counts, InfoClass c) {
  switch (c) {
    case InfoClass::berkala: return counts.berkala;
    case InfoClass::serta_merta: return counts.serta_merta;
    case InfoClass::setiap_saat: return counts.setiap_saat;
    case InfoClass::dikecualikan: break;
  }
  return counts.dikecualikan;
}

}  // namespace

std::uint64_t& ClassCounts::operator[](InfoClass c) { return member_of(*this, c); }
std::uint64_t ClassCounts::operator[](InfoClass c) const { return member_of(*this, c); }
std::optional<std::uint64_t> PublishedClasses::of(InfoClass c) const { return member_of(*this, c); }

// --- DayHistogram -----------------------------------------------------------

void DayHistogram::add(long days) {
  const auto bin = static_cast<std::size_t>(std::max(0L, days));
  if (bin >= bins_.size()) bins_.resize(bin + 1, 0);
  ++bins_[bin];
  ++count_;
  sum_ += bin;
}

std::optional<double> DayHistogram::mean() const {
  if (count_ == 0) return std::nullopt;
  return static_cast<double>(sum_) / static_cast<double>(count_);
}

long DayHistogram::value_at(std::uint64_t index) const {
  std::uint64_t seen = 0;
  for (std::size_t d = 0; d < bins_.size(); ++d) {
    seen += bins_[d];
    if (index < seen) return static_cast<long>(d);
  }
  return static_cast<long>(bins_.size()) - 1;
}

std::optional<double> DayHistogram::median() const {
  if (count_ == 0) return std::nullopt;
  if (count_ % 2 == 1) return static_cast<double>(value_at(count_ / 2));
  return (static_cast<double>(value_at(count_ / 2 - 1)) + static_cast<double>(value_at(count_ / 2))) / 2.0;
}

std::optional<long> DayHistogram::max() const {
  if (count_ == 0) return std::nullopt;
  return static_cast<long>(bins_.size()) - 1;
}

std::uint64_t DayHistogram::at_most(long days) const {
  std::uint64_t n = 0;
  for (std::size_t d = 0; d < bins_.size() && static_cast<long>(d) <= days; ++d) n += bins_[d];
  return n;
}

json DayHistogram::to_json() const {
  json out = json::object();
  for (std::size_t d = 0; d < bins_.size(); ++d) {
    if (bins_[d] != 0) out[std::to_string(d)] = bins_[d];
  }
  return out;
}

// --- RequestStats -----------------------------------------------------------

std::optional<double> CutoffCounts::on_time_share() const { return percent(on_time, received); }
std::optional<double> CutoffCounts::answered_share() const { return percent(answered, received); }

void RequestStats::Group::add(std::optional<long> answer_days) {
  ++requests;
  if (!answer_days) return;
  ++answered;
  days += static_cast<std::uint64_t>(*answer_days);
}

json RequestStats::Group::to_json() const {
  return {{"requests", requests},
          {"answered", answered},
          {"open", requests - answered},
          {"mean_days", answered == 0 ? json(nullptr) : json(static_cast<double>(days) / static_cast<double>(answered))}};
}

RequestStats::RequestStats(const sdk::WorkingDayCalendar& calendar, sdk::Period period, sdk::Date cutoff)
    : calendar_(calendar), period_(period), cutoff_(cutoff) {
  for (const auto& m : period_.months()) months_[m];
}

void RequestStats::add(const RequestRow& row) {
  const long limit = limit_for(row.extension);
  std::optional<long> days;
  if (row.answered) days = calendar_.working_days_between(row.received, *row.answered);
  const bool answered_by_cutoff = row.answered && *row.answered <= cutoff_;
  long so_far = 0;
  if (!answered_by_cutoff) so_far = calendar_.working_days_between(row.received, cutoff_);

  // Counted only once every date is known to the calendar.
  if (row.extension) ++extended_;
  months_[sdk::YearMonth::of(row.received)].add(days);
  (row.info_class ? classes_[static_cast<std::size_t>(*row.info_class)] : unclassified_).add(days);
  if (days) {
    times_.add(*days);
    if (*days > limit) late_.push_back({row.id, row.received, *row.answered, *days, row.extension});
  }
  ++at_cutoff_.received;
  if (answered_by_cutoff) {
    ++at_cutoff_.answered;
    ++(*days <= limit ? at_cutoff_.on_time : at_cutoff_.late);
  } else {
    ++at_cutoff_.open;
    if (so_far > limit) ++at_cutoff_.open_overdue;
    open_.push_back({row.id, row.received, row.answered, so_far, row.extension, so_far > limit});
  }
}

std::optional<double> RequestStats::month_mean(const sdk::YearMonth& month) const {
  const auto it = months_.find(month);
  if (it == months_.end() || it->second.answered == 0) return std::nullopt;
  return static_cast<double>(it->second.days) / static_cast<double>(it->second.answered);
}

std::vector<MonthFigures> RequestStats::monthly() const {
  std::vector<MonthFigures> out;
  for (const auto& [month, group] : months_) out.push_back({month, group.requests, month_mean(month)});
  return out;
}

json RequestStats::breakdown() const {
  const std::uint64_t answered = times_.count();
  json months = json::object();
  for (const auto& [month, group] : months_) months[month.text()] = group.to_json();
  json classes = json::object();
  for (InfoClass c : all_classes()) classes[class_key(c)] = classes_[static_cast<std::size_t>(c)].to_json();
  if (unclassified_.requests > 0) classes["unclassified"] = unclassified_.to_json();
  json late = json::array();
  for (const auto& r : late_) {
    late.push_back({{"id", r.id},
                    {"received", r.received.iso()},
                    {"answered", r.answered.iso()},
                    {"working_days", r.days},
                    {"extension", r.extension},
                    {"limit", limit_for(r.extension)}});
  }
  json open = json::array();
  for (const auto& r : open_) {
    open.push_back({{"id", r.id},
                    {"received", r.received.iso()},
                    {"answered", r.answered ? json(r.answered->iso()) : json(nullptr)},
                    {"working_days_at_cutoff", r.days_at_cutoff},
                    {"extension", r.extension},
                    {"overdue_at_cutoff", r.overdue}});
  }
  const CutoffCounts& c = at_cutoff_;
  const json at_cutoff{{"date", cutoff_.iso()},
                       {"received", c.received},
                       {"answered", c.answered},
                       {"on_time", c.on_time},
                       {"late", c.late},
                       {"open", c.open},
                       {"open_overdue", c.open_overdue},
                       {"on_time_share", optional_number(c.on_time_share())},
                       {"answered_share", optional_number(c.answered_share())},
                       {"method",
                        "on_time_share = requests answered by the cut-off within their limit (10 working days, 17 "
                        "with an extension) / all requests received in the period x 100; answered_share = requests "
                        "answered by the cut-off / all x 100; a request open at the cut-off is not on time"}};
  const auto max = times_.max();
  return {{"source", "requests"},
          {"period", {{"from", period_.from.iso()}, {"to", period_.to.iso()}}},
          {"counting",
           "working days after the received date up to and including the answered date (same day = 0); "
           "weekends, libur nasional and cuti bersama excluded"},
          {"requests", c.received},
          {"answered", answered},
          {"mean_days", optional_number(times_.mean())},
          {"median_days", optional_number(times_.median())},
          {"max_days", max ? json(*max) : json(nullptr)},
          {"within_10_days", share(times_.at_most(limit_days), answered)},
          {"within_17_days", share(times_.at_most(limit_days_with_extension), answered)},
          {"at_cutoff", at_cutoff},
          {"extended", extended_},
          {"overdue", late},
          {"open_at_cutoff", open},
          {"days_histogram", times_.to_json()},
          {"months", months},
          {"classes", classes}};
}

std::string RequestStats::cutoff_text() const {
  return (cutoff_ == period_.to ? "the end of the period (" : "the cut-off (") + cutoff_.iso() + ")";
}

std::vector<std::string> RequestStats::warnings() const {
  std::vector<std::string> out;
  if (!late_.empty()) {
    std::vector<std::string> items;
    for (const auto& r : late_) {
      items.push_back(r.id + " (" + days_text(r.days) + (r.extension ? " with extension, limit " : ", limit ") +
                      std::to_string(limit_for(r.extension)) + ")");
    }
    out.push_back(plural(late_.size(), "request", "requests") + " answered after the legal limit: " + list_text(items));
  }
  if (!open_.empty()) {
    std::vector<std::string> items;
    for (const auto& r : open_) {
      std::string item = r.id + " (" + days_text(r.days_at_cutoff) + " so far";
      if (r.overdue) item += ", past its limit of " + std::to_string(limit_for(r.extension));
      item += r.answered ? ", answered " + r.answered->iso() : std::string(", no answer yet");
      items.push_back(item + ")");
    }
    out.push_back(plural(open_.size(), "request", "requests") + " still open at " + cutoff_text() + ": " +
                  list_text(items));
  }
  return out;
}

// --- Reading a request log --------------------------------------------------

const sdk::Fields& request_fields() {
  static const sdk::Fields fields = [] {
    sdk::Fields f;
    // A register often has a running "No" beside its registration number:
    // the registration number's names come first.
    f.text("id", "The request's id (registration number).")
        .columns({"nomor", "nomor registrasi", "no. registrasi", "nomor permohonan", "no. permohonan", "no", "id"});
    f.date("received", "The date the request was received.")
        .columns({"tanggal_diterima", "tanggal permohonan", "tanggal terima", "tgl diterima", "tgl terima",
                  "tgl permohonan", "tanggal masuk", "received"});
    f.date("answered", "The date it was answered; blank while it is still open.")
        .columns({"tanggal_dijawab", "tanggal jawab", "tgl dijawab", "tgl jawab", "tanggal selesai", "tgl selesai",
                  "tanggal penyelesaian", "tanggal pemberian informasi", "answered"})
        .blank(sdk::BlankPolicy::empty);
    f.category("class", {"berkala", "serta_merta", "setiap_saat", "dikecualikan"},
               "The information class (UU 14/2008). Optional: without it the requests are unclassified.")
        .columns({"jenis_informasi", "klasifikasi informasi", "kategori informasi", "jenis", "klasifikasi", "class"})
        .words({{"informasi berkala", "berkala"},
                {"sertamerta", "serta_merta"},
                {"informasi serta merta", "serta_merta"},
                {"setiapsaat", "setiap_saat"},
                {"informasi setiap saat", "setiap_saat"},
                {"informasi dikecualikan", "dikecualikan"},
                {"informasi yang dikecualikan", "dikecualikan"}})
        .optional();
    f.flag("extension",
           "Whether the answer time was extended once by 7 working days (ya/tidak; blank: tidak). A register that "
           "records the extension's date: map {\"*\": \"ya\", \"\": \"tidak\"}.")
        .columns({"perpanjangan", "perpanjangan waktu", "tanggal perpanjangan", "tgl perpanjangan", "diperpanjang",
                  "extension"})
        .optional();
    return f;
  }();
  return fields;
}

namespace {

void note_once(std::vector<std::string>& list, const std::string& source) {
  if (std::find(list.begin(), list.end(), source) == list.end()) list.push_back(source);
}

// The request of a record, or nothing when the table rejected it (an answer
// before its request, under bad_rows: skip).
std::optional<RequestRow> request_of(sdk::Table& table, const sdk::Record& r) {
  RequestRow row;
  row.id = std::string(r.text(id_field));
  row.received = r.date(received_field);
  if (r.has(answered_field)) {
    row.answered = r.date(answered_field);
    if (*row.answered < row.received) {
      table.reject(r, answered_field,
                   "answered " + row.answered->iso() + " before it was received (" + row.received.iso() + ")");
      return std::nullopt;
    }
  }
  if (r.has(class_field)) row.info_class = all_classes()[r.category(class_field)];
  row.extension = r.has(extension_field) && r.flag(extension_field);
  return row;
}

std::vector<std::string> read_warnings(const ReadOutcome& out) {
  std::vector<std::string> warnings;
  for (const auto& source : out.without_extension) {
    warnings.push_back(source + ": no extension column ('perpanjangan'): its requests are taken as not extended (limit " +
                       std::to_string(limit_days) + " working days)");
  }
  if (out.outside_period > 0) {
    warnings.push_back(plural(out.outside_period, "request", "requests") + " received outside the period " +
                       out.stats.period().text() + " left out");
  }
  return warnings;
}

}  // namespace

ReadOutcome read_requests(const sdk::TableSpec& spec, const sdk::WorkingDayCalendar& calendar,
                          const sdk::Period& period, const sdk::Date& cutoff, const sdk::Host* host) {
  sdk::Table table(spec, request_fields(), host);
  ReadOutcome out(RequestStats(calendar, period, cutoff));
  sdk::Record r;
  while (table.next(r)) {
    // A column the file lacks altogether (not a blank cell, not a constant).
    if (!r.in_file(class_field) && !r.has(class_field)) note_once(out.without_class, r.source().name());
    if (!r.in_file(extension_field) && !r.has(extension_field)) note_once(out.without_extension, r.source().name());
    const auto row = request_of(table, r);
    if (!row) continue;
    if (!period.contains(row->received)) {
      ++out.outside_period;
      continue;
    }
    try {
      out.stats.add(*row);
    } catch (const sdk::UnknownCalendarYear& e) {
      // The period's years and the cut-off's are checked before: an answer's.
      const std::size_t field = e.year() == row->received.year ? received_field : answered_field;
      throw sdk::ConfigError(r.location(field) + ": " + e.what() +
                             "; give the unit's calendar for that year with the \"calendar\" parameter");
    }
  }
  out.warnings = table.warnings();
  for (auto& w : read_warnings(out)) out.warnings.push_back(std::move(w));
  out.input = table.breakdown();
  out.files = table.files();
  return out;
}

// --- The monthly summary ----------------------------------------------------

SummaryOutcome evaluate_summary(const std::vector<SummaryMonth>& months) {
  SummaryOutcome out;
  double weighted = 0.0;
  ClassCounts class_totals;
  bool all_classes_given = true;
  json month_json = json::object();
  for (const auto& m : months) {
    out.requests += m.requests;
    if (m.requests > 0 && m.mean_days) weighted += static_cast<double>(m.requests) * *m.mean_days;
    json entry{{"requests", m.requests}, {"mean_days", optional_number(m.mean_days)}};
    if (m.classes) {
      json cls = json::object();
      for (InfoClass c : all_classes()) {
        class_totals[c] += (*m.classes)[c];
        cls[class_key(c)] = (*m.classes)[c];
      }
      entry["classes"] = cls;
      if (m.classes->total() != m.requests) {
        out.warnings.push_back(m.month.text() + ": the class counts add up to " + std::to_string(m.classes->total()) +
                               ", not the month's " + std::to_string(m.requests) + " requests");
      }
    } else {
      all_classes_given = false;
    }
    month_json[m.month.text()] = entry;
  }
  if (out.requests > 0) out.mean_days = weighted / static_cast<double>(out.requests);
  if (all_classes_given && !months.empty()) out.classes = class_totals;
  json classes = nullptr;
  if (out.classes) {
    classes = json::object();
    for (InfoClass c : all_classes()) classes[class_key(c)] = (*out.classes)[c];
  }
  out.breakdown = {{"source", "summary"},
                   {"method", "request-weighted mean of the monthly means: sum(requests x mean_days) / sum(requests)"},
                   {"requests", out.requests},
                   {"mean_days", optional_number(out.mean_days)},
                   {"classes", classes},
                   {"months", month_json},
                   {"not_available",
                    json::array({"median_days", "max_days", "within_10_days", "within_17_days", "at_cutoff",
                                 "overdue", "open_at_cutoff"})}};
  return out;
}

std::vector<MonthFigures> summary_figures(const sdk::Period& period, const std::vector<SummaryMonth>& months) {
  std::vector<sdk::YearMonth> keys = period.months();
  for (const auto& m : months) {
    if (std::find(keys.begin(), keys.end(), m.month) == keys.end()) keys.push_back(m.month);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<MonthFigures> out;
  for (const auto& key : keys) {
    MonthFigures figures{key, std::nullopt, std::nullopt};
    const auto given = std::find_if(months.begin(), months.end(), [&](const SummaryMonth& m) { return m.month == key; });
    if (given != months.end()) {
      figures.requests = given->requests;
      if (given->requests > 0) figures.mean_days = given->mean_days;  // a mean of no request means nothing
    }
    out.push_back(figures);
  }
  return out;
}

// --- Charts -------------------------------------------------------------------

std::vector<sdk::Chart> monthly_charts(const std::vector<MonthFigures>& months) {
  if (months.empty()) return {};
  std::vector<std::string> categories;
  std::vector<std::optional<double>> requests;
  std::vector<std::optional<double>> mean_days;
  for (const auto& m : months) {
    categories.push_back(m.month.text());
    requests.push_back(m.requests ? std::optional<double>(static_cast<double>(*m.requests)) : std::nullopt);
    mean_days.push_back(m.mean_days);
  }
  auto count = sdk::Chart::bar("monthly-requests", "Permohonan informasi publik per bulan", categories);
  count.unit = "permohonan";
  count.add_series("permohonan", std::move(requests));
  auto days = sdk::Chart::line("monthly-mean-days", "Rata-rata waktu penyelesaian per bulan (hari kerja)", categories);
  days.unit = "hari kerja";
  days.y_min = 0;
  days.add_series("rata-rata", std::move(mean_days));
  days.add_reference_line("Batas UU 14/2008: " + std::to_string(limit_days) + " hari kerja",
                          static_cast<double>(limit_days));
  return {std::move(count), std::move(days)};
}

// --- Published figures ------------------------------------------------------

std::vector<std::string> compare_published(
    const Published& published, std::optional<double> mean_days, std::uint64_t requests,
    const std::optional<ClassCounts>& classes,
    const std::function<std::optional<double>(const sdk::YearMonth& month)>& month_mean) {
  std::vector<std::string> out;
  if (published.mean_days) {
    if (!mean_days) {
      out.push_back("mean working days: published " + sdk::number_text(*published.mean_days) +
                    ", computed none (no answered request)");
    } else if (auto w = sdk::compare_published("mean working days", *mean_days, *published.mean_days)) {
      out.push_back(*w);
    }
  }
  if (published.requests) {
    if (auto w = sdk::compare_published("requests", static_cast<double>(requests),
                                        static_cast<double>(*published.requests))) {
      out.push_back(*w);
    }
  }
  for (InfoClass c : all_classes()) {
    const auto value = published.classes.of(c);
    if (!value || !classes) continue;
    if (auto w = sdk::compare_published("requests of class " + class_key(c), static_cast<double>((*classes)[c]),
                                        static_cast<double>(*value))) {
      out.push_back(*w);
    }
  }
  for (const auto& [key, value] : published.months) {
    const auto month = sdk::parse_year_month(key);
    const auto computed = month ? month_mean(*month) : std::nullopt;
    if (!computed) {
      out.push_back("mean working days of " + key + ": published " + sdk::number_text(value) +
                    ", computed none (no answered request)");
    } else if (auto w = sdk::compare_published("mean working days of " + key, *computed, value)) {
      out.push_back(*w);
    }
  }
  return out;
}

}  // namespace ppid
