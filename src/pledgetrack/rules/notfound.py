"""What to tell a user whose quote does not stand where its year's pledges stand: another year's plan
that holds it, the years the corpus plans, or the nearest text of the plan ("did you mean").

"Did you mean" compares the quote with every passage of a plan: bounded, so that a rule book of many
stray quotes against a large corpus is still refused in a moment.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ..corpus import Document, PartKind
from ..corpus.normalise import normalise
from .model import Pledge
from .places import speaks_for, table_at

MAX_SUGGESTED_QUOTE = 80
MAX_SEARCHED = 200_000


def other_years(pledge: Pledge, docs: list[Document]) -> str:
    """Where the quote stands in the plan (or indicator table) of another year, said in words; ''."""
    found = []
    for doc in docs:
        for loc in doc.locate_all(pledge.quote):
            table = table_at(doc, loc.start)
            year = table.year if table is not None else (
                (loc.part.year or doc.plans) if loc.part is not None and loc.part.kind is PartKind.PLAN else None)
            if year is not None and year != pledge.year:
                found.append((year, f"{doc.id}, line {loc.position.line}"))
    years = sorted({year for year, _ in found})
    if not years:
        return ""
    where = "; ".join(at for _, at in found[:3])
    return f"the quote stands in the plan for {', '.join(map(str, years))} ({where})"










def no_year_message(pledge: Pledge, docs: Iterable[Document]) -> str:
    docs = list(docs)
    tables = sorted({t.year for doc in docs for t in doc.tables})
    planned = ", ".join(map(str, sorted({doc.plans for doc in docs if doc.plans is not None})))
    return (f"no report in the corpus plans {pledge.year} or restates its targets in an indicator table "
            f"(plans: {planned}; indicator tables: {', '.join(map(str, tables))})")


def not_found(pledge: Pledge, docs: list[Document], suggest: bool) -> tuple[str, str]:
    where = [d.id for d in docs if speaks_for(d, pledge.year)]
    if pledge.indicator is not None:
        rows = [r.indicator for d in docs for t in d.tables if t.year == pledge.year for r in t.rows]
        return (f"no {pledge.year} indicator-table row '{pledge.indicator}' whose target reads '{pledge.quote}'",
                f"rows of that year: {', '.join(dict.fromkeys(rows))}")
    near = nearest_text(pledge.quote, [d for d in docs if speaks_for(d, pledge.year)], pledge.year) \
        if suggest else None
    hint = f"the nearest text is '{near[1]}' ({near[0]})" if near else "copy the words from the plan"
    return (f"quote not found in the plan for {pledge.year} ({', '.join(where)}) "
            f"nor in its indicator tables", hint + "; copy the quote exactly from the report")


def nearest_text(quote: str, docs: list[Document], year: int) -> tuple[str, str] | None:
    """The passage most like ``quote`` in what ``docs`` say about ``year``, with where it stands.

    Only the quote's first :data:`MAX_SUGGESTED_QUOTE` characters are compared, with at most
    :data:`MAX_SEARCHED` characters of the reports.

    >>> from pledgetrack.corpus import load_corpus
    >>> nearest_text("组织线上线下招聘会不少于120场", [load_corpus()["yuexiu-2023-drc"]], 2023)[1]
    '组织线上、线下招聘会不少于100场'
    """
    best: tuple[float, str, str] | None = None
    wanted = normalise(quote)[:MAX_SUGGESTED_QUOTE]
    budget = MAX_SEARCHED
    for doc in docs:
        plan = doc.part(PartKind.PLAN)
        spans = [(t.start, t.end) for t in doc.tables if t.year == year]
        if plan is not None and doc.plans == year:
            spans.append((plan.start, plan.end))
        for start, end in spans:
            text = doc.text[start:min(end, start + budget)]
            budget -= len(text)
            match = difflib.SequenceMatcher(None, text, wanted, autojunk=False).find_longest_match(
                0, len(text), 0, len(wanted))
            if match.size == 0:
                continue
            anchor = match.a - match.b
            # the longest common run anchors the window; nearby starts and lengths may fit better
            for score, lo, hi in (
                (difflib.SequenceMatcher(None, text[lo:hi], wanted).ratio(), lo, hi)
                for lo in range(max(0, anchor - 3), max(0, anchor) + 4)
                for hi in range(lo + len(wanted) - 3, lo + len(wanted) + 4)
            ):
                if best is None or score > best[0]:
                    best = (score, f"{doc.id}, line {doc.position(start + lo).line}", text[lo:hi].strip())
    return (best[1], best[2]) if best else None
