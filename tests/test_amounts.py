"""Amounts written one way in every output: the report's unit and 万/亿, exactly (issue 20).

The pledges are graded for real against the reports of tests/corpora/other-governments
(浙江省 2025: 更新改造住宅老旧电梯1.5万台 → 1.8万台; 海拉尔区 2017: 9.2公里 → 38.6公里);
each format is read as its reader reads it.
"""

import csv as stdlib_csv
import datetime
import io
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack import Pledge, audit, build_rules, load_corpus
from pledgetrack.amounts import Style, style_of, write_amount
from pledgetrack.history import Baseline, compare, snapshot
from pledgetrack.quantity import parse_quantity
from pledgetrack.report import csv, html, json as json_report, markdown, xlsx
from pledgetrack.report.changes import terminal_lines
from pledgetrack.report.terminal import evidence_block

CORPUS = Path(__file__).parent / "corpora" / "other-governments"
LIFTS, PIPES = "zhejiang-2025-lifts", "hailar-2017-pipes"


@pytest.fixture(scope="module")
def result():
    corpus = load_corpus(CORPUS)
    book = build_rules([
        Pledge(id=LIFTS, year=2025, quote="全省更新改造住宅老旧电梯1.5万台", evidence=["住宅老旧电梯"], region="浙江省"),
        Pledge(id=PIPES, year=2017, quote="完成9.2公里的城区供水主管网改造", evidence=["管网改造"],
               region="内蒙古自治区呼伦贝尔市海拉尔区"),
    ], corpus)
    return audit(corpus, book, as_of=datetime.date(2026, 11, 21))


def test_the_reports_say_it_so(result):
    # What the graded figures stand on, as the reports print them: the tests below rest on these.
    assert result[LIFTS].chosen.quantity.text.strip() == "1.8万台" and result[LIFTS].grade.value == "exceeded"
    assert result[PIPES].chosen.quantity.text.strip() == "38.6公里"


def test_terminal_markdown_and_html_write_the_figures_as_the_reports_do(result):
    lifts = "\n".join(evidence_block(result[LIFTS]))
    assert "target:   at least 1.5 万台" in lifts and "outcome:  1.8 万台  (×1.2)" in lifts
    assert "9.2 公里" in "\n".join(evidence_block(result[PIPES])) and "38.6 公里" in "\n".join(evidence_block(result[PIPES]))
    page, text = html.render(result), markdown.render(result)
    for shown in (page, text):
        assert "at least 1.5 万台" in shown and "1.8 万台 (×1.2)" in shown
        assert "at least 9.2 公里" in shown and "38.6 公里" in shown
        assert "18000" not in shown and " km" not in shown and "15000 台" not in shown
    chinese = html.render(result, lang="zh")
    assert "不少于 1.5 万台" in chinese and "1.8 万台 (×1.2)" in chinese


def test_csv_xlsx_and_json_give_the_target_in_the_same_words_and_the_exact_figures(result):
    rows = {row["id"]: row for row in stdlib_csv.DictReader(io.StringIO(csv.render(result)[1:]))}
    assert rows[LIFTS]["target_text"] == "at least 1.5 万台" and rows[PIPES]["target_text"] == "at least 9.2 公里"
    assert rows[LIFTS]["target_value"] == "15000" and rows[LIFTS]["outcome_value"] == "18000"  # figures for sums
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.render(result)))["pledges"]
    header, *values = list(sheet.iter_rows(values_only=True))
    cells = {row[0]: dict(zip(header, row)) for row in values}
    assert cells[LIFTS]["target_text"] == "at least 1.5 万台" and cells[LIFTS]["outcome_value"] == 18000
    data = json.loads(json_report.render(result))
    described = {v["id"]: v["target"]["described"] for v in data["verdicts"]}
    assert described == {LIFTS: "at least 1.5 万台", PIPES: "at least 9.2 公里"}


def test_a_change_line_writes_the_outcome_as_the_report_does(result):
    records = result.records()
    old = {r.id: dict(snapshot(r), grade="unverifiable", reason="no_evidence", outcome_value=None,
                      outcome_unit=None, outcome_text=None) for r in records}
    lines = terminal_lines(compare(Baseline("old.json", "2026-01-01", old), records))
    lifts = next(line for line in lines if LIFTS in line)
    assert "outcome none → 1.8 万台" in lifts
    assert "outcome none → 38.6 公里" in next(line for line in lines if PIPES in line)


FIGURES = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2)


@given(FIGURES, st.sampled_from(["", "万", "亿"]), st.sampled_from(["户", "台", "公里", "元", "平方米", "亩", "人次"]))
def test_a_figure_written_in_its_reports_style_reads_back_to_the_same_figure(figure, multiplier, unit):
    written = f"{figure}{multiplier}{unit}"
    read = parse_quantity(written)
    style = style_of(read.text, read.unit)
    assert style == Style(multiplier, unit)
    shown = write_amount(read.value, read.unit, style)
    again = parse_quantity(shown)
    assert (again.value, again.unit) == (read.value, read.unit), shown
    assert shown.replace(" ", "").endswith(f"{multiplier}{unit}")
