#include "labels.hpp"

#include "diagnostics.hpp"
#include "json_file.hpp"

namespace kinerja::report {

Labels Labels::load(const std::filesystem::path& path, Language language) {
  const json document = read_json_file(path);
  if (!document.is_object()) {
    throw FileError(path.string() + ": expected an object of labels {\"key\": \"text\"}");
  }
  std::map<std::string, std::string> words;
  for (const auto& [key, value] : document.items()) {
    if (!value.is_string()) {
      throw FileError(path.string() + ": /" + key + ": expected the label as a string");
    }
    words.emplace(key, value.get<std::string>());
  }
  return Labels(language, std::move(words));
}

std::string Labels::operator()(const std::string& key) const { return find(key).value_or(key); }

std::optional<std::string> Labels::find(const std::string& key) const {
  const auto found = words_.find(key);
  if (found == words_.end()) return std::nullopt;
  return found->second;
}

}  // namespace kinerja::report
