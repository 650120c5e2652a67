// Streaming reader for event logs and survey exports: RFC 4180 quoting,
// UTF-8 with or without BOM, LF or CRLF, ',' or ';' separators (Indonesian
// spreadsheet exports use ';'), columns found by header name. Memory does
// not grow with the number of rows. Every error names file, line and,
// where there is one, the column.
//
// Header-only, like the rest of the SDK: a plugin compiles it itself.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk::csv {

// A record whose field count differs from the header's. The reader has
// read the whole record, so a plugin may skip it and go on; other reading
// errors (a quote left open) leave nothing trustworthy after them.
class FieldCountError : public InputError {
 public:
  using InputError::InputError;
};

struct Options {
  // 0: detect from the header line (the more frequent of ';' and ',').
  char separator = 0;
};

struct Row {
  std::vector<std::string> fields;
  std::size_t line = 0;  // physical line where the record starts (1-based)
};

class Reader {
 public:
  explicit Reader(std::filesystem::path path, Options options = {})
      : path_(std::move(path)), in_(path_, std::ios::binary), separator_(options.separator) {
    if (!in_) throw InputError(path_.string() + ": cannot open for reading");
    std::error_code ec;
    size_ = std::filesystem::file_size(path_, ec);
    if (ec) size_ = 0;
    buffer_.resize(1 << 16);
    skip_bom();
    Row header;
    if (!read_record(header, /*detect=*/separator_ == 0)) throw InputError(path_.string() + ": empty file, expected a header line");
    header_ = std::move(header.fields);
    for (auto& name : header_) name = trim(name);
  }

  const std::filesystem::path& path() const { return path_; }
  // For progress: bytes consumed so far, and the file's size (0 if unknown).
  std::uint64_t bytes_read() const { return consumed_ - (end_ - pos_); }
  std::uint64_t size() const { return size_; }
  const std::vector<std::string>& header() const { return header_; }
  char separator() const { return separator_; }

  // Index of the column named `name` (case-insensitive, spaces trimmed), or
  // nothing.
  std::optional<std::size_t> find_column(std::string_view name) const {
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (equal_ignoring_case(header_[i], trim(std::string(name)))) return i;
    }
    return std::nullopt;
  }

  // Like find_column, but a missing column is a ConfigError naming the
  // parameter that chose it and listing the columns there are.
  std::size_t column(std::string_view name, std::string_view parameter) const {
    if (auto index = find_column(name)) return *index;
    std::string list;
    for (const auto& h : header_) list += (list.empty() ? "'" : ", '") + h + "'";
    throw ConfigError(path_.string() + ": no column '" + std::string(name) + "' (parameter " + std::string(parameter) +
                      "); the header has " + list);
  }

  // Reads the next record into `row`; false at the end of the file. A
  // record whose field count differs from the header's is a FieldCountError.
  bool next(Row& row) {
    if (!read_record(row, false)) return false;
    if (row.fields.size() != header_.size()) {
      throw FieldCountError(location(row.line) + ": expected " + std::to_string(header_.size()) + " fields (as the header), found " +
                       std::to_string(row.fields.size()));
    }
    return true;
  }

  // "file:line" and "file:line: column 'name'" for messages.
  std::string location(std::size_t line) const { return path_.string() + ":" + std::to_string(line); }
  std::string location(const Row& row, std::size_t column) const {
    return location(row.line) + ": column '" + (column < header_.size() ? header_[column] : std::to_string(column + 1)) + "'";
  }

  static std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
  }

 private:
  static bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
      if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
  }

  int get() {
    if (pos_ == end_) {
      if (!in_) return EOF;
      in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
      pos_ = 0;
      end_ = static_cast<std::size_t>(in_.gcount());
      consumed_ += end_;
      if (end_ == 0) return EOF;
    }
    return static_cast<unsigned char>(buffer_[pos_++]);
  }

  int peek() {
    const int c = get();
    if (c != EOF) --pos_;
    return c;
  }

  void skip_bom() {
    static constexpr unsigned char bom[] = {0xEF, 0xBB, 0xBF};
    for (unsigned char b : bom) {
      if (peek() != b) return;  // only a whole BOM at the very start is skipped
      get();
    }
  }

  // The separator is decided on the header line: the more frequent of ';'
  // and ',' outside quotes (',' when neither appears).
  char detect_separator(const std::string& raw_line) const {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : raw_line) {
      if (c == '"') quoted = !quoted;
      else if (!quoted && c == ',') ++commas;
      else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
  }

  bool read_record(Row& row, bool detect) {
    row.fields.clear();
    int c = get();
    // Skip blank lines between records.
    while (c == '\n' || c == '\r') {
      if (c == '\n') ++line_;
      c = get();
    }
    if (c == EOF) return false;
    row.line = line_;
    if (detect) {
      // Read the header line raw first, then parse it with the separator found.
      std::string raw;
      bool quoted = false;
      while (c != EOF && !(c == '\n' && !quoted)) {
        if (c == '"') quoted = !quoted;
        raw += static_cast<char>(c);
        c = get();
      }
      separator_ = detect_separator(raw);
      parse_fields(raw + "\n", row);
      ++line_;
      return true;
    }
    std::string field;
    bool quoted = false;
    const std::size_t start_line = line_;
    for (;; c = get()) {
      if (c == EOF) {
        if (quoted) throw InputError(location(start_line) + ": quoted field not closed before the end of the file");
        row.fields.push_back(field);
        return true;
      }
      const char ch = static_cast<char>(c);
      if (quoted) {
        if (ch == '"') {
          if (peek() == '"') {
            get();
            field += '"';
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n') ++line_;
          field += ch;
        }
        continue;
      }
      if (ch == '"') {
        if (!Reader::trim(field).empty()) {
          throw InputError(location(line_) + ": field " + std::to_string(row.fields.size() + 1) +
                           ": a quote inside an unquoted field (quote the whole field and double inner quotes)");
        }
        field.clear();
        quoted = true;
      } else if (ch == separator_) {
        row.fields.push_back(field);
        field.clear();
      } else if (ch == '\r') {
        if (peek() == '\n') continue;  // CRLF
        field += ch;
      } else if (ch == '\n') {
        ++line_;
        row.fields.push_back(field);
        return true;
      } else {
        field += ch;
      }
    }
  }

  void parse_fields(const std::string& raw, Row& row) {
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const char ch = raw[i];
      if (quoted) {
        if (ch == '"' && i + 1 < raw.size() && raw[i + 1] == '"') {
          field += '"';
          ++i;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field += ch;
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == separator_ || ch == '\n') {
        if (!field.empty() && field.back() == '\r') field.pop_back();
        row.fields.push_back(field);
        field.clear();
      } else {
        field += ch;
      }
    }
  }

  std::filesystem::path path_;
  std::ifstream in_;
  char separator_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t consumed_ = 0, size_ = 0;
  std::size_t line_ = 1;
  std::vector<std::string> header_;
};

// A number as spreadsheets write it: "83.96", or "83,96" when the decimal
// mark is a comma (';'-separated exports). Spaces around are ignored.
inline std::optional<double> parse_number(std::string_view text, char decimal_mark = '.') {
  std::string s = Reader::trim(std::string(text));
  if (s.empty()) return std::nullopt;
  if (decimal_mark == ',') {
    if (s.find('.') != std::string::npos) return std::nullopt;  // "1.234,5": thousands marks are not guessed
    for (char& c : s) {
      if (c == ',') c = '.';
    }
  }
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return value;
}

}  // namespace kinerja::sdk::csv
