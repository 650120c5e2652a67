#include "ppid.hpp"

#include <algorithm>
#include <utility>

#include <kinerja/sdk/crosscheck.hpp>

namespace ppid {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string days_text(long days) { return std::to_string(days) + (days == 1 ? " working day" : " working days"); }

std::string plural(std::uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// At most `shown` items of a list joined with ", ", then "and N more".
std::string list_text(const std::vector<std::string>& items, std::uint64_t total, std::size_t shown = 10,
                      const std::string& separator = ", ") {
  std::string text;
  for (std::size_t i = 0; i < items.size() && i < shown; ++i) text += (i ? separator : "") + items[i];
  const std::uint64_t listed = std::min<std::uint64_t>(total, std::min(items.size(), shown));
  if (total > listed) text += " and " + std::to_string(total - listed) + " more";
  return text;
}

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json share(std::uint64_t count, std::uint64_t of) {
  return {{"count", count}, {"percent", of == 0 ? json(nullptr) : json(100.0 * static_cast<double>(count) / static_cast<double>(of))}};
}

}  // namespace

const std::array<InfoClass, class_count>& all_classes() {
  static const std::array<InfoClass, class_count> classes{InfoClass::berkala, InfoClass::serta_merta,
                                                          InfoClass::setiap_saat, InfoClass::dikecualikan};
  return classes;
}

std::string class_key(InfoClass c) {
  switch (c) {
    case InfoClass::berkala:
      return "berkala";
    case InfoClass::serta_merta:
      return "serta_merta";
    case InfoClass::setiap_saat:
      return "setiap_saat";
    case InfoClass::dikecualikan:
      return "dikecualikan";
  }
  return "?";
}

std::optional<InfoClass> parse_class(std::string_view text) {
  std::string key = lower(sdk::csv::Reader::trim(std::string(text)));
  for (char& c : key) {
    if (c == '-' || c == ' ') c = '_';
  }
  for (InfoClass c : all_classes()) {
    if (key == class_key(c)) return c;
  }
  return std::nullopt;
}

std::optional<bool> parse_extension(std::string_view text) {
  const std::string value = lower(sdk::csv::Reader::trim(std::string(text)));
  if (value == "ya") return true;
  if (value.empty() || value == "tidak") return false;
  return std::nullopt;
}

std::string month_key(const sdk::Date& date) { return date.iso().substr(0, 7); }

std::optional<std::pair<int, int>> parse_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  const auto date = sdk::parse_date(std::string(text) + "-01");
  if (!date) return std::nullopt;
  return std::make_pair(date->year, date->month);
}

std::vector<std::string> Period::months() const {
  std::vector<std::string> out;
  int year = from.year, month = from.month;
  while (year < to.year || (year == to.year && month <= to.month)) {
    out.push_back(sdk::Date{year, month, 1}.iso().substr(0, 7));
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return out;
}

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

json RequestStats::Group::to_json() const {
  return {{"requests", requests},
          {"answered", answered},
          {"open", requests - answered},
          {"mean_days", answered == 0 ? json(nullptr) : json(static_cast<double>(days) / static_cast<double>(answered))}};
}

RequestStats::RequestStats(const sdk::WorkingDayCalendar& calendar, Period period)
    : calendar_(calendar), period_(period) {
  for (const auto& m : period_.months()) months_[m];
}

void RequestStats::add(const RequestRow& row) {
  ++requests_;
  if (row.extension) ++extended_;
  Group& month = months_[month_key(row.received)];
  Group& cls = classes_[static_cast<std::size_t>(row.info_class)];
  ++month.requests;
  ++cls.requests;
  const long limit = limit_for(row.extension);
  if (row.answered) {
    const long days = calendar_.working_days_between(row.received, *row.answered);
    times_.add(days);
    ++month.answered;
    ++cls.answered;
    month.days += static_cast<std::uint64_t>(days);
    cls.days += static_cast<std::uint64_t>(days);
    if (days <= limit) {
      ++on_time_;
    } else {
      late_.push_back({row.id, row.received, *row.answered, days, row.extension});
    }
  }
  if (!row.answered || period_.to < *row.answered) {
    const long so_far = calendar_.working_days_between(row.received, period_.to);
    open_.push_back({row.id, row.received, row.answered, so_far, row.extension, so_far > limit});
  }
}

std::optional<double> RequestStats::month_mean(const std::string& month) const {
  const auto it = months_.find(month);
  if (it == months_.end() || it->second.answered == 0) return std::nullopt;
  return static_cast<double>(it->second.days) / static_cast<double>(it->second.answered);
}

std::vector<MonthFigures> RequestStats::monthly() const {
  std::vector<MonthFigures> out;
  for (const auto& [key, group] : months_) out.push_back({key, group.requests, month_mean(key)});  // keys sort as months
  return out;
}

json RequestStats::breakdown() const {
  const std::uint64_t answered = times_.count();
  json months = json::object();
  for (const auto& [key, group] : months_) months[key] = group.to_json();
  json classes = json::object();
  for (InfoClass c : all_classes()) classes[class_key(c)] = classes_[static_cast<std::size_t>(c)].to_json();
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
                    {"working_days_at_period_end", r.days_at_period_end},
                    {"extension", r.extension},
                    {"overdue_at_period_end", r.overdue}});
  }
  const auto max = times_.max();
  return {{"source", "requests"},
          {"period", {{"from", period_.from.iso()}, {"to", period_.to.iso()}}},
          {"counting",
           "working days after the received date up to and including the answered date (same day = 0); "
           "weekends, libur nasional and cuti bersama excluded"},
          {"requests", requests_},
          {"answered", answered},
          {"mean_days", optional_number(times_.mean())},
          {"median_days", optional_number(times_.median())},
          {"max_days", max ? json(*max) : json(nullptr)},
          {"within_10_days", share(times_.at_most(limit_days), answered)},
          {"within_17_days", share(times_.at_most(limit_days_with_extension), answered)},
          {"on_time", share(on_time_, answered)},
          {"extended", extended_},
          {"overdue", late},
          {"open_at_period_end", open},
          {"days_histogram", times_.to_json()},
          {"months", months},
          {"classes", classes}};
}

std::vector<std::string> RequestStats::warnings() const {
  std::vector<std::string> out;
  if (!late_.empty()) {
    std::vector<std::string> items;
    for (const auto& r : late_) {
      items.push_back(r.id + " (" + days_text(r.days) + (r.extension ? " with extension, limit " : ", limit ") +
                      std::to_string(limit_for(r.extension)) + ")");
    }
    out.push_back(plural(late_.size(), "request", "requests") + " answered after the legal limit: " +
                  list_text(items, late_.size()));
  }
  if (!open_.empty()) {
    std::vector<std::string> items;
    for (const auto& r : open_) {
      std::string item = r.id + " (" + days_text(r.days_at_period_end) + " so far";
      if (r.overdue) item += ", past its limit of " + std::to_string(limit_for(r.extension));
      item += r.answered ? ", answered " + r.answered->iso() : std::string(", no answer yet");
      items.push_back(item + ")");
    }
    out.push_back(plural(open_.size(), "request", "requests") + " still open at the end of the period (" +
                  period_.to.iso() + "): " + list_text(items, open_.size()));
  }
  return out;
}

// --- Reading a request log --------------------------------------------------

std::vector<std::string> ReadOutcome::warnings(const std::string& file) const {
  std::vector<std::string> out;
  if (!extension_column) {
    out.push_back(file + ": no column 'perpanjangan': every request is taken as not extended (limit " +
                  std::to_string(limit_days) + " working days)");
  }
  if (outside_period > 0) {
    out.push_back(plural(outside_period, "request", "requests") + " received outside the period " +
                  stats.period().text() + " left out");
  }
  if (skipped > 0) {
    out.push_back(plural(skipped, "bad row", "bad rows") + " skipped (bad_rows: skip): " +
                  list_text(skipped_examples, skipped, skipped_examples.size(), "; "));
  }
  return out;
}

Layout find_layout(const sdk::csv::Reader& reader, const Columns& columns) {
  Layout layout;
  layout.id = reader.column(columns.id, "columns.id");
  layout.received = reader.column(columns.received, "columns.received");
  layout.answered = reader.column(columns.answered, "columns.answered");
  layout.info_class = reader.column(columns.info_class, "columns.class");
  if (columns.extension_required) {
    layout.extension = reader.column(columns.extension, "columns.extension");
  } else {
    layout.extension = reader.find_column(columns.extension);
  }
  return layout;
}

namespace {

constexpr std::size_t skipped_examples_kept = 5;

sdk::Date date_field(const sdk::csv::Reader& reader, const sdk::csv::Row& row, std::size_t column) {
  const std::string text = sdk::csv::Reader::trim(row.fields[column]);
  if (text.empty()) throw sdk::InputError(reader.location(row, column) + ": no date");
  const auto date = sdk::parse_date(text);
  if (!date) {
    throw sdk::InputError(reader.location(row, column) + ": '" + text + "' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)");
  }
  return *date;
}

RequestRow parse_row(const sdk::csv::Reader& reader, const sdk::csv::Row& row, const Layout& layout) {
  RequestRow r;
  r.id = sdk::csv::Reader::trim(row.fields[layout.id]);
  if (r.id.empty()) throw sdk::InputError(reader.location(row, layout.id) + ": no request id");
  r.received = date_field(reader, row, layout.received);
  if (!sdk::csv::Reader::trim(row.fields[layout.answered]).empty()) {
    r.answered = date_field(reader, row, layout.answered);
    if (*r.answered < r.received) {
      throw sdk::InputError(reader.location(row, layout.answered) + ": answered " + r.answered->iso() +
                            " before it was received (" + r.received.iso() + ")");
    }
  }
  const std::string& cls = row.fields[layout.info_class];
  const auto info_class = parse_class(cls);
  if (!info_class) {
    throw sdk::InputError(reader.location(row, layout.info_class) + ": unknown information class '" +
                          sdk::csv::Reader::trim(cls) + "' (expected berkala, serta_merta, setiap_saat or dikecualikan)");
  }
  r.info_class = *info_class;
  if (layout.extension) {
    const std::string& text = row.fields[*layout.extension];
    const auto extension = parse_extension(text);
    if (!extension) {
      throw sdk::InputError(reader.location(row, *layout.extension) + ": '" + sdk::csv::Reader::trim(text) +
                            "' is neither 'ya' nor 'tidak' (blank means tidak)");
    }
    r.extension = *extension;
  }
  return r;
}

}  // namespace

ReadOutcome read_requests(const std::filesystem::path& file, const sdk::WorkingDayCalendar& calendar,
                          const ReadOptions& options) {
  for (int y = options.period.from.year; y <= options.period.to.year; ++y) calendar.require_year(y);
  sdk::csv::Reader reader(file);
  const Layout layout = find_layout(reader, options.columns);
  ReadOutcome out(RequestStats(calendar, options.period));
  out.extension_column = layout.extension.has_value();
  sdk::csv::Row row;
  for (;;) {
    RequestRow request;
    bool counted = false;
    try {
      if (!reader.next(row)) break;
      ++out.rows;
      counted = true;
      if (options.progress && out.rows % 512 == 0) options.progress(out.rows);
      request = parse_row(reader, row, layout);
    } catch (const sdk::InputError& e) {
      if (options.bad_rows == BadRows::error) throw;
      if (!counted) ++out.rows;  // a record with the wrong number of fields
      ++out.skipped;
      if (out.skipped_examples.size() < skipped_examples_kept) {
        // The file's name, not its whole path: warnings are read by people.
        std::string message = e.what();
        const std::string path = file.string();
        if (message.compare(0, path.size(), path) == 0) message = file.filename().string() + message.substr(path.size());
        out.skipped_examples.push_back(std::move(message));
      }
      continue;
    }
    if (!options.period.contains(request.received)) {
      ++out.outside_period;
      continue;
    }
    try {
      out.stats.add(request);
    } catch (const sdk::UnknownCalendarYear& e) {
      const bool received_year = e.year() == request.received.year;
      const std::size_t column = received_year ? layout.received : layout.answered;
      throw sdk::ConfigError(reader.location(row, column) + ": " + e.what() +
                             "; give the unit's calendar for that year with the \"calendar\" parameter");
    }
  }
  if (options.progress) options.progress(out.rows);
  return out;
}

// --- The monthly summary ----------------------------------------------------

SummaryOutcome evaluate_summary(const std::vector<SummaryMonth>& months) {
  SummaryOutcome out;
  double weighted = 0.0;
  std::array<std::uint64_t, class_count> class_totals{};
  bool all_classes_given = true;
  json month_json = json::object();
  for (const auto& m : months) {
    out.requests += m.requests;
    if (m.requests > 0 && m.mean_days) weighted += static_cast<double>(m.requests) * *m.mean_days;
    json entry{{"requests", m.requests}, {"mean_days", optional_number(m.mean_days)}};
    if (m.classes) {
      std::uint64_t sum = 0;
      json cls = json::object();
      for (InfoClass c : all_classes()) {
        const std::uint64_t n = (*m.classes)[static_cast<std::size_t>(c)];
        sum += n;
        class_totals[static_cast<std::size_t>(c)] += n;
        cls[class_key(c)] = n;
      }
      entry["classes"] = cls;
      if (sum != m.requests) {
        out.warnings.push_back(m.month + ": the class counts add up to " + std::to_string(sum) + ", not the month's " +
                               std::to_string(m.requests) + " requests");
      }
    } else {
      all_classes_given = false;
    }
    month_json[m.month] = entry;
  }
  if (out.requests > 0) out.mean_days = weighted / static_cast<double>(out.requests);
  if (all_classes_given && !months.empty()) out.classes = class_totals;
  json classes = nullptr;
  if (out.classes) {
    classes = json::object();
    for (InfoClass c : all_classes()) classes[class_key(c)] = (*out.classes)[static_cast<std::size_t>(c)];
  }
  out.breakdown = {{"source", "summary"},
                   {"method", "request-weighted mean of the monthly means: sum(requests x mean_days) / sum(requests)"},
                   {"requests", out.requests},
                   {"mean_days", optional_number(out.mean_days)},
                   {"classes", classes},
                   {"months", month_json},
                   {"not_available",
                    json::array({"median_days", "max_days", "within_10_days", "within_17_days", "on_time", "overdue",
                                 "open_at_period_end"})}};
  return out;
}

std::vector<MonthFigures> summary_figures(const Period& period, const std::vector<SummaryMonth>& months) {
  std::vector<std::string> keys = period.months();
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
    categories.push_back(m.month);
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
    const std::optional<std::array<std::uint64_t, class_count>>& classes,
    const std::function<std::optional<double>(const std::string& month)>& month_mean) {
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
    if (auto w = sdk::compare_published("requests", static_cast<double>(requests), *published.requests)) {
      out.push_back(*w);
    }
  }
  for (const auto& [key, value] : published.classes) {
    const auto c = parse_class(key);
    if (!c || !classes) continue;
    if (auto w = sdk::compare_published("requests of class " + key,
                                        static_cast<double>((*classes)[static_cast<std::size_t>(*c)]), value)) {
      out.push_back(*w);
    }
  }
  for (const auto& [month, value] : published.months) {
    const auto computed = month_mean(month);
    if (!computed) {
      out.push_back("mean working days of " + month + ": published " + sdk::number_text(value) +
                    ", computed none (no answered request)");
    } else if (auto w = sdk::compare_published("mean working days of " + month, *computed, value)) {
      out.push_back(*w);
    }
  }
  return out;
}

}  // namespace ppid
