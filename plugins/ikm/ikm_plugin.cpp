// ikm: the community satisfaction index (Indeks Kepuasan Masyarakat) of
// PermenPANRB 14/2017, from the questionnaires (one row per respondent,
// CSV or xlsx, answers as numbers or words, read through the SDK's table
// layer) or from a published per-unsur summary. This file is the plugin
// glue: the parameters, each described once, the reading, and the result;
// the arithmetic is in ikm.cpp.
#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kinerja/sdk/crosscheck.hpp>
#include <kinerja/sdk/plugin.hpp>
#include <kinerja/sdk/plugin_data.hpp>
#include <kinerja/sdk/table.hpp>

#include "ikm.hpp"

namespace {

namespace fs = std::filesystem;
namespace sdk = kinerja::sdk;
namespace ikm = kinerja::ikm;
namespace text = kinerja::sdk::text;
using sdk::json;

constexpr const char* default_regulation = "PermenPANRB-14-2017";
constexpr const char* blank_group = "(blank)";
constexpr const char* no_group_column = "(no group column)";
constexpr std::size_t locations_shown = 5;

using ikm::group_field;
using ikm::response_fields;
using ikm::unsur_text;

// Nine values by unsur, as a parameter object {"U1": ..., "U9": ...}.
template <class T>
struct PerUnsur {
  T u1{}, u2{}, u3{}, u4{}, u5{}, u6{}, u7{}, u8{}, u9{};
};

template <class T>
std::array<T PerUnsur<T>::*, ikm::unsur_count> unsur_members() {
  return {&PerUnsur<T>::u1, &PerUnsur<T>::u2, &PerUnsur<T>::u3, &PerUnsur<T>::u4, &PerUnsur<T>::u5,
          &PerUnsur<T>::u6, &PerUnsur<T>::u7, &PerUnsur<T>::u8, &PerUnsur<T>::u9};
}

using NrrTable = PerUnsur<std::optional<double>>;

// Every entry of a table whose nine are required.
std::array<double, ikm::unsur_count> all_of(const NrrTable& table) {
  std::array<double, ikm::unsur_count> out{};
  const auto members = unsur_members<std::optional<double>>();
  for (std::size_t u = 0; u < ikm::unsur_count; ++u) out[u] = (table.*members[u]).value_or(0);
  return out;
}

// Where source i of the responses is, under the params at `params`. The
// params the plugin sees hold every table as a list; a config's single
// source is an object, so the index is left out then.
std::string source_pointer(const std::string& params, const sdk::TableSpec& spec, std::size_t i) {
  return params + "/responses" + (spec.sources.size() > 1 ? "/" + std::to_string(i) : std::string());
}

sdk::Parameters<NrrTable> nrr_parameters(const std::string& what, bool required) {
  sdk::Parameters<NrrTable> p;
  const auto members = unsur_members<std::optional<double>>();
  for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
    p.number(ikm::unsur_list()[u].id, members[u], what + " " + unsur_text(u) + ".").minimum(1).maximum(4);
    if (required) p.required();
  }
  return p;
}

struct Summary {
  NrrTable nrr;
  std::optional<std::uint64_t> respondents;
};

sdk::Parameters<Summary> summary_parameters() {
  sdk::Parameters<Summary> p;
  p.object("nrr", &Summary::nrr, nrr_parameters("NRR of", true), "NRR (mean answer, 1..4) of each unsur.").required();
  p.integer("respondents", &Summary::respondents, "How many questionnaires the summary comes from.").minimum(0);
  return p;
}

struct Published {
  std::optional<double> ikm;
  NrrTable nrr;
  std::optional<std::uint64_t> respondents;

  ikm::Published figures() const {
    ikm::Published out;
    out.ikm = ikm;
    const auto members = unsur_members<std::optional<double>>();
    for (std::size_t u = 0; u < ikm::unsur_count; ++u) out.nrr[u] = nrr.*members[u];
    out.respondents = respondents;
    return out;
  }
};

sdk::Parameters<Published> published_parameters() {
  sdk::Parameters<Published> p;
  p.number("ikm", &Published::ikm, "The IKM printed.").minimum(25).maximum(100);
  p.object("nrr", &Published::nrr, nrr_parameters("Printed NRR of", false), "The NRR printed per unsur (any of U1..U9).");
  p.integer("respondents", &Published::respondents, "The number of respondents printed.").minimum(0);
  return p;
}

struct Settings {
  std::optional<sdk::TableSpec> responses;
  sdk::Period period;
  std::optional<Summary> summary;
  ikm::Weights weights = ikm::Weights::exact;
  std::string regulation = default_regulation;
  std::optional<fs::path> bands;
  std::optional<std::uint64_t> population;
  std::optional<Published> published;
  std::string evidence;
};

// The header names a field may be read from in one source: the one the
// config names, else the field's defaults; none for a constant value.
std::vector<std::string> column_names(const sdk::SourceSpec& source, const sdk::FieldSpec& field, bool& configured) {
  const auto choice = source.columns.find(field.name);
  configured = choice != source.columns.end() && choice->second.column;
  if (configured) return {*choice->second.column};
  if (choice != source.columns.end() && choice->second.value) return {};
  return field.columns;
}

// Two fields read from one column is a mapping mistake, not a survey.
void refuse_shared_columns(const Settings& s, const json&, const std::string& at, sdk::Reading& r) {
  if (!s.responses) return;
  const sdk::Fields fields = response_fields();
  for (std::size_t i = 0; i < s.responses->sources.size(); ++i) {
    const sdk::SourceSpec& source = s.responses->sources[i];
    const std::string columns_at = source_pointer(at, *s.responses, i) + "/columns/";
    for (std::size_t a = 0; a < fields.size(); ++a) {
      bool a_configured = false;
      const auto a_names = column_names(source, fields[a], a_configured);
      if (!a_configured) continue;
      for (std::size_t b = 0; b < fields.size(); ++b) {
        bool b_configured = false;
        const auto b_names = column_names(source, fields[b], b_configured);
        if (b == a || (b_configured && b > a)) continue;  // a pair both named is reported once
        const bool shared = std::any_of(b_names.begin(), b_names.end(),
                                        [&](const std::string& n) { return text::same_key(n, a_names.front()); });
        if (!shared) continue;
        r.problem(columns_at + fields[a].name, fields[a].name + " reads the same column '" + a_names.front() + "' as " +
                                                   fields[b].name + (b_configured ? "" : " (by default)"));
        break;
      }
    }
  }
}

fs::path bands_file(const Settings& s) { return s.bands.value_or(sdk::plugin_data_dir("ikm") / "bands.json"); }

ikm::BandSet load_bands(const Settings& s) {
  const fs::path file = bands_file(s);
  return ikm::select_bands(sdk::read_json_data(file), file.string(), s.regulation);
}

// The files a table reads, as a note says them.
std::string file_names(const std::vector<std::string>& files) {
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(fs::path(f).filename().string());
  if (names.size() > 3) return names.front() + " and " + std::to_string(names.size() - 1) + " other files";
  return text::alternatives(names, " and ");
}

// "a; b; c", with "the first 5: " when there were more.
std::string locations_text(const std::vector<std::string>& shown, std::uint64_t total) {
  const std::string list = text::join(shown, "; ");
  return shown.size() < total ? "the first " + std::to_string(shown.size()) + ": " + list : list;
}

// What was read from the questionnaires.
struct Survey {
  ikm::GroupedTally tally;
  bool grouped = false;                                           // some file has the group column
  bool dated = false;                                             // some file has the submitted column
  std::uint64_t out_of_period = 0;                                // questionnaires filled in outside the period
  std::array<std::vector<std::string>, ikm::unsur_count> columns;  // the headers each unsur was read from
  std::uint64_t unanswered = 0;                                   // questionnaires with no answer at all
  std::vector<std::string> unanswered_at;                         // the first few, for the warning
  std::vector<std::string> warnings;
  json input;
  std::vector<std::string> files;
  std::string file_text;  // the files, for messages
};

// A header an unsur was read from; none for a constant "value".
void note_column(std::vector<std::string>& seen, const std::string& column) {
  if (!column.empty() && std::find(seen.begin(), seen.end(), column) == seen.end()) seen.push_back(column);
}

std::string columns_text(const std::vector<std::string>& columns) { return text::join(columns, "; "); }

json grade_json(const ikm::Grade& grade) { return {{"mutu", grade.grade}, {"kinerja", grade.label}}; }

// What was measured, in the order a reader of the LKj table expects.
json unsur_json(const std::array<double, ikm::unsur_count>& nrr, const ikm::BandSet& bands, const Survey* survey) {
  json out = json::array();
  for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
    json entry = grade_json(ikm::grade_of(bands.nrr, nrr[u], std::string("NRR ") + ikm::unsur_list()[u].id));
    entry["id"] = ikm::unsur_list()[u].id;
    entry["name"] = ikm::unsur_list()[u].name;
    entry["nrr"] = nrr[u];
    entry["respondents"] = survey ? json(survey->tally.overall().answers(u)) : json(nullptr);
    if (survey) entry["column"] = columns_text(survey->columns[u]);
    out.push_back(entry);
  }
  return out;
}

json groups_json(const ikm::GroupedTally& tally, const ikm::BandSet& bands, ikm::Weights weights,
                 std::vector<std::string>& warnings) {
  json out = json::array();
  for (const auto& group : tally.groups()) {
    json entry{{"group", group.name}, {"respondents", group.tally.respondents()}};
    json nrr = json::object();
    for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
      const auto value = group.tally.nrr(u);
      nrr[ikm::unsur_list()[u].id] = value ? json(*value) : json(nullptr);
      if (!value) warnings.push_back("group '" + group.name + "': no answer for " + unsur_text(u) + ", so no IKM for the group");
    }
    entry["nrr"] = nrr;
    if (const auto all = group.tally.all_nrr()) {
      const double value = ikm::ikm_of(*all, weights);
      entry["ikm"] = value;
      entry.update(grade_json(ikm::grade_of(bands.ikm, value, "IKM of group '" + group.name + "'")));
    } else {
      entry["ikm"] = nullptr;
      entry["mutu"] = nullptr;
      entry["kinerja"] = nullptr;
    }
    out.push_back(entry);
  }
  if (tally.folded() > 0) {
    warnings.push_back("more than " + std::to_string(ikm::GroupedTally::max_groups) + " groups: " +
                       std::to_string(tally.folded()) + " questionnaire(s) of the others counted together as '" +
                       ikm::GroupedTally::other + "' (is the group column right?)");
  }
  return out;
}

// "nrr_u1": the measure of one unsur's NRR.
std::string nrr_measure(std::size_t u) { return "nrr_" + text::folded(ikm::unsur_list()[u].id); }

std::vector<sdk::Measure> measures() {
  std::vector<sdk::Measure> out{{"ikm", "", true, "Community satisfaction index (IKM)",
                                 "Indeks Kepuasan Masyarakat (IKM)",
                                 "The mean of the nine NRR x 25, on the 25..100 scale (PermenPANRB 14/2017).", 81, 25, 100}};
  for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
    const std::string id = ikm::unsur_list()[u].id;
    out.push_back({nrr_measure(u), "", true, "NRR of " + unsur_text(u),
                   "Nilai rata-rata (NRR) unsur " + unsur_text(u),
                   "The mean answer to " + id + ", on the 1..4 scale.", 3.06, 1, 4});
  }
  return out;
}

class IkmPlugin : public sdk::PluginWith<IkmPlugin, Settings> {
 public:
  using PluginWith::PluginWith;

  static sdk::Parameters<Settings> parameters() {
    sdk::Parameters<Settings> p;
    p.table("responses", &Settings::responses, response_fields(),
            "The questionnaires: one row per respondent (CSV or xlsx, several files allowed), the nine answers 1..4 "
            "or words mapped with \"map\" (e.g. \"skm\"); a blank cell is no answer. Give this or summary.")
        .title("Questionnaire answers")
        .example(json{{"file", "data/survei-ikm-2024.csv"}, {"map", "skm"}});
    p.period("period", &Settings::period,
             "The dates counted, inclusive, when the questionnaires have a date column (a form's Timestamp); those "
             "filled in outside are counted as out of period. Default: the config's year.");
    p.object("summary", &Settings::summary, summary_parameters(),
             "A published per-unsur summary instead of the answers. Give this or responses.");
    p.choice("weights", &Settings::weights,
             {{ikm::weights_name(ikm::Weights::exact), ikm::Weights::exact},
              {ikm::weights_name(ikm::Weights::rounded_0111), ikm::Weights::rounded_0111}},
             "Weight of each NRR: exact (1/9) or 0.111 as some documents round it (0.1% lower IKM).");
    p.text("regulation", &Settings::regulation, "Which band tables of the band file to grade with.");
    p.file("bands", &Settings::bands,
           "A unit's own band file, same format as the bundled ikm/bands.json. Default: the bundled one.");
    p.integer("population", &Settings::population,
              "How many people received the service: the sample is checked against Krejcie & Morgan.")
        .minimum(1);
    p.object("published", &Settings::published, published_parameters(),
             "Figures the report printed: each disagreement with the computed one is a warning.");
    p.text("evidence", &Settings::evidence, "Where the survey comes from; becomes the indicator's note.");
    p.one_of({"responses", "summary"}, {"the questionnaires", "the published NRR per unsur"});
    p.rule(refuse_shared_columns);
    p.examples(json::parse(R"([{"summary": {"nrr": {"U1": 3.559, "U2": 3.517, "U3": 3.556, "U4": 4.0, "U5": 3.514,
                                                    "U6": 3.563, "U7": 3.608, "U8": 3.811, "U9": 3.552},
                                            "respondents": 286}},
                              {"responses": {"file": "data/survei-ikm-2024.csv", "map": "skm"}, "population": 205}])"));
    return p;
  }

  static sdk::PluginInfo info() {
    sdk::PluginInfo info;
    info.name = "ikm";
    info.version = "2.0.0";
    info.description = "Community satisfaction index (IKM, PermenPANRB 14/2017) from questionnaires or a per-unsur summary";
    info.indicator_types = {"ikm"};
    info.parameters = schema();
    info.measures = measures();
    return info;
  }

  // validate: the band table, and the header of every questionnaire file
  // (with its first row), so that a wrong regulation or column is caught
  // before a run.
  void validate(const sdk::Request&, const Settings& s, std::vector<sdk::Problem>& problems) override {
    try {
      load_bands(s);
    } catch (const sdk::ConfigError& e) {
      problems.push_back({"/params/regulation", e.what()});
    } catch (const sdk::InputError& e) {
      problems.push_back({s.bands ? "/params/bands" : "/params/regulation", e.what()});
    }
    if (!s.responses) return;
    const sdk::Fields fields = response_fields();
    for (std::size_t i = 0; i < s.responses->sources.size(); ++i) {
      for (const fs::path& file : s.responses->sources[i].files) {
        sdk::TableSpec one;
        one.sources.push_back(s.responses->sources[i]);
        one.sources.back().files = {file};
        try {
          sdk::Table table(one, fields);
          sdk::Record record;
          table.next(record);  // opens the file and finds its header
        } catch (const sdk::ConfigError& e) {  // the header lacks a column
          problems.push_back({source_pointer("/params", *s.responses, i), e.what()});
        } catch (const sdk::InputError& e) {  // the file cannot be read
          problems.push_back({source_pointer("/params", *s.responses, i), e.what()});
        }
      }
    }
  }

  sdk::Result compute(const sdk::Request& request, const Settings& s) override {
    const ikm::BandSet bands = load_bands(s);
    std::vector<std::string> warnings;

    std::array<double, ikm::unsur_count> nrr{};
    std::optional<std::uint64_t> respondents;
    std::optional<Survey> survey;
    if (s.responses) {
      survey.emplace(read_responses(*s.responses, s.period));
      const ikm::Tally& all = survey->tally.overall();
      warnings = survey->warnings;
      if (survey->out_of_period > 0) {
        warnings.push_back(std::to_string(survey->out_of_period) + " questionnaire(s) filled in outside the period " +
                           s.period.text() + " left out");
      }
      if (survey->unanswered > 0) {
        warnings.push_back(std::to_string(survey->unanswered) + " questionnaire(s) with no answer at all not counted: " +
                           locations_text(survey->unanswered_at, survey->unanswered));
      }
      if (all.respondents() == 0) {
        sdk::Result missing = sdk::Result::missing_value(
            "no answered questionnaire" + (survey->dated ? " in the period " + s.period.text() : std::string()) + " in " +
            file_names(survey->files));
        missing.breakdown = {{"source", "responses"}, {"respondents", 0}, {"input", survey->input}};
        if (survey->dated) missing.breakdown["out_of_period"] = survey->out_of_period;
        missing.warnings = std::move(warnings);
        missing.inputs = survey->files;
        return missing;
      }
      for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
        if (!all.nrr(u)) {
          throw sdk::InputError(survey->file_text + ": no answer at all in column '" + columns_text(survey->columns[u]) +
                                "' (" + unsur_text(u) + "), so its NRR and the IKM cannot be computed");
        }
      }
      nrr = *all.all_nrr();
      respondents = all.respondents();
    } else {
      nrr = all_of(s.summary->nrr);
      respondents = s.summary->respondents;
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
                   {"unsur", unsur_json(nrr, bands, survey ? &*survey : nullptr)}};
    breakdown.update(grade_json(ikm::grade_of(bands.ikm, value, "IKM")));
    json weakest = json::array();
    for (std::size_t u : ikm::weakest(nrr)) weakest.push_back(ikm::unsur_list()[u].id);
    breakdown["weakest"] = weakest;
    if (survey && survey->grouped) breakdown["groups"] = groups_json(survey->tally, bands, s.weights, warnings);
    if (survey && survey->dated) {
      breakdown["period"] = {{"from", s.period.from.iso()}, {"to", s.period.to.iso()}};
      breakdown["out_of_period"] = survey->out_of_period;
    }
    if (survey) breakdown["input"] = survey->input;
    if (s.population) {
      const ikm::SampleCheck sample = ikm::check_sample(*s.population, respondents);
      breakdown["sample"] = {{"method", "Krejcie & Morgan: X2 = 3.841, P = 0.5, d = 0.05"},
                             {"population", sample.population},
                             {"required", sample.required},
                             {"actual", sample.actual ? json(*sample.actual) : json(nullptr)},
                             {"adequate", sample.adequate ? json(*sample.adequate) : json(nullptr)}};
      for (auto& w : ikm::sample_warnings(sample)) warnings.push_back(std::move(w));
    }
    if (s.published) {
      breakdown["published"] = request.params.at("published");  // beside the computed figures, never instead
      for (auto& w : ikm::compare_with_published(s.published->figures(), value, nrr, respondents)) {
        warnings.push_back(std::move(w));
      }
    }

    sdk::Result result = sdk::Result::final_value(value);
    result.measures["ikm"] = value;
    for (std::size_t u = 0; u < ikm::unsur_count; ++u) result.measures[nrr_measure(u)] = nrr[u];
    if (!s.evidence.empty()) {
      result.note = s.evidence;
    } else if (survey) {
      result.note = "IKM from " + std::to_string(*respondents) + " questionnaires in " + file_names(survey->files);
    } else {
      result.note = "IKM from a per-unsur NRR summary";
    }
    result.breakdown = std::move(breakdown);
    result.warnings = std::move(warnings);
    if (survey) result.inputs = survey->files;
    result.inputs.push_back(bands_file(s).string());  // the band table graded with, hashed into the provenance
    result.charts.push_back(ikm::nrr_chart(nrr, bands.nrr));
    return result;
  }

 private:
  // Streams the questionnaires: memory grows with the number of groups,
  // not of rows.
  Survey read_responses(const sdk::TableSpec& spec, const sdk::Period& period) const {
    const sdk::Fields fields = response_fields();
    sdk::Table table(spec, fields, &host());
    Survey survey;
    sdk::Record r;
    ikm::Answers answers;
    while (table.next(r)) {
      if (r.in_file(ikm::submitted_field)) {
        survey.dated = true;
        if (r.has(ikm::submitted_field) && !period.contains(r.date(ikm::submitted_field))) {
          ++survey.out_of_period;
          continue;
        }
      }
      if (!read_answers(table, r, answers)) continue;  // a bad answer, left out under bad_rows: skip
      for (std::size_t u = 0; u < ikm::unsur_count; ++u) note_column(survey.columns[u], r.column(u));
      if (!survey.tally.add(group_of(r, survey), answers)) {
        ++survey.unanswered;
        if (survey.unanswered_at.size() < locations_shown) survey.unanswered_at.push_back(r.location());
      }
    }
    survey.warnings = table.warnings();
    survey.input = table.breakdown();
    survey.files = table.files();
    for (const auto& source : spec.sources) {
      survey.file_text += (survey.file_text.empty() ? "" : ", ") + source.file_text;
    }
    host().debug("read " + std::to_string(survey.tally.overall().respondents()) + " questionnaires from " +
                 survey.file_text);
    return survey;
  }

  // The nine answers of a row, each a whole 1..4 or blank; false for a row
  // rejected (which throws under bad_rows: error).
  static bool read_answers(sdk::Table& table, const sdk::Record& r, ikm::Answers& answers) {
    for (std::size_t u = 0; u < ikm::unsur_count; ++u) {
      answers[u].reset();
      if (!r.has(u)) continue;  // blank: not answered
      const ikm::ParsedAnswer answer = ikm::parse_answer(r.number(u));
      if (!answer.value) {
        const std::string cell(text::trim(r.raw(u)));
        const std::string number = sdk::number_text(r.number(u));
        table.reject(r, u, "answer '" + text::excerpt(cell) + "'" + (cell == number ? "" : " (" + number + ")") + " " +
                               answer.problem + " (" + unsur_text(u) + ")");
        return false;
      }
      answers[u] = answer.value;
    }
    return true;
  }

  static std::string group_of(const sdk::Record& r, Survey& survey) {
    if (!r.in_file(group_field)) return no_group_column;
    survey.grouped = true;
    std::string group = r.has(group_field) ? text::trimmed(r.text(group_field)) : std::string();
    return group.empty() ? blank_group : group;
  }
};

}  // namespace

KINERJA_PLUGIN(IkmPlugin)
