# Writes the PPID registers of the xlsx cases, as a unit keeps them in
# Excel: two title rows above the header, received and answered dates
# partly typed as text ("5 Januari 2024") and partly real date cells, the
# extension recorded as a date, and no information-class column.
#   /usr/bin/python3 make-register.py   (Debian's python3-openpyxl)
import datetime
import os

import openpyxl

D = datetime.date
HEADER = ["No", "No. Registrasi", "Nama Pemohon", "Tanggal Permohonan", "Informasi yang Diminta",
          "Tanggal Perpanjangan", "Tanggal Dijawab", "Keterangan"]

# (registration, applicant, received, information, extension, answered, note)
REGISTER = [
    ("PPID/2024/001", "Andi", "5 Januari 2024", "Data anggaran 2023", None, D(2024, 1, 10), "Selesai"),
    ("PPID/2024/002", "Budi", D(2024, 2, 7), "Daftar informasi publik", None, "15 Februari 2024", "Selesai"),
    ("PPID/2024/003", "Citra", "4 Maret 2024", "Dokumen kontrak", D(2024, 3, 15), D(2024, 3, 22), "Diperpanjang"),
    ("PPID/2024/004", "Dewi", "2 April 2024", "Laporan kegiatan", None, "29 April 2024", "Selesai"),
    ("PPID/2024/005", "Eko", D(2024, 5, 8), "Struktur organisasi", None, D(2024, 5, 8), "Selesai"),
    ("PPID/2024/006", "Fajar", "17 Juni 2024", "Data pegawai", None, "21 Juni 2024", "Selesai"),
    ("PPID/2024/007", "Gita", D(2024, 8, 14), "Rencana strategis", None, "16 Agu 2024", "Selesai"),
    ("PPID/2024/008", "Hadi", "10 September 2024", "Hasil audit", "20 September 2024", D(2024, 9, 24), "Diperpanjang"),
    ("PPID/2024/009", "Indah", "2 Desember 2024", "Data bantuan sosial", None, None, "Dalam proses"),
    ("PPID/2024/010", "Joko", D(2024, 12, 23), "Notulen rapat", None, None, "Dalam proses"),
]

# The refusal case: its third request has a date that does not exist.
BAD_DATE = [
    ("PPID/2024/001", "Andi", "5 Januari 2024", "Data anggaran 2023", None, D(2024, 1, 10), "Selesai"),
    ("PPID/2024/002", "Budi", D(2024, 2, 7), "Daftar informasi publik", None, "15 Februari 2024", "Selesai"),
    ("PPID/2024/003", "Citra", "30 Februari 2024", "Dokumen kontrak", None, D(2024, 3, 4), "Selesai"),
]


def write(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(["REGISTER PERMOHONAN INFORMASI PUBLIK"])
    sheet.append(["PPID Dinas Komunikasi dan Informatika Provinsi Contoh - Tahun 2024"])
    sheet.append(HEADER)
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    for cells in sheet.iter_rows(min_row=4):
        for cell in cells:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    book.save(path)


here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "register-ppid-2024.xlsx"), REGISTER)
write(os.path.join(here, "..", "refuses-bad-date-cell", "register-ppid-2024.xlsx"), BAD_DATE)
