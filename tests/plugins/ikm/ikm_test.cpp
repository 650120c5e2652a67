// The ikm plugin's arithmetic (plugins/ikm/ikm.cpp). Expected values are
// worked by hand from the 2023 Biro Humas LKj (IKK 2 and IKK 8) and from
// the published Krejcie & Morgan table.
#include "ikm.hpp"

#include <kinerja/sdk/plugin_data.hpp>
#include <kinerja/sdk/table.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kinerja_test_paths.hpp"
#include "temp_dir.hpp"

namespace kinerja::ikm {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

// The seed's per-unsur tables: "HASIL PENILAIAN SURVEY" (IKK 2, PPID) and
// "HASIL AKHIR SURVEY" (IKK 8, stakeholders of Biro Humas).
constexpr std::array<double, unsur_count> ikk2{3.265, 3.221, 3.279, 3.691, 3.279, 3.235, 3.397, 3.324, 3.529};
constexpr std::array<double, unsur_count> ikk8{3.559, 3.517, 3.556, 4.000, 3.514, 3.563, 3.608, 3.811, 3.552};

BandSet bundled_bands() {
  return select_bands(sdk::read_json_data(KINERJA_IKM_BANDS_FILE), "bands.json", "PermenPANRB-14-2017");
}

Answers answers(std::initializer_list<int> values) {
  Answers out;
  std::size_t u = 0;
  for (int v : values) out.at(u++) = v == 0 ? std::nullopt : std::optional<int>(v);  // 0 stands for blank here
  return out;
}

TEST(IkmUnsur, NamesFromTheSeed) {
  EXPECT_STREQ(unsur_list()[0].name, "Kesesuaian Persyaratan");
  EXPECT_STREQ(unsur_list()[8].name, "Kualitas Sarana dan Prasarana");
  EXPECT_EQ(unsur_index("U4"), 3u);
  EXPECT_FALSE(unsur_index("U10"));
}

// The questionnaires as the plugin reads them: `params` is the responses
// table parameter, `csv` the file answers.csv.
std::vector<Answers> read_table(const std::string& csv, const sdk::json& params) {
  const kinerja::testing::TempDir dir;
  dir.write("answers.csv", csv);
  const sdk::Fields fields = response_fields();
  std::vector<sdk::Problem> problems;
  const auto spec = sdk::TableSpec::parse(params, fields, dir.path(), "/responses", problems);
  EXPECT_THAT(problems, IsEmpty());
  if (!spec) return {};
  sdk::Table table(*spec, fields);
  sdk::Record r;
  std::vector<Answers> out;
  while (table.next(r)) {
    Answers a;
    for (std::size_t u = 0; u < unsur_count; ++u) {
      if (r.has(u)) a[u] = parse_answer(r.number(u)).value;
    }
    out.push_back(a);
  }
  return out;
}

std::string table_error(const std::string& csv, const sdk::json& params) {
  try {
    read_table(csv, params);
  } catch (const sdk::InputError& e) {
    const std::string what = e.what();
    return what.substr(what.find("answers.csv"));
  }
  return "";
}

TEST(IkmTable, FieldsUnsurThenGroupThenSubmitted) {
  const sdk::Fields fields = response_fields();
  ASSERT_EQ(fields.size(), unsur_count + 2);
  EXPECT_EQ(fields[3].name, "U4");
  EXPECT_EQ(fields[3].kind, sdk::FieldKind::number);
  EXPECT_EQ(fields[3].blank, sdk::BlankPolicy::empty);  // a blank answer: that unsur not answered
  EXPECT_THAT(fields[3].columns, ElementsAre("U4", "Kesesuaian/Kewajaran Biaya"));
  EXPECT_EQ(fields[group_field].name, "group");
  EXPECT_FALSE(fields[group_field].required);
  EXPECT_EQ(fields[submitted_field].name, "submitted");
  EXPECT_EQ(fields[submitted_field].kind, sdk::FieldKind::date);
  EXPECT_FALSE(fields[submitted_field].required);
  EXPECT_THAT(fields[submitted_field].columns, ::testing::Contains("timestamp"));
}

TEST(IkmTable, WordsThroughTheSkmMapNumbersAsTheyAreBlanksUnanswered) {
  const auto rows = read_table(
      "Timestamp,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
      "2024/03/04 9:15:02 AM GMT+7,Sangat Sesuai,mudah ,Kurang cepat,Gratis,4,Kompeten,Sopan dan ramah,Tidak ada,Cukup\n"
      "2024/03/04 9:20:40 AM GMT+7,Sesuai,,3,Murah,Sesuai,Sangat kompeten,Sangat sopan dan ramah,Dikelola dengan baik,Sangat baik\n",
      {{"file", "answers.csv"}, {"map", "skm"}});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (Answers{4, 3, 2, 4, 4, 3, 3, 1, 2}));
  EXPECT_EQ(rows[1], (Answers{3, std::nullopt, 3, 3, 3, 4, 4, 4, 4}));
}

TEST(IkmTable, AnUnsurWithItsOwnScale) {
  // The unit's U9 scale puts "Buruk" at 2, where the named "kualitas" has it at 1.
  const auto rows = read_table("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,Buruk\n",
                               sdk::json::parse(R"({"file": "answers.csv", "map": "skm",
                                 "columns": {"U9": {"map": {"Sangat buruk": 1, "Buruk": 2, "Baik": 3, "Sangat baik": 4}}}})"));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][8], 2);
}

TEST(IkmTable, AWordNoMapKnowsNamesFileLineColumnAndTheMapsWords) {
  const std::string csv = "U1,U2,U3,U4,U5,U6,U7,U8,U9\nSangat setuju,4,4,4,4,4,4,4,4\nLumayan,4,4,4,4,4,4,4,4\n";
  const sdk::json kesesuaian = sdk::json::parse(R"({"file": "answers.csv", "columns": {"U1": {"map": "kesesuaian"}}})");
  EXPECT_EQ(table_error(csv, kesesuaian),
            "answers.csv:2: column 'U1': 'Sangat setuju' is not in the map of U1 (did you mean 'sangat sesuai'?) nor a "
            "number such as 83.96");
  sdk::json skip = kesesuaian;
  skip["bad_rows"] = "skip";
  EXPECT_THAT(read_table(csv, skip), IsEmpty());
  EXPECT_EQ(table_error("U1,U2,U3,U4,U5,U6,U7,U8,U9\nLumayan,4,4,4,4,4,4,4,4\n", kesesuaian),
            "answers.csv:2: column 'U1': 'Lumayan' is not in the map of U1 (it has 'tidak sesuai', 'kurang sesuai', "
            "'sesuai', 'sangat sesuai') nor a number such as 83.96");
  EXPECT_EQ(table_error("U1,U2,U3,U4,U5,U6,U7,U8,U9\nSangat sesuai,4,4,4,4,4,4,4,4\n", {{"file", "answers.csv"}}),
            "answers.csv:2: column 'U1': 'Sangat sesuai' is not a number such as 83.96 (map words to numbers with \"map\")");
}

TEST(IkmTable, AMapsWordsByValueForMessages) {
  EXPECT_THAT(sdk::named_map("kepuasan")->words(), ElementsAre("tidak puas", "kurang puas", "puas", "sangat puas"));
  sdk::ValueMap own = sdk::ValueMap::from_json(sdk::json::parse(R"({"Luar_biasa": 4, "*": 1, "": 2, "Biasa": 3})"));
  EXPECT_THAT(own.words(), ElementsAre("biasa", "luar biasa"));  // "*" and "" are no words
}

// The table layer reads the cell (or maps its words) to a number; the
// plugin takes whole numbers 1..4 only.
TEST(IkmAnswer, WholeNumbersOneToFour) {
  EXPECT_EQ(parse_answer(3).value, 3);
  EXPECT_EQ(parse_answer(4.0).value, 4);
  EXPECT_EQ(parse_answer(1).value, 1);
  EXPECT_THAT(parse_answer(2).problem, IsEmpty());
}

TEST(IkmAnswer, SaysWhatIsWrong) {
  EXPECT_EQ(parse_answer(5).problem, "is outside 1..4");
  EXPECT_EQ(parse_answer(0).problem, "is outside 1..4");
  EXPECT_EQ(parse_answer(-1).problem, "is outside 1..4");
  EXPECT_EQ(parse_answer(3.5).problem, "is not a whole number 1, 2, 3 or 4");
  EXPECT_EQ(parse_answer(3.9999999).problem, "is not a whole number 1, 2, 3 or 4");
  EXPECT_FALSE(parse_answer(5).value);
  EXPECT_FALSE(parse_answer(3.5).value);
}

TEST(IkmTally, BlankAnswerLeavesTheDenominator) {
  Tally t;
  EXPECT_TRUE(t.add(answers({4, 3, 3, 4, 3, 4, 4, 4, 3})));
  EXPECT_TRUE(t.add(answers({2, 3, 3, 4, 3, 3, 3, 0, 2})));  // U8 blank
  EXPECT_EQ(t.respondents(), 2u);
  EXPECT_EQ(t.answers(7), 1u);
  EXPECT_DOUBLE_EQ(*t.nrr(7), 4.0);  // 4 / 1, not (4 + 0) / 2
  EXPECT_DOUBLE_EQ(*t.nrr(0), 3.0);  // (4 + 2) / 2
  EXPECT_DOUBLE_EQ(*t.nrr(8), 2.5);
}

TEST(IkmTally, QuestionnaireWithoutAnswersIsNotARespondent) {
  Tally t;
  EXPECT_FALSE(t.add(Answers{}));
  EXPECT_EQ(t.respondents(), 0u);
  EXPECT_FALSE(t.nrr(0));
  EXPECT_FALSE(t.all_nrr());
}

TEST(IkmTally, AnUnsurNobodyAnsweredHasNoNrr) {
  Tally t;
  t.add(answers({4, 4, 4, 0, 4, 4, 4, 4, 4}));
  EXPECT_FALSE(t.nrr(3));
  EXPECT_FALSE(t.all_nrr());
}

TEST(IkmTally, RefusesAnswersOutsideTheScale) {
  Tally t;
  EXPECT_THROW(t.add(answers({5, 4, 4, 4, 4, 4, 4, 4, 4})), std::invalid_argument);
}

TEST(IkmGroups, InTheOrderFirstSeenWithTheirOwnTallies) {
  GroupedTally g;
  g.add("Non-pemerintah", answers({2, 3, 3, 4, 3, 3, 3, 3, 2}));
  g.add("Internal", answers({4, 4, 3, 4, 3, 4, 4, 4, 3}));
  g.add("Non-pemerintah", answers({3, 3, 4, 4, 3, 3, 4, 4, 3}));
  EXPECT_FALSE(g.add("Internal", Answers{}));
  ASSERT_EQ(g.groups().size(), 2u);
  EXPECT_EQ(g.groups()[0].name, "Non-pemerintah");
  EXPECT_EQ(g.groups()[0].tally.respondents(), 2u);
  EXPECT_DOUBLE_EQ(*g.groups()[0].tally.nrr(0), 2.5);
  EXPECT_EQ(g.groups()[1].tally.respondents(), 1u);
  EXPECT_EQ(g.overall().respondents(), 3u);
  EXPECT_DOUBLE_EQ(*g.overall().nrr(0), 3.0);  // (2 + 4 + 3) / 3
}

TEST(IkmGroups, PastTheCapNewGroupsCountTogetherAsOther) {
  GroupedTally g;
  for (std::size_t i = 0; i < GroupedTally::max_groups; ++i) g.add("g" + std::to_string(i), answers({4, 4, 4, 4, 4, 4, 4, 4, 4}));
  g.add("late-1", answers({2, 2, 2, 2, 2, 2, 2, 2, 2}));
  g.add("g0", answers({3, 3, 3, 3, 3, 3, 3, 3, 3}));  // a known group still counts as itself
  g.add("late-2", answers({1, 1, 1, 1, 1, 1, 1, 1, 1}));
  ASSERT_EQ(g.groups().size(), GroupedTally::max_groups + 1);
  EXPECT_EQ(g.groups().back().name, "(other)");
  EXPECT_EQ(g.groups().back().tally.respondents(), 2u);
  EXPECT_DOUBLE_EQ(*g.groups().back().tally.nrr(0), 1.5);  // (2 + 1) / 2
  EXPECT_EQ(g.groups()[0].tally.respondents(), 2u);
  EXPECT_EQ(g.folded(), 2u);
  EXPECT_EQ(g.overall().respondents(), GroupedTally::max_groups + 3);
}

TEST(IkmIndex, SeedIkk2WithExactWeights) {
  // 3.265 + 3.221 + ... + 3.529 = 30.22; 30.22 / 9 x 25 = 83.9444...
  EXPECT_NEAR(nrr_sum(ikk2), 30.22, 1e-12);
  EXPECT_NEAR(weighted_nrr(ikk2, Weights::exact), 30.22 / 9, 1e-12);
  EXPECT_NEAR(ikm_of(ikk2, Weights::exact), 83.944444444444, 1e-9);
}

TEST(IkmIndex, SeedIkk2WithTheRoundedWeight) {
  // 30.22 x 0.111 = 3.35442; x 25 = 83.8605: 0.08 below the exact index.
  EXPECT_NEAR(weighted_nrr(ikk2, Weights::rounded_0111), 3.35442, 1e-12);
  EXPECT_NEAR(ikm_of(ikk2, Weights::rounded_0111), 83.8605, 1e-9);
}

TEST(IkmIndex, SeedIkk8) {
  // 32.68 / 9 x 25 = 90.7777...
  EXPECT_NEAR(ikm_of(ikk8, Weights::exact), 90.777777777778, 1e-9);
}

TEST(IkmIndex, WeightsByName) {
  EXPECT_EQ(weights_name(Weights::exact), "exact");
  EXPECT_EQ(weights_name(Weights::rounded_0111), "0.111");
  EXPECT_DOUBLE_EQ(weight_of(Weights::exact), 1.0 / 9.0);
}

TEST(IkmIndex, WeakestUnsurWithTies) {
  EXPECT_THAT(weakest(ikk2), ElementsAre(1u));  // U2 Prosedur Pelayanan, 3.221
  EXPECT_THAT(weakest(ikk8), ElementsAre(4u));  // U5 Kesesuaian Pelayanan, 3.514
  const std::array<double, unsur_count> tie{3.5, 3.0, 3.5, 4.0, 3.5, 3.5, 3.5, 3.5, 3.0};
  EXPECT_THAT(weakest(tie), ElementsAre(1u, 8u));
}

TEST(IkmBands, BundledIkmTable) {
  const BandSet bands = bundled_bands();
  EXPECT_EQ(grade_of(bands.ikm, 90.78, "IKM").grade, "A");
  EXPECT_EQ(grade_of(bands.ikm, 88.31, "IKM").label, "Sangat Baik");
  EXPECT_EQ(grade_of(bands.ikm, 88.30, "IKM").grade, "B");
  EXPECT_EQ(grade_of(bands.ikm, 83.94, "IKM").label, "Baik");
  EXPECT_EQ(grade_of(bands.ikm, 76.61, "IKM").grade, "B");
  EXPECT_EQ(grade_of(bands.ikm, 76.60, "IKM").grade, "C");
  EXPECT_EQ(grade_of(bands.ikm, 65.00, "IKM").label, "Kurang Baik");
  EXPECT_EQ(grade_of(bands.ikm, 64.99, "IKM").grade, "D");
  EXPECT_EQ(grade_of(bands.ikm, 25, "IKM").label, "Tidak Baik");
}

TEST(IkmBands, BundledNrrTableGradesTheSeedLikeTheSeed) {
  const BandSet bands = bundled_bands();
  // IKK 2: only U4 (3.691) is A; U9 at 3.529 is just under 3.5324.
  const std::string ikk2_grades = "BBBABBBBB", ikk8_grades = "ABAABAAAA";
  for (std::size_t u = 0; u < unsur_count; ++u) {
    EXPECT_EQ(grade_of(bands.nrr, ikk2[u], "NRR").grade, std::string(1, ikk2_grades[u])) << u;
    EXPECT_EQ(grade_of(bands.nrr, ikk8[u], "NRR").grade, std::string(1, ikk8_grades[u])) << u;
  }
  EXPECT_EQ(grade_of(bands.nrr, 3.5324, "NRR").grade, "A");
  EXPECT_EQ(grade_of(bands.nrr, 3.0644, "NRR").grade, "B");
  EXPECT_EQ(grade_of(bands.nrr, 3.0643, "NRR").grade, "C");
  EXPECT_EQ(grade_of(bands.nrr, 2.60, "NRR").grade, "C");
  EXPECT_EQ(grade_of(bands.nrr, 2.5996, "NRR").label, "Tidak Baik");
}

TEST(IkmBands, UnknownRegulationListsTheKeys) {
  const sdk::json file = sdk::json::parse(R"({"A-1": {}, "B-2": {}})");
  try {
    select_bands(file, "my-bands.json", "PermenPANRB-14-2071");
    FAIL() << "no error";
  } catch (const sdk::ConfigError& e) {
    EXPECT_STREQ(e.what(), "unknown regulation 'PermenPANRB-14-2071'; the band file my-bands.json has 'A-1', 'B-2'");
  }
}

TEST(IkmBands, MalformedFileIsAnInputError) {
  const auto error = [](const char* text) {
    try {
      select_bands(sdk::json::parse(text), "f.json", "R");
    } catch (const sdk::InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_THAT(error("[]"), HasSubstr("f.json: expected an object of regulations"));
  EXPECT_THAT(error(R"({"R": 3})"), HasSubstr("f.json: /R: expected an object"));
  EXPECT_THAT(error(R"({"R": {"ikm": {"bands": [{"grade": "A"}]}}})"), HasSubstr("f.json: /R: no \"nrr\" table"));
  EXPECT_THAT(error(R"({"R": {"ikm": {"bands": []}, "nrr": {"bands": [{"grade": "A"}]}}})"),
              HasSubstr("f.json: /R/ikm/bands: expected a non-empty array"));
}

TEST(IkmBands, ATableWithoutAnOpenLastBandCanMissAValue) {
  const BandSet bands = select_bands(
      sdk::json::parse(R"({"R": {"title": "t", "ikm": {"bands": [{"min": 50, "grade": "A"}]},
                                  "nrr": {"bands": [{"grade": "A"}]}}})"),
      "f.json", "R");
  EXPECT_EQ(bands.title, "t");
  EXPECT_THROW(grade_of(bands.ikm, 40, "IKM"), sdk::InputError);
}

TEST(IkmSample, KrejcieAndMorganTable) {
  // The seed: 205 applicants, 134 responses.
  EXPECT_EQ(required_sample(205), 134u);
  // Values printed in Krejcie & Morgan's own table.
  EXPECT_EQ(required_sample(10), 10u);
  EXPECT_EQ(required_sample(100), 80u);
  EXPECT_EQ(required_sample(200), 132u);
  EXPECT_EQ(required_sample(1000), 278u);
  EXPECT_EQ(required_sample(1000000), 384u);
  EXPECT_EQ(required_sample(1), 1u);
}

TEST(IkmSample, AdequateInadequateAndUnknown) {
  const SampleCheck seed = check_sample(205, 134);
  EXPECT_EQ(seed.required, 134u);
  EXPECT_EQ(seed.adequate, true);
  EXPECT_THAT(sample_warnings(seed), IsEmpty());

  const SampleCheck few = check_sample(205, 120);
  EXPECT_EQ(few.adequate, false);
  EXPECT_THAT(sample_warnings(few),
              ElementsAre("sample too small: 120 respondents, Krejcie & Morgan require 134 for a population of 205"));

  const SampleCheck unknown = check_sample(205, std::nullopt);
  EXPECT_FALSE(unknown.adequate);
  EXPECT_THAT(sample_warnings(unknown), ElementsAre(StartsWith("sample adequacy not judged")));

  EXPECT_THAT(sample_warnings(check_sample(10, 12)),
              ElementsAre("more respondents (12) than the population (10): check the population"));
}

TEST(IkmPublished, SeedIkk2SummaryDisagreesWithItsOwnTable) {
  Published published;
  published.ikm = 83.96;
  const auto warnings = compare_with_published(published, ikm_of(ikk2, Weights::exact), ikk2, 134);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_THAT(warnings[0], StartsWith("IKM: published 83.96, computed 83.94 (83.9444"));
}

TEST(IkmPublished, SeedIkk8Agrees) {
  Published published;
  published.ikm = 90.78;
  published.nrr[4] = 3.514;
  published.respondents = 286;
  EXPECT_THAT(compare_with_published(published, ikm_of(ikk8, Weights::exact), ikk8, 286), IsEmpty());
}

TEST(IkmPublished, NrrAndRespondentsDisagreements) {
  Published published;
  published.nrr[7] = 3.5;
  published.respondents = 134;
  std::array<double, unsur_count> nrr = ikk2;
  nrr[7] = 3.6;
  EXPECT_THAT(compare_with_published(published, 80, nrr, 130),
              ElementsAre("NRR U8 Penanganan Pengaduan: published 3.5, computed 3.6 (3.6)",
                          "respondents: published 134, computed 130 (130)"));
  EXPECT_THAT(compare_with_published(published, 80, nrr, std::nullopt),
              ElementsAre(HasSubstr("U8"), "respondents: published 134, not known from the input to check it"));
}

TEST(IkmChart, NrrPerUnsurWithTheBandBoundsAsLines) {
  const sdk::Chart chart = nrr_chart(ikk8, bundled_bands().nrr);
  EXPECT_EQ(chart.id, "nrr-per-unsur");
  EXPECT_EQ(chart.type, sdk::ChartType::bar);
  ASSERT_EQ(chart.categories.size(), unsur_count);
  EXPECT_EQ(chart.categories[0], "U1 Kesesuaian Persyaratan");
  ASSERT_EQ(chart.series.size(), 1u);
  ASSERT_EQ(chart.series[0].values.size(), unsur_count);
  EXPECT_EQ(chart.series[0].values[3], ikk8[3]);
  EXPECT_EQ(chart.y_min, 1.0);
  EXPECT_EQ(chart.y_max, 4.0);
  // A, B and C have a lower bound; D, the open last band, has none.
  ASSERT_EQ(chart.reference_lines.size(), 3u);
  EXPECT_EQ(chart.reference_lines[0].label, "A \u2265 3,5324");
  EXPECT_EQ(chart.reference_lines[0].value, 3.5324);
  EXPECT_EQ(chart.reference_lines[2].label, "C \u2265 2,6");
  EXPECT_NO_THROW(chart.to_json());
}

}  // namespace
}  // namespace kinerja::ikm
