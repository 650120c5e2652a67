#include "render_csv.hpp"

#include <kinerja/sdk/crosscheck.hpp>

#include "report_cells.hpp"

namespace kinerja::report {

namespace {

// A field and whether it is a number we wrote (and so no formula).
struct Field {
  std::string text;
  bool number = false;
  Field(std::string t, bool n = false) : text(std::move(t)), number(n) {}  // NOLINT: strings convert
  Field(const char* t) : text(t) {}                                         // NOLINT
};

Field number_field(const json& value) {
  return {value.is_number() ? kinerja::sdk::number_text(value.get<double>()) : "", true};
}

Field bool_field(const json& value) {
  return {value.is_boolean() ? (value.get<bool>() ? "true" : "false") : "", true};
}

const std::vector<std::string> columns{
    "year",          "unit",          "sasaran_id",      "sasaran",          "indicator_id",   "indicator",
    "plugin",        "target",        "target_value",    "polarity",         "target_awal",    "added_during_year",
    "status",        "pending_reason", "realisasi",      "realisasi_unit",   "capaian",        "capaian_display",
    "target_met",    "counted_in_mean", "previous_year", "previous_realisasi", "change",        "direction",
    "renstra_final_year", "renstra_final_target", "capaian_toward_renstra", "warnings"};

std::vector<Field> indicator_row(const json& result, const json& sasaran, const json& ind) {
  const json& target = member(ind, "target");
  const json& awal = target_awal_of(ind);
  const json& history = member(ind, "history");
  const json& renstra = member(ind, "renstra");
  Field previous_realisasi = number_field(json());
  const json& compared = member(history, "compared_year");
  for (const auto& y : member(history, "years")) {
    if (compared.is_number() && y.is_object() && number_of(y, "year") == compared.get<double>()) {
      previous_realisasi = number_field(member(y, "realisasi"));
    }
  }
  const bool has_renstra = renstra.is_object();
  return {number_field(member(result, "year")),
          string_of(result, "unit"),
          string_of(sasaran, "id"),
          string_of(sasaran, "name"),
          string_of(ind, "id"),
          string_of(ind, "name"),
          string_of(ind, "plugin"),
          string_of(target, "text"),
          number_field(member(target, "value")),
          string_of(target, "polarity"),
          awal.is_object() ? string_of(awal, "text") : "N/A",
          bool_field(member(ind, "added_during_year")),
          string_of(ind, "status"),
          string_of(member(ind, "pending"), "reason"),
          number_field(member(ind, "realisasi")),
          string_of(ind, "realisasi_unit"),
          number_field(member(ind, "capaian")),
          number_field(member(ind, "capaian_display")),
          bool_field(member(ind, "target_met")),
          bool_field(member(ind, "counted_in_mean")),
          number_field(member(history, "compared_year")),
          previous_realisasi,
          number_field(member(history, "change")),
          string_of(history, "direction"),
          number_field(has_renstra ? member(renstra, "final_year") : json()),
          has_renstra ? string_of(member(renstra, "final_target"), "text") : "",
          number_field(has_renstra ? member(renstra, "capaian_toward_final") : json()),
          number_field(member(ind, "warnings").size())};
}

void append_line(std::string& out, const std::vector<Field>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += fields[i].number ? fields[i].text : csv_field(fields[i].text);
  }
  out += "\r\n";
}

}  // namespace

std::string csv_field(const std::string& text) {
  std::string value = text;
  if (!value.empty() && std::string("=+-@\t\r").find(value[0]) != std::string::npos) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string render_csv(const json& result) {
  std::string out;
  append_line(out, std::vector<Field>(columns.begin(), columns.end()));
  for (const auto& sasaran : result.at("sasaran")) {
    for (const auto& ind : sasaran.at("indicators")) append_line(out, indicator_row(result, sasaran, ind));
  }
  return out;
}

}  // namespace kinerja::report
