#include "plugin_library.hpp"

#include <cstddef>
#include <regex>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

#include <kinerja/sdk/schema.hpp>

#include "param_schema.hpp"

namespace kinerja {

namespace {

// The descriptor as it was in ABI 1.0; a plugin must fill at least this.
constexpr std::size_t descriptor_size_1_0 = offsetof(kinerja_plugin_descriptor, last_error) + sizeof(void*);

std::string loader_message() {
#if defined(__unix__) || defined(__APPLE__)
  // Boost.DLL reports a failed dlopen as "bad file descriptor"; dlerror
  // says what really went wrong (missing dependency, undefined symbol...).
  if (const char* message = ::dlerror()) return message;
#endif
  return "";
}

LoadAttempt refuse(std::string reason) { return LoadAttempt{nullptr, std::move(reason)}; }

std::string version_text(int major, int minor) { return std::to_string(major) + "." + std::to_string(minor); }

}  // namespace

std::string host_abi() { return version_text(KINERJA_ABI_MAJOR, KINERJA_ABI_MINOR); }

LoadAttempt load_plugin_library(const std::filesystem::path& path) {
  auto plugin = std::make_unique<PluginLibrary>();
  plugin->path = path;

  boost::dll::fs::error_code ec;
  plugin->library.load(path, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
  if (ec || !plugin->library.is_loaded()) {
    const std::string detail = loader_message();
    return refuse("cannot load: " + (detail.empty() ? ec.message() : detail));
  }
  if (!plugin->library.has(KINERJA_PLUGIN_ENTRY_SYMBOL)) {
    return refuse(std::string("not a kinerja plugin: no entry symbol '") + KINERJA_PLUGIN_ENTRY_SYMBOL + "'");
  }
  const auto entry = plugin->library.get<const kinerja_plugin_descriptor*()>(KINERJA_PLUGIN_ENTRY_SYMBOL);
  const kinerja_plugin_descriptor* d = entry();
  if (d == nullptr) return refuse("the entry symbol returned no descriptor");

  // The version fields come right after struct_size and exist in every ABI.
  if (d->struct_size < offsetof(kinerja_plugin_descriptor, name)) {
    return refuse("descriptor too small (" + std::to_string(d->struct_size) + " bytes) to be a kinerja plugin");
  }
  plugin->abi_major = d->abi_major;
  plugin->abi_minor = d->abi_minor;
  const std::string versions = "plugin ABI " + plugin->abi() + ", host ABI " + host_abi();
  if (d->abi_major != KINERJA_ABI_MAJOR) {
    return refuse("incompatible ABI major version (" + versions + "): rebuild the plugin against the host's SDK");
  }
  if (d->abi_minor > KINERJA_ABI_MINOR) {
    return refuse("plugin needs a newer host (" + versions + "): upgrade kinerja or rebuild the plugin");
  }
  if (d->struct_size < descriptor_size_1_0) {
    return refuse("descriptor is " + std::to_string(d->struct_size) + " bytes, ABI 1.0 needs " +
                  std::to_string(descriptor_size_1_0));
  }

  static const std::regex name_pattern("[a-z0-9][a-z0-9_-]*");
  if (d->name == nullptr || !std::regex_match(d->name, name_pattern)) {
    return refuse("invalid plugin name (expected lower-case letters, digits, '_' or '-')");
  }
  plugin->name = d->name;
  plugin->version = d->version ? d->version : "";
  plugin->description = d->description ? d->description : "";
  if (d->indicator_types != nullptr) {
    for (const char* const* t = d->indicator_types; *t != nullptr; ++t) {
      if (!std::regex_match(*t, name_pattern)) return refuse("plugin '" + plugin->name + "': invalid indicator type '" + *t + "'");
      plugin->indicator_types.emplace_back(*t);
    }
  }
  if (plugin->indicator_types.empty()) return refuse("plugin '" + plugin->name + "' provides no indicator type");
  if (!d->create || !d->destroy || !d->check || !d->evaluate || !d->last_error) {
    return refuse("plugin '" + plugin->name + "': descriptor lacks a required function");
  }
  try {
    plugin->parameters = d->parameters ? json::parse(d->parameters) : json{{"type", "object"}};
  } catch (const json::exception& e) {
    return refuse("plugin '" + plugin->name + "': parameter description is not valid JSON: " + e.what());
  }
  if (const std::string problem = schema_problem(plugin->parameters); !problem.empty()) {
    return refuse("plugin '" + plugin->name + "': " + problem);
  }
  plugin->measures = sdk::schema::measures_of(plugin->parameters);
  plugin->descriptor = d;
  return LoadAttempt{std::move(plugin), {}};
}

}  // namespace kinerja
