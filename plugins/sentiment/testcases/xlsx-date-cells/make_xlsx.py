# Writes berita.xlsx: the monitoring export as a workbook, a summary sheet
# first and the articles on sheet "Berita", dates as Excel date cells
# (day serials), one as text. Run with Debian's python3 (python3-openpyxl):
#   /usr/bin/python3 make_xlsx.py
import datetime
import os
import openpyxl

book = openpyxl.Workbook()
book.active.title = "Ringkasan"
book.active.append(["Rekap", "lihat sheet Berita"])
sheet = book.create_sheet("Berita")
sheet.append(["Tanggal Terbit", "Sentimen", "Kanal"])
for day, label, channel in [(datetime.date(2024, 1, 15), "positif", "online"),
                            (datetime.date(2024, 1, 31), "negatif", "online"),
                            (datetime.datetime(2024, 2, 1, 9, 30), "netral", "cetak"),
                            ("29 Februari 2024", "negatif", "online")]:
    sheet.append([day, label, channel])
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "berita.xlsx"))
