// sentiment: the share of negative news (IKK 1), from an article log (one
// row per article, CSV or xlsx, read through the SDK's table layer) or
// from a monthly summary. This file is the plugin glue: the parameters,
// each described once, the reading, and the result; the arithmetic is in
// sentiment.cpp.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/table.hpp>

#include "sentiment.hpp"

namespace {

namespace sdk = kinerja::sdk;
namespace st = kinerja::sentiment;
using sdk::json;

constexpr std::size_t max_channels = 100;  // a wrong column must not grow memory with the rows
constexpr const char* blank_channel = "(blank)";
constexpr const char* other_channels = "(other)";

enum class Method { pooled, mean_of_months };
const char* method_name(Method m) { return m == Method::pooled ? "pooled" : "mean_of_months"; }
enum class Values { count, percent };

// The article log's fields, in this order.
enum Field : std::size_t { tanggal, sentimen, kanal };

sdk::Fields article_fields() {
  sdk::Fields f;
  f.date("tanggal", "The publication date.").columns({"tanggal", "tanggal terbit", "date", "published", "tgl"});
  f.category("sentimen", {"positif", "netral", "negatif"}, "The article's label.")
      .columns({"sentimen", "sentiment", "tone", "tonasi", "label"})
      .words({{"positive", "positif"}, {"pos", "positif"}, {"neutral", "netral"}, {"neu", "netral"},
              {"negative", "negatif"}, {"neg", "negatif"}});
  // Not "media": vendors put the outlet there (Kompas.com, Antara), not the channel.
  f.text("kanal", "The channel (online, social, electronic media).")
      .columns({"kanal", "channel", "jenis media", "tipe media", "media type"})
      .optional();
  return f;
}

struct SummaryMonth {
  sdk::YearMonth month;
  double positif = 0, netral = 0, negatif = 0;
  std::array<double, st::label_count> values() const { return {positif, netral, negatif}; }
};

struct Summary {
  Values values = Values::count;
  std::vector<SummaryMonth> months;
};

struct Settings {
  std::optional<sdk::TableSpec> articles;
  std::optional<Summary> summary;
  std::optional<Method> method;
  double max_method_difference = 0.5;
  std::size_t top_months = 3;
  sdk::Period period;
  json published;
  std::string evidence;
};

sdk::Parameters<SummaryMonth> summary_month_parameters() {
  sdk::Parameters<SummaryMonth> p;
  p.month("month", &SummaryMonth::month, "The month, YYYY-MM.").required();
  p.number("positif", &SummaryMonth::positif, "Count or percentage positif.").minimum(0).required();
  p.number("netral", &SummaryMonth::netral, "Count or percentage netral.").minimum(0).required();
  p.number("negatif", &SummaryMonth::negatif, "Count or percentage negatif.").minimum(0).required();
  return p;
}

sdk::Parameters<Summary> summary_parameters() {
  sdk::Parameters<Summary> p;
  p.choice("values", &Summary::values, {{"count", Values::count}, {"percent", Values::percent}},
           "Whether the months give article counts or percentages.")
      .required();
  p.list("months", &Summary::months, summary_month_parameters(), "One entry per month.").required();
  p.rule([](const Summary& s, const json&, const std::string& at, sdk::Reading& r) {
    if (s.months.empty()) r.problem(at + "/months", "no month given");
    for (std::size_t i = 0; i < s.months.size(); ++i) {
      const std::string where = at + "/months/" + std::to_string(i);
      for (std::size_t j = 0; j < i; ++j) {
        if (s.months[j].month == s.months[i].month) r.problem(where + "/month", "month " + s.months[i].month.text() + " is given twice");
      }
      const auto values = s.months[i].values();
      for (st::Label label : st::all_labels) {
        const double v = values[static_cast<std::size_t>(label)];
        const std::string key = where + "/" + st::label_name(label);
        if (s.values == Values::count && v != std::floor(v)) r.problem(key, "a count must be a whole number, found " + sdk::number_text(v));
        if (s.values == Values::percent && v > 100) r.problem(key, "a percentage is at most 100, found " + sdk::number_text(v));
      }
    }
  });
  return p;
}

json published_schema() {
  const json share{{"type", "number"}, {"minimum", 0}, {"maximum", 100}};
  json properties = json::object();
  for (st::Label label : st::all_labels) {
    properties[st::label_name(label)] = share;
    properties[st::label_name(label)]["description"] = std::string("Yearly ") + st::label_name(label) + " share printed.";
  }
  properties["articles"] = {{"type", "integer"}, {"minimum", 0}, {"description", "Number of articles printed."}};
  return {{"type", "object"}, {"properties", properties}, {"examples", json::array({{{"negatif", 13.51}, {"articles", 134379}}})}};
}

class SentimentPlugin : public sdk::PluginWith<SentimentPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.table("articles", &Settings::articles, article_fields(),
            "The article log: one row per monitored article (CSV or xlsx). Give this or summary.")
        .example("data/pemberitaan-2023.xlsx");
    p.object("summary", &Settings::summary, summary_parameters(),
             "A monthly summary instead of the articles: counts or percentages per label. Give this or articles.");
    p.choice("method", &Settings::method, {{"pooled", Method::pooled}, {"mean_of_months", Method::mean_of_months}},
             "pooled: sum negatif / sum articles x 100 (the LKj's own formula); mean_of_months: the unweighted mean "
             "of the monthly shares. Default: pooled, or mean_of_months for a percentage summary, which has no "
             "counts to pool (asking for pooled there is refused).");
    p.number("max_method_difference", &Settings::max_method_difference,
             "When counts are known and the two methods differ by more than this many percentage points, a warning.")
        .minimum(0);
    p.integer("top_months", &Settings::top_months, "How many months with the highest negatif share to list.").minimum(1);
    p.period("period", &Settings::period, "The dates counted, inclusive; rows outside are counted as out of period. Default: the config's year.");
    p.value("published", &Settings::published, published_schema(),
            "Figures the report printed: each disagreement with the computed one is a warning.");
    p.text("evidence", &Settings::evidence, "Where the data comes from; becomes the indicator's note.");
    p.one_of({"articles", "summary"}, {"the article log", "monthly figures"});
    p.rule([](const Settings& s, const json&, const std::string& at, sdk::Reading& r) {
      if (s.summary && s.summary->values == Values::percent && s.method == Method::pooled) {
        r.problem(at + "/method", "pooled (sum negatif / sum articles) needs counts; a percentage summary has none: use "
                                  "mean_of_months, or give counts");
      }
      if (!s.summary) return;
      const auto months = s.period.months();
      for (std::size_t i = 0; i < s.summary->months.size(); ++i) {
        const auto& m = s.summary->months[i].month;
        if (std::find(months.begin(), months.end(), m) == months.end()) {
          r.problem(at + "/summary/months/" + std::to_string(i) + "/month", "month " + m.text() + " is outside the period " + s.period.text());
        }
      }
    });
    p.examples(json::array({{{"articles", "data/pemberitaan-2023.csv"}, {"method", "pooled"}}}));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "sentiment";
    info.version = "2.0.0";
    info.description = "Share of negative news (IKK 1) from an article log or a monthly summary";
    info.indicator_types = {"sentiment"};
    info.parameters = schema();
    info.measures = {
        {"negative_share", "%", false, "Share of negative news", "Persentase sentimen negatif pemberitaan",
         "negatif articles / all articles x 100", 20, 0, 100},
        {"positive_neutral_share", "%", true, "Share of positive and neutral news",
         "Persentase pemberitaan positif dan netral", "(positif + netral) / all articles x 100", 80, 0, 100},
        {"positive_share", "%", true, "Share of positive news", "Persentase sentimen positif pemberitaan",
         "positif articles / all articles x 100", 50, 0, 100},
    };
    return info;
  }

  // validate: the header of every file of the article log, without reading its rows.
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    if (s.articles) sdk::check_headers(*s.articles, article_fields(), "/params/articles", problems);
  }

  sdk::Result compute(const sdk::Request&, const Settings& s) override {
    std::vector<std::string> warnings;
    json breakdown = json::object();

    // Counts when the input has them (articles, a count summary); the
    // monthly table in every case.
    std::optional<st::Tally> tally;
    std::vector<st::Month> months;
    std::optional<Articles> articles;
    if (s.articles) {
      articles.emplace(read_articles(s));
      tally = articles->tally;
      warnings.insert(warnings.end(), articles->warnings.begin(), articles->warnings.end());
    } else if (s.summary->values == Values::count) {
      tally.emplace();
      for (const SummaryMonth& m : s.summary->months) {
        const auto values = m.values();
        for (st::Label label : st::all_labels) {
          tally->add(m.month, label, static_cast<std::uint64_t>(values[static_cast<std::size_t>(label)]));
        }
      }
    }
    if (tally) {
      months = st::months_from_counts(*tally);
    } else {
      for (const SummaryMonth& m : s.summary->months) months.push_back({m.month, std::nullopt, m.values()});
      std::sort(months.begin(), months.end(), [](const st::Month& a, const st::Month& b) { return a.month < b.month; });
      for (const st::Month& m : months) {
        if (auto w = st::month_sum_problem(m)) warnings.push_back(*w);
      }
    }

    std::vector<std::string> absent;
    for (const sdk::YearMonth& m : s.period.months()) {
      if (std::none_of(months.begin(), months.end(), [&](const st::Month& x) { return x.month == m; })) {
        absent.push_back(m.text());
      }
    }
    if (!absent.empty() && !months.empty()) {
      warnings.push_back((s.articles ? "no article in " : "no figures for ") + sdk::text::join(absent) +
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
    breakdown["source"] = s.articles ? "articles" : s.summary->values == Values::percent ? "summary_percent" : "summary_count";
    breakdown["method"] = method_name(method);
    breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
    if (articles) {
      breakdown["out_of_period"] = articles->out_of_period;
      if (articles->out_of_period > 0) {
        warnings.push_back(std::to_string(articles->out_of_period) + " article(s) published outside the period " +
                           s.period.text() + " left out");
      }
      breakdown["bad_rows_skipped"] = articles->input.value("bad_rows_skipped", 0);
      breakdown["input"] = articles->input;
    }
    const auto& chosen = method == Method::pooled ? pooled : mean;
    if (!chosen) {
      std::vector<std::string> files;
      if (s.articles) {
        for (const auto& source : s.articles->sources) files.push_back(source.file_text);
      }
      const std::string where = s.articles ? sdk::text::join(files) : std::string("the summary");
      sdk::Result missing = sdk::Result::missing_value("no article in the period " + s.period.text() + " in " + where);
      breakdown["articles"] = 0;
      missing.breakdown = std::move(breakdown);
      missing.warnings = std::move(warnings);
      if (articles) missing.inputs = articles->files;
      return missing;
    }
    if (pooled && mean) {
      if (auto w = st::method_difference((*pooled)[2], (*mean)[2], s.max_method_difference, method_name(method))) {
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
    for (const st::Month& m : st::highest_negative(months, s.top_months)) {
      highest.push_back({{"month", m.month.text()}, {"negatif", m.shares[2]}});
    }
    breakdown["highest_negatif"] = highest;
    if (articles && !articles->channels.empty()) breakdown["channels"] = channels_json(articles->channels);
    check_published(s, method, *chosen, tally, breakdown, warnings);

    sdk::Result result = sdk::Result::final_value((*chosen)[2]);
    result.measures = {{"negative_share", (*chosen)[2]},
                       {"positive_neutral_share", (*chosen)[0] + (*chosen)[1]},
                       {"positive_share", (*chosen)[0]}};
    result.note = !s.evidence.empty() ? s.evidence
                  : tally ? "shares " + std::string(method_name(method)) + " over " +
                                std::to_string(st::total_of(tally->all())) + " articles in " +
                                std::to_string(months.size()) + " months"
                          : "shares: mean of " + std::to_string(months.size()) + " monthly percentages";
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    if (articles) result.inputs = articles->files;
    if (auto chart = st::monthly_shares_chart(s.period.months(), months)) result.charts.push_back(std::move(*chart));
    return result;
  }

 private:
  struct Articles {
    st::Tally tally;
    std::map<std::string, st::Counts> channels;
    std::uint64_t out_of_period = 0;
    std::vector<std::string> warnings;
    json input;
    std::vector<std::string> files;
  };

  // Streams the log: memory grows with months and channels, never with rows.
  Articles read_articles(const Settings& s) const {
    const sdk::Fields fields = article_fields();
    sdk::Table table(*s.articles, fields, &host());
    Articles a;
    sdk::Record r;
    while (table.next(r)) {
      const sdk::Date& date = r.date(tanggal);
      if (!s.period.contains(date)) {
        ++a.out_of_period;
        continue;
      }
      const auto label = static_cast<st::Label>(r.category(sentimen));
      a.tally.add(sdk::YearMonth::of(date), label);
      if (r.in_file(kanal)) {
        std::string channel = sdk::text::trimmed(r.text(kanal));
        if (channel.empty()) channel = blank_channel;
        if (!a.channels.count(channel) && a.channels.size() >= max_channels) channel = other_channels;
        a.channels[channel][static_cast<std::size_t>(label)] += 1;
      }
    }
    a.warnings = table.warnings();
    a.input = table.breakdown();
    a.files = table.files();
    return a;
  }

  static json shares_json(const std::array<double, st::label_count>& shares) {
    json j = json::object();
    for (st::Label label : st::all_labels) j[st::label_name(label)] = shares[static_cast<std::size_t>(label)];
    return j;
  }
  static json counts_json(const st::Counts& counts) {
    json j = json::object();
    for (st::Label label : st::all_labels) j[st::label_name(label)] = counts[static_cast<std::size_t>(label)];
    return j;
  }
  static json month_json(const st::Month& m) {
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
  static json channels_json(const std::map<std::string, st::Counts>& channels) {
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

  // Published figures beside the computed ones, never instead.
  static void check_published(const Settings& s, Method method, const std::array<double, st::label_count>& chosen,
                              const std::optional<st::Tally>& tally, json& breakdown, std::vector<std::string>& warnings) {
    if (!s.published.is_object() || s.published.empty()) return;
    breakdown["published"] = s.published;
    for (st::Label label : st::all_labels) {
      if (!s.published.contains(st::label_name(label))) continue;
      if (auto w = sdk::compare_published(std::string(st::label_name(label)) + " share (" + method_name(method) + ")",
                                          chosen[static_cast<std::size_t>(label)],
                                          s.published.at(st::label_name(label)).get<double>())) {
        warnings.push_back(*w);
      }
    }
    if (!s.published.contains("articles")) return;
    if (!tally) {
      warnings.push_back("published articles " + sdk::number_text(s.published.at("articles").get<double>()) +
                         " cannot be checked: a percentage summary has no counts");
    } else if (auto w = sdk::compare_published("articles", static_cast<double>(st::total_of(tally->all())),
                                               s.published.at("articles").get<double>())) {
      warnings.push_back(*w);
    }
  }
};

}  // namespace

KINERJA_PLUGIN(SentimentPlugin)
