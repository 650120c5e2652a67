#include "config.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <set>

#include <kinerja/sdk/number.hpp>
#include <kinerja/sdk/text.hpp>

#include "config_readers.hpp"
#include "config_tables.hpp"
#include "json_file.hpp"
#include "object_reader.hpp"
#include "sha256.hpp"

namespace kinerja {

std::string to_string(AggregationMethod method) {
  return method == AggregationMethod::mean_of_indicators ? "mean_of_indicators" : "mean_of_sasaran";
}

std::string to_string(PendingPolicy policy) {
  switch (policy) {
    case PendingPolicy::count_as_target: return "count_as_target";
    case PendingPolicy::exclude: return "exclude";
    case PendingPolicy::use_provisional: return "use_provisional";
  }
  return "count_as_target";
}

namespace {

const std::vector<std::string> aggregation_names{"mean_of_indicators", "mean_of_sasaran"};
const std::vector<std::string> pending_names{"count_as_target", "exclude", "use_provisional"};
const std::vector<std::string> rounding_names{"half_up", "half_even", "truncate"};

std::string shortest(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

std::string target_text(const Target& t, bool show_comparison) {
  std::string text = show_comparison ? to_string(t.comparison) + " " : "";
  text += shortest(t.value);
  if (!t.unit.empty()) text += (t.unit == "%" ? "" : " ") + t.unit;
  return text;
}

// "83.5", or "83,5" with the comma as the decimal mark (the SDK's one
// number reader); "1.234,5" stays an error.
std::optional<double> parse_decimal(const std::string& text) {
  if (text.find(',') != std::string::npos) return sdk::parse_number(text, sdk::NumberStyle::comma);
  return sdk::parse_number(text, sdk::NumberStyle::plain);
}

template <class Enum>
std::optional<Enum> read_choice(ObjectReader& reader, const std::string& key, const std::vector<std::string>& names,
                                std::optional<Enum> (*parse)(std::string_view)) {
  const auto text = reader.string(key, false);
  if (!text) return std::nullopt;
  if (auto value = parse(*text)) return value;
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  reader.error(key, "unknown value '" + *text + "'; expected one of " + list + sdk::text::did_you_mean(*text, names));
  return std::nullopt;
}

std::optional<AggregationMethod> parse_aggregation(std::string_view s) {
  if (s == "mean_of_indicators") return AggregationMethod::mean_of_indicators;
  if (s == "mean_of_sasaran") return AggregationMethod::mean_of_sasaran;
  return std::nullopt;
}

std::optional<PendingPolicy> parse_pending_policy(std::string_view s) {
  if (s == "count_as_target") return PendingPolicy::count_as_target;
  if (s == "exclude") return PendingPolicy::exclude;
  if (s == "use_provisional") return PendingPolicy::use_provisional;
  return std::nullopt;
}

Policy read_policy(const json* node, const std::string& pointer, Diagnostics& diagnostics) {
  Policy policy;
  if (!node) return policy;
  ObjectReader r(*node, pointer, diagnostics);
  if (auto a = read_choice<AggregationMethod>(r, "aggregation", aggregation_names, parse_aggregation)) {
    policy.aggregation = *a;
  }
  if (auto p = read_choice<PendingPolicy>(r, "pending", pending_names, parse_pending_policy)) policy.pending = *p;
  if (auto cap = r.number("cap", false)) {
    if (*cap < 100) r.error("cap", "a cap below 100% would turn a met target into a miss; expected >= 100");
    else policy.capaian.cap = cap;
  }
  if (const json* display = r.object("display", false)) {
    ObjectReader d(*display, r.pointer_of("display"), diagnostics);
    if (auto decimals = d.integer("decimals", false)) {
      if (*decimals < 0 || *decimals > 10) d.error("decimals", "expected 0 to 10");
      else policy.display.decimals = static_cast<int>(*decimals);
    }
    if (auto m = read_choice<RoundingMode>(d, "rounding", rounding_names, parse_rounding_mode)) {
      policy.display.mode = *m;
    }
    d.finish();
  }
  r.finish();
  return policy;
}

std::optional<TargetSpec> read_target_object(const json& node, const std::string& pointer, Diagnostics& diagnostics) {
  ObjectReader r(node, pointer, diagnostics);
  const std::size_t before = diagnostics.size();
  TargetSpec spec;
  const auto value = r.number("value", true);
  const auto unit = r.string("unit", false, true);
  const auto polarity_text = r.string("polarity", false);
  const auto comparison_text = r.string("comparison", false);
  const auto text = r.string("text", false);
  r.finish();

  std::optional<Polarity> polarity;
  if (polarity_text && !(polarity = parse_polarity(*polarity_text))) {
    r.error("polarity", "unknown polarity '" + *polarity_text + "'; expected 'higher' or 'lower' (is better)");
  }
  std::optional<Comparison> comparison;
  if (comparison_text && !(comparison = parse_comparison(*comparison_text))) {
    r.error("comparison", "unknown comparison '" + *comparison_text + "'; expected one of <, <=, >, >=");
  }
  if (comparison) {
    const Polarity implied = (*comparison == Comparison::less_than || *comparison == Comparison::at_most)
                                 ? Polarity::lower_is_better
                                 : Polarity::higher_is_better;
    if (polarity && *polarity != implied) {
      r.error("comparison", "comparison '" + *comparison_text + "' contradicts polarity '" + *polarity_text + "'");
    }
    polarity = implied;
  } else if (!polarity && !polarity_text && r.is_object()) {
    r.error("polarity", "missing: say whether 'higher' or 'lower' is better (or give a comparison such as '<')");
  }
  if (diagnostics.size() != before || !value || !polarity) return std::nullopt;
  spec.target.value = *value;
  spec.target.polarity = *polarity;
  spec.target.comparison = comparison.value_or(default_comparison(*polarity));
  spec.target.unit = unit.value_or("");
  spec.text = text.value_or(target_text(spec.target, comparison.has_value()));
  return spec;
}

std::optional<PendingSpec> read_pending(const json& node, const std::string& pointer, Diagnostics& diagnostics) {
  ObjectReader r(node, pointer, diagnostics);
  PendingSpec spec;
  const auto reason = r.string("reason", true);
  spec.provisional = r.number("provisional", false);
  r.finish();
  if (!reason) return std::nullopt;
  spec.reason = *reason;
  return spec;
}

std::optional<IndicatorConfig> read_indicator(const json& node, const std::string& pointer, int config_year,
                                              Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  IndicatorConfig ind;
  ind.pointer = pointer;
  ind.id = r.string("id", true).value_or("");
  ind.name = r.string("name", true).value_or("");
  ind.plugin = r.string("plugin", true).value_or("");
  ind.measure = r.string("measure", false).value_or("");
  if (const json* params = r.object("params", false)) ind.params = *params;
  ind.note = r.string("note", false).value_or("");
  if (auto target = read_target(r.raw("target"), r.pointer_of("target"), diagnostics)) {
    ind.target = *target;
  } else if (r.is_object() && !r.has("target")) {
    r.error("target", "missing: expected a target such as {\"value\": 81, \"polarity\": \"higher\"} or \"< 20%\"");
  }
  if (const json* awal = r.raw("target_awal")) {
    const bool na = awal->is_null() || (awal->is_string() && (*awal == "N/A" || *awal == "n/a" || *awal == "-"));
    if (na) ind.target_awal_na = true;
    else ind.target_awal = read_target(awal, r.pointer_of("target_awal"), diagnostics);
  }
  ind.revision_reason = r.string("revision_reason", false).value_or("");
  if (const json* published = r.object("published", false)) {
    ObjectReader pub(*published, r.pointer_of("published"), diagnostics);
    ind.published_realisasi = pub.number("realisasi", false);
    ind.published_capaian = pub.number("capaian", false);
    pub.finish();
  }
  if (const json* pending = r.object("pending", false)) {
    ind.pending = read_pending(*pending, r.pointer_of("pending"), diagnostics);
  }
  if (const json* history = r.array("history", false)) {
    ind.history = read_history(*history, r.pointer_of("history"), config_year, diagnostics);
  }
  if (const json* renstra = r.object("renstra", false)) {
    ind.renstra = read_renstra_targets(*renstra, r.pointer_of("renstra"), diagnostics);
  }
  r.finish();
  if (diagnostics.size() != before) return std::nullopt;
  return ind;
}

std::optional<SasaranConfig> read_sasaran(const json& node, const std::string& pointer, int config_year,
                                          Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  ObjectReader r(node, pointer, diagnostics);
  SasaranConfig s;
  s.pointer = pointer;
  s.id = r.string("id", true).value_or("");
  s.name = r.string("name", true).value_or("");
  if (const json* indicators = r.array("indicators", true)) {
    if (indicators->empty()) r.error("indicators", "expected at least one indicator");
    for (std::size_t i = 0; i < indicators->size(); ++i) {
      if (auto ind = read_indicator((*indicators)[i], child_pointer(r.pointer_of("indicators"), i), config_year,
                                    diagnostics)) {
        s.indicators.push_back(std::move(*ind));
      }
    }
  }
  r.finish();
  if (diagnostics.size() != before) return std::nullopt;
  return s;
}

void check_unique_ids(const json& document, Diagnostics& diagnostics) {
  std::set<std::string> sasaran_ids, indicator_ids;
  if (!document.contains("sasaran") || !document["sasaran"].is_array()) return;
  const auto& sasaran = document["sasaran"];
  for (std::size_t i = 0; i < sasaran.size(); ++i) {
    const std::string sp = child_pointer("/sasaran", i);
    if (sasaran[i].is_object() && sasaran[i].contains("id") && sasaran[i]["id"].is_string() &&
        !sasaran_ids.insert(sasaran[i]["id"].get<std::string>()).second) {
      diagnostics.add(sp + "/id", "duplicate sasaran id '" + sasaran[i]["id"].get<std::string>() + "'");
    }
    if (!sasaran[i].is_object() || !sasaran[i].contains("indicators") || !sasaran[i]["indicators"].is_array()) continue;
    const auto& indicators = sasaran[i]["indicators"];
    for (std::size_t j = 0; j < indicators.size(); ++j) {
      const json& ind = indicators[j];
      if (ind.is_object() && ind.contains("id") && ind["id"].is_string() &&
          !indicator_ids.insert(ind["id"].get<std::string>()).second) {
        diagnostics.add(child_pointer(sp + "/indicators", j) + "/id",
                        "duplicate indicator id '" + ind["id"].get<std::string>() + "' (ids must be unique in a config)");
      }
    }
  }
}

}  // namespace

std::optional<TargetSpec> read_target(const json* node, const std::string& pointer, Diagnostics& diagnostics) {
  if (!node) return std::nullopt;
  if (node->is_string()) {
    std::string error;
    auto spec = parse_target_text(node->get<std::string>(), error);
    if (!spec) diagnostics.add(pointer, error);
    return spec;
  }
  if (node->is_object()) return read_target_object(*node, pointer, diagnostics);
  diagnostics.add(pointer, "expected a target: an object {\"value\": 81, \"polarity\": \"higher\"} or a string such as "
                           "\"< 20%\", found " + describe_type(*node));
  return std::nullopt;
}

std::optional<TargetSpec> parse_target_text(const std::string& text, std::string& error) {
  // The unit may not start with a digit or separator: "1.234,5" is refused,
  // not read as 1.234 with unit ",5".
  static const std::regex pattern(R"(^\s*(<=|>=|<|>|≤|≥)?\s*(-?[0-9]+(?:[.,][0-9]+)?)\s*([^0-9.,\s].*?)?\s*$)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) {
    error = "cannot read target '" + text + "': expected a comparison and a number, such as \"< 20%\" or \">= 81\"";
    return std::nullopt;
  }
  std::string op = m[1].str();
  if (op == "≤") op = "<=";
  if (op == "≥") op = ">=";
  if (op.empty()) {
    error = "target '" + text + "' does not say whether lower or higher is better: write \"<= " + text +
            "\" or \">= " + text + "\", or an object with \"polarity\"";
    return std::nullopt;
  }
  const std::string number = m[2].str();
  const std::string unit = m[3].str();
  // "10.000" is ten thousand to an Indonesian reader and ten to a program.
  static const std::regex thousands(R"(^-?[1-9][0-9]*[.,][0-9]{3}$)");
  if (std::regex_match(number, thousands)) {
    error = "target '" + text + "' is ambiguous: '" + number +
            "' may use a thousands separator; write the number without one (10000) or with fewer decimals (10.0)";
    return std::nullopt;
  }
  static const std::regex exponent(R"(^[eE][+-]?[0-9])");
  if (std::regex_search(unit, exponent)) {
    error = "target '" + text + "': write the number in full, without an exponent";
    return std::nullopt;
  }
  const auto value = parse_decimal(number);
  if (!value) {
    error = "cannot read the number in target '" + text + "'";
    return std::nullopt;
  }
  TargetSpec spec;
  spec.target.comparison = *parse_comparison(op);
  spec.target.polarity = (op[0] == '<') ? Polarity::lower_is_better : Polarity::higher_is_better;
  spec.target.value = *value;
  spec.target.unit = unit;
  spec.text = text;
  return spec;
}

std::optional<EvaluationConfig> read_config(const json& document, const std::filesystem::path& path,
                                            Diagnostics& diagnostics) {
  const std::size_t before = diagnostics.size();
  EvaluationConfig config;
  config.name = path.string();
  config.path = std::filesystem::absolute(path).lexically_normal();
  config.dir = config.path.parent_path();

  ObjectReader r(document, "", diagnostics);
  if (auto format = r.integer("format", false); format && *format != 1) {
    r.error("format", "this kinerja reads config format 1, the file says " + std::to_string(*format));
  }
  config.unit = r.string("unit", true).value_or("");
  config.organisation = r.string("organisation", false).value_or("");
  if (auto year = r.integer("year", true)) {
    if (*year < 1945 || *year > 2200) r.error("year", "expected a year between 1945 and 2200");
    else config.year = static_cast<int>(*year);
  }
  config.policy = read_policy(r.object("policy", false), r.pointer_of("policy"), diagnostics);
  if (const json* published = r.object("published", false)) {
    ObjectReader pub(*published, r.pointer_of("published"), diagnostics);
    config.published_capaian = pub.number("capaian", false);
    pub.finish();
  }
  config.description = r.string("description", false, true).value_or("");
  if (const json* renstra = r.object("renstra", false)) {
    config.renstra = read_renstra(*renstra, r.pointer_of("renstra"), diagnostics);
  }
  if (const json* budget = r.object("budget", false)) {
    config.budget = read_budget(*budget, r.pointer_of("budget"), diagnostics, budget_kegiatan_in_tables(document));
  }
  if (const json* report = r.object("report", false)) {
    ObjectReader rep(*report, r.pointer_of("report"), diagnostics);
    config.report_language = rep.string("language", false).value_or("");
    if (!config.report_language.empty() && config.report_language != "id" && config.report_language != "en") {
      rep.error("language", "expected \"id\" (Bahasa Indonesia) or \"en\", found '" + config.report_language + "'");
    }
    if (auto templates = rep.string("templates", false)) {
      config.report_templates = config.dir / *templates;
      if (!std::filesystem::is_directory(*config.report_templates)) {
        rep.error("templates", "expected a folder of report templates, " + config.report_templates->string() +
                                   " is not one");
      }
    }
    rep.finish();
  }
  if (const json* results = r.array("history_results", false)) {
    for (std::size_t i = 0; i < results->size(); ++i) {
      const json& item = (*results)[i];
      if (!item.is_string() || item.get<std::string>().empty()) {
        diagnostics.add(child_pointer(r.pointer_of("history_results"), i),
                        "expected the path of an earlier result file, found " + describe_type(item));
      } else {
        config.history_results.push_back(config.dir / item.get<std::string>());
      }
    }
  }
  if (const json* sasaran = r.array("sasaran", true)) {
    if (sasaran->empty()) r.error("sasaran", "expected at least one sasaran kegiatan");
    for (std::size_t i = 0; i < sasaran->size(); ++i) {
      if (auto s = read_sasaran((*sasaran)[i], child_pointer("/sasaran", i), config.year, diagnostics)) {
        config.sasaran.push_back(std::move(*s));
      }
    }
  }
  const json* tables = r.object("tables", false);
  r.finish();
  check_unique_ids(document, diagnostics);
  if (diagnostics.size() != before) return std::nullopt;
  if (tables) read_config_tables(*tables, "/tables", config, diagnostics);
  if (diagnostics.size() != before) return std::nullopt;
  check_renstra_years(config, diagnostics);
  load_history_results(config, diagnostics);
  if (diagnostics.size() != before) return std::nullopt;
  return config;
}

std::optional<EvaluationConfig> load_config(const std::filesystem::path& path, Diagnostics& diagnostics) {
  const std::string text = read_text_file(path);
  const json document = parse_json_text(text, path.string());
  auto config = read_config(document, path, diagnostics);
  if (config) config->sha256 = sha256_hex(text);
  return config;
}

}  // namespace kinerja
