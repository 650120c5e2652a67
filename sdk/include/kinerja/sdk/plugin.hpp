// Write a plugin as an ordinary C++ class:
//
//   struct Settings { ... };                       // what the params give
//   class MyPlugin : public kinerja::sdk::PluginWith<MyPlugin, Settings> {
//    public:
//     using PluginWith::PluginWith;
//     static kinerja::sdk::Parameters<Settings> parameters();   // each described once
//     static kinerja::sdk::PluginInfo info();                   // name, version, measures
//     kinerja::sdk::Result compute(const kinerja::sdk::Request&, const Settings&) override;
//   };
//   KINERJA_PLUGIN(MyPlugin)
//
// (or derive from Plugin and read request.params yourself).
// KINERJA_PLUGIN generates the C entry symbol and every C function of the
// descriptor; no exception and no C++ object leaves the library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <kinerja/plugin_abi.h>
#include <kinerja/sdk/params.hpp>
#include <kinerja/sdk/schema.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::sdk {

enum class LogLevel : int32_t {
  trace = KINERJA_LOG_TRACE,
  debug = KINERJA_LOG_DEBUG,
  info = KINERJA_LOG_INFO,
  warn = KINERJA_LOG_WARN,
  error = KINERJA_LOG_ERROR
};

// The host's services, as seen from a plugin.
class Host {
 public:
  explicit Host(const kinerja_host_services* services) : services_(services) {}

  void log(LogLevel level, const std::string& message) const {
    if (services_ != nullptr && services_->log != nullptr) {
      services_->log(services_->host_context, static_cast<int32_t>(level), message.c_str());
    }
  }
  // Progress of a long step; a no-op on a host without the service.
  void progress(const std::string& label, uint64_t done, uint64_t total) const {
    constexpr std::size_t needed = offsetof(kinerja_host_services, progress) + sizeof(services_->progress);
    if (services_ != nullptr && services_->struct_size >= needed && services_->progress != nullptr) {
      services_->progress(services_->host_context, label.c_str(), done, total);
    }
  }

  void debug(const std::string& message) const { log(LogLevel::debug, message); }
  void info(const std::string& message) const { log(LogLevel::info, message); }
  void warn(const std::string& message) const { log(LogLevel::warn, message); }

 private:
  const kinerja_host_services* services_;
};

// What `kinerja plugins` shows and what the descriptor carries.
struct PluginInfo {
  std::string name;
  std::string version;
  std::string description;
  std::vector<std::string> indicator_types;
  json parameters = json{{"type", "object"}, {"properties", json::object()}};
  // What the plugin can measure (ABI 1.3); the first is the default. Empty:
  // the plugin gives one realisasi, whatever the indicator asks.
  std::vector<Measure> measures;
};

class Plugin {
 public:
  explicit Plugin(Host host) : host_(host) {}
  virtual ~Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;

  // Cross-field checks the parameter description cannot say. The host has
  // already checked types, required keys and that path parameters exist.
  virtual std::vector<Problem> check(const Request& /*request*/) { return {}; }

  virtual Result evaluate(const Request& request) = 0;

 protected:
  const Host& host() const { return host_; }

 private:
  Host host_;
};

// A plugin whose parameters are declared once (params.hpp): the SDK checks
// the params against the description, reads them into `Settings` (with
// every problem the description cannot state), and calls the typed
// check and evaluate. Derived provides `static Parameters<Settings> parameters()`.
template <class Derived, class Settings>
class PluginWith : public Plugin {
 public:
  using Plugin::Plugin;

  // Rules beyond the parameters (a column the file lacks, a calendar year
  // not bundled), for `kinerja validate`; the host also runs them before
  // every evaluation.
  virtual void validate(const Request& /*request*/, const Settings& /*settings*/, std::vector<Problem>& /*problems*/) {}
  // The evaluation, from settings read and checked.
  virtual Result compute(const Request& request, const Settings& settings) = 0;

  std::vector<Problem> check(const Request& request) final {
    std::vector<Problem> problems;
    const std::optional<Settings> settings = read(request, problems);
    if (settings) validate(request, *settings, problems);
    return problems;
  }

  Result evaluate(const Request& request) final {
    std::vector<Problem> problems;
    const std::optional<Settings> settings = read(request, problems);
    if (!settings) {
      std::string message;
      for (const Problem& p : problems) message += (message.empty() ? "" : "; ") + p.path + ": " + p.message;
      throw ConfigError(message);
    }
    return compute(request, *settings);
  }

  // The declarations, built once.
  static const Parameters<Settings>& declared() {
    static const Parameters<Settings> p = Derived::parameters();
    return p;
  }
  static const json& schema() {
    static const json s = declared().schema();
    return s;
  }

  // The settings from a request, or nothing with the problems.
  static std::optional<Settings> read(const Request& request, std::vector<Problem>& problems) {
    const std::size_t before = problems.size();
    const schema::Checked checked = schema::check(schema(), request.params, "/params", request.config_dir, problems);
    if (problems.size() != before) return std::nullopt;
    Reading reading(problems, request.year, request.config_dir);
    Settings settings = declared().read(checked.params, "/params", reading);
    if (problems.size() != before) return std::nullopt;
    return settings;
  }
};

namespace detail {

// The measure a request asks for (the first when it names none), and the
// result's realisasi made that measure's value.
inline void apply_measure(const std::vector<Measure>& measures, const Request& request, Result& result) {
  if (measures.empty()) return;
  const Measure* chosen = &measures.front();
  for (const Measure& m : measures) {
    if (m.id == request.measure) chosen = &m;
  }
  result.measure = chosen->id;
  if (result.status != Status::final_value) return;  // pending or missing whatever the measure
  result.unit = chosen->unit;
  if (auto it = result.measures.find(chosen->id); it != result.measures.end()) {
    result.realisasi = it->second;
    return;
  }
  const auto why = result.unavailable_measures.find(chosen->id);
  result.status = Status::missing;
  result.realisasi.reset();
  const std::string reason = why != result.unavailable_measures.end()
                                 ? why->second
                                 : "measure '" + chosen->id + "' was not computed from this input";
  result.note = reason;  // the plugin's note spoke of the measure it computed
}

// Everything below turns a Plugin class into the C descriptor.
template <class P>
class Adapter {
 public:
  static const kinerja_plugin_descriptor* descriptor() noexcept {
    try {
      static const Statics statics;
      return &statics.descriptor;
    } catch (...) {
      return nullptr;  // the host reports a library whose entry returns nothing
    }
  }

 private:
  struct Instance {
    std::unique_ptr<P> plugin;
    std::string output;
    std::string error;
  };

  struct Statics {
    PluginInfo info = P::info();
    std::string parameters = with_measures(info).dump();
    std::vector<const char*> types;
    kinerja_plugin_descriptor descriptor{};

    Statics() {
      for (const auto& t : info.indicator_types) types.push_back(t.c_str());
      types.push_back(nullptr);
      descriptor.struct_size = sizeof(kinerja_plugin_descriptor);
      descriptor.abi_major = KINERJA_ABI_MAJOR;
      descriptor.abi_minor = KINERJA_ABI_MINOR;
      descriptor.name = info.name.c_str();
      descriptor.version = info.version.c_str();
      descriptor.description = info.description.c_str();
      descriptor.indicator_types = types.data();
      descriptor.parameters = parameters.c_str();
      descriptor.create = &create;
      descriptor.destroy = &destroy;
      descriptor.check = &check;
      descriptor.evaluate = &evaluate;
      descriptor.last_error = &last_error;
    }
    Statics(const Statics&) = delete;
    Statics& operator=(const Statics&) = delete;

    static json with_measures(const PluginInfo& info) {
      json description = info.parameters;
      if (!info.measures.empty()) {
        json list = json::array();
        for (const Measure& m : info.measures) list.push_back(m.to_json());
        description["measures"] = list;
      }
      return description;
    }
  };

  static const PluginInfo& plugin_info() {
    static const PluginInfo info = P::info();
    return info;
  }

  static Instance* self(kinerja_plugin_instance* instance) { return reinterpret_cast<Instance*>(instance); }

  static kinerja_plugin_instance* create(const kinerja_host_services* services) noexcept {
    try {
      auto instance = std::make_unique<Instance>();
      instance->plugin = std::make_unique<P>(Host{services});
      return reinterpret_cast<kinerja_plugin_instance*>(instance.release());
    } catch (...) {
      return nullptr;
    }
  }

  static void destroy(kinerja_plugin_instance* instance) noexcept { delete self(instance); }

  // Runs `body`, which fills instance->output; maps exceptions to codes.
  template <class Body>
  static int32_t guarded(kinerja_plugin_instance* instance, const char** out, Body&& body) noexcept {
    Instance* state = self(instance);
    if (state == nullptr || out == nullptr) return KINERJA_ERROR_INTERNAL;
    *out = nullptr;
    try {
      state->error.clear();
      state->output = std::forward<Body>(body)(*state->plugin);
      *out = state->output.c_str();
      return KINERJA_OK;
    } catch (const ConfigError& e) {
      return fail(*state, KINERJA_ERROR_CONFIG, e.what());
    } catch (const InputError& e) {
      return fail(*state, KINERJA_ERROR_INPUT, e.what());
    } catch (const std::exception& e) {
      return fail(*state, KINERJA_ERROR_INTERNAL, e.what());
    } catch (...) {
      return fail(*state, KINERJA_ERROR_INTERNAL, "unknown exception");
    }
  }

  static int32_t fail(Instance& state, int32_t code, const char* message, const char* prefix = "") noexcept {
    try {
      state.error = prefix;
      state.error += message;
    } catch (...) {
      // Out of memory while copying the message: the code still tells.
    }
    return code;
  }

  // A request the host sent wrong is a config error; a JSON error inside the
  // plugin's own code stays an internal one.
  static Request parse_request(const char* request_json) {
    try {
      return Request::from_json(json::parse(request_json ? request_json : ""));
    } catch (const json::exception& e) {
      throw ConfigError(std::string("malformed request: ") + e.what());
    }
  }

  // Invalid UTF-8 in a plugin's text is replaced, not thrown.
  static std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

  static int32_t check(kinerja_plugin_instance* instance, const char* request_json,
                       const char** problems_json) noexcept {
    return guarded(instance, problems_json, [&](P& plugin) {
      json problems = json::array();
      for (const Problem& p : static_cast<Plugin&>(plugin).check(parse_request(request_json))) {
        problems.push_back({{"path", p.path}, {"message", p.message}});
      }
      return dump(problems);
    });
  }

  static int32_t evaluate(kinerja_plugin_instance* instance, const char* request_json,
                          const char** result_json) noexcept {
    return guarded(instance, result_json, [&](P& plugin) {
      const Request request = parse_request(request_json);
      Result result = static_cast<Plugin&>(plugin).evaluate(request);
      apply_measure(plugin_info().measures, request, result);
      return dump(result.to_json());
    });
  }

  static const char* last_error(kinerja_plugin_instance* instance) noexcept {
    Instance* state = self(instance);
    return state == nullptr ? "no instance" : state->error.c_str();
  }
};

}  // namespace detail
}  // namespace kinerja::sdk

#define KINERJA_PLUGIN(PluginClass)                                                        \
  extern "C" KINERJA_PLUGIN_EXPORT const kinerja_plugin_descriptor* kinerja_plugin_entry( \
      void) {                                                                              \
    return ::kinerja::sdk::detail::Adapter<PluginClass>::descriptor();                     \
  }
