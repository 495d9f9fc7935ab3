#!/usr/bin/python3
"""pearlzone-cli check --out report.xlsx, opened with openpyxl as a spreadsheet program would:
frozen header, filter over every row, numbers as numbers, percentages, verdict colours,
widths, wrapped reasons, the summary sheet's counts equal to the CSV report's and its zone set.
   xlsx_report_test.py PEARLZONE_CLI PARCELS"""
import collections, csv, hashlib, os, subprocess, sys, tempfile
import openpyxl

cli, parcels = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory(prefix="pearlzone-表格-") as folder:
    book_path = os.path.join(folder, "报告.xlsx")
    csv_path = os.path.join(folder, "报告.csv")
    for out in (book_path, csv_path):
        subprocess.run([cli, "check", parcels, "--out", out, "--lang", "en", "--quiet"], check=True)
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8-sig")))
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["Results", "Summary"], book.sheetnames
    sheet = book["Results"]
    assert sheet.freeze_panes == "A2", sheet.freeze_panes
    columns = list(rows[0].keys())
    last = openpyxl.utils.get_column_letter(len(columns))
    assert sheet.auto_filter.ref == f"A1:{last}{len(rows) + 1}", sheet.auto_filter.ref
    header = [c.value for c in sheet[1]]
    assert header[0] == "Parcel" and header[10] == "Verdict", header
    fills = {"pass": "FFC6EFCE", "review": "FFFFEB9C", "fail": "FFFFC7CE", "error": "FFD9D9D9"}
    for number, row in enumerate(rows, start=2):
        cells = sheet[number]
        assert cells[0].value == row["parcel_id"], (number, cells[0].value)
        ratio = cells[columns.index("inside_ratio")]
        assert isinstance(ratio.value, (int, float)) and abs(ratio.value - float(row["inside_ratio"])) < 1e-4
        assert ratio.number_format == "0.00%", ratio.number_format
        area = cells[columns.index("area_m2")]
        assert isinstance(area.value, (int, float)) and abs(area.value - float(row["area_m2"])) < 0.006
        verdict = cells[columns.index("verdict")]
        assert verdict.value == row["verdict"]
        assert verdict.fill.fgColor.rgb == fills[row["verdict"]], (verdict.value, verdict.fill.fgColor.rgb)
        assert cells[columns.index("reason")].alignment.wrap_text
    reason_column = openpyxl.utils.get_column_letter(columns.index("reason") + 1)
    assert sheet.column_dimensions[reason_column].width > 50
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r[0] is not None}
    assert summary["Input checksum (SHA-256)"] == hashlib.sha256(open(parcels, "rb").read()).hexdigest()
    assert summary["Parcels"] == len(rows)
    # The zone set checked against, as `zones` names it on its first line.
    zones = subprocess.run([cli, "zones"], check=True, capture_output=True, text=True).stdout
    assert zones.startswith("zone set: ") and summary["Zone set"] == zones.splitlines()[0][len("zone set: "):], \
        (summary.get("Zone set"), zones.splitlines()[0])
    for verdict, count in collections.Counter(r["verdict"] for r in rows).items():
        assert summary[verdict] == count, (verdict, summary[verdict], count)
    for zone, count in collections.Counter(r["zone_id"] for r in rows if r["zone_id"]).items():
        assert summary[zone] == count, (zone, summary[zone], count)
print(f"workbook of {len(rows)} parcels read back by openpyxl with its formatting")
