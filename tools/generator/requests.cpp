// requests.csv for the ppid plugin:
// nomor, tanggal_diterima, tanggal_dijawab, jenis_informasi, perpanjangan.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "generators.hpp"
#include "random.hpp"
#include "seed_2023.hpp"

namespace kinerja::generator {

namespace {

struct Request {
  kinerja::sdk::Date received;
  const char* kind;
  long delay = 0;  // working days
};

kinerja::sdk::Date add_working_days(const kinerja::sdk::WorkingDayCalendar& calendar, kinerja::sdk::Date date,
                                    long days) {
  long day = date.days();
  while (days > 0) {
    ++day;
    if (calendar.is_working_day(kinerja::sdk::Date::from_days(day))) --days;
  }
  return kinerja::sdk::Date::from_days(day);
}

}  // namespace

long write_requests(const Options& options, const kinerja::sdk::WorkingDayCalendar& calendar) {
  Random random(options.seed ^ 0x99D1DULL);
  CsvWriter csv(options.out / "requests.csv", options.separator);
  csv.row({"nomor", "tanggal_diterima", "tanggal_dijawab", "jenis_informasi", "perpanjangan"});
  const double scale = static_cast<double>(options.requests) / 205.0;
  long number = 0;
  for (int m = 0; m < 12; ++m) {
    const PpidMonth& p = ppid_2023[static_cast<std::size_t>(m)];
    std::vector<Request> month;
    const auto add = [&](int printed, const char* kind) {
      for (long i = 0, n = std::lround(printed * scale); i < n; ++i) month.push_back({{}, kind, 0});
    };
    add(p.berkala, "berkala");
    add(p.setiap_saat, "setiap_saat");
    add(p.serta_merta, "serta_merta");
    add(p.dikecualikan, "dikecualikan");
    if (month.empty()) continue;
    // Working days of the month to receive on.
    std::vector<kinerja::sdk::Date> working;
    for (int d = 1; d <= kinerja::sdk::days_in_month(2023, m + 1); ++d) {
      if (calendar.is_working_day({2023, m + 1, d})) working.push_back({2023, m + 1, d});
    }
    // Whole delays summing to the printed mean times the count.
    const auto n = static_cast<long>(month.size());
    const long total = std::lround(p.mean_days * static_cast<double>(n));
    const long longest = total / n + 1;
    // In December, answers must still fall in the year the calendar covers.
    const std::size_t last = m == 11 ? working.size() - static_cast<std::size_t>(longest) : working.size();
    for (long i = 0; i < n; ++i) {
      auto& r = month[static_cast<std::size_t>(i)];
      r.delay = total / n + (i < total % n ? 1 : 0);
      r.received = working[random.below(last)];
    }
    std::stable_sort(month.begin(), month.end(),
                     [](const Request& a, const Request& b) { return a.received.days() < b.received.days(); });
    for (const auto& r : month) {
      char id[32];
      std::snprintf(id, sizeof id, "PPID-2023-%04ld", ++number);
      const auto answered = add_working_days(calendar, r.received, r.delay);
      csv.row({id, date_text(r.received, options.separator), date_text(answered, options.separator), r.kind, "tidak"});
    }
  }
  return csv.finish();
}

}  // namespace kinerja::generator
