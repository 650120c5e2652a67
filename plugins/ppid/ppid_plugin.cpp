// ppid: mean time to answer public information requests, in working days
// (IKK 3 of the 2023 Biro Humas LKj), from a request log or a monthly
// summary. The logic is in ppid.cpp; this file registers the plugin and
// turns its parameters into settings.
#include <algorithm>
#include <set>

#include <kinerja/sdk/calendar.hpp>
#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>

#include "ppid.hpp"

namespace {

namespace sdk = kinerja::sdk;
using sdk::json;

json class_counts_description(const char* what) {
  json properties = json::object();
  for (auto c : ppid::all_classes()) {
    properties[ppid::class_key(c)] = {{"type", "integer"}, {"minimum", 0}};
  }
  return {{"type", "object"}, {"description", what}, {"properties", properties}};
}

json parameters() {
  json p = json::parse(R"json({
    "type": "object",
    "examples": [{"requests": "data/ppid-permohonan-2023.csv"}],
    "properties": {
      "requests": {
        "type": "string", "format": "path",
        "description": "The request log (CSV, ',' or ';'): one row per information request, with its id, received date, answered date (blank: still open), information class and extension flag. Dates as YYYY-MM-DD or DD/MM/YYYY.",
        "examples": ["data/ppid-permohonan-2023.csv"]
      },
      "columns": {
        "type": "object",
        "description": "Header names of the request log's columns, where they differ from the defaults.",
        "properties": {
          "id": {"type": "string", "description": "Request id. Default: nomor.", "examples": ["No. Registrasi"]},
          "received": {"type": "string", "description": "Date received. Default: tanggal_diterima."},
          "answered": {"type": "string", "description": "Date answered; blank while open. Default: tanggal_dijawab."},
          "class": {"type": "string", "description": "Information class: berkala, serta_merta, setiap_saat or dikecualikan (also 'serta-merta', 'setiap saat'). Default: jenis_informasi."},
          "extension": {"type": "string", "description": "Extension flag, ya or tidak (blank: tidak). Default: perpanjangan; without this parameter a file lacking that column means no extension."}
        }
      },
      "bad_rows": {
        "type": "string", "enum": ["error", "skip"], "default": "error",
        "description": "A bad row in the request log: stop with an error naming file, line and column, or skip it and count it in the warnings."
      },
      "period": {
        "type": "object",
        "description": "The requests received in this period are measured (dates YYYY-MM-DD or DD/MM/YYYY). Default: the config's year.",
        "properties": {
          "from": {"type": "string", "description": "First day. Default: 1 January of the config's year.", "examples": ["2023-01-01"]},
          "to": {"type": "string", "description": "Last day. Default: 31 December of the config's year.", "examples": ["2023-12-31"]}
        }
      },
      "calendar": {
        "type": "string", "format": "path",
        "description": "The unit's own working-day calendar for one year (JSON: year, source, libur_nasional, cuti_bersama). It replaces the bundled calendar of that year; other years still come from the bundled files."
      },
      "summary": {
        "type": "object",
        "description": "Instead of a request log: a monthly table of request counts and mean days. The realisasi is then the request-weighted mean of the monthly means, unless the summary states the mean over all requests (mean_days).",
        "properties": {
          "mean_days": {"type": "number", "minimum": 0, "description": "The mean over all requests as the source states it (e.g. a table's total row, computed from the request register). When given it is the realisasi, and the monthly table is checked against it."},
          "months": {
            "type": "array",
            "description": "One entry per month of the period.",
            "items": {
              "type": "object",
              "properties": {
                "month": {"type": "string", "description": "The month, YYYY-MM.", "examples": ["2023-01"]},
                "requests": {"type": "integer", "minimum": 0, "description": "Requests that month."},
                "mean_days": {"type": "number", "minimum": 0, "description": "Their mean time to answer, in working days."},
                "classes": null
              },
              "required": ["month", "requests"]
            }
          }
        },
        "required": ["months"]
      },
      "published": {
        "type": "object",
        "description": "Figures the report printed, compared with the computed ones: a disagreement is a warning showing both.",
        "properties": {
          "mean_days": {"type": "number", "minimum": 0, "description": "The published mean, e.g. 2.742."},
          "requests": {"type": "integer", "minimum": 0, "description": "The published number of requests."},
          "classes": null,
          "months": {
            "type": "object",
            "description": "Published monthly mean days, by month YYYY-MM (with a request log only).",
            "additionalProperties": {"type": "number", "minimum": 0}
          }
        }
      },
      "evidence": {"type": "string", "description": "Where the data comes from; becomes the note.",
                   "examples": ["Rekap PPID Kemensos 2023"]}
    }
  })json");
  p["properties"]["summary"]["properties"]["months"]["items"]["properties"]["classes"] =
      class_counts_description("Requests that month by information class.");
  p["properties"]["published"]["properties"]["classes"] =
      class_counts_description("Published requests by information class.");
  return p;
}

struct Settings {
  std::optional<std::filesystem::path> requests;
  ppid::Columns columns;
  ppid::BadRows bad_rows = ppid::BadRows::error;
  ppid::Period period;
  std::optional<std::filesystem::path> calendar;
  std::optional<std::vector<ppid::SummaryMonth>> summary;
  std::optional<double> stated_mean_days;  // summary.mean_days
  ppid::Published published;
  std::string evidence;
};

std::optional<sdk::Date> period_date(const json& period, const char* key) {
  if (!period.contains(key)) return std::nullopt;
  return sdk::parse_date(period[key].get<std::string>());
}

ppid::Period period_of(const json& params, int year) {
  ppid::Period period{sdk::Date{year, 1, 1}, sdk::Date{year, 12, 31}};
  if (params.contains("period")) {
    if (auto from = period_date(params["period"], "from")) period.from = *from;
    if (auto to = period_date(params["period"], "to")) period.to = *to;
  }
  return period;
}

// The rules the parameter description cannot say.
std::vector<sdk::Problem> param_problems(const json& p, int year) {
  std::vector<sdk::Problem> problems;
  const bool requests = p.contains("requests"), summary = p.contains("summary");
  if (requests && summary) {
    problems.push_back({"/params/summary", "give either requests (a request log) or summary (a monthly table), not both"});
  } else if (!requests && !summary) {
    problems.push_back({"/params/requests", "give requests (a request log) or summary (a monthly table)"});
  }
  if (summary) {
    for (const char* key : {"columns", "calendar"}) {
      if (p.contains(key)) {
        problems.push_back({std::string("/params/") + key, std::string(key) + " applies to a request log, not to a summary"});
      }
    }
    if (p.contains("published") && p["published"].contains("months")) {
      problems.push_back({"/params/published/months",
                          "published monthly means are compared with a request log; with a summary they are the input"});
    }
  }
  if (p.contains("columns")) {
    std::set<std::string> seen;
    for (const auto& [key, value] : p["columns"].items()) {
      const std::string name = sdk::csv::Reader::trim(value.get<std::string>());
      if (name.empty()) problems.push_back({"/params/columns/" + key, "empty column name"});
      std::string folded;
      for (char c : name) folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      if (!name.empty() && !seen.insert(folded).second) {
        problems.push_back({"/params/columns/" + key, "column '" + name + "' is already used for another field"});
      }
    }
  }
  bool period_ok = true;
  if (p.contains("period")) {
    for (const char* key : {"from", "to"}) {
      if (p["period"].contains(key) && !period_date(p["period"], key)) {
        period_ok = false;
        problems.push_back({std::string("/params/period/") + key,
                            "'" + p["period"][key].get<std::string>() + "' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)"});
      }
    }
  }
  const ppid::Period period = period_of(p, year);
  if (period_ok && period.to < period.from) {
    period_ok = false;
    problems.push_back({"/params/period", "the period ends (" + period.to.iso() + ") before it starts (" + period.from.iso() + ")"});
  }
  const auto months = period.months();
  const auto in_period = [&](const std::string& m) { return std::find(months.begin(), months.end(), m) != months.end(); };
  if (summary) {
    std::set<std::string> seen;
    const json& list = p["summary"]["months"];
    if (list.empty()) problems.push_back({"/params/summary/months", "no month given"});
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string where = "/params/summary/months/" + std::to_string(i);
      const std::string month = list[i]["month"].get<std::string>();
      if (!ppid::parse_month(month)) {
        problems.push_back({where + "/month", "'" + month + "' is not a month (expected YYYY-MM, e.g. 2023-01)"});
      } else if (!seen.insert(month).second) {
        problems.push_back({where + "/month", month + " is given twice"});
      } else if (period_ok && !in_period(month)) {
        problems.push_back({where + "/month", month + " is outside the period " + period.text()});
      }
      if (list[i]["requests"].get<double>() > 0 && !list[i].contains("mean_days")) {
        problems.push_back({where + "/mean_days", "missing: a month with requests needs its mean days"});
      }
    }
  }
  if (p.contains("published") && p["published"].contains("months") && !summary) {
    for (const auto& [month, value] : p["published"]["months"].items()) {
      if (!ppid::parse_month(month)) {
        problems.push_back({"/params/published/months/" + month, "'" + month + "' is not a month (expected YYYY-MM)"});
      } else if (period_ok && !in_period(month)) {
        problems.push_back({"/params/published/months/" + month, month + " is outside the period " + period.text()});
      }
    }
  }
  return problems;
}

Settings read_settings(const json& p, int year) {
  Settings s;
  if (p.contains("requests")) s.requests = p["requests"].get<std::string>();
  if (p.contains("columns")) {
    const json& c = p["columns"];
    s.columns.id = c.value("id", s.columns.id);
    s.columns.received = c.value("received", s.columns.received);
    s.columns.answered = c.value("answered", s.columns.answered);
    s.columns.info_class = c.value("class", s.columns.info_class);
    if (c.contains("extension")) {
      s.columns.extension = c["extension"].get<std::string>();
      s.columns.extension_required = true;
    }
  }
  s.bad_rows = p.value("bad_rows", std::string("error")) == "skip" ? ppid::BadRows::skip : ppid::BadRows::error;
  s.period = period_of(p, year);
  if (p.contains("calendar")) s.calendar = p["calendar"].get<std::string>();
  if (p.contains("summary")) {
    std::vector<ppid::SummaryMonth> months;
    for (const json& m : p["summary"]["months"]) {
      ppid::SummaryMonth month;
      month.month = m["month"].get<std::string>();
      month.requests = static_cast<std::uint64_t>(m["requests"].get<double>());
      if (m.contains("mean_days")) month.mean_days = m["mean_days"].get<double>();
      if (m.contains("classes")) {
        std::array<std::uint64_t, ppid::class_count> counts{};
        for (auto c : ppid::all_classes()) {
          counts[static_cast<std::size_t>(c)] =
              static_cast<std::uint64_t>(m["classes"].value(ppid::class_key(c), 0.0));
        }
        month.classes = counts;
      }
      months.push_back(month);
    }
    s.summary = std::move(months);
    if (p["summary"].contains("mean_days")) s.stated_mean_days = p["summary"]["mean_days"].get<double>();
  }
  if (p.contains("published")) {
    const json& pub = p["published"];
    if (pub.contains("mean_days")) s.published.mean_days = pub["mean_days"].get<double>();
    if (pub.contains("requests")) s.published.requests = pub["requests"].get<double>();
    if (pub.contains("classes")) {
      for (const auto& [key, value] : pub["classes"].items()) s.published.classes[key] = value.get<double>();
    }
    if (pub.contains("months")) {
      for (const auto& [key, value] : pub["months"].items()) s.published.months[key] = value.get<double>();
    }
  }
  s.evidence = p.value("evidence", std::string{});
  return s;
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

class PpidPlugin : public sdk::Plugin {
 public:
  using Plugin::Plugin;

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "ppid";
    info.version = "1.0.0";
    info.description =
        "Mean time to answer public information requests (UU 14/2008), in working days, from a request log or a monthly summary";
    info.indicator_types = {"ppid"};
    info.parameters = parameters();
    return info;
  }

  // validate: the parameter rules, then the calendar and the log's header.
  std::vector<sdk::Problem> check(const sdk::Request& request) override {
    std::vector<sdk::Problem> problems = param_problems(request.params, request.year);
    if (!problems.empty()) return problems;
    const Settings s = read_settings(request.params, request.year);
    if (!s.requests) return problems;
    try {
      const auto calendar = load_calendar(s);
      for (int y = s.period.from.year; y <= s.period.to.year; ++y) calendar.require_year(y);
    } catch (const sdk::UnknownCalendarYear& e) {
      problems.push_back({s.calendar ? "/params/calendar" : "/params/period",
                          std::string(e.what()) + "; give the unit's calendar with the \"calendar\" parameter"});
    } catch (const std::exception& e) {
      problems.push_back({"/params/calendar", e.what()});
    }
    try {
      const sdk::csv::Reader reader(*s.requests);
      ppid::find_layout(reader, s.columns);
    } catch (const sdk::ConfigError& e) {
      problems.push_back({request.params.contains("columns") ? "/params/columns" : "/params/requests", e.what()});
    } catch (const sdk::InputError& e) {
      problems.push_back({"/params/requests", e.what()});
    }
    return problems;
  }

  sdk::Result evaluate(const sdk::Request& request) override {
    // The host does not call check before evaluate: repeat the rules.
    if (const auto problems = param_problems(request.params, request.year); !problems.empty()) {
      throw sdk::ConfigError(problems.front().path + ": " + problems.front().message);
    }
    const Settings s = read_settings(request.params, request.year);
    sdk::Result result = s.summary ? from_summary(s) : from_requests(s);
    result.unit = "hari kerja";
    if (!s.evidence.empty()) result.note = result.note.empty() ? s.evidence : s.evidence + "; " + result.note;
    if (request.params.contains("published")) result.breakdown["published"] = request.params["published"];
    return result;
  }

 private:
  sdk::Result from_requests(const Settings& s) {
    const sdk::WorkingDayCalendar calendar = load_calendar(s);
    for (int y = s.period.from.year; y <= s.period.to.year; ++y) {
      try {
        calendar.require_year(y);
      } catch (const sdk::UnknownCalendarYear& e) {
        throw sdk::ConfigError("period " + s.period.text() + ": " + e.what() +
                               "; give the unit's calendar with the \"calendar\" parameter");
      }
    }
    const std::string file = s.requests->string();
    const std::string label = "reading " + s.requests->filename().string();
    ppid::ReadOptions options{s.columns, s.bad_rows, s.period, [&](std::uint64_t rows) { host().progress(label, rows, 0); }};
    const ppid::ReadOutcome outcome = ppid::read_requests(*s.requests, calendar, options);
    const ppid::RequestStats& stats = outcome.stats;
    host().debug("read " + std::to_string(outcome.rows) + " rows from " + file);

    std::vector<std::string> warnings = outcome.warnings(s.requests->filename().string());
    for (auto& w : stats.warnings()) warnings.push_back(std::move(w));
    std::array<std::uint64_t, ppid::class_count> classes{};
    for (auto c : ppid::all_classes()) classes[static_cast<std::size_t>(c)] = stats.class_requests(c);
    for (auto& w : ppid::compare_published(s.published, stats.times().mean(), stats.requests(), classes,
                                           [&](const std::string& m) { return stats.month_mean(m); })) {
      warnings.push_back(std::move(w));
    }

    json breakdown = stats.breakdown();
    breakdown["rows"] = outcome.rows;
    breakdown["outside_period"] = outcome.outside_period;
    breakdown["bad_rows_skipped"] = outcome.skipped;
    breakdown["extension_column"] = outcome.extension_column;
    breakdown["calendar"] = calendar_json(calendar);

    const auto mean = stats.times().mean();
    sdk::Result result = mean ? sdk::Result::final_value(*mean)
                              : sdk::Result::missing_value("no answered request received in the period " + s.period.text());
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    result.charts = ppid::monthly_charts(stats.monthly());
    // The bundled calendar files read (a path parameter is recorded by the host).
    for (int y : calendar.years()) {
      const auto& file_of_year = calendar.year(y).file;
      if (!s.calendar || file_of_year != *s.calendar) result.inputs.push_back(file_of_year.string());
    }
    return result;
  }

  static sdk::Result from_summary(const Settings& s) {
    ppid::SummaryOutcome outcome = ppid::evaluate_summary(*s.summary);
    std::vector<std::string> warnings = std::move(outcome.warnings);
    // A stated mean over all requests (from the register) is the realisasi;
    // the monthly table, a rounded digest of it, is checked against it.
    std::optional<double> realisasi = outcome.mean_days;
    std::string source = "request-weighted mean of the monthly means";
    if (s.stated_mean_days) {
      realisasi = s.stated_mean_days;
      source = "mean over all requests as stated in the summary";
      if (outcome.mean_days) {
        if (auto w = sdk::compare_published("the monthly table's request-weighted mean (against the stated mean_days)",
                                            *outcome.mean_days, *s.stated_mean_days)) {
          warnings.push_back(*w);
        }
      }
    }
    if (!s.published.classes.empty() && !outcome.classes) {
      warnings.push_back("published class counts not compared: not every month of the summary gives its class counts");
    }
    for (auto& w : ppid::compare_published(s.published, realisasi, outcome.requests, outcome.classes,
                                           [](const std::string&) { return std::optional<double>{}; })) {
      warnings.push_back(std::move(w));
    }
    sdk::Result result = realisasi ? sdk::Result::final_value(*realisasi)
                                   : sdk::Result::missing_value("the summary counts no request");
    result.breakdown = std::move(outcome.breakdown);
    result.breakdown["realisasi_source"] = source;
    if (outcome.mean_days) result.breakdown["monthly_weighted_mean_days"] = *outcome.mean_days;
    result.breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
    result.warnings = std::move(warnings);
    result.charts = ppid::monthly_charts(ppid::summary_figures(s.period, *s.summary));
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(PpidPlugin)
