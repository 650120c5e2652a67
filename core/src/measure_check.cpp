#include "measure_check.hpp"

#include <cmath>
#include <cstdio>

#include <kinerja/sdk/text.hpp>

#include "object_reader.hpp"

namespace kinerja {

std::string unit_key(const std::string& unit) {
  const std::string k = sdk::text::key(unit);
  // An index or a score has no unit; a PK writes "81 poin" or "nilai 81".
  if (k == "poin" || k == "point" || k == "points" || k == "nilai" || k == "indeks" || k == "skor" || k == "score") return "";
  if (k == "%" || k == "persen" || k == "percent" || k == "pct") return "%";
  if (k == "hari_kerja" || k == "hari" || k == "hk" || k == "working_days" || k == "days" || k == "hari_kalender") {
    return k == "hari_kalender" ? "hari_kalender" : "hari_kerja";
  }
  return k;
}

namespace {

std::string polarity_words(bool higher) { return higher ? "higher is better" : "lower is better"; }

std::string describe(const sdk::Measure& m) {
  return "'" + m.id + "' (" + m.label + (m.unit.empty() ? "" : ", " + m.unit) + ", " +
         polarity_words(m.higher_is_better) + ")";
}

// The measures whose unit and polarity the target has.
std::vector<std::string> fitting(const std::vector<sdk::Measure>& measures, const Target& target) {
  std::vector<std::string> out;
  for (const auto& m : measures) {
    const bool higher = target.polarity == Polarity::higher_is_better;
    if (m.higher_is_better == higher && (target.unit.empty() || unit_key(m.unit) == unit_key(target.unit))) {
      out.push_back("'" + m.id + "'");
    }
  }
  return out;
}

std::string number_text(double v);

// "; measure 'nrr_u1' (1 to 4) fits it" for the measures whose scale holds the value.
std::string other_scales(const std::vector<sdk::Measure>& measures, double value) {
  std::vector<std::string> fit;
  for (const auto& m : measures) {
    if ((!m.scale_min || value >= *m.scale_min) && (!m.scale_max || value <= *m.scale_max)) fit.push_back("'" + m.id + "'");
  }
  if (fit.empty()) return "";
  return " (its value fits measure " + sdk::text::alternatives(fit) + ")";
}

std::string number_text(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", v);
  return buffer;
}

}  // namespace

std::string sample_target_text(const sdk::Measure& m) {
  std::string unit = m.unit.empty() ? "" : (m.unit == "%" ? "%" : " " + m.unit);
  return std::string(m.higher_is_better ? ">= " : "<= ") + number_text(m.sample_target) + unit;
}

std::optional<sdk::Measure> choose_measure(const std::vector<sdk::Measure>& measures, const IndicatorConfig& indicator,
                                           Diagnostics& problems) {
  if (measures.empty()) {
    if (!indicator.measure.empty()) {
      problems.add(indicator.pointer + "/measure", "plugin for type '" + indicator.plugin +
                                                       "' offers no measures; leave \"measure\" out");
    }
    return std::nullopt;
  }
  const sdk::Measure* chosen = &measures.front();
  if (!indicator.measure.empty()) {
    chosen = nullptr;
    std::vector<std::string> ids;
    for (const auto& m : measures) {
      ids.push_back(m.id);
      if (m.id == indicator.measure) chosen = &m;
    }
    if (!chosen) {
      problems.add(indicator.pointer + "/measure", "unknown measure '" + indicator.measure + "'" +
                                                       sdk::text::did_you_mean(indicator.measure, ids) +
                                                       "; type '" + indicator.plugin + "' measures " + sdk::text::join(ids));
      return std::nullopt;
    }
  }
  const Target& t = indicator.target.target;
  const bool higher = t.polarity == Polarity::higher_is_better;
  const bool polarity_wrong = chosen->higher_is_better != higher;
  const bool unit_wrong = !t.unit.empty() && unit_key(t.unit) != unit_key(chosen->unit);
  const bool off_scale = (chosen->scale_min && t.value < *chosen->scale_min) || (chosen->scale_max && t.value > *chosen->scale_max);
  if (!polarity_wrong && !unit_wrong && off_scale) {
    problems.add(indicator.pointer + "/target",
                 "target " + number_text(t.value) + " is outside the scale of measure " + describe(*chosen) + ", " +
                     (chosen->scale_min ? number_text(*chosen->scale_min) : std::string("...")) + " to " +
                     (chosen->scale_max ? number_text(*chosen->scale_max) : std::string("...")) +
                     ": a target of another measure?" + other_scales(measures, t.value));
    return std::nullopt;
  }
  if (!polarity_wrong && !unit_wrong) return *chosen;

  std::string message = "target '" + indicator.target.text + "' does not fit measure " + describe(*chosen) + ": ";
  if (unit_wrong) message += "its unit is '" + t.unit + "'";
  if (unit_wrong && polarity_wrong) message += " and ";
  if (polarity_wrong) message += "it says " + polarity_words(higher);
  const auto others = fitting(measures, t);
  if (!others.empty()) {
    message += "; for such a target use \"measure\": " + others.front();
    if (others.size() > 1) message += " (or " + sdk::text::join({others.begin() + 1, others.end()}, ", ") + ")";
  } else if (!unit_wrong) {
    message += "; write \"" + std::string(chosen->higher_is_better ? ">=" : "<=") + " ...\"";
  }
  message += (indicator.measure.empty() ? " (the default measure of '" + indicator.plugin + "' is '" + chosen->id + "')" : "");
  problems.add(indicator.pointer + "/target", message);
  return std::nullopt;
}

}  // namespace kinerja
