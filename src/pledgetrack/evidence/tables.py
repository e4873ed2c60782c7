"""What the rows of an indicator table ("2023年主要指标完成情况") say about a pledge."""

from __future__ import annotations

from ..corpus import Document, Table, TableRow
from ..corpus.normalise import fold_key
from ..quantity import Qualifier, Quantity
from ..rules.book import Rule
from ..rules.model import Op
from ..rules.target import Target, symbolic_target
from .candidate import Candidate
from .figures import answers, figures_in
from .keywords import RuleWords


def row_matches(rule: Rule, words: RuleWords, row: TableRow) -> bool:
    """Whether a row is the pledge's indicator (by ``indicator``, else by the keywords)."""
    if rule.pledge.indicator is not None:
        return fold_key(rule.pledge.indicator) in fold_key(row.indicator)
    return words.spans(row.indicator) is not None


def table_candidates(rule: Rule, words: RuleWords, doc: Document, table: Table) -> list[Candidate]:
    """A candidate for every row of ``table`` that names the pledge's indicator."""
    found = []
    for row in table.rows:
        if not row_matches(rule, words, row):
            continue
        cells = [q for cell in (row.absolute, row.growth) for q in figures_in(cell)]
        figure = next((q for q in cells if answers(rule, q)), None)
        assigned = symbolic_target(row.target)
        text = "\t".join((row.indicator, row.target, row.absolute, row.growth))
        note = "; ".join(row.footnotes)
        incomparable = figure is None and bool(cells)
        if incomparable:
            note = "its figures are of another unit: " + ", ".join(q.text for q in cells)
        found.append(Candidate(doc.id, doc.info.file, doc.position(row.start), text, "table", figure, 0,
                               row.start, row.end, assigned_figure(assigned), note, incomparable=incomparable))
    return found


def assigned_figure(target: Target | None) -> Quantity | None:
    """The figure a 完成市下达目标 row or sentence states, as a quantity."""
    if target is None or target.op is not Op.ASSIGNED or target.value is None:
        return None
    return Quantity(target.value, target.unit, Qualifier.EXACT, target.text, (0, len(target.text)))
