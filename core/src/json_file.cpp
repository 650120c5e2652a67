#include "json_file.hpp"

#include <fstream>
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
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse
// error at line 1, column 2: "; keep only what a person needs.
std::string plain_reason(const std::string& what) {
  const auto colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
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
    const Position p = position_of(text, e.byte == 0 ? 0 : e.byte - 1);
    throw FileError(name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                    ": not valid JSON: " + plain_reason(e.what()));
  } catch (const json::exception& e) {
    // A number too large for a double ("1e400") is not a parse_error and
    // carries no position; its message quotes the token, so find that.
    const std::string what = e.what();
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    std::string where = name;
    if (open != std::string::npos && close > open) {
      const auto at = text.find(what.substr(open + 1, close - open - 1));
      if (at != std::string::npos) {
        const Position p = position_of(text, at);
        where += ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
      }
    }
    throw FileError(where + ": not valid JSON: " + plain_reason(what));
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
