// The three event logs of IKK 1, 3 and 4, generated from the seed's
// aggregates (seed_2023.hpp), deterministic for a given seed and size.
#pragma once

#include <filesystem>

#include <kinerja/sdk/calendar.hpp>

namespace kinerja::generator {

struct Options {
  std::filesystem::path out;
  long articles = 0;    // 0: leave the file out
  long requests = 0;
  long complaints = 0;
  std::uint64_t seed = 2023;
  char separator = ',';  // ';' writes DD/MM/YYYY dates too, as Indonesian exports do
};

// Each writes its file into options.out and returns the number of rows.
long write_articles(const Options& options);
long write_requests(const Options& options, const kinerja::sdk::WorkingDayCalendar& calendar);
long write_complaints(const Options& options, const kinerja::sdk::WorkingDayCalendar& calendar);

// Spreads `total` over `parts` as evenly as whole numbers allow.
long share_of(long total, int parts, int index);

// The date as the file's dialect writes it.
std::string date_text(const kinerja::sdk::Date& date, char separator);

}  // namespace kinerja::generator
