// One renderer for every chart in the report: a Chart (from a plugin or
// built by the core) as a self-contained inline SVG. No script, no external
// reference, no stylesheet: only presentation attributes, so the same text
// works inline in HTML, in print and opened on its own.
#pragma once

#include <string>
#include <string_view>

#include "chart.hpp"
#include "number_format.hpp"

namespace kinerja::report {

// Every number shown (ticks, tooltips) is in `language`'s format. Each
// shape has a class for tests and styling: "bar", "series-line", "point",
// "reference-line", "reference-label", "tick-label", "category-label",
// "legend-item", "no-data".
//
// `element_id` becomes the svg's id and the prefix of its title's id (for
// aria-labelledby), so it must be unique in the page; empty means
// "chart-" + chart.id, enough when the page holds one chart of that id.
std::string render_svg(const Chart& chart, Language language, std::string_view element_id = {});

// & < > " ' as entities; characters XML 1.0 forbids are dropped.
std::string xml_escape(std::string_view text);

}  // namespace kinerja::report
