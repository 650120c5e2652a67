// The progress service: guarded by struct_size, throttled by the SDK.
#include <kinerja/sdk/progress.hpp>

#include <cstddef>
#include <vector>

#include <gtest/gtest.h>

namespace kinerja::sdk {
namespace {

std::vector<std::uint64_t> calls;

void record(void*, const char*, std::uint64_t done, std::uint64_t) { calls.push_back(done); }

TEST(Progress, ReachesAHostThatOffersIt) {
  calls.clear();
  kinerja_host_services services{};
  services.struct_size = sizeof(kinerja_host_services);
  services.progress = &record;
  Host(&services).progress("x", 5, 10);
  EXPECT_EQ(calls, (std::vector<std::uint64_t>{5}));
}

TEST(Progress, IsANoOpOnAHostOlderThanTheService) {
  calls.clear();
  kinerja_host_services services{};
  // A 1.0 host's table ends before `progress`; whatever lies there is not ours.
  services.struct_size = offsetof(kinerja_host_services, progress);
  services.progress = &record;
  Host(&services).progress("x", 5, 10);
  EXPECT_TRUE(calls.empty());
  Host(nullptr).progress("x", 5, 10);  // no services at all
}

TEST(Progress, ThrottledToHalfPercentStepsOfAtLeastAMegabyte) {
  calls.clear();
  kinerja_host_services services{};
  services.struct_size = sizeof(kinerja_host_services);
  services.progress = &record;
  const Host host(&services);
  const std::uint64_t total = 1000u << 20;  // 1000 MiB: a step is 5 MiB
  Progress progress(host, "articles.csv", total);
  for (std::uint64_t done = 0; done <= total; done += 1u << 16) progress.update(done);
  progress.finish();
  // 0, 5 MiB, ..., 1000 MiB: 201 updates, then the finish.
  ASSERT_EQ(calls.size(), 202u);
  EXPECT_EQ(calls[1], 5u << 20);
  EXPECT_EQ(calls.back(), total);
}

}  // namespace
}  // namespace kinerja::sdk
