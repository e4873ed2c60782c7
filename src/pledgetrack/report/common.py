"""What the file formats share: text safe to embed, short names, groupings and cells.

Every format says a grade in words (``missed``), never by colour or symbol alone,
and every number through :func:`~pledgetrack.rules.target.format_number`.

>>> import datetime
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"], area="就业")])
>>> result = audit(rules=book, as_of=datetime.date(2026, 11, 21))
>>> verdict = result.verdicts[0]
>>> target_text(verdict), outcome_text(verdict), grade_text(verdict), cited(verdict.chosen)
('at least 100 场', '175 场 (×1.75)', 'exceeded', '000_28089b04ea009273.txt:84')
>>> list(by_year(result.verdicts)), list(by_area(result.verdicts)), counts_text(tally(result.verdicts))
([2023], ['就业'], '0 met, 1 exceeded, 0 missed, 0 unverifiable')
>>> regions(result)
'广东省广州市越秀区'
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import PurePath

from ..audit import AuditResult, Verdict
from ..evidence import Candidate
from ..rules.model import Grade
from ..rules.target import format_number

# Characters XML 1.0 cannot carry at all (not even escaped); HTML and Markdown
# readers would drop or mangle them too. They turn up in rule notes as stray \a.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

SYMBOLS = {Grade.MET: "✓", Grade.EXCEEDED: "▲", Grade.MISSED: "✗", Grade.UNVERIFIABLE: "?"}
NO_AREA = "(no area)"


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


def rule_files(result: AuditResult) -> list[str]:
    """The rule book's files, then any other origin a verdict names (``<python>``), in order.

    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> rule_files(audit(rules=book))
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


def tally(verdicts: Iterable[Verdict]) -> dict[Grade, int]:
    """How many verdicts got each grade, every grade present, in grade order."""
    counts = dict.fromkeys(Grade, 0)
    for verdict in verdicts:
        counts[verdict.grade] += 1
    return counts


def counts_text(counts: dict[Grade, int]) -> str:
    """``7 met, 7 exceeded, 0 missed, 12 unverifiable``."""
    return ", ".join(f"{n} {grade.value}" for grade, n in counts.items())


def amount(value: Decimal | None, unit: str) -> str:
    """A figure with its unit, as the target descriptions write it; '' for None.

    >>> amount(Decimal("175.0"), "场"), amount(Decimal("3.9E+9"), "元"), amount(None, "%")
    ('175 场', '3900000000 元', '')
    """
    return "" if value is None else f"{format_number(value)} {unit}".rstrip()


def target_text(verdict: Verdict) -> str:
    """The target as graded, in words; a milestone has none."""
    return verdict.target.describe() if verdict.target is not None else "milestone: done or not"


def outcome_text(verdict: Verdict) -> str:
    """The outcome in the target's terms with its ratio to the target, or ''."""
    if verdict.outcome is None:
        return ""
    unit = verdict.target.unit if verdict.target is not None else ""
    ratio = f" (×{format_number(verdict.ratio)})" if verdict.ratio is not None else ""
    return amount(verdict.outcome, unit) + ratio


def grade_text(verdict: Verdict) -> str:
    """``missed`` or ``unverifiable (no_evidence)``."""
    return verdict.grade.value + (f" ({verdict.reason.value})" if verdict.reason is not None else "")


def flat(text: str) -> str:
    """One line: table cells (tab separated) joined with `` · ``, runs of white space as one space.

    >>> flat("地区生产总值\\t增长4.5%左右\\t3810.24亿元\\n（下同）")
    '地区生产总值 · 增长4.5%左右 · 3810.24亿元 （下同）'
    """
    return clean(" ".join(" · ".join(cell.strip() for cell in text.split("\t")).split()))


def cited(candidate: Candidate) -> str:
    """The original file and line a piece of evidence stands on: ``000_….txt:84``."""
    return f"{candidate.file}:{candidate.position.line}"


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
