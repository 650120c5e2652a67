#include <kinerja/sdk/bands.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kinerja::sdk {
namespace {

using ::testing::HasSubstr;

// IKM mutu bands of PermenPANRB 14/2017 (lower bounds, inclusive).
const json ikm = json::parse(R"({"bound": "at_least", "source": "PermenPANRB 14/2017", "bands": [
  {"min": 88.31, "grade": "A", "label": "Sangat Baik"},
  {"min": 76.61, "grade": "B", "label": "Baik"},
  {"min": 65.00, "grade": "C", "label": "Kurang Baik"},
  {"grade": "D", "label": "Tidak Baik"}]})");

// SAKIP predikat: strictly above the bound.
const json sakip = json::parse(R"({"bound": "above", "bands": [
  {"min": 90, "grade": "AA", "meaning": "Sangat Memuaskan"},
  {"min": 80, "grade": "A"}, {"min": 70, "grade": "BB"}, {"min": 60, "grade": "B"},
  {"min": 50, "grade": "CC"}, {"min": 30, "grade": "C"}, {"grade": "D"}]})");

TEST(Bands, InclusiveLowerBounds) {
  const BandTable t = BandTable::from_json(ikm, "ikm");
  EXPECT_EQ(t.find(90.78)->grade, "A");
  EXPECT_EQ(t.find(88.31)->grade, "A");
  EXPECT_EQ(t.find(88.30)->grade, "B");
  EXPECT_EQ(t.find(83.94)->label, "Baik");
  EXPECT_EQ(t.find(64.99)->grade, "D");
  EXPECT_EQ(t.source(), "PermenPANRB 14/2017");
}

TEST(Bands, StrictBoundsAndExtraFields) {
  const BandTable t = BandTable::from_json(sakip, "sakip");
  EXPECT_EQ(t.find(79.47)->grade, "BB");
  EXPECT_EQ(t.find(80.0)->grade, "BB");  // "A > 80": 80 itself is not A
  EXPECT_EQ(t.find(80.01)->grade, "A");
  EXPECT_EQ(t.find(30.0)->grade, "D");
  EXPECT_EQ(t.find(95)->extra["meaning"], "Sangat Memuaskan");
}

TEST(Bands, WithoutAnOpenLastBandLowValuesFallNowhere) {
  const BandTable t = BandTable::from_json(json::parse(R"({"bands": [{"min": 50, "grade": "ok"}]})"), "t");
  EXPECT_EQ(t.find(50)->grade, "ok");
  EXPECT_EQ(t.find(49.9), nullptr);
}

TEST(Bands, RefusesMalformedTables) {
  const auto refusal = [](const char* text) {
    try {
      BandTable::from_json(json::parse(text), "f.json: /tables/x");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_THAT(refusal(R"({"bands": []})"), HasSubstr("/tables/x/bands: expected a non-empty array"));
  EXPECT_THAT(refusal(R"({"bands": [{"min": 1}]})"), HasSubstr("/bands/0: expected an object with a \"grade\""));
  EXPECT_THAT(refusal(R"({"bands": [{"grade": "A"}, {"min": 1, "grade": "B"}]})"),
              HasSubstr("/bands/0/min: only the last band may have no minimum"));
  EXPECT_THAT(refusal(R"({"bands": [{"min": 1, "grade": "A"}, {"min": 2, "grade": "B"}]})"),
              HasSubstr("/bands/1/min: bands must go from the highest minimum down"));
  EXPECT_THAT(refusal(R"({"bound": "over", "bands": [{"grade": "A"}]})"), HasSubstr("/bound: expected"));
  EXPECT_THAT(refusal(R"({"bands": [{"min": "88,31", "grade": "A"}]})"), HasSubstr("/bands/0/min: expected a number"));
}

}  // namespace
}  // namespace kinerja::sdk
