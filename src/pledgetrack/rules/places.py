"""Where pledges' quotes stand: each report about a year is read once for all of that year's pledges.

A pledge's quote stands in the plan part of its year, or in an indicator table restating that
year's targets. A rule book of many pledges is searched report by report, not pledge by pledge, so
that a corpus that keeps few reports in memory at once (``load_corpus(keep=…)``) reads each report
once, however many pledges look for their quote in it.

>>> from pledgetrack.corpus import load_corpus
>>> from pledgetrack.rules import Pledge
>>> fairs = Pledge(id="fairs", year=2023, quote="组织线上、线下招聘会不少于100场", evidence=["招聘会"])
>>> placed = place_all([fairs], load_corpus())[0]
>>> [(government, [loc.position.line for loc in at]) for government, at in placed.places_of.items()]
[('广东省广州市越秀区', [154])]
"""

from __future__ import annotations

import collections
from collections.abc import Sequence

import attrs

from ..corpus import Corpus, Document, Location, PartKind, Table
from ..corpus.normalise import fold_key
from .model import Pledge


@attrs.frozen
class Placed:
    """Where one pledge's quote stands, by government in corpus order, and whether any report searched
    plans its year or restates that year's targets in a table (``speaks``); ``restated_of`` is the same for
    each of its ``restated`` quotes, in order."""

    places_of: dict[str, tuple[Location, ...]]
    speaks: bool
    restated_of: tuple[dict[str, tuple[Location, ...]], ...] = ()


def place_all(pledges: Sequence[Pledge], corpus: Corpus) -> list[Placed]:
    """Where each pledge's quote stands in the reports about its year (of its ``region``, or its ``source``)."""
    # found[k][0]: where pledge k's quote stands, by government; found[k][j]: its j-th restated quote
    found: list[list[dict[str, list[Location]]]] = [[{} for _ in range(1 + len(p.restated))] for p in pledges]
    speaks = [False] * len(pledges)

    def search(doc: Document, k: int) -> None:
        pledge = pledges[k]
        if pledge.region is not None and doc.government != pledge.region:
            return
        speaks[k] = speaks[k] or speaks_for(doc, pledge.year)
        for j, quote in enumerate((pledge.quote, *pledge.restated)):
            for loc in doc.locate_all(quote):
                if _restates(doc, loc, pledge.year) and _in_row(doc, loc, pledge):
                    found[k][j].setdefault(doc.government, []).append(loc)

    # A pledge with a region is looked for in its government's reports only: the others are not read (a
    # corpus keeping few reports in memory would read each again for each pledge).
    by_year: dict[tuple[int, str | None], list[int]] = collections.defaultdict(list)
    for k, pledge in enumerate(pledges):
        if pledge.source is not None:
            if corpus.index.position(pledge.source) is not None:
                search(corpus[pledge.source], k)  # a pledge that names its report is looked for there only
        else:
            by_year[pledge.year, pledge.region].append(k)
    for (year, region), waiting in by_year.items():
        for doc in corpus.each_about(year, region):
            for k in waiting:
                search(doc, k)
    return [Placed(_frozen(quotes[0]), said, tuple(map(_frozen, quotes[1:]))) for quotes, said in zip(found, speaks)]


def _frozen(places: dict[str, list[Location]]) -> dict[str, tuple[Location, ...]]:
    return {government: tuple(at) for government, at in places.items()}


def speaks_for(doc: Document, year: int) -> bool:
    """Whether ``doc`` plans ``year`` or restates its targets in an indicator table."""
    return doc.plans == year or any(table.year == year for table in doc.tables)


def table_at(doc: Document, offset: int) -> Table | None:
    """The indicator table of ``doc`` that holds ``offset``, if any."""
    return next((t for t in doc.tables if t.start <= offset < t.end), None)


def _restates(doc: Document, loc: Location, year: int) -> bool:
    if loc.part is not None and loc.part.kind is PartKind.PLAN and (loc.part.year or doc.plans) == year:
        return True
    table = table_at(doc, loc.start)
    return table is not None and table.year == year


def _in_row(doc: Document, loc: Location, pledge: Pledge) -> bool:
    if pledge.indicator is None:
        return True
    table = table_at(doc, loc.start)
    row = next((r for r in table.rows if r.start <= loc.start < r.end), None) if table else None
    return row is not None and fold_key(pledge.indicator) in fold_key(row.indicator)
