// ppid: public information requests (UU 14/2008), IKK 3 of the 2023 Biro
// Humas LKj: the mean time to answer in working days, and the shares
// answered and answered on time at a cut-off date, from a request log (CSV
// or xlsx, read through the SDK's table layer) or a monthly summary. This
// file is the plugin glue: the parameters, each described once, the checks
// and the result; the logic is in ppid.cpp.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/calendar.hpp>
#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>
#include <kinerja/sdk/table.hpp>

#include "ppid.hpp"

namespace {

namespace sdk = kinerja::sdk;
using sdk::json;

struct Summary {
  std::optional<double> mean_days;  // the mean over all requests, as the source states it
  std::vector<ppid::SummaryMonth> months;
};

struct Settings {
  std::optional<sdk::TableSpec> requests;
  std::optional<Summary> summary;
  sdk::Period period;
  std::optional<sdk::Date> cutoff;
  std::optional<std::filesystem::path> calendar;
  ppid::Published published;
  std::string evidence;

  sdk::Date cutoff_date() const { return cutoff.value_or(period.to); }
};

template <class Counts, class Member>
void class_parameters(sdk::Parameters<Counts>& p, Member berkala, Member serta_merta, Member setiap_saat,
                      Member dikecualikan) {
  p.integer("berkala", berkala, "Requests for berkala information.").minimum(0);
  p.integer("serta_merta", serta_merta, "Requests for serta-merta information.").minimum(0);
  p.integer("setiap_saat", setiap_saat, "Requests for setiap-saat information.").minimum(0);
  p.integer("dikecualikan", dikecualikan, "Requests for exempt (dikecualikan) information.").minimum(0);
}

sdk::Parameters<ppid::ClassCounts> class_count_parameters() {
  using C = ppid::ClassCounts;
  sdk::Parameters<C> p;
  class_parameters(p, &C::berkala, &C::serta_merta, &C::setiap_saat, &C::dikecualikan);
  return p;
}

sdk::Parameters<ppid::SummaryMonth> summary_month_parameters() {
  using M = ppid::SummaryMonth;
  sdk::Parameters<M> p;
  p.month("month", &M::month, "The month, YYYY-MM.").required().example("2023-01");
  p.integer("requests", &M::requests, "Requests that month.").minimum(0).required();
  p.number("mean_days", &M::mean_days, "Their mean time to answer, in working days.").minimum(0);
  p.object("classes", &M::classes, class_count_parameters(),
           "Requests that month by information class (a class left out is 0).");
  p.rule([](const M& m, const json&, const std::string& at, sdk::Reading& r) {
    if (m.requests > 0 && !m.mean_days) r.problem(at + "/mean_days", "missing: a month with requests needs its mean days");
  });
  return p;
}

// Whether summary month i was read: one that is no month is reported once,
// by the month parameter, and left out of the rules over months.
bool month_read(const json& summary, std::size_t i) {
  return sdk::parse_year_month(summary.at("months").at(i).at("month").get<std::string>()).has_value();
}

sdk::Parameters<Summary> summary_parameters() {
  sdk::Parameters<Summary> p;
  p.number("mean_days", &Summary::mean_days,
           "The mean over all requests as the source states it (e.g. a table's total row, computed from the request "
           "register). When given it is the realisasi, and the monthly table is checked against it.")
      .minimum(0);
  p.list("months", &Summary::months, summary_month_parameters(), "One entry per month of the period.").required();
  p.rule([](const Summary& s, const json& v, const std::string& at, sdk::Reading& r) {
    if (s.months.empty()) r.problem(at + "/months", "no month given");
    for (std::size_t i = 0; i < s.months.size(); ++i) {
      for (std::size_t j = 0; j < i && month_read(v, i); ++j) {
        if (month_read(v, j) && s.months[j].month == s.months[i].month) {
          r.problem(at + "/months/" + std::to_string(i) + "/month", s.months[i].month.text() + " is given twice");
        }
      }
    }
  });
  return p;
}

sdk::Parameters<ppid::Published> published_parameters() {
  using P = ppid::Published;
  sdk::Parameters<P> p;
  p.number("mean_days", &P::mean_days, "The published mean, e.g. 2.742.").minimum(0);
  p.integer("requests", &P::requests, "The published number of requests.").minimum(0);
  sdk::Parameters<ppid::PublishedClasses> classes;
  using C = ppid::PublishedClasses;
  class_parameters(classes, &C::berkala, &C::serta_merta, &C::setiap_saat, &C::dikecualikan);
  p.object("classes", &P::classes, classes, "Published requests by information class.");
  p.number_map("months", &P::months, "Published monthly mean days, by month YYYY-MM (with a request log only).");
  return p;
}

// The rules across parameters that the declarations cannot say.
void check_months(const Settings& s, const json& params, const std::string& at, sdk::Reading& r) {
  const auto in_period = [&](const sdk::YearMonth& m) { return s.period.contains(m); };
  if (s.summary) {
    for (std::size_t i = 0; i < s.summary->months.size(); ++i) {
      const auto& m = s.summary->months[i].month;
      if (month_read(params.at("summary"), i) && !in_period(m)) {
        r.problem(at + "/summary/months/" + std::to_string(i) + "/month", m.text() + " is outside the period " + s.period.text());
      }
    }
    if (params.contains("published") && params["published"].contains("months")) {
      r.problem(at + "/published/months",
                "published monthly means are compared with a request log; with a summary they are the input");
    }
    return;
  }
  for (const auto& [key, value] : s.published.months) {
    const auto month = sdk::parse_year_month(key);
    const std::string where = at + "/published/months/" + key;
    if (!month) r.problem(where, "'" + sdk::text::excerpt(key) + "' is not a month (expected YYYY-MM)");
    else if (!in_period(*month)) r.problem(where, key + " is outside the period " + s.period.text());
  }
}

void check_cutoff(const Settings& s, const std::string& at, sdk::Reading& r) {
  if (s.cutoff && *s.cutoff < s.period.to) {
    r.problem(at + "/cutoff", "the cut-off (" + s.cutoff->iso() + ") is before the end of the period (" +
                                  s.period.to.iso() + "): give a date on or after it (default: the period's end)");
  }
}

// Two fields reading one column is a mistake (e.g. received and answered
// both from "Tanggal": every answer the same day).
void check_columns(const Settings& s, const std::string& at, sdk::Reading& r) {
  if (!s.requests) return;
  for (const auto& source : s.requests->sources) {
    std::map<std::string, std::string> used;  // column key -> field
    for (const auto& [field, choice] : source.columns) {
      if (!choice.column) continue;
      const auto [it, fresh] = used.emplace(sdk::text::key(*choice.column), field);
      if (!fresh) {
        r.problem(at + "/requests", "columns: " + it->second + " and " + field + " both name the column '" +
                                        *choice.column + "' (each field reads a column of its own)");
      }
    }
  }
}

// The bundled calendars (a folder of YYYY.json beside the library), with
// the unit's own file over them.
sdk::WorkingDayCalendar load_calendar(const Settings& s) {
  sdk::WorkingDayCalendar calendar = sdk::WorkingDayCalendar::from_folder(sdk::plugin_data_dir("ppid") / "calendar");
  if (s.calendar) calendar.load_file(*s.calendar);
  return calendar;
}

json calendar_json(const sdk::WorkingDayCalendar& calendar) {
  json years = json::array();
  for (int y : calendar.years()) {
    const auto& year = calendar.year(y);
    std::size_t libur = 0, cuti = 0;
    for (const auto& h : year.holidays) (h.kind == "cuti_bersama" ? cuti : libur)++;
    years.push_back({{"year", y},
                     {"source", year.source},
                     {"file", year.file.filename().string()},
                     {"libur_nasional", libur},
                     {"cuti_bersama", cuti}});
  }
  return years;
}

class PpidPlugin : public sdk::PluginWith<PpidPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.table("requests", &Settings::requests, ppid::request_fields(),
            "The request log (register): one row per information request, CSV or xlsx. Give this or summary.")
        .example("data/register-ppid-2024.xlsx");
    p.object("summary", &Settings::summary, summary_parameters(),
             "Instead of a request log: a monthly table of request counts and mean days. It gives mean_days only: "
             "the request-weighted mean of the monthly means, unless the summary states the mean over all requests "
             "(mean_days).");
    p.period("period", &Settings::period,
             "The requests received in this period are measured. Default: the config's year.");
    p.date("cutoff", &Settings::cutoff,
           "The date the shares are judged at: a request not answered by then counts as not on time. Default: the "
           "period's end; a later date (the day the log was exported) lets the answers of late-period requests count.");
    p.file("calendar", &Settings::calendar,
           "The unit's own working-day calendar for one year (JSON: year, source, libur_nasional, cuti_bersama). It "
           "replaces the bundled calendar of that year; other years still come from the bundled files.");
    p.object("published", &Settings::published, published_parameters(),
             "Figures the report printed, compared with the computed ones: a disagreement is a warning showing both.");
    p.text("evidence", &Settings::evidence, "Where the data comes from; becomes the note.").example("Rekap PPID 2023");
    p.one_of({"requests", "summary"}, {"a request log", "a monthly table"});
    p.only_with("calendar", "requests");
    p.only_with("cutoff", "requests");
    p.rule([](const Settings& s, const json& params, const std::string& at, sdk::Reading& r) {
      check_months(s, params, at, r);
      check_cutoff(s, at, r);
      check_columns(s, at, r);
    });
    p.examples(json::array({{{"requests", "data/ppid-permohonan-2023.csv"}},
                            {{"requests", {{"file", "data/register-ppid-2024.xlsx"},
                                           {"columns", {{"extension", {{"map", {{"*", "ya"}, {"", "tidak"}}}}}}}}},
                             {"calendar", "data/kalender-2024.json"}}}));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "ppid";
    info.version = "2.0.0";
    info.description =
        "Public information requests (UU 14/2008): mean working days to answer, share answered on time, share "
        "answered; from a request log or a monthly summary";
    info.indicator_types = {"ppid"};
    info.parameters = schema();
    info.measures = {
        {"mean_days", "hari kerja", false, "Mean working days to answer a request",
         "Rata-rata waktu penyelesaian permohonan informasi publik",
         "mean working days from receipt to answer over the answered requests received in the period (weekends, "
         "libur nasional and cuti bersama excluded)",
         10, 0, std::nullopt},
        {"on_time_share", "%", true, "Share of requests answered on time",
         "Persentase permohonan informasi publik yang diselesaikan tepat waktu",
         "requests answered by the cut-off within their limit (10 working days, 17 with an extension; UU 14/2008) / "
         "all requests received in the period x 100; a request still open at the cut-off is not on time",
         95, 0, 100},
        {"answered_share", "%", true, "Share of requests answered",
         "Persentase permohonan informasi publik yang diselesaikan",
         "requests answered by the cut-off / all requests received in the period x 100", 100, 0, 100},
    };
    return info;
  }

  // validate: the calendar covers the period and the cut-off, and every
  // file of the log has the columns (its header only, no data row).
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    if (!s.requests) return;
    try {
      const auto calendar = load_calendar(s);
      for (int y = s.period.from.year; y <= s.cutoff_date().year; ++y) calendar.require_year(y);
    } catch (const sdk::UnknownCalendarYear& e) {
      const char* at = s.calendar ? "/params/calendar" : e.year() > s.period.to.year ? "/params/cutoff" : "/params/period";
      problems.push_back({at, std::string(e.what()) + "; give the unit's calendar with the \"calendar\" parameter"});
    } catch (const std::exception& e) {
      problems.push_back({"/params/calendar", e.what()});
    }
    sdk::check_headers(*s.requests, ppid::request_fields(), "/params/requests", problems);
  }

  sdk::Result compute(const sdk::Request& request, const Settings& s) override {
    sdk::Result result = s.summary ? from_summary(s) : from_requests(s);
    if (!s.evidence.empty()) result.note = result.note.empty() ? s.evidence : s.evidence + "; " + result.note;
    if (request.params.contains("published")) result.breakdown["published"] = request.params["published"];
    return result;
  }

 private:
  // Every measure the log gives; the SDK makes the one the indicator asks
  // for the realisasi (or the indicator missing, with the reason).
  static sdk::Result measured(const ppid::RequestStats& stats) {
    const ppid::CutoffCounts& c = stats.at_cutoff();
    if (c.received == 0) return sdk::Result::missing_value("no request received in the period " + stats.period().text());
    const auto mean = stats.times().mean();
    sdk::Result result = sdk::Result::final_value(mean ? *mean : *c.on_time_share());
    if (mean) {
      result.measures["mean_days"] = *mean;
    } else {
      result.unavailable_measures["mean_days"] = "no answered request received in the period " + stats.period().text();
    }
    result.measures["on_time_share"] = *c.on_time_share();
    result.measures["answered_share"] = *c.answered_share();
    return result;
  }

  sdk::Result from_requests(const Settings& s) const {
    const sdk::WorkingDayCalendar calendar = load_calendar(s);
    const ppid::ReadOutcome out = ppid::read_requests(*s.requests, calendar, s.period, s.cutoff_date(), &host());
    const ppid::RequestStats& stats = out.stats;

    std::vector<std::string> warnings = out.warnings;
    for (auto& w : stats.warnings()) warnings.push_back(std::move(w));
    std::optional<ppid::ClassCounts> classes;
    if (stats.unclassified() == 0) {
      classes.emplace();
      for (auto c : ppid::all_classes()) (*classes)[c] = stats.class_requests(c);
    } else if (!s.published.classes.empty()) {
      warnings.push_back("published class counts not compared: " + std::to_string(stats.unclassified()) +
                         " request(s) have no information class");
    }
    for (auto& w : ppid::compare_published(s.published, stats.times().mean(), stats.requests(), classes,
                                           [&](const sdk::YearMonth& m) { return stats.month_mean(m); })) {
      warnings.push_back(std::move(w));
    }

    json breakdown = stats.breakdown();
    breakdown["rows"] = out.input["rows"];
    breakdown["outside_period"] = out.outside_period;
    breakdown["bad_rows_skipped"] = out.input["bad_rows_skipped"];
    breakdown["extension_column"] = out.without_extension.empty();
    breakdown["class_column"] = out.without_class.empty();
    if (!out.without_class.empty()) {
      breakdown["classes_note"] = "no information-class column in " + sdk::text::join(out.without_class) +
                                  ": its requests are unclassified (name the column with columns.class, or give one "
                                  "class for all with columns.class.value)";
    }
    breakdown["calendar"] = calendar_json(calendar);
    breakdown["input"] = out.input;

    sdk::Result result = measured(stats);
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    result.charts = ppid::monthly_charts(stats.monthly());
    result.inputs = out.files;
    // The bundled calendar files read (a path parameter is recorded by the host).
    for (int y : calendar.years()) {
      const auto& file_of_year = calendar.year(y).file;
      if (!s.calendar || file_of_year != *s.calendar) result.inputs.push_back(file_of_year.string());
    }
    return result;
  }

  static sdk::Result from_summary(const Settings& s) {
    const Summary& summary = *s.summary;
    ppid::SummaryOutcome outcome = ppid::evaluate_summary(summary.months);
    std::vector<std::string> warnings = std::move(outcome.warnings);
    // A stated mean over all requests (from the register) is the realisasi;
    // the monthly table, a rounded digest of it, is checked against it.
    std::optional<double> realisasi = outcome.mean_days;
    std::string source = "request-weighted mean of the monthly means";
    if (summary.mean_days) {
      realisasi = summary.mean_days;
      source = "mean over all requests as stated in the summary";
      if (outcome.mean_days) {
        if (auto w = sdk::compare_published("the monthly table's request-weighted mean (against the stated mean_days)",
                                            *outcome.mean_days, *summary.mean_days)) {
          warnings.push_back(*w);
        }
      }
    }
    if (!s.published.classes.empty() && !outcome.classes) {
      warnings.push_back("published class counts not compared: not every month of the summary gives its class counts");
    }
    for (auto& w : ppid::compare_published(s.published, realisasi, outcome.requests, outcome.classes,
                                           [](const sdk::YearMonth&) { return std::optional<double>{}; })) {
      warnings.push_back(std::move(w));
    }
    sdk::Result result = realisasi ? sdk::Result::final_value(*realisasi)
                                   : sdk::Result::missing_value("the summary counts no request");
    if (realisasi) result.measures["mean_days"] = *realisasi;
    const std::string why = "a monthly summary has no request's dates: this share needs the request log (requests)";
    result.unavailable_measures["on_time_share"] = why;
    result.unavailable_measures["answered_share"] = why;
    result.breakdown = std::move(outcome.breakdown);
    result.breakdown["realisasi_source"] = source;
    if (outcome.mean_days) result.breakdown["monthly_weighted_mean_days"] = *outcome.mean_days;
    result.breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
    result.warnings = std::move(warnings);
    result.charts = ppid::monthly_charts(ppid::summary_figures(s.period, summary.months));
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(PpidPlugin)
