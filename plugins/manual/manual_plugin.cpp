// manual: a realisasi written in the config, with its evidence. How values
// computed elsewhere (a letter from APIP, a dashboard figure) enter kinerja.
#include <kinerja/sdk/plugin.hpp>

namespace {

using kinerja::sdk::json;

class ManualPlugin : public kinerja::sdk::Plugin {
 public:
  using Plugin::Plugin;

  static kinerja::sdk::PluginInfo info() {
    kinerja::sdk::PluginInfo info;
    info.name = "manual";
    info.version = "1.0.0";
    info.description = "Realisasi written in the config, with its evidence; optionally pending";
    info.indicator_types = {"manual"};
    info.parameters = json::parse(R"json({
      "type": "object",
      "properties": {
        "realisasi": {"type": "number", "description": "The measured value.", "examples": [13.51]},
        "unit": {"type": "string", "description": "Unit of the realisasi, e.g. \"%\" or \"hari kerja\"; defaults to the target's."},
        "evidence": {"type": "string", "description": "Where the value comes from: document, letter, dashboard.",
                     "examples": ["Laporan rekapitulasi 2023, lampiran 2"]},
        "pending": {
          "type": "object",
          "description": "The value is not final yet (e.g. still being assessed by APIP).",
          "properties": {
            "reason": {"type": "string", "description": "Why it is pending, e.g. \"dalam proses penilaian APIP\"."},
            "provisional": {"type": "number", "description": "A provisional value, if one is known."}
          },
          "required": ["reason"]
        }
      }
    })json");
    return info;
  }

  std::vector<kinerja::sdk::Problem> check(const kinerja::sdk::Request& request) override {
    if (request.params.contains("realisasi") && request.params.contains("pending")) {
      return {{"/params/pending",
               "give either realisasi (final) or pending (with an optional provisional value), not both"}};
    }
    return {};
  }

  kinerja::sdk::Result evaluate(const kinerja::sdk::Request& request) override {
    const json& p = request.params;
    if (const auto problems = check(request); !problems.empty()) {
      throw kinerja::sdk::ConfigError(problems.front().message);
    }
    kinerja::sdk::Result result;
    if (p.contains("pending")) {
      const json& pending = p["pending"];
      std::optional<double> provisional;
      if (pending.contains("provisional")) provisional = pending["provisional"].get<double>();
      result = kinerja::sdk::Result::pending_value(pending["reason"].get<std::string>(), provisional);
    } else if (p.contains("realisasi")) {
      result = kinerja::sdk::Result::final_value(p["realisasi"].get<double>());
    } else {
      result = kinerja::sdk::Result::missing_value("no realisasi given in the config yet");
    }
    result.unit = p.value("unit", std::string{});
    if (p.contains("evidence")) result.note = p["evidence"].get<std::string>();
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(ManualPlugin)
