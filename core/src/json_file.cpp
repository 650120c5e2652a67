#include "json_file.hpp"

#include <fstream>
#include <optional>
#include <sstream>

#include "diagnostics.hpp"

namespace kinerja {

namespace {

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

Position position_of(const std::string& text, std::size_t byte) {
  Position p;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not UTF-8 continuation bytes
      ++p.column;
    }
  }
  return p;
}

// nlohmann's messages look like "[json.exception.parse_error.101] parse
// error at line 1, column 2: syntax error ..."; keep what a person needs.
std::string plain_reason(const std::string& what) {
  std::string reason = what;
  if (reason.rfind("[json.exception.", 0) == 0) {
    const auto end = reason.find("] ");
    if (end != std::string::npos) reason = reason.substr(end + 2);
  }
  if (reason.rfind("parse error", 0) == 0) {
    const auto colon = reason.find(": ");
    if (colon != std::string::npos) reason = reason.substr(colon + 2);
  }
  return reason;
}

// Finds where a parse fails. nlohmann reports some failures (a number too
// large for a double, "1e400") through the SAX parse_error event with a
// position but throws them as out_of_range without one; replaying the
// parse with this handler recovers the position.
class FailureLocator : public nlohmann::json_sax<json> {
 public:
  std::optional<std::size_t> byte;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
    // `position` is just past the offending token; point at its start.
    byte = position >= last_token.size() ? position - last_token.size() : 0;
    return false;
  }
};

std::string located(const std::string& name, const std::string& text, std::size_t byte) {
  const Position p = position_of(text, byte);
  return name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

json parse_json_text(const std::string& raw, const std::string& name) {
  static constexpr std::string_view bom = "\xEF\xBB\xBF";
  const bool has_bom = raw.compare(0, bom.size(), bom) == 0;
  const std::string text = has_bom ? raw.substr(bom.size()) : raw;
  try {
    return json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    throw FileError(located(name, text, e.byte == 0 ? 0 : e.byte - 1) + ": not valid JSON: " + plain_reason(e.what()));
  } catch (const json::exception& e) {
    FailureLocator locator;
    json::sax_parse(text, &locator, json::input_format_t::json, /*strict=*/true, /*ignore_comments=*/true);
    const std::string where = locator.byte ? located(name, text, *locator.byte) : name;
    throw FileError(where + ": not valid JSON: " + plain_reason(e.what()));
  }
}

std::string read_text_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw FileError(path.string() + ": is a directory, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path.string() + ": cannot open for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw FileError(path.string() + ": read failed");
  return buffer.str();
}

json read_json_file(const std::filesystem::path& path) { return parse_json_text(read_text_file(path), path.string()); }

}  // namespace kinerja
