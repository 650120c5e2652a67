// ikm: the community satisfaction index (Indeks Kepuasan Masyarakat) of
// PermenPANRB 14/2017, from the questionnaires or from a published per-unsur
// summary. This file is the plugin glue: parameters, checks, reading the
// CSV, and the result; the arithmetic is in ikm.cpp.
#include <filesystem>
#include <string>
#include <vector>

#include <kinerja/sdk/csv.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>
#include <kinerja/sdk/progress.hpp>

#include "ikm.hpp"

namespace {

namespace fs = std::filesystem;
namespace sdk = kinerja::sdk;
namespace ikm = kinerja::ikm;
using sdk::json;

constexpr const char* default_regulation = "PermenPANRB-14-2017";
constexpr const char* blank_group = "(blank)";

// {"U1": schema, ..., "U9": schema}, each described with the unsur's name.
json per_unsur(const json& schema, const std::string& what) {
  json properties = json::object();
  for (const auto& u : ikm::unsur_list()) {
    json s = schema;
    s["description"] = what + " " + u.id + " " + u.name + ".";
    properties[u.id] = s;
  }
  return properties;
}

json all_unsur_ids() {
  json ids = json::array();
  for (const auto& u : ikm::unsur_list()) ids.push_back(u.id);
  return ids;
}

json parameters() {
  const json nrr{{"type", "number"}, {"minimum", 1}, {"maximum", 4}};
  return {
      {"type", "object"},
      // A whole params object for `kinerja plugins info ikm`: a published summary.
      {"examples", json::parse(R"([{"summary": {"nrr": {"U1": 3.559, "U2": 3.517, "U3": 3.556, "U4": 4.0, "U5": 3.514,
                                                   "U6": 3.563, "U7": 3.608, "U8": 3.811, "U9": 3.552},
                                           "respondents": 286}}])")},
      {"properties",
       {{"responses",
         {{"type", "string"},
          {"format", "path"},
          {"title", "Questionnaire answers"},
          {"description",
           "CSV file, one row per questionnaire: the nine answers 1..4 (a blank cell is no answer), ',' or ';' "
           "separated, UTF-8 with or without BOM. Give this or summary."}}},
        {"columns",
         {{"type", "object"},
          {"description", "The column of each unsur in the responses file. Default: columns named U1..U9."},
          {"properties", per_unsur({{"type", "string"}}, "Column of")},
          {"required", all_unsur_ids()},
          {"examples", json::array({{{"U1", "Persyaratan"}, {"U2", "Prosedur"}, {"U3", "Waktu"}, {"U4", "Biaya"},
                                      {"U5", "Produk"}, {"U6", "Kompetensi"}, {"U7", "Perilaku"},
                                      {"U8", "Pengaduan"}, {"U9", "Sarana"}}})}}},
        {"group_column",
         {{"type", "string"},
          {"description",
           "Column naming each respondent's group (e.g. Internal, K/L/Pemda, Non-pemerintah): respondents and IKM "
           "per group."}}},
        {"summary",
         {{"type", "object"},
          {"description", "A published per-unsur summary instead of the answers. Give this or responses."},
          {"properties",
           {{"nrr",
             {{"type", "object"},
              {"description", "NRR (mean answer, 1..4) of each unsur."},
              {"properties", per_unsur(nrr, "NRR of")},
              {"required", all_unsur_ids()}}},
            {"respondents",
             {{"type", "integer"}, {"minimum", 0}, {"description", "How many questionnaires the summary comes from."}}}}},
          {"required", json::array({"nrr"})}}},
        {"weights",
         {{"type", "string"},
          {"enum", json::array({"exact", "0.111"})},
          {"default", "exact"},
          {"description",
           "Weight of each NRR: exact (1/9) or 0.111 as some documents round it (0.1% lower IKM)."}}},
        {"regulation",
         {{"type", "string"},
          {"default", default_regulation},
          {"description", "Which band tables of the band file to grade with."}}},
        {"bands",
         {{"type", "string"},
          {"format", "path"},
          {"description", "A unit's own band file, same format as the bundled ikm/bands.json. Default: the bundled one."}}},
        {"population",
         {{"type", "integer"},
          {"minimum", 1},
          {"description",
           "How many people received the service: the sample is checked against Krejcie & Morgan."}}},
        {"published",
         {{"type", "object"},
          {"description", "Figures the report printed: each disagreement with the computed one is a warning."},
          {"properties",
           {{"ikm", {{"type", "number"}, {"minimum", 25}, {"maximum", 100}, {"description", "The IKM printed."}}},
            {"nrr",
             {{"type", "object"},
              {"description", "The NRR printed per unsur (any of U1..U9)."},
              {"properties", per_unsur(nrr, "Printed NRR of")}}},
            {"respondents",
             {{"type", "integer"}, {"minimum", 0}, {"description", "The number of respondents printed."}}}}}}},
        {"evidence",
         {{"type", "string"}, {"description", "Where the survey comes from; becomes the indicator's note."}}}}}};
}

// The parameters, read once the host has checked them against the description.
struct Settings {
  std::optional<fs::path> responses;
  std::array<std::string, ikm::unsur_count> columns;
  std::optional<std::string> group_column;
  std::optional<std::array<double, ikm::unsur_count>> summary_nrr;
  std::optional<std::uint64_t> summary_respondents;
  ikm::Weights weights = ikm::Weights::exact;
  std::string regulation = default_regulation;
  fs::path bands;
  std::optional<std::uint64_t> population;
  ikm::Published published;
  std::string evidence;
};

std::optional<std::uint64_t> count_at(const json& object, const char* key) {
  if (!object.contains(key)) return std::nullopt;
  return object.at(key).get<std::uint64_t>();  // the description says integer >= 0
}

Settings read_settings(const json& p) {
  Settings s;
  const auto& unsur = ikm::unsur_list();
  if (p.contains("responses")) s.responses = p.at("responses").get<std::string>();
  for (std::size_t u = 0; u < unsur.size(); ++u) {
    s.columns[u] = p.contains("columns") ? p.at("columns").at(unsur[u].id).get<std::string>() : unsur[u].id;
  }
  if (p.contains("group_column")) s.group_column = p.at("group_column").get<std::string>();
  if (p.contains("summary")) {
    const json& summary = p.at("summary");
    std::array<double, ikm::unsur_count> nrr{};
    for (std::size_t u = 0; u < unsur.size(); ++u) nrr[u] = summary.at("nrr").at(unsur[u].id).get<double>();
    s.summary_nrr = nrr;
    s.summary_respondents = count_at(summary, "respondents");
  }
  s.weights = ikm::parse_weights(p.value("weights", std::string("exact"))).value_or(ikm::Weights::exact);
  s.regulation = p.value("regulation", std::string(default_regulation));
  s.bands = p.contains("bands") ? fs::path(p.at("bands").get<std::string>())
                                : sdk::plugin_data_dir("ikm") / "bands.json";
  s.population = count_at(p, "population");
  if (p.contains("published")) {
    const json& published = p.at("published");
    if (published.contains("ikm")) s.published.ikm = published.at("ikm").get<double>();
    for (std::size_t u = 0; u < unsur.size(); ++u) {
      if (published.contains("nrr") && published.at("nrr").contains(unsur[u].id)) {
        s.published.nrr[u] = published.at("nrr").at(unsur[u].id).get<double>();
      }
    }
    s.published.respondents = count_at(published, "respondents");
  }
  s.evidence = p.value("evidence", std::string{});
  return s;
}

// A column name as the CSV reader matches it: case and outer spaces ignored.
std::string column_key(const std::string& name) {
  std::string key = sdk::csv::Reader::trim(name);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

// Rules across parameters that the description cannot say. No file is read.
std::vector<sdk::Problem> param_problems(const json& p) {
  const bool responses = p.contains("responses"), summary = p.contains("summary");
  if (responses && summary) {
    return {{"/params/summary",
             "give either responses (the questionnaires) or summary (the published NRR per unsur), not both"}};
  }
  if (!responses && !summary) {
    return {{"/params", "give responses (a CSV of the questionnaires) or summary (the published NRR per unsur)"}};
  }
  std::vector<sdk::Problem> problems;
  if (summary) {
    for (const char* key : {"columns", "group_column"}) {
      if (p.contains(key)) problems.push_back({std::string("/params/") + key, "applies only to responses, not to summary"});
    }
    return problems;
  }
  // Two unsur read from one column is a mapping mistake, not a survey.
  const Settings s = read_settings(p);
  const auto& unsur = ikm::unsur_list();
  for (std::size_t u = 0; u < unsur.size(); ++u) {
    for (std::size_t earlier = 0; earlier < u; ++earlier) {
      if (column_key(s.columns[u]) == column_key(s.columns[earlier])) {
        problems.push_back({std::string("/params/columns/") + unsur[u].id,
                            std::string(unsur[u].id) + " reads the same column '" + s.columns[u] + "' as " +
                                unsur[earlier].id});
        break;
      }
    }
    if (s.group_column && column_key(*s.group_column) == column_key(s.columns[u])) {
      problems.push_back({"/params/group_column", "column '" + *s.group_column + "' is already " + unsur[u].id + "'s"});
    }
  }
  return problems;
}

ikm::BandSet load_bands(const Settings& s) {
  return ikm::select_bands(sdk::read_json_data(s.bands), s.bands.string(), s.regulation);
}

// Where each unsur (and the group) is in the file; a missing column is a
// ConfigError naming the parameter and listing the header.
struct Layout {
  std::array<std::size_t, ikm::unsur_count> unsur{};
  std::optional<std::size_t> group;
};

Layout find_columns(const sdk::csv::Reader& reader, const Settings& s) {
  Layout layout;
  const auto& unsur = ikm::unsur_list();
  for (std::size_t u = 0; u < unsur.size(); ++u) {
    layout.unsur[u] = reader.column(s.columns[u], std::string("columns.") + unsur[u].id);
  }
  if (s.group_column) layout.group = reader.column(*s.group_column, "group_column");
  return layout;
}

// Each column the settings name that the header lacks, at the parameter
// that named it (the responses file itself when the names are the default).
std::vector<sdk::Problem> column_problems(const sdk::csv::Reader& reader, const Settings& s, bool columns_given) {
  std::vector<sdk::Problem> problems;
  const auto& unsur = ikm::unsur_list();
  for (std::size_t u = 0; u < unsur.size(); ++u) {
    try {
      reader.column(s.columns[u], std::string("columns.") + unsur[u].id);
    } catch (const sdk::ConfigError& e) {
      problems.push_back({columns_given ? std::string("/params/columns/") + unsur[u].id : "/params/responses", e.what()});
    }
  }
  if (s.group_column) {
    try {
      reader.column(*s.group_column, "group_column");
    } catch (const sdk::ConfigError& e) {
      problems.push_back({"/params/group_column", e.what()});
    }
  }
  return problems;
}

struct Survey {
  ikm::GroupedTally tally;
  std::uint64_t unanswered = 0;               // questionnaires with no answer at all
  std::vector<std::size_t> unanswered_lines;  // the first few, for the warning
};

// Streams the file: memory grows with the number of groups, not of rows.
Survey read_responses(const Settings& s, const sdk::Host& host) {
  sdk::csv::Reader reader(*s.responses);
  sdk::Progress progress(host, s.responses->filename().string(), reader.size());
  const Layout layout = find_columns(reader, s);
  const auto& unsur = ikm::unsur_list();
  Survey survey;
  sdk::csv::Row row;
  ikm::Answers answers;
  while (reader.next(row)) {
    for (std::size_t u = 0; u < unsur.size(); ++u) {
      const std::size_t column = layout.unsur[u];
      ikm::ParsedAnswer parsed = ikm::parse_answer(row.fields[column]);
      if (!parsed.problem.empty()) {
        throw sdk::InputError(reader.location(row, column) + ": " + parsed.problem + " (" + unsur[u].id + " " +
                              unsur[u].name + ")");
      }
      answers[u] = parsed.value;
    }
    std::string group = layout.group ? sdk::csv::Reader::trim(row.fields[*layout.group]) : std::string{};
    if (layout.group && group.empty()) group = blank_group;
    if (!survey.tally.add(group, answers)) {
      ++survey.unanswered;
      if (survey.unanswered_lines.size() < 5) survey.unanswered_lines.push_back(row.line);
    }
    progress.update(reader.bytes_read());
  }
  progress.finish();
  return survey;
}

json grade_json(const ikm::Grade& grade) { return {{"mutu", grade.grade}, {"kinerja", grade.label}}; }

// What was measured, in the order a reader of the LKj table expects.
json unsur_json(const std::array<double, ikm::unsur_count>& nrr, const ikm::BandSet& bands, const Settings& s,
                const ikm::Tally* tally) {
  json out = json::array();
  const auto& unsur = ikm::unsur_list();
  for (std::size_t u = 0; u < unsur.size(); ++u) {
    json entry = grade_json(ikm::grade_of(bands.nrr, nrr[u], std::string("NRR ") + unsur[u].id));
    entry["id"] = unsur[u].id;
    entry["name"] = unsur[u].name;
    entry["nrr"] = nrr[u];
    entry["respondents"] = tally ? json(tally->answers(u)) : json(nullptr);
    if (tally) entry["column"] = s.columns[u];
    out.push_back(entry);
  }
  return out;
}

json groups_json(const Survey& survey, const ikm::BandSet& bands, const Settings& s,
                 std::vector<std::string>& warnings) {
  json out = json::array();
  const auto& unsur = ikm::unsur_list();
  for (const auto& group : survey.tally.groups()) {
    json entry{{"group", group.name}, {"respondents", group.tally.respondents()}};
    json nrr = json::object();
    for (std::size_t u = 0; u < unsur.size(); ++u) {
      const auto value = group.tally.nrr(u);
      nrr[unsur[u].id] = value ? json(*value) : json(nullptr);
      if (!value) warnings.push_back("group '" + group.name + "': no answer for " + unsur[u].id + " " + unsur[u].name +
                                     ", so no IKM for the group");
    }
    entry["nrr"] = nrr;
    if (const auto all = group.tally.all_nrr()) {
      const double value = ikm::ikm_of(*all, s.weights);
      entry["ikm"] = value;
      entry.update(grade_json(ikm::grade_of(bands.ikm, value, "IKM of group '" + group.name + "'")));
    } else {
      entry["ikm"] = nullptr;
      entry["mutu"] = nullptr;
      entry["kinerja"] = nullptr;
    }
    out.push_back(entry);
  }
  return out;
}

std::string lines_text(const std::vector<std::size_t>& lines, std::uint64_t total) {
  std::string text;
  for (std::size_t line : lines) text += (text.empty() ? "" : ", ") + std::to_string(line);
  return lines.size() < total ? text + ", ..." : text;
}

class IkmPlugin : public sdk::Plugin {
 public:
  using Plugin::Plugin;

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "ikm";
    info.version = "1.0.0";
    info.description = "Community satisfaction index (IKM, PermenPANRB 14/2017) from questionnaires or a per-unsur summary";
    info.indicator_types = {"ikm"};
    info.parameters = parameters();
    return info;
  }

  // validate: the parameter rules, then the band table and the CSV header,
  // so that a wrong regulation or column is caught before a run.
  std::vector<sdk::Problem> check(const sdk::Request& request) override {
    std::vector<sdk::Problem> problems = param_problems(request.params);
    if (!problems.empty()) return problems;
    const Settings s = read_settings(request.params);
    const std::string bands_pointer = request.params.contains("bands") ? "/params/bands" : "/params/regulation";
    try {
      load_bands(s);
    } catch (const sdk::ConfigError& e) {
      problems.push_back({"/params/regulation", e.what()});
    } catch (const sdk::InputError& e) {
      problems.push_back({bands_pointer, e.what()});
    }
    if (s.responses) {
      try {
        const sdk::csv::Reader reader(*s.responses);
        for (auto& p : column_problems(reader, s, request.params.contains("columns"))) problems.push_back(std::move(p));
      } catch (const sdk::InputError& e) {
        problems.push_back({"/params/responses", e.what()});
      }
    }
    return problems;
  }

  sdk::Result evaluate(const sdk::Request& request) override {
    // The host does not call check before evaluate: repeat the rules.
    if (const auto problems = param_problems(request.params); !problems.empty()) {
      throw sdk::ConfigError(problems.front().path + ": " + problems.front().message);
    }
    const Settings s = read_settings(request.params);
    const ikm::BandSet bands = load_bands(s);
    std::vector<std::string> warnings;

    std::array<double, ikm::unsur_count> nrr{};
    std::optional<std::uint64_t> respondents;
    Survey survey;
    if (s.responses) {
      survey = read_responses(s, host());
      const ikm::Tally& all = survey.tally.overall();
      host().debug("read " + std::to_string(all.respondents()) + " questionnaires from " + s.responses->string());
      if (survey.unanswered > 0) {
        warnings.push_back(std::to_string(survey.unanswered) + " questionnaire(s) with no answer at all (line " +
                           lines_text(survey.unanswered_lines, survey.unanswered) + ") not counted");
      }
      if (all.respondents() == 0) {
        sdk::Result missing = sdk::Result::missing_value("no answered questionnaire in " + s.responses->string());
        missing.breakdown = {{"source", "responses"}, {"respondents", 0}};
        missing.warnings = warnings;
        return missing;
      }
      for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
        if (!all.nrr(u)) {
          throw sdk::InputError(s.responses->string() + ": no answer at all in column '" + s.columns[u] + "' (" +
                                ikm::unsur_list()[u].id + "), so its NRR and the IKM cannot be computed");
        }
      }
      nrr = *all.all_nrr();
      respondents = all.respondents();
    } else {
      nrr = *s.summary_nrr;
      respondents = s.summary_respondents;
    }

    const double value = ikm::ikm_of(nrr, s.weights);
    json breakdown{{"source", s.responses ? "responses" : "summary"},
                   {"regulation", bands.regulation},
                   {"weights", ikm::weights_name(s.weights)},
                   {"weight", ikm::weight_of(s.weights)},
                   {"nrr_sum", ikm::nrr_sum(nrr)},
                   {"weighted_nrr", ikm::weighted_nrr(nrr, s.weights)},
                   {"ikm", value},
                   {"respondents", respondents ? json(*respondents) : json(nullptr)},
                   {"unsur", unsur_json(nrr, bands, s, s.responses ? &survey.tally.overall() : nullptr)}};
    breakdown.update(grade_json(ikm::grade_of(bands.ikm, value, "IKM")));
    json weakest = json::array();
    for (std::size_t u : ikm::weakest(nrr)) weakest.push_back(ikm::unsur_list()[u].id);
    breakdown["weakest"] = weakest;
    if (s.group_column) breakdown["groups"] = groups_json(survey, bands, s, warnings);
    if (s.population) {
      const ikm::SampleCheck sample = ikm::check_sample(*s.population, respondents);
      breakdown["sample"] = {{"method", "Krejcie & Morgan: X2 = 3.841, P = 0.5, d = 0.05"},
                             {"population", sample.population},
                             {"required", sample.required},
                             {"actual", sample.actual ? json(*sample.actual) : json(nullptr)},
                             {"adequate", sample.adequate ? json(*sample.adequate) : json(nullptr)}};
      for (auto& w : ikm::sample_warnings(sample)) warnings.push_back(std::move(w));
    }
    if (request.params.contains("published")) {
      breakdown["published"] = request.params.at("published");  // beside the computed figures, never instead
      for (auto& w : ikm::compare_with_published(s.published, value, nrr, respondents)) warnings.push_back(std::move(w));
    }

    sdk::Result result = sdk::Result::final_value(value);
    if (!s.evidence.empty()) {
      result.note = s.evidence;
    } else if (s.responses) {
      result.note = "IKM from " + std::to_string(*respondents) + " questionnaires in " + s.responses->filename().string();
    } else {
      result.note = "IKM from a per-unsur NRR summary";
    }
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    result.inputs.push_back(s.bands.string());  // the band table graded with, hashed into the provenance
    result.charts.push_back(ikm::nrr_chart(nrr, bands.nrr));
    return result;
  }
};

}  // namespace

KINERJA_PLUGIN(IkmPlugin)
