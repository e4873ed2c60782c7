"""``--format csv``: one row per pledge, the columns of :class:`~pledgetrack.records.Record`.

UTF-8 with a byte-order mark, so that Excel and WPS open Chinese text correctly on a
double click (without it they read the file in the system's legacy code page); rows end
in CRLF as RFC 4180 has it. Decimals are written exactly (``3900000000``, ``1.75``),
an absent value is an empty cell, booleans are ``true``/``false``.

>>> import csv as stdlib_csv, datetime, io
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
>>> text = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))
>>> text[0] == BOM
True
>>> header, row = stdlib_csv.reader(io.StringIO(text[1:]))
>>> dict(zip(header, row))["grade"], dict(zip(header, row))["outcome_value"], dict(zip(header, row))["quote"]
('exceeded', '175', '招聘会不少于100场')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

import attrs

from ..audit import AuditResult
from ..records import COLUMNS, Record
from ..rules.target import format_number

BOM = "\ufeff"
# A spreadsheet runs a cell that opens with one of these as a formula ("CSV injection"):
# such a text is written with a leading apostrophe, which spreadsheets show as plain text.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def render(result: AuditResult) -> str:
    """The audit's records as CSV text, starting with the byte-order mark."""
    return write(result.records())


def write(records: Iterable[Record]) -> str:
    """Records as CSV text: the byte-order mark, the header, a row per record."""
    return header() + "".join(row(record) for record in records)


def header() -> str:
    """The byte-order mark and the header row: how the text of :func:`write` begins."""
    return BOM + _line(COLUMNS)


def row(record: Record) -> str:
    """One record as a CSV row, ending in CRLF.

    >>> from pledgetrack import audit
    >>> row(audit().records()[0]).split(",")[:4]
    ['yuexiu-2017-gdp-growth', '广东省广州市越秀区', '2017', '经济']
    """
    return _line([cell(value) for value in attrs.astuple(record)])


def _line(cells: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def cell(value) -> str:
    """One value as CSV text.

    >>> cell(None), cell(True), cell(Decimal("3.9E+9")), cell(84), cell("=1+1"), cell("越秀")
    ('', 'true', '3900000000', '84', "'=1+1", '越秀')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format_number(value)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return str(value)
