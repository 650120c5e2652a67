#include "svg_chart.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace kinerja::report {

namespace {

// Sizes in SVG user units. The plot keeps one height whatever the labels
// need, so charts of one report line up.
constexpr double chart_width = 640;
constexpr double plot_height = 220;
constexpr double right_margin = 16;
constexpr double char_width = 6.2;      // rough advance of an 11px sans-serif character
constexpr double title_char_width = 8;  // the same at 14px bold
constexpr std::size_t max_label_chars = 24;
constexpr std::size_t max_legend_chars = 32;
// Data is clamped to this, so that differences of extremes stay finite.
constexpr double value_limit = 1e300;

// Okabe-Ito: told apart with colour-vision deficiencies, dark enough to print.
constexpr std::array<const char*, 7> palette{"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                             "#CC79A7", "#56B4E9", "#000000"};
constexpr const char* text_colour = "#222222";
constexpr const char* grid_colour = "#dddddd";
constexpr const char* axis_colour = "#555555";
constexpr const char* reference_colour = "#444444";

// --- text ---------------------------------------------------------------

// Length of a UTF-8 sequence starting with `lead`, 0 if `lead` cannot start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The code point at `text[i]` if it is valid UTF-8 of `n` bytes.
std::optional<std::uint32_t> decode(std::string_view text, std::size_t i, std::size_t n) {
  if (n == 0 || i + n > text.size()) return std::nullopt;
  std::uint32_t cp = static_cast<unsigned char>(text[i]) & (n == 1 ? 0x7F : n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (c & 0x3F);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

// What XML 1.0 allows in a document (tab, newline and CR become spaces:
// every text here is one line).
bool allowed_in_xml(std::uint32_t cp) {
  return cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// At most `max_chars` code points, the last one "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars) {
  if (utf8_length(text) <= max_chars) return std::string(text);
  std::size_t kept = 0;
  std::size_t end = 0;
  while (end < text.size() && kept < max_chars - 1) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    ++kept;
  }
  return std::string(text.substr(0, end)) + "\u2026";
}

// --- numbers --------------------------------------------------------------

// A coordinate: one decimal, '.' as decimal point whatever the locale.
std::string num(double value) {
  if (!std::isfinite(value)) value = 0;
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
  std::string text = ec == std::errc{} ? std::string(buffer, end) : "0";
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text == "-0" ? "0" : text;
}

// Enough decimals to show the value as given, at most four.
int shown_decimals(double value) {
  double scaled = value;
  for (int d = 0; d < 4; ++d, scaled *= 10) {
    if (std::fabs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::fabs(scaled))) return d;
  }
  return 4;
}

std::string value_text(double value, int decimals, const std::string& unit, Language language) {
  if (unit == "%") return format_percent(value, decimals, language);
  return format_number(value, decimals, language) + (unit.empty() ? "" : " " + unit);
}

// --- the y axis -------------------------------------------------------------

struct Axis {
  double lo = 0;
  double hi = 1;
  double step = 0.2;
  int decimals = 1;
  double clamp(double v) const { return std::clamp(v, lo, hi); }
};

// 1, 2 or 5 times a power of ten, near `raw`.
double nice_step(double raw) {
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double f = raw / magnitude;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * magnitude;
}

struct Extent {
  std::optional<double> lo, hi;
  void add(double v) {
    v = std::clamp(v, -value_limit, value_limit);
    lo = lo ? std::min(*lo, v) : v;
    hi = hi ? std::max(*hi, v) : v;
  }
};

bool has_values(const Chart& chart) {
  for (const auto& s : chart.series) {
    const std::size_t n = std::min(s.values.size(), chart.categories.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (s.values[i] && std::isfinite(*s.values[i])) return true;
    }
  }
  return false;
}

// What the range must show: the values, the reference lines, and 0 under bars.
Extent data_extent(const Chart& chart) {
  Extent e;
  for (const auto& s : chart.series) {
    const std::size_t n = std::min(s.values.size(), chart.categories.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (s.values[i] && std::isfinite(*s.values[i])) e.add(*s.values[i]);
    }
  }
  for (const auto& line : chart.reference_lines) {
    if (std::isfinite(line.value)) e.add(line.value);
  }
  if (chart.kind == ChartKind::bar || !e.lo) e.add(0);
  return e;
}

// A margin around a single value, so equal values still have a range.
double pad_for(double value) { return value == 0 ? 1 : std::fabs(value) * 0.1; }

Axis make_axis(const Chart& chart) {
  const Extent e = data_extent(chart);
  auto given = [](const std::optional<double>& v) {
    return v && std::isfinite(*v) ? std::optional<double>(std::clamp(*v, -value_limit, value_limit)) : std::nullopt;
  };
  auto y_min = given(chart.y_min);
  auto y_max = given(chart.y_max);
  if (y_min && y_max && !(*y_min < *y_max)) y_min = y_max = std::nullopt;  // unusable: compute both
  double lo = y_min.value_or(*e.lo);
  double hi = y_max.value_or(*e.hi);
  if (hi <= lo) {
    if (y_min) hi = lo + pad_for(lo);
    else if (y_max) lo = hi - pad_for(hi);
    else if (lo == 0) hi = 1;  // all zero, or no value at all: show 0..1
    else {
      const double pad = pad_for(lo);
      lo -= pad;
      hi += pad;
    }
  }
  // Too narrow to divide into ticks: widen it around its middle.
  const double min_width = std::max(1e-9 * std::max(std::fabs(lo), std::fabs(hi)), 1e-12);
  if (hi - lo < min_width) {
    const double middle = lo / 2 + hi / 2;
    lo = middle - min_width;
    hi = middle + min_width;
    y_min = y_max = std::nullopt;
  }
  Axis axis;
  axis.step = nice_step((hi - lo) / 5);
  axis.lo = y_min ? lo : std::floor(lo / axis.step) * axis.step;
  axis.hi = y_max ? hi : std::ceil(hi / axis.step) * axis.step;
  axis.decimals = std::clamp(static_cast<int>(-std::floor(std::log10(axis.step) + 1e-9)), 0, 12);
  return axis;
}

std::vector<double> ticks(const Axis& axis) {
  std::vector<double> result;
  const double first = std::ceil(axis.lo / axis.step - 1e-9) * axis.step;
  for (int k = 0; k < 50; ++k) {
    double t = first + k * axis.step;
    if (t > axis.hi + axis.step * 1e-9) break;
    if (std::fabs(t) < axis.step * 1e-9) t = 0;  // no "-0" from rounding
    result.push_back(t);
  }
  return result;
}

// --- the drawing ------------------------------------------------------------

std::string sanitize_id(std::string_view id) {
  std::string out;
  for (char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.';
    out += keep ? c : '-';
  }
  const bool letter_first = !out.empty() && ((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'));
  return letter_first ? out : "chart-" + out;
}

class SvgBuilder {
 public:
  SvgBuilder(const Chart& chart, Language language, std::string id)
      : chart_(chart), language_(language), id_(std::move(id)), axis_(make_axis(chart)), ticks_(ticks(axis_)) {}

  std::string build() {
    lay_out();
    open();
    title();
    legend();
    unit_caption();
    grid();
    if (chart_.kind == ChartKind::bar) bars();
    else lines();
    reference_lines();
    x_axis();
    if (!has_values(chart_)) no_data();
    out_ += "</svg>\n";
    return std::move(out_);
  }

 private:
  // --- layout ---
  void lay_out() {
    std::size_t widest_tick = 0;
    for (double t : ticks_) widest_tick = std::max(widest_tick, utf8_length(tick_label(t)));
    left_ = std::clamp(12 + widest_tick * char_width, 36.0, 160.0);
    // Reference labels sit in a gutter right of the plot, clear of the bars.
    std::size_t widest_reference = 0;
    for (const auto& line : chart_.reference_lines) widest_reference = std::max(widest_reference, utf8_length(reference_label(line)));
    const double gutter = widest_reference > 0 ? 8 + widest_reference * char_width : right_margin;
    right_ = chart_width - std::min(gutter, chart_width / 3);
    top_ = 30 + legend_rows() * 18 + (has_unit_caption() ? 18 : 0) + 10;
    bottom_ = top_ + plot_height;
    const double n = static_cast<double>(std::max<std::size_t>(chart_.categories.size(), 1));
    band_ = (right_ - left_) / n;
    std::size_t longest = 0;
    for (const auto& c : chart_.categories) longest = std::max(longest, std::min(utf8_length(c), max_label_chars));
    const double label_width = longest * char_width;
    rotate_ = label_width > band_ - 4;
    // A rotated first label reaches left of its band: keep it on the canvas.
    const double reach = rotate_ ? label_width * 0.7072 - band_ / 2 + 6 : 0;
    if (reach > left_) {
      left_ = std::min(reach, chart_width / 3);
      band_ = (right_ - left_) / n;
    }
    // Rotated labels need about 14 units each; show every k-th when crowded.
    label_every_ = rotate_ ? static_cast<std::size_t>(std::ceil(14 / band_)) : 1;
    height_ = bottom_ + (rotate_ ? 18 + label_width * 0.7072 : 24);
  }

  bool has_unit_caption() const { return !chart_.unit.empty() && chart_.unit != "%"; }
  bool show_legend() const { return chart_.series.size() > 1; }

  double legend_item_width(const ChartSeries& s) const {
    return 20 + utf8_length(shorten(s.name, max_legend_chars)) * char_width + 14;
  }

  // Places the legend items in rows; returns the number of rows.
  std::size_t legend_rows() {
    legend_positions_.clear();
    if (!show_legend()) return 0;
    double x = 8;
    std::size_t row = 0;
    for (const auto& s : chart_.series) {
      const double w = legend_item_width(s);
      if (x > 8 && x + w > chart_width - 8) {
        x = 8;
        ++row;
      }
      legend_positions_.push_back({x, row});
      x += w;
    }
    return row + 1;
  }

  double y_of(double value) const {
    return top_ + (axis_.hi - axis_.clamp(value)) / (axis_.hi - axis_.lo) * plot_height;
  }
  double band_left(std::size_t i) const { return left_ + band_ * static_cast<double>(i); }
  const char* colour(std::size_t series) const { return palette[series % palette.size()]; }

  std::string tick_label(double t) const {
    return chart_.unit == "%" ? format_percent(t, axis_.decimals, language_)
                              : format_number(t, axis_.decimals, language_);
  }

  // "positif, 2023-01: 41,1%" (the series name only when there are several).
  std::string tooltip(std::size_t series, std::size_t category, double value) const {
    std::string text = show_legend() ? chart_.series[series].name + ", " : "";
    return text + chart_.categories[category] + ": " + value_text(value, shown_decimals(value), chart_.unit, language_);
  }

  // --- pieces ---
  void open() {
    out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id_ + "\" class=\"chart chart-" +
            to_string(chart_.kind) + "\" viewBox=\"0 0 " + num(chart_width) + " " + num(height_) + "\" width=\"" +
            num(chart_width) + "\" height=\"" + num(height_) + "\" role=\"img\" aria-labelledby=\"" + id_ +
            "-title\" font-family=\"sans-serif\" font-size=\"11\" fill=\"" + text_colour +
            "\" style=\"max-width:100%;height:auto\">\n";
    out_ += "<title id=\"" + id_ + "-title\">" + xml_escape(chart_.title) + "</title>\n";
    out_ += "<rect class=\"background\" width=\"" + num(chart_width) + "\" height=\"" + num(height_) +
            "\" fill=\"#ffffff\"/>\n";
  }

  void title() {
    const auto fits = static_cast<std::size_t>((chart_width - 16) / title_char_width);
    out_ += "<text class=\"chart-title\" x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"bold\">" +
            xml_escape(shorten(chart_.title, fits)) + "</text>\n";
  }

  void legend() {
    if (!show_legend()) return;
    for (std::size_t j = 0; j < chart_.series.size(); ++j) {
      const double x = legend_positions_[j].x;
      const double y = 30 + static_cast<double>(legend_positions_[j].row) * 18;
      out_ += "<g class=\"legend-item\">";
      if (chart_.kind == ChartKind::bar) {
        out_ += "<rect x=\"" + num(x) + "\" y=\"" + num(y + 2) + "\" width=\"12\" height=\"12\" fill=\"" +
                colour(j) + "\"/>";
      } else {
        out_ += "<line x1=\"" + num(x) + "\" y1=\"" + num(y + 8) + "\" x2=\"" + num(x + 14) + "\" y2=\"" +
                num(y + 8) + "\" stroke=\"" + colour(j) + "\" stroke-width=\"2\"/><circle cx=\"" + num(x + 7) +
                "\" cy=\"" + num(y + 8) + "\" r=\"3\" fill=\"" + colour(j) + "\"/>";
      }
      out_ += "<text x=\"" + num(x + 20) + "\" y=\"" + num(y + 12) + "\">" +
              xml_escape(shorten(chart_.series[j].name, max_legend_chars)) + "</text></g>\n";
    }
  }

  void unit_caption() {
    if (!has_unit_caption()) return;
    out_ += "<text class=\"axis-unit\" x=\"8\" y=\"" + num(top_ - 14) + "\">" + xml_escape(chart_.unit) +
            "</text>\n";
  }

  void grid() {
    for (double t : ticks_) {
      const std::string y = num(y_of(t));
      out_ += "<line class=\"grid-line\" x1=\"" + num(left_) + "\" y1=\"" + y + "\" x2=\"" + num(right_) +
              "\" y2=\"" + y + "\" stroke=\"" + grid_colour + "\" stroke-width=\"1\"/>\n";
      out_ += "<text class=\"tick-label\" x=\"" + num(left_ - 6) + "\" y=\"" + num(y_of(t) + 4) +
              "\" text-anchor=\"end\">" + xml_escape(tick_label(t)) + "</text>\n";
    }
  }

  // Grouped bars: one slot per series in each category, from the zero line.
  void bars() {
    const std::size_t m = std::max<std::size_t>(chart_.series.size(), 1);
    const double group = std::min(band_ * 0.8, 40.0 * static_cast<double>(m));
    const double slot = group / static_cast<double>(m);
    const double base = y_of(0);
    for (std::size_t j = 0; j < chart_.series.size(); ++j) {
      const auto& values = chart_.series[j].values;
      for (std::size_t i = 0; i < std::min(values.size(), chart_.categories.size()); ++i) {
        if (!values[i] || !std::isfinite(*values[i])) continue;  // null: no bar
        const double x = band_left(i) + (band_ - group) / 2 + slot * static_cast<double>(j);
        const double y = y_of(*values[i]);
        out_ += "<rect class=\"bar\" x=\"" + num(x) + "\" y=\"" + num(std::min(y, base)) + "\" width=\"" +
                num(std::max(slot - (m > 1 ? 1 : 0), 1.0)) + "\" height=\"" + num(std::fabs(base - y)) +
                "\" fill=\"" + colour(j) + "\"><title>" + xml_escape(tooltip(j, i, *values[i])) +
                "</title></rect>\n";
      }
    }
  }

  // One polyline per run of values; a null breaks the line.
  void lines() {
    for (std::size_t j = 0; j < chart_.series.size(); ++j) {
      const auto& values = chart_.series[j].values;
      const std::size_t n = std::min(values.size(), chart_.categories.size());
      std::vector<std::string> run;
      for (std::size_t i = 0; i <= n; ++i) {
        const bool present = i < n && values[i] && std::isfinite(*values[i]);
        if (present) run.push_back(num(band_left(i) + band_ / 2) + "," + num(y_of(*values[i])));
        if (present) continue;
        polyline(run, j);
        run.clear();
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (!values[i] || !std::isfinite(*values[i])) continue;
        out_ += "<circle class=\"point\" cx=\"" + num(band_left(i) + band_ / 2) + "\" cy=\"" +
                num(y_of(*values[i])) + "\" r=\"3.5\" fill=\"" + colour(j) + "\"><title>" +
                xml_escape(tooltip(j, i, *values[i])) + "</title></circle>\n";
      }
    }
  }

  void polyline(const std::vector<std::string>& points, std::size_t series) {
    if (points.size() < 2) return;  // a lone value is shown by its marker
    std::string list;
    for (const auto& p : points) list += (list.empty() ? "" : " ") + p;
    out_ += "<polyline class=\"series-line\" points=\"" + list + "\" fill=\"none\" stroke=\"" + colour(series) +
            "\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n";
  }

  std::string reference_label(const ReferenceLine& line) const {
    return line.label.empty() ? value_text(line.value, shown_decimals(line.value), chart_.unit, language_) : line.label;
  }

  // Dashed, labelled right of the plot; a line outside a given range is left out.
  void reference_lines() {
    for (const auto& line : chart_.reference_lines) {
      if (!std::isfinite(line.value) || line.value < axis_.lo || line.value > axis_.hi) continue;
      const double y = y_of(line.value);
      const std::string label = reference_label(line);
      out_ += "<line class=\"reference-line\" x1=\"" + num(left_) + "\" y1=\"" + num(y) + "\" x2=\"" + num(right_) +
              "\" y2=\"" + num(y) + "\" stroke=\"" + reference_colour +
              "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n";
      out_ += "<text class=\"reference-label\" x=\"" + num(right_ + 4) + "\" y=\"" + num(y + 4) +
              "\" text-anchor=\"start\" fill=\"" + reference_colour +
              "\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">" + xml_escape(label) + "</text>\n";
    }
  }

  void x_axis() {
    const std::string y = num(y_of(0));
    out_ += "<line class=\"axis\" x1=\"" + num(left_) + "\" y1=\"" + y + "\" x2=\"" + num(right_) + "\" y2=\"" + y +
            "\" stroke=\"" + axis_colour + "\" stroke-width=\"1\"/>\n";
    for (std::size_t i = 0; i < chart_.categories.size(); i += label_every_) category_label(i);
  }

  void category_label(std::size_t i) {
    const std::string& full = chart_.categories[i];
    const std::string shown = shorten(full, max_label_chars);
    const std::string x = num(band_left(i) + band_ / 2);
    const std::string y = num(bottom_ + (rotate_ ? 12 : 15));
    out_ += "<text class=\"category-label\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" +
            (rotate_ ? "end\" transform=\"rotate(-45 " + x + " " + y + ")\"" : std::string("middle\"")) + ">";
    if (shown != full) out_ += "<title>" + xml_escape(full) + "</title>";
    out_ += xml_escape(shown) + "</text>\n";
  }

  void no_data() {
    out_ += "<text class=\"no-data\" x=\"" + num((left_ + right_) / 2) + "\" y=\"" + num(top_ + plot_height / 2) +
            "\" text-anchor=\"middle\" fill=\"#666666\">" +
            (language_ == Language::id ? "Tidak ada data" : "No data") + "</text>\n";
  }

  struct LegendPosition {
    double x;
    std::size_t row;
  };

  const Chart& chart_;
  Language language_;
  std::string id_;
  Axis axis_;
  std::vector<double> ticks_;
  std::vector<LegendPosition> legend_positions_;
  double left_ = 0, right_ = 0, top_ = 0, bottom_ = 0, height_ = 0, band_ = 1;
  bool rotate_ = false;
  std::size_t label_every_ = 1;
  std::string out_;
};

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
    const auto cp = decode(text, i, n);
    if (!cp) {
      out += "\uFFFD";  // not UTF-8: a replacement character keeps the document well-formed
      ++i;
      continue;
    }
    switch (*cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n':
      case '\r': out += ' '; break;
      default:
        if (allowed_in_xml(*cp)) out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string render_svg(const Chart& chart, Language language, std::string_view element_id) {
  const std::string id = sanitize_id(element_id.empty() ? "chart-" + chart.id : std::string(element_id));
  return SvgBuilder(chart, language, id).build();
}

}  // namespace kinerja::report
