// Problems found in a config or a request, collected so that a user sees all
// of them in one run, each with the file and the JSON path it concerns.
#pragma once

#include <string>
#include <vector>

namespace kinerja {

struct Diagnostic {
  std::string file;     // may be empty
  std::string pointer;  // JSON pointer, e.g. "/sasaran/0/indicators/1/target"
  std::string message;

  // "FILE: POINTER: MESSAGE", leaving out what is empty.
  std::string to_string() const;
};

class Diagnostics {
 public:
  explicit Diagnostics(std::string file = {}) : file_(std::move(file)) {}

  void add(std::string pointer, std::string message);
  void append(const Diagnostics& other);

  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  const std::string& file() const { return file_; }

  // One diagnostic per line.
  std::string to_string() const;

 private:
  std::string file_;
  std::vector<Diagnostic> items_;
};

// Thrown when a file cannot be used at all (unreadable, not JSON). The
// message already names the file and, where known, line and column.
class FileError : public std::exception {
 public:
  explicit FileError(std::string message) : message_(std::move(message)) {}
  const char* what() const noexcept override { return message_.c_str(); }

 private:
  std::string message_;
};

}  // namespace kinerja
