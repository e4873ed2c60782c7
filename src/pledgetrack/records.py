"""One flat record per pledge: the audit as a table, for pandas, CSV, Excel and baselines.

A :class:`Record` holds plain values only (str, int, bool, :class:`~decimal.Decimal`
or None), one column each; the same columns, in the same order, are the CSV and
xlsx columns, the ``records`` of the JSON output and the columns of
:meth:`AuditResult.to_pandas() <pledgetrack.audit.AuditResult.to_pandas>`.

>>> import datetime
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"], area="就业")])
>>> result = audit(rules=book, as_of=datetime.date(2026, 11, 21))
>>> record = record_of(result.verdicts[0], result.corpus)
>>> record.grade, record.target_value, record.outcome_value, record.ratio, record.evidence_line
('exceeded', Decimal('100'), Decimal('175'), Decimal('1.750'), 84)
>>> from_json(to_json(record)) == record
True
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any

import attrs

from .extras import require
from .grading import Reason
from .quantity import as_stated
from .paths import Viewpoint, public_path
from .rules.model import Grade
from .rules.target import format_number

if TYPE_CHECKING:  # the audit builds records; records never need the audit at run time
    import pandas

    from .corpus import Corpus

# How each kind of column is written in JSON and typed in pandas.
_DTYPES = {"str": "string", "int": "int64", "line": "Int64", "decimal": "float64", "bool": "bool",
           "category": "category"}


def _column(doc: str, kind: str = "str"):
    return attrs.field(metadata={"doc": doc, "kind": kind})


@attrs.frozen
class Record:
    """One pledge as one row. Absent values are None (an empty cell in CSV and xlsx)."""

    id: str = _column("Pledge id, unique in the rule book")
    government: str = _column("The government whose pledge it is (the manifest's `region`)", "category")
    year: int = _column("The year the pledge is for", "int")
    area: str = _column("Policy area ('' when the rule gives none)", "category")
    title: str = _column("Short human title ('' when the rule gives none)")
    kind: str = _column("`numeric` or `milestone`")
    quote: str = _column("The pledge as the plan words it")
    quote_document: str | None = _column("Report id where the quote stands (the first place, if several)")
    quote_file: str | None = _column("That report's original file name")
    quote_line: int | None = _column("1-based line of the quote in that file", "line")
    target_op: str | None = _column("at_least, more_than, about, at_most, less_than, range, assigned, in_step; "
                                    "None for a milestone")
    target_value: Decimal | None = _column("The target figure, units folded (39 亿元 is 3900000000 元)", "decimal")
    target_high: Decimal | None = _column("Upper end of a range target", "decimal")
    target_unit: str | None = _column("The target's unit (元, 场, %)")
    target_text: str | None = _column("The target in words: `at least 100 场`")
    outcome_value: Decimal | None = _column("The outcome graded, as the review states it (its own unit)", "decimal")
    outcome_unit: str | None = _column("Its unit, as the review states it")
    outcome_text: str | None = _column("The figure as the report writes it: `175场`, `3000余场`")
    outcome_estimate: bool = _column("The report states the outcome as an estimate (预计, 初步核算)", "bool")
    ratio: Decimal | None = _column("outcome / target", "decimal")
    grade: str = _column("met, exceeded, missed or unverifiable", "category")
    reason: str | None = _column("Why unverifiable (no_evidence, pending …); None for any other grade", "category")
    explanation: str = _column("The grade in one sentence")
    drafted: bool = _column("The rule is a draft nobody has reviewed yet", "bool")
    check: str | None = _column("What a reviewer should check first (the rule's `check`), a `key: sentence` line "
                                "each; None once signed off. While `evidence` is there the grade is withheld")
    evidence_text: str | None = _column("The sentence (or table row, cells separated by tabs) the grade rests on")
    evidence_document: str | None = _column("Report id of the evidence")
    evidence_file: str | None = _column("Original file name of the evidence")
    evidence_line: int | None = _column("1-based line of the evidence in that file", "line")
    conflict: bool = _column("Exact figures in the reports disagree (though not on the grade)", "bool")
    rule_file: str = _column("The rule file (or <python>)")
    rule_line: int | None = _column("The rule's line in it", "line")


COLUMNS: tuple[str, ...] = tuple(f.name for f in attrs.fields(Record))
"""The column names, in order."""


def describe_columns() -> list[tuple[str, str, str, str]]:
    """(name, Python type, pandas dtype, meaning) of every column: the table of docs/output.md.

    >>> describe_columns()[9]
    ('quote_line', 'int | None', 'Int64', '1-based line of the quote in that file')
    """
    return [(f.name, f.type, _DTYPES[f.metadata["kind"]], f.metadata["doc"]) for f in attrs.fields(Record)]


def record_of(verdict: Any, corpus: Corpus | None = None, seen_from: Viewpoint | None = None) -> Record:
    """The flat record of one verdict; ``corpus`` names the file the quote stands in (else None);
    the rule file is shown from ``seen_from`` (:func:`~pledgetrack.paths.public_path`)."""
    rule, target, chosen = verdict.rule, verdict.target, verdict.chosen
    pledge = rule.pledge
    place = rule.places[0] if rule.places else None
    figure = chosen.quantity if chosen is not None else None
    return Record(
        id=pledge.id, government=rule.government, year=pledge.year, area=pledge.area, title=pledge.title,
        kind=rule.kind.value, quote=pledge.quote,
        quote_document=place.document if place else None,
        quote_file=corpus[place.document].info.file if place and corpus is not None else None,
        quote_line=place.position.line if place else None,
        target_op=target.op.value if target else None, target_value=target.value if target else None,
        target_high=target.high if target else None, target_unit=target.unit if target else None,
        target_text=target.describe() if target else None,
        outcome_value=verdict.outcome,
        outcome_unit=as_stated(figure).unit if figure is not None and verdict.outcome is not None else None,
        outcome_text=figure.text.strip() if figure is not None else None,
        outcome_estimate=chosen is not None and chosen.estimate,
        ratio=verdict.ratio, grade=verdict.grade.value,
        reason=verdict.reason.value if verdict.reason is not None else None,
        explanation=verdict.explanation, drafted=bool(getattr(pledge, "drafted", False)),
        check=check_text(pledge),
        evidence_text=chosen.text if chosen else None, evidence_document=chosen.document if chosen else None,
        evidence_file=chosen.file if chosen else None, evidence_line=chosen.position.line if chosen else None,
        conflict=verdict.conflict, rule_file=public_path(rule.origin.file, seen_from), rule_line=rule.origin.line)


def check_text(pledge: Any) -> str | None:
    """What the rule says to check first, a ``key: sentence`` line each, or None when there is nothing.

    >>> from pledgetrack import Pledge
    >>> print(check_text(Pledge(id="a", year=2023, quote="q", evidence=["x"], check={"evidence": "a fragment",
    ...                                                                              "period": "年均"})))
    evidence: a fragment
    period: 年均
    """
    check = getattr(pledge, "check", None)
    return "\n".join(f"{key}: {text}" for key, text in check.points()) if check is not None else None


def as_dict(record: Record) -> dict:
    """The record as a dict of plain Python values, in column order."""
    return attrs.asdict(record)


def to_json(record: Record) -> dict:
    """The record as JSON-ready data: decimals as strings holding the exact value."""
    return {name: format_number(value) if isinstance(value, Decimal) else value
            for name, value in attrs.asdict(record).items()}


def from_json(data: dict) -> Record:
    """A record from :func:`to_json`'s data (a baseline's ``records``); unknown keys are ignored."""
    kinds = {f.name: f.metadata["kind"] for f in attrs.fields(Record)}
    # A baseline written before a column was added (check) has none: the column is empty.
    data = {name: None for name in _LATER} | data
    return Record(**{name: Decimal(data[name]) if kinds[name] == "decimal" and data[name] is not None
                     else data[name] for name in COLUMNS})


_LATER = ("check",)


def to_pandas(records: list[Record]) -> pandas.DataFrame:
    """The records as a DataFrame: grade, reason, area and government categorical, numbers as
    numbers (float64), lines as nullable Int64, text as pandas strings.

    Needs the ``pandas`` extra: ``pip install 'pledgetrack[pandas]'``.
    """
    pd = require("pandas", "pandas", "to_pandas()")
    frame = pd.DataFrame([attrs.astuple(r) for r in records], columns=list(COLUMNS))
    # Every grade and reason is a category even when no row has it, so counts show the zeros.
    known = {"grade": [g.value for g in Grade], "reason": [r.value for r in Reason]}
    for f in attrs.fields(Record):
        kind = f.metadata["kind"]
        column = frame[f.name]
        if kind == "decimal":  # exact values stay in to_records() and the JSON; a frame is for analysis
            frame[f.name] = pd.Series([float("nan") if v is None else float(v) for v in column], dtype="float64")
        elif kind == "category" and f.name in known:
            frame[f.name] = pd.Categorical(column, categories=known[f.name])
        else:
            frame[f.name] = column.astype(_DTYPES[kind])
    return frame


def html_table(records: list[Record], caption: str, more: int = 0) -> str:
    """A short HTML table of records for a notebook (``_repr_html_``), with how many are left out.

    >>> html_table([], "0 pledges", 3).endswith("<p>… 3 more</p>")
    True
    """
    def row(r: Record) -> str:
        reason = f" ({r.reason})" if r.reason else ""
        where = f"{r.evidence_file}:{r.evidence_line} " if r.evidence_file else ""
        cells = (r.id, r.year, r.government, r.quote, r.target_text or "milestone")
        return ("".join(f"<td>{escape(str(c))}</td>" for c in cells)
                + f"<td><b>{r.grade}</b>{escape(reason)}<br>{escape(r.explanation)}</td>"
                + f"<td>{escape(where + (r.evidence_text or '—'))}</td>")
    head = "".join(f"<th>{h}</th>" for h in ("id", "year", "government", "quote", "target", "grade", "evidence"))
    rows = "".join(f"<tr>{row(r)}</tr>" for r in records)
    tail = f"<p>… {more} more</p>" if more > 0 else ""
    return f"<table><caption>{escape(caption)}</caption><tr>{head}</tr>{rows}</table>{tail}"
