# Writes lapor-2023.xlsx, a complaint log as SP4N-LAPOR!'s export gives it:
# title rows above the header, LAPOR!'s header names and status words, a
# running "No", the tracking number and rating as number cells, and the
# dates partly typed as text with a time ("20/01/2023 16:45:10") and partly
# real Excel date-time cells. One row's status is blank.
#   /usr/bin/python3 make-xlsx.py   (Debian's python3-openpyxl)
import datetime
import os

import openpyxl

T = datetime.datetime
HEADER = ["No", "Nomor Tracking", "Tanggal Laporan", "Judul Laporan", "Kategori", "Status",
          "Instansi Terdisposisi", "Tanggal Tindak Lanjut", "Tanggal Selesai", "Rating"]

# (tracking, received, title, category, status, unit, first follow-up, closed, rating)
LOG = [
    (1234501, T(2023, 1, 9, 10, 15), "Bansos belum cair", "Bantuan Sosial", "Selesai", "Biro Humas",
     "10/01/2023 08:30:00", T(2023, 1, 20, 16, 0), 5),
    (1234502, "20/01/2023 16:45:10", "Data DTKS tidak sesuai", "Bantuan Sosial", "Proses", "Pusdatin Kessos",
     T(2023, 1, 26, 9, 0), None, None),
    (1234503, T(2023, 3, 20, 11, 0), "Informasi PKH", "Permintaan Informasi", "Selesai", "Biro Humas",
     "29/03/2023 14:03:22", "05/04/2023 10:00:00", 4),
    (1234504, "2023-04-14 09:00:00", "Pungutan liar penyaluran", "Aduan Berkadar Pengawasan", "Selesai",
     "Inspektorat Jenderal", T(2023, 5, 2, 13, 30), T(2023, 5, 10, 8, 0), 3),
    (1234505, T(2023, 6, 5, 8, 0), "Kartu tidak terdaftar", "Bantuan Sosial", "Belum Ditindaklanjuti",
     "Pusdatin Kessos", None, None, None),
    (1234506, "12/07/2023 13:20:00", "Pertanyaan umum", "Lainnya", None, "Biro Humas", None, None, None),
    (1234507, T(2023, 8, 14, 9, 45), "Iklan", "Lainnya", "Arsip", "Biro Humas", None, T(2023, 8, 15, 9, 0), None),
    (1234508, "28/12/2023 10:00:00", "Jadwal penyaluran", "Permintaan Informasi", "Proses", "Biro Humas",
     "29/12/2023 15:00:00", None, None),
]

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Laporan"
sheet.append(["Daftar Laporan SP4N-LAPOR!"])
sheet.append(["Instansi: Biro Hubungan Masyarakat - Periode 01/01/2023 s.d. 31/12/2023"])
sheet.append([])
sheet.append(HEADER)
for number, row in enumerate(LOG, start=1):
    sheet.append([number, *row])
for cells in sheet.iter_rows(min_row=5):
    for cell in cells:
        if isinstance(cell.value, datetime.datetime):
            cell.number_format = "dd/mm/yyyy hh:mm:ss"
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lapor-2023.xlsx"))
