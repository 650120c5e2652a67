#include "plugin_result.hpp"

#include <cmath>
#include <stdexcept>

#include "object_reader.hpp"

namespace kinerja {

namespace {

// Each chart checked on its own; ids must differ so the report can tell them apart.
std::vector<Chart> read_charts(ObjectReader& r) {
  std::vector<Chart> charts;
  const json* list = r.array("charts", false);
  if (!list) return charts;
  const std::string at = r.pointer_of("charts");
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto chart = read_chart((*list)[i], child_pointer(at, i), r.diagnostics());
    if (!chart) continue;
    for (const Chart& earlier : charts) {
      if (earlier.id == chart->id) {
        r.diagnostics().add(child_pointer(child_pointer(at, i), "id"), "duplicate chart id '" + chart->id + "'");
      }
    }
    charts.push_back(std::move(*chart));
  }
  return charts;
}

}  // namespace

PluginResult parse_plugin_result(const std::string& text) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("the plugin's result is not valid JSON: ") + e.what());
  }
  Diagnostics problems;
  ObjectReader r(document, "", problems);
  PluginResult result;
  const auto status = r.string("status", true);
  result.realisasi = r.number("realisasi", false);
  result.unit = r.string("unit", false, true).value_or("");
  result.note = r.string("note", false, true).value_or("");
  if (const json* pending = r.object("pending", false)) {
    ObjectReader p(*pending, r.pointer_of("pending"), problems);
    const auto reason = p.string("reason", true);
    const auto provisional = p.number("provisional", false);
    p.finish();
    if (reason) result.pending = PendingSpec{*reason, provisional};
  }
  if (const json* breakdown = r.raw("breakdown")) result.breakdown = *breakdown;
  result.measure = r.string("measure", false).value_or("");
  if (const json* unavailable = r.object("unavailable_measures", false)) {
    for (const auto& [id, why] : unavailable->items()) {
      if (why.is_string()) result.unavailable_measures[id] = why.get<std::string>();
      else problems.add(child_pointer("/unavailable_measures", id), "expected a reason, found " + describe_type(why));
    }
  }
  if (const json* measures = r.object("measures", false)) {
    for (const auto& [id, value] : measures->items()) {
      if (!value.is_number() || !std::isfinite(value.get<double>())) {
        problems.add(child_pointer("/measures", id), "expected a finite number, found " + describe_type(value));
      } else {
        result.measures[id] = value.get<double>();
      }
    }
  }
  result.charts = read_charts(r);
  for (const char* key : {"warnings", "inputs"}) {
    if (const json* list = r.array(key, false)) {
      auto& target = std::string(key) == "warnings" ? result.warnings : result.inputs;
      for (const auto& item : *list) {
        if (item.is_string()) target.push_back(item.get<std::string>());
        else r.error(key, "expected an array of strings");
      }
    }
  }
  r.finish();

  if (status) {
    if (*status == "final") {
      result.status = PluginStatus::final_value;
      // A realisasi of the wrong type has its own message already.
      const bool absent = !document.is_object() || !document.contains("realisasi") || document["realisasi"].is_null();
      if (absent) problems.add("/realisasi", "a final result needs a realisasi");
      else if (!std::isfinite(*result.realisasi)) problems.add("/realisasi", "realisasi is not a finite number");
    } else if (*status == "pending") {
      result.status = PluginStatus::pending;
      if (!result.pending) problems.add("/pending", "a pending result needs pending.reason");
    } else if (*status == "missing") {
      result.status = PluginStatus::missing;
    } else {
      problems.add("/status", "unknown status '" + *status + "'; expected final, pending or missing");
    }
  }
  if (!problems.empty()) {
    std::string message = "the plugin's result is malformed:";
    for (const auto& d : problems.items()) message += " " + d.to_string() + ";";
    message.pop_back();
    throw std::runtime_error(message);
  }
  return result;
}

}  // namespace kinerja
