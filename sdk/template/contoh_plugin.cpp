// contoh: the share of recommendations followed up (selesai or proses; arsip
// left out), from an export with one row each, read by the SDK's table layer
// (CSV or xlsx, title rows, encodings, Indonesian dates, words through "map").
// A template: copy this folder, rename "contoh", and change it.
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/table.hpp>

#include <array>

namespace {

namespace sdk = kinerja::sdk;

// The columns read from each row, by index, and the statuses, in order.
enum Field : std::size_t { tanggal, status };
enum Status : std::size_t { selesai, proses, belum, arsip };

sdk::Fields record_fields() {
  sdk::Fields f;
  f.date("tanggal", "The date of the recommendation.").columns({"tanggal", "tanggal rekomendasi", "date"});
  f.category("status", {"selesai", "proses", "belum", "arsip"}, "Its follow-up status.")
      .columns({"status", "status tindak lanjut"})
      .words({{"sudah ditindaklanjuti", "selesai"}, {"dalam proses", "proses"}, {"belum ditindaklanjuti", "belum"}});
  return f;
}

// What the params give; each member's initial value is its default.
struct Settings {
  std::optional<sdk::TableSpec> records;
  sdk::Period period;  // the config's year unless given
};

class ContohPlugin : public sdk::PluginWith<ContohPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  // Each parameter described once: the SDK derives the schema, checks, settings.
  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.table("records", &Settings::records, record_fields(), "The export, one recommendation per row.")
        .required().example("tindak-lanjut.csv");
    p.period("period", &Settings::period, "The dates counted, inclusive. Default: the config's year.");
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "contoh";
    info.version = "1.0.0";
    info.description = "Share of recommendations followed up, from an export (CSV or xlsx)";
    info.indicator_types = {"contoh"};
    info.parameters = schema();
    info.measures = {{"followed_up_share", "%", true, "Share of recommendations followed up",
                      "Persentase rekomendasi yang ditindaklanjuti",
                      "(selesai + proses) / (selesai + proses + belum) x 100; arsip left out", 90, 0, 100}};
    return info;
  }

  // Checks beyond the parameters (`kinerja validate`, and before evaluating).
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    sdk::check_headers(*s.records, record_fields(), "/params/records", problems);
  }

  sdk::Result compute(const sdk::Request&, const Settings& s) override {
    const sdk::Fields fields = record_fields();
    sdk::Table table(*s.records, fields, &host());
    std::array<long, 4> count{};
    sdk::Record r;
    while (table.next(r)) {
      if (s.period.contains(r.date(tanggal))) ++count[r.category(status)];
    }
    const long done = count[selesai] + count[proses], total = done + count[belum];
    sdk::Result result = sdk::Result::missing_value("no recommendation in " + s.period.text());
    if (total > 0) {
      const double share = 100.0 * static_cast<double>(done) / static_cast<double>(total);
      result = sdk::Result::final_value(share);
      result.measures = {{"followed_up_share", share}};
      result.note = std::to_string(done) + " of " + std::to_string(total) + " recommendations followed up";
    }
    result.breakdown = {{"selesai", count[selesai]}, {"proses", count[proses]}, {"belum", count[belum]},
                        {"arsip", count[arsip]},     {"input", table.breakdown()}};
    result.warnings = table.warnings();
    result.inputs = table.files();
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(ContohPlugin)
