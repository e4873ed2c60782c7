"""``--format xlsx``: a workbook to annotate and send on (needs ``pip install 'pledgetrack[xlsx]'``).

Three sheets: ``pledges``, one row per pledge with the columns of
:class:`~pledgetrack.records.Record` (frozen header, filters on every column, widths
that fit, each grade cell coloured and written in words); ``counts``, grades by
government × year (the unverifiable pledges awaiting a report on their year in a column
of their own, ``awaiting report``); ``source``, the corpus, reports and rule files the audit came from.
Figures are numbers, absent values empty cells, texts stay text (a quote that opens
with ``=`` is never run as a formula).

>>> import datetime, io, openpyxl
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
>>> workbook = openpyxl.load_workbook(io.BytesIO(render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))))
>>> workbook.sheetnames, workbook["pledges"]["U2"].value, workbook["pledges"].freeze_panes
(['pledges', 'counts', 'source'], 'exceeded', 'A2')
"""

from __future__ import annotations

import io
import tempfile

import attrs

from .. import __version__
from ..audit import AuditResult
from ..errors import PledgetrackError, Problem
from ..extras import require
from ..records import COLUMNS, Record
from ..rules.model import Grade
from .chart import GRADE_COLOURS
from .common import BUCKET_LABELS, clean, tally_buckets
from .json import VERSION, _path

_WIDEST = 60


def render(result: AuditResult) -> bytes:
    """The audit as the bytes of an .xlsx workbook."""
    openpyxl = require("openpyxl", "xlsx", "--format xlsx")
    workbook = openpyxl.Workbook()
    _pledges(workbook.active, result.records())
    _counts(workbook.create_sheet("counts"), result)
    _source(workbook.create_sheet("source"), result)
    out = io.BytesIO()
    try:
        workbook.save(out)  # in memory, but openpyxl writes each sheet to a temporary file first
    except OSError as exc:
        folder = tempfile.gettempdir()
        raise PledgetrackError([Problem(folder, None, None, "cannot write the workbook's temporary files: "
                                        f"{exc.strerror or exc}", "nothing was written; free space in that folder, "
                                        "or set TMPDIR to a folder with room", "xlsx-temp")]) from None
    return out.getvalue()


def _pledges(sheet, records: list[Record]) -> None:
    from openpyxl.styles import Font, PatternFill

    sheet.title = "pledges"
    _table(sheet, COLUMNS, [attrs.astuple(r) for r in records])
    grade_column = COLUMNS.index("grade") + 1
    fills = {g.value: PatternFill("solid", fgColor="FF" + GRADE_COLOURS[g].lstrip("#").upper()) for g in Grade}
    white = Font(bold=True, color="FFFFFFFF")
    for row in sheet.iter_rows(min_row=2, min_col=grade_column, max_col=grade_column):
        row[0].fill, row[0].font = fills[row[0].value], white


def _counts(sheet, result: AuditResult) -> None:
    groups: dict[tuple[str, int], list] = {}
    for verdict in result.verdicts:
        groups.setdefault((verdict.government, verdict.year), []).append(verdict)
    order = list(dict.fromkeys(government for government, _ in groups))  # as they first appear
    # The pledges whose year no report has reviewed yet are counted apart from those the reports leave
    # unclear, so that "unverifiable" is a finding and the columns add up to the total.
    columns = ("met", "exceeded", "missed", "open", "unsigned", "awaiting")
    rows = [(government, year, *(tally_buckets(vs)[name] for name in columns), len(vs))
            for (government, year), vs in sorted(groups.items(), key=lambda g: (order.index(g[0][0]), g[0][1]))]
    _table(sheet, ("government", "year", *(BUCKET_LABELS[name] for name in columns), "total"), rows)


def _source(sheet, result: AuditResult) -> None:
    corpus = result.corpus
    facts = [("pledgetrack", __version__), ("json schema version", VERSION), ("as of", result.as_of.isoformat()),
             ("corpus", _path(corpus.root)), ("manifest", _path(corpus.manifest))]
    facts += [("rule file", _path(f)) for f in result.rules.files] or [("rule file", "built in code")]
    documents = [(doc.id, doc.info.file, doc.info.title, doc.government, doc.reviews, doc.plans) for doc in corpus]
    _table(sheet, ("what", "value"), facts)
    start = len(facts) + 3
    for column, heading in enumerate(("report", "file", "title", "government", "reviews", "plans"), 1):
        sheet.cell(start, column, heading)
    for row, values in enumerate(documents, start + 1):
        for column, value in enumerate(values, 1):
            _put(sheet.cell(row, column), value)


def _table(sheet, headings, rows) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append(list(headings))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            _put(sheet.cell(index, column), value)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"
    for column, heading in enumerate(headings, 1):
        texts = [str(heading)] + [str(v) for v in (row[column - 1] for row in rows) if v is not None]
        sheet.column_dimensions[get_column_letter(column)].width = min(max(map(_width, texts)) + 2, _WIDEST)


def _put(cell, value) -> None:
    if isinstance(value, str):
        cell.value = clean(value)  # XML cannot carry control characters at all
        cell.data_type = "s"  # never a formula, whatever the text opens with
    else:
        cell.value = value


def _width(text: str) -> int:
    # Chinese characters take two columns of a spreadsheet's default font.
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in text)
