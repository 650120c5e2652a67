#include "ikm.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <kinerja/sdk/crosscheck.hpp>

namespace kinerja::ikm {

namespace {

// "3,5324": the chart titles and labels are Indonesian, as is the report's default.
std::string indonesian_number(double value) {
  std::string text = sdk::number_text(value);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

}  // namespace

const std::array<Unsur, unsur_count>& unsur_list() {
  static const std::array<Unsur, unsur_count> list{{
      {"U1", "Kesesuaian Persyaratan"},
      {"U2", "Prosedur Pelayanan"},
      {"U3", "Kecepatan Pelayanan"},
      {"U4", "Kesesuaian/Kewajaran Biaya"},
      {"U5", "Kesesuaian Pelayanan"},
      {"U6", "Kompetensi Petugas"},
      {"U7", "Perilaku Petugas Pelayanan"},
      {"U8", "Penanganan Pengaduan"},
      {"U9", "Kualitas Sarana dan Prasarana"},
  }};
  return list;
}

std::optional<std::size_t> unsur_index(std::string_view id) {
  const auto& list = unsur_list();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (id == list[i].id) return i;
  }
  return std::nullopt;
}

std::string unsur_text(std::size_t unsur) {
  return std::string(unsur_list().at(unsur).id) + " " + unsur_list()[unsur].name;
}

// ---- The questionnaire table ---------------------------------------------

sdk::Fields response_fields() {
  sdk::Fields f;
  for (std::size_t u = 0; u < unsur_count; ++u) {
    const Unsur& unsur = unsur_list()[u];
    // A blank answer is that unsur not answered: it leaves its denominator.
    f.number(unsur.id, "The answer to " + unsur_text(u) + ", 1..4 (words through a map); blank: not answered.")
        .columns({unsur.id, unsur.name})
        .blank(sdk::BlankPolicy::empty);
  }
  f.text("group", "The respondent's group (e.g. Internal, K/L/Pemda, Non-pemerintah): respondents and IKM per group.")
      .columns({"kelompok", "group"})
      .optional();
  f.date("submitted", "When the questionnaire was filled in (a form's Timestamp): only those in the period are counted.")
      .columns({"timestamp", "stempel waktu", "cap waktu", "tanggal pengisian", "waktu pengisian", "submitted"})
      .optional();
  return f;
}

// ---- Answers -------------------------------------------------------------

ParsedAnswer parse_answer(double number) {
  if (number != std::floor(number)) return {std::nullopt, "is not a whole number 1, 2, 3 or 4"};
  if (number < 1 || number > 4) return {std::nullopt, "is outside 1..4"};
  return {static_cast<int>(number), ""};
}

bool Tally::add(const Answers& answers) {
  bool any = false;
  for (const auto& a : answers) {
    if (!a) continue;
    if (*a < 1 || *a > 4) throw std::invalid_argument("answer outside 1..4 given to Tally::add");
    any = true;
  }
  if (!any) return false;
  for (std::size_t u = 0; u < unsur_count; ++u) {
    if (!answers[u]) continue;  // blank: this unsur's denominator does not grow
    sums_[u] += static_cast<std::uint64_t>(*answers[u]);
    ++counts_[u];
  }
  ++respondents_;
  return true;
}

std::optional<double> Tally::nrr(std::size_t unsur) const {
  if (counts_.at(unsur) == 0) return std::nullopt;
  return static_cast<double>(sums_[unsur]) / static_cast<double>(counts_[unsur]);
}

std::optional<std::array<double, unsur_count>> Tally::all_nrr() const {
  std::array<double, unsur_count> out{};
  for (std::size_t u = 0; u < unsur_count; ++u) {
    const auto value = nrr(u);
    if (!value) return std::nullopt;
    out[u] = *value;
  }
  return out;
}

bool GroupedTally::add(const std::string& group, const Answers& answers) {
  if (!overall_.add(answers)) return false;
  auto found = index_.find(group);
  if (found == index_.end() && groups_.size() >= max_groups) {
    ++folded_;
    found = index_.find(other);
  }
  if (found == index_.end()) {
    const std::string name = groups_.size() >= max_groups ? other : group;
    found = index_.emplace(name, groups_.size()).first;
    groups_.push_back({name, Tally{}});
  }
  groups_[found->second].tally.add(answers);
  return true;
}

// ---- IKM -----------------------------------------------------------------

std::string weights_name(Weights weights) { return weights == Weights::exact ? "exact" : "0.111"; }

double weight_of(Weights weights) { return weights == Weights::exact ? 1.0 / 9.0 : 0.111; }

double nrr_sum(const std::array<double, unsur_count>& nrr) {
  double sum = 0;
  for (double value : nrr) sum += value;
  return sum;
}

double weighted_nrr(const std::array<double, unsur_count>& nrr, Weights weights) {
  const double sum = nrr_sum(nrr);
  // Divide by 9 rather than multiply by 1/9: the exact weight, no rounded
  // reciprocal in between.
  return weights == Weights::exact ? sum / static_cast<double>(unsur_count) : sum * 0.111;
}

double ikm_of(const std::array<double, unsur_count>& nrr, Weights weights) { return weighted_nrr(nrr, weights) * 25.0; }

std::vector<std::size_t> weakest(const std::array<double, unsur_count>& nrr) {
  const double lowest = *std::min_element(nrr.begin(), nrr.end());
  std::vector<std::size_t> out;
  // Exact comparison on purpose: equal sums over equal counts give the same
  // double, and a tie in a published table is a tie of equal decimals.
  for (std::size_t u = 0; u < unsur_count; ++u) {
    if (nrr[u] == lowest) out.push_back(u);
  }
  return out;
}

// ---- Bands -----------------------------------------------------------------

BandSet select_bands(const sdk::json& file, const std::string& where, const std::string& regulation) {
  if (!file.is_object() || file.empty()) {
    throw sdk::InputError(where +
                          ": expected an object of regulations, e.g. {\"PermenPANRB-14-2017\": {\"ikm\": ..., \"nrr\": ...}}");
  }
  if (!file.contains(regulation)) {
    std::string known;
    for (const auto& [key, unused] : file.items()) known += (known.empty() ? "'" : ", '") + key + "'";
    throw sdk::ConfigError("unknown regulation '" + regulation + "'; the band file " + where + " has " + known);
  }
  const sdk::json& entry = file.at(regulation);
  const std::string here = where + ": /" + regulation;
  if (!entry.is_object()) throw sdk::InputError(here + ": expected an object with an \"ikm\" and an \"nrr\" table");
  for (const char* key : {"ikm", "nrr"}) {
    if (!entry.contains(key)) throw sdk::InputError(here + ": no \"" + std::string(key) + "\" table");
  }
  BandSet set{regulation, "", sdk::BandTable::from_json(entry.at("ikm"), here + "/ikm"),
              sdk::BandTable::from_json(entry.at("nrr"), here + "/nrr")};
  if (entry.contains("title") && entry.at("title").is_string()) set.title = entry.at("title").get<std::string>();
  return set;
}

Grade grade_of(const sdk::BandTable& table, double value, const std::string& what) {
  const sdk::Band* band = table.find(value);
  if (band == nullptr) {
    throw sdk::InputError(what + " " + sdk::number_text(value) +
                          " falls in no band (the band table's last band should have no \"min\")");
  }
  return {band->grade, band->label};
}

// ---- Sample size -------------------------------------------------------------

sdk::Chart nrr_chart(const std::array<double, unsur_count>& nrr, const sdk::BandTable& nrr_bands) {
  std::vector<std::string> categories;
  std::vector<std::optional<double>> values;
  for (std::size_t u = 0; u < unsur_count; ++u) {
    categories.push_back(unsur_text(u));
    values.push_back(nrr[u]);
  }
  auto chart = sdk::Chart::bar("nrr-per-unsur", "Nilai rata-rata (NRR) per unsur pelayanan", std::move(categories));
  chart.add_series("NRR", std::move(values));
  chart.y_min = 1;  // the answers' scale
  chart.y_max = 4;
  const char* relation = nrr_bands.strict() ? " > " : " \u2265 ";
  for (const sdk::Band& band : nrr_bands.bands()) {
    if (band.min) chart.add_reference_line(band.grade + relation + indonesian_number(*band.min), *band.min);
  }
  return chart;
}

std::uint64_t required_sample(std::uint64_t population) {
  constexpr double chi_square = 3.841, p = 0.5, d = 0.05;
  const double n = static_cast<double>(population);
  const double s = chi_square * n * p * (1 - p) / (d * d * (n - 1) + chi_square * p * (1 - p));
  // Rounded up; the allowance keeps a whole S that arrives a hair above
  // itself by rounding error from asking one respondent too many.
  return static_cast<std::uint64_t>(std::ceil(s - 1e-9));
}

SampleCheck check_sample(std::uint64_t population, std::optional<std::uint64_t> respondents) {
  SampleCheck sample;
  sample.population = population;
  sample.required = required_sample(population);
  sample.actual = respondents;
  if (respondents) sample.adequate = *respondents >= sample.required;
  return sample;
}

std::vector<std::string> sample_warnings(const SampleCheck& sample) {
  std::vector<std::string> out;
  const std::string population = std::to_string(sample.population);
  if (!sample.actual) {
    out.push_back("sample adequacy not judged: the number of respondents is not known (Krejcie & Morgan require " +
                  std::to_string(sample.required) + " for a population of " + population + ")");
    return out;
  }
  if (!*sample.adequate) {
    out.push_back("sample too small: " + std::to_string(*sample.actual) + " respondents, Krejcie & Morgan require " +
                  std::to_string(sample.required) + " for a population of " + population);
  }
  if (*sample.actual > sample.population) {
    out.push_back("more respondents (" + std::to_string(*sample.actual) + ") than the population (" + population +
                  "): check the population");
  }
  return out;
}

// ---- Published figures ---------------------------------------------------------

std::vector<std::string> compare_with_published(const Published& published, double ikm,
                                                const std::array<double, unsur_count>& nrr,
                                                std::optional<std::uint64_t> respondents) {
  std::vector<std::string> out;
  const auto add = [&out](std::optional<std::string> warning) {
    if (warning) out.push_back(std::move(*warning));
  };
  if (published.ikm) add(sdk::compare_published("IKM", ikm, *published.ikm));
  for (std::size_t u = 0; u < unsur_count; ++u) {
    if (!published.nrr[u]) continue;
    add(sdk::compare_published("NRR " + unsur_text(u), nrr[u], *published.nrr[u]));
  }
  if (published.respondents) {
    if (respondents) {
      add(sdk::compare_published("respondents", static_cast<double>(*respondents),
                                 static_cast<double>(*published.respondents)));
    } else {
      out.push_back("respondents: published " + std::to_string(*published.respondents) +
                    ", not known from the input to check it");
    }
  }
  return out;
}

}  // namespace kinerja::ikm
