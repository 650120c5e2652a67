#include "plugin_instance.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include <spdlog/spdlog.h>

namespace kinerja {

namespace {

// The logging service handed to plugins: their messages go into the host's
// log, tagged with the plugin's name.
void log_from_plugin(void* host_context, int32_t level, const char* message) {
  const auto* name = static_cast<const std::string*>(host_context);
  const char* text = message ? message : "";
  const std::string& plugin = name ? *name : std::string();
  switch (level) {
    case KINERJA_LOG_TRACE: spdlog::trace("[{}] {}", plugin, text); break;
    case KINERJA_LOG_DEBUG: spdlog::debug("[{}] {}", plugin, text); break;
    case KINERJA_LOG_INFO: spdlog::info("[{}] {}", plugin, text); break;
    case KINERJA_LOG_WARN: spdlog::warn("[{}] {}", plugin, text); break;
    default: spdlog::error("[{}] {}", plugin, text); break;
  }
}

// The progress service: a line on stderr that rewrites itself, only when
// stderr is a terminal (a log file or CI output gets nothing), at most ten
// times a second.
void progress_from_plugin(void* host_context, const char* label, uint64_t done, uint64_t total) {
  static auto last = std::chrono::steady_clock::time_point{};
  if (!::isatty(STDERR_FILENO) || spdlog::get_level() >= spdlog::level::err) return;
  const bool finished = total > 0 && done >= total;
  const auto now = std::chrono::steady_clock::now();
  if (!finished && now - last < std::chrono::milliseconds(100)) return;
  last = now;
  const auto* name = static_cast<const std::string*>(host_context);
  const double mb = static_cast<double>(done) / 1e6;
  if (total > 0) {
    std::fprintf(stderr, "\r[%s] %s: %3.0f%% (%.1f of %.1f MB)%s", name ? name->c_str() : "", label ? label : "",
                 100.0 * static_cast<double>(done) / static_cast<double>(total), mb, static_cast<double>(total) / 1e6,
                 finished ? "\n" : "");
  } else {
    std::fprintf(stderr, "\r[%s] %s: %.1f MB", name ? name->c_str() : "", label ? label : "", mb);
  }
  std::fflush(stderr);
}

}  // namespace

std::string status_name(int32_t status) {
  switch (status) {
    case KINERJA_OK: return "ok";
    case KINERJA_ERROR_CONFIG: return "config error";
    case KINERJA_ERROR_INPUT: return "input error";
    case KINERJA_ERROR_INTERNAL: return "internal error";
    default: return "unknown status " + std::to_string(status);
  }
}

PluginInstance::PluginInstance(const PluginLibrary& plugin)
    : plugin_(plugin), context_(std::make_unique<Context>(Context{plugin.name})) {
  services_.struct_size = sizeof(kinerja_host_services);
  services_.abi_major = KINERJA_ABI_MAJOR;
  services_.abi_minor = KINERJA_ABI_MINOR;
  services_.host_context = &context_->plugin_name;
  services_.log = &log_from_plugin;
  services_.progress = &progress_from_plugin;
  instance_ = plugin_.descriptor->create(&services_);
  if (instance_ == nullptr) throw std::runtime_error("plugin '" + plugin_.name + "' could not create an instance");
}

PluginInstance::~PluginInstance() {
  if (instance_ != nullptr) plugin_.descriptor->destroy(instance_);
}

PluginCall PluginInstance::check(const std::string& request_json) { return call(plugin_.descriptor->check, request_json); }

PluginCall PluginInstance::evaluate(const std::string& request_json) {
  return call(plugin_.descriptor->evaluate, request_json);
}

PluginCall PluginInstance::call(Function function, const std::string& request_json) {
  const char* output = nullptr;
  PluginCall result;
  result.status = function(instance_, request_json.c_str(), &output);
  if (result.ok()) {
    // Copy now: the plugin owns the text only until the next call.
    if (output == nullptr) {
      result.status = KINERJA_ERROR_INTERNAL;
      result.text = "plugin reported success but returned no text";
    } else {
      result.text = output;
    }
  } else {
    const char* message = plugin_.descriptor->last_error(instance_);
    result.text = (message && *message) ? message : "(the plugin gave no message)";
  }
  return result;
}

}  // namespace kinerja
