// complaints.csv for the lapor plugin: nomor_tracking, tanggal_diterima,
// status, tanggal_tindak_lanjut, tanggal_selesai, kategori, unit, rating.
#include <cmath>
#include <cstdio>
#include <string>

#include "csv_writer.hpp"
#include "generators.hpp"
#include "random.hpp"
#include "seed_2023.hpp"

namespace kinerja::generator {

namespace {

constexpr const char* categories[] = {"Aduan tidak berkadar pengawasan", "Permintaan informasi",
                                      "Aduan berkadar pengawasan", "Aspirasi", "Lainnya"};
constexpr const char* units[] = {"Biro Humas", "Inspektorat Jenderal", "Pusdatin Kessos", "Pusat Kendali"};

kinerja::sdk::Date add_working_days(const kinerja::sdk::WorkingDayCalendar& calendar, kinerja::sdk::Date date,
                                    long days) {
  long day = date.days();
  while (days > 0) {
    ++day;
    if (calendar.is_working_day(kinerja::sdk::Date::from_days(day))) --days;
  }
  return kinerja::sdk::Date::from_days(day);
}

// Ratings 5, 4, 3 in the proportion 40 : 47 : 13, whose mean is the seed's 4.27.
const char* rating_for(long k) {
  const long r = k % 100;
  return r < 40 ? "5" : r < 87 ? "4" : "3";
}

}  // namespace

long write_complaints(const Options& options, const kinerja::sdk::WorkingDayCalendar& calendar) {
  Random random(options.seed ^ 0x1A9012ULL);
  CsvWriter csv(options.out / "complaints.csv", options.separator);
  csv.row({"nomor_tracking", "tanggal_diterima", "status", "tanggal_tindak_lanjut", "tanggal_selesai", "kategori",
           "unit", "rating"});
  const long seed_total = lapor_belum + lapor_proses + lapor_selesai + lapor_arsip;
  const double scale = static_cast<double>(options.complaints) / static_cast<double>(seed_total);
  const long proses = std::lround(lapor_proses * scale);
  const long arsip = std::lround(lapor_arsip * scale);
  const long belum = std::lround(lapor_belum * scale);
  const long selesai = options.complaints - proses - arsip - belum;
  const long first_day = kinerja::sdk::Date{2023, 1, 2}.days();
  long number = 0;
  const auto emit = [&](const char* status, long count, long from_day, long to_day) {
    for (long k = 0; k < count; ++k) {
      const auto received = kinerja::sdk::Date::from_days(from_day + k * (to_day - from_day) / count);
      std::string followed, closed, rating;
      if (std::string(status) == "selesai") {
        // 1..10 working days in turn: the seed's RTL of 5.5 days.
        followed = date_text(add_working_days(calendar, received, 1 + k % 10), options.separator);
      } else if (std::string(status) == "proses") {
        // Received in December and acted on within the year.
        followed = date_text(add_working_days(calendar, received, 1 + k % 3), options.separator);
      }
      if (std::string(status) == "selesai") {
        // Closed by the system ten working days after the follow-up.
        closed = date_text(add_working_days(calendar, received, 1 + k % 10 + 10), options.separator);
        rating = rating_for(k);
      }
      char id[32];
      std::snprintf(id, sizeof id, "LAPOR-2023-%06ld", ++number);
      csv.row({id, date_text(received, options.separator), status, followed, closed,
               categories[random.below(std::size(categories))], units[random.below(std::size(units))], rating});
    }
  };
  const long last_day = kinerja::sdk::Date{2023, 12, 31}.days();
  // Closed ones over the year (closing up to mid-December), open ones late.
  emit("selesai", selesai, first_day, kinerja::sdk::Date{2023, 11, 15}.days());
  emit("arsip", arsip, first_day, last_day);
  emit("belum", belum, kinerja::sdk::Date{2023, 12, 28}.days(), last_day);
  emit("proses", proses, kinerja::sdk::Date{2023, 12, 11}.days(), kinerja::sdk::Date{2023, 12, 18}.days());
  return csv.finish();
}

}  // namespace kinerja::generator
