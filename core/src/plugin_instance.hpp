// One live instance of a plugin, and the host services it is given.
// The only code in the host that calls through the C descriptor.
#pragma once

#include <memory>
#include <string>

#include <kinerja/plugin_abi.h>

#include "plugin_library.hpp"

namespace kinerja {

// The outcome of one call: the JSON text the plugin returned, or its
// status and error message.
struct PluginCall {
  int32_t status = KINERJA_OK;
  std::string text;
  bool ok() const { return status == KINERJA_OK; }
};

std::string status_name(int32_t status);  // "config error", ...

class PluginInstance {
 public:
  // Throws std::runtime_error when the plugin cannot make an instance.
  explicit PluginInstance(const PluginLibrary& plugin);
  ~PluginInstance();
  PluginInstance(const PluginInstance&) = delete;
  PluginInstance& operator=(const PluginInstance&) = delete;

  PluginCall check(const std::string& request_json);
  PluginCall evaluate(const std::string& request_json);

 private:
  using Function = int32_t (*)(kinerja_plugin_instance*, const char*, const char**);
  PluginCall call(Function function, const std::string& request_json);

  struct Context {
    std::string plugin_name;
  };

  const PluginLibrary& plugin_;
  std::unique_ptr<Context> context_;
  kinerja_host_services services_{};
  kinerja_plugin_instance* instance_ = nullptr;
};

}  // namespace kinerja
