// A plugin's parameters, described once. Each parameter is declared with
// its name, type, documentation, default (the member's initial value),
// range and the member of the plugin's settings struct it fills; from that
// one declaration the SDK derives
//   - the parameter description the host checks params against and
//     `kinerja plugins info` shows (schema());
//   - the typed settings the plugin works with, including the checks JSON
//     Schema cannot state (a date that does not exist, a period that ends
//     before it starts, "give articles or summary"): read().
//
//   struct Settings {
//     std::optional<sdk::TableSpec> articles;
//     double max_difference = 0.5;
//     sdk::Period period;
//   };
//   sdk::Parameters<Settings> p;
//   p.table("articles", &Settings::articles, article_fields(), "The article log.");
//   p.number("max_method_difference", &Settings::max_difference, "...").minimum(0);
//   p.period("period", &Settings::period, "The dates counted. Default: the config's year.");
//   p.one_of({"articles", "summary"});
#pragma once

#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/json_path.hpp>
#include <kinerja/sdk/table_spec.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

// What reading settings needs beside the params: where problems go, the
// config's year (the default period) and folder (relative paths).
class Reading {
 public:
  Reading(std::vector<Problem>& problems, int year, std::filesystem::path base_dir)
      : problems_(problems), year_(year), base_dir_(std::move(base_dir)) {}
  void problem(std::string pointer, std::string message) { problems_.push_back({std::move(pointer), std::move(message)}); }
  std::vector<Problem>& problems() { return problems_; }
  int year() const { return year_; }
  const std::filesystem::path& base_dir() const { return base_dir_; }

 private:
  std::vector<Problem>& problems_;
  int year_;
  std::filesystem::path base_dir_;
};

namespace detail {
template <class T>
struct same {  // std::type_identity, which C++17 lacks: keeps T out of deduction
  using type = T;
};
template <class E>
using Choices = std::vector<std::pair<std::string, typename same<E>::type>>;
}  // namespace detail

template <class S>
class Parameters {
 public:
  // Reads one present parameter's (schema-checked) value into the settings.
  using ReadFn = std::function<void(S&, const json&, const std::string&, Reading&)>;
  // A rule over the whole object, run after every parameter is read.
  using RuleFn = std::function<void(const S&, const json&, const std::string&, Reading&)>;

  // --- leaves ---------------------------------------------------------
  Parameters& text(std::string name, std::string S::*member, std::string description) {
    json schema{{"type", "string"}};
    if (const std::string d = S{}.*member; !d.empty()) schema["default"] = d;
    return add(std::move(name), std::move(schema), std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) { s.*member = v.get<std::string>(); });
  }
  Parameters& text(std::string name, std::optional<std::string> S::*member, std::string description) {
    return add(std::move(name), {{"type", "string"}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) { s.*member = v.get<std::string>(); });
  }
  Parameters& number(std::string name, double S::*member, std::string description) {
    return add(std::move(name), {{"type", "number"}, {"default", S{}.*member}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) { s.*member = v.get<double>(); });
  }
  Parameters& number(std::string name, std::optional<double> S::*member, std::string description) {
    return add(std::move(name), {{"type", "number"}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) { s.*member = v.get<double>(); });
  }
  template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>, int> = 0>
  Parameters& integer(std::string name, I S::*member, std::string description) {
    return add(std::move(name), {{"type", "integer"}, {"default", S{}.*member}}, std::move(description),
               [member](S& s, const json& v, const std::string& at, Reading& r) {
                 if (auto i = whole<I>(v, at, r)) s.*member = *i;
               });
  }
  template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>, int> = 0>
  Parameters& integer(std::string name, std::optional<I> S::*member, std::string description) {
    return add(std::move(name), {{"type", "integer"}}, std::move(description),
               [member](S& s, const json& v, const std::string& at, Reading& r) {
                 if (auto i = whole<I>(v, at, r)) s.*member = *i;
               });
  }
  Parameters& boolean(std::string name, bool S::*member, std::string description) {
    return add(std::move(name), {{"type", "boolean"}, {"default", S{}.*member}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) { s.*member = v.get<bool>(); });
  }
  // One of named values: {"pooled", Method::pooled}, ...
  template <class E>
  Parameters& choice(std::string name, E S::*member, detail::Choices<E> choices, std::string description) {
    json schema{{"type", "string"}, {"enum", names_of(choices)}};
    for (const auto& [n, value] : choices) {
      if (value == S{}.*member) schema["default"] = n;
    }
    return add(std::move(name), std::move(schema), std::move(description),
               [member, choices](S& s, const json& v, const std::string&, Reading&) { s.*member = value_of(choices, v); });
  }
  template <class E>
  Parameters& choice(std::string name, std::optional<E> S::*member, detail::Choices<E> choices, std::string description) {
    return add(std::move(name), {{"type", "string"}, {"enum", names_of(choices)}}, std::move(description),
               [member, choices](S& s, const json& v, const std::string&, Reading&) { s.*member = value_of(choices, v); });
  }
  // A date, written as 2024-01-05, 05/01/2024 or 5 Januari 2024.
  Parameters& date(std::string name, std::optional<Date> S::*member, std::string description) {
    return add(std::move(name), {{"type", "string"}}, std::move(description),
               [member](S& s, const json& v, const std::string& at, Reading& r) { s.*member = read_date(v, at, r); });
  }
  // A month, "2024-01".
  Parameters& month(std::string name, YearMonth S::*member, std::string description) {
    return add(std::move(name), {{"type", "string"}}, std::move(description),
               [member](S& s, const json& v, const std::string& at, Reading& r) {
                 if (auto m = parse_year_month(v.get<std::string>())) s.*member = *m;
                 else r.problem(at, "'" + text::excerpt(v.get<std::string>()) + "' is not a month (expected YYYY-MM, e.g. 2024-01)");
               });
  }
  // A file the plugin reads (resolved and checked by the host).
  Parameters& file(std::string name, std::optional<std::filesystem::path> S::*member, std::string description) {
    return add(std::move(name), {{"type", "string"}, {"format", "path"}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading& r) {
                 std::filesystem::path p(v.get<std::string>());
                 s.*member = p.is_relative() ? r.base_dir() / p : p;
               });
  }
  // A list of files the plugin reads (each resolved and checked by the host).
  Parameters& files(std::string name, std::vector<std::filesystem::path> S::*member, std::string description) {
    return add(std::move(name), {{"type", "array"}, {"items", {{"type", "string"}, {"format", "path"}}}},
               std::move(description), [member](S& s, const json& v, const std::string&, Reading& r) {
                 for (const json& f : v) {
                   std::filesystem::path p(f.get<std::string>());
                   (s.*member).push_back(p.is_relative() ? r.base_dir() / p : p);
                 }
               });
  }
  // An input table with the fields the plugin reads from it (table.hpp).
  Parameters& table(std::string name, std::optional<TableSpec> S::*member, const Fields& fields, std::string description) {
    return add(std::move(name), {{"format", "table"}, {"fields", fields.to_json()}}, std::move(description),
               [member, fields](S& s, const json& v, const std::string& at, Reading& r) {
                 s.*member = TableSpec::parse(v, fields, r.base_dir(), at, r.problems());
               });
  }
  // An input table whose fields come from parameters declared BEFORE it
  // (the formula plugin's aggregates: the columns each one names), so no
  // fields can be published: the host passes the value as written, and it
  // is read here, relative to the config's folder.
  Parameters& table(std::string name, std::optional<TableSpec> S::*member, std::function<Fields(const S&)> fields_of,
                    std::string description) {
    return add(std::move(name), {{"additionalProperties", true}}, std::move(description),
               [member, fields_of](S& s, const json& v, const std::string& at, Reading& r) {
                 s.*member = TableSpec::parse(v, fields_of(s), r.base_dir(), at, r.problems());
               });
  }
  // Any JSON value with the given schema, kept as it is (e.g. "published").
  Parameters& value(std::string name, json S::*member, json schema, std::string description) {
    return add(std::move(name), std::move(schema), std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) { s.*member = v; });
  }
  // An object of numbers by name: {"2023-01": 2.5, ...}.
  Parameters& number_map(std::string name, std::map<std::string, double> S::*member, std::string description) {
    return add(std::move(name), {{"type", "object"}, {"additionalProperties", {{"type", "number"}}}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) {
                 for (auto it = v.begin(); it != v.end(); ++it) (s.*member)[it.key()] = it.value().template get<double>();
               });
  }
  Parameters& number_map(std::string name, std::optional<std::map<std::string, double>> S::*member, std::string description) {
    return add(std::move(name), {{"type", "object"}, {"additionalProperties", {{"type", "number"}}}}, std::move(description),
               [member](S& s, const json& v, const std::string&, Reading&) {
                 auto& numbers = (s.*member).emplace();
                 for (auto it = v.begin(); it != v.end(); ++it) numbers[it.key()] = it.value().template get<double>();
               });
  }
  // An object of named objects, each read by `item`: {"total": {...}, "belum": {...}}.
  template <class T>
  Parameters& object_map(std::string name, std::map<std::string, T> S::*member, const Parameters<T>& item,
                         std::string description) {
    return add(std::move(name), {{"type", "object"}, {"additionalProperties", item.schema()}}, std::move(description),
               [member, item](S& s, const json& v, const std::string& at, Reading& r) {
                 for (auto it = v.begin(); it != v.end(); ++it) {
                   (s.*member)[it.key()] = item.read(it.value(), child_pointer(at, it.key()), r);
                 }
               });
  }
  // A nested object.
  template <class T>
  Parameters& object(std::string name, T S::*member, const Parameters<T>& sub, std::string description) {
    return add(std::move(name), sub.schema(), std::move(description),
               [member, sub](S& s, const json& v, const std::string& at, Reading& r) { s.*member = sub.read(v, at, r); });
  }
  template <class T>
  Parameters& object(std::string name, std::optional<T> S::*member, const Parameters<T>& sub, std::string description) {
    return add(std::move(name), sub.schema(), std::move(description),
               [member, sub](S& s, const json& v, const std::string& at, Reading& r) { s.*member = sub.read(v, at, r); });
  }
  // A list of objects.
  template <class T>
  Parameters& list(std::string name, std::vector<T> S::*member, const Parameters<T>& item, std::string description) {
    return add(std::move(name), {{"type", "array"}, {"items", item.schema()}}, std::move(description),
               [member, item](S& s, const json& v, const std::string& at, Reading& r) {
                 for (std::size_t i = 0; i < v.size(); ++i) (s.*member).push_back(item.read(v[i], child_pointer(at, i), r));
               });
  }
  // {"from": date, "to": date}, inclusive; the config's year by default.
  Parameters& period(std::string name, Period S::*member, std::string description) {
    json schema{{"type", "object"},
                {"properties",
                 {{"from", {{"type", "string"}, {"description", "First day, e.g. 2024-01-01. Default: 1 January of the config's year."}}},
                  {"to", {{"type", "string"}, {"description", "Last day, e.g. 2024-12-31. Default: 31 December of the config's year."}}}}}};
    periods_.push_back({name, member});
    return add(std::move(name), std::move(schema), std::move(description),
               [member](S& s, const json& v, const std::string& at, Reading& r) {
                 Period p = Period::year(r.year());
                 bool ok = true;
                 if (v.contains("from")) {
                   const auto d = read_date(v["from"], child_pointer(at, "from"), r);
                   if (d) p.from = *d;
                   ok = ok && d;
                 }
                 if (v.contains("to")) {
                   const auto d = read_date(v["to"], child_pointer(at, "to"), r);
                   if (d) p.to = *d;
                   ok = ok && d;
                 }
                 if (ok && p.to < p.from) r.problem(at, "the period ends (" + p.to.iso() + ") before it starts (" + p.from.iso() + ")");
                 s.*member = p;
               });
  }

  // --- modifiers of the parameter declared last ---------------------------
  // A required parameter has no default, whatever the member's initial value.
  Parameters& required() {
    last().required = true;
    last().schema.erase("default");
    return *this;
  }
  Parameters& minimum(double v) {
    last().schema["minimum"] = bound(v);
    return *this;
  }
  Parameters& maximum(double v) {
    last().schema["maximum"] = bound(v);
    return *this;
  }
  Parameters& example(json v) {
    last().schema["examples"] = json::array({std::move(v)});
    return *this;
  }
  Parameters& title(std::string t) {
    last().schema["title"] = std::move(t);
    return *this;
  }

  // --- rules over the whole object ----------------------------------------
  // Exactly one of `names` must be given; `meanings` (optional, one per
  // name) say what each is: "give articles (the article log) or summary
  // (monthly figures)".
  Parameters& one_of(std::vector<std::string> names, std::vector<std::string> meanings = {}) {
    rules_.push_back([names, meanings](const S&, const json& v, const std::string& at, Reading& r) {
      std::vector<std::string> given, given_names, described;
      for (std::size_t i = 0; i < names.size(); ++i) {
        described.push_back(i < meanings.size() ? names[i] + " (" + meanings[i] + ")" : names[i]);
        if (v.contains(names[i])) {
          given.push_back(described.back());
          given_names.push_back(names[i]);
        }
      }
      if (given.empty()) {
        r.problem(child_pointer(at, names.front()), "give " + text::alternatives(described));
      } else if (given.size() > 1) {
        r.problem(child_pointer(at, given_names[1]), "give either " + text::alternatives(given) + ", not both");
      }
    });
    return *this;
  }
  // `name` only makes sense beside `other` (e.g. columns beside a log).
  Parameters& only_with(std::string name, std::string other) {
    rules_.push_back([name, other](const S&, const json& v, const std::string& at, Reading& r) {
      if (v.contains(name) && !v.contains(other)) r.problem(child_pointer(at, name), name + " applies only with " + other);
    });
    return *this;
  }
  // Any other rule: rule([](const Settings& s, const json& params, const std::string& at, sdk::Reading& r) {...}).
  // A rule sees the params without the defaults filled in for them.
  Parameters& rule(RuleFn fn) {
    rules_.push_back(std::move(fn));
    return *this;
  }
  // Whole params objects for `kinerja plugins info` (the first is the sample).
  Parameters& examples(json list) {
    examples_ = std::move(list);
    return *this;
  }

  // --- what the declarations give -----------------------------------------
  json schema() const {
    json properties = json::object();
    json required = json::array();
    for (const Param& p : params_) {
      properties[p.name] = p.schema;
      if (p.required) required.push_back(p.name);
    }
    json j{{"type", "object"}, {"properties", properties}};
    if (!required.empty()) j["required"] = required;
    if (!examples_.is_null()) j["examples"] = examples_;
    return j;
  }

  // The settings from params already checked against schema(): every
  // problem the schema cannot state goes to `r`, under `pointer`.
  S read(const json& params, const std::string& pointer, Reading& r) const {
    S s{};
    for (const auto& [name, member] : periods_) s.*member = Period::year(r.year());
    for (const Param& p : params_) {
      if (params.contains(p.name)) p.read(s, params.at(p.name), child_pointer(pointer, p.name), r);
    }
    // Every problem at once: the rules run even when a parameter had one
    // (a rule reading a parameter that failed must allow for it).
    const json written = as_written(params);
    for (const RuleFn& rule : rules_) rule(s, written, pointer, r);
    return s;
  }

  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const Param& p : params_) out.push_back(p.name);
    return out;
  }

 private:
  struct Param {
    std::string name;
    json schema;
    bool required = false;
    ReadFn read;
  };

  Parameters& add(std::string name, json schema, std::string description, ReadFn read) {
    if (!description.empty()) schema["description"] = std::move(description);
    params_.push_back({std::move(name), std::move(schema), false, std::move(read)});
    return *this;
  }
  Param& last() {
    if (params_.empty()) throw std::logic_error("Parameters: a modifier before any parameter");
    return params_.back();
  }

  // A whole bound stays whole, so messages say "at least 1", not "1.0".
  static json bound(double v) {
    if (v == static_cast<double>(static_cast<long long>(v))) return static_cast<long long>(v);
    return v;
  }

  // The params as the planner wrote them, near enough: without the
  // defaults the host filled in, so that a rule such as only_with does not
  // take a defaulted parameter for one the config gives.
  json as_written(const json& params) const {
    json written = params;
    for (const Param& p : params_) {
      if (written.contains(p.name) && p.schema.contains("default") && p.schema["default"] == written.at(p.name)) {
        written.erase(p.name);
      }
    }
    return written;
  }

  template <class E>
  static json names_of(const std::vector<std::pair<std::string, E>>& choices) {
    json names = json::array();
    for (const auto& c : choices) names.push_back(c.first);
    return names;
  }
  template <class E>
  static E value_of(const std::vector<std::pair<std::string, E>>& choices, const json& v) {
    for (const auto& [n, value] : choices) {
      if (v == n) return value;
    }
    return choices.front().second;  // the schema allows only the names
  }
  // The integer a (schema-checked, whole) number is, or a problem when the
  // member's type cannot hold it: converting such a double is undefined.
  template <class I>
  static std::optional<I> whole(const json& v, const std::string& at, Reading& r) {
    const double d = v.get<double>();
    if (d < static_cast<double>(std::numeric_limits<I>::min())) {
      r.problem(at, "expected at least " + std::to_string(std::numeric_limits<I>::min()) + ", found " + v.dump());
      return std::nullopt;
    }
    if (d >= static_cast<double>(std::numeric_limits<I>::max()) + 1.0) {
      r.problem(at, "expected at most " + std::to_string(std::numeric_limits<I>::max()) + ", found " + v.dump());
      return std::nullopt;
    }
    return static_cast<I>(d);
  }
  static std::optional<Date> read_date(const json& v, const std::string& at, Reading& r) {
    const std::string textual = v.is_string() ? v.get<std::string>() : v.dump();
    if (auto d = parse_date(textual)) return d;
    if (const std::string why = why_no_such_date(textual); !why.empty()) {
      r.problem(at, "'" + text::excerpt(textual) + "' is no date: " + why);
      return std::nullopt;
    }
    r.problem(at, "'" + text::excerpt(textual) + "' is not a date (expected e.g. 2024-01-31, 31/01/2024 or 31 Januari 2024)");
    return std::nullopt;
  }

  std::vector<Param> params_;
  std::vector<RuleFn> rules_;
  std::vector<std::pair<std::string, Period S::*>> periods_;
  json examples_;
};

}  // namespace kinerja::sdk
