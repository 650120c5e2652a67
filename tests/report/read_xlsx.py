#!/usr/bin/python3
"""Reads an xlsx back with openpyxl, independently of the writer, and prints
its sheets, cells and properties as JSON for render_xlsx_test.cpp to check.

Usage: /usr/bin/python3 tests/report/read_xlsx.py FILE.xlsx

No assertions here: the C++ test asserts. Formulas are kept as formulas
(not data_only), so a cell Excel would run reports type "f".
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl


def cell_json(cell):
    out = {
        "ref": cell.coordinate,
        "value": cell.value,
        "type": cell.data_type,
        "number_format": cell.number_format,
        "bold": bool(cell.font and cell.font.b),
    }
    if cell.hyperlink is not None:
        out["hyperlink"] = cell.hyperlink.target
    return out


def sheet_json(ws):
    cells = [cell_json(c) for row in ws.iter_rows() for c in row if c.value is not None]
    return {"name": ws.title, "freeze_panes": ws.freeze_panes, "cells": cells}


# openpyxl 3.0 does not read custom document properties; they are plain XML.
def custom_properties(path):
    ns = {"cp": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"}
    with zipfile.ZipFile(path) as archive:
        if "docProps/custom.xml" not in archive.namelist():
            return {}
        root = ET.fromstring(archive.read("docProps/custom.xml"))
    return {p.get("name"): "".join(p.itertext()) for p in root.findall("cp:property", ns)}


def main():
    path = sys.argv[1]
    wb = openpyxl.load_workbook(path)
    props = wb.properties
    print(json.dumps({
        "sheets": [sheet_json(ws) for ws in wb.worksheets],
        "properties": {"title": props.title, "subject": props.subject},
        "custom_properties": custom_properties(path),
    }, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
