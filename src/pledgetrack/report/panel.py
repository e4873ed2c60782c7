"""The figures panel (`pledgetrack figures`): every figure of every report as a row: what it measures, of when, where.

A machine-read panel of a corpus's indicators, and the way to see why a grade was given:
the statement an evidence sentence was read into. ``value`` is a decimal in base units
(万 and 亿 multiplied out; a percentage as its number); ``line`` is 1-based in the original
file; ``period`` is a year where the figure is of one year, else ``several_years``,
``other_year``, ``base`` (the start of a from–to) or ``coming``.

>>> from pledgetrack import load_corpus
>>> rows = [row for row in figure_rows(load_corpus()) if row["figure"] == "175场"]
>>> {key: rows[0][key] for key in ("document", "line", "part", "period", "measure", "value", "unit")}
{'document': 'yuexiu-2024-drc', 'line': 84, 'part': 'review', 'period': 2023, 'measure': 'level', 'value': '175', 'unit': '场'}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..corpus import Corpus
from ..rules.target import format_number
from ..statements import Measure, document_statements
from .csv import BOM, _line, cell

COLUMNS = ("government", "document", "file", "line", "column", "part", "period", "indicator", "measure", "value",
           "unit", "bound", "direction", "item", "estimate", "figure", "text")


def figure_rows(corpus: Corpus) -> Iterator[dict]:
    """One row (a dict of :data:`COLUMNS`) per statement of every document, government by government."""
    for government in corpus.governments:
        for doc in corpus.of_government(government):
            for found in document_statements(doc):
                q = found.quantity
                yield {
                    "government": government, "document": doc.id, "file": doc.info.file, "line": found.line,
                    "column": found.column, "part": found.part, "period": found.period,
                    "indicator": found.indicator, "measure": found.statement.measure.value,
                    "value": format_number(_signed(found.statement)), "unit": q.unit, "bound": q.qualifier.value,
                    "direction": q.trend or "", "item": found.statement.item, "estimate": found.statement.estimate,
                    "figure": q.text.strip(), "text": found.sentence.text,
                }


def _signed(statement) -> Decimal:
    # a growth rate or a change in points is negative where the report says 下降: 下降3.3% is -3.3
    q = statement.quantity
    falls = q.trend == "down" and statement.measure in (Measure.GROWTH, Measure.POINTS)
    return -q.value if falls else q.value


def render_csv(rows: Iterable[dict]) -> str:
    """The rows as CSV (UTF-8 with a byte-order mark, CRLF), as ``--format csv`` writes audits."""
    return BOM + _line(COLUMNS) + "".join(_line(cell(row[key]) for key in COLUMNS) for row in rows)


def render_jsonl(rows: Iterable[dict]) -> str:
    """The rows as JSON Lines, Chinese kept as is."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
