// Loading plugins: a good one, and each way a library is refused. The
// fixture libraries are built from tests/fixtures/plugins, one per folder.
#include <cstdlib>

#include <gtest/gtest.h>

#include "plugin_instance.hpp"
#include "plugin_registry.hpp"
#include "plugin_result.hpp"
#include "kinerja_test_paths.hpp"

namespace kinerja {
namespace {

const std::filesystem::path fixtures = KINERJA_FIXTURE_PLUGIN_DIR;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

PluginRegistry load(std::initializer_list<const char*> folders) {
  PluginRegistry registry;
  for (const char* folder : folders) EXPECT_TRUE(registry.load_directory(fixtures / folder)) << folder;
  return registry;
}

TEST(PluginLoading, GoodPluginIsLoadedWithItsDescriptor) {
  const PluginRegistry registry = load({"good"});
  ASSERT_EQ(registry.plugins().size(), 1u);
  ASSERT_TRUE(registry.refused().empty()) << registry.refused()[0].reason;
  const PluginLibrary& p = *registry.plugins()[0];
  EXPECT_EQ(p.name, "fixture");
  EXPECT_EQ(p.version, "0.0.1");
  EXPECT_EQ(p.abi(), host_abi());
  EXPECT_EQ(p.indicator_types, (std::vector<std::string>{"fixture", "fixture_alias"}));
  EXPECT_TRUE(p.path.is_absolute());
  EXPECT_TRUE(p.parameters["properties"].contains("value"));
  EXPECT_EQ(registry.find_type("fixture_alias"), &p);
  EXPECT_EQ(registry.find_type("manual"), nullptr);
}

TEST(PluginLoading, PlainCPluginLoadsAndEvaluates) {
  const PluginRegistry registry = load({"c-plugin"});
  ASSERT_EQ(registry.plugins().size(), 1u);
  PluginInstance instance(*registry.plugins()[0]);
  const PluginCall call = instance.evaluate(R"({"indicator": {"id": "X", "type": "c-fixture"}, "params": {}})");
  ASSERT_TRUE(call.ok()) << call.text;
  const PluginResult result = parse_plugin_result(call.text);
  EXPECT_EQ(result.realisasi, 42.0);
  EXPECT_EQ(result.note, "from C");
}

TEST(PluginLoading, LibraryWithoutEntrySymbolIsRefused) {
  const PluginRegistry registry = load({"no-entry"});
  EXPECT_TRUE(registry.plugins().empty());
  ASSERT_EQ(registry.refused().size(), 1u);
  EXPECT_TRUE(contains(registry.refused()[0].reason, "no entry symbol 'kinerja_plugin_entry'"));
  EXPECT_TRUE(contains(registry.refused()[0].path.string(), "kinerja-no-entry"));
}

TEST(PluginLoading, AbiMajor99IsRefusedNamingBothVersions) {
  const PluginRegistry registry = load({"abi-major-99"});
  EXPECT_TRUE(registry.plugins().empty());
  ASSERT_EQ(registry.refused().size(), 1u);
  const std::string& reason = registry.refused()[0].reason;
  EXPECT_TRUE(contains(reason, "plugin ABI 99." + std::to_string(KINERJA_ABI_MINOR))) << reason;
  EXPECT_TRUE(contains(reason, "host ABI " + host_abi())) << reason;
  EXPECT_TRUE(contains(reason, "major")) << reason;
}

TEST(PluginLoading, NewerMinorIsRefusedNamingBothVersions) {
  const PluginRegistry registry = load({"abi-minor-newer"});
  EXPECT_TRUE(registry.plugins().empty());
  ASSERT_EQ(registry.refused().size(), 1u);
  const std::string& reason = registry.refused()[0].reason;
  const std::string plugin_abi = std::to_string(KINERJA_ABI_MAJOR) + "." + std::to_string(KINERJA_ABI_MINOR + 1);
  EXPECT_TRUE(contains(reason, "plugin ABI " + plugin_abi)) << reason;
  EXPECT_TRUE(contains(reason, "newer host")) << reason;
}

TEST(PluginLoading, UnresolvedSymbolIsRefusedAtLoadNotAtFirstCall) {
  const PluginRegistry registry = load({"unresolved"});
  EXPECT_TRUE(registry.plugins().empty());
  ASSERT_EQ(registry.refused().size(), 1u);
  EXPECT_TRUE(contains(registry.refused()[0].reason, "kinerja_fixture_symbol_nobody_defines"))
      << registry.refused()[0].reason;
}

TEST(PluginLoading, DuplicateNameIsRefusedAndTheFirstKept) {
  const PluginRegistry registry = load({"good", "duplicate"});
  ASSERT_EQ(registry.plugins().size(), 1u);
  EXPECT_TRUE(contains(registry.plugins()[0]->path.string(), "/good/"));
  ASSERT_EQ(registry.refused().size(), 1u);
  EXPECT_TRUE(contains(registry.refused()[0].reason, "duplicate plugin name 'fixture'"));
  EXPECT_TRUE(contains(registry.refused()[0].reason, "/good/"));  // says where the first came from
}

TEST(PluginLoading, MissingFolderIsReportedToTheCaller) {
  PluginRegistry registry;
  EXPECT_FALSE(registry.load_directory(fixtures / "no-such-folder"));
}

TEST(PluginLoading, PluginReportingAnErrorGivesItsStatusAndMessage) {
  const PluginRegistry registry = load({"reports-error"});
  ASSERT_EQ(registry.plugins().size(), 1u);
  PluginInstance instance(*registry.plugins()[0]);
  const PluginCall call = instance.evaluate("{}");
  EXPECT_EQ(call.status, KINERJA_ERROR_INPUT);
  EXPECT_TRUE(contains(call.text, "records.csv:7"));
}

TEST(PluginLoading, SdkMapsExceptionsToStatusCodes) {
  const PluginRegistry registry = load({"good"});
  PluginInstance instance(*registry.plugins()[0]);
  const std::string head = R"({"indicator": {"id": "T", "type": "fixture"}, "params": {"throw": ")";
  EXPECT_EQ(instance.evaluate(head + R"(config"}})").status, KINERJA_ERROR_CONFIG);
  const PluginCall input = instance.evaluate(head + R"(input"}})");
  EXPECT_EQ(input.status, KINERJA_ERROR_INPUT);
  EXPECT_TRUE(contains(input.text, "fixture.csv:3"));
  EXPECT_EQ(instance.evaluate(head + R"(internal"}})").status, KINERJA_ERROR_INTERNAL);
  const PluginCall other = instance.evaluate(head + R"(other"}})");
  EXPECT_EQ(other.status, KINERJA_ERROR_INTERNAL);
  EXPECT_TRUE(contains(other.text, "unknown exception"));
  // A request that is not JSON is a config error, not a crash.
  EXPECT_EQ(instance.evaluate("not json").status, KINERJA_ERROR_CONFIG);
  // And the instance still works afterwards.
  const PluginCall ok = instance.evaluate(R"({"indicator": {"id": "T", "type": "fixture"}, "params": {"value": 5}})");
  ASSERT_TRUE(ok.ok()) << ok.text;
  EXPECT_EQ(parse_plugin_result(ok.text).realisasi, 5.0);
}

TEST(PluginLoading, CheckReturnsThePluginsProblems) {
  const PluginRegistry registry = load({"good"});
  PluginInstance instance(*registry.plugins()[0]);
  const PluginCall call =
      instance.check(R"({"indicator": {"id": "T", "type": "fixture"}, "params": {"value": 1, "missing": true}})");
  ASSERT_TRUE(call.ok());
  const auto problems = nlohmann::json::parse(call.text);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0]["path"], "/params/missing");
}

TEST(PluginSearchPath, OrderIsCliThenEnvironmentThenBundled) {
  const auto dirs = plugin_search_path({"/cli/a", "/cli/b"}, "/env/x::/env/y:", true);
  ASSERT_EQ(dirs.size(), 5u);
  EXPECT_EQ(dirs[0], "/cli/a");
  EXPECT_EQ(dirs[1], "/cli/b");
  EXPECT_EQ(dirs[2], "/env/x");  // empty entries are skipped, never "."
  EXPECT_EQ(dirs[3], "/env/y");
  EXPECT_EQ(dirs[4], bundled_plugin_dir());
}

TEST(PluginSearchPath, BundledCanBeLeftOutAndNeverIsTheWorkingDirectory) {
  const auto dirs = plugin_search_path({}, nullptr, false);
  EXPECT_TRUE(dirs.empty());
  EXPECT_TRUE(bundled_plugin_dir().is_absolute());
  EXPECT_NE(bundled_plugin_dir(), std::filesystem::current_path());
}

TEST(PluginSearchPath, BundledFolderIsBesideTheExecutableAsInTheInstallTree) {
  // The test binary sits in the same bin/ as kinerja, so the bundled folder
  // it computes is where the build put the bundled plugins.
  EXPECT_EQ(std::filesystem::weakly_canonical(bundled_plugin_dir()),
            std::filesystem::weakly_canonical(KINERJA_BUNDLED_PLUGIN_DIR));
}

}  // namespace
}  // namespace kinerja
