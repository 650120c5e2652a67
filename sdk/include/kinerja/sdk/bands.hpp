// Band tables: which grade a score falls in (IKM mutu, SAKIP predikat, IPP
// category, Ombudsman opini). They are data, not code: a unit can correct a
// bound or add a year's table by editing a file.
//
// A table in JSON, bands from the highest down, the last one without "min":
//   {"bound": "at_least",            // or "above": value > min
//    "source": "PermenPANRB 14/2017",
//    "bands": [{"min": 88.31, "grade": "A", "label": "Sangat Baik"},
//              {"min": 76.61, "grade": "B", "label": "Baik"},
//              {"grade": "D", "label": "Tidak Baik"}]}
// Any other key of a band ("zone", "meaning") is kept in `extra`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

struct Band {
  std::optional<double> min;  // none for the last band
  std::string grade;
  std::string label;
  json extra = json::object();
};

class BandTable {
 public:
  // `where` names the table in messages ("ikm/bands.json: /tables/2017/ikm").
  // Throws InputError when the table is malformed: bands must have a grade,
  // descending minimums, and only the last may lack one.
  static BandTable from_json(const json& table, const std::string& where) {
    BandTable t;
    if (!table.is_object()) throw InputError(where + ": expected an object");
    const std::string bound = table.value("bound", std::string("at_least"));
    if (bound != "at_least" && bound != "above") {
      throw InputError(where + "/bound: expected \"at_least\" or \"above\", found \"" + bound + "\"");
    }
    t.strict_ = bound == "above";
    t.source_ = table.value("source", std::string{});
    if (!table.contains("bands") || !table["bands"].is_array() || table["bands"].empty()) {
      throw InputError(where + "/bands: expected a non-empty array");
    }
    const json& bands = table["bands"];
    for (std::size_t i = 0; i < bands.size(); ++i) {
      const std::string here = where + "/bands/" + std::to_string(i);
      const json& b = bands[i];
      if (!b.is_object() || !b.contains("grade") || !b["grade"].is_string()) {
        throw InputError(here + ": expected an object with a \"grade\"");
      }
      Band band;
      band.grade = b["grade"].get<std::string>();
      band.label = b.value("label", std::string{});
      if (b.contains("min") && !b["min"].is_null()) {
        if (!b["min"].is_number()) throw InputError(here + "/min: expected a number");
        band.min = b["min"].get<double>();
      }
      for (const auto& [key, value] : b.items()) {
        if (key != "grade" && key != "label" && key != "min") band.extra[key] = value;
      }
      const bool last = i + 1 == bands.size();
      if (!band.min && !last) throw InputError(here + "/min: only the last band may have no minimum");
      if (band.min && !t.bands_.empty() && *band.min >= *t.bands_.back().min) {
        throw InputError(here + "/min: bands must go from the highest minimum down");
      }
      t.bands_.push_back(std::move(band));
    }
    return t;
  }

  // The band `value` falls in, or nothing when it is below every minimum
  // and the table has no open last band.
  const Band* find(double value) const {
    for (const Band& band : bands_) {
      if (!band.min) return &band;
      if (strict_ ? value > *band.min : value >= *band.min) return &band;
    }
    return nullptr;
  }

  const std::vector<Band>& bands() const { return bands_; }
  const std::string& source() const { return source_; }
  bool strict() const { return strict_; }

 private:
  std::vector<Band> bands_;
  std::string source_;
  bool strict_ = false;
};

}  // namespace kinerja::sdk
