"""What the file formats share: text safe to embed, short names, groupings and cells.

Every format says a grade in words (``missed``), never by colour or symbol alone,
every figure through :func:`~pledgetrack.rules.target.format_amount` (42 亿元), and
keeps apart the unverifiable pledges still *awaiting* a report that reviews their
year (a reason, not a fifth grade) from those the reports leave open.

>>> import datetime
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"], area="就业")])
>>> result = audit(rules=book, as_of=datetime.date(2026, 11, 21))
>>> verdict = result.verdicts[0]
>>> target_text(verdict), outcome_text(verdict), grade_text(verdict)
('at least 100 场', '175 场 (×1.75)', 'exceeded')
>>> cited(verdict.chosen, result.corpus)
'关于广州市越秀区2023年国民经济和社会发展规划执行情况与2024年计划草案的报告 (yuexiu-2024-drc), line 84'
>>> list(by_year(result.verdicts)), list(by_area(result.verdicts)), counts_text(tally(result.verdicts))
([2023], ['就业'], '0 met, 1 exceeded, 0 missed, 0 unverifiable')
>>> regions(result)
'广东省广州市越秀区'
"""

from __future__ import annotations

import os
import re
from importlib.metadata import PackageNotFoundError, version
from collections.abc import Iterable
from decimal import Decimal
from pathlib import PurePath

from ..audit import AuditResult
from ..verdict import Verdict
from ..corpus import Corpus
from ..evidence import Candidate
from ..grading import DEFAULT_EXCEED_MARGIN, DEFAULT_TOLERANCE, Reason
from ..rules.model import Grade
from ..rules.target import format_amount, format_number

# Characters XML 1.0 cannot carry at all (not even escaped); HTML and Markdown
# readers would drop or mangle them too. They turn up in rule notes as stray \a.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

SYMBOLS = {Grade.MET: "✓", Grade.EXCEEDED: "▲", Grade.MISSED: "✗", Grade.UNVERIFIABLE: "?"}
NO_AREA = "(no area)"
# The findings first: what was missed, then what was done, then what cannot be told yet.
FINDINGS = (Grade.MISSED, Grade.EXCEEDED, Grade.MET, Grade.UNVERIFIABLE)
# Unverifiable only because no report reviewing the year is in the corpus (yet).
AWAITING = frozenset({Reason.PENDING, Reason.NO_OUTCOME_REPORT})
# The groups pages count and filter by: the grades, findings first, with the unverifiable pledges
# split in two, those the reports leave open and those awaiting a report on their year.
BUCKETS = ("missed", "exceeded", "met", "open", "awaiting")
BUCKET_LABELS = {"missed": "missed", "exceeded": "exceeded", "met": "met",
                 "open": "unverifiable", "awaiting": "awaiting report"}
REASONS = {
    Reason.PENDING: "the report reviewing the year is not due yet (reports are read out by June of the next year)",
    Reason.NO_OUTCOME_REPORT: "no report in the corpus reviews the year, though one should be out by now",
    Reason.NO_EVIDENCE: "the reports reviewing the year say nothing about the pledge",
    Reason.INCOMPARABLE: "the reports speak of it, but measure something else (another unit or scope)",
    Reason.TARGET_UNRESOLVED: "the figure assigned by a higher government is stated in no report",
    Reason.NO_FIGURE: "the reports mention it without a figure (or with a dash, or only as expected)",
    Reason.UNDECIDED: "the reported figure is qualified (约, 近, 余…) so that it may fall either side of the target",
    Reason.CONFLICT: "exact figures in the reports disagree on the grade",
    Reason.NOT_COMPLETED: "the reports mention the milestone but do not state it done",
}


def clean(text: str) -> str:
    """``text`` with each control character XML forbids written as a visible ``\\xNN`` escape.

    >>> clean("低 0.4 个百分点，\\x07 仍在")
    '低 0.4 个百分点，\\\\x07 仍在'
    """
    return _FORBIDDEN.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def short_names(files: Iterable[str]) -> dict[str, str]:
    """Each file named from the folder above the one all of them share, ``/`` separated.

    >>> short_names(["/srv/rules/yuexiu/2023.yaml", "/srv/rules/yuexiu/2024.yaml"])
    {'/srv/rules/yuexiu/2023.yaml': 'yuexiu/2023.yaml', '/srv/rules/yuexiu/2024.yaml': 'yuexiu/2024.yaml'}
    >>> short_names(["<python>"])
    {'<python>': '<python>'}
    """
    files = list(dict.fromkeys(files))
    real = [f for f in files if not f.startswith("<")]  # <python>: rules built in code
    try:
        base = PurePath(os.path.commonpath([os.path.dirname(f) or "." for f in real])).parent
    except ValueError:  # nothing shared: no files, or absolute paths mixed with relative ones
        base = None
    return {f: PurePath(f).relative_to(base).as_posix() if f in real and base is not None else f
            for f in files}


def origins(result: AuditResult) -> list[str]:
    """The rule book's files, then any other origin a verdict names (``<python>``), in order.

    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> origins(audit(rules=book))
    ['<python>']
    """
    return list(dict.fromkeys([*result.rules.files, *(v.rule.origin.file for v in result.verdicts)]))


def by_year(verdicts: Iterable[Verdict]) -> dict[int, list[Verdict]]:
    """Verdicts grouped by the pledge's year, years ascending, rule-book order within."""
    groups: dict[int, list[Verdict]] = {}
    for verdict in verdicts:
        groups.setdefault(verdict.rule.year, []).append(verdict)
    return dict(sorted(groups.items()))


def by_area(verdicts: Iterable[Verdict]) -> dict[str, list[Verdict]]:
    """Verdicts grouped by policy area, in the order the areas first appear in the rule book."""
    groups: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        groups.setdefault(verdict.rule.pledge.area or NO_AREA, []).append(verdict)
    return groups


def tally(verdicts: Iterable[Verdict], order: Iterable[Grade] = Grade) -> dict[Grade, int]:
    """How many verdicts got each grade, every grade present, in grade order (or ``order``)."""
    counts = dict.fromkeys(order, 0)
    for verdict in verdicts:
        counts[verdict.grade] += 1
    return counts


def awaiting(verdict: Verdict) -> bool:
    """Whether a pledge is unverifiable only because no report reviews its year yet."""
    return verdict.reason in AWAITING


def bucket(verdict: Verdict) -> str:
    """The group a pledge is counted in: its grade, or for an unverifiable one ``open`` or ``awaiting``."""
    if verdict.grade is not Grade.UNVERIFIABLE:
        return verdict.grade.value
    return "awaiting" if awaiting(verdict) else "open"


def tally_buckets(verdicts: Iterable[Verdict]) -> dict[str, int]:
    """How many verdicts fall in each of :data:`BUCKETS`, every bucket present."""
    counts = dict.fromkeys(BUCKETS, 0)
    for verdict in verdicts:
        counts[bucket(verdict)] += 1
    return counts


def findings_first(verdicts: Iterable[Verdict]) -> list[Verdict]:
    """Missed, exceeded, met, unverifiable, then awaiting a report; rule-book order within each."""
    return sorted(verdicts, key=lambda v: BUCKETS.index(bucket(v)))


def counts_text(counts: dict[Grade, int], waiting: int = 0) -> str:
    """``2 missed, 7 exceeded, 7 met, 12 unverifiable (10 awaiting report)``."""
    text = ", ".join(f"{n} {grade.value}" for grade, n in counts.items())
    return text.replace(" unverifiable", f" unverifiable ({waiting} awaiting report)") if waiting else text


def amount(value: Decimal | None, unit: str) -> str:
    """A figure with its unit, as people write it; '' for None.

    >>> amount(Decimal("175.0"), "场"), amount(Decimal("3.9E+9"), "元"), amount(None, "%")
    ('175 场', '39 亿元', '')
    """
    return "" if value is None else format_amount(value, unit)


def ratio_text(verdict: Verdict) -> str:
    """``×1.75``; '' where a ratio means nothing (none, or a negative growth on either side)."""
    target = verdict.target.value if verdict.target is not None else None
    if verdict.ratio is None or verdict.outcome is None or verdict.outcome < 0 or not target or target < 0:
        return ""
    return f"×{format_number(verdict.ratio)}"


def methodology(result: AuditResult) -> list[tuple[str, str]]:
    """How pledges were graded in this audit, as (topic, explanation) pairs with the values used."""
    own = [r.id for r in result.rules if r.pledge.tolerance is not None or r.pledge.exceed_margin is not None]
    own_text = (f" {plural(len(own), 'rule')} of this book set{'s' * (len(own) == 1)} "
                f"{'its' if len(own) == 1 else 'their'} own." if own else "")
    tolerance, margin = _percent(DEFAULT_TOLERANCE), _percent(DEFAULT_EXCEED_MARGIN)
    return [
        ("Evidence", "Only the parts of reports that review the pledge's year, of the government that made it, "
                     "are read; every grade cites the sentence and the line of the report it stands on."),
        ("About (左右)", f"A target written 左右 is met within ±{tolerance} of it (4.5% 左右: 4.05% to 4.95%), "
                        f"exceeded above that band, missed below it.{own_text}"),
        ("Exceeded", f"A minimum (不少于, 超, a plain figure) is exceeded when the outcome passes it by more "
                     f"than {margin} of the target; otherwise it is met."),
        ("Ceilings", "A ceiling (以内, 不超过, 控制在…以下) is met when the outcome stays at or under it and "
                     "missed above it; staying under a ceiling is never counted as exceeding it."),
        ("Estimates", "A figure the report gives as an estimate (预计, 初步核算) is graded like any other and "
                      "marked as an estimate beside its evidence; a later report may revise it."),
        ("Qualified figures", "A figure written 约, 近, 余 or 超 is a range, not a point: the grade is given "
                              "only when every value in it gets the same grade."),
        ("Unverifiable", "A pledge is unverifiable, never guessed, when: "
                         + "; ".join(f"{r.value}: {REASONS.get(r, r.value)}" for r in Reason) + "."),
        ("Awaiting report", "Pledges unverifiable because no report reviewing their year is in the corpus yet "
                            "(pending, no_outcome_report) are counted apart as awaiting report: "
                            "they are not findings."),
    ]


def _percent(fraction: Decimal) -> str:
    return f"{format_number(fraction * 100)}%"


def target_text(verdict: Verdict) -> str:
    """The target as graded, in words; a milestone has none."""
    return verdict.target.describe() if verdict.target is not None else "milestone: done or not"


def outcome_text(verdict: Verdict) -> str:
    """The outcome in the target's terms with its ratio to the target, or ''."""
    if verdict.outcome is None:
        return ""
    unit = verdict.target.unit if verdict.target is not None else ""
    ratio = ratio_text(verdict)
    return amount(verdict.outcome, unit) + (f" ({ratio})" if ratio else "")


def grade_text(verdict: Verdict) -> str:
    """``missed`` or ``unverifiable (no_evidence)``."""
    return verdict.grade.value + (f" ({verdict.reason.value})" if verdict.reason is not None else "")


def flat(text: str) -> str:
    """One line: table cells (tab separated) joined with `` · ``, runs of white space as one space.

    >>> flat("地区生产总值\\t增长4.5%左右\\t3810.24亿元\\n（下同）")
    '地区生产总值 · 增长4.5%左右 · 3810.24亿元 （下同）'
    """
    return clean(" ".join(" · ".join(cell.strip() for cell in text.split("\t")).split()))


def report_title(document: str, corpus: Corpus) -> str:
    """A report as its manifest titles it, with its id: ``政府工作报告（2024年） (yuexiu-2024-gwr)``."""
    try:
        return f"{corpus[document].info.title} ({document})"
    except KeyError:
        return document


def cited(candidate: Candidate, corpus: Corpus) -> str:
    """The report and line a piece of evidence stands on, by the report's title and id."""
    return f"{report_title(candidate.document, corpus)}, line {candidate.position.line}"


def is_estimate(candidate: Candidate | None) -> bool:
    """Whether the report gives the figure as an estimate (预计, 初步核算)."""
    return candidate is not None and candidate.estimate


def drafted_text(verdicts: Iterable[Verdict]) -> str:
    """Which grades rest on rules `pledgetrack draft` wrote and nobody has reviewed yet; '' when none do.

    >>> drafted_text([])
    ''
    """
    verdicts = list(verdicts)
    drafted = sum(1 for v in verdicts if v.rule.pledge.drafted)
    if not drafted:
        return ""
    return (f"{drafted} of {len(verdicts)} grades rest on drafted, unreviewed rules (marked drafted): "
            "review those rules before you cite their grades")


def regions(result: AuditResult) -> str:
    """The regions the corpus covers, as the manifest names them (``广东省广州市越秀区``)."""
    return "、".join(dict.fromkeys(doc.info.region for doc in result.corpus)) or "an empty corpus"


def scope_text(result: AuditResult) -> str:
    """What a filtered export holds, said before its counts; '' for the whole rule book.

    ``Only the pledges selected with --grade missed: 2 of the rule book's 215.``
    """
    if not result.selection and len(result.verdicts) == len(result.rules):
        return ""
    how = f" selected with {result.selection}" if result.selection else " selected"
    return (f"Only the pledges{how}: {len(result.verdicts)} of the rule book's {len(result.rules)}. "
            + ("Every count here is of this one only." if len(result.verdicts) == 1
               else f"Every count here is of these {len(result.verdicts)} only."))


def tool_version() -> str:
    """``pledgetrack 0.1.0``: what made an output, for its foot."""
    try:
        return f"pledgetrack {version('pledgetrack')}"
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "pledgetrack"


def plural(n: int, word: str) -> str:
    """``1 file``, ``2 files``: a count with its noun.

    >>> plural(1, "document"), plural(5, "document"), plural(0, "pledge")
    ('1 document', '5 documents', '0 pledges')
    """
    return f"{n} {word}{'s' * (n != 1)}"
