// lapor: SP4N-LAPOR! complaints followed up (IKK 4), from a complaint log
// (one row per complaint) or from a status summary. This file is the plugin
// glue: parameters, checks, streaming the CSV, and the result; the
// arithmetic is in lapor.cpp.
#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/calendar.hpp>
#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/progress.hpp>

#include "lapor.hpp"

namespace {

namespace fs = std::filesystem;
namespace sdk = kinerja::sdk;
namespace lp = kinerja::lapor;
using sdk::json;

constexpr std::size_t max_units = 200;  // a wrong column must not grow memory with the rows
constexpr const char* blank_unit = "(blank)";
constexpr const char* other_units = "(other)";
constexpr std::size_t lines_shown = 5;

// The columns of the complaint log: parameter key, default header, meaning.
struct ColumnSpec {
  const char* key;
  const char* meaning;
  bool required;  // must be in the file even under its default name
};
constexpr std::array<ColumnSpec, 7> column_specs{{
    {"nomor_tracking", "tracking id (named in messages)", false},
    {"tanggal_diterima", "date received", true},
    {"status", "status", true},
    {"tanggal_tindak_lanjut", "date of the first follow-up, blank if none", false},
    {"tanggal_selesai", "date closed, blank if open", false},
    {"unit", "assigned unit", false},
    {"rating", "complainant's rating 1..5, blank if none", false},
}};
enum Column : std::size_t { tracking, received, status, follow_up, closed, unit, rating };

json parameters() {
  json columns = json::object();
  for (const ColumnSpec& c : column_specs) {
    columns[c.key] = {{"type", "string"}, {"description", std::string("Column of the ") + c.meaning + "."}};
  }
  json statuses = json::array();
  for (lp::Status s : lp::all_statuses) statuses.push_back(lp::status_name(s));
  json counts = json::object();
  for (lp::Status s : lp::all_statuses) {
    counts[lp::status_name(s)] = {{"type", "integer"}, {"minimum", 0}, {"description", std::string("Reports with status ") + lp::status_name(s) + "."}};
  }
  return {
      {"type", "object"},
      // A whole params object for `kinerja plugins info lapor`.
      {"examples", json::array({{{"complaints", "data/lapor-2023.csv"}, {"archived", "exclude"}}})},
      {"properties",
       {{"complaints",
         {{"type", "string"},
          {"format", "path"},
          {"title", "Complaint log"},
          {"description",
           "CSV export, one row per complaint: received date and status, optionally tracking id, first follow-up "
           "date, closed date, assigned unit, rating; ',' or ';' separated, UTF-8 with or without BOM, dates "
           "YYYY-MM-DD or DD/MM/YYYY. Give this or summary."},
          {"examples", json::array({"data/lapor-2023.csv"})}}},
        {"columns",
         {{"type", "object"},
          {"description",
           "Column names in the complaints file. Default: nomor_tracking, tanggal_diterima, status, "
           "tanggal_tindak_lanjut, tanggal_selesai, unit, rating; only tanggal_diterima and status must exist."},
          {"properties", columns},
          {"examples", json::array({{{"tanggal_diterima", "Tanggal Laporan"}, {"unit", "Instansi Disposisi"}}})}}},
        {"statuses",
         {{"type", "object"},
          {"description",
           "Other words for the statuses: word -> belum, proses, selesai or arsip. The four names themselves are "
           "always understood; case is ignored. Any other status is a bad row."},
          {"additionalProperties", {{"type", "string"}, {"enum", statuses}}},
          {"examples", json::array({{{"Belum Ditindaklanjuti", "belum"}, {"Selesai", "selesai"}, {"Diarsipkan", "arsip"}}})}}},
        {"summary",
         {{"type", "object"},
          {"description", "A status table instead of the complaints: reports per status. Give this or complaints."},
          {"properties", counts},
          {"required", statuses},
          {"examples", json::array({{{"belum", 0}, {"proses", 116}, {"selesai", 5301}, {"arsip", 568}}})}}},
        {"archived",
         {{"type", "string"},
          {"enum", json::array({"exclude", "include"})},
          {"default", "exclude"},
          {"description",
           "Whether archived reports (spam, duplicates, out of scope) count in the total of the followed-up share, "
           "RTL and RHP."}}},
        {"calendar",
         {{"type", "array"},
          {"items", {{"type", "string"}, {"format", "path"}}},
          {"description",
           "Working-day calendar files, one per year the complaints span (JSON: year, source, libur_nasional, "
           "cuti_bersama). Needed for RTL, the mean working days to the first follow-up; without it RTL is not "
           "reported."},
          {"examples", json::array({json::array({"kalender/2023.json", "kalender/2024.json"})})}}},
        {"period",
         {{"type", "object"},
          {"description",
           "Received dates counted, inclusive; rows outside are counted as out of period. Default: the config's "
           "year."},
          {"properties",
           {{"from", {{"type", "string"}, {"description", "First day, YYYY-MM-DD or DD/MM/YYYY."}}},
            {"to", {{"type", "string"}, {"description", "Last day, YYYY-MM-DD or DD/MM/YYYY."}}}}},
          {"examples", json::array({{{"from", "2023-01-01"}, {"to", "2023-12-31"}}})}}},
        {"bad_rows",
         {{"type", "string"},
          {"enum", json::array({"error", "skip"})},
          {"default", "error"},
          {"description",
           "A row with a bad date, status or rating, or a follow-up dated before receipt: error stops with file, "
           "line and column; skip leaves it out and counts it in a warning."}}},
        {"published",
         {{"type", "object"},
          {"description", "Figures the report printed: each disagreement with the computed one is a warning."},
          {"properties",
           {{"total", {{"type", "integer"}, {"minimum", 0}, {"description", "Total reports printed, arsip included."}}},
            {"disposed",
             {{"type", "integer"},
              {"minimum", 0},
              {"description", "Reports printed as disposed (terdisposisi), without arsip."}}},
            {"followed_up_share", {{"type", "number"}, {"minimum", 0}, {"maximum", 100}, {"description", "Followed-up share printed, %."}}},
            {"rtl", {{"type", "number"}, {"minimum", 0}, {"description", "Mean working days to first follow-up printed."}}},
            {"rhp", {{"type", "number"}, {"minimum", 1}, {"maximum", 5}, {"description", "Mean rating printed."}}}}},
          {"examples", json::array({{{"total", 5985}, {"disposed", 5417}, {"followed_up_share", 100}}})}}},
        {"evidence",
         {{"type", "string"}, {"description", "Where the data comes from; becomes the indicator's note."}}}}}};
}

// The parameters, read once the host has checked them against the
// description and param_problems() has found nothing.
struct Settings {
  std::optional<fs::path> complaints;
  std::array<std::string, column_specs.size()> columns;
  std::array<bool, column_specs.size()> named{};  // given in "columns": then it must exist
  lp::StatusWords words;
  std::optional<lp::StatusCounts> summary;
  lp::Archived archived = lp::Archived::exclude;
  std::vector<fs::path> calendar;
  lp::Period period;
  lp::BadRowPolicy bad_rows = lp::BadRowPolicy::error;
  json published = json::object();
  std::string evidence;
};

std::optional<sdk::Date> date_at(const json& p, const char* key) {
  if (!p.contains("period") || !p.at("period").contains(key)) return std::nullopt;
  return sdk::parse_date(p.at("period").at(key).get<std::string>());
}

lp::Period period_of(const json& p, int year) {
  lp::Period period{{year, 1, 1}, {year, 12, 31}};
  if (const auto from = date_at(p, "from")) period.from = *from;
  if (const auto to = date_at(p, "to")) period.to = *to;
  return period;
}

// Rules across parameters that the description cannot say. No file is read.
std::vector<sdk::Problem> param_problems(const json& p, int year) {
  const bool complaints = p.contains("complaints"), summary = p.contains("summary");
  if (complaints && summary) {
    return {{"/params/summary", "give either complaints (the complaint log) or summary (the status table), not both"}};
  }
  if (!complaints && !summary) {
    return {{"/params", "give complaints (a CSV, one row per complaint) or summary (reports per status)"}};
  }
  std::vector<sdk::Problem> problems;
  for (const char* key : {"from", "to"}) {
    if (p.contains("period") && p.at("period").contains(key) && !date_at(p, key)) {
      problems.push_back({std::string("/params/period/") + key,
                          "not a date: '" + p.at("period").at(key).get<std::string>() + "' (YYYY-MM-DD or DD/MM/YYYY)"});
    }
  }
  if (problems.empty()) {
    const lp::Period period = period_of(p, year);
    if (period.to < period.from) problems.push_back({"/params/period", "the period ends before it starts: " + period.text()});
  }
  if (summary) {
    for (const char* key : {"columns", "statuses", "calendar", "period"}) {
      if (p.contains(key)) problems.push_back({std::string("/params/") + key, "applies only to complaints, not to summary"});
    }
    if (p.value("bad_rows", std::string("error")) != "error") {
      problems.push_back({"/params/bad_rows", "applies only to complaints, not to summary"});
    }
  }
  if (p.contains("columns")) {
    // Two meanings read from one column is a mapping mistake.
    std::map<std::string, std::string> seen;
    for (const ColumnSpec& c : column_specs) {
      const std::string name = p.at("columns").value(c.key, std::string(c.key));
      if (const auto it = seen.find(name); it != seen.end()) {
        problems.push_back({std::string("/params/columns/") + c.key, "reads the same column '" + name + "' as " + it->second});
      }
      seen.emplace(name, c.key);
    }
  }
  return problems;
}

Settings read_settings(const sdk::Request& request) {
  const json& p = request.params;
  Settings s;
  if (p.contains("complaints")) s.complaints = p.at("complaints").get<std::string>();
  const json columns = p.value("columns", json::object());
  for (std::size_t i = 0; i < column_specs.size(); ++i) {
    s.columns[i] = columns.value(column_specs[i].key, std::string(column_specs[i].key));
    s.named[i] = columns.contains(column_specs[i].key);
  }
  const json statuses = p.value("statuses", json::object());  // named: items() must not outlive it
  for (const auto& [word, status] : statuses.items()) {
    s.words.add(word, *lp::status_from_name(status.get<std::string>()));  // the enum allows only the four
  }
  if (p.contains("summary")) {
    lp::StatusCounts counts{};
    for (lp::Status st : lp::all_statuses) {
      counts[static_cast<std::size_t>(st)] = p.at("summary").at(lp::status_name(st)).get<std::uint64_t>();
    }
    s.summary = counts;
  }
  s.archived = p.value("archived", std::string("exclude")) == "include" ? lp::Archived::include : lp::Archived::exclude;
  for (const json& file : p.value("calendar", json::array())) s.calendar.push_back(file.get<std::string>());
  s.period = period_of(p, request.year);
  s.bad_rows = p.value("bad_rows", std::string("error")) == "skip" ? lp::BadRowPolicy::skip : lp::BadRowPolicy::error;
  s.published = p.value("published", json::object());
  s.evidence = p.value("evidence", std::string{});
  return s;
}

std::optional<sdk::WorkingDayCalendar> load_calendar(const Settings& s) {
  if (s.calendar.empty()) return std::nullopt;
  sdk::WorkingDayCalendar calendar;
  for (const fs::path& file : s.calendar) calendar.load_file(file);
  return calendar;
}

// Where each column is; a column the config named, or a required one, that
// the header lacks is a ConfigError naming the parameter.
using Layout = std::array<std::optional<std::size_t>, column_specs.size()>;

Layout find_columns(const sdk::csv::Reader& reader, const Settings& s) {
  Layout layout;
  for (std::size_t i = 0; i < column_specs.size(); ++i) {
    if (column_specs[i].required || s.named[i]) {
      layout[i] = reader.column(s.columns[i], std::string("columns.") + column_specs[i].key);
    } else {
      layout[i] = reader.find_column(s.columns[i]);
    }
  }
  return layout;
}

// A few line numbers for a warning, and how many there were.
struct Lines {
  std::uint64_t count = 0;
  std::vector<std::size_t> first;
  void add(std::size_t line) {
    ++count;
    if (first.size() < lines_shown) first.push_back(line);
  }
  std::string text() const {
    std::string out;
    for (std::size_t line : first) out += (out.empty() ? "" : ", ") + std::to_string(line);
    return count > first.size() ? out + ", ..." : out;
  }
};

struct Log {
  lp::Tally tally;
  std::uint64_t out_of_period = 0;
  lp::BadRows bad;
  Lines belum_with_follow_up;   // status belum, yet a follow-up date
  Lines no_follow_up_date;      // proses or selesai without one: no RTL for them
  Log(lp::Archived archived, lp::BadRowPolicy policy) : tally(archived), bad(policy) {}
};

// Streams the file: memory grows with the number of units, never with rows.
Log read_complaints(const Settings& s, const std::optional<sdk::WorkingDayCalendar>& calendar, const sdk::Host& host) {
  sdk::csv::Reader reader(*s.complaints);
  const Layout at = find_columns(reader, s);
  Log log(s.archived, s.bad_rows);
  sdk::Progress progress(host, s.complaints->filename().string(), reader.size());
  sdk::csv::Row row;
  for (;;) {
    try {
      if (!reader.next(row)) break;
    } catch (const sdk::csv::FieldCountError& e) {
      log.bad.report(e.what());  // throws unless bad_rows is skip
      continue;
    }
    progress.update(reader.bytes_read());
    const auto cell = [&](Column c) { return at[c] ? sdk::csv::Reader::trim(row.fields[*at[c]]) : std::string{}; };
    const std::string id = cell(tracking);
    const auto bad = [&](Column c, const std::string& what) {
      log.bad.report(reader.location(row, *at[c]) + ": " + what + (id.empty() ? "" : " (complaint " + id + ")"));
    };
    const auto date_of = [&](Column c, std::optional<sdk::Date>& out) {
      const std::string text = cell(c);
      if (text.empty()) return true;
      out = sdk::parse_date(text);
      if (!out) bad(c, "'" + text + "' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
      return out.has_value();
    };

    std::optional<sdk::Date> received_on, followed_on, closed_on;
    if (cell(received).empty()) {
      bad(received, "no received date");
      continue;
    }
    if (!date_of(received, received_on)) continue;
    const auto status_value = s.words.find(cell(status));
    if (!status_value) {
      bad(status, "status '" + cell(status) + "' is not belum, proses, selesai or arsip (map other words with the statuses parameter)");
      continue;
    }
    if (!date_of(follow_up, followed_on) || !date_of(closed, closed_on)) continue;
    if (followed_on && *followed_on < *received_on) {
      bad(follow_up, "follow-up " + followed_on->iso() + " is dated before receipt " + received_on->iso());
      continue;
    }
    if (closed_on && *closed_on < *received_on) {
      bad(closed, "closed " + closed_on->iso() + " is dated before receipt " + received_on->iso());
      continue;
    }
    const lp::ParsedRating rated = at[rating] ? lp::parse_rating(row.fields[*at[rating]]) : lp::ParsedRating{};
    if (!rated.problem.empty()) {
      bad(rating, rated.problem);
      continue;
    }
    if (!s.period.contains(*received_on)) {
      ++log.out_of_period;
      continue;
    }

    lp::Complaint complaint{*status_value, std::nullopt, rated.value};
    if (followed_on && *status_value == lp::Status::belum) log.belum_with_follow_up.add(row.line);
    if (!followed_on && at[follow_up] && (*status_value == lp::Status::proses || *status_value == lp::Status::selesai)) {
      log.no_follow_up_date.add(row.line);
    }
    if (followed_on && calendar) {
      try {
        complaint.rtl_days = calendar->working_days_between(*received_on, *followed_on);
      } catch (const sdk::UnknownCalendarYear& e) {
        throw sdk::ConfigError(reader.location(row.line) + ": " + e.what() + ": add that year's file to calendar");
      }
    }
    std::string unit_name = cell(unit);
    if (unit_name.empty()) unit_name = blank_unit;
    if (!log.tally.units().contains(unit_name) && log.tally.units().size() >= max_units) unit_name = other_units;
    log.tally.add(unit_name, complaint);
  }
  progress.finish();
  return log;
}

json counts_json(const lp::StatusCounts& counts) {
  json j = json::object();
  for (lp::Status st : lp::all_statuses) j[lp::status_name(st)] = counts[static_cast<std::size_t>(st)];
  return j;
}

json optional_json(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json unit_json(const std::string& name, const lp::UnitTally& t, lp::Archived archived, bool with_rtl) {
  const lp::FollowedUp f = lp::followed_up(t.counts, archived);
  json j{{"unit", name},
         {"statuses", counts_json(t.counts)},
         {"total", f.total},
         {"followed_up", f.followed_up},
         {"followed_up_share", optional_json(f.share)},
         {"rhp", optional_json(t.rating.value())},
         {"rated", t.rating.count()}};
  if (with_rtl) {
    j["rtl"] = optional_json(t.rtl.value());
    j["rtl_complaints"] = t.rtl.count();
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

class LaporPlugin : public sdk::Plugin {
 public:
  using Plugin::Plugin;

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "lapor";
    info.version = "1.0.0";
    info.description = "SP4N-LAPOR! complaints followed up (IKK 4), RTL and RHP, from a complaint log or a status table";
    info.indicator_types = {"lapor"};
    info.parameters = parameters();
    return info;
  }

  // validate: the parameter rules, the calendar files, the CSV header.
  std::vector<sdk::Problem> check(const sdk::Request& request) override {
    std::vector<sdk::Problem> problems = param_problems(request.params, request.year);
    if (!problems.empty()) return problems;
    const Settings s = read_settings(request);
    for (std::size_t i = 0; i < s.calendar.size(); ++i) {
      try {
        sdk::WorkingDayCalendar::from_file(s.calendar[i]);
      } catch (const std::exception& e) {
        problems.push_back({"/params/calendar/" + std::to_string(i), e.what()});
      }
    }
    if (!s.complaints) return problems;
    try {
      const sdk::csv::Reader reader(*s.complaints);
      find_columns(reader, s);
    } catch (const sdk::ConfigError& e) {
      problems.push_back({request.params.contains("columns") ? "/params/columns" : "/params/complaints", e.what()});
    } catch (const sdk::InputError& e) {
      problems.push_back({"/params/complaints", e.what()});
    }
    return problems;
  }

  sdk::Result evaluate(const sdk::Request& request) override {
    // The host does not call check before evaluate: repeat the rules.
    if (const auto problems = param_problems(request.params, request.year); !problems.empty()) {
      throw sdk::ConfigError(problems.front().path + ": " + problems.front().message);
    }
    const Settings s = read_settings(request);
    const auto calendar = load_calendar(s);
    std::vector<std::string> warnings;
    json breakdown{{"source", s.complaints ? "complaints" : "summary"}, {"archived", lp::archived_name(s.archived)}};

    std::optional<Log> log;
    lp::StatusCounts counts{};
    if (s.complaints) {
      log.emplace(read_complaints(s, calendar, host()));
      counts = log->tally.all().counts;
      breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
      breakdown["out_of_period"] = log->out_of_period;
      breakdown["bad_rows_skipped"] = log->bad.skipped();
      if (auto w = log->bad.warning()) warnings.push_back(*w);
      if (log->belum_with_follow_up.count > 0) {
        warnings.push_back(std::to_string(log->belum_with_follow_up.count) +
                           " complaint(s) with status belum have a follow-up date (line " +
                           log->belum_with_follow_up.text() + "): counted as belum, as their status says");
      }
    } else {
      counts = *s.summary;
    }

    const lp::FollowedUp f = lp::followed_up(counts, s.archived);
    std::uint64_t all = 0;
    for (std::uint64_t n : counts) all += n;
    breakdown["statuses"] = counts_json(counts);
    breakdown["reports"] = all;
    breakdown["total"] = f.total;
    breakdown["followed_up"] = f.followed_up;
    breakdown["followed_up_share"] = optional_json(f.share);

    // RTL and RHP need the rows; RTL also a calendar.
    std::optional<double> rtl, rhp;
    std::string no_rtl = "no calendar given (parameter calendar)";
    if (log) {
      rhp = log->tally.all().rating.value();
      breakdown["rhp"] = {{"mean", optional_json(rhp)}, {"rated", log->tally.all().rating.count()}};
      if (calendar) {
        rtl = log->tally.all().rtl.value();
        breakdown["rtl"] = {{"unit", "hari kerja"},
                            {"mean", optional_json(rtl)},
                            {"complaints", log->tally.all().rtl.count()},
                            {"without_follow_up_date", log->no_follow_up_date.count},
                            {"calendar_years", calendar->years()}};
        if (!rtl) no_rtl = "no complaint in the total has a follow-up date";
      } else {
        breakdown["rtl"] = nullptr;
        breakdown["rtl_note"] = "RTL (working days to first follow-up) needs a working-day calendar: parameter calendar";
      }
      json units = json::array();
      for (const auto& [name, t] : log->tally.units()) units.push_back(unit_json(name, t, s.archived, calendar.has_value()));
      breakdown["units"] = units;
    } else {
      no_rtl = "a status summary has no dates";
    }

    if (!s.published.empty()) {
      breakdown["published"] = s.published;  // beside the computed figures, never instead
      if (s.published.contains("total")) {
        if (auto w = lp::total_problem(counts, s.published.at("total").get<std::uint64_t>(), true)) warnings.push_back(*w);
      }
      if (s.published.contains("disposed")) {
        if (auto w = lp::total_problem(counts, s.published.at("disposed").get<std::uint64_t>(), false)) {
          warnings.push_back(*w);
        }
      }
      compare(s.published, "followed_up_share",
              std::string("followed-up share (arsip ") + (s.archived == lp::Archived::include ? "included" : "excluded") + ")",
              f.share, "no report in the total", warnings);
      compare(s.published, "rtl", "RTL", rtl, no_rtl, warnings);
      compare(s.published, "rhp", "RHP", rhp, log ? "no complaint in the total is rated" : "a status summary has no ratings",
              warnings);
    }

    const std::string total_text =
        std::string("(total - belum) / total over belum + proses + selesai") +
        (s.archived == lp::Archived::include ? " + arsip (archived: include)"
                                             : "; " + std::to_string(counts[3]) + " arsip left out (archived: exclude)");
    breakdown["formula"] = total_text;
    if (!f.share) {
      sdk::Result missing = sdk::Result::missing_value("no report in the total: " + total_text);
      missing.breakdown = std::move(breakdown);
      missing.warnings = std::move(warnings);
      if (s.complaints) missing.inputs.push_back(s.complaints->string());
      return missing;
    }
    sdk::Result result = sdk::Result::final_value(*f.share);
    result.unit = "%";
    result.note = !s.evidence.empty() ? s.evidence
                                      : std::to_string(f.followed_up) + " of " + std::to_string(f.total) +
                                            " reports followed up: " + total_text;
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    if (s.complaints) result.inputs.push_back(s.complaints->string());
    for (const fs::path& file : s.calendar) result.inputs.push_back(file.string());
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(LaporPlugin)
