"""CSV and xlsx: read back by the csv module, LibreOffice and openpyxl, they say what the audit says."""

import csv
import io
import os
import shutil
import subprocess
import sys
from decimal import Decimal

import attrs
import openpyxl  # a test dependency: missing, it is an error, not a skip
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.cli import main
from pledgetrack.records import COLUMNS
from pledgetrack.report import csv as csv_format
from pledgetrack.report import xlsx

from report_samples import HOSTILE, hand_made, records


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return format(value, "f") if isinstance(value, Decimal) else str(value)


def test_the_csv_reads_back_with_a_bom_chinese_intact_and_exact_figures(bundled_audit):
    data = csv_format.render(bundled_audit).encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == len(bundled_audit)
    fairs = next(r for r in rows if r["id"] == "yuexiu-2023-job-fairs")
    assert fairs["quote"] == "组织线上、线下招聘会不少于100场" and fairs["government"] == "广东省广州市越秀区"
    assert (fairs["outcome_value"], fairs["ratio"], fairs["evidence_line"]) == ("175", "1.75", "84")
    assert fairs["grade"] == "exceeded" and fairs["reason"] == "" and fairs["conflict"] == "false"
    for row, record in zip(rows, bundled_audit.to_records()):
        for name in ("id", "quote", "grade", "evidence_text", "target_value", "outcome_value"):
            assert Decimal(row[name]) == record[name] if isinstance(record[name], Decimal) \
                else row[name] == _as_text(record[name]), (row["id"], name)


def test_awkward_text_survives_and_a_formula_stays_text(corpus):
    cells = [c for row in csv.reader(io.StringIO(csv_format.render(hand_made(corpus))[1:])) for c in row]
    assert any(HOSTILE in c for c in cells)
    assert csv_format.cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"


@given(st.lists(records(), max_size=4))
def test_any_records_read_back_from_the_csv_as_written(rows):
    text = csv_format.write(rows)
    read = list(csv.reader(io.StringIO(text.removeprefix(csv_format.BOM), newline="")))
    assert read[0] == list(COLUMNS) and len(read) == len(rows) + 1
    for line, record in zip(read[1:], rows):
        for value, written in zip(attrs.astuple(record), line):
            if isinstance(value, str) and not value.startswith(("=", "+", "-", "@", "\t", "\r")):
                assert written == value
            elif isinstance(value, Decimal):
                assert Decimal(written) == value
            elif value is None or isinstance(value, str):
                assert written == ("" if value is None else "'" + value)


def test_libreoffice_opens_the_csv_with_chinese_intact(bundled_audit, tmp_path):
    if shutil.which("soffice") is None:
        # CI installs LibreOffice and sets the switch that makes the browser tests mandatory too.
        if os.environ.get("PLEDGETRACK_REQUIRE_BROWSER") == "1":
            pytest.fail("LibreOffice (soffice) is not installed, and PLEDGETRACK_REQUIRE_BROWSER=1 requires this "
                        "test (apt-get install libreoffice-calc)")
        pytest.skip("LibreOffice (soffice) is not installed")
    (tmp_path / "audit.csv").write_bytes(csv_format.render(bundled_audit).encode("utf-8"))
    # Comma and double quote, the character set left for LibreOffice to find. (With no filter
    # options at all, LibreOffice 7 reads any CSV as Windows-1252, BOM or not.)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--infilter=CSV:44,34,,1", "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"),
                    str(tmp_path / "audit.csv")], check=True, capture_output=True, timeout=120)
    sheet = openpyxl.load_workbook(tmp_path / "out" / "audit.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS  # the byte-order mark is read as one, not as "ï»¿id"
    by_id = {row[0]: dict(zip(COLUMNS, row)) for row in rows[1:]}
    fairs = by_id["yuexiu-2023-job-fairs"]
    assert fairs["quote"] == "组织线上、线下招聘会不少于100场" and fairs["area"] == "就业"
    assert fairs["outcome_value"] == 175 and fairs["evidence_line"] == 84 and fairs["grade"] == "exceeded"
    assert len(by_id) == len(bundled_audit)


def test_the_xlsx_round_trips_through_openpyxl_with_the_same_values(bundled_audit):
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx.render(bundled_audit)))
    assert workbook.sheetnames == ["pledges", "counts", "source"]
    sheet = workbook["pledges"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    for row, record in zip(rows[1:], bundled_audit.to_records(), strict=True):
        for name, value in zip(COLUMNS, row):
            expected = record[name]
            if isinstance(expected, Decimal):
                assert value == float(expected), (record["id"], name)
            else:
                assert value == (expected if expected != "" else None), (record["id"], name)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:AF{len(bundled_audit) + 1}"  # 32 columns
    colours = {"met": "FF2E7D32", "exceeded": "FF1565C0", "missed": "FFC62828", "unverifiable": "FF757575"}
    for (grade,) in sheet.iter_rows(min_row=2, min_col=21, max_col=21):
        assert grade.fill.fgColor.rgb == colours[grade.value] and grade.font.color.rgb == "FFFFFFFF"
    assert sheet.column_dimensions["G"].width > sheet.column_dimensions["C"].width  # quote wider than year


def test_the_xlsx_counts_grades_by_government_and_year(bundled_audit):
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.render(bundled_audit)))["counts"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("government", "year", "met", "exceeded", "missed", "unverifiable", "to sign off", "awaiting report",
                       "total")
    by_year = {row[1]: row for row in rows[1:]}
    exceeded_2023 = sum(1 for v in bundled_audit if v.year == 2023 and v.grade == "exceeded")
    assert by_year[2023][0] == "广东省广州市越秀区" and by_year[2023][3] == exceeded_2023
    assert sum(row[-1] for row in rows[1:]) == len(bundled_audit)
    for row in rows[1:]:  # the grade columns add up to the total: nothing counted twice or left out
        assert sum(row[2:-1]) == row[-1]


def test_the_xlsx_counts_keep_pledges_awaiting_a_report_apart_from_the_unclear_ones(bundled_audit):
    rows = list(openpyxl.load_workbook(io.BytesIO(xlsx.render(bundled_audit)))["counts"].iter_rows(values_only=True))
    by_year = {row[1]: dict(zip(rows[0], row)) for row in rows[1:]}
    # 2026 is not reviewed by any report of the corpus, and its report is not due yet: every pledge waits for it.
    pledges_2026 = sum(1 for v in bundled_audit if v.year == 2026)
    assert by_year[2026]["awaiting report"] == by_year[2026]["total"] == pledges_2026
    assert by_year[2026]["unverifiable"] == 0
    # 2023 is reviewed: what is unverifiable there, the reports leave unclear; nothing awaits a report.
    reasons_2023 = [v.reason.value for v in bundled_audit if v.year == 2023 and v.grade == "unverifiable"]
    assert by_year[2023]["awaiting report"] == 0 and by_year[2023]["unverifiable"] == len(reasons_2023) > 0
    assert not {"pending", "no_outcome_report"} & set(reasons_2023)


def test_the_xlsx_names_its_sources_and_keeps_hostile_text_as_text(corpus):
    result = hand_made(corpus)
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx.render(result)))
    facts = {row[0]: row[1] for row in workbook["source"].iter_rows(values_only=True) if row[0]}
    assert facts["as of"] == "2026-11-21" and facts["manifest"].endswith("manifest.yaml")
    texts = [c for row in workbook["pledges"].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(HOSTILE in t for t in texts)


@pytest.mark.parametrize("name", ["audit.csv", "audit.xlsx", "audit.json"])
def test_the_output_file_s_extension_chooses_the_format(name, tmp_path):
    path = tmp_path / name
    assert main(["audit", "--as-of", "2026-11-21", "-k", "job-fairs", "--output", str(path)]) == 0
    data = path.read_bytes()
    expected = {".csv": b"\xef\xbb\xbfid,", ".xlsx": b"PK", ".json": b"{"}[path.suffix]
    assert data.startswith(expected)


def test_xlsx_without_openpyxl_says_which_extra_to_install_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # what Python does for a package not installed
    assert main(["audit", "--as-of", "2026-11-21", "-k", "job-fairs", "--output", str(tmp_path / "a.xlsx")]) == 2
    assert capsys.readouterr().err.endswith("pledgetrack: --format xlsx needs the optional package 'openpyxl'\n"
                                            "  help: install it with: pip install 'pledgetrack[xlsx]'\n")
    assert list(tmp_path.iterdir()) == []
