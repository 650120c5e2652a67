// contoh: the share of records whose status counts as done, from a CSV
// export (for example "Persentase rekomendasi yang ditindaklanjuti").
//
// A template: copy this folder, rename "contoh", and change evaluate().
#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/plugin.hpp>

#include <algorithm>
#include <map>

namespace {

using kinerja::sdk::json;

class ContohPlugin : public kinerja::sdk::Plugin {
 public:
  using Plugin::Plugin;

  // What `kinerja plugins info contoh` shows. Parameters are checked by the
  // host against this description before evaluate() is called; "examples"
  // are what the sample indicator shows.
  static kinerja::sdk::PluginInfo info() {
    kinerja::sdk::PluginInfo info;
    info.name = "contoh";
    info.version = "1.0.0";
    info.description = "Share of records (CSV) whose status counts as done";
    info.indicator_types = {"contoh"};
    info.parameters = json::parse(R"({
      "type": "object",
      "properties": {
        "records": {"type": "string", "format": "path", "description": "CSV export, one record per row.",
                    "examples": ["tindak-lanjut.csv"]},
        "status_column": {"type": "string", "default": "status", "description": "Column holding each record's status."},
        "done": {"type": "array", "items": {"type": "string"}, "description": "Statuses that count as done.",
                 "examples": [["selesai", "proses"]]},
        "excluded": {"type": "array", "items": {"type": "string"}, "default": [],
                     "description": "Statuses left out of the total (e.g. archived as spam)."}
      },
      "required": ["records", "done"]
    })");
    return info;
  }

  // Rules the description cannot say.
  std::vector<kinerja::sdk::Problem> check(const kinerja::sdk::Request& request) override {
    const auto done = request.params["done"].get<std::vector<std::string>>();
    const auto excluded = request.params["excluded"].get<std::vector<std::string>>();
    if (done.empty()) return {{"/params/done", "name at least one status"}};
    for (const auto& status : done) {
      if (std::find(excluded.begin(), excluded.end(), status) != excluded.end()) {
        return {{"/params/excluded", "status '" + status + "' cannot be both done and excluded"}};
      }
    }
    return {};
  }

  kinerja::sdk::Result evaluate(const kinerja::sdk::Request& request) override {
    // The host does not call check() before evaluate(): apply its rules here too.
    if (const auto problems = check(request); !problems.empty()) {
      throw kinerja::sdk::ConfigError(problems.front().path + ": " + problems.front().message);
    }
    const json& p = request.params;
    const auto done = p["done"].get<std::vector<std::string>>();
    const auto excluded = p["excluded"].get<std::vector<std::string>>();
    const auto has = [](const std::vector<std::string>& list, const std::string& s) {
      return std::find(list.begin(), list.end(), s) != list.end();
    };

    kinerja::sdk::csv::Reader reader(p["records"].get<std::string>());
    const std::size_t status = reader.column(p["status_column"].get<std::string>(), "status_column");
    std::map<std::string, long> per_status;
    long total = 0, counted = 0;
    kinerja::sdk::csv::Row row;
    while (reader.next(row)) {
      const std::string value = kinerja::sdk::csv::Reader::trim(row.fields[status]);
      ++per_status[value];
      if (has(excluded, value)) continue;
      ++total;
      if (has(done, value)) ++counted;
    }

    if (total == 0) return kinerja::sdk::Result::missing_value("no records outside the excluded statuses");
    auto result = kinerja::sdk::Result::final_value(100.0 * static_cast<double>(counted) / static_cast<double>(total));
    result.unit = "%";
    result.note = std::to_string(counted) + " of " + std::to_string(total) + " records done";
    result.breakdown = {{"per_status", per_status}, {"total", total}, {"done", counted}};
    result.inputs.push_back(reader.path().string());
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(ContohPlugin)
