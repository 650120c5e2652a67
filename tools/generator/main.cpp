// kinerja-generate: deterministic raw event logs for the sentiment, ppid and
// lapor plugins, whose aggregates come as close to the 2023 LKj of Biro Humas
// as whole records allow; of any size, for tests and for scale (10 million
// articles stream through in bounded memory).
#include <charconv>
#include <cstdio>
#include <iostream>

#include <boost/program_options.hpp>

#include "generators.hpp"

namespace kinerja::generator {

long share_of(long total, int parts, int index) { return total / parts + (index < total % parts ? 1 : 0); }

std::string date_text(const kinerja::sdk::Date& date, char separator) {
  if (separator != ';') return date.iso();
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", date.day, date.month, date.year);
  return buffer;
}

}  // namespace kinerja::generator

int main(int argc, char** argv) {
  namespace po = boost::program_options;
  using namespace kinerja::generator;
  Options options;
  std::string out, calendar_path, only, dialect = "comma";
  po::options_description description(
      "kinerja-generate --out DIR [options]\n\n"
      "Writes articles.csv, requests.csv and complaints.csv shaped after the 2023 LKj\n"
      "of Biro Humas (134,379 articles, 205 requests, 5,985 complaints by default).\n"
      "The same options always give the same bytes.\n\nOptions");
  description.add_options()
      ("help,h", "show this help")
      ("out", po::value(&out), "folder to write into (must exist)")
      ("articles", po::value(&options.articles)->default_value(134379), "number of articles (0: none)")
      ("requests", po::value(&options.requests)->default_value(205), "number of information requests, about (0: none)")
      ("complaints", po::value(&options.complaints)->default_value(5985), "number of complaints (0: none)")
      ("seed", po::value(&options.seed)->default_value(2023), "random seed")
      ("dialect", po::value(&dialect), "comma (ISO dates) or semicolon (DD/MM/YYYY dates, as Indonesian exports)")
      ("calendar", po::value(&calendar_path), "working-day calendar file or folder (for requests and complaints)");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, description), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << description << "\n";
      return 0;
    }
    if (out.empty()) throw po::error("--out is required");
    if (dialect != "comma" && dialect != "semicolon") throw po::error("--dialect: expected comma or semicolon");
    if (options.articles < 0 || options.requests < 0 || options.complaints < 0) throw po::error("counts must be >= 0");
    options.separator = dialect == "semicolon" ? ';' : ',';
    options.out = out;
    if (!std::filesystem::is_directory(options.out)) throw po::error("--out " + out + ": not a folder");
    if ((options.requests > 0 || options.complaints > 0) && calendar_path.empty()) {
      throw po::error("--calendar is needed for requests and complaints (working days)");
    }
  } catch (const po::error& e) {
    std::cerr << "kinerja-generate: " << e.what() << "\n";
    return 2;
  }
  try {
    if (options.articles > 0) std::cout << "articles.csv: " << write_articles(options) << " rows\n";
    if (options.requests > 0 || options.complaints > 0) {
      const auto calendar = kinerja::sdk::WorkingDayCalendar::from_path(calendar_path);
      if (options.requests > 0) std::cout << "requests.csv: " << write_requests(options, calendar) << " rows\n";
      if (options.complaints > 0) std::cout << "complaints.csv: " << write_complaints(options, calendar) << " rows\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "kinerja-generate: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
