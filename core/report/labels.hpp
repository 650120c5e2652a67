// The words of the report (headings, column names, status words) in one
// language, read from the templates folder's labels.json so that a unit can
// change them without recompiling.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "number_format.hpp"

namespace kinerja::report {

class Labels {
 public:
  Labels() = default;
  Labels(Language language, std::map<std::string, std::string> words)
      : language_(language), words_(std::move(words)) {}

  // Reads a JSON object of strings. Throws FileError naming the file and
  // the key on anything else.
  static Labels load(const std::filesystem::path& path, Language language);

  Language language() const { return language_; }
  // The word for `key`; the key itself when the file lacks it, so a
  // missing label shows up in the report instead of an empty cell.
  std::string operator()(const std::string& key) const;
  // The word for `key` when there is one.
  std::optional<std::string> find(const std::string& key) const;
  const std::map<std::string, std::string>& words() const { return words_; }

 private:
  Language language_ = Language::id;
  std::map<std::string, std::string> words_;
};

}  // namespace kinerja::report
