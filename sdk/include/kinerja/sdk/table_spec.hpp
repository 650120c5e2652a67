// What an input table is, on both sides of the ABI:
//  - the plugin declares the fields it reads from a table (Fields: a date,
//    a label, an answer...), each with the column names that usually hold
//    it, whether it may be missing, and what a blank cell means;
//  - the config says where the table is and how it is written (TableSpec):
//    one or more files (a list or a glob), CSV or xlsx, the sheet, the
//    header row, the delimiter, the encoding, how numbers and dates are
//    written, and for each field its column, value map and blank policy.
// The host checks a table parameter with TableSpec::parse (every problem
// with its JSON pointer) and passes the plugin the normalised form, with
// absolute file paths; the plugin reads it with kinerja::sdk::Table.
#pragma once

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <fnmatch.h>

#include <kinerja/sdk/bad_rows.hpp>
#include <kinerja/sdk/date.hpp>
#include <kinerja/sdk/encoding.hpp>
#include <kinerja/sdk/json_path.hpp>
#include <kinerja/sdk/number.hpp>
#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>
#include <kinerja/sdk/value_maps.hpp>

namespace kinerja::sdk {

enum class FieldKind { text, number, date, category, flag };
// A blank cell: a bad row (error), a row left out and counted once (skip),
// or no value, which the plugin handles (empty: "not answered yet").
enum class BlankPolicy { error, skip, empty };

inline const char* field_kind_name(FieldKind k) {
  switch (k) {
    case FieldKind::text: return "text";
    case FieldKind::number: return "number";
    case FieldKind::date: return "date";
    case FieldKind::category: return "category";
    case FieldKind::flag: return "flag";
  }
  return "text";
}
inline std::optional<FieldKind> parse_field_kind(std::string_view s) {
  for (FieldKind k : {FieldKind::text, FieldKind::number, FieldKind::date, FieldKind::category, FieldKind::flag}) {
    if (s == field_kind_name(k)) return k;
  }
  return std::nullopt;
}
inline const char* blank_policy_name(BlankPolicy p) {
  return p == BlankPolicy::error ? "error" : p == BlankPolicy::skip ? "skip" : "empty";
}
inline std::optional<BlankPolicy> parse_blank_policy(std::string_view s) {
  if (s == "error") return BlankPolicy::error;
  if (s == "skip") return BlankPolicy::skip;
  if (s == "empty") return BlankPolicy::empty;
  return std::nullopt;
}

// One field a plugin reads from a table.
struct FieldSpec {
  std::string name;  // the key in the config's "columns", e.g. "tanggal"
  FieldKind kind = FieldKind::text;
  std::string description;
  // Header names that mean this field (matched by text::key); the first is
  // the default a planner sees.
  std::vector<std::string> columns;
  bool required = true;  // false: a file may lack the column
  BlankPolicy blank = BlankPolicy::error;
  std::vector<std::string> categories;  // category: its values
  ValueMap words;                       // words understood without a map

  bool mappable() const { return kind == FieldKind::category || kind == FieldKind::flag || kind == FieldKind::number; }

  json to_json() const {
    json j{{"name", name}, {"kind", field_kind_name(kind)}, {"columns", columns}, {"required", required},
           {"blank", blank_policy_name(blank)}};
    if (!description.empty()) j["description"] = description;
    if (kind == FieldKind::category) j["categories"] = categories;
    if (!words.empty()) j["words"] = words.to_json();
    return j;
  }
  // From a description the plugin published (the host reads it so).
  static FieldSpec from_json(const json& j) {
    FieldSpec f;
    f.name = j.at("name").get<std::string>();
    f.kind = parse_field_kind(j.value("kind", std::string("text"))).value_or(FieldKind::text);
    f.description = j.value("description", std::string{});
    if (j.contains("columns")) f.columns = j.at("columns").get<std::vector<std::string>>();
    f.required = j.value("required", true);
    f.blank = parse_blank_policy(j.value("blank", std::string("error"))).value_or(BlankPolicy::error);
    if (j.contains("categories")) f.categories = j.at("categories").get<std::vector<std::string>>();
    if (j.contains("words")) f.words = ValueMap::from_json(j.at("words"));
    return f;
  }
};

// The fields of one table, in the order the plugin reads them (a field's
// index is its position). Built by chaining: each modifier applies to the
// field added last.
//   Fields f;
//   f.date("tanggal", "Publication date").columns({"tanggal", "date"});
//   f.category("sentimen", {"positif", "netral", "negatif"}, "Label");
//   f.text("kanal", "Channel").optional();
class Fields {
 public:
  Fields& text(std::string name, std::string description) { return add(std::move(name), FieldKind::text, std::move(description)); }
  Fields& number(std::string name, std::string description) { return add(std::move(name), FieldKind::number, std::move(description)); }
  Fields& date(std::string name, std::string description) { return add(std::move(name), FieldKind::date, std::move(description)); }
  Fields& flag(std::string name, std::string description) {
    add(std::move(name), FieldKind::flag, std::move(description));
    for (const char* yes : {"ya", "y", "yes", "iya", "true", "1"}) last().words.add(yes, true);
    for (const char* no : {"tidak", "t", "no", "n", "false", "0", "-"}) last().words.add(no, false);
    return *this;
  }
  Fields& category(std::string name, std::vector<std::string> categories, std::string description) {
    add(std::move(name), FieldKind::category, std::move(description));
    for (const auto& c : categories) last().words.add(c, c);
    last().categories = std::move(categories);
    return *this;
  }

  // Header names that mean the field (default: its name).
  Fields& columns(std::vector<std::string> names) {
    last().columns = std::move(names);
    return *this;
  }
  // A file may lack the column; a blank cell is then no value either.
  Fields& optional() {
    last().required = false;
    last().blank = BlankPolicy::empty;
    return *this;
  }
  Fields& blank(BlankPolicy policy) {
    last().blank = policy;
    return *this;
  }
  // Words understood without a map: {"positive", "positif"}, {"proses", "proses"}.
  Fields& words(const std::vector<std::pair<std::string, json>>& words) {
    for (const auto& [w, v] : words) last().words.add(w, v);
    return *this;
  }

  const std::vector<FieldSpec>& all() const { return fields_; }
  std::size_t size() const { return fields_.size(); }
  bool empty() const { return fields_.empty(); }
  const FieldSpec& operator[](std::size_t i) const { return fields_[i]; }
  std::optional<std::size_t> index(std::string_view name) const {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].name == name) return i;
    }
    return std::nullopt;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& f : fields_) out.push_back(f.name);
    return out;
  }

  json to_json() const {
    json j = json::array();
    for (const auto& f : fields_) j.push_back(f.to_json());
    return j;
  }
  static Fields from_json(const json& j) {
    Fields f;
    for (const json& item : j) f.fields_.push_back(FieldSpec::from_json(item));
    return f;
  }

 private:
  Fields& add(std::string name, FieldKind kind, std::string description) {
    FieldSpec f;
    f.columns = {name};
    f.name = std::move(name);
    f.kind = kind;
    f.description = std::move(description);
    fields_.push_back(std::move(f));
    return *this;
  }
  FieldSpec& last() {
    if (fields_.empty()) throw std::logic_error("Fields: a modifier before any field");
    return fields_.back();
  }
  std::vector<FieldSpec> fields_;
};

// The config's choice for one field in one source.
struct ColumnChoice {
  std::optional<std::string> column;  // the header name
  std::optional<std::size_t> letter;  // or the column's letter (0 is A), for a header cell left empty
  std::optional<json> value;          // one value for every row, instead of a column
  std::optional<ValueMap> map;
  std::optional<BlankPolicy> blank;
  std::optional<NumberStyle> numbers;
  std::optional<DateOrder> dates;
};

// Rows kept or left out by a column's text: patterns as in file names
// ("JUMLAH*", "Sumber:*"), case ignored.
struct RowFilter {
  std::string column;  // a header name (any column, not only a field's)
  std::vector<std::string> patterns;
};

// Column letters: "E" -> 4, "AB" -> 27; nothing for anything else.
inline std::optional<std::size_t> column_letter_index(std::string_view letters) {
  letters = text::trim(letters);
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  std::size_t index = 0;
  for (char c : letters) {
    const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (u < 'A' || u > 'Z') return std::nullopt;
    index = index * 26 + static_cast<std::size_t>(u - 'A' + 1);
  }
  return index - 1;
}

// One source of rows: files read the same way.
struct SourceSpec {
  std::string file_text;                    // as the config wrote it, for messages
  std::vector<std::filesystem::path> files;  // absolute, in order
  std::optional<std::string> sheet_name;
  std::optional<int> sheet_number;          // 1-based
  std::optional<std::size_t> header_row;    // 1-based line (CSV) or row (xlsx)
  std::size_t header_rows = 1;              // rows the header spans ("Tanggal" over "Diterima | Dijawab")
  std::vector<RowFilter> keep, drop;        // rows kept only when they match / left out when they match
  std::optional<char> delimiter;
  std::optional<std::string> encoding;      // for iconv; nothing: UTF-8
  std::optional<NumberStyle> numbers;
  std::optional<DateOrder> dates;
  std::optional<ValueMap> map;              // for every mappable field without its own
  BadRowPolicy bad_rows = BadRowPolicy::error;
  std::map<std::string, ColumnChoice> columns;
};

inline std::string letter_name(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

inline std::string delimiter_name(char d) { return d == '\t' ? "tab" : std::string(1, d); }

// A table parameter, parsed and checked.
struct TableSpec {
  std::vector<SourceSpec> sources;

  std::vector<std::filesystem::path> files() const {
    std::vector<std::filesystem::path> out;
    for (const auto& s : sources) out.insert(out.end(), s.files.begin(), s.files.end());
    return out;
  }

  // Reads a table parameter: "file.csv", {"file": ..., options}, or a list
  // of those. Relative paths resolve against `base_dir`; a glob ("*.csv")
  // expands to the files it matches, in name order. Each problem goes to
  // `problems` with its JSON pointer (under `pointer`); the spec is
  // returned only when there are none.
  static std::optional<TableSpec> parse(const json& value, const Fields& fields, const std::filesystem::path& base_dir,
                                        const std::string& pointer, std::vector<Problem>& problems) {
    const std::size_t before = problems.size();
    TableSpec spec;
    if (value.is_array()) {
      if (value.empty()) problems.push_back({pointer, "expected at least one file"});
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto s = parse_source(value[i], fields, base_dir, child_pointer(pointer, i), problems)) {
          spec.sources.push_back(std::move(*s));
        }
      }
    } else if (auto s = parse_source(value, fields, base_dir, pointer, problems)) {
      spec.sources.push_back(std::move(*s));
    }
    if (problems.size() != before) return std::nullopt;
    check_constant_values(spec, fields, pointer, value.is_array(), problems);
    if (problems.size() != before) return std::nullopt;
    return spec;
  }

  // The normalised form: a list of source objects with absolute file lists.
  json to_json() const {
    json list = json::array();
    for (const SourceSpec& s : sources) {
      json j = json::object();
      json files = json::array();
      for (const auto& f : s.files) files.push_back(f.string());
      j["file"] = files;
      if (s.sheet_name) j["sheet"] = *s.sheet_name;
      if (s.sheet_number) j["sheet"] = *s.sheet_number;
      if (s.header_row) j["header_row"] = *s.header_row;
      if (s.delimiter) j["delimiter"] = delimiter_name(*s.delimiter);
      if (s.encoding) j["encoding"] = *s.encoding;
      if (s.numbers) j["numbers"] = number_style_name(*s.numbers);
      if (s.dates) j["dates"] = date_order_name(*s.dates);
      if (s.map) j["map"] = s.map->to_json();
      j["bad_rows"] = s.bad_rows == BadRowPolicy::skip ? "skip" : "error";
      if (s.header_rows != 1) j["header_rows"] = s.header_rows;
      for (const auto* filters : {&s.keep, &s.drop}) {
        if (filters->empty()) continue;
        json fj = json::object();
        for (const auto& f : *filters) fj[f.column] = f.patterns;
        j[filters == &s.keep ? "keep" : "drop"] = fj;
      }
      json columns = json::object();
      for (const auto& [field, c] : s.columns) {
        json cj = json::object();
        if (c.column) cj["column"] = *c.column;
        if (c.letter) cj["letter"] = letter_name(*c.letter);
        if (c.value) cj["value"] = *c.value;
        if (c.map) cj["map"] = c.map->to_json();
        if (c.blank) cj["blank"] = blank_policy_name(*c.blank);
        if (c.numbers) cj["numbers"] = number_style_name(*c.numbers);
        if (c.dates) cj["dates"] = date_order_name(*c.dates);
        columns[field] = cj;
      }
      if (!columns.empty()) j["columns"] = columns;
      list.push_back(j);
    }
    return list;
  }

  // The keys of a source object, for messages and `kinerja plugins info`.
  static const std::vector<std::string>& source_keys() {
    static const std::vector<std::string> keys = {"file",    "sheet", "header_row", "header_rows", "delimiter",
                                                  "encoding", "numbers", "dates",    "map",         "bad_rows",
                                                  "keep",    "drop",  "columns"};
    return keys;
  }

 private:
  static std::optional<SourceSpec> parse_source(const json& value, const Fields& fields,
                                                const std::filesystem::path& base_dir, const std::string& pointer,
                                                std::vector<Problem>& problems) {
    SourceSpec s;
    const std::size_t before = problems.size();
    if (value.is_string()) {
      resolve_files(value, base_dir, pointer, s, problems);
      return problems.size() == before ? std::optional<SourceSpec>(std::move(s)) : std::nullopt;
    }
    if (!value.is_object()) {
      problems.push_back({pointer, "expected a file name, an object {\"file\": ...} or a list of them, found " +
                                       describe_type(value)});
      return std::nullopt;
    }
    for (const auto& [k, v] : value.items()) {
      const std::string at = child_pointer(pointer, k);
      if (k == "file") {
        resolve_files(v, base_dir, at, s, problems);
      } else if (k == "sheet") {
        if (v.is_string() && !v.get<std::string>().empty()) s.sheet_name = v.get<std::string>();
        else if (is_whole(v) && v.get<double>() >= 1 && v.get<double>() <= 1e6) s.sheet_number = static_cast<int>(v.get<double>());
        else problems.push_back({at, "expected a sheet name or number (1 is the first sheet)"});
      } else if (k == "header_row") {
        if (is_whole(v) && v.get<double>() >= 1 && v.get<double>() <= 1e6) s.header_row = static_cast<std::size_t>(v.get<double>());
        else problems.push_back({at, "expected the header's row number, 1 or more"});
      } else if (k == "delimiter") {
        const std::string d = v.is_string() ? v.get<std::string>() : std::string();
        if (d == "," || d == ";" || d == "|") s.delimiter = d[0];
        else if (d == "\t" || text::key(d) == "tab") s.delimiter = '\t';
        else problems.push_back({at, "expected \",\", \";\", \"|\" or \"tab\""});
      } else if (k == "encoding") {
        if (!v.is_string()) {
          problems.push_back({at, "expected an encoding name such as \"windows-1252\""});
        } else if (auto e = canonical_encoding(v.get<std::string>())) {
          if (encoding_supported(*e)) s.encoding = *e;
          else problems.push_back({at, "unknown encoding '" + v.get<std::string>() + "' (known, e.g.: utf-8, windows-1252, iso-8859-1, utf-16)"});
        }
      } else if (k == "numbers") {
        if (auto n = v.is_string() ? parse_number_style(v.get<std::string>()) : std::nullopt) s.numbers = *n;
        else problems.push_back({at, "expected \"plain\" (83.96), \"comma\" (83,96), \"id\" (17.980.500.000 or 85,83) or \"en\" (17,980,500,000)"});
      } else if (k == "dates") {
        if (auto d = v.is_string() ? parse_date_order(v.get<std::string>()) : std::nullopt) s.dates = *d;
        else problems.push_back({at, "expected \"DMY\" (31/01/2024), \"MDY\" (01/31/2024) or \"YMD\""});
      } else if (k == "map") {
        s.map = parse_map(v, at, problems);
      } else if (k == "bad_rows") {
        if (v == "skip") s.bad_rows = BadRowPolicy::skip;
        else if (v == "error") s.bad_rows = BadRowPolicy::error;
        else problems.push_back({at, "expected \"error\" (stop at a bad row) or \"skip\" (leave it out and count it)"});
      } else if (k == "header_rows") {
        if (is_whole(v) && v.get<double>() >= 1 && v.get<double>() <= 5) s.header_rows = static_cast<std::size_t>(v.get<double>());
        else problems.push_back({at, "expected how many rows the header spans, 1 to 5"});
      } else if (k == "keep" || k == "drop") {
        parse_filters(v, at, k == "keep" ? s.keep : s.drop, problems);
      } else if (k == "columns") {
        parse_columns(v, fields, at, s, problems);
      } else {
        problems.push_back({at, "unknown key '" + k + "'" + text::did_you_mean(k, source_keys()) +
                                    "; a table takes " + text::join(source_keys())});
      }
    }
    if (!value.contains("file")) problems.push_back({pointer + "/file", "missing: the file (or files) to read"});
    if (s.sheet_name || s.sheet_number) {
      for (const auto& f : s.files) {
        if (!is_xlsx(f)) problems.push_back({pointer + "/sheet", "a sheet is chosen in an xlsx file; " + f.filename().string() + " is not one"});
      }
    }
    if (problems.size() != before) return std::nullopt;
    return s;
  }

  // {"Kegiatan": ["JUMLAH*", "Program *"], "No": "Total"}
  static void parse_filters(const json& v, const std::string& at, std::vector<RowFilter>& out,
                            std::vector<Problem>& problems) {
    if (!v.is_object() || v.empty()) {
      problems.push_back({at, "expected {\"column\": [\"pattern\", ...]}, e.g. {\"Kegiatan\": [\"JUMLAH*\"]}"});
      return;
    }
    for (const auto& [column, patterns] : v.items()) {
      RowFilter f;
      f.column = column;
      const json list = patterns.is_array() ? patterns : json::array({patterns});
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].is_string() && !list[i].get<std::string>().empty()) f.patterns.push_back(list[i].get<std::string>());
        else problems.push_back({child_pointer(at, column), "expected a pattern (text, * for any text) or a list of them"});
      }
      out.push_back(std::move(f));
    }
  }

  static void parse_columns(const json& v, const Fields& fields, const std::string& at, SourceSpec& s,
                            std::vector<Problem>& problems) {
    if (!v.is_object()) {
      problems.push_back({at, "expected an object: field -> column name"});
      return;
    }
    static const std::vector<std::string> choice_keys = {"column", "letter", "value", "map", "blank", "numbers", "dates"};
    for (const auto& [field, choice] : v.items()) {
      const std::string fat = child_pointer(at, field);
      const auto index = fields.index(field);
      if (!index) {
        problems.push_back({fat, "unknown field '" + field + "'" + text::did_you_mean(field, fields.names()) +
                                     "; this table has " + text::join(fields.names())});
        continue;
      }
      const FieldSpec& spec = fields[*index];
      ColumnChoice c;
      if (choice.is_string()) {
        if (text::is_blank(choice.get<std::string>())) problems.push_back({fat, "empty column name"});
        c.column = text::trimmed(choice.get<std::string>());
      } else if (choice.is_object()) {
        for (const auto& [k, cv] : choice.items()) {
          const std::string cat = child_pointer(fat, k);
          if (k == "column") {
            if (cv.is_string() && !text::is_blank(cv.get<std::string>())) c.column = text::trimmed(cv.get<std::string>());
            else problems.push_back({cat, "expected the column's header name"});
          } else if (k == "letter") {
            const auto letter = cv.is_string() ? column_letter_index(cv.get<std::string>()) : std::nullopt;
            if (letter) c.letter = *letter;
            else problems.push_back({cat, "expected a column letter, A to XFD"});
          } else if (k == "value") {
            c.value = cv;
          } else if (k == "map") {
            if (!spec.mappable()) problems.push_back({cat, "a " + std::string(field_kind_name(spec.kind)) + " field takes no map"});
            else c.map = parse_map(cv, cat, problems);
          } else if (k == "blank") {
            const auto b = cv.is_string() ? parse_blank_policy(cv.get<std::string>()) : std::nullopt;
            if (!b) {
              problems.push_back({cat, "expected \"error\" (a bad row), \"skip\" (left out, counted once) or \"empty\" (no value)"});
            } else if (*b == BlankPolicy::empty && spec.blank != BlankPolicy::empty) {
              // Only a field the plugin reads as possibly absent may be
              // empty: any other would count a blank as some value.
              problems.push_back({cat, "every row counted needs a " + field + ": a blank is \"error\" (a bad row) or \"skip\" "
                                       "(left out, counted once), or give it a meaning with \"map\": {\"\": ...}"});
            } else {
              c.blank = *b;
            }
          } else if (k == "numbers") {
            if (spec.kind != FieldKind::number) problems.push_back({cat, "numbers applies to a number field"});
            else if (auto n = cv.is_string() ? parse_number_style(cv.get<std::string>()) : std::nullopt) c.numbers = *n;
            else problems.push_back({cat, "expected \"plain\", \"comma\", \"id\" or \"en\""});
          } else if (k == "dates") {
            if (spec.kind != FieldKind::date) problems.push_back({cat, "dates applies to a date field"});
            else if (auto d = cv.is_string() ? parse_date_order(cv.get<std::string>()) : std::nullopt) c.dates = *d;
            else problems.push_back({cat, "expected \"DMY\", \"MDY\" or \"YMD\""});
          } else {
            problems.push_back({cat, "unknown key '" + k + "'" + text::did_you_mean(k, choice_keys) + "; a column takes " +
                                         text::join(choice_keys)});
          }
        }
        if ((c.column ? 1 : 0) + (c.letter ? 1 : 0) + (c.value ? 1 : 0) > 1) {
          problems.push_back({fat, "give one of column, letter and value"});
        }
      } else {
        problems.push_back({fat, "expected the column's header name, or an object {\"column\": ..., \"map\": ...}"});
      }
      s.columns[field] = std::move(c);
    }
  }

  static std::optional<ValueMap> parse_map(const json& v, const std::string& at, std::vector<Problem>& problems) {
    if (v.is_string()) {
      if (auto m = named_map(v.get<std::string>())) return m;
      problems.push_back({at, "unknown map '" + v.get<std::string>() + "'" +
                                  text::did_you_mean(v.get<std::string>(), named_map_names()) + "; the named maps are " +
                                  text::join(named_map_names())});
      return std::nullopt;
    }
    if (!v.is_object() || v.empty()) {
      problems.push_back({at, "expected a map {\"word\": value, ...} or the name of one (" + text::join(named_map_names()) + ")"});
      return std::nullopt;
    }
    for (const auto& [word, value] : v.items()) {
      if (!value.is_string() && !value.is_number() && !value.is_boolean()) {
        problems.push_back({child_pointer(at, word), "expected a value (a number, a word or true/false)"});
      }
    }
    return ValueMap::from_json(v);
  }

  static void check_constant_values(const TableSpec& spec, const Fields& fields, const std::string& pointer, bool list,
                                    std::vector<Problem>& problems) {
    // A constant value must be one the field can hold.
    for (std::size_t i = 0; i < spec.sources.size(); ++i) {
      const std::string at = list ? child_pointer(pointer, i) : pointer;
      for (const auto& [field, c] : spec.sources[i].columns) {
        if (!c.value) continue;
        const FieldSpec& f = fields[*fields.index(field)];
        const bool ok = (f.kind == FieldKind::number && c.value->is_number()) ||
                        (f.kind == FieldKind::flag && (c.value->is_boolean() || (c.value->is_string() && f.words.find(c.value->get<std::string>())))) ||
                        (f.kind == FieldKind::category && c.value->is_string() && f.words.find(c.value->get<std::string>())) ||
                        (f.kind == FieldKind::text && c.value->is_string()) ||
                        (f.kind == FieldKind::date && c.value->is_string() &&
                         parse_date(c.value->get<std::string>(), c.dates.value_or(spec.sources[i].dates.value_or(DateOrder::dmy))));
        if (!ok) {
          problems.push_back({child_pointer(child_pointer(at, "columns"), field) + "/value",
                              "not a value of field '" + field + "'" +
                                  (f.kind == FieldKind::category ? " (expected one of " + text::join(f.categories) + ")"
                                   : f.kind == FieldKind::date   ? std::string(" (expected a date such as 2024-01-05)")
                                                                 : std::string())});
        }
      }
    }
  }

  // (floor, not a cast: converting 1e300 to an integer is undefined)
  static bool is_whole(const json& v) { return v.is_number() && std::floor(v.get<double>()) == v.get<double>(); }

 public:
  // An old Excel or a LibreOffice workbook: refused by name rather than
  // read as text.
  static bool is_unreadable_workbook(const std::filesystem::path& p) {
    const std::string ext = text::folded(p.extension().string());
    return ext == ".xls" || ext == ".ods" || ext == ".xlsb";
  }

  static bool is_xlsx(const std::filesystem::path& p) {
    const std::string ext = text::folded(p.extension().string());
    return ext == ".xlsx" || ext == ".xlsm";
  }

  // Whether a file name is a glob pattern.
  static bool is_glob(const std::string& name) { return name.find_first_of("*?[") != std::string::npos; }

 private:
  static void resolve_files(const json& v, const std::filesystem::path& base_dir, const std::string& at, SourceSpec& s,
                            std::vector<Problem>& problems) {
    std::vector<std::pair<std::string, std::string>> names;  // (name, pointer)
    if (v.is_string()) {
      names.emplace_back(v.get<std::string>(), at);
    } else if (v.is_array() && !v.empty()) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].is_string()) names.emplace_back(v[i].get<std::string>(), child_pointer(at, i));
        else problems.push_back({child_pointer(at, i), "expected a file name"});
      }
    } else {
      problems.push_back({at, "expected a file name (a glob such as \"data/*.csv\" is allowed) or a list of them"});
      return;
    }
    // A file twice in one source would have its rows counted twice.
    const auto add_file = [&](const std::filesystem::path& file, const std::string& where) {
      if (is_unreadable_workbook(file)) {
        problems.push_back({where, file.filename().string() + " is an " + text::folded(file.extension().string()).substr(1) +
                                       " workbook, which kinerja does not read: save it as .xlsx (or CSV) first"});
      } else if (std::find(s.files.begin(), s.files.end(), file) != s.files.end()) {
        problems.push_back({where, file.string() + " is named twice (its rows would be read twice)"});
      } else {
        s.files.push_back(file);
      }
    };
    for (const auto& [name, where] : names) {
      s.file_text += (s.file_text.empty() ? "" : ", ") + name;
      if (text::is_blank(name)) {
        problems.push_back({where, "empty file name"});
        continue;
      }
      const std::filesystem::path path = std::filesystem::path(name).is_absolute() ? std::filesystem::path(name) : base_dir / name;
      std::error_code exists_ec;
      if (is_glob(path.filename().string()) && !std::filesystem::exists(path, exists_ec)) {  // "LKj [2023].csv" is a name
        std::vector<std::filesystem::path> matches;
        std::error_code ec;
        const std::string pattern = path.filename().string();
        for (const auto& entry : std::filesystem::directory_iterator(path.parent_path(), ec)) {
          // Not the hidden files, nor the "~$book.xlsx" Excel leaves beside a workbook it has open.
          const std::string entry_name = entry.path().filename().string();
          if (entry_name.rfind("~$", 0) == 0 && pattern.rfind("~$", 0) != 0) continue;
          if (fnmatch(pattern.c_str(), entry_name.c_str(), FNM_PERIOD) == 0 && entry.is_regular_file(ec)) {
            matches.push_back(entry.path().lexically_normal());
          }
        }
        std::sort(matches.begin(), matches.end());
        if (matches.empty()) {
          problems.push_back({where, "no file matches " + path.lexically_normal().string() + " (paths are relative to the config file)"});
        }
        for (const auto& m : matches) add_file(m, where);
        continue;
      }
      std::error_code ec;
      const auto status = std::filesystem::status(path, ec);
      if (!std::filesystem::exists(status)) {
        problems.push_back({where, "input file not found: " + path.lexically_normal().string() + " (paths are relative to the config file)"});
      } else if (!std::filesystem::is_regular_file(status)) {
        problems.push_back({where, path.lexically_normal().string() + " is not a regular file (a folder, device or pipe cannot be read as a table)"});
      } else {
        add_file(path.lexically_normal(), where);
      }
    }
  }
};

}  // namespace kinerja::sdk
