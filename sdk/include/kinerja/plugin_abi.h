/*
 * kinerja plugin ABI: the only thing that crosses between the host and a
 * plugin library. Plain C, so that a plugin built by another compiler or
 * standard library still loads. See docs/sdk.md for the versioning rules.
 *
 * Rules in short:
 * - A plugin exports one symbol, KINERJA_PLUGIN_ENTRY_SYMBOL, returning a
 *   pointer to a static descriptor that stays valid while the library is
 *   loaded.
 * - Config and results cross as UTF-8 JSON text.
 * - Every string a plugin returns is owned by the plugin: descriptor strings
 *   live as long as the library; strings returned by a call on an instance
 *   stay valid until the next call on that instance or its destruction.
 *   The host copies what it keeps. Strings the host passes in are owned by
 *   the host and valid only during the call.
 * - Errors are a kinerja_status code plus kinerja_plugin_api.last_error().
 * - No C++ type and no exception crosses this boundary.
 * - The host calls one instance from one thread at a time.
 * - Structs begin with struct_size; fields are only ever appended (a minor
 *   version bump), so a reader checks struct_size before reading a field
 *   added after 1.0.
 */
#ifndef KINERJA_PLUGIN_ABI_H
#define KINERJA_PLUGIN_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KINERJA_ABI_MAJOR 1
/* 1.0: the first ABI.
 * 1.1: kinerja_host_services.progress appended.
 * 1.2: the result JSON may carry "charts" (no struct changed).
 * 1.3: the parameter description may carry "measures" and "table"
 *      parameters, the request "measure", the result "measure" and
 *      "measures" (no struct changed). */
#define KINERJA_ABI_MINOR 3

#define KINERJA_PLUGIN_ENTRY_SYMBOL "kinerja_plugin_entry"

#if defined(_WIN32)
#define KINERJA_PLUGIN_EXPORT __declspec(dllexport)
#else
#define KINERJA_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

typedef enum kinerja_status {
  KINERJA_OK = 0,
  /* The parameters or the request are wrong (a user can fix the config). */
  KINERJA_ERROR_CONFIG = 1,
  /* An input file is missing or malformed (a user can fix the data). */
  KINERJA_ERROR_INPUT = 2,
  /* Anything else: a bug or an environment problem. */
  KINERJA_ERROR_INTERNAL = 3
} kinerja_status;

typedef enum kinerja_log_level {
  KINERJA_LOG_TRACE = 0,
  KINERJA_LOG_DEBUG = 1,
  KINERJA_LOG_INFO = 2,
  KINERJA_LOG_WARN = 3,
  KINERJA_LOG_ERROR = 4
} kinerja_log_level;

/* What the host offers a plugin. Passed to create(); valid until destroy(). */
typedef struct kinerja_host_services {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;
  /* Opaque; pass back to the service functions. */
  void* host_context;
  /* Writes a UTF-8 message into the host's log. */
  void (*log)(void* host_context, int32_t level, const char* message);
  /* Since 1.1. Progress of a long step (e.g. reading a large file): `done`
   * of `total` units (0 total: unknown). The host shows it on a terminal and
   * throttles it; call it as often as is cheap for you. */
  void (*progress)(void* host_context, const char* label, uint64_t done, uint64_t total);
} kinerja_host_services;

/* Opaque per-plugin state; created and destroyed by the plugin. */
typedef struct kinerja_plugin_instance kinerja_plugin_instance;

typedef struct kinerja_plugin_descriptor {
  uint32_t struct_size;
  /* The ABI the plugin was built against (KINERJA_ABI_MAJOR/MINOR). */
  uint16_t abi_major;
  uint16_t abi_minor;

  /* Unique plugin name, [a-z0-9][a-z0-9_-]*, e.g. "manual". */
  const char* name;
  /* The plugin's own version, e.g. "1.2.0". */
  const char* version;
  /* One line for `kinerja plugins`. */
  const char* description;
  /* NULL-terminated list of indicator types the plugin evaluates. */
  const char* const* indicator_types;
  /* JSON text: the parameter description (see docs/sdk.md). */
  const char* parameters;

  /* Returns NULL when the instance cannot be made; the host then reports
   * the plugin as failed. */
  kinerja_plugin_instance* (*create)(const kinerja_host_services* services);
  void (*destroy)(kinerja_plugin_instance* instance);

  /* Checks a request without evaluating it. On KINERJA_OK *problems_json is
   * a JSON array (possibly empty) of {"path": "/params/x", "message": "..."}.
   * A non-OK status means the check itself failed (see last_error). */
  int32_t (*check)(kinerja_plugin_instance* instance, const char* request_json,
                   const char** problems_json);

  /* Evaluates a request. On KINERJA_OK *result_json is the result object
   * (see docs/sdk.md); otherwise see last_error. */
  int32_t (*evaluate)(kinerja_plugin_instance* instance, const char* request_json,
                      const char** result_json);

  /* The message of the last failed call on this instance. */
  const char* (*last_error)(kinerja_plugin_instance* instance);
} kinerja_plugin_descriptor;

/* The entry symbol's type. */
typedef const kinerja_plugin_descriptor* (*kinerja_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* KINERJA_PLUGIN_ABI_H */
