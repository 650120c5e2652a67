#include "summary_text.hpp"

#include <charconv>
#include <set>
#include <sstream>

#include "rounding.hpp"

namespace kinerja {

namespace {

std::string number(const std::optional<double>& value, const DisplayRule& rule) {
  if (!value) return "-";
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, round_for_display(*value, rule));
  return ec == std::errc{} ? std::string(buffer, end) : "?";
}

std::string percent(const std::optional<double>& value, const DisplayRule& rule) {
  return value ? number(value, rule) + "%" : "-";
}

// `text` padded with spaces to `width` characters on a terminal: UTF-8
// continuation bytes take no column ("≤ 20%" is 5 wide, 7 bytes), which
// std::setw, counting bytes, gets wrong.
std::string padded(const std::string& text, std::size_t width) {
  std::size_t shown = 0;
  for (unsigned char c : text) shown += (c & 0xC0) != 0x80;
  return shown >= width ? text : text + std::string(width - shown, ' ');
}

}  // namespace

std::string summary_text(const EvaluationOutcome& outcome) {
  const EvaluationConfig& config = *outcome.config;
  const DisplayRule& rule = config.policy.display;
  // Realisasi is shown as measured, to two decimals at most.
  const DisplayRule realisasi_rule{2, RoundingMode::half_up};
  std::ostringstream out;
  out << config.unit << " " << config.year << ": capaian " << percent(outcome.capaian, rule) << " ("
      << to_string(config.policy.aggregation) << ", pending: " << to_string(config.policy.pending) << ")\n";
  std::set<std::string> footnotes;
  for (const auto& s : outcome.sasaran) {
    out << "  " << s.config->id << "  " << percent(s.capaian, rule) << "  " << s.config->name << "\n";
    for (const auto& i : s.indicators) {
      std::string realisasi = number(i.realisasi, realisasi_rule);
      if (i.status == IndicatorStatus::pending) {
        realisasi += "*";
        footnotes.insert(i.pending->spec.reason);
      }
      out << "    " << padded(i.config->id, 8) << " target " << padded(i.config->target.text, 18) << " realisasi "
          << padded(realisasi, 9) << " capaian " << padded(percent(i.capaian.value, rule), 6) << " "
          << to_string(i.status) << "\n";
    }
  }
  for (const auto& reason : footnotes) out << "  (*) " << reason << "\n";
  return out.str();
}

}  // namespace kinerja
