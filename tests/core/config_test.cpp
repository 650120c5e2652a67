// Tests of core/src/config.hpp: load_config, read_config, parse_target_text.
// Expected values come from the rules in config.cpp / the example config,
// worked out by hand.
#include "config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics.hpp"
#include "temp_dir.hpp"

namespace {

using json = nlohmann::json;
using kinerja::AggregationMethod;
using kinerja::Comparison;
using kinerja::Diagnostics;
using kinerja::EvaluationConfig;
using kinerja::FileError;
using kinerja::PendingPolicy;
using kinerja::Polarity;
using kinerja::RoundingMode;
using kinerja::TargetSpec;
using kinerja::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kInd0 = "/sasaran/0/indicators/0";

// A complete, valid config with one sasaran and one indicator.
json minimal_document() {
  return json::parse(R"json({
    "unit": "Biro Humas",
    "year": 2023,
    "sasaran": [
      {"id": "SK1", "name": "Sasaran satu",
       "indicators": [{"id": "IKK1", "name": "Indikator satu", "plugin": "manual", "target": ">= 81"}]}
    ]
  })json");
}

json indicator(const std::string& id, const json& target = ">= 81") {
  return json{{"id", id}, {"name", "Indikator " + id}, {"plugin", "manual"}, {"target", target}};
}

json& ind(json& doc, std::size_t s = 0, std::size_t i = 0) { return doc["sasaran"][s]["indicators"][i]; }

std::optional<EvaluationConfig> read(const json& doc, Diagnostics& diagnostics) {
  return kinerja::read_config(doc, "/evaluasi/config.json", diagnostics);
}

// Success when some diagnostic sits at exactly `pointer` and its message
// contains `part`.
::testing::AssertionResult HasDiagnostic(const Diagnostics& diagnostics, const std::string& pointer,
                                         const std::string& part) {
  for (const auto& d : diagnostics.items()) {
    if (d.pointer == pointer && d.message.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no diagnostic at '" << pointer << "' containing \"" << part
                                       << "\"; got:\n"
                                       << diagnostics.to_string();
}

// read_config must refuse `doc` and say `part` at `pointer`.
::testing::AssertionResult Refuses(const json& doc, const std::string& pointer, const std::string& part) {
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  if (config) return ::testing::AssertionFailure() << "the config was accepted";
  return HasDiagnostic(diagnostics, pointer, part);
}

bool is_lower_hex(const std::string& s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && (c < 'a' || c > 'f')) return false;
  }
  return true;
}

// ---------------------------------------------------------------- parse_target_text

TEST(ConfigTargetText, LessThanPercent) {
  std::string error;
  const auto spec = kinerja::parse_target_text("< 20%", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(spec->target.comparison, Comparison::less_than);
  EXPECT_DOUBLE_EQ(spec->target.value, 20.0);
  EXPECT_EQ(spec->target.unit, "%");
  EXPECT_EQ(spec->text, "< 20%");
}

TEST(ConfigTargetText, AtMostWithWordUnit) {
  std::string error;
  const auto spec = kinerja::parse_target_text("<= 10 hari kerja", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(spec->target.comparison, Comparison::at_most);
  EXPECT_DOUBLE_EQ(spec->target.value, 10.0);
  EXPECT_EQ(spec->target.unit, "hari kerja");
}

TEST(ConfigTargetText, AtLeastWithoutUnit) {
  std::string error;
  const auto spec = kinerja::parse_target_text(">= 81", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(spec->target.comparison, Comparison::at_least);
  EXPECT_DOUBLE_EQ(spec->target.value, 81.0);
  EXPECT_EQ(spec->target.unit, "");
  EXPECT_EQ(spec->text, ">= 81");
}

TEST(ConfigTargetText, MoreThanWithoutSpace) {
  std::string error;
  const auto spec = kinerja::parse_target_text(">75.5", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(spec->target.comparison, Comparison::more_than);
  EXPECT_DOUBLE_EQ(spec->target.value, 75.5);
  EXPECT_EQ(spec->target.unit, "");
}

TEST(ConfigTargetText, UnicodeLessOrEqual) {
  std::string error;
  const auto spec = kinerja::parse_target_text("≤ 5", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(spec->target.comparison, Comparison::at_most);
  EXPECT_DOUBLE_EQ(spec->target.value, 5.0);
  EXPECT_EQ(spec->target.unit, "");
}

TEST(ConfigTargetText, UnicodeGreaterOrEqualWithPercent) {
  std::string error;
  const auto spec = kinerja::parse_target_text("≥81%", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(spec->target.comparison, Comparison::at_least);
  EXPECT_DOUBLE_EQ(spec->target.value, 81.0);
  EXPECT_EQ(spec->target.unit, "%");
}

TEST(ConfigTargetText, DecimalComma) {
  std::string error;
  const auto spec = kinerja::parse_target_text("< 20,5", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_DOUBLE_EQ(spec->target.value, 20.5);
  EXPECT_EQ(spec->target.comparison, Comparison::less_than);
  EXPECT_EQ(spec->target.unit, "");
}

TEST(ConfigTargetText, SurroundingSpacesAreIgnored) {
  std::string error;
  const auto spec = kinerja::parse_target_text("  <=   3,25 %  ", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.comparison, Comparison::at_most);
  EXPECT_DOUBLE_EQ(spec->target.value, 3.25);
  EXPECT_EQ(spec->target.unit, "%");
}

TEST(ConfigTargetText, NumberWithoutComparisonIsRefusedWithSuggestion) {
  std::string error;
  const auto spec = kinerja::parse_target_text("81", error);
  EXPECT_FALSE(spec);
  EXPECT_THAT(error, HasSubstr("does not say whether lower or higher is better"));
  EXPECT_THAT(error, HasSubstr("\"<= 81\""));
  EXPECT_THAT(error, HasSubstr("\">= 81\""));
  EXPECT_THAT(error, HasSubstr("polarity"));
}

TEST(ConfigTargetText, TextWithoutNumberIsRefused) {
  for (const std::string text : {"", "tinggi", "< %", "= 81", "<< 5", "< - 5"}) {
    std::string error;
    EXPECT_FALSE(kinerja::parse_target_text(text, error)) << text;
    EXPECT_THAT(error, HasSubstr("cannot read target '" + text + "'")) << text;
    EXPECT_THAT(error, HasSubstr("expected a comparison and a number")) << text;
  }
}

TEST(ConfigTargetText, NegativeNumberIsRead) {
  // Read as written; the capaian engine then reports a negative target as a
  // condition rather than computing with it.
  std::string error;
  const auto spec = kinerja::parse_target_text(">= -5", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_EQ(spec->target.value, -5.0);
}

TEST(ConfigTargetText, AmbiguousThousandsSeparatorIsRefused) {
  for (const std::string text : {">= 10.000", "<= 1,500 hari"}) {
    std::string error;
    EXPECT_FALSE(kinerja::parse_target_text(text, error)) << text;
    EXPECT_THAT(error, HasSubstr("ambiguous")) << text;
  }
  std::string error;
  ASSERT_TRUE(kinerja::parse_target_text("< 0.125", error)) << error;  // a leading 0 is a decimal
}

TEST(ConfigTargetText, ExponentIsRefusedNotReadAsAUnit) {
  std::string error;
  EXPECT_FALSE(kinerja::parse_target_text(">= 1e3", error));
  EXPECT_THAT(error, HasSubstr("without an exponent"));
}

// "1.234,5" is not a number kinerja reads (parse_decimal refuses two
// separators); the target must be refused, not read as 1.234 with unit ",5".
// (Regression: an earlier parse_target_text regex accepted it that way.)
TEST(ConfigTargetText, NumberWithTwoSeparatorsIsRefused) {
  for (const std::string text : {"< 1.234,5", ">= 1,234.5", "<= 1.000,00 orang"}) {
    std::string error;
    const auto spec = kinerja::parse_target_text(text, error);
    EXPECT_FALSE(spec) << "'" << text << "' was read as value " << spec->target.value << ", unit '"
                       << spec->target.unit << "'";
    EXPECT_THAT(error, HasSubstr("'" + text + "'")) << text;
  }
}

TEST(ConfigTargetText, UnitMayFollowWithoutSpace) {
  std::string error;
  const auto spec = kinerja::parse_target_text("<=10hari", error);
  ASSERT_TRUE(spec) << error;
  EXPECT_DOUBLE_EQ(spec->target.value, 10.0);
  EXPECT_EQ(spec->target.unit, "hari");
}

// ---------------------------------------------------------------- a valid config

TEST(ConfigRead, MinimalConfigIsAccepted) {
  Diagnostics diagnostics;
  const auto config = read(minimal_document(), diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(config->unit, "Biro Humas");
  EXPECT_EQ(config->organisation, "");
  EXPECT_EQ(config->year, 2023);
  EXPECT_EQ(config->path, std::filesystem::path("/evaluasi/config.json"));
  EXPECT_EQ(config->dir, std::filesystem::path("/evaluasi"));
  ASSERT_EQ(config->sasaran.size(), 1u);
  const auto& s = config->sasaran[0];
  EXPECT_EQ(s.id, "SK1");
  EXPECT_EQ(s.name, "Sasaran satu");
  EXPECT_EQ(s.pointer, "/sasaran/0");
  ASSERT_EQ(s.indicators.size(), 1u);
  const auto& i = s.indicators[0];
  EXPECT_EQ(i.id, "IKK1");
  EXPECT_EQ(i.name, "Indikator satu");
  EXPECT_EQ(i.plugin, "manual");
  EXPECT_EQ(i.pointer, kInd0);
  EXPECT_EQ(i.params, json::object());
  EXPECT_DOUBLE_EQ(i.target.target.value, 81.0);
  EXPECT_EQ(i.target.target.polarity, Polarity::higher_is_better);
  EXPECT_FALSE(i.target_awal);
  EXPECT_FALSE(i.target_awal_na);
  EXPECT_FALSE(i.pending);
  EXPECT_EQ(i.note, "");
  EXPECT_EQ(i.revision_reason, "");
}

TEST(ConfigRead, DefaultPolicyWhenAbsent) {
  Diagnostics diagnostics;
  const auto config = read(minimal_document(), diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->policy.aggregation, AggregationMethod::mean_of_indicators);
  EXPECT_EQ(config->policy.pending, PendingPolicy::count_as_target);
  EXPECT_FALSE(config->policy.capaian.cap);
  EXPECT_EQ(config->policy.display.decimals, 0);
  EXPECT_EQ(config->policy.display.mode, RoundingMode::half_up);
}

TEST(ConfigRead, OptionalFieldsAreRead) {
  json doc = minimal_document();
  doc["format"] = 1;
  doc["organisation"] = "Kementerian Sosial RI";
  doc["description"] = "";
  ind(doc)["params"] = {{"realisasi", 13.51}, {"unit", "%"}};
  ind(doc)["note"] = "catatan";
  ind(doc)["revision_reason"] = "revisi PK";
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->organisation, "Kementerian Sosial RI");
  const auto& i = config->sasaran[0].indicators[0];
  EXPECT_EQ(i.params, (json{{"realisasi", 13.51}, {"unit", "%"}}));
  EXPECT_EQ(i.note, "catatan");
  EXPECT_EQ(i.revision_reason, "revisi PK");
}

TEST(ConfigRead, PointersFollowPositions) {
  json doc = minimal_document();
  doc["sasaran"].push_back({{"id", "SK2"}, {"name", "Sasaran dua"}, {"indicators", {indicator("IKK2"), indicator("IKK3")}}});
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_EQ(config->sasaran.size(), 2u);
  EXPECT_EQ(config->sasaran[1].pointer, "/sasaran/1");
  ASSERT_EQ(config->sasaran[1].indicators.size(), 2u);
  EXPECT_EQ(config->sasaran[1].indicators[1].pointer, "/sasaran/1/indicators/1");
  EXPECT_EQ(config->sasaran[1].indicators[1].id, "IKK3");
}

TEST(ConfigRead, EarlierDiagnosticsDoNotMakeAValidConfigFail) {
  Diagnostics diagnostics;
  diagnostics.add("/elsewhere", "a problem found before");
  const auto config = read(minimal_document(), diagnostics);
  EXPECT_TRUE(config);
  EXPECT_EQ(diagnostics.size(), 1u);
}

// ---------------------------------------------------------------- top level refusals

TEST(ConfigRead, DocumentNotAnObject) {
  Diagnostics diagnostics;
  EXPECT_FALSE(read(json::array(), diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/", "expected an object, found an array"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigRead, MissingUnit) {
  json doc = minimal_document();
  doc.erase("unit");
  EXPECT_TRUE(Refuses(doc, "/unit", "missing: expected a string"));
}

TEST(ConfigRead, MissingYear) {
  json doc = minimal_document();
  doc.erase("year");
  EXPECT_TRUE(Refuses(doc, "/year", "missing: expected a whole number"));
}

TEST(ConfigRead, MissingSasaran) {
  json doc = minimal_document();
  doc.erase("sasaran");
  EXPECT_TRUE(Refuses(doc, "/sasaran", "missing: expected an array"));
}

TEST(ConfigRead, NullCountsAsMissing) {
  json doc = minimal_document();
  doc["unit"] = nullptr;
  EXPECT_TRUE(Refuses(doc, "/unit", "missing"));
}

TEST(ConfigRead, EmptyUnitIsRefused) {
  json doc = minimal_document();
  doc["unit"] = "   ";
  EXPECT_TRUE(Refuses(doc, "/unit", "expected a non-empty string"));
}

TEST(ConfigRead, WrongTypesAtTopLevel) {
  {
    json doc = minimal_document();
    doc["unit"] = 5;
    EXPECT_TRUE(Refuses(doc, "/unit", "expected a string, found a number"));
  }
  {
    json doc = minimal_document();
    doc["year"] = "2023";
    EXPECT_TRUE(Refuses(doc, "/year", "expected a whole number, found a string"));
  }
  {
    json doc = minimal_document();
    doc["year"] = 2023.5;
    EXPECT_TRUE(Refuses(doc, "/year", "expected a whole number"));
  }
  {
    json doc = minimal_document();
    doc["sasaran"] = json::object();
    EXPECT_TRUE(Refuses(doc, "/sasaran", "expected an array, found an object"));
  }
  {
    json doc = minimal_document();
    doc["policy"] = "mean_of_sasaran";
    EXPECT_TRUE(Refuses(doc, "/policy", "expected an object, found a string"));
  }
  {
    json doc = minimal_document();
    doc["organisation"] = true;
    EXPECT_TRUE(Refuses(doc, "/organisation", "expected a string, found a boolean"));
  }
}

TEST(ConfigRead, WholeYearWrittenAsDecimalIsAccepted) {
  json doc = minimal_document();
  doc["year"] = 2023.0;
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->year, 2023);
}

TEST(ConfigRead, YearRange) {
  for (int year : {1944, 2201, 0, -2023}) {
    json doc = minimal_document();
    doc["year"] = year;
    EXPECT_TRUE(Refuses(doc, "/year", "expected a year between 1945 and 2200")) << year;
  }
  for (int year : {1945, 2200}) {
    json doc = minimal_document();
    doc["year"] = year;
    Diagnostics diagnostics;
    const auto config = read(doc, diagnostics);
    ASSERT_TRUE(config) << year << ": " << diagnostics.to_string();
    EXPECT_EQ(config->year, year);
  }
}

TEST(ConfigRead, FormatTwoIsRefused) {
  json doc = minimal_document();
  doc["format"] = 2;
  EXPECT_TRUE(Refuses(doc, "/format", "reads config format 1, the file says 2"));
}

TEST(ConfigRead, FormatMustBeAWholeNumber) {
  json doc = minimal_document();
  doc["format"] = "1";
  EXPECT_TRUE(Refuses(doc, "/format", "expected a whole number, found a string"));
}

TEST(ConfigRead, EmptySasaranListIsRefused) {
  json doc = minimal_document();
  doc["sasaran"] = json::array();
  EXPECT_TRUE(Refuses(doc, "/sasaran", "expected at least one sasaran"));
}

TEST(ConfigRead, UnknownTopLevelKeyWithSuggestion) {
  json doc = minimal_document();
  doc["organization"] = "Kemensos";
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/organization", "unknown key 'organization' (did you mean 'organisation'?)"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigRead, UnknownKeyWithoutCloseMatchHasNoSuggestion) {
  json doc = minimal_document();
  doc["xyzzy"] = 1;
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/xyzzy", "unknown key 'xyzzy'"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_THAT(diagnostics.items()[0].message, Not(HasSubstr("did you mean")));
}

TEST(ConfigRead, UnknownKeyPointerIsEscaped) {
  json doc = minimal_document();
  doc["a/b~c"] = 1;
  EXPECT_TRUE(Refuses(doc, "/a~1b~0c", "unknown key 'a/b~c'"));
}

// ---------------------------------------------------------------- sasaran and indicators

TEST(ConfigRead, SasaranNotAnObject) {
  json doc = minimal_document();
  doc["sasaran"].push_back("SK2");
  EXPECT_TRUE(Refuses(doc, "/sasaran/1", "expected an object, found a string"));
}

TEST(ConfigRead, SasaranMissingKeys) {
  json doc = minimal_document();
  doc["sasaran"][0].erase("id");
  doc["sasaran"][0].erase("name");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/id", "missing: expected a string"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/name", "missing: expected a string"));
}

TEST(ConfigRead, SasaranWithoutIndicators) {
  json doc = minimal_document();
  doc["sasaran"][0].erase("indicators");
  EXPECT_TRUE(Refuses(doc, "/sasaran/0/indicators", "missing: expected an array"));
}

TEST(ConfigRead, SasaranWithEmptyIndicatorList) {
  json doc = minimal_document();
  doc["sasaran"][0]["indicators"] = json::array();
  EXPECT_TRUE(Refuses(doc, "/sasaran/0/indicators", "expected at least one indicator"));
}

TEST(ConfigRead, MisspeltIndicatorsKeyGetsSuggestion) {
  json doc = minimal_document();
  doc["sasaran"][0]["indicatorz"] = doc["sasaran"][0]["indicators"];
  doc["sasaran"][0].erase("indicators");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicatorz",
                            "unknown key 'indicatorz' (did you mean 'indicators'?)"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicators", "missing"));
}

TEST(ConfigRead, IndicatorMissingRequiredKeys) {
  for (const std::string key : {"id", "name", "plugin"}) {
    json doc = minimal_document();
    ind(doc).erase(key);
    EXPECT_TRUE(Refuses(doc, kInd0 + "/" + key, "missing: expected a string")) << key;
  }
}

TEST(ConfigRead, IndicatorMissingTarget) {
  json doc = minimal_document();
  ind(doc).erase("target");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/target", "missing: expected a target"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigRead, IndicatorNotAnObject) {
  json doc = minimal_document();
  ind(doc) = "IKK1";
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0, "expected an object, found a string"));
  // Not also "missing target" etc. for something that is not an object.
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigRead, IndicatorWrongTypes) {
  {
    json doc = minimal_document();
    ind(doc)["params"] = json::array({1, 2});
    EXPECT_TRUE(Refuses(doc, kInd0 + "/params", "expected an object, found an array"));
  }
  {
    json doc = minimal_document();
    ind(doc)["id"] = 1;
    EXPECT_TRUE(Refuses(doc, kInd0 + "/id", "expected a string, found a number"));
  }
  {
    json doc = minimal_document();
    ind(doc)["target"] = 81;
    EXPECT_TRUE(Refuses(doc, kInd0 + "/target", "expected a target"));
  }
  {
    json doc = minimal_document();
    ind(doc)["target"] = nullptr;
    EXPECT_TRUE(Refuses(doc, kInd0 + "/target", "found null"));
  }
  {
    json doc = minimal_document();
    ind(doc)["pending"] = "ya";
    EXPECT_TRUE(Refuses(doc, kInd0 + "/pending", "expected an object, found a string"));
  }
}

TEST(ConfigRead, MisspeltTargetKeyGetsSuggestion) {
  json doc = minimal_document();
  ind(doc)["targte"] = ind(doc)["target"];
  ind(doc).erase("target");
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/targte", "unknown key 'targte' (did you mean 'target'?)"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/target", "missing"));
}

TEST(ConfigRead, SeveralProblemsReportedInOneRead) {
  json doc = minimal_document();
  doc.erase("unit");
  doc["year"] = 1900;
  doc["sasaran"][0]["indicators"].push_back(indicator("IKK2", "81"));
  ind(doc, 0, 0)["plugn"] = "manual";
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_GE(diagnostics.size(), 4u) << diagnostics.to_string();
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/unit", "missing"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/year", "between 1945 and 2200"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicators/1/target", "does not say whether"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/plugn", "did you mean 'plugin'?"));
}

TEST(ConfigRead, ProblemsInDifferentSasaranAreAllReported) {
  json doc = minimal_document();
  doc["sasaran"].push_back({{"id", "SK2"}, {"name", "Dua"}, {"indicators", {indicator("IKK2", "tinggi")}}});
  doc["sasaran"].push_back({{"id", "SK3"}, {"indicators", {indicator("IKK3")}}});
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/1/indicators/0/target", "cannot read target 'tinggi'"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/2/name", "missing"));
  EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
}

// ---------------------------------------------------------------- targets in a config

TEST(ConfigTarget, StringForm) {
  json doc = minimal_document();
  ind(doc)["target"] = "< 20%";
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& t = config->sasaran[0].indicators[0].target;
  EXPECT_EQ(t.target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(t.target.comparison, Comparison::less_than);
  EXPECT_DOUBLE_EQ(t.target.value, 20.0);
  EXPECT_EQ(t.target.unit, "%");
  EXPECT_EQ(t.text, "< 20%");
}

TEST(ConfigTarget, StringWithoutComparisonIsRefused) {
  json doc = minimal_document();
  ind(doc)["target"] = "81";
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/target", "write \"<= 81\" or \">= 81\""));
}

TEST(ConfigTarget, ObjectWithPolarityHigher) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 81}, {"polarity", "higher"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& t = config->sasaran[0].indicators[0].target;
  EXPECT_EQ(t.target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(t.target.comparison, Comparison::at_least);  // the default for higher
  EXPECT_DOUBLE_EQ(t.target.value, 81.0);
  EXPECT_EQ(t.target.unit, "");
  EXPECT_EQ(t.text, "81");
}

TEST(ConfigTarget, ObjectWithPolarityLowerAndUnit) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 10}, {"unit", "hari kerja"}, {"polarity", "lower"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& t = config->sasaran[0].indicators[0].target;
  EXPECT_EQ(t.target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(t.target.comparison, Comparison::at_most);  // the default for lower
  EXPECT_EQ(t.target.unit, "hari kerja");
  EXPECT_EQ(t.text, "10 hari kerja");
}

TEST(ConfigTarget, ObjectPercentUnitTextHasNoSpace) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 100}, {"unit", "%"}, {"polarity", "higher"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->sasaran[0].indicators[0].target.text, "100%");
}

TEST(ConfigTarget, ObjectWithComparisonOnlyImpliesPolarity) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 20.5}, {"unit", "%"}, {"comparison", "<"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& t = config->sasaran[0].indicators[0].target;
  EXPECT_EQ(t.target.polarity, Polarity::lower_is_better);
  EXPECT_EQ(t.target.comparison, Comparison::less_than);
  EXPECT_DOUBLE_EQ(t.target.value, 20.5);
  EXPECT_EQ(t.text, "< 20.5%");
}

TEST(ConfigTarget, ObjectWithMatchingComparisonAndPolarity) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 75}, {"comparison", ">"}, {"polarity", "higher"}, {"text", "lebih dari 75"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& t = config->sasaran[0].indicators[0].target;
  EXPECT_EQ(t.target.comparison, Comparison::more_than);
  EXPECT_EQ(t.target.polarity, Polarity::higher_is_better);
  EXPECT_EQ(t.text, "lebih dari 75");
}

TEST(ConfigTarget, ComparisonContradictingPolarityIsRefused) {
  json doc = minimal_document();
  doc["sasaran"][0]["indicators"].push_back(
      indicator("IKK2", json{{"value", 20}, {"polarity", "higher"}, {"comparison", "<"}}));
  EXPECT_TRUE(Refuses(doc, "/sasaran/0/indicators/1/target/comparison", "comparison '<' contradicts polarity 'higher'"));
}

TEST(ConfigTarget, MissingPolarityIsRefused) {
  json doc = minimal_document();
  doc["sasaran"][0]["indicators"].push_back(indicator("IKK2", json{{"value", 81}}));
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicators/1/target/polarity",
                            "missing: say whether 'higher' or 'lower' is better"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigTarget, UnknownPolarityIsRefused) {
  json doc = minimal_document();
  doc["sasaran"][0]["indicators"].push_back(indicator("IKK2", json{{"value", 81}, {"polarity", "up"}}));
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicators/1/target/polarity",
                            "unknown polarity 'up'; expected 'higher' or 'lower'"));
  // The polarity is given (wrongly), so it is not also called missing.
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigTarget, UnknownComparisonIsRefused) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 81}, {"polarity", "higher"}, {"comparison", "=>"}};
  EXPECT_TRUE(Refuses(doc, kInd0 + "/target/comparison", "unknown comparison '=>'; expected one of <, <=, >, >="));
}

TEST(ConfigTarget, MissingValueIsRefused) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"polarity", "higher"}};
  EXPECT_TRUE(Refuses(doc, kInd0 + "/target/value", "missing: expected a number"));
}

TEST(ConfigTarget, QuotedValueIsRefusedWithHint) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", "81"}, {"polarity", "higher"}};
  EXPECT_TRUE(Refuses(doc, kInd0 + "/target/value", "write numbers without quotes"));
}

TEST(ConfigTarget, UnknownKeyInTargetObjectGetsSuggestion) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 81}, {"polarty", "higher"}};
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/target/polarty", "did you mean 'polarity'?"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, kInd0 + "/target/polarity", "missing"));
}

TEST(ConfigTarget, TargetAwalNotApplicable) {
  for (const json& na : {json("N/A"), json(nullptr), json("n/a"), json("-")}) {
    json doc = minimal_document();
    ind(doc)["target_awal"] = na;
    Diagnostics diagnostics;
    const auto config = read(doc, diagnostics);
    ASSERT_TRUE(config) << na.dump() << ": " << diagnostics.to_string();
    const auto& i = config->sasaran[0].indicators[0];
    EXPECT_TRUE(i.target_awal_na) << na.dump();
    EXPECT_FALSE(i.target_awal) << na.dump();
  }
}

TEST(ConfigTarget, TargetAwalIsRead) {
  json doc = minimal_document();
  ind(doc)["target"] = {{"value", 90}, {"polarity", "higher"}};
  ind(doc)["target_awal"] = {{"value", 92}, {"polarity", "higher"}};
  ind(doc)["revision_reason"] = "Target revised from 92 to 90";
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& i = config->sasaran[0].indicators[0];
  EXPECT_FALSE(i.target_awal_na);
  ASSERT_TRUE(i.target_awal);
  EXPECT_DOUBLE_EQ(i.target_awal->target.value, 92.0);
  EXPECT_DOUBLE_EQ(i.target.target.value, 90.0);
  EXPECT_EQ(i.revision_reason, "Target revised from 92 to 90");
}

TEST(ConfigTarget, BadTargetAwalIsRefused) {
  json doc = minimal_document();
  ind(doc)["target_awal"] = "NA";
  EXPECT_TRUE(Refuses(doc, kInd0 + "/target_awal", "cannot read target 'NA'"));
}

// ---------------------------------------------------------------- pending block

TEST(ConfigPending, ReasonAndProvisional) {
  json doc = minimal_document();
  ind(doc)["pending"] = {{"reason", "dalam proses penilaian APIP"}, {"provisional", 77}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& p = config->sasaran[0].indicators[0].pending;
  ASSERT_TRUE(p);
  EXPECT_EQ(p->reason, "dalam proses penilaian APIP");
  ASSERT_TRUE(p->provisional);
  EXPECT_DOUBLE_EQ(*p->provisional, 77.0);
}

TEST(ConfigPending, ReasonOnly) {
  json doc = minimal_document();
  ind(doc)["pending"] = {{"reason", "menunggu data BPS"}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  const auto& p = config->sasaran[0].indicators[0].pending;
  ASSERT_TRUE(p);
  EXPECT_EQ(p->reason, "menunggu data BPS");
  EXPECT_FALSE(p->provisional);
}

TEST(ConfigPending, MissingReasonIsRefused) {
  json doc = minimal_document();
  ind(doc)["pending"] = {{"provisional", 77}};
  EXPECT_TRUE(Refuses(doc, kInd0 + "/pending/reason", "missing: expected a string"));
}

TEST(ConfigPending, ProvisionalMustBeANumber) {
  json doc = minimal_document();
  ind(doc)["pending"] = {{"reason", "x"}, {"provisional", "77"}};
  EXPECT_TRUE(Refuses(doc, kInd0 + "/pending/provisional", "expected a number, found a string"));
}

TEST(ConfigPending, MisspeltKeyGetsSuggestion) {
  json doc = minimal_document();
  ind(doc)["pending"] = {{"reason", "x"}, {"provisonal", 77}};
  EXPECT_TRUE(Refuses(doc, kInd0 + "/pending/provisonal", "did you mean 'provisional'?"));
}

// ---------------------------------------------------------------- policy

TEST(ConfigPolicy, AllValuesAreRead) {
  json doc = minimal_document();
  doc["policy"] = json::parse(R"({"aggregation": "mean_of_sasaran", "pending": "use_provisional", "cap": 120,
                                  "display": {"decimals": 2, "rounding": "half_even"}})");
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->policy.aggregation, AggregationMethod::mean_of_sasaran);
  EXPECT_EQ(config->policy.pending, PendingPolicy::use_provisional);
  ASSERT_TRUE(config->policy.capaian.cap);
  EXPECT_DOUBLE_EQ(*config->policy.capaian.cap, 120.0);
  EXPECT_EQ(config->policy.display.decimals, 2);
  EXPECT_EQ(config->policy.display.mode, RoundingMode::half_even);
}

TEST(ConfigPolicy, OtherChoices) {
  json doc = minimal_document();
  doc["policy"] = json::parse(R"({"aggregation": "mean_of_indicators", "pending": "exclude",
                                  "display": {"rounding": "truncate"}})");
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->policy.aggregation, AggregationMethod::mean_of_indicators);
  EXPECT_EQ(config->policy.pending, PendingPolicy::exclude);
  EXPECT_EQ(config->policy.display.mode, RoundingMode::truncate);
  EXPECT_EQ(config->policy.display.decimals, 0);
  EXPECT_FALSE(config->policy.capaian.cap);
}

TEST(ConfigPolicy, CapOfExactlyHundredIsAccepted) {
  json doc = minimal_document();
  doc["policy"] = {{"cap", 100}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  ASSERT_TRUE(config->policy.capaian.cap);
  EXPECT_DOUBLE_EQ(*config->policy.capaian.cap, 100.0);
}

TEST(ConfigPolicy, CapBelowHundredIsRefused) {
  json doc = minimal_document();
  doc["policy"] = {{"cap", 99.9}};
  EXPECT_TRUE(Refuses(doc, "/policy/cap", "a cap below 100%"));
}

TEST(ConfigPolicy, CapMustBeANumber) {
  json doc = minimal_document();
  doc["policy"] = {{"cap", "120"}};
  EXPECT_TRUE(Refuses(doc, "/policy/cap", "expected a number, found a string"));
}

TEST(ConfigPolicy, UnknownAggregationWithSuggestion) {
  json doc = minimal_document();
  doc["policy"] = {{"aggregation", "mean_of_sasarans"}};
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/policy/aggregation",
                            "unknown value 'mean_of_sasarans'; expected one of mean_of_indicators, mean_of_sasaran "
                            "(did you mean 'mean_of_sasaran'?)"));
}

TEST(ConfigPolicy, UnknownPendingPolicyWithSuggestion) {
  json doc = minimal_document();
  doc["policy"] = {{"pending", "exlude"}};
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/policy/pending", "unknown value 'exlude'"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/policy/pending", "count_as_target, exclude, use_provisional"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/policy/pending", "(did you mean 'exclude'?)"));
}

TEST(ConfigPolicy, UnknownValueFarFromAllChoicesHasNoSuggestion) {
  json doc = minimal_document();
  doc["policy"] = {{"aggregation", "median"}};
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  ASSERT_TRUE(HasDiagnostic(diagnostics, "/policy/aggregation", "unknown value 'median'"));
  EXPECT_THAT(diagnostics.items()[0].message, Not(HasSubstr("did you mean")));
}

TEST(ConfigPolicy, UnknownRoundingWithSuggestion) {
  json doc = minimal_document();
  doc["policy"] = {{"display", {{"rounding", "half-up"}}}};
  EXPECT_TRUE(Refuses(doc, "/policy/display/rounding", "expected one of half_up, half_even, truncate (did you mean 'half_up'?)"));
}

TEST(ConfigPolicy, DecimalsRange) {
  for (int decimals : {-1, 11}) {
    json doc = minimal_document();
    doc["policy"] = {{"display", {{"decimals", decimals}}}};
    EXPECT_TRUE(Refuses(doc, "/policy/display/decimals", "expected 0 to 10")) << decimals;
  }
  json doc = minimal_document();
  doc["policy"] = {{"display", {{"decimals", 10}}}};
  Diagnostics diagnostics;
  const auto config = read(doc, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->policy.display.decimals, 10);
}

TEST(ConfigPolicy, DecimalsMustBeWhole) {
  json doc = minimal_document();
  doc["policy"] = {{"display", {{"decimals", 1.5}}}};
  EXPECT_TRUE(Refuses(doc, "/policy/display/decimals", "expected a whole number"));
}

TEST(ConfigPolicy, DisplayMustBeAnObject) {
  json doc = minimal_document();
  doc["policy"] = {{"display", 2}};
  EXPECT_TRUE(Refuses(doc, "/policy/display", "expected an object, found a number"));
}

TEST(ConfigPolicy, UnknownKeysGetSuggestions) {
  json doc = minimal_document();
  doc["policy"] = {{"agregation", "mean_of_sasaran"}, {"display", {{"decimal", 2}}}};
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/policy/agregation", "did you mean 'aggregation'?"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/policy/display/decimal", "did you mean 'decimals'?"));
  EXPECT_EQ(diagnostics.size(), 2u) << diagnostics.to_string();
}

TEST(ConfigPolicy, ChoiceMustBeAString) {
  json doc = minimal_document();
  doc["policy"] = {{"pending", 1}};
  EXPECT_TRUE(Refuses(doc, "/policy/pending", "expected a string, found a number"));
}

// ---------------------------------------------------------------- unique ids

TEST(ConfigIds, DuplicateIndicatorIdInOneSasaran) {
  json doc = minimal_document();
  doc["sasaran"][0]["indicators"].push_back(indicator("IKK1"));
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/0/indicators/1/id", "duplicate indicator id 'IKK1'"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigIds, DuplicateIndicatorIdAcrossSasaran) {
  json doc = minimal_document();
  doc["sasaran"].push_back({{"id", "SK2"}, {"name", "Dua"}, {"indicators", {indicator("IKK2"), indicator("IKK1")}}});
  EXPECT_TRUE(Refuses(doc, "/sasaran/1/indicators/1/id", "duplicate indicator id 'IKK1'"));
}

TEST(ConfigIds, DuplicateSasaranId) {
  json doc = minimal_document();
  doc["sasaran"].push_back({{"id", "SK1"}, {"name", "Dua"}, {"indicators", {indicator("IKK2")}}});
  Diagnostics diagnostics;
  EXPECT_FALSE(read(doc, diagnostics));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran/1/id", "duplicate sasaran id 'SK1'"));
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.to_string();
}

TEST(ConfigIds, SameIdForSasaranAndIndicatorIsAllowed) {
  json doc = minimal_document();
  ind(doc)["id"] = "SK1";
  Diagnostics diagnostics;
  EXPECT_TRUE(read(doc, diagnostics)) << diagnostics.to_string();
}

// ---------------------------------------------------------------- load_config (files)

const char* const kMinimalText =
    R"json({"unit": "Biro Humas", "year": 2023, "sasaran": [{"id": "SK1", "name": "Sasaran satu", )json"
    R"json("indicators": [{"id": "IKK1", "name": "Indikator satu", "plugin": "manual", "target": ">= 81"}]}]})json";

TEST(ConfigLoad, MinimalFile) {
  TempDir dir;
  const auto file = dir.write("sub/config.json", kMinimalText);
  Diagnostics diagnostics;
  const auto config = kinerja::load_config(file, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->unit, "Biro Humas");
  EXPECT_EQ(config->path, file.lexically_normal());
  EXPECT_TRUE(config->path.is_absolute());
  EXPECT_EQ(config->dir, (dir.path() / "sub").lexically_normal());
}

TEST(ConfigLoad, Sha256OfTheFileBytes) {
  TempDir dir;
  const auto file = dir.write("config.json", kMinimalText);
  Diagnostics diagnostics;
  const auto config = kinerja::load_config(file, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->sha256.size(), 64u);
  EXPECT_TRUE(is_lower_hex(config->sha256)) << config->sha256;
  // Computed independently with `printf '%s' TEXT | sha256sum`.
  EXPECT_EQ(config->sha256, "bb3fdfb5c21e95a3e18743280457d408cb167e726e4fa7d772d56db967660b43");
}

TEST(ConfigLoad, Sha256ChangesWithTheFile) {
  TempDir dir;
  const auto file = dir.write("config.json", kMinimalText);
  Diagnostics diagnostics;
  const auto first = kinerja::load_config(file, diagnostics);
  const auto again = kinerja::load_config(file, diagnostics);
  // Same meaning, different bytes: one more space.
  dir.write("config.json", std::string(kMinimalText) + " ");
  const auto changed = kinerja::load_config(file, diagnostics);
  ASSERT_TRUE(first && again && changed) << diagnostics.to_string();
  EXPECT_EQ(first->sha256, again->sha256);
  EXPECT_NE(first->sha256, changed->sha256);
  EXPECT_EQ(changed->sha256.size(), 64u);
}

TEST(ConfigLoad, CommentsAreAllowed) {
  TempDir dir;
  const auto file = dir.write("config.json", R"json(// Perjanjian Kinerja 2023
{
  /* the unit */ "unit": "Biro Humas",
  "year": 2023, // tahun
  "sasaran": [{"id": "SK1", "name": "S", "indicators": [
    {"id": "IKK1", "name": "I", "plugin": "manual", "target": "< 20%"} // lower is better
  ]}]
}
)json");
  Diagnostics diagnostics;
  const auto config = kinerja::load_config(file, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->unit, "Biro Humas");
  EXPECT_EQ(config->sasaran[0].indicators[0].target.target.comparison, Comparison::less_than);
}

TEST(ConfigLoad, ByteOrderMarkIsAllowed) {
  TempDir dir;
  const auto plain = dir.write("plain.json", kMinimalText);
  const auto bom = dir.write("bom.json", std::string("\xEF\xBB\xBF") + kMinimalText);
  Diagnostics diagnostics;
  const auto a = kinerja::load_config(plain, diagnostics);
  const auto b = kinerja::load_config(bom, diagnostics);
  ASSERT_TRUE(a && b) << diagnostics.to_string();
  EXPECT_EQ(b->unit, "Biro Humas");
  EXPECT_EQ(b->year, 2023);
  // The hash is of the bytes, BOM included.
  EXPECT_NE(a->sha256, b->sha256);
}

TEST(ConfigLoad, SyntaxErrorGivesFileLineColumn) {
  TempDir dir;
  const auto file = dir.write("config.json", "{\n  \"unit\": \"Biro Humas\",\n}\n");
  Diagnostics diagnostics;
  try {
    kinerja::load_config(file, diagnostics);
    FAIL() << "no FileError";
  } catch (const FileError& e) {
    // The trailing comma is followed by '}' at line 3, column 1.
    EXPECT_THAT(e.what(), HasSubstr(file.string() + ":3:1:"));
    EXPECT_THAT(e.what(), HasSubstr("not valid JSON"));
  }
}

TEST(ConfigLoad, NumberTooLargeIsAFileError) {
  TempDir dir;
  const auto file = dir.write("config.json", "{\n  \"year\": 1e400\n}");
  Diagnostics diagnostics;
  try {
    kinerja::load_config(file, diagnostics);
    FAIL() << "no FileError";
  } catch (const FileError& e) {
    // "1e400" starts at line 2, column 11.
    EXPECT_THAT(e.what(), HasSubstr(file.string() + ":2:11:"));
  }
}

TEST(ConfigLoad, MissingFileThrowsFileError) {
  TempDir dir;
  Diagnostics diagnostics;
  const auto file = dir.path() / "nope.json";
  try {
    kinerja::load_config(file, diagnostics);
    FAIL() << "no FileError";
  } catch (const FileError& e) {
    EXPECT_THAT(e.what(), HasSubstr(file.string()));
    EXPECT_THAT(e.what(), HasSubstr("cannot open"));
  }
}

TEST(ConfigLoad, ProblemsAreReportedNotThrown) {
  TempDir dir;
  const auto file = dir.write("config.json", R"json({"unit": "", "year": 3000, "sasaran": [], "polcy": {}})json");
  Diagnostics diagnostics;
  std::optional<EvaluationConfig> config;
  ASSERT_NO_THROW(config = kinerja::load_config(file, diagnostics));
  EXPECT_FALSE(config);
  EXPECT_GE(diagnostics.size(), 4u) << diagnostics.to_string();
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/unit", "non-empty"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/year", "between 1945 and 2200"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/sasaran", "at least one"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "/polcy", "did you mean 'policy'?"));
}

TEST(ConfigLoad, TheBundledExampleConfig) {
  const auto file = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "configs" /
                    "biro-humas-2023-manual.json";
  ASSERT_TRUE(std::filesystem::exists(file)) << file;
  Diagnostics diagnostics;
  const auto config = kinerja::load_config(file, diagnostics);
  ASSERT_TRUE(config) << diagnostics.to_string();
  EXPECT_EQ(config->unit, "Biro Hubungan Masyarakat");
  EXPECT_EQ(config->organisation, "Kementerian Sosial RI");
  EXPECT_EQ(config->year, 2023);
  EXPECT_EQ(config->dir, file.parent_path().lexically_normal());
  EXPECT_EQ(config->policy.aggregation, AggregationMethod::mean_of_indicators);
  EXPECT_EQ(config->policy.pending, PendingPolicy::count_as_target);
  EXPECT_EQ(config->policy.display.decimals, 0);
  EXPECT_EQ(config->policy.display.mode, RoundingMode::half_up);
  ASSERT_EQ(config->sasaran.size(), 2u);
  EXPECT_EQ(config->sasaran[0].id, "SK1");
  EXPECT_EQ(config->sasaran[1].id, "SK2");
  ASSERT_EQ(config->sasaran[0].indicators.size(), 7u);
  ASSERT_EQ(config->sasaran[1].indicators.size(), 1u);

  const auto& ikk1 = config->sasaran[0].indicators[0];
  EXPECT_EQ(ikk1.id, "IKK1");
  EXPECT_EQ(ikk1.target.target.comparison, Comparison::less_than);
  EXPECT_EQ(ikk1.target.target.polarity, Polarity::lower_is_better);
  EXPECT_DOUBLE_EQ(ikk1.target.target.value, 20.0);
  EXPECT_EQ(ikk1.target.target.unit, "%");
  ASSERT_TRUE(ikk1.target_awal);
  EXPECT_DOUBLE_EQ(ikk1.params.at("realisasi").get<double>(), 13.51);

  const auto& ikk3 = config->sasaran[0].indicators[2];
  EXPECT_EQ(ikk3.target.target.comparison, Comparison::at_most);
  EXPECT_EQ(ikk3.target.target.unit, "hari kerja");
  EXPECT_DOUBLE_EQ(ikk3.target.target.value, 10.0);

  const auto& ikk4 = config->sasaran[0].indicators[3];
  EXPECT_EQ(ikk4.target.text, "100%");

  const auto& ikk5 = config->sasaran[0].indicators[4];
  EXPECT_FALSE(ikk5.pending);  // its pending block is a plugin parameter, not the config's
  EXPECT_EQ(ikk5.params.at("pending").at("reason"), "dalam proses penilaian APIP");

  const auto& ikk6 = config->sasaran[0].indicators[5];
  EXPECT_TRUE(ikk6.target_awal_na);
  EXPECT_FALSE(ikk6.target_awal);
  EXPECT_THAT(ikk6.revision_reason, HasSubstr("Ditambahkan dalam tahun berjalan"));

  const auto& ikk8 = config->sasaran[1].indicators[0];
  EXPECT_EQ(ikk8.pointer, "/sasaran/1/indicators/0");
  EXPECT_DOUBLE_EQ(ikk8.target.target.value, 90.0);
  ASSERT_TRUE(ikk8.target_awal);
  EXPECT_DOUBLE_EQ(ikk8.target_awal->target.value, 92.0);
  EXPECT_EQ(config->sha256.size(), 64u);
}

}  // namespace
