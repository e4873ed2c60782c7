"""Drafting from indicator tables: a rule for each row of a year's table that states a target.

>>> indicator_name("地区生产总值（亿元）")
'地区生产总值'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..corpus import Document, Table, TableRow
from ..corpus.normalise import fold_key
from ..quantity import find_quantities
from ..rules.model import Op, Pledge, TargetSpec, Trend
from ..rules.target import from_quantity, symbolic_target
from .doubts import as_check
from .model import Draft
from .naming import Ids, area_of

__all__ = ["from_row", "indicator_name", "table_rows"]


def table_rows(docs: Iterable[Document], year: int) -> Iterator[tuple[Document, Table, TableRow]]:
    """Every row of an indicator table of ``year`` that states a target, each indicator once."""
    seen: set[str] = set()
    for doc in docs:
        for table in doc.tables:
            if table.year != year:
                continue
            for row in table.rows:
                if row.target and fold_key(row.indicator) not in seen:
                    seen.add(fold_key(row.indicator))
                    yield doc, table, row


def indicator_name(indicator: str) -> str:
    """The row's name without its unit in brackets: "地区生产总值（亿元）" → "地区生产总值"."""
    for bracket in ("（", "("):
        indicator = indicator.split(bracket, 1)[0]
    return indicator.strip()


def from_row(doc: Document, table: Table, row: TableRow, name: str, year: int, slug: str,
             ids: Ids, region: str | None) -> Draft | None:
    """The rule a target row drafts ("地区生产总值 增长 4.0%左右"), or None where its target holds no one figure."""
    figures = find_quantities(row.target)
    symbolic = symbolic_target(row.target)
    if symbolic is None and len(figures) != 1:
        return None
    doubts: list[tuple[str, str]] = []
    target: TargetSpec | None = None
    if symbolic is None and "下降" in name and figures[0].trend is None:
        # "单位GDP能耗下降率 3.6%": the row's name says the figure is a decline
        read = from_quantity(figures[0])
        target = TargetSpec(op=read.op, value=read.value, unit=read.unit, high=read.high, trend=Trend.DOWN)
    # The row of the reviewing report's table is the first evidence; the whole name keeps
    # sentences about a part of it (单位GDP能耗 → GDP) from answering.
    keyword = name
    if symbolic is not None and symbolic.op is Op.ASSIGNED and symbolic.value is None:
        doubts.append(("target", "the target is assigned by a higher government: the outcome report must state it"))
    pledge = Pledge(id=ids.new(slug, year, keyword), year=year, quote=row.target, evidence=[keyword],
                    target=target, region=region, indicator=name, title=name, area=area_of(table.title, name),
                    tags=("主要指标",), drafted=True, check=as_check(doubts))
    return Draft(pledge, region or doc.government, doc.id, row.start, row.end)

