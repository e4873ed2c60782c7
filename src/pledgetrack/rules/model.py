"""What a rule file holds: pledges as written, their evidence and target.

These classes mirror the YAML keys one to one (a key is the attribute's name),
so a pledge can be written in a file or built in code with the same words:

>>> p = Pledge(id="yuexiu-2023-job-fairs", year=2023,
...            quote="组织线上、线下招聘会不少于100场", evidence=["招聘会"])
>>> p.evidence.all
('招聘会',)

The ``doc`` metadata on each field is the text of the rule reference
(docs/rules.md) and of the JSON Schema, both generated from here.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs


class Grade(enum.StrEnum):
    """The four grades a pledge can get; rules name them in ``expect``."""

    MET = "met"
    EXCEEDED = "exceeded"
    MISSED = "missed"
    UNVERIFIABLE = "unverifiable"


class Kind(str, enum.Enum):
    """A numeric pledge has a target figure; a milestone is done or not."""

    NUMERIC = "numeric"
    MILESTONE = "milestone"


class Op(str, enum.Enum):
    """How an outcome is compared with a target."""

    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    ASSIGNED = "assigned"  # 完成市下达目标: the figure is stated later, in the outcome report
    IN_STEP = "in_step"  # 与经济增长基本同步: tied to another indicator, no figure of its own


class Measure(str, enum.Enum):
    """Which of two figures a report gives: this year's additions or the running total."""

    NEW = "new"
    CUMULATIVE = "cumulative"


class Trend(str, enum.Enum):
    """Whether a rate target is a growth (增长) or a decline (下降)."""

    UP = "up"
    DOWN = "down"


# A pledge's id, as documented: letters, digits and dashes (the JSON Schema states it too).
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]*$"


def _doc(text: str, pattern: str | None = None, **kwargs):
    return attrs.field(metadata={"doc": text} | ({"pattern": pattern} if pattern else {}), **kwargs)


def _words(value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _choice(enum_type):
    """Accept the plain word in code too: Pledge(kind="milestone") as in YAML."""
    def convert(value):
        return None if value is None else enum_type(value)
    return convert


@attrs.frozen
class Evidence:
    """Where in the outcome reports the result of a pledge is to be found."""

    all: tuple[str, ...] = _doc(
        "Keywords that must all occur in one sentence or clause of an outcome report "
        "(synonyms from the vocabulary count).", default=(), converter=_words)
    any: tuple[str, ...] = _doc(
        "At least one of these must occur too.", default=(), converter=_words)
    exclude: tuple[str, ...] = _doc(
        "A sentence holding any of these is not evidence.", default=(), converter=_words)
    unit: str | None = _doc(
        "Only figures in this unit answer the pledge (e.g. 场, 亿元, %).", default=None)
    measure: Measure | None = _doc(
        "`new` for this year's additions (新建, 新增), `cumulative` for running totals "
        "(累计, 建成…共); where a report gives both.", default=None, converter=_choice(Measure))
    qualifiers: tuple[str, ...] = _doc(
        "Words of the plan's name for the thing that the keywords leave off (海洋 of 海洋生产总值). While the rule's "
        "`check: evidence` stands, its finding is given where the review's own name for the figure carries each of "
        "them too (粮食总产量 carries 粮食 of 粮食产量), names a title only the state grants with no level (国家 of "
        "国家制造业单项冠军), or names a part that alone exceeds a minimum (企业 of 经营主体), and withheld "
        "elsewhere. `pledgetrack draft` writes them.",
        default=(), converter=_words)
    incomparable: tuple[str, ...] = _doc(
        "Words that mark a sentence as speaking of the pledge but measuring something else "
        "(进场施工 for a 征拆 pledge): it is kept as evidence, and its figures answer nothing, "
        "so the pledge is unverifiable (incomparable) unless another sentence answers it.",
        default=(), converter=_words)


@attrs.frozen
class TargetSpec:
    """A target written out in full, for quotes a parser should not guess at."""

    op: Op = _doc("Comparison: at_least, more_than, about, at_most, less_than, range, assigned, in_step.",
                  converter=_choice(Op))
    value: Decimal | None = _doc("The figure, in `unit` (39 with unit 亿元 means 3 900 000 000 元).", default=None)
    unit: str = _doc("Unit as written: 亿元, 个, %, ‰, 个百分点 …", default="")
    high: Decimal | None = _doc("Upper end, for op: range.", default=None)
    trend: Trend | None = _doc("For rates: `up` (增长) or `down` (下降).", default=None, converter=_choice(Trend))


@attrs.frozen
class Check:
    """What a reviewer should check first in a rule, one sentence a key; deleting a key signs that point off.

    >>> Check(evidence="管网改造 is cut out of 供水主管网改造").evidence
    '管网改造 is cut out of 供水主管网改造'
    """

    evidence: str | None = _doc(
        "The evidence words may not name the pledged indicator. While this key is there the rule gives no "
        "finding, except on a figure whose name in the review shows it is of the plan's thing (the evidence's "
        "`qualifiers`): met, missed "
        "and exceeded are shown as unverifiable (unsigned), with the evidence the grade would rest on. Fix the "
        "words if they are wrong, then delete the key to sign the rule off.",
        default=None)
    target: str | None = _doc(
        "The target may not be the figure the plan promises (several figures, a 分别 list, a target in "
        "words). Informs only; delete it once checked.", default=None)
    period: str | None = _doc(
        "The target may be for several years or another year (今后五年, 年均). Informs only; delete it "
        "once checked.", default=None)
    outcome: str | None = _doc(
        "The reviews may not state the outcome with these words and a figure in the target's unit. Informs "
        "only; delete it once checked.", default=None)

    def points(self) -> tuple[tuple[str, str], ...]:
        """Each (key, sentence) still to check, in the keys' order.

        >>> Check(period="年均: over several years", evidence="a fragment").points()
        (('evidence', 'a fragment'), ('period', '年均: over several years'))
        """
        return tuple((f.name, getattr(self, f.name)) for f in attrs.fields(Check) if getattr(self, f.name))


def _check(value) -> Check | None:
    # A check with every point deleted is a rule signed off: no check at all.
    made = value if value is None or isinstance(value, Check) else Check(**value)
    return made if made is not None and made.points() else None


def _evidence(value) -> Evidence:
    if isinstance(value, Evidence):
        return value
    if isinstance(value, str):
        return Evidence(all=(value,))
    if isinstance(value, dict):
        return Evidence(**value)
    return Evidence(all=tuple(value))


@attrs.frozen
class Pledge:
    """One commitment from a plan, as the rule author wrote it."""

    id: str = _doc("Unique in the whole rule book; letters, digits and dashes, e.g. `yuexiu-2023-job-fairs`.",
                   ID_PATTERN)
    year: int = _doc("The year the pledge is for (the plan's year, not the year it was read out).")
    quote: str = _doc("The pledge exactly as the plan (or indicator table) words it. Spaces and "
                      "full/half-width punctuation do not matter.")
    evidence: Evidence = _doc("Keywords, or a mapping with all / any / exclude / unit / measure.",
                              converter=_evidence)
    target: str | TargetSpec | None = _doc(
        "Which figure in the quote is the target, as text (`超39亿元`) or in full "
        "(`{op: at_least, value: 39, unit: 亿元}`). Needed when the quote holds more than one figure.",
        default=None)
    kind: Kind | None = _doc("`numeric` or `milestone` (a pledge with no figure, graded on completion words). "
                             "By default numeric when the quote holds a figure, milestone when it holds none.",
                             default=None, converter=_choice(Kind))
    source: str | None = _doc("Document id the quote comes from; by default every report that plans "
                              "the year, and indicator tables of the year, are searched.", default=None)
    region: str | None = _doc("The government whose pledge it is, as the manifest's `region` names it "
                              "(广东省广州市越秀区). By default, the government whose plan holds the quote; "
                              "needed only where the same words stand in the plans of several governments.",
                              default=None)
    restated: tuple[str, ...] = _doc(
        "The same target as the plans state it again elsewhere (the overview and the section of the work, or a "
        "second report planning the year), each in its words as `quote` is: every place is the pledge's, and "
        "each must stand in a plan of the year. `pledgetrack draft` writes them.", default=(), converter=_words)
    indicator: str | None = _doc("For an indicator-table target: the row's indicator name "
                                 "(地区生产总值); the row's outcome cells are then the first evidence.",
                                 default=None)
    title: str = _doc("A short human title.", default="")
    area: str = _doc("Policy area: 经济, 就业, 住房, 生态, 产业, 民生 …", default="")
    tags: tuple[str, ...] = _doc("Free labels for filtering.", default=(), converter=_words)
    tolerance: Decimal | None = _doc("Band for `about` targets, as a fraction of the target (default 0.1).",
                                     default=None)
    exceed_margin: Decimal | None = _doc("How far past the target counts as exceeded, as a fraction "
                                         "(default 0.1).", default=None)
    note: str = _doc("Why the grade is what it is, where that is not obvious.", default="")
    expect: Grade | None = _doc("The grade the rule author expects; checked by regression runs.", default=None,
                                converter=_choice(Grade))
    drafted: bool = _doc("`true` on a rule `pledgetrack draft` wrote and nobody has reviewed yet: every report "
                         "marks the grades that rest on it. Delete the key to sign the rule off.", default=False)
    check: Check | None = _doc("What a reviewer should check first, a sentence for each of `evidence`, `target`, "
                               "`period` and `outcome` (`pledgetrack draft` writes them). While `check.evidence` is "
                               "there the rule gives no finding (unverifiable, unsigned); delete each key once "
                               "checked (or the whole `check`) to sign the rule off.",
                               default=None, converter=_check)
