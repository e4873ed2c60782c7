"""What the file formats share: text safe to embed, short names, groupings and cells.

Every format says a grade in words (``missed``), never by colour or symbol alone,
every figure as the report writes it (:mod:`.figures`, :mod:`pledgetrack.amounts`: 42 亿元), and
keeps apart from those the reports leave open the unverifiable pledges still *awaiting* a report
that reviews their year, and those whose finding is withheld until a person signs their drafted
rule off (*unsigned*): reasons, not grades of their own.

>>> import datetime
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"], area="就业")])
>>> result = audit(rules=book, as_of=datetime.date(2026, 11, 21))
>>> verdict = result.verdicts[0]
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
from pathlib import PurePath

from ..audit import AuditResult
from ..results import Verdict
from ..corpus import Corpus
from ..evidence import Candidate
from ..grading import Reason
from ..rules.model import Grade
from ..wording import EN, words

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
# split in three: those the reports leave open, those whose finding waits for a person to sign the
# drafted rule off (the reports did speak), and those awaiting a report on their year.
BUCKETS = ("missed", "exceeded", "met", "open", "unsigned", "awaiting")
BUCKET_LABELS = {name: EN[f"bucket.{name}"] for name in BUCKETS}
REASONS = {reason: EN[f"why.{reason.value}"] for reason in Reason}


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


def folder_name(files: Iterable[str]) -> str:
    """The folder that holds every one of ``files``, by its own name, never its whole path.

    >>> folder_name(["/srv/rules/g00001/2023.yaml", "/srv/rules/g00002/2023.yaml"])
    'rules/'
    """
    real = [f for f in files if not f.startswith("<")]
    try:
        common = os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in real])
    except ValueError:  # no files, or none on the same drive
        return ""
    return f"{PurePath(common).name}/"


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
    """The group a pledge is counted in: its grade, or for an unverifiable one ``open``, ``unsigned`` or
    ``awaiting``."""
    if verdict.grade is not Grade.UNVERIFIABLE:
        return verdict.grade.value
    if verdict.reason is Reason.UNSIGNED:
        return "unsigned"
    return "awaiting" if awaiting(verdict) else "open"


def tally_buckets(verdicts: Iterable[Verdict]) -> dict[str, int]:
    """How many verdicts fall in each of :data:`BUCKETS`, every bucket present."""
    counts = dict.fromkeys(BUCKETS, 0)
    for verdict in verdicts:
        counts[bucket(verdict)] += 1
    return counts


def findings_first(verdicts: Iterable[Verdict]) -> list[Verdict]:
    """Missed, exceeded, met, unverifiable, withheld until signed off, then awaiting a report; rule-book order
    within each."""
    return sorted(verdicts, key=lambda v: BUCKETS.index(bucket(v)))


def counts_text(counts: dict[Grade, int], waiting: int = 0) -> str:
    """``2 missed, 7 exceeded, 7 met, 12 unverifiable (10 awaiting report)``."""
    text = ", ".join(f"{n} {grade.value}" for grade, n in counts.items())
    return text.replace(" unverifiable", f" unverifiable ({waiting} awaiting report)") if waiting else text


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


def drafted_text(verdicts: Iterable[Verdict], lang: str = "en") -> str:
    """Which grades rest on rules `pledgetrack draft` wrote and nobody has reviewed yet; '' when none do.

    >>> drafted_text([])
    ''
    """
    verdicts = list(verdicts)
    drafted = sum(1 for v in verdicts if v.rule.pledge.drafted)
    if not drafted:
        return ""
    return words(lang)["drafted.text"].format(drafted=drafted, total=len(verdicts))


def regions(result: AuditResult) -> str:
    """The regions the corpus covers, as the manifest names them (``广东省广州市越秀区``)."""
    return "、".join(dict.fromkeys(doc.info.region for doc in result.corpus)) or "an empty corpus"


def place_name(result: AuditResult, lang: str = "en") -> str:
    """Who the page is about: the one government by name, else how many (a title never lists 24 names).

    >>> from pledgetrack import audit
    >>> place_name(audit())
    '广东省广州市越秀区'
    """
    governments = list(dict.fromkeys(doc.info.region for doc in result.corpus))
    if len(governments) > 1:
        return words(lang)["governments"].format(n=len(governments))
    return regions(result)


def scope_text(result: AuditResult, lang: str = "en") -> str:
    """What a filtered export holds, said before its counts; '' for the whole rule book.

    ``Only the pledges selected with --grade missed: 2 of the rule book's 215.``
    """
    if not result.selection and len(result.verdicts) == len(result.rules):
        return ""
    table = words(lang)
    how = table["scope.how"].format(selection=result.selection) if result.selection else table["scope.how.bare"]
    key = "scope.one" if len(result.verdicts) == 1 else "scope"
    return table[key].format(how=how, shown=len(result.verdicts), total=len(result.rules))


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
