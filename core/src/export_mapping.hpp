// From an export's profile to the params a planner pastes into a config:
// which column holds each of a plugin's fields, how the file's numbers and
// dates are written, and which value map its words need.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <kinerja/sdk/table_spec.hpp>

#include "export_profile.hpp"

namespace kinerja {

using json = nlohmann::json;

struct FieldMatch {
  std::string field;
  std::string column;  // empty: none found
  bool by_name = false;  // the header is one of the field's names (else guessed)
  std::vector<std::string> unknown_words;  // category/flag/number words no map knows
};

struct TableProposal {
  json table;  // {"file": ..., "sheet": ..., "columns": {...}, ...}
  std::vector<FieldMatch> matches;
  std::vector<std::string> notes;  // for the planner: what to check or fill in
};

// The table parameter value for `fields` read from the profiled file,
// written as `file_text` (the path as the planner typed it).
TableProposal propose_table(const ExportProfile& profile, const sdk::Fields& fields, const std::string& file_text);

}  // namespace kinerja
