"""``--format markdown``: tables a journalist can paste, one per year, then the counts.

Each row is one pledge: its title, id and quote; the target as graded; the outcome
with its ratio to the target (or why there is none); the grade in words; and the
evidence sentence with the report it stands in and its line (``yuexiu-2024-drc:84``).
A list of the reports closes the page, so every ``doc:line`` leads to a file.
Chinese text is kept as written; only the characters Markdown would read as
markup are escaped (``|`` above all).
"""

from __future__ import annotations

import re

from ..audit import AuditResult, Verdict
from ..rules.model import Grade
from .common import by_year, counts_text, drafted_text, flat, grade_text, outcome_text, regions, short_names, target_text, tally

_MARKUP = re.compile(r"([\\|*_`<>\[\]])")
_HEADER = ("| pledge | target | outcome | grade | evidence (doc:line) |\n"
           "| --- | --- | --- | --- | --- |")


def escape(text: str) -> str:
    """Text safe in a table cell: one line, Markdown's markup characters escaped.

    >>> escape("目标 | 结果\\n*完成*")
    '目标 \\\\| 结果 \\\\*完成\\\\*'
    """
    return _MARKUP.sub(r"\\\1", flat(text))


def render(result: AuditResult) -> str:
    """The audit as Markdown: a heading and a table per year, the counts, the reports.

    >>> import datetime
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> text = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))
    >>> print(next(line for line in text.splitlines() if "`fairs`" in line))  # doctest: +ELLIPSIS
    | `fairs`<br>招聘会不少于100场 | at least 100 场 | 175 场 (×1.75) | exceeded | 组织各类招聘会175场,... |
    """
    manifest = short_names([str(result.corpus.manifest)])[str(result.corpus.manifest)]
    files = ", ".join(f"`{name}`" for name in short_names(result.rules.files).values()) or "rules built in code"
    lines = [f"# Pledge scorecard: {escape(regions(result))}", "",
             f"Corpus `{manifest}` ({len(result.corpus)} reports); rules {files}; "
             f"as of {result.as_of.isoformat()}.", ""]
    for year, verdicts in by_year(result.verdicts).items():
        lines += [f"## {year}", "", _HEADER, *(_row(v) for v in verdicts), "",
                  f"{year}: {counts_text(tally(verdicts))}.", ""]
    lines += ["## Counts", "", "| grade | pledges |", "| --- | --- |"]
    lines += [f"| {grade.value} | {n} |" for grade, n in result.counts().items()]
    lines += [f"| all | {len(result.verdicts)} |", ""]
    if drafted_text(result.verdicts):
        lines += [f"*{escape(drafted_text(result.verdicts))}.*", ""]
    lines += ["## Reports", ""]
    lines += [f"- `{doc.id}`: {escape(doc.info.title)} (file `{doc.info.file}`; reviews {doc.reviews}, "
              f"plans {doc.plans})" for doc in result.corpus]
    return "\n".join(lines) + "\n"


def _row(verdict: Verdict) -> str:
    pledge = verdict.rule.pledge
    title = f"**{escape(pledge.title)}** " if pledge.title else ""
    outcome = escape(outcome_text(verdict)) or ("—" if verdict.grade is not Grade.UNVERIFIABLE
                                                 else f"— {escape(verdict.explanation)}")
    grade = escape(grade_text(verdict))
    if verdict.grade is Grade.MISSED:
        grade = f"**{grade}**"
    if pledge.drafted:
        grade += " (drafted)"
    chosen = verdict.chosen
    evidence = f"{escape(chosen.text)} (`{chosen.document}:{chosen.position.line}`)" if chosen is not None else "—"
    cells = (f"{title}`{pledge.id}`<br>{escape(pledge.quote)}", escape(target_text(verdict)), outcome, grade, evidence)
    return "| " + " | ".join(cells) + " |"

