// Which of a plugin's measures an indicator asks for, and whether its
// target can be a target of that measure: "<= 10 hari kerja" fits a mean
// of working days, ">= 95%" a share answered on time, and a target in
// percent against a mean of days is refused with the measure that fits.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/types.hpp>

#include "config.hpp"
#include "diagnostics.hpp"

namespace kinerja {

// The key under which units are compared: "%", "persen" and "percent"
// are one; so are "hari kerja", "hari" and "working days".
std::string unit_key(const std::string& unit);

// The indicator's measure among `measures` (the first when it names none),
// or nothing with the problem reported: an unknown measure, or a target
// whose polarity or unit contradicts it. Nothing and no problem when the
// plugin has no measures.
std::optional<sdk::Measure> choose_measure(const std::vector<sdk::Measure>& measures, const IndicatorConfig& indicator,
                                           Diagnostics& problems);

// "<= 10 hari kerja" or ">= 95%": a target for a measure, for samples.
std::string sample_target_text(const sdk::Measure& measure);

}  // namespace kinerja
