// The arithmetic of the community satisfaction index (IKM) of PermenPANRB
// 14/2017, with no plugin glue: answers in, NRR per unsur, IKM, grades,
// sample size and published cross-checks out. ikm_plugin.cpp reads the
// parameters and the answers (through the SDK's table layer) and calls this.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kinerja/sdk/bands.hpp>
#include <kinerja/sdk/table_spec.hpp>
#include <kinerja/sdk/types.hpp>

namespace kinerja::ikm {

inline constexpr std::size_t unsur_count = 9;

struct Unsur {
  const char* id;    // "U1"
  const char* name;  // as the questionnaire of the 2023 Biro Humas LKj names it
};

// U1..U9, in order.
const std::array<Unsur, unsur_count>& unsur_list();

// "U1".."U9" -> 0..8, or nothing.
std::optional<std::size_t> unsur_index(std::string_view id);

// "U4 Kesesuaian/Kewajaran Biaya", for messages.
std::string unsur_text(std::size_t unsur);

// ---- The questionnaire table ---------------------------------------------

// The fields read from the questionnaires: U1..U9 (indices 0..8), number
// fields whose words a value map turns into 1..4, a blank cell being that
// unsur not answered; then the optional respondent group and the optional
// date the questionnaire was filled in (a form's Timestamp).
sdk::Fields response_fields();
inline constexpr std::size_t group_field = unsur_count;
inline constexpr std::size_t submitted_field = unsur_count + 1;

// ---- Answers -------------------------------------------------------------

// One answer as the table layer read it (the cell's number, or the number
// a value map gives its words): a whole 1..4, or what is wrong with it.
struct ParsedAnswer {
  std::optional<int> value;
  std::string problem;  // non-empty: not an answer, e.g. "is outside 1..4"
};

// 3 and 4.0 are answers; 5, 0 and 3.5 are problems.
ParsedAnswer parse_answer(double number);

// The nine answers of one questionnaire; nothing where it was left blank.
using Answers = std::array<std::optional<int>, unsur_count>;

// Sums and counts of answers per unsur. A blank answer leaves that unsur's
// denominator: it is not a zero.
class Tally {
 public:
  // Adds one questionnaire. False (and nothing counted) when it has no
  // answer at all.
  bool add(const Answers& answers);

  std::uint64_t respondents() const { return respondents_; }
  std::uint64_t answers(std::size_t unsur) const { return counts_.at(unsur); }
  // Sum of answers / number of answers; nothing when nobody answered.
  std::optional<double> nrr(std::size_t unsur) const;
  // All nine NRR, or nothing when some unsur has no answer.
  std::optional<std::array<double, unsur_count>> all_nrr() const;

 private:
  std::array<std::uint64_t, unsur_count> sums_{};
  std::array<std::uint64_t, unsur_count> counts_{};
  std::uint64_t respondents_ = 0;
};

// A tally overall and one per respondent group, groups in the order first
// seen. Memory grows with the number of groups, not of rows, and the
// groups are capped: a wrong group column (a timestamp) must not make one
// group per row.
class GroupedTally {
 public:
  struct Group {
    std::string name;
    Tally tally;
  };
  static constexpr std::size_t max_groups = 50;
  static constexpr const char* other = "(other)";  // the groups past max_groups, together

  // Adds one questionnaire overall and to its group. False (and nothing
  // counted) when it has no answer at all.
  bool add(const std::string& group, const Answers& answers);
  const Tally& overall() const { return overall_; }
  const std::vector<Group>& groups() const { return groups_; }
  // Questionnaires counted under "(other)" because of the cap.
  std::uint64_t folded() const { return folded_; }

 private:
  Tally overall_;
  std::vector<Group> groups_;
  std::map<std::string, std::size_t, std::less<>> index_;
  std::uint64_t folded_ = 0;
};

// ---- IKM -----------------------------------------------------------------

// The weight of each NRR: exactly 1/9, or the 0.111 some documents print
// (which makes the IKM 0.1% lower).
enum class Weights { exact, rounded_0111 };

std::string weights_name(Weights weights);  // "exact" | "0.111"
double weight_of(Weights weights);

// The nine NRR added up, in order U1..U9.
double nrr_sum(const std::array<double, unsur_count>& nrr);
// Sum of NRR x weight: the "NRR tertimbang" on the 1..4 scale.
double weighted_nrr(const std::array<double, unsur_count>& nrr, Weights weights);
// The IKM on the 25..100 scale: weighted NRR x 25.
double ikm_of(const std::array<double, unsur_count>& nrr, Weights weights);

// The unsur with the lowest NRR: all of them when several tie.
std::vector<std::size_t> weakest(const std::array<double, unsur_count>& nrr);

// ---- Bands -----------------------------------------------------------------

// The two band tables of one regulation: for the IKM and for each NRR.
struct BandSet {
  std::string regulation;
  std::string title;
  sdk::BandTable ikm;
  sdk::BandTable nrr;
};

// Picks `regulation` from a band data file (`where` names it in messages).
// An unknown key is a ConfigError listing the keys there are; a malformed
// table an InputError.
BandSet select_bands(const sdk::json& file, const std::string& where, const std::string& regulation);

struct Grade {
  std::string grade;  // mutu, "B"
  std::string label;  // kinerja, "Baik"
};

// The band `value` falls in; an InputError when the table has no band for
// it (a table without an open last band).
Grade grade_of(const sdk::BandTable& table, double value, const std::string& what);

// The bar chart "nrr-per-unsur": one bar per unsur ("U1 Kesesuaian
// Persyaratan"), y from 1 to 4, and a dashed line at each lower bound of
// the NRR band table in use, labelled with its grade ("A ≥ 3,5324").
sdk::Chart nrr_chart(const std::array<double, unsur_count>& nrr, const sdk::BandTable& nrr_bands);

// ---- Sample size -------------------------------------------------------------

// Krejcie & Morgan (1970): S = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P)), with
// X2 = 3.841, P = 0.5, d = 0.05, rounded up. 205 -> 134.
std::uint64_t required_sample(std::uint64_t population);

struct SampleCheck {
  std::uint64_t population = 0;
  std::uint64_t required = 0;
  std::optional<std::uint64_t> actual;  // unknown for a summary without a count
  std::optional<bool> adequate;
};

SampleCheck check_sample(std::uint64_t population, std::optional<std::uint64_t> respondents);

// What the user should hear about the sample, if anything.
std::vector<std::string> sample_warnings(const SampleCheck& sample);

// ---- Published figures ---------------------------------------------------------

// Figures a report printed, to check against what was computed.
struct Published {
  std::optional<double> ikm;
  std::array<std::optional<double>, unsur_count> nrr{};
  std::optional<std::uint64_t> respondents;
};

// One warning per disagreement, through the SDK's common rule.
std::vector<std::string> compare_with_published(const Published& published, double ikm,
                                                const std::array<double, unsur_count>& nrr,
                                                std::optional<std::uint64_t> respondents);

}  // namespace kinerja::ikm
