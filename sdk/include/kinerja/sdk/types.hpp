// The C++ view of what crosses the ABI: a request in, a result out.
// Header-only on purpose: a plugin built by another compiler or standard
// library compiles this itself and never links a C++ binary of ours.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kinerja::sdk {

using json = nlohmann::json;

struct Indicator {
  std::string id;
  std::string name;
  std::string type;
};

// What the host asks a plugin to evaluate. Parameters have already been
// checked against the plugin's parameter description, and every parameter
// described with "format": "path" is an absolute path.
struct Request {
  Indicator indicator;
  json params = json::object();
  std::string unit;  // the organisation unit, e.g. "Biro Humas"
  int year = 0;
  std::filesystem::path config_dir;

  static Request from_json(const json& j) {
    Request r;
    const json& ind = j.at("indicator");
    r.indicator = {ind.at("id").get<std::string>(), ind.value("name", std::string{}),
                   ind.at("type").get<std::string>()};
    r.params = j.value("params", json::object());
    r.unit = j.value("unit", std::string{});
    r.year = j.value("year", 0);
    r.config_dir = j.value("config_dir", std::string{});
    return r;
  }

  json to_json() const {
    return json{{"indicator", {{"id", indicator.id}, {"name", indicator.name}, {"type", indicator.type}}},
                {"params", params},
                {"unit", unit},
                {"year", year},
                {"config_dir", config_dir.string()}};
  }
};

enum class Status { final_value, pending, missing };

struct Pending {
  std::string reason;
  std::optional<double> provisional;
};

// What a plugin returns. Build it with the named constructors.
struct Result {
  Status status = Status::missing;
  std::optional<double> realisasi;
  std::string unit;
  std::string note;
  std::optional<Pending> pending;
  json breakdown = json::object();
  std::vector<std::string> warnings;
  std::vector<std::string> inputs;  // files read, so the host can hash them

  static Result final_value(double value) {
    Result r;
    r.status = Status::final_value;
    r.realisasi = value;
    return r;
  }
  static Result pending_value(std::string reason, std::optional<double> provisional = std::nullopt) {
    Result r;
    r.status = Status::pending;
    r.pending = Pending{std::move(reason), provisional};
    return r;
  }
  static Result missing_value(std::string why) {
    Result r;
    r.status = Status::missing;
    r.note = std::move(why);
    return r;
  }

  json to_json() const {
    json j{{"status", status == Status::final_value ? "final"
                      : status == Status::pending   ? "pending"
                                                    : "missing"}};
    if (realisasi) j["realisasi"] = *realisasi;
    if (!unit.empty()) j["unit"] = unit;
    if (!note.empty()) j["note"] = note;
    if (pending) {
      json p{{"reason", pending->reason}};
      if (pending->provisional) p["provisional"] = *pending->provisional;
      j["pending"] = p;
    }
    if (!breakdown.empty()) j["breakdown"] = breakdown;
    if (!warnings.empty()) j["warnings"] = warnings;
    if (!inputs.empty()) j["inputs"] = inputs;
    return j;
  }
};

// One thing wrong with a request, found by Plugin::check.
// `path` is a JSON pointer into the request, e.g. "/params/pending".
struct Problem {
  std::string path;
  std::string message;
};

// Throw from evaluate() when the parameters are wrong.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throw from evaluate() when an input file is missing or malformed; say the
// file and line in the message.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kinerja::sdk
