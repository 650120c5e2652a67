// manual: a realisasi written in the config, with its evidence. How values
// computed elsewhere (a letter from APIP, a dashboard figure) enter kinerja.
// No measures: the unit parameter says what the value is.
#include <optional>
#include <string>

#include <kinerja/sdk/plugin.hpp>

namespace {

namespace sdk = kinerja::sdk;

struct Pending {
  std::string reason;
  std::optional<double> provisional;
};

struct Settings {
  std::optional<double> realisasi;
  std::string unit;
  std::string evidence;
  std::optional<Pending> pending;
};

sdk::Parameters<Pending> pending_parameters() {
  sdk::Parameters<Pending> p;
  p.text("reason", &Pending::reason, "Why it is pending, e.g. \"dalam proses penilaian APIP\".").required();
  p.number("provisional", &Pending::provisional, "A provisional value, if one is known.");
  return p;
}

class ManualPlugin : public sdk::PluginWith<ManualPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.number("realisasi", &Settings::realisasi, "The measured value.").example(13.51);
    p.text("unit", &Settings::unit, "Unit of the realisasi, e.g. \"%\" or \"hari kerja\"; defaults to the target's.");
    p.text("evidence", &Settings::evidence, "Where the value comes from: document, letter, dashboard.")
        .example("Laporan rekapitulasi 2023, lampiran 2");
    p.object("pending", &Settings::pending, pending_parameters(),
             "The value is not final yet (e.g. still being assessed by APIP).");
    // Neither is allowed: the value is then missing, not refused.
    p.rule([](const Settings&, const sdk::json& params, const std::string& at, sdk::Reading& r) {
      if (params.contains("realisasi") && params.contains("pending")) {
        r.problem(at + "/pending", "give either realisasi (final) or pending (with an optional provisional value), not both");
      }
    });
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "manual";
    info.version = "1.0.0";
    info.description = "Realisasi written in the config, with its evidence; optionally pending";
    info.indicator_types = {"manual"};
    info.parameters = schema();
    return info;
  }

  sdk::Result compute(const sdk::Request&, const Settings& s) override {
    sdk::Result result = s.pending     ? sdk::Result::pending_value(s.pending->reason, s.pending->provisional)
                         : s.realisasi ? sdk::Result::final_value(*s.realisasi)
                                       : sdk::Result::missing_value("no realisasi given in the config yet");
    result.unit = s.unit;
    if (!s.evidence.empty()) result.note = s.evidence;
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(ManualPlugin)
