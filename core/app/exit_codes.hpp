// The exit statuses of `kinerja`, documented in docs/cli.md.
#pragma once

namespace kinerja::exit_code {
inline constexpr int ok = 0;
inline constexpr int indicators_failed = 1;  // result written; some indicator has status "error"
inline constexpr int usage = 2;              // bad command line
inline constexpr int invalid_config = 3;     // config unreadable or invalid; nothing written
inline constexpr int output_failed = 4;      // the result could not be written
inline constexpr int internal = 70;          // a bug: please report it
}  // namespace kinerja::exit_code
