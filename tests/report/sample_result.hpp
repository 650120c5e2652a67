// A small result (format 1) written by hand for the report tests: two
// sasaran, a lower-is-better indicator, a pending one, a failed target,
// one with history and Renstra, a budget, and text carrying markup.
#pragma once

#include <nlohmann/json.hpp>

namespace kinerja::report::testing {

inline nlohmann::json sample_result() {
  return nlohmann::json::parse(R"json({
  "format": 1, "unit": "Biro <Humas> & \"Kawan\"", "organisation": "Kementerian Sosial RI", "year": 2023,
  "capaian": 110.5, "capaian_display": 111.0,
  "aggregation": {"method": "mean_of_indicators", "pending_policy": "count_as_target",
                  "display": {"decimals": 0, "rounding": "half_up"}},
  "summary": {"indicators": 3, "status": {"final": 2, "pending": 1, "missing": 0, "error": 0},
              "counted_in_mean": 3, "target_met": 1, "target_not_met": 1},
  "sasaran": [
    {"id": "SK1", "name": "Sasaran satu", "capaian": 115.0, "indicators": [
      {"id": "IKK1", "name": "Sentimen negatif | <b>berita</b>", "plugin": "sentiment",
       "target": {"text": "< 20%", "value": 20, "polarity": "lower", "unit": "%"},
       "target_awal": {"text": "< 20%", "value": 20, "polarity": "lower", "unit": "%"},
       "added_during_year": false, "revision_reason": "", "status": "final",
       "realisasi": 13.508333333333333, "realisasi_unit": "%", "capaian": 132.45833333333331,
       "capaian_display": 132.0, "target_met": true, "counted_in_mean": true, "note": "",
       "warnings": ["2023-07: shares do not sum to 100"], "errors": [],
       "breakdown": {"method": "mean_of_months", "articles": null, "months": [
          {"month": "2023-01", "shares": {"negatif": 15.85, "positif": 52.55}},
          {"month": "2023-02", "shares": {"negatif": 19.5, "positif": 46.15}}]},
       "charts": [{"id": "monthly-shares", "title": "Sentimen per bulan", "type": "line", "unit": "%",
                   "categories": ["2023-01", "2023-02"],
                   "series": [{"name": "negatif", "values": [15.85, 19.5]}]}],
       "history": {"years": [{"year": 2022, "realisasi": 15.2, "target": null, "capaian": null,
                              "reported_capaian": null, "source": "LKj 2022"}],
                   "compared_year": 2022, "change": -1.691666666666667, "direction": "improved", "why_unknown": ""},
       "renstra": {"targets": [{"year": 2023, "target": {"text": "< 20%", "value": 20}},
                               {"year": 2024, "target": {"text": "< 15%", "value": 15}}],
                   "target_this_year": {"text": "< 20%", "value": 20}, "final_year": 2024,
                   "final_target": {"text": "< 15%", "value": 15}, "capaian_toward_final": 109.94444444444444,
                   "final_target_met": true}},
      {"id": "IKK5", "name": "Nilai SAKIP", "plugin": "sakip",
       "target": {"text": "77", "value": 77, "polarity": "higher", "unit": ""},
       "target_awal": {"text": "77", "value": 77, "polarity": "higher", "unit": ""},
       "added_during_year": false, "revision_reason": "", "status": "pending",
       "realisasi": 77.0, "realisasi_unit": "", "capaian": 100.0, "capaian_display": 100.0,
       "target_met": null, "counted_in_mean": true, "note": "",
       "pending": {"reason": "dalam proses penilaian APIP", "provisional": 77.0, "source": "plugin",
                   "policy": "count_as_target"},
       "warnings": [], "errors": [], "breakdown": {},
       "history": {"years": [], "compared_year": null, "change": null, "direction": "unknown",
                   "why_unknown": "no earlier year"}, "renstra": null}
    ]},
    {"id": "SK2", "name": "Sasaran dua", "capaian": 96.0, "indicators": [
      {"id": "IKK6", "name": "Indeks Pelayanan Publik", "plugin": "ipp",
       "target": {"text": "4", "value": 4, "polarity": "higher", "unit": ""},
       "target_awal": null, "added_during_year": true, "revision_reason": "Ditambahkan <i>tengah</i> tahun",
       "status": "final", "realisasi": 3.8333333333333335, "realisasi_unit": "", "capaian": 95.83333333333334,
       "capaian_display": 96.0, "target_met": false, "counted_in_mean": true, "note": "",
       "warnings": [], "errors": [], "breakdown": {"units": [{"name": "Dit. Anak", "index": 3.56}]},
       "history": {"years": [{"year": 2022, "realisasi": 4.05, "target": null, "capaian": null,
                              "reported_capaian": null, "source": "LKj 2022"}],
                   "compared_year": 2022, "change": -0.21666666666666634, "direction": "declined", "why_unknown": ""},
       "renstra": null}
    ]}
  ],
  "renstra": {"name": "Renstra 2020-2024", "from": 2020, "to": 2024},
  "budget": {"kegiatan": [{"name": "Kegiatan A", "pagu_awal": 10678779000, "pagu_akhir": 10455218000,
                           "realisasi": null, "serapan": null}],
             "revisions": [{"date": "2023-09", "amount": -223561000, "description": "pergeseran"}],
             "pagu_awal": 10678779000, "pagu_akhir": 10455218000, "realisasi": 10455218000,
             "serapan_awal": 97.90646, "serapan": 100.0, "pagu_change": null, "previous_year_pagu": null,
             "efficiency_gap": 10.5, "efficient": true, "source": "DIPA", "published": {}, "warnings": []},
  "warnings": ["IKK1: 2023-07: shares do not sum to 100", "=HYPERLINK(\"http://x\")"],
  "provenance": {"host": {"name": "kinerja", "version": "0.1.0", "abi": "1.1"},
                 "config": {"path": "/tmp/config.json", "sha256": "abc"},
                 "plugins": [{"name": "sentiment", "version": "1.0.0", "abi": "1.1", "path": "/p.so", "sha256": null}],
                 "inputs": []}
})json");
}

}  // namespace kinerja::report::testing
