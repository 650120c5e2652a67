// formula: the plugin glue. Parameters, check and evaluate; the logic is in
// formula.cpp (params), aggregates.cpp (CSV) and expression.cpp (muparser).
#include <kinerja/sdk/plugin.hpp>

#include "formula.hpp"

namespace {

using kinerja::sdk::json;

class FormulaPlugin : public kinerja::sdk::Plugin {
 public:
  using Plugin::Plugin;

  static kinerja::sdk::PluginInfo info() {
    kinerja::sdk::PluginInfo info;
    info.name = "formula";
    info.version = "1.0.0";
    info.description = "An indicator defined in the config: an expression over named numbers and CSV aggregates";
    info.indicator_types = {"formula"};
    // The aggregate's keys are described under additionalProperties, so
    // that the host resolves and checks each aggregate's "file" as a path.
    info.parameters = json::parse(R"json({
      "type": "object",
      "properties": {
        "expression": {
          "type": "string",
          "description": "The realisasi as an expression over the names in values and aggregates (muparser: + - * / ^, parentheses, functions such as min, max, sum, avg, abs, sqrt, rint; comparisons and c ? a : b). Decimals with '.'.",
          "examples": ["(total - belum) / total * 100"]
        },
        "values": {
          "type": "object",
          "description": "Named numbers given in the config, e.g. a published status summary: name -> number.",
          "additionalProperties": {"type": "number"},
          "examples": [{"total": 5985, "belum": 0}]
        },
        "aggregates": {
          "type": "object",
          "description": "Named numbers computed from CSV files: name -> {file, function, column, where, date_column, from, to, decimal_mark}.",
          "additionalProperties": {
            "type": "object",
            "properties": {
              "file": {"type": "string", "format": "path", "description": "The CSV file (',' or ';' separated, with a header line), relative to the config."},
              "function": {"type": "string", "enum": ["count", "sum", "mean", "min", "max"], "description": "count: the matched rows (or their non-blank cells in column); sum, mean, min, max: of the numbers in column."},
              "column": {"type": "string", "description": "The column to sum, average, or take the min or max of; for count, count only the rows where it is not blank."},
              "where": {
                "type": "object",
                "description": "Filters: column -> accepted values. A row passes when each named column holds one of its accepted values (spaces around are ignored).",
                "additionalProperties": {"type": "array", "items": {"type": "string"}}
              },
              "date_column": {"type": "string", "description": "The column with each row's date (YYYY-MM-DD or DD/MM/YYYY): only rows in the period count. The period is the config's year unless from/to say otherwise."},
              "from": {"type": "string", "description": "First day of the period (inclusive), e.g. \"2023-01-01\"."},
              "to": {"type": "string", "description": "Last day of the period (inclusive), e.g. \"2023-12-31\"."},
              "decimal_mark": {"type": "string", "enum": [".", ","], "description": "The decimal mark of the numbers in column. Default: ',' when the file is ';'-separated, else '.'."}
            },
            "required": ["file", "function"]
          }
        },
        "unit": {"type": "string", "description": "Unit of the realisasi, e.g. \"%\"; defaults to the target's.", "examples": ["%"]},
        "published": {"type": "number", "description": "The figure a report printed for this indicator: a warning shows both numbers when they disagree."}
      },
      "required": ["expression"]
    })json");
    return info;
  }

  std::vector<kinerja::sdk::Problem> check(const kinerja::sdk::Request& request) override {
    return kinerja::formula::check(request.params, request.year);
  }

  kinerja::sdk::Result evaluate(const kinerja::sdk::Request& request) override {
    return kinerja::formula::evaluate(request.params, request.year);
  }
};

}  // namespace

KINERJA_PLUGIN(FormulaPlugin)
