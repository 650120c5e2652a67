#include "ombudsman.hpp"

#include <climits>

namespace kinerja::ombudsman {

using kinerja::sdk::InputError;

namespace {

std::optional<int> year_of(const scoring::Entry& e, const char* key) {
  if (!e.value.contains(key)) return std::nullopt;
  if (!e.value[key].is_number_integer()) throw InputError(e.place(key) + ": expected a year");
  return e.value[key].get<int>();
}

Method method_from(const scoring::Entry& e) {
  Method method;
  method.key = e.key;
  method.name = e.text("name");
  if (method.name.empty()) method.name = e.key;
  method.source = e.text("source");
  method.from = year_of(e, "from");
  method.to = year_of(e, "to");
  if (!method.from && !method.to) throw InputError(e.where + ": give the years it covers (\"from\", \"to\" or both)");
  if (method.from && method.to && *method.from > *method.to) throw InputError(e.where + ": \"from\" is after \"to\"");
  method.dimensions = e.value.contains("dimensions")
                          ? scoring::Parts::points(e.value["dimensions"], e.place("dimensions"), "dimension", e.key)
                          : scoring::Parts("dimension", e.key);
  if (e.value.contains("categories")) {
    method.grading = scoring::Grading::from_json(e.value["categories"], e.place("categories"), {"zone"});
  } else if (e.value.contains("zones")) {
    method.grading = scoring::Grading::from_json(e.value["zones"], e.place("zones"));
    method.zones_only = true;
  } else {
    throw InputError(e.where + ": expected \"categories\" or \"zones\"");
  }
  return method;
}

bool overlap(const Method& a, const Method& b) {
  const int a_from = a.from.value_or(INT_MIN), a_to = a.to.value_or(INT_MAX);
  const int b_from = b.from.value_or(INT_MIN), b_to = b.to.value_or(INT_MAX);
  return a_from <= b_to && b_from <= a_to;
}

std::vector<std::string> keys_of(const Methods& methods) {
  std::vector<std::string> keys;
  for (const auto& m : methods.methods) keys.push_back(m.key);
  return keys;
}

std::vector<std::string> with_years(const Methods& methods) {
  std::vector<std::string> list;
  for (const auto& m : methods.methods) list.push_back(m.key + " (" + m.years_text() + ")");
  return list;
}

}  // namespace

bool Method::covers(int year) const { return (!from || year >= *from) && (!to || year <= *to); }

std::string Method::years_text() const {
  if (from && to) return std::to_string(*from) + " to " + std::to_string(*to);
  if (from) return "from " + std::to_string(*from);
  return "up to " + std::to_string(*to);
}

scoring::KnownNames Method::names() const {
  if (zones_only) return {{"category", {}}, {"opini", {}}, {"zone", grading.names("grade")}};
  return {{"category", grading.names("grade")}, {"opini", grading.names("label")}, {"zone", grading.names("zone")}};
}

Methods methods_from(const scoring::RulesFile& file) {
  Methods methods;
  methods.file = file.file();
  methods.note = file.text("note");
  for (const scoring::Entry& e : file.entries("methods")) {
    Method method = method_from(e);
    // A year must choose one method, or the choice would depend on the order.
    for (const auto& other : methods.methods) {
      if (overlap(method, other)) throw InputError(e.where + ": its years overlap those of " + other.key);
    }
    methods.methods.push_back(std::move(method));
  }
  return methods;
}

const Method& find_method(const Methods& methods, const std::string& key) {
  for (const auto& m : methods.methods) {
    if (m.key == key) return m;
  }
  throw scoring::unknown_key("method", key, methods.file, keys_of(methods), with_years(methods));
}

const Method& method_for_year(const Methods& methods, int year) {
  for (const auto& m : methods.methods) {
    if (m.covers(year)) return m;
  }
  const std::vector<std::string> list = with_years(methods);
  throw kinerja::sdk::ConfigError("no method in " + methods.file + " covers " + std::to_string(year) + "; it has: " +
                                  (list.empty() ? std::string("none") : kinerja::sdk::text::join(list)) +
                                  (methods.note.empty() ? "" : ". " + methods.note));
}

void check_units(const Method& method, const std::vector<Unit>& units, const std::string& pointer,
                 std::vector<kinerja::sdk::Problem>& problems) {
  std::vector<std::string> names;
  for (const Unit& u : units) names.push_back(u.name);
  scoring::check_unit_names(names, pointer, "the assessed service units", problems);
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].dimensions) continue;
    method.dimensions.check(*units[i].dimensions, kinerja::sdk::child_pointer(pointer, i) + "/dimensions",
                            "unit '" + kinerja::sdk::text::excerpt(units[i].name) + "': ", problems);
  }
}

std::optional<Grade> grade(const Method& method, double score) {
  const kinerja::sdk::Band* band = method.grading.find(score);
  if (band == nullptr) return std::nullopt;  // a table without an open last band
  if (method.zones_only) return Grade{"", "", band->grade};
  return Grade{band->grade, band->label, scoring::Grading::text_of(*band, "zone")};
}

Evaluation evaluate(const Method& method, const std::vector<Unit>& units, double threshold) {
  std::vector<kinerja::sdk::Problem> problems;
  check_units(method, units, "/units", problems);
  scoring::refuse_any(problems);
  Evaluation e;
  e.threshold = threshold;
  double sum = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    UnitResult r;
    r.name = u.name;
    r.from_dimensions = u.dimensions.has_value();
    r.total = u.dimensions ? method.dimensions.total(*u.dimensions) : u.total.value();  // in the method's order
    r.grade = grade(method, r.total);
    r.below_threshold = scoring::comparable(r.total) < threshold;
    if (r.below_threshold) e.below.push_back(i);
    sum += r.total;
    e.units.push_back(std::move(r));
  }
  e.mean = sum / static_cast<double>(units.size());
  e.grade = grade(method, e.mean);
  return e;
}

}  // namespace kinerja::ombudsman
