// The CSV reader under kinerja::sdk::Table: RFC 4180 quoting (a quoted
// field may hold the delimiter, quotes doubled, and line breaks), LF or
// CRLF, the delimiter given or found (',', ';', tab or '|': the one that
// splits the first lines into the same number of fields), a UTF-8
// byte-order mark skipped and a UTF-16 one honoured. The text is checked to
// be UTF-8, or converted from the encoding the config names; a bad byte is
// refused with its line and byte offset. Reads the file in large blocks and
// hands out each record's fields as views into its buffer: memory does
// not grow with the rows, and no field is copied unless it holds doubled
// quotes.
//
// Header-only, like the rest of the SDK: a plugin compiles it itself.
#pragma once

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <kinerja/sdk/encoding.hpp>
#include <kinerja/sdk/raw_row.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

// A file opened for reading that must be a regular file: a FIFO, device,
// socket or folder is refused by name before anything blocks on it.
class InputFile {
 public:
  explicit InputFile(const std::filesystem::path& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) throw InputError(path.string() + ": cannot open for reading (" + std::strerror(errno) + ")");
    struct stat st {};
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd_);
      fd_ = -1;
      throw InputError(path.string() + ": not a regular file (a folder, device, pipe or socket cannot be read as input)");
    }
    size_ = static_cast<std::uint64_t>(st.st_size);
  }
  ~InputFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Up to `n` bytes into `out`; 0 at the end.
  std::size_t read(char* out, std::size_t n) {
    for (;;) {
      const ssize_t got = ::read(fd_, out, n);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) throw InputError(path_.string() + ": read failed (" + std::strerror(errno) + ")");
    }
  }
  std::uint64_t size() const { return size_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

namespace csv {

struct Options {
  char delimiter = 0;                   // 0: found from the first lines
  std::optional<std::string> encoding;  // for iconv; nothing: UTF-8, checked
};

class Reader : public RowSource {
 public:
  static constexpr std::size_t block_size = 1 << 20;

  explicit Reader(std::filesystem::path path, Options options = {})
      : path_(std::move(path)), file_(path_), delimiter_(options.delimiter) {
    if (options.encoding) decoder_ = std::make_unique<Decoder>(*options.encoding);
    read_start();
    if (delimiter_ == 0) delimiter_ = detect_delimiter();
  }

  bool next(RawRow& row) override {
    row.types.clear();
    for (;;) {
      std::size_t end = 0, newlines = 0;
      if (!find_record_end(end, newlines)) return false;
      std::string_view record(buf_.data() + begin_, end - begin_);
      const std::size_t start_line = line_;
      begin_ = end < end_ ? end + 1 : end;  // past the '\n'
      line_ += newlines + 1;
      if (!record.empty() && record.back() == '\r') record.remove_suffix(1);
      if (record.empty()) continue;  // a blank line
      row.line = start_line;
      split(record, row);
      return true;
    }
  }

  std::string name() const override { return path_.filename().string(); }
  std::string location(std::size_t line) const override { return path_.string() + ":" + std::to_string(line); }
  const std::filesystem::path& path() const override { return path_; }
  std::uint64_t bytes_read() const override { return raw_consumed_; }
  std::uint64_t size() const override { return file_.size(); }
  char delimiter() const { return delimiter_; }
  bool had_bom() const { return bom_; }

 private:
  // The first block: a byte-order mark, then the encoding's check.
  void read_start() {
    std::string raw(block_size, '\0');
    raw.resize(read_raw(raw.data(), raw.size()));
    std::size_t skip = 0;
    if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      // A UTF-8 byte-order mark says what the file is, whatever the config
      // names (a second guess at a file that says it is UTF-8 would garble it).
      skip = 3;
      bom_ = true;
      decoder_.reset();
    } else if (raw.size() >= 2 && !decoder_ &&
               ((raw[0] == '\xFF' && raw[1] == '\xFE') || (raw[0] == '\xFE' && raw[1] == '\xFF'))) {
      decoder_ = std::make_unique<Decoder>("UTF-16");  // Excel's "Unicode text": its BOM says which byte order
      bom_ = true;
    } else if (!decoder_ && looks_like_utf16(raw)) {
      throw InputError(path_.string() + ": the file looks like UTF-16 without a byte-order mark (every other byte is 0); "
                       "name its encoding, e.g. \"encoding\": \"utf-16le\"");
    }
    // Classic Mac line ends (CR only, "CSV (Macintosh)" in Excel): read as LF.
    cr_only_ = raw.find('\n') == std::string::npos && raw.find('\r') != std::string::npos;
    utf8_base_ = skip;
    append(std::string_view(raw).substr(skip));
  }

  // Many NUL bytes at even or odd offsets: UTF-16 text read as bytes.
  static bool looks_like_utf16(const std::string& raw) {
    const std::size_t n = std::min<std::size_t>(raw.size(), 1024);
    std::size_t nuls = 0;
    for (std::size_t i = 0; i < n; ++i) nuls += raw[i] == '\0' ? 1 : 0;
    return n >= 8 && nuls * 3 >= n;
  }

  std::size_t read_raw(char* out, std::size_t n) {
    const std::size_t got = file_.read(out, n);
    raw_consumed_ += got;
    if (got == 0) eof_ = true;
    return got;
  }

  // Appends a block of the file's bytes, as UTF-8.
  void append(std::string_view raw) {
    const std::size_t appended_from = buf_.size();
    if (decoder_) {
      decoder_->decode(raw, buf_, eof_, path_.string());
      end_ = buf_.size();
      if (cr_only_) std::replace(buf_.begin() + static_cast<std::ptrdiff_t>(appended_from), buf_.end(), '\r', '\n');
      return;
    }
    const std::size_t checked_from = buf_.size() - carry_;
    buf_.append(raw.data(), raw.size());
    if (cr_only_) std::replace(buf_.begin() + static_cast<std::ptrdiff_t>(appended_from), buf_.end(), '\r', '\n');
    end_ = buf_.size();
    bool incomplete = false;
    const std::string_view fresh(buf_.data() + checked_from, buf_.size() - checked_from);
    const std::size_t ok = valid_utf8_prefix(fresh, incomplete);
    if (ok == fresh.size()) {
      carry_ = 0;
      return;
    }
    if (incomplete && !eof_) {
      carry_ = fresh.size() - ok;
      return;
    }
    bad_utf8(checked_from + ok);
  }

  [[noreturn]] void bad_utf8(std::size_t at) const {
    const std::size_t line = line_ + static_cast<std::size_t>(std::count(buf_.data() + begin_, buf_.data() + at, '\n'));
    const std::uint64_t offset = utf8_base_ + dropped_ + at;
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(buf_[at]));
    throw InputError(location(line) + ": byte offset " + std::to_string(offset) + ": not UTF-8 (byte " + byte +
                     "); if the file is in another encoding, name it, e.g. \"encoding\": \"windows-1252\"");
  }

  // More of the file; false at its end. Keeps the unread part.
  bool fill() {
    if (eof_) return false;
    if (begin_ > 0) {
      buf_.erase(0, begin_);
      dropped_ += begin_;
      scan_ -= begin_;
      end_ -= begin_;
      begin_ = 0;
    }
    std::string raw(block_size, '\0');
    raw.resize(read_raw(raw.data(), raw.size()));
    if (raw.empty()) {
      if (decoder_) append({});  // flush a cut character as an error
      if (carry_ != 0) bad_utf8(buf_.size() - carry_);
      return false;
    }
    append(raw);
    return true;
  }

  // The end of the record that starts at begin_ (the index of its '\n',
  // or end_ for a last line without one), and the line breaks inside its
  // quoted fields. False when no record is left.
  bool find_record_end(std::size_t& end, std::size_t& newlines) {
    scan_ = begin_;
    bool quoted = false;
    newlines = 0;
    for (;;) {
      const std::size_t limit = end_ - carry_;
      while (scan_ < limit) {
        const char* p = buf_.data() + scan_;
        const std::size_t left = limit - scan_;
        if (quoted) {
          const void* q = std::memchr(p, '"', left);
          const std::size_t upto = q ? static_cast<std::size_t>(static_cast<const char*>(q) - p) : left;
          newlines += static_cast<std::size_t>(std::count(p, p + upto, '\n'));
          if (!q) {
            scan_ = limit;
            break;
          }
          const std::size_t at = scan_ + upto;
          if (at + 1 >= limit && !eof_) {  // is it doubled? the next block tells
            scan_ = at;
            fill();
            break;
          }
          if (at + 1 < limit && buf_[at + 1] == '"') {
            scan_ = at + 2;  // a doubled quote: still inside
          } else {
            scan_ = at + 1;
            quoted = false;
          }
          continue;
        }
        const void* nl = std::memchr(p, '\n', left);
        const std::size_t upto = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - p) : left;
        const void* q = std::memchr(p, '"', upto);
        if (q) {
          const std::size_t at = scan_ + static_cast<std::size_t>(static_cast<const char*>(q) - p);
          scan_ = at + 1;
          quoted = opens_field(at);  // a quote inside an unquoted field is only a character
          continue;
        }
        if (nl) {
          end = scan_ + upto;
          return true;
        }
        scan_ = limit;
      }
      if (scan_ < end_ - carry_) continue;  // the block just read, with the quote before it
      if (!fill()) {
        if (quoted) {
          throw InputError(location(line_) + ": a quoted field is not closed before the end of the file");
        }
        if (begin_ >= end_) return false;
        end = end_;
        return true;
      }
    }
  }

  // Whether the quote at buf_[at] opens a quoted field: it is the first
  // character of its field but for spaces.
  bool opens_field(std::size_t at) const {
    std::size_t i = at;
    while (i > begin_ && buf_[i - 1] == ' ') --i;
    return i == begin_ || buf_[i - 1] == delimiter_;
  }

  // Splits one record into fields; doubled quotes are undone into scratch_.
  void split(std::string_view record, RawRow& row) {
    row.cells.clear();
    scratch_.clear();
    pieces_.clear();
    std::size_t i = 0;
    const std::size_t n = record.size();
    for (;;) {
      std::size_t s = i;
      while (s < n && record[s] == ' ') ++s;  // spaces before an opening quote
      if (s < n && record[s] == '"') {
        const std::size_t scratch_start = scratch_.size();
        bool doubled = false;
        std::size_t j = s + 1, content = j;
        for (;;) {
          const std::size_t q = record.find('"', j);
          if (q == std::string_view::npos) {
            throw InputError(location(row.line) + ": a quoted field is not closed");
          }
          if (q + 1 < n && record[q + 1] == '"') {
            scratch_.append(record.data() + j, q + 1 - j);
            doubled = true;
            j = q + 2;
            continue;
          }
          if (doubled) scratch_.append(record.data() + j, q - j);
          if (doubled) pieces_.push_back({scratch_start, scratch_.size() - scratch_start, true});
          else pieces_.push_back({content, q - content, false});
          j = q + 1;
          break;
        }
        while (j < n && (record[j] == ' ' || (record[j] == '\t' && delimiter_ != '\t'))) ++j;  // not a tab that delimits
        if (j < n && record[j] != delimiter_) {
          throw InputError(location(row.line) + ": field " + std::to_string(pieces_.size()) +
                           ": text after the closing quote (quote the whole field and double the quotes inside)");
        }
        if (j >= n) break;
        i = j + 1;
        continue;
      }
      const void* d = std::memchr(record.data() + i, delimiter_, n - i);
      const std::size_t end = d ? static_cast<std::size_t>(static_cast<const char*>(d) - record.data()) : n;
      pieces_.push_back({i, end - i, false});
      if (!d) break;
      i = end + 1;
      if (i == n) {  // a delimiter at the end: one more, empty field
        pieces_.push_back({n, 0, false});
        break;
      }
    }
    for (const Piece& p : pieces_) {
      row.cells.emplace_back(p.in_scratch ? scratch_.data() + p.offset : record.data() + p.offset, p.size);
    }
  }

  // The delimiter that splits the first lines (up to 30, outside quotes)
  // into the same number of fields most often; ',' when none does.
  char detect_delimiter() {
    while (!eof_ && end_ < (1u << 16) && std::count(buf_.data(), buf_.data() + end_, '\n') < 30) fill();
    const std::string_view sample(buf_.data() + begin_, end_ - begin_);
    static constexpr char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    std::size_t best_lines = 0, best_fields = 0;
    for (char c : candidates) {
      std::vector<std::size_t> counts;
      std::size_t count = 0;
      bool quoted = false, content = false, field_start = true;
      for (std::size_t i = 0; i < sample.size() && counts.size() < 30; ++i) {
        const char ch = sample[i];
        if (quoted) {  // as the reader: a quote closes unless doubled
          if (ch == '"' && i + 1 < sample.size() && sample[i + 1] == '"') ++i;
          else if (ch == '"') quoted = false;
          continue;
        }
        // Only a field's first character opens quotes ('24" TV' holds none),
        // a field of whichever candidate: '1;"a, b"' hides its comma.
        if (ch == '"' && field_start) quoted = true;
        else if (ch == c) ++count;
        else if (ch == '\n') {
          if (content) counts.push_back(count);
          count = 0;
          content = false;
          field_start = true;
          continue;
        }
        if (ch != '\r') content = true;
        if (std::find(std::begin(candidates), std::end(candidates), ch) != std::end(candidates)) field_start = true;
        else if (ch != ' ') field_start = false;
      }
      if (content) counts.push_back(count);
      // The most frequent non-zero count, and on how many lines.
      std::size_t mode = 0, mode_lines = 0;
      for (std::size_t k : counts) {
        if (k == 0) continue;
        const std::size_t lines = static_cast<std::size_t>(std::count(counts.begin(), counts.end(), k));
        if (lines > mode_lines || (lines == mode_lines && k > mode)) {
          mode = k;
          mode_lines = lines;
        }
      }
      if (mode_lines > best_lines || (mode_lines == best_lines && mode > best_fields)) {
        best = c;
        best_lines = mode_lines;
        best_fields = mode;
      }
    }
    return best;
  }

  std::filesystem::path path_;
  InputFile file_;
  char delimiter_;
  std::unique_ptr<Decoder> decoder_;
  std::string buf_;              // UTF-8 text; [begin_, end_) not yet handed out
  std::size_t begin_ = 0, end_ = 0, scan_ = 0;
  std::size_t carry_ = 0;        // bytes at the end of buf_ that start a character cut by the block
  std::uint64_t dropped_ = 0;    // bytes of buf_ already dropped from its front
  std::uint64_t utf8_base_ = 0;  // file offset of the first byte of text (after a BOM)
  std::uint64_t raw_consumed_ = 0;
  std::size_t line_ = 1;
  bool eof_ = false;
  bool bom_ = false;
  bool cr_only_ = false;
  std::string scratch_;
  struct Piece {
    std::size_t offset, size;
    bool in_scratch;
  };
  std::vector<Piece> pieces_;
};

}  // namespace csv
}  // namespace kinerja::sdk
