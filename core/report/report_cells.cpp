#include "report_cells.hpp"

#include <cmath>

#include "rounding.hpp"

namespace kinerja::report {

Cell text_cell(std::string text, bool emphasis) {
  Cell cell;
  cell.text = std::move(text);
  cell.emphasis = emphasis;
  return cell;
}

int display_decimals(const json& result) {
  return static_cast<int>(number_of(member(member(result, "aggregation"), "display"), "decimals").value_or(0));
}

const json& member(const json& object, const char* key) {
  static const json none;
  if (!object.is_object()) return none;
  const auto found = object.find(key);
  return found == object.end() ? none : *found;
}

std::string string_of(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return "";
  return object[key].get<std::string>();
}

std::optional<double> number_of(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_number()) return std::nullopt;
  return object[key].get<double>();
}

Cell value_with_unit(const json& value, const std::string& unit, Language language) {
  if (!value.is_number()) return text_cell("-");
  Cell cell;
  cell.number = value.get<double>();
  cell.kind = unit == "%" ? CellKind::percent : CellKind::number;
  // As the LKj prints them: whole numbers bare (100%, 77), others with two
  // decimals (78,70; 2,74 hari kerja).
  const double rounded = round_for_display(*cell.number, {value_decimals, RoundingMode::half_up});
  cell.decimals = rounded == std::floor(rounded) ? 0 : value_decimals;
  cell.text = format_number(*cell.number, cell.decimals, language);
  if (unit == "%") cell.text += "%";
  else if (!unit.empty()) cell.text += " " + unit;
  return cell;
}

Cell percent_cell(const json& value, int decimals, Language language, bool emphasis) {
  if (!value.is_number()) return text_cell("-", emphasis);
  Cell cell;
  cell.number = value.get<double>();
  cell.kind = CellKind::percent;
  cell.decimals = decimals;
  cell.text = format_percent(*cell.number, decimals, language);
  cell.emphasis = emphasis;
  return cell;
}

Cell realisasi_cell(const json& indicator, Language language) {
  Cell cell = value_with_unit(member(indicator, "realisasi"), string_of(indicator, "realisasi_unit"), language);
  if (string_of(indicator, "status") == "pending") {
    cell.text += "*";
    cell.number.reset();
    cell.kind = CellKind::text;
  }
  return cell;
}

Cell capaian_cell(const json& object, int decimals, Language language, bool emphasis) {
  Cell cell = percent_cell(member(object, "capaian"), decimals, language, emphasis);
  const auto shown = number_of(object, "capaian_display");
  if (!shown || !cell.number) return cell;
  cell.text = format_percent(*shown, decimals, language);
  // A spreadsheet rounds half up; where the config rounds otherwise (103.64
  // truncated is 103), the cell holds the displayed value so that the
  // workbook shows what the report shows. The JSON and CSV keep it whole.
  if (round_for_display(*cell.number, {decimals, RoundingMode::half_up}) != *shown) cell.number = *shown;
  return cell;
}

Cell rupiah_cell(double amount, Language language, bool emphasis) {
  Cell cell;
  cell.number = amount;
  cell.kind = CellKind::rupiah;
  cell.text = format_rupiah(amount, language);
  cell.emphasis = emphasis;
  return cell;
}

const json& target_awal_of(const json& indicator) {
  const json& awal = member(indicator, "target_awal");
  if (awal.is_object() || member(indicator, "added_during_year") == true) return awal;
  return member(indicator, "target");
}

Cell target_cell(const json& target, const Labels& labels) {
  if (!target.is_object()) return text_cell(labels("target.na"));
  return text_cell(string_of(target, "text"));
}

}  // namespace kinerja::report
