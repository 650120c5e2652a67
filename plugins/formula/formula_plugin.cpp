// formula: the plugin glue. The parameters, the checks and the evaluation
// are in formula.cpp, the tables in aggregates.cpp, muparser in
// expression.cpp.
#include <kinerja/sdk/plugin.hpp>

#include "formula.hpp"

namespace {

namespace sdk = kinerja::sdk;
namespace formula = kinerja::formula;

class FormulaPlugin : public sdk::PluginWith<FormulaPlugin, formula::Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<formula::Settings> parameters() { return formula::parameters(); }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "formula";
    info.version = "2.0.0";
    info.description = "An indicator defined in the config: an expression over named numbers and table aggregates";
    info.indicator_types = {"formula"};
    info.parameters = schema();
    return info;
  }

  void validate(const sdk::Request&, const formula::Settings& s, std::vector<sdk::Problem>& problems) override {
    formula::validate(s, problems);
  }

  sdk::Result compute(const sdk::Request&, const formula::Settings& s) override { return formula::evaluate(s, &host()); }
};

}  // namespace

KINERJA_PLUGIN(FormulaPlugin)
