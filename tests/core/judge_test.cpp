// Pending, missing and failed values under each policy.
#include "judge.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

class Judge : public ::testing::Test {
 protected:
  Judge() {
    sakip.id = "IKK5";
    sakip.target = TargetSpec{Target{77, Polarity::higher_is_better, Comparison::at_least, ""}, ">= 77"};
    ppid.id = "IKK3";
    ppid.target = TargetSpec{Target{10, Polarity::lower_is_better, Comparison::at_most, "hari kerja"}, "10"};
  }

  IndicatorOutcome pending(const IndicatorConfig& config, std::optional<double> provisional) {
    IndicatorOutcome o;
    o.config = &config;
    o.status = IndicatorStatus::pending;
    o.pending = PendingOutcome{PendingSpec{"dalam proses penilaian APIP", provisional}, "plugin"};
    o.realisasi = provisional;
    return o;
  }

  Policy with(PendingPolicy p) {
    Policy policy;
    policy.pending = p;
    return policy;
  }

  IndicatorConfig sakip;
  IndicatorConfig ppid;
};

TEST_F(Judge, FinalValueGetsCapaianAndTargetMet) {
  IndicatorOutcome o;
  o.config = &ppid;
  o.status = IndicatorStatus::final_value;
  o.realisasi = 2.74;
  judge(o, Policy{});
  EXPECT_NEAR(*o.capaian.value, 172.6, 1e-9);
  EXPECT_TRUE(o.counted);
  EXPECT_EQ(o.target_met, true);
  EXPECT_TRUE(o.warnings.empty());
}

TEST_F(Judge, PendingCountAsTargetIsHundredPercent) {
  IndicatorOutcome o = pending(sakip, 77.0);
  judge(o, with(PendingPolicy::count_as_target));
  ASSERT_TRUE(o.capaian.value);
  EXPECT_NEAR(*o.capaian.value, 100.0, 1e-12);
  EXPECT_TRUE(o.counted);
  EXPECT_FALSE(o.target_met);  // not known while pending
}

TEST_F(Judge, PendingCountAsTargetNeedsNoProvisionalValue) {
  IndicatorOutcome o = pending(ppid, std::nullopt);
  judge(o, with(PendingPolicy::count_as_target));
  EXPECT_NEAR(*o.capaian.value, 100.0, 1e-12);  // lower is better: (2T - T)/T
  EXPECT_TRUE(o.counted);
}

TEST_F(Judge, PendingExcludedIsLeftOutOfTheMeans) {
  IndicatorOutcome o = pending(sakip, 77.0);
  judge(o, with(PendingPolicy::exclude));
  EXPECT_FALSE(o.capaian.value);
  EXPECT_FALSE(o.counted);
  EXPECT_EQ(o.capaian.condition, CapaianCondition::pending_excluded);
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_NE(o.warnings[0].find("dalam proses penilaian APIP"), std::string::npos);
}

TEST_F(Judge, PendingUsesTheProvisionalValue) {
  IndicatorOutcome o = pending(sakip, 75.46);
  judge(o, with(PendingPolicy::use_provisional));
  EXPECT_NEAR(*o.capaian.value, 7546.0 / 77.0, 1e-9);
  EXPECT_TRUE(o.counted);
  EXPECT_EQ(o.target_met, false);
}

TEST_F(Judge, PendingUseProvisionalWithoutOneIsLeftOutWithAWarning) {
  IndicatorOutcome o = pending(sakip, std::nullopt);
  judge(o, with(PendingPolicy::use_provisional));
  EXPECT_FALSE(o.counted);
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_NE(o.warnings[0].find("provisional"), std::string::npos);
}

TEST_F(Judge, MissingIsNeverAZero) {
  IndicatorOutcome o;
  o.config = &sakip;
  o.status = IndicatorStatus::missing;
  judge(o, Policy{});
  EXPECT_FALSE(o.capaian.value);
  EXPECT_FALSE(o.counted);
  EXPECT_EQ(o.capaian.condition, CapaianCondition::missing_realisasi);
  EXPECT_EQ(o.warnings.size(), 1u);
}

TEST_F(Judge, ErrorIsNotCounted) {
  IndicatorOutcome o;
  o.config = &sakip;
  o.status = IndicatorStatus::error;
  o.realisasi = 80.0;  // whatever was there, an error is not judged
  judge(o, Policy{});
  EXPECT_FALSE(o.counted);
  EXPECT_FALSE(o.capaian.value);
}

TEST_F(Judge, ZeroTargetFinalIsLeftOutWithTheReason) {
  IndicatorConfig zero = sakip;
  zero.target.target.value = 0;
  IndicatorOutcome o;
  o.config = &zero;
  o.status = IndicatorStatus::final_value;
  o.realisasi = 3.0;
  judge(o, Policy{});
  EXPECT_FALSE(o.counted);
  EXPECT_EQ(o.capaian.condition, CapaianCondition::zero_target);
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_NE(o.warnings[0].find("target is 0"), std::string::npos);
}

TEST_F(Judge, CapFromThePolicyApplies) {
  IndicatorOutcome o;
  o.config = &ppid;
  o.status = IndicatorStatus::final_value;
  o.realisasi = 2.74;
  Policy policy;
  policy.capaian.cap = 120.0;
  judge(o, policy);
  EXPECT_EQ(*o.capaian.value, 120.0);
  EXPECT_NEAR(*o.capaian.uncapped, 172.6, 1e-9);
}

}  // namespace
}  // namespace kinerja
