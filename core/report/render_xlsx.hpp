// The report model as an Excel workbook (libxlsxwriter): the capaian and
// perjanjian tables, one sheet per indicator's breakdown, history/renstra and
// budget sheets when present, and warnings with provenance last. Numbers are
// stored as numbers at full precision with display formats by kind; every
// text is a string cell, never a formula.
#pragma once

#include <filesystem>

#include "report_model.hpp"

namespace kinerja::report {

// Writes the workbook to `path` (the caller renames it into place). Throws
// std::runtime_error naming the file and libxlsxwriter's error on failure.
void write_xlsx(const ReportModel& model, const std::filesystem::path& path);

}  // namespace kinerja::report
