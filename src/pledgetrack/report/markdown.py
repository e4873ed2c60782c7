"""``--format markdown``: the counts, then tables a journalist can paste, one per year.

The counts come first, the unverifiable pledges still awaiting a report on their
year told apart. Each row is one pledge, missed first: its title, id and quote; the
target as graded; the outcome with its ratio to the target (or why there is none);
the grade in words; and the evidence sentence with the report it stands in and its
line (``yuexiu-2024-drc:84``). How pledges are graded and a list of the reports
(title, id, link when the manifest gives one) close the page.
Chinese text is kept as written; only the characters Markdown would read as
markup are escaped (``|`` above all).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from ..audit import AuditResult
from ..results import Verdict
from ..grading import Reason
from ..rules.model import Grade
from ..visible import visible
from .common import (FINDINGS, awaiting, by_year, counts_text, drafted_text, findings_first, flat, folder_name,
                     is_estimate, place_name, plural, scope_text, short_names, tally, tool_version)
from .figures import check_mark, check_points, grade_text, outcome_text, target_text
from .method import methodology

_MARKUP = re.compile(r"([\\|*_`<>\[\]])")
_HEADER = ("| pledge | target | outcome | grade | evidence (doc:line) |\n"
           "| --- | --- | --- | --- | --- |")


def escape(text: str) -> str:
    """Text safe in a table cell: one line, Markdown's markup characters escaped.

    >>> escape("目标 | 结果\\n*完成*")
    '目标 \\\\| 结果 \\\\*完成\\\\*'
    """
    return _MARKUP.sub(r"\\\1", visible(flat(text)))


def render(result: AuditResult) -> str:
    """The audit as Markdown: the counts, a heading and a table per year, the method, the reports.

    >>> import datetime
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> text = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))
    >>> print(next(line for line in text.splitlines() if "`fairs`" in line))  # doctest: +ELLIPSIS
    | `fairs`<br>招聘会不少于100场 | at least 100 场 | 175 场 (×1.75) | exceeded | 组织各类招聘会175场,... |
    """
    # Names in code spans are shown as written but for control characters (no escape works in a span).
    manifest = visible(short_names([str(result.corpus.manifest)])[str(result.corpus.manifest)])
    if len(result.corpus.manifests) > 1:  # a folder of governments: named, not listed
        manifest = visible(f"{PurePath(result.corpus.root).name}/")
    names = [visible(name) for name in short_names(result.rules.files).values()]
    files = (f"`{visible(folder_name(result.rules.files))}` ({plural(len(names), 'file')})" if len(names) > 2
             else ", ".join(f"`{name}`" for name in names) or "rules built in code")
    lines = [f"# Pledge scorecard: {escape(place_name(result))}", "",
             f"Corpus `{manifest}` ({plural(len(result.corpus), 'report')}); rules {files}; "
             f"as of {result.as_of.isoformat()}.", ""]
    scope = scope_text(result)
    if scope:
        lines += [f"> **{escape(scope)}**", ""]
    waiting = sum(map(awaiting, result.verdicts))
    lines += ["## Counts", "", "| grade | pledges |", "| --- | --- |"]
    lines += [f"| {grade.value} | {n} |" for grade, n in tally(result.verdicts, FINDINGS).items()]
    unsigned = sum(1 for v in result.verdicts if v.reason is Reason.UNSIGNED)
    lines += [f"| … of which awaiting report | {waiting} |"]
    lines += [f"| … of which to sign off (a drafted rule's finding withheld) | {unsigned} |"] if unsigned else []
    lines += [f"| all | {len(result.verdicts)} |", ""]
    if drafted_text(result.verdicts):
        lines += [f"*{escape(drafted_text(result.verdicts))}.*", ""]
    for year, verdicts in by_year(result.verdicts).items():
        lines += [f"## {year}", "", _HEADER, *(_row(v) for v in findings_first(verdicts)), "",
                  f"{year}: {counts_text(tally(verdicts, FINDINGS), sum(map(awaiting, verdicts)))}.", ""]
    lines += ["## How pledges are graded", ""]
    lines += [f"- **{topic}.** {escape(text)}" for topic, text in methodology(result)]
    lines += ["", "## Reports", ""]
    lines += [f"- `{visible(doc.id)}`: {_linked(escape(doc.info.title), doc.info.url)} (file `{visible(doc.info.file)}`; "
              f"reviews {doc.reviews}, plans {doc.plans})" for doc in result.corpus]
    lines += ["", f"Made with {tool_version()}."]
    return "\n".join(lines) + "\n"


def _linked(text: str, url: str | None) -> str:
    return f"[{text}](<{visible(url)}>)" if url else text


def _row(verdict: Verdict) -> str:
    pledge = verdict.rule.pledge
    title = f"**{escape(pledge.title)}** " if pledge.title else ""
    outcome = escape(outcome_text(verdict)) or ("—" if verdict.grade is not Grade.UNVERIFIABLE
                                                 else f"— {escape(verdict.explanation)}")
    if is_estimate(verdict.chosen):
        outcome += " (an estimate)"
    grade = escape(grade_text(verdict)) + (": awaiting report" if awaiting(verdict) else "")
    if verdict.grade is Grade.MISSED:
        grade = f"**{grade}**"
    if pledge.check:  # the mark by the grade, each point under the quote
        grade += f" ({check_mark(verdict)})"
    if pledge.drafted:
        grade += " (drafted)"
    points = "".join(f"<br>*{escape(point)}*" for point in check_points(verdict))
    chosen = verdict.chosen
    evidence = f"{escape(chosen.text)} (`{visible(chosen.document)}:{chosen.position.line}`)" if chosen else "—"
    cells = (f"{title}`{visible(pledge.id)}`<br>{escape(pledge.quote)}{points}", escape(target_text(verdict)), outcome,
             grade, evidence)
    return "| " + " | ".join(cells) + " |"

