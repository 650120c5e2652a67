// Text encodings of input files. kinerja works in UTF-8: a file is either
// checked to be UTF-8 (and refused with the line and byte offset of the
// first bad byte: never a silent U+FFFD) or, when the config names its
// encoding, converted with the C library's iconv (glibc's: windows-1252,
// iso-8859-1, utf-16 and the rest).
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <iconv.h>

#include <kinerja/sdk/text.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

// The length of the valid UTF-8 prefix of `s` that ends on a character
// boundary; `incomplete` is set when the rest is the start of a character
// cut by the end of the buffer (not an error yet: the next buffer may
// finish it).
inline std::size_t valid_utf8_prefix(std::string_view s, bool& incomplete) {
  incomplete = false;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }  // no UTF-16 surrogates
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return i;
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= n) {
        incomplete = true;
        return i;
      }
      const unsigned char b = p[i + k];
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return i;
    }
    i += len;
  }
  return i;
}

inline bool is_valid_utf8(std::string_view s) {
  bool incomplete = false;
  return valid_utf8_prefix(s, incomplete) == s.size() && !incomplete;
}

// The canonical name of an encoding the config gives, or nothing when the
// name is UTF-8 (no conversion). "cp1252", "windows1252" -> "WINDOWS-1252";
// "latin1" -> "ISO-8859-1".
inline std::optional<std::string> canonical_encoding(std::string_view name) {
  const std::string k = text::key(name);
  if (k == "utf_8" || k == "utf8") return std::nullopt;
  if (k == "cp1252" || k == "windows_1252" || k == "windows1252" || k == "ansi") return std::string("WINDOWS-1252");
  if (k == "latin1" || k == "latin_1" || k == "iso_8859_1" || k == "iso8859_1") return std::string("ISO-8859-1");
  if (k == "utf_16" || k == "utf16" || k == "unicode") return std::string("UTF-16");
  std::string upper;
  for (char c : text::trim(name)) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return upper;
}

// Whether the C library can convert from `encoding` to UTF-8.
inline bool encoding_supported(const std::string& encoding) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  iconv_close(cd);
  return true;
}

// Converts a stream of bytes in another encoding to UTF-8, buffer by
// buffer; a character cut at a buffer's end is kept for the next.
class Decoder {
 public:
  explicit Decoder(const std::string& encoding) : encoding_(encoding) {
    cd_ = iconv_open("UTF-8", encoding.c_str());
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw ConfigError("encoding '" + encoding + "' is not known to this system's iconv");
  }
  ~Decoder() { iconv_close(cd_); }
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  // Appends the UTF-8 of `in` (after what was left from the last call) to
  // `out`. Throws InputError naming `where` and the byte offset of a byte
  // the encoding does not have. `last` says no more bytes follow.
  void decode(std::string_view in, std::string& out, bool last, const std::string& where) {
    pending_.append(in.data(), in.size());
    char* src = pending_.data();
    std::size_t src_left = pending_.size();
    while (src_left > 0) {
      char buffer[16384];
      char* dst = buffer;
      std::size_t dst_left = sizeof buffer;
      const std::size_t r = iconv(cd_, &src, &src_left, &dst, &dst_left);
      out.append(buffer, sizeof buffer - dst_left);
      if (r != static_cast<std::size_t>(-1)) continue;
      if (errno == E2BIG) continue;
      if (errno == EINVAL && !last) break;  // a character cut by the buffer's end
      const std::uint64_t offset = consumed_ + static_cast<std::uint64_t>(src - pending_.data());
      throw InputError(where + ": byte offset " + std::to_string(offset) + ": not valid " + encoding_ +
                       " (byte 0x" + hex(static_cast<unsigned char>(*src)) + ")");
    }
    consumed_ += static_cast<std::uint64_t>(src - pending_.data());
    pending_.erase(0, static_cast<std::size_t>(src - pending_.data()));
  }

 private:
  static std::string hex(unsigned char c) {
    static constexpr char digits[] = "0123456789ABCDEF";
    return {digits[c >> 4], digits[c & 15]};
  }
  std::string encoding_;
  iconv_t cd_;
  std::string pending_;
  std::uint64_t consumed_ = 0;
};

}  // namespace kinerja::sdk
