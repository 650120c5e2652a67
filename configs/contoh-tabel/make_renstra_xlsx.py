# Writes renstra.xlsx, the Renstra targets as a planner's workbook holds
# them: a title row and a blank row above the header, the year as a number
# cell. Run with Debian's python3 (python3-openpyxl):
#   /usr/bin/python3 configs/contoh-tabel/make_renstra_xlsx.py
import os
import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Target Renstra"
sheet.append(["Target Renstra Biro Contoh 2020-2024"])
sheet.append([])
sheet.append(["Kode", "Tahun", "Target"])
for row in [("IKK1", 2020, "< 25%"), ("IKK1", 2022, "< 20%"), ("IKK1", 2023, "< 20%"), ("IKK1", 2024, "< 16%"),
            ("IKK2", 2024, ">= 88")]:
    sheet.append(list(row))
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "renstra.xlsx"))
