// sentiment: the share of negative news (IKK 1), from an article log (one
// row per article) or from a monthly summary. This file is the plugin glue:
// parameters, checks, streaming the CSV, and the result; the arithmetic is
// in sentiment.cpp.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/progress.hpp>

#include "sentiment.hpp"

namespace {

namespace fs = std::filesystem;
namespace sdk = kinerja::sdk;
namespace st = kinerja::sentiment;
using sdk::json;

constexpr double default_max_difference = 0.5;
constexpr std::size_t default_top = 3;
constexpr std::size_t max_channels = 100;  // a wrong column must not grow memory with the rows
constexpr const char* blank_channel = "(blank)";
constexpr const char* other_channels = "(other)";

json label_properties(const json& schema, const std::string& what) {
  json properties = json::object();
  for (st::Label label : st::all_labels) {
    json s = schema;
    s["description"] = what + " " + st::label_name(label) + ".";
    properties[st::label_name(label)] = s;
  }
  return properties;
}

json parameters() {
  const json share{{"type", "number"}, {"minimum", 0}, {"maximum", 100}};
  json month_properties = label_properties({{"type", "number"}, {"minimum", 0}}, "Count or percentage");
  month_properties["month"] = {{"type", "string"}, {"description", "The month, YYYY-MM."}};
  return {
      {"type", "object"},
      // A whole params object for `kinerja plugins info sentiment`.
      {"examples", json::array({{{"articles", "data/pemberitaan-2023.csv"}, {"method", "pooled"}}})},
      {"properties",
       {{"articles",
         {{"type", "string"},
          {"format", "path"},
          {"title", "Article log"},
          {"description",
           "CSV file, one row per monitored article: date, label and optionally channel, ',' or ';' separated, "
           "UTF-8 with or without BOM, dates YYYY-MM-DD or DD/MM/YYYY. Give this or summary."},
          {"examples", json::array({"data/pemberitaan-2023.csv"})}}},
        {"columns",
         {{"type", "object"},
          {"description", "Column names in the articles file. Default: tanggal, sentimen, kanal (kanal is optional)."},
          {"properties",
           {{"tanggal", {{"type", "string"}, {"description", "Column of the publication date."}}},
            {"sentimen", {{"type", "string"}, {"description", "Column of the label."}}},
            {"kanal", {{"type", "string"}, {"description", "Column of the channel (online, social, electronic)."}}}}},
          {"examples", json::array({{{"tanggal", "Date"}, {"sentimen", "Tone"}, {"kanal", "Channel"}}})}}},
        {"labels",
         {{"type", "object"},
          {"description",
           "Other words for the labels: word -> positif, netral or negatif. The three names themselves are always "
           "understood; case is ignored. Any other label is a bad row."},
          {"additionalProperties", {{"type", "string"}, {"enum", json::array({"positif", "netral", "negatif"})}}},
          {"examples", json::array({{{"positive", "positif"}, {"neutral", "netral"}, {"negative", "negatif"}}})}}},
        {"summary",
         {{"type", "object"},
          {"description", "A monthly summary instead of the articles: counts or percentages per label. Give this or articles."},
          {"properties",
           {{"values",
             {{"type", "string"},
              {"enum", json::array({"count", "percent"})},
              {"description", "Whether the months give article counts or percentages."}}},
            {"months",
             {{"type", "array"},
              {"description", "One entry per month."},
              {"items",
               {{"type", "object"},
                {"properties", month_properties},
                {"required", json::array({"month", "positif", "netral", "negatif"})}}}}}}},
          {"required", json::array({"values", "months"})},
          {"examples",
           json::array({{{"values", "percent"},
                         {"months", json::array({{{"month", "2023-01"}, {"positif", 52.55}, {"netral", 31.6},
                                                  {"negatif", 15.85}}})}}})}}},
        {"method",
         {{"type", "string"},
          {"enum", json::array({"pooled", "mean_of_months"})},
          {"description",
           "pooled: sum negatif / sum articles x 100 (the LKj's own formula); mean_of_months: the unweighted mean of "
           "the monthly shares. Default: pooled, or mean_of_months for a percentage summary, which has no counts "
           "to pool (asking for pooled there is refused)."}}},
        {"max_method_difference",
         {{"type", "number"},
          {"minimum", 0},
          {"default", default_max_difference},
          {"description",
           "When counts are known and the two methods differ by more than this many percentage points, a warning."}}},
        {"top_months",
         {{"type", "integer"},
          {"minimum", 1},
          {"default", default_top},
          {"description", "How many months with the highest negatif share to list."}}},
        {"period",
         {{"type", "object"},
          {"description",
           "The dates counted, inclusive; rows outside are counted as out of period. Default: the config's year."},
          {"properties",
           {{"from", {{"type", "string"}, {"description", "First day, YYYY-MM-DD or DD/MM/YYYY."}}},
            {"to", {{"type", "string"}, {"description", "Last day, YYYY-MM-DD or DD/MM/YYYY."}}}}},
          {"examples", json::array({{{"from", "2023-01-01"}, {"to", "2023-06-30"}}})}}},
        {"bad_rows",
         {{"type", "string"},
          {"enum", json::array({"error", "skip"})},
          {"default", "error"},
          {"description",
           "A row with a bad date or label: error stops with file, line and column; skip leaves it out and counts "
           "it in a warning."}}},
        {"published",
         {{"type", "object"},
          {"description", "Figures the report printed: each disagreement with the computed one is a warning."},
          {"properties",
           {{"positif", {{"type", "number"}, {"minimum", 0}, {"maximum", 100}, {"description", "Yearly positif share printed."}}},
            {"netral", {{"type", "number"}, {"minimum", 0}, {"maximum", 100}, {"description", "Yearly netral share printed."}}},
            {"negatif", {{"type", "number"}, {"minimum", 0}, {"maximum", 100}, {"description", "Yearly negatif share printed."}}},
            {"articles", {{"type", "integer"}, {"minimum", 0}, {"description", "Number of articles printed."}}}}},
          {"examples", json::array({{{"negatif", 13.51}, {"articles", 134379}}})}}},
        {"evidence",
         {{"type", "string"}, {"description", "Where the data comes from; becomes the indicator's note."}}}}}};
}

enum class Method { pooled, mean_of_months };
const char* method_name(Method m) { return m == Method::pooled ? "pooled" : "mean_of_months"; }

struct SummaryMonth {
  st::YearMonth month;
  std::array<double, st::label_count> values{};
};

// The parameters, read once the host has checked them against the
// description and param_problems() has found nothing.
struct Settings {
  std::optional<fs::path> articles;
  std::string date_column = "tanggal", label_column = "sentimen", channel_column = "kanal";
  bool channel_given = false;
  st::LabelWords words;
  bool percent = false;
  std::vector<SummaryMonth> summary;
  std::optional<Method> method;
  double max_difference = default_max_difference;
  std::size_t top = default_top;
  st::Period period;
  st::BadRowPolicy bad_rows = st::BadRowPolicy::error;
  json published = json::object();
  std::string evidence;
};

std::optional<sdk::Date> date_at(const json& p, const char* key) {
  if (!p.contains("period") || !p.at("period").contains(key)) return std::nullopt;
  return sdk::parse_date(p.at("period").at(key).get<std::string>());
}

st::Period period_of(const json& p, int year) {
  st::Period period{{year, 1, 1}, {year, 12, 31}};
  if (const auto from = date_at(p, "from")) period.from = *from;
  if (const auto to = date_at(p, "to")) period.to = *to;
  return period;
}

// Rules across parameters that the description cannot say. No file is read.
std::vector<sdk::Problem> param_problems(const json& p, int year) {
  const bool articles = p.contains("articles"), summary = p.contains("summary");
  if (articles && summary) {
    return {{"/params/summary", "give either articles (the article log) or summary (monthly figures), not both"}};
  }
  if (!articles && !summary) return {{"/params", "give articles (a CSV, one row per article) or summary (monthly figures)"}};
  std::vector<sdk::Problem> problems;
  for (const char* key : {"from", "to"}) {
    if (p.contains("period") && p.at("period").contains(key) && !date_at(p, key)) {
      problems.push_back({std::string("/params/period/") + key, "not a date: '" + p.at("period").at(key).get<std::string>() +
                                                                   "' (YYYY-MM-DD or DD/MM/YYYY)"});
    }
  }
  if (!problems.empty()) return problems;
  const st::Period period = period_of(p, year);
  if (period.to < period.from) problems.push_back({"/params/period", "the period ends before it starts: " + period.text()});
  const json labels = p.value("labels", json::object());  // named: items() must not outlive it
  for (const auto& [word, label] : labels.items()) {
    if (sdk::csv::Reader::trim(word).empty()) problems.push_back({"/params/labels", "an empty word cannot be a label"});
  }
  if (!summary) return problems;
  for (const char* key : {"columns", "labels", "bad_rows"}) {
    if (p.contains(key) && !(std::string(key) == "bad_rows" && p.at(key) == "error")) {
      problems.push_back({std::string("/params/") + key, "applies only to articles, not to summary"});
    }
  }
  const json& s = p.at("summary");
  const bool percent = s.at("values") == "percent";
  if (percent && p.value("method", std::string{}) == "pooled") {
    problems.push_back({"/params/method",
                        "pooled (sum negatif / sum articles) needs counts; a percentage summary has none: use "
                        "mean_of_months, or give counts"});
  }
  if (s.at("months").empty()) problems.push_back({"/params/summary/months", "no month given"});
  std::vector<st::YearMonth> seen;
  for (std::size_t i = 0; i < s.at("months").size(); ++i) {
    const json& m = s.at("months").at(i);
    const std::string at = "/params/summary/months/" + std::to_string(i);
    const auto month = st::parse_month(m.at("month").get<std::string>());
    if (!month) {
      problems.push_back({at + "/month", "not a month: '" + m.at("month").get<std::string>() + "' (YYYY-MM)"});
      continue;
    }
    if (std::find(seen.begin(), seen.end(), *month) != seen.end()) {
      problems.push_back({at + "/month", "month " + month->text() + " is given twice"});
    }
    seen.push_back(*month);
    const auto months = period.months();
    if (std::find(months.begin(), months.end(), *month) == months.end()) {
      problems.push_back({at + "/month", "month " + month->text() + " is outside the period " + period.text()});
    }
    for (st::Label label : st::all_labels) {
      const double v = m.at(st::label_name(label)).get<double>();
      if (!percent && v != std::floor(v)) {
        problems.push_back({at + "/" + st::label_name(label), "a count must be a whole number, found " + sdk::number_text(v)});
      } else if (percent && v > 100) {
        problems.push_back({at + "/" + st::label_name(label), "a percentage is at most 100, found " + sdk::number_text(v)});
      }
    }
  }
  return problems;
}

Settings read_settings(const sdk::Request& request) {
  const json& p = request.params;
  Settings s;
  if (p.contains("articles")) s.articles = p.at("articles").get<std::string>();
  if (p.contains("columns")) {
    const json& c = p.at("columns");
    s.date_column = c.value("tanggal", s.date_column);
    s.label_column = c.value("sentimen", s.label_column);
    s.channel_given = c.contains("kanal");
    s.channel_column = c.value("kanal", s.channel_column);
  }
  const json labels = p.value("labels", json::object());  // named: items() must not outlive it
  for (const auto& [word, label] : labels.items()) {
    s.words.add(word, *st::label_from_name(label.get<std::string>()));  // the enum allows only the three
  }
  if (p.contains("summary")) {
    s.percent = p.at("summary").at("values") == "percent";
    for (const json& m : p.at("summary").at("months")) {
      SummaryMonth month{*st::parse_month(m.at("month").get<std::string>()), {}};
      for (st::Label label : st::all_labels) {
        month.values[static_cast<std::size_t>(label)] = m.at(st::label_name(label)).get<double>();
      }
      s.summary.push_back(month);
    }
  }
  if (p.contains("method")) s.method = p.at("method") == "pooled" ? Method::pooled : Method::mean_of_months;
  s.max_difference = p.value("max_method_difference", default_max_difference);
  s.top = p.value("top_months", default_top);
  s.period = period_of(p, request.year);
  s.bad_rows = p.value("bad_rows", std::string("error")) == "skip" ? st::BadRowPolicy::skip : st::BadRowPolicy::error;
  s.published = p.value("published", json::object());
  s.evidence = p.value("evidence", std::string{});
  return s;
}

struct Columns {
  std::size_t date = 0, label = 0;
  std::optional<std::size_t> channel;  // the default "kanal" is optional; a named one is not
};

Columns find_columns(const sdk::csv::Reader& reader, const Settings& s) {
  Columns c;
  c.date = reader.column(s.date_column, "columns.tanggal");
  c.label = reader.column(s.label_column, "columns.sentimen");
  c.channel = s.channel_given ? std::optional(reader.column(s.channel_column, "columns.kanal"))
                              : reader.find_column(s.channel_column);
  return c;
}

struct Articles {
  st::Tally tally;
  std::map<std::string, st::Counts> channels;
  std::uint64_t out_of_period = 0;
  st::BadRows bad;
  explicit Articles(st::BadRowPolicy policy) : bad(policy) {}
};

// Streams the file: memory grows with months and channels, never with rows.
Articles read_articles(const Settings& s, const sdk::Host& host) {
  sdk::csv::Reader reader(*s.articles);
  const Columns c = find_columns(reader, s);
  Articles a(s.bad_rows);
  sdk::Progress progress(host, s.articles->filename().string(), reader.size());
  sdk::csv::Row row;
  for (;;) {
    try {
      if (!reader.next(row)) break;
    } catch (const sdk::csv::FieldCountError& e) {
      a.bad.report(e.what());  // throws unless bad_rows is skip
      continue;
    }
    progress.update(reader.bytes_read());
    const std::string& date_text = row.fields[c.date];
    const auto date = sdk::parse_date(date_text);
    if (!date) {
      a.bad.report(reader.location(row, c.date) + ": '" + date_text + "' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
      continue;
    }
    const auto label = s.words.find(row.fields[c.label]);
    if (!label) {
      a.bad.report(reader.location(row, c.label) + ": label '" + sdk::csv::Reader::trim(row.fields[c.label]) +
                   "' is not positif, netral or negatif (map other words with the labels parameter)");
      continue;
    }
    if (!s.period.contains(*date)) {
      ++a.out_of_period;
      continue;
    }
    a.tally.add({date->year, date->month}, *label);
    if (c.channel) {
      std::string channel = sdk::csv::Reader::trim(row.fields[*c.channel]);
      if (channel.empty()) channel = blank_channel;
      if (!a.channels.contains(channel) && a.channels.size() >= max_channels) channel = other_channels;
      a.channels[channel][static_cast<std::size_t>(*label)] += 1;
    }
  }
  progress.finish();
  return a;
}

json shares_json(const std::array<double, st::label_count>& shares) {
  json j = json::object();
  for (st::Label label : st::all_labels) j[st::label_name(label)] = shares[static_cast<std::size_t>(label)];
  return j;
}

json counts_json(const st::Counts& counts) {
  json j = json::object();
  for (st::Label label : st::all_labels) j[st::label_name(label)] = counts[static_cast<std::size_t>(label)];
  return j;
}

json month_json(const st::Month& m) {
  json j{{"month", m.month.text()}, {"shares", shares_json(m.shares)}};
  if (m.counts) {
    j["articles"] = st::total_of(*m.counts);
    j["counts"] = counts_json(*m.counts);
  } else {
    j["articles"] = nullptr;
    j["counts"] = nullptr;
    j["share_sum"] = m.shares[0] + m.shares[1] + m.shares[2];
  }
  return j;
}

json channels_json(const std::map<std::string, st::Counts>& channels) {
  json out = json::array();
  for (const auto& [name, counts] : channels) {
    const double total = static_cast<double>(st::total_of(counts));
    out.push_back({{"channel", name},
                   {"articles", st::total_of(counts)},
                   {"counts", counts_json(counts)},
                   {"negatif_share", static_cast<double>(counts[2]) / total * 100.0}});
  }
  return out;
}

std::string list_text(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

class SentimentPlugin : public sdk::Plugin {
 public:
  using Plugin::Plugin;

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "sentiment";
    info.version = "1.0.0";
    info.description = "Share of negative news (IKK 1) from an article log or a monthly summary";
    info.indicator_types = {"sentiment"};
    info.parameters = parameters();
    return info;
  }

  // validate: the parameter rules, then the CSV header.
  std::vector<sdk::Problem> check(const sdk::Request& request) override {
    std::vector<sdk::Problem> problems = param_problems(request.params, request.year);
    if (!problems.empty() || !request.params.contains("articles")) return problems;
    const Settings s = read_settings(request);
    const bool named = request.params.contains("columns");
    try {
      const sdk::csv::Reader reader(*s.articles);
      find_columns(reader, s);
    } catch (const sdk::ConfigError& e) {
      problems.push_back({named ? "/params/columns" : "/params/articles", e.what()});
    } catch (const sdk::InputError& e) {
      problems.push_back({"/params/articles", e.what()});
    }
    return problems;
  }

  sdk::Result evaluate(const sdk::Request& request) override {
    // The host does not call check before evaluate: repeat the rules.
    if (const auto problems = param_problems(request.params, request.year); !problems.empty()) {
      throw sdk::ConfigError(problems.front().path + ": " + problems.front().message);
    }
    const Settings s = read_settings(request);
    std::vector<std::string> warnings;
    json breakdown = json::object();

    // Counts when the input has them (articles, a count summary); the
    // monthly table in every case.
    std::optional<st::Tally> tally;
    std::vector<st::Month> months;
    std::optional<Articles> articles;
    if (s.articles) {
      articles.emplace(read_articles(s, host()));
      tally = articles->tally;
      if (auto w = articles->bad.warning()) warnings.push_back(*w);
    } else if (!s.percent) {
      tally.emplace();
      for (const SummaryMonth& m : s.summary) {
        for (st::Label label : st::all_labels) {
          tally->add(m.month, label, static_cast<std::uint64_t>(m.values[static_cast<std::size_t>(label)]));
        }
      }
    }
    if (tally) {
      months = st::months_from_counts(*tally);
    } else {
      for (const SummaryMonth& m : s.summary) months.push_back({m.month, std::nullopt, m.values});
      std::sort(months.begin(), months.end(), [](const st::Month& a, const st::Month& b) { return a.month < b.month; });
      for (const st::Month& m : months) {
        if (auto w = st::month_sum_problem(m)) warnings.push_back(*w);
      }
    }

    std::vector<std::string> absent;
    for (const st::YearMonth& m : s.period.months()) {
      if (std::none_of(months.begin(), months.end(), [&](const st::Month& x) { return x.month == m; })) {
        absent.push_back(m.text());
      }
    }
    if (!absent.empty() && !months.empty()) {
      warnings.push_back((s.articles ? "no article in " : "no figures for ") + list_text(absent) +
                         ": left out of the mean of monthly shares");
    }

    const auto pooled = tally ? st::pooled_shares(*tally) : std::nullopt;
    const auto mean = st::mean_of_months(months);
    const Method method = s.method.value_or(tally ? Method::pooled : Method::mean_of_months);
    if (!s.method && !tally) {
      warnings.push_back(
          "the pooled share (sum negatif / sum articles, the LKj's own formula) cannot be computed from monthly "
          "percentages without counts: the realisasi is the mean of the monthly shares (mean_of_months)");
    }
    breakdown["source"] = s.articles ? "articles" : s.percent ? "summary_percent" : "summary_count";
    breakdown["method"] = method_name(method);
    breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
    if (articles) {
      breakdown["out_of_period"] = articles->out_of_period;
      breakdown["bad_rows_skipped"] = articles->bad.skipped();
    }
    const auto& chosen = method == Method::pooled ? pooled : mean;
    if (!chosen) {
      const std::string where = s.articles ? s.articles->filename().string() : std::string("the summary");
      sdk::Result missing = sdk::Result::missing_value("no article in the period " + s.period.text() + " in " + where);
      breakdown["articles"] = 0;
      missing.breakdown = std::move(breakdown);
      missing.warnings = std::move(warnings);
      if (s.articles) missing.inputs.push_back(s.articles->string());
      return missing;
    }
    if (pooled && mean) {
      if (auto w = st::method_difference((*pooled)[2], (*mean)[2], s.max_difference, method_name(method))) {
        warnings.push_back(*w);
      }
    }

    breakdown["articles"] = tally ? json(st::total_of(tally->all())) : json(nullptr);
    breakdown["counts"] = tally ? counts_json(tally->all()) : json(nullptr);
    breakdown["shares"] = shares_json(*chosen);
    breakdown["pooled"] = pooled ? shares_json(*pooled) : json(nullptr);
    breakdown["mean_of_months"] = mean ? shares_json(*mean) : json(nullptr);
    json table = json::array();
    for (const st::Month& m : months) table.push_back(month_json(m));
    breakdown["months"] = table;
    json highest = json::array();
    for (const st::Month& m : st::highest_negative(months, s.top)) {
      highest.push_back({{"month", m.month.text()}, {"negatif", m.shares[2]}});
    }
    breakdown["highest_negatif"] = highest;
    if (articles && !articles->channels.empty()) breakdown["channels"] = channels_json(articles->channels);

    if (!s.published.empty()) {
      breakdown["published"] = s.published;  // beside the computed figures, never instead
      for (st::Label label : st::all_labels) {
        if (!s.published.contains(st::label_name(label))) continue;
        if (auto w = sdk::compare_published(std::string(st::label_name(label)) + " share (" + method_name(method) + ")",
                                            (*chosen)[static_cast<std::size_t>(label)],
                                            s.published.at(st::label_name(label)).get<double>())) {
          warnings.push_back(*w);
        }
      }
      if (s.published.contains("articles") && !tally) {
        warnings.push_back("published articles " + sdk::number_text(s.published.at("articles").get<double>()) +
                           " cannot be checked: a percentage summary has no counts");
      } else if (s.published.contains("articles")) {
        if (auto w = sdk::compare_published("articles", static_cast<double>(st::total_of(tally->all())),
                                            s.published.at("articles").get<double>())) {
          warnings.push_back(*w);
        }
      }
    }

    sdk::Result result = sdk::Result::final_value((*chosen)[2]);
    result.unit = "%";
    result.note = !s.evidence.empty() ? s.evidence
                  : tally ? "negatif share " + std::string(method_name(method)) + " over " +
                                std::to_string(st::total_of(tally->all())) + " articles in " +
                                std::to_string(months.size()) + " months"
                          : "negatif share: mean of " + std::to_string(months.size()) + " monthly percentages";
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    if (s.articles) result.inputs.push_back(s.articles->string());
    if (auto chart = st::monthly_shares_chart(s.period.months(), months)) result.charts.push_back(std::move(*chart));
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(SentimentPlugin)
