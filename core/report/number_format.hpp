// Numbers as a reader of the report expects them: "13,51%" and
// "Rp 10.684.298.000" in Indonesian, "13.51%" and "Rp 10,684,298,000" in
// English. Display only: the data keeps full precision.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::report {

enum class Language { id, en };

std::optional<Language> parse_language(std::string_view code);  // "id" | "en"
std::string to_string(Language language);

// Rounded half up to `decimals` places (the rounding of kinerja's
// round_for_display), with the language's decimal and thousands separators.
std::string format_number(double value, int decimals, Language language);
// format_number with trailing zeros (and a bare decimal mark) dropped:
// 100.00 -> "100", 2.742 -> "2,74" at two decimals.
std::string format_trimmed(double value, int max_decimals, Language language);
// format_number followed by "%".
std::string format_percent(double value, int decimals, Language language);
// "Rp " and the amount with thousands separators; decimals only when asked.
std::string format_rupiah(double value, Language language, int decimals = 0);

}  // namespace kinerja::report
