#include "export_mapping.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/value_maps.hpp>

namespace kinerja {

namespace {

std::set<std::string> tokens(const std::string& name) {
  std::set<std::string> out;
  const std::string k = sdk::text::key(name);
  std::size_t start = 0;
  while (start <= k.size()) {
    const std::size_t end = k.find('_', start);
    const std::string t = k.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (t.size() >= 3) out.insert(t);  // "no", "di" say nothing
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

bool type_fits(const sdk::FieldSpec& field, const ColumnProfile& column) {
  const GuessedType type = column.type;
  switch (field.kind) {
    case sdk::FieldKind::date: return type == GuessedType::date;
    case sdk::FieldKind::number:  // numbers, or a few words a map turns into numbers (survey answers)
      return type == GuessedType::number || type == GuessedType::category ||
             (type == GuessedType::text && !column.many_distinct && column.distinct.size() <= 15);
    case sdk::FieldKind::category:  // a few words, not free text ("Informasi yang Diminta")
      return type == GuessedType::category || (type == GuessedType::text && !column.many_distinct && column.distinct.size() <= 15);
    case sdk::FieldKind::flag:  // a few words, or dates (an extension recorded by its date)
      return type == GuessedType::category || type == GuessedType::date ||
             (type == GuessedType::text && !column.many_distinct && column.distinct.size() <= 15);
    case sdk::FieldKind::text: return type != GuessedType::blank;
  }
  return false;
}

// How telling each word of the headers is: a word in every header
// ("pelayanan" in each question of a survey) tells nothing.
std::map<std::string, double> word_weights(const ExportProfile& profile) {
  std::map<std::string, std::size_t> headers_with;
  for (const auto& c : profile.columns) {
    for (const auto& t : tokens(c.header)) ++headers_with[t];
  }
  std::map<std::string, double> weights;
  for (const auto& [t, n] : headers_with) weights[t] = 1.0 / static_cast<double>(n);
  return weights;
}

// The column for one field: by name, else the column whose header shares
// the most telling words with the field's names and description (a survey
// question "... kecepatan pelayanan ..." for U3 "Kecepatan Pelayanan")
// among those of a fitting type, else the only column of the field's type
// left.
std::optional<std::size_t> find_column(const ExportProfile& profile, const sdk::FieldSpec& field,
                                       const std::set<std::size_t>& taken, const std::map<std::string, double>& weights,
                                       bool& by_name) {
  by_name = false;
  for (const auto& name : field.columns) {
    for (const auto& c : profile.columns) {
      if (!taken.count(c.index) && sdk::text::same_key(c.header, name)) {
        by_name = true;
        return c.index;
      }
    }
  }
  std::set<std::string> wanted;
  for (const auto& name : field.columns) {
    for (const auto& t : tokens(name)) wanted.insert(t);
  }
  for (const auto& t : tokens(field.description)) wanted.insert(t);
  std::optional<std::size_t> best;
  double best_score = 0;
  bool tie = false;
  for (const auto& c : profile.columns) {
    if (taken.count(c.index) || !type_fits(field, c)) continue;
    double score = 0;
    for (const auto& t : tokens(c.header)) {
      if (wanted.count(t)) score += weights.at(t);
    }
    if (score > best_score + 1e-9) {
      best_score = score;
      best = c.index;
      tie = false;
    } else if (score > 0 && std::abs(score - best_score) <= 1e-9) {
      tie = true;
    }
  }
  if (best && !tie) return best;
  if (field.kind == sdk::FieldKind::date) {
    std::optional<std::size_t> only;
    for (const auto& c : profile.columns) {
      if (taken.count(c.index) || c.type != GuessedType::date) continue;
      if (only) return std::nullopt;
      only = c.index;
    }
    return only;
  }
  return std::nullopt;
}

bool reads_as_number(const std::string& value) {
  for (sdk::NumberStyle style : {sdk::NumberStyle::plain, sdk::NumberStyle::comma, sdk::NumberStyle::indonesian,
                                 sdk::NumberStyle::english}) {
    if (sdk::parse_number(value, style)) return true;
  }
  return false;
}

// The words of a column a field does not know without a map.
std::vector<std::string> unknown_words(const sdk::FieldSpec& field, const ColumnProfile& column) {
  std::vector<std::string> out;
  if (field.kind != sdk::FieldKind::category && field.kind != sdk::FieldKind::flag && field.kind != sdk::FieldKind::number) {
    return out;
  }
  for (const auto& [value, count] : column.distinct) {
    if (field.kind == sdk::FieldKind::number && reads_as_number(value)) continue;
    if (field.words.find(value)) continue;
    out.push_back(value);
  }
  return out;
}

// Whether most of a column's values are dates (an extension column holding
// dates and the odd "Ya").
bool mostly_dates(const ColumnProfile& column) {
  std::uint64_t dates = 0, all = 0;
  for (const auto& [value, n] : column.distinct) {
    all += n;
    if (sdk::parse_date(value)) dates += n;
  }
  return all > 0 && dates * 2 > all;
}

// A named map that knows every word, or nothing.
std::optional<std::string> named_map_for(const std::vector<std::string>& words) {
  if (words.empty()) return std::nullopt;
  for (const auto& name : sdk::named_map_names()) {
    const auto map = sdk::named_map(name);
    if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return map->find(w) != nullptr; })) {
      return name;
    }
  }
  return std::nullopt;
}

}  // namespace

TableProposal propose_table(const ExportProfile& profile, const sdk::Fields& fields, const std::string& file_text) {
  TableProposal p;
  p.table = {{"file", file_text}};
  if (profile.xlsx && !profile.sheet.empty()) p.table["sheet"] = profile.sheet;
  if (profile.header_row > 1) p.table["header_row"] = profile.header_row;
  if (profile.encoding) {
    p.table["encoding"] = sdk::text::folded(*profile.encoding);
    p.notes.push_back("the file is not UTF-8 (" + profile.encoding_note + "); read as " + *profile.encoding +
                      ": check that names with accents look right");
  }
  json columns = json::object();
  std::set<std::size_t> taken;
  const auto weights = word_weights(profile);
  std::optional<sdk::NumberStyle> numbers;
  std::optional<sdk::DateOrder> dates;
  for (const auto& field : fields.all()) {
    FieldMatch m;
    m.field = field.name;
    const auto index = find_column(profile, field, taken, weights, m.by_name);
    if (!index) {
      if (field.required) p.notes.push_back("no column found for " + field.name + " (" + field.description + "): name it in \"columns\"");
      p.matches.push_back(m);
      continue;
    }
    taken.insert(*index);
    const ColumnProfile& column = profile.columns[*index];
    m.column = column.header;
    json choice = column.header;
    m.unknown_words = unknown_words(field, column);
    if (field.kind == sdk::FieldKind::flag && (column.type == GuessedType::date || mostly_dates(column))) {
      // An extension recorded by its date: any entry means yes.
      choice = {{"column", column.header}, {"map", {{"*", "ya"}, {"", "tidak"}}}};
      p.notes.push_back(field.name + " <- '" + column.header + "' holds dates: read as ya where a date is written, "
                        "tidak where the cell is blank");
      m.unknown_words.clear();
    } else if (!m.unknown_words.empty()) {
      const auto named = field.kind == sdk::FieldKind::number ? named_map_for(m.unknown_words) : std::nullopt;
      if (named) {
        choice = {{"column", column.header}, {"map", *named}};
        std::vector<std::pair<json, std::string>> by_value;
        const sdk::ValueMap map = *sdk::named_map(*named);  // named: entries() must not outlive it
        for (const auto& [word, value] : map.entries()) {
          std::string shown = word;
          std::replace(shown.begin(), shown.end(), '_', ' ');  // the map's keys, as words again
          by_value.emplace_back(value, shown);
        }
        std::sort(by_value.begin(), by_value.end());
        std::vector<std::string> scale;
        for (const auto& [value, word] : by_value) scale.push_back(word + " " + value.dump());
        p.notes.push_back(field.name + " reads its words with the named scale \"" + *named + "\" (" +
                          sdk::text::join(scale) + "): check that it is the form's");
      } else {
        json map = json::object();
        for (const auto& w : m.unknown_words) {
          const auto close = sdk::text::closest(sdk::text::key(w), field.categories);
          map[w] = close ? json(*close) : json("?");
        }
        choice = {{"column", column.header}, {"map", map}};
        p.notes.push_back("column '" + column.header + "' (" + field.name + ") has words that need a map: " +
                          sdk::text::quoted_list(m.unknown_words) + "; check the map below and replace every \"?\"");
      }
    }
    if (field.kind == sdk::FieldKind::number && column.number_style && *column.number_style != sdk::NumberStyle::plain) {
      numbers = column.number_style;
    }
    if (field.kind == sdk::FieldKind::date && column.date_order == sdk::DateOrder::mdy) dates = sdk::DateOrder::mdy;
    if (column.blanks > 0 && field.blank == sdk::BlankPolicy::error) {
      p.notes.push_back("'" + column.header + "' (" + field.name + ") has " + std::to_string(column.blanks) +
                        " blank cell(s), each a bad row: to leave such rows out and count them, say \"blank\": \"skip\"");
    }
    if (!m.by_name || choice.is_object()) columns[field.name] = choice;
    if (!m.by_name) p.notes.push_back(field.name + " <- '" + column.header + "' is a guess: check it");
    p.matches.push_back(m);
  }
  if (numbers) p.table["numbers"] = sdk::number_style_name(*numbers);
  if (dates) p.table["dates"] = sdk::date_order_name(*dates);
  if (!columns.empty()) p.table["columns"] = columns;
  if (p.table.size() == 1) p.table = file_text;  // nothing to say but the file
  return p;
}

}  // namespace kinerja
