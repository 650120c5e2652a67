// articles.csv for the sentiment plugin: tanggal, kanal, media, judul, sentimen.
#include <cmath>
#include <string>

#include "csv_writer.hpp"
#include "generators.hpp"
#include "random.hpp"
#include "seed_2023.hpp"

namespace kinerja::generator {

namespace {

constexpr const char* outlets[] = {"kompas.com", "detik.com", "antaranews.com", "republika.co.id", "tempo.co",
                                   "cnnindonesia.com", "liputan6.com", "tribunnews.com", "X (Twitter)",
                                   "Instagram", "TikTok", "YouTube", "Metro TV", "TVRI", "RRI"};
constexpr const char* topics[] = {"penyaluran bansos", "Program Keluarga Harapan", "bantuan pangan non tunai",
                                  "rehabilitasi sosial anak", "penanganan bencana", "Sekolah Rakyat",
                                  "data terpadu kesejahteraan sosial", "layanan aduan", "disabilitas",
                                  "lansia terlantar"};

const char* channel_of(std::size_t outlet) {
  if (outlet < 8) return "online";
  if (outlet < 12) return "sosial";
  return "elektronik";
}

}  // namespace

long write_articles(const Options& options) {
  Random random(options.seed ^ 0xA871C1E5ULL);
  CsvWriter csv(options.out / "articles.csv", options.separator);
  csv.row({"tanggal", "kanal", "media", "judul", "sentimen"});
  for (int m = 0; m < 12; ++m) {
    const MonthShares& s = sentiment_2023[static_cast<std::size_t>(m)];
    const long count = share_of(options.articles, 12, m);
    // The negative share is the indicator: keep it as printed; split the
    // rest in the printed ratio of positive to neutral.
    const long negative = std::lround(static_cast<double>(count) * s.negative / 100.0);
    const long positive = std::lround(static_cast<double>(count - negative) * s.positive / (s.positive + s.neutral));
    const int days = kinerja::sdk::days_in_month(2023, m + 1);
    long negatives_so_far = 0, positives_so_far = 0;
    for (long k = 0; k < count; ++k) {
      // Labels spread evenly through the month (Bresenham-like), dates in order.
      const char* label = "netral";
      if ((k + 1) * negative / count > negatives_so_far) {
        label = "negatif";
        ++negatives_so_far;
      } else if ((k + 1) * positive / count > positives_so_far) {
        label = "positif";
        ++positives_so_far;
      }
      const kinerja::sdk::Date date{2023, m + 1, static_cast<int>(1 + k * days / count)};
      const std::size_t outlet = random.below(std::size(outlets));
      const std::string title = "Kemensos dan " + std::string(topics[random.below(std::size(topics))]) +
                                ", laporan " + std::to_string(k + 1);
      csv.row({date_text(date, options.separator), channel_of(outlet), outlets[outlet], title, label});
    }
  }
  return csv.finish();
}

}  // namespace kinerja::generator
