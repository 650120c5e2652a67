// lapor: SP4N-LAPOR! complaints followed up (IKK 4), RTL, the share followed
// up within the deadline and RHP, from a complaint log (one row per
// complaint, CSV or xlsx, read through the SDK's table layer) or from a
// status summary. This file is the plugin glue: the parameters, each
// described once, the reading, and the result; the arithmetic is in
// lapor.cpp.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/calendar.hpp>
#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/table.hpp>

#include "lapor.hpp"

namespace {

namespace fs = std::filesystem;
namespace sdk = kinerja::sdk;
namespace lp = kinerja::lapor;
using sdk::json;

constexpr std::size_t max_units = 200;  // a wrong column must not grow memory with the rows
constexpr const char* blank_unit = "(blank)";
constexpr const char* other_units = "(other)";
constexpr std::size_t rows_shown = 5;
constexpr const char* days_unit = "hari kerja";

// The measures, in the order of PluginInfo::measures.
constexpr const char* share_measure = "followed_up_share";
constexpr const char* rtl_measure = "mean_days_to_follow_up";
constexpr const char* deadline_measure = "followed_up_within_deadline_share";

struct Summary {
  std::uint64_t belum = 0, proses = 0, selesai = 0, arsip = 0;
  lp::StatusCounts counts() const { return {belum, proses, selesai, arsip}; }
};

struct Settings {
  std::optional<sdk::TableSpec> complaints;
  std::optional<Summary> summary;
  lp::Archived archived = lp::Archived::exclude;
  std::vector<fs::path> calendar;
  long deadline_days = 5;  // PermenPANRB 46/2020: the agency follows up within 5 working days
  sdk::Period period;
  json published = json::object();
  std::string evidence;
};

sdk::Parameters<Summary> summary_parameters() {
  sdk::Parameters<Summary> p;
  p.integer("belum", &Summary::belum, "Reports with status belum (belum ditindaklanjuti).").minimum(0).required();
  p.integer("proses", &Summary::proses, "Reports with status proses.").minimum(0).required();
  p.integer("selesai", &Summary::selesai, "Reports with status selesai.").minimum(0).required();
  p.integer("arsip", &Summary::arsip, "Reports with status arsip.").minimum(0).required();
  p.examples(json::array({{{"belum", 0}, {"proses", 116}, {"selesai", 5301}, {"arsip", 568}}}));
  return p;
}

json published_schema() {
  return {{"type", "object"},
          {"properties",
           {{"total", {{"type", "integer"}, {"minimum", 0}, {"description", "Total reports printed, arsip included."}}},
            {"disposed",
             {{"type", "integer"},
              {"minimum", 0},
              {"description", "Reports printed as disposed (terdisposisi), without arsip."}}},
            {"followed_up_share",
             {{"type", "number"}, {"minimum", 0}, {"maximum", 100}, {"description", "Followed-up share printed, %."}}},
            {"rtl", {{"type", "number"}, {"minimum", 0}, {"description", "Mean working days to first follow-up printed."}}},
            {"rhp", {{"type", "number"}, {"minimum", 1}, {"maximum", 5}, {"description", "Mean rating printed."}}}}},
          {"examples", json::array({{{"total", 5985}, {"disposed", 5417}, {"followed_up_share", 100}}})}};
}

// Two fields read from one column is a mapping mistake.
void check_columns(const sdk::TableSpec& spec, const std::string& pointer, sdk::Reading& r) {
  for (std::size_t i = 0; i < spec.sources.size(); ++i) {
    const std::string at = pointer + (spec.sources.size() > 1 ? "/" + std::to_string(i) : std::string());
    std::map<std::string, std::string> seen;  // column key -> field
    for (const auto& [field, choice] : spec.sources[i].columns) {
      if (!choice.column) continue;
      const auto [it, fresh] = seen.emplace(sdk::text::key(*choice.column), field);
      if (!fresh) r.problem(at + "/columns/" + field, "reads the same column '" + *choice.column + "' as " + it->second);
    }
  }
}

// A few rows for a warning ("file.csv:12"), and how many there were.
struct Rows {
  std::uint64_t count = 0;
  std::vector<std::string> first;
  void add(const sdk::Record& r) {
    ++count;
    if (first.size() < rows_shown) first.push_back(r.location());
  }
  std::string text() const { return sdk::text::join(first) + (count > first.size() ? ", ..." : ""); }
};

json counts_json(const lp::StatusCounts& counts) {
  json j = json::object();
  for (lp::Status st : lp::all_statuses) j[lp::status_name(st)] = counts[static_cast<std::size_t>(st)];
  return j;
}

json optional_json(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json unit_json(const std::string& name, const lp::UnitTally& t, lp::Archived archived, bool with_days) {
  const lp::FollowedUp f = lp::followed_up(t.counts, archived);
  json j{{"unit", name},
         {"statuses", counts_json(t.counts)},
         {"total", f.total},
         {"followed_up", f.followed_up},
         {"followed_up_share", optional_json(f.share)},
         {"rhp", optional_json(t.rating.value())},
         {"rated", t.rating.count()}};
  if (with_days) {
    j["rtl"] = optional_json(t.rtl.value());
    j["rtl_complaints"] = t.rtl.count();
    j["within_deadline"] = t.timeliness[static_cast<std::size_t>(lp::Timeliness::within)];
    j["within_deadline_share"] = optional_json(lp::within_deadline_share(t, archived));
  }
  return j;
}

void compare(const json& published, const char* key, const std::string& what, const std::optional<double>& computed,
             const std::string& why_not, std::vector<std::string>& warnings) {
  if (!published.contains(key)) return;
  const double printed = published.at(key).get<double>();
  if (!computed) {
    warnings.push_back("published " + what + " " + sdk::number_text(printed) + " cannot be checked: " + why_not);
  } else if (auto w = sdk::compare_published(what, *computed, printed)) {
    warnings.push_back(*w);
  }
}

class LaporPlugin : public sdk::PluginWith<LaporPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.table("complaints", &Settings::complaints, lp::complaint_fields(),
            "The complaint log: one row per complaint (CSV or xlsx, e.g. SP4N-LAPOR!'s own export). Give this or "
            "summary.")
        .example("data/lapor-2023.xlsx");
    p.object("summary", &Settings::summary, summary_parameters(),
             "A status table instead of the complaints: reports per status. Give this or complaints.");
    p.choice("archived", &Settings::archived, {{"exclude", lp::Archived::exclude}, {"include", lp::Archived::include}},
             "Whether archived reports (spam, duplicates, out of scope) count in the total of every measure and of "
             "RHP.");
    p.files("calendar", &Settings::calendar,
            "Working-day calendar files, one per year the complaints span (JSON: year, source, libur_nasional, "
            "cuti_bersama). Needed for mean_days_to_follow_up (RTL) and followed_up_within_deadline_share; without "
            "it they are not reported.")
        .example(json::array({"kalender/2023.json", "kalender/2024.json"}));
    p.integer("deadline_days", &Settings::deadline_days,
              "The follow-up deadline in working days after receipt, for followed_up_within_deadline_share "
              "(PermenPANRB 46/2020: 5).")
        .minimum(1);
    p.period("period", &Settings::period,
             "Received dates counted, inclusive; rows outside are counted as out of period. Its end is the cut-off "
             "of the deadline. Default: the config's year.");
    p.value("published", &Settings::published, published_schema(),
            "Figures the report printed: each disagreement with the computed one is a warning.");
    p.text("evidence", &Settings::evidence, "Where the data comes from; becomes the indicator's note.");
    p.one_of({"complaints", "summary"}, {"the complaint log", "the status table"});
    p.rule([](const Settings& s, const json& params, const std::string& at, sdk::Reading& r) {
      if (s.complaints) check_columns(*s.complaints, at + "/complaints", r);
      if (!s.summary) return;
      for (const char* key : {"calendar", "period"}) {
        if (params.contains(key)) r.problem(at + "/" + key, "applies only to complaints, not to summary");
      }
    });
    p.examples(json::array({{{"complaints", "data/lapor-2023.csv"}, {"archived", "exclude"}}}));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "lapor";
    info.version = "2.0.0";
    info.description =
        "SP4N-LAPOR! complaints followed up (IKK 4), RTL, the share within the deadline and RHP, from a complaint "
        "log or a status table";
    info.indicator_types = {"lapor"};
    info.parameters = schema();
    info.measures = {
        {share_measure, "%", true, "Share of complaints followed up",
         "Persentase layanan pengaduan masyarakat yang ditindaklanjuti",
         "(total - belum) / total x 100; arsip in the total only with archived: include", 100, 0, 100},
        {rtl_measure, days_unit, false, "Mean working days to the first follow-up (RTL)",
         "Rata-rata waktu tindak lanjut pengaduan",
         "mean working days from receipt to the first follow-up, over the complaints of the total that have one; "
         "needs calendar",
         5, 0, std::nullopt},
        {deadline_measure, "%", true, "Share of complaints followed up within the deadline",
         "Persentase pengaduan yang ditindaklanjuti tepat waktu",
         "complaints first followed up within deadline_days working days of receipt, by the period's end / all "
         "complaints of the total x 100; needs calendar",
         100, 0, 100},
    };
    return info;
  }

  // validate: the calendar files, and each complaint file's header (its
  // columns), reading no row.
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    for (std::size_t i = 0; i < s.calendar.size(); ++i) {
      try {
        sdk::WorkingDayCalendar::from_file(s.calendar[i]);
      } catch (const std::exception& e) {
        problems.push_back({"/params/calendar/" + std::to_string(i), e.what()});
      }
    }
    if (s.complaints) sdk::check_headers(*s.complaints, lp::complaint_fields(), "/params/complaints", problems);
  }

  sdk::Result compute(const sdk::Request& request, const Settings& s) override {
    const auto calendar = load_calendar(s);
    std::vector<std::string> warnings;
    json breakdown{{"source", s.complaints ? "complaints" : "summary"}, {"archived", lp::archived_name(s.archived)}};

    std::optional<Log> log;
    lp::StatusCounts counts{};
    if (s.complaints) {
      log.emplace(read_complaints(s, calendar));
      counts = log->tally.all().counts;
      breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
      breakdown["out_of_period"] = log->out_of_period;
      breakdown["bad_rows_skipped"] = log->input.value("bad_rows_skipped", 0);
      breakdown["input"] = log->input;
      warnings = log->warnings;
      if (log->belum_with_follow_up.count > 0) {
        warnings.push_back(std::to_string(log->belum_with_follow_up.count) +
                           " complaint(s) with status belum have a follow-up date (" +
                           log->belum_with_follow_up.text() + "): counted as belum, as their status says");
      }
    } else {
      counts = s.summary->counts();
    }

    const lp::FollowedUp f = lp::followed_up(counts, s.archived);
    std::uint64_t all = 0;
    for (std::uint64_t n : counts) all += n;
    breakdown["statuses"] = counts_json(counts);
    breakdown["reports"] = all;
    breakdown["total"] = f.total;
    breakdown["followed_up"] = f.followed_up;
    breakdown["followed_up_share"] = optional_json(f.share);

    // RTL, the deadline and RHP need the rows; RTL and the deadline also a calendar.
    const Days days = working_days(s, log, calendar, breakdown);
    std::optional<double> rhp;
    if (log) {
      rhp = log->tally.all().rating.value();
      breakdown["rhp"] = {{"mean", optional_json(rhp)}, {"rated", log->tally.all().rating.count()}};
      json units = json::array();
      for (const auto& [name, t] : log->tally.units()) {
        units.push_back(unit_json(name, t, s.archived, calendar.has_value()));
      }
      breakdown["units"] = units;
    }
    check_published(s, counts, f, days, rhp, log.has_value(), breakdown, warnings);

    const std::string total_text =
        std::string("(total - belum) / total over belum + proses + selesai") +
        (s.archived == lp::Archived::include ? " + arsip (archived: include)"
                                             : "; " + std::to_string(counts[3]) + " arsip left out (archived: exclude)");
    breakdown["formula"] = total_text;
    if (!f.share) {
      sdk::Result missing = sdk::Result::missing_value("no report in the total: " + total_text);
      missing.breakdown = std::move(breakdown);
      missing.warnings = std::move(warnings);
      if (log) missing.inputs = log->files;
      return missing;
    }
    sdk::Result result = sdk::Result::final_value(*f.share);
    result.measures[share_measure] = *f.share;
    give(result, rtl_measure, days.rtl, days.no_rtl);
    give(result, deadline_measure, days.within_share, days.no_within);
    result.note = !s.evidence.empty() ? s.evidence : note(request.measure, f, total_text, days, s);
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    if (log) result.inputs = log->files;
    for (const fs::path& file : s.calendar) result.inputs.push_back(file.string());
    return result;
  }

 private:
  struct Log {
    lp::Tally tally;
    std::uint64_t out_of_period = 0;
    Rows belum_with_follow_up;  // status belum, yet a follow-up date
    std::uint64_t no_follow_up_date = 0;  // proses or selesai without one: no RTL for them
    std::vector<std::string> warnings;
    json input;
    std::vector<std::string> files;
    explicit Log(lp::Archived archived) : tally(archived) {}
  };

  // The measures in working days, or why not.
  struct Days {
    std::optional<double> rtl, within_share;
    std::string no_rtl, no_within;
    std::uint64_t rtl_complaints = 0, within = 0;
  };

  static std::optional<sdk::WorkingDayCalendar> load_calendar(const Settings& s) {
    if (s.calendar.empty()) return std::nullopt;
    sdk::WorkingDayCalendar calendar;
    for (const fs::path& file : s.calendar) calendar.load_file(file);
    return calendar;
  }

  // Streams the log: memory grows with the number of units, never with rows.
  Log read_complaints(const Settings& s, const std::optional<sdk::WorkingDayCalendar>& calendar) const {
    const sdk::Fields fields = lp::complaint_fields();
    sdk::Table table(*s.complaints, fields, &host());
    Log log(s.archived);
    sdk::Record r;
    while (table.next(r)) {
      auto complaint = complaint_of(r, table);
      if (!complaint) continue;
      if (!s.period.contains(r.date(lp::received))) {
        ++log.out_of_period;
        continue;
      }
      if (calendar) time_follow_up(*complaint, r, s, *calendar);
      const bool followed = r.has(lp::follow_up);
      if (followed && complaint->status == lp::Status::belum) log.belum_with_follow_up.add(r);
      if (!followed && r.in_file(lp::follow_up) &&
          (complaint->status == lp::Status::proses || complaint->status == lp::Status::selesai)) {
        ++log.no_follow_up_date;
      }
      std::string unit_name = r.has(lp::unit) ? sdk::text::trimmed(r.text(lp::unit)) : std::string();
      if (unit_name.empty()) unit_name = blank_unit;
      if (!log.tally.units().contains(unit_name) && log.tally.units().size() >= max_units) unit_name = other_units;
      log.tally.add(unit_name, *complaint);
    }
    log.warnings = table.warnings();
    log.input = table.breakdown();
    log.files = table.files();
    return log;
  }

  // One row as a complaint, not yet timed; nothing for a bad row left out
  // (bad_rows: skip).
  static std::optional<lp::Complaint> complaint_of(const sdk::Record& r, sdk::Table& table) {
    const std::string id = r.has(lp::tracking) ? sdk::text::trimmed(r.text(lp::tracking)) : std::string();
    const auto reject = [&](lp::Field f, const std::string& why) {
      table.reject(r, f, why + (id.empty() ? "" : " (complaint " + id + ")"));  // throws under bad_rows: error
    };
    const sdk::Date& received = r.date(lp::received);
    for (lp::Field f : {lp::follow_up, lp::closed}) {
      if (r.has(f) && r.date(f) < received) {
        reject(f, std::string(f == lp::follow_up ? "follow-up " : "closed ") + r.date(f).iso() +
                      " is dated before receipt " + received.iso());
        return std::nullopt;
      }
    }
    lp::Complaint c;
    c.status = static_cast<lp::Status>(r.category(lp::status));
    if (r.has(lp::rating)) {
      if (auto problem = lp::rating_problem(r.number(lp::rating), r.raw(lp::rating))) {
        reject(lp::rating, *problem);
        return std::nullopt;
      }
      c.rating = static_cast<int>(r.number(lp::rating));
    }
    return c;
  }

  // The working days to the first follow-up (RTL) and the timeliness.
  static void time_follow_up(lp::Complaint& c, const sdk::Record& r, const Settings& s,
                             const sdk::WorkingDayCalendar& calendar) {
    if (r.has(lp::follow_up)) {
      try {
        c.rtl_days = calendar.working_days_between(r.date(lp::received), r.date(lp::follow_up));
      } catch (const sdk::UnknownCalendarYear& e) {
        throw sdk::ConfigError(r.location() + ": " + e.what() + ": add that year's file to calendar");
      }
    }
    // A file without the follow-up column cannot say when its complaints were acted on.
    if (r.in_file(lp::follow_up)) {
      const bool after_period = r.has(lp::follow_up) && r.date(lp::follow_up) > s.period.to;
      c.timeliness = lp::timeliness_of(c.status, c.rtl_days, after_period, s.deadline_days);
    }
  }

  // RTL and the within-deadline share, with their breakdown.
  static Days working_days(const Settings& s, const std::optional<Log>& log,
                           const std::optional<sdk::WorkingDayCalendar>& calendar, json& breakdown) {
    Days d;
    if (!log) {
      d.no_rtl = d.no_within = "a status summary has no dates: give the complaint log (complaints) and a calendar";
      return d;
    }
    if (!calendar) {
      d.no_rtl = d.no_within = "needs a working-day calendar: parameter calendar";
      breakdown["rtl"] = nullptr;
      breakdown["within_deadline"] = nullptr;
      breakdown["rtl_note"] =
          "RTL and the within-deadline share (working days to the first follow-up) need a working-day calendar: "
          "parameter calendar";
      return d;
    }
    const lp::UnitTally& all = log->tally.all();
    d.rtl = all.rtl.value();
    d.rtl_complaints = all.rtl.count();
    if (!d.rtl) d.no_rtl = "no complaint in the total has a follow-up date";
    breakdown["rtl"] = {{"unit", days_unit},
                        {"mean", optional_json(d.rtl)},
                        {"complaints", d.rtl_complaints},
                        {"without_follow_up_date", log->no_follow_up_date},
                        {"calendar_years", calendar->years()}};

    d.within_share = lp::within_deadline_share(all, s.archived);
    d.within = all.timeliness[static_cast<std::size_t>(lp::Timeliness::within)];
    if (all.untimed > 0) {
      d.no_within = std::to_string(all.untimed) +
                    " complaint(s) of the total come from a file without a first follow-up date column (" +
                    lp::complaint_fields()[lp::follow_up].name + "): their timeliness is unknown";
    }
    json within{{"deadline_days", s.deadline_days}, {"unit", days_unit}, {"cut_off", s.period.to.iso()},
                {"share", optional_json(d.within_share)}, {"complaints", lp::followed_up(all.counts, s.archived).total}};
    for (std::size_t t = 0; t < lp::timeliness_count; ++t) {
      within[lp::timeliness_name(static_cast<lp::Timeliness>(t))] = all.timeliness[t];
    }
    if (all.untimed > 0) within["untimed"] = all.untimed;
    breakdown["within_deadline"] = within;
    return d;
  }

  static void give(sdk::Result& result, const char* measure, const std::optional<double>& value, const std::string& why) {
    if (value) result.measures[measure] = *value;
    else result.unavailable_measures[measure] = why;
  }

  // The note says what the measure the indicator asks for counts.
  static std::string note(const std::string& measure, const lp::FollowedUp& f, const std::string& total_text,
                          const Days& days, const Settings& s) {
    if (measure == rtl_measure && days.rtl) {
      return "mean " + sdk::rounded_text(*days.rtl, 2) + " " + days_unit + " from receipt to the first follow-up, over " +
             std::to_string(days.rtl_complaints) + " complaints";
    }
    if (measure == deadline_measure && days.within_share) {
      return std::to_string(days.within) + " of " + std::to_string(f.total) + " complaints followed up within " +
             std::to_string(s.deadline_days) + " " + days_unit + " of receipt by " + s.period.to.iso() + " (arsip " +
             (s.archived == lp::Archived::include ? "included" : "excluded") + ")";
    }
    return std::to_string(f.followed_up) + " of " + std::to_string(f.total) + " reports followed up: " + total_text;
  }

  // Published figures beside the computed ones, never instead.
  static void check_published(const Settings& s, const lp::StatusCounts& counts, const lp::FollowedUp& f, const Days& days,
                              const std::optional<double>& rhp, bool from_log, json& breakdown,
                              std::vector<std::string>& warnings) {
    if (s.published.empty()) return;
    breakdown["published"] = s.published;
    if (s.published.contains("total")) {
      if (auto w = lp::total_problem(counts, s.published.at("total").get<std::uint64_t>(), true)) warnings.push_back(*w);
    }
    if (s.published.contains("disposed")) {
      if (auto w = lp::total_problem(counts, s.published.at("disposed").get<std::uint64_t>(), false)) {
        warnings.push_back(*w);
      }
    }
    const std::string arsip = s.archived == lp::Archived::include ? "included" : "excluded";
    compare(s.published, "followed_up_share", "followed-up share (arsip " + arsip + ")", f.share,
            "no report in the total", warnings);
    compare(s.published, "rtl", "RTL", days.rtl, days.no_rtl, warnings);
    compare(s.published, "rhp", "RHP", rhp,
            from_log ? "no complaint in the total is rated" : "a status summary has no ratings", warnings);
  }
};

}  // namespace

KINERJA_PLUGIN(LaporPlugin)
