// The report as tables, charts and sentences, in one language, built once
// from an evaluation and rendered by every output format (HTML, Markdown,
// xlsx, CSV). Renderers only lay it out: no number is computed here or in
// them.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "chart.hpp"
#include "number_format.hpp"

namespace kinerja::report {

// A result (a saved or foreign file given to `kinerja report`) that does
// not have the shape the report reads; the message names the JSON path.
class ResultError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How a cell's number is shown; an xlsx cell gets the matching number format.
enum class CellKind {
  text,     // no number
  number,   // 83,94
  integer,  // 5.985
  percent,  // 13,51% (the number is in percent points: 13.51, not 0.1351)
  rupiah    // Rp 10.684.298.000
};

struct Cell {
  std::string text;              // as displayed, already formatted for the language
  std::optional<double> number;  // full precision, for xlsx and CSV
  CellKind kind = CellKind::text;
  int decimals = 0;              // the decimals `text` was rounded to
  bool emphasis = false;         // e.g. a total row, a target not met
};

struct Column {
  std::string key;    // stable, for CSV headers and tests: "realisasi"
  std::string label;  // heading in the report's language
};

struct Table {
  std::string id;  // stable: "capaian", "perjanjian", "IKK1-months"
  std::string title;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has one cell per column
  std::vector<std::string> footnotes;   // "(*) dalam proses penilaian APIP"
};

struct IndicatorSection {
  std::string sasaran_id;
  std::string id;
  std::string name;
  std::string plugin;
  // Formatted values the templates' sentences use: "realisasi" -> "13,51%".
  std::map<std::string, std::string> facts;
  std::vector<Table> tables;           // the plugin's breakdown as tables
  std::vector<Chart> charts;
  std::vector<std::string> warnings;
  // Breakdown keys shown as they are: neither the plugin's locale nor the
  // unit's labels name them (for plugin authors and tests; not rendered).
  std::vector<std::string> unlabelled;
};

struct ReportModel {
  Language language = Language::id;
  std::string title;         // "Laporan Kinerja Biro Hubungan Masyarakat Tahun 2023"
  std::string unit;
  std::string organisation;
  int year = 0;
  std::map<std::string, std::string> facts;  // for the templates' sentences: "capaian" -> "113%"

  Table perjanjian;  // target awal / akhir / reason
  Table capaian;     // the seed's capaian table, with the pending footnote
  std::vector<Chart> capaian_charts;  // capaian per indicator against 100%
  std::vector<IndicatorSection> indicators;
  std::optional<Table> history;       // earlier years, with the direction of change
  std::vector<Chart> history_charts;  // multi-year trend
  std::optional<Table> renstra;       // medium-term targets and progress
  std::optional<Table> budget;        // pagu awal / akhir / realisasi / serapan
  std::optional<Table> efficiency;    // capaian against serapan
  Table warnings;
  Table provenance;
};

}  // namespace kinerja::report
