"""Indicator tables: tab-separated rows under a title such as "2023年主要指标完成情况".

The header may spread over two lines (指标名称 / 预期目标 / 完成情况, then 绝对值 /
增速 under the last one); its columns are merged top to bottom and matched by
their words, so a table that orders or names its columns a little differently
still reads right. Footnote markers in a row give the row its footnote texts.

>>> from pledgetrack.corpus import load_corpus
>>> row = load_corpus()["yuexiu-2024-drc"].tables[0].rows[0]
>>> row.indicator, row.target, row.absolute, row.growth
('地区生产总值', '增长4.5%左右', '3810.24亿元', '增长4.5%')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .layout import Block, Footnote, Kind
from .model import Table, TableRow

YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[0-2]\d\d)(?!\d)")
# Official statistics: the words of an indicator table's header, as every government's tables head them.
_HEADER_WORDS = ("指标", "名称", "项目")
# The words that name each value column, most telling first.
_COLUMNS = {
    "target": ("目标", "计划"),
    "absolute": ("绝对值", "完成", "实际"),
    "growth": ("增速", "增幅", "增长"),
}


def find_tables(blocks: Sequence[Block], footnotes: Sequence[Footnote], text: str, default_year: int) -> tuple[Table, ...]:
    """Read every run of table rows in ``blocks`` as a :class:`Table`.

    ``default_year`` (the year the report reviews) is used when neither the
    title nor the header names a year.
    """
    tables = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind is not Kind.ROW:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind is Kind.ROW:
            j += 1
        title_block = blocks[i - 1] if i and blocks[i - 1].kind is Kind.TITLE else None
        title = text[title_block.start:title_block.end] if title_block else ""
        tables.append(_table(title, blocks[i:j], footnotes, default_year, title_block or blocks[i]))
        i = j
    return tuple(tables)


def _table(title: str, rows: Sequence[Block], footnotes: Sequence[Footnote], default_year: int,
           first: Block) -> Table:
    cells = [[cell.text for cell in row.cells] for row in rows]
    header = 0
    if cells and any(word in cells[0][0] for word in _HEADER_WORDS):
        header = 1
        while header < len(cells) and not cells[header][0]:
            header += 1
    columns = _columns(cells[:header])
    years = YEAR.findall(title) or YEAR.findall(" ".join(" ".join(row) for row in cells[:header]))
    body = []
    for row, row_cells in zip(rows[header:], cells[header:]):
        def cell(name: str) -> str:
            index = columns[name]
            return row_cells[index] if index < len(row_cells) else ""
        notes = (_footnote(marker, row.lines[0], footnotes) for c in row.cells for marker in c.markers)
        body.append(TableRow(row_cells[0], cell("target"), cell("absolute"), cell("growth"),
                             tuple(note for note in notes if note is not None),
                             row.start, row.end, row.lines[0]))
    return Table(title, int(years[0]) if years else default_year, tuple(body), first.start, rows[-1].end)


def _columns(header: Sequence[Sequence[str]]) -> dict[str, int]:
    width = max((len(row) for row in header), default=0)
    merged = [" ".join(row[i] for row in header if i < len(row)) for i in range(width)]
    found: dict[str, int] = {}
    for name, words in _COLUMNS.items():
        for word in words:
            index = next((i for i, head in enumerate(merged)
                          if i and word in head and i not in found.values()), None)
            if index is not None:
                found[name] = index
                break
    # Columns the header does not name are taken in the usual order: target, absolute, growth.
    spare = iter(i for i in range(1, max(width, 4)) if i not in found.values())
    return {name: found[name] if name in found else next(spare) for name in _COLUMNS}


def _footnote(marker: str, line: int, footnotes: Sequence[Footnote]) -> str | None:
    # Numbering may restart in a long report: take the first footnote with this number
    # printed after the row, else the last one before it (None: a <sup> with no footnote).
    same = [f for f in footnotes if f.number == marker]
    after = [f for f in same if f.line > line]
    return after[0].text if after else same[-1].text if same else None
