# Makes tanggapan.xlsx, a Google Sheets download of a form's responses:
# run with Debian's python3 (openpyxl) in this folder.
import datetime
import openpyxl

scale = {4: "Sangat puas", 3: "Puas", 2: "Kurang puas", 1: "Tidak puas"}
aspects = ["Persyaratan", "Prosedur", "Waktu pelayanan", "Biaya/tarif", "Produk pelayanan",
           "Kompetensi petugas", "Perilaku petugas", "Penanganan pengaduan", "Sarana dan prasarana"]
rows = [
    (datetime.datetime(2024, 4, 2, 9, 12, 5), "Dinas Sosial Kota", [4, 3, 3, 4, 4, 3, 4, 3, 3]),
    (datetime.datetime(2024, 4, 2, 13, 40, 51), "Universitas Negeri", [3, 3, 3, 4, 3, 3, 3, 3, 3]),
    (datetime.datetime(2024, 4, 3, 8, 5, 0), "Warga", [4, 4, 3, 4, 3, 4, 4, 4, 4]),
    (datetime.datetime(2024, 4, 5, 16, 22, 47), "LSM Peduli", [3, 3, 2, 4, 3, 3, 4, 3, 3]),
]
book = openpyxl.Workbook()
summary = book.active
summary.title = "Rekap"  # the planner's own sheet, first: the config names the responses sheet
summary["A1"] = "Rekap dibuat manual; lihat sheet Tanggapan Formulir 1"
sheet = book.create_sheet("Tanggapan Formulir 1")
sheet.append(["Cap waktu", "Nama instansi"] + [f"Penilaian pelayanan [{a}]" for a in aspects])
for when, who, answers in rows:
    sheet.append([when, who] + [scale[a] for a in answers])
    sheet.cell(row=sheet.max_row, column=1).number_format = "dd/mm/yyyy hh:mm:ss"
book.save("tanggapan.xlsx")
