"""Grading one outcome against one target, exactly, in Decimal.

An outcome a report states with a qualifier ("3000 余场", "近 200 项") is a
range of possible values, not a point. The grade is decided only when every
value in that range gets the same grade; the one exception is a range that
spans `met` and `exceeded` of a minimum target, which is `met` for certain.
Anything else is `unverifiable` (``undecided``), never a guess.

>>> from pledgetrack.rules import Target, Op
>>> grade(Target(Op.AT_LEAST, Decimal(100), "场"), Outcome.exact(Decimal(175)))
<Grade.EXCEEDED: 'exceeded'>
>>> grade(Target(Op.ABOUT, Decimal("4.5"), "%"), Outcome.exact(Decimal("4.5")))
<Grade.MET: 'met'>
>>> grade(Target(Op.AT_LEAST, Decimal(3000), "场"), Outcome(Point(Decimal(2900)), Point(Decimal(3100)))) is None
True
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from .quantity import Qualifier, Quantity
from .rules.model import Grade, Op, Trend
from .rules.target import Target

DEFAULT_TOLERANCE = Decimal("0.1")
DEFAULT_EXCEED_MARGIN = Decimal("0.1")
# How wide a report's "约" and "近" are read: about ±5 %; nearly up to 10 % under.
ABOUT_WIDTH = Decimal("0.05")
NEARLY_WIDTH = Decimal("0.1")


class Reason(enum.StrEnum):
    """Why a pledge is unverifiable."""

    NO_OUTCOME_REPORT = "no_outcome_report"  # the corpus has no report reviewing that year
    PENDING = "pending"  # that report is not yet due
    NO_EVIDENCE = "no_evidence"  # no sentence or table row speaks of it
    INCOMPARABLE = "incomparable"  # the outcome is in another unit or of another scope
    TARGET_UNRESOLVED = "target_unresolved"  # 完成市下达目标, and the figure is stated nowhere
    NO_FIGURE = "no_figure"  # the outcome says "——", "预计可完成", or gives no figure
    UNDECIDED = "undecided"  # the outcome's qualifier leaves the comparison open
    CONFLICT = "conflict"  # two exact figures disagree on the grade
    NOT_COMPLETED = "not_completed"  # a milestone the reports mention but do not state as done
    OTHER_PERIOD = "other_period"  # the target is for several years or another year, not the pledge's alone
    UNSIGNED = "unsigned"  # the rule's `check: evidence` is not signed off: its finding is withheld


@attrs.frozen
class Point:
    """A value, or the value just below (side -1) or above (side +1) it; None is infinity."""

    value: Decimal | None
    side: int = 0

    def _cmp(self, t: Decimal) -> int:
        if self.value is None:
            return self.side
        if self.value != t:
            return 1 if self.value > t else -1
        return self.side

    def ge(self, t: Decimal) -> bool:
        return self._cmp(t) >= 0

    def gt(self, t: Decimal) -> bool:
        return self._cmp(t) > 0


@attrs.frozen
class Outcome:
    """What an outcome figure can be: from ``low`` to ``high`` (None: no bound)."""

    low: Point
    high: Point
    stated: Decimal | None = None

    @classmethod
    def exact(cls, value: Decimal) -> Outcome:
        return cls(Point(value), Point(value), value)


def outcome_of(quantity: Quantity, value: Decimal) -> Outcome:
    """The range a qualified figure stands for; ``value`` is the figure as compared.

    >>> from pledgetrack.quantity import parse_quantity
    >>> o = outcome_of(parse_quantity("3000 余场"), Decimal(3000))
    >>> o.low, o.high
    (Point(value=Decimal('3000'), side=1), Point(value=None, side=1))
    """
    q = quantity.qualifier
    if q is Qualifier.AT_LEAST:
        return Outcome(Point(value), Point(None, 1), value)
    if q is Qualifier.MORE_THAN:
        return Outcome(Point(value, 1), Point(None, 1), value)
    if q is Qualifier.ABOUT:
        width = min(abs(value) * ABOUT_WIDTH, _half_step(value))
        return Outcome(Point(value - width), Point(value + width), value)
    if q is Qualifier.NEARLY:
        return Outcome(Point(value - abs(value) * NEARLY_WIDTH), Point(value, -1), value)
    if q is Qualifier.AT_MOST:
        return Outcome(Point(None, -1), Point(value), value)
    if q is Qualifier.LESS_THAN:
        return Outcome(Point(None, -1), Point(value, -1), value)
    if q is Qualifier.RANGE and quantity.high is not None:
        return Outcome(Point(value), Point(value + (quantity.high - quantity.value)), value)
    return Outcome.exact(value)


def _half_step(value: Decimal) -> Decimal:
    """Half the rounding step of a figure as written: a report writes 7.5 %左右 for a figure nearer 7.5 than 7
    or 8 (a final 5 is a half step), and 7.3 %左右 for one nearer 7.3 than 7.2 or 7.4.

    >>> _half_step(Decimal("7.5")), _half_step(Decimal("7.3")), _half_step(Decimal("3000")) == 500
    (Decimal('0.25'), Decimal('0.05'), True)
    """
    if value == 0:
        return Decimal(0)
    digits, exponent = abs(value).normalize().as_tuple()[1:]
    step = Decimal(5 if digits[-1] == 5 else 1).scaleb(exponent)
    return step / 2


def comparable(target: Target, quantity: Quantity) -> Decimal:
    """The outcome figure in the terms of the target: a decline target compares declines.

    >>> from pledgetrack.quantity import parse_quantity
    >>> comparable(Target(Op.AT_LEAST, Decimal(3), "%", trend=Trend.UP), parse_quantity("下降 1.3%"))
    Decimal('-1.3')
    """
    value = quantity.value
    if target.trend is Trend.DOWN:
        return -value if quantity.trend == "up" else value
    return -value if quantity.trend == "down" and value > 0 else value


def against(target: Target, quantity: Quantity) -> Outcome:
    """The outcome ``quantity`` stands for in the terms of ``target``: a change turned the other way round (a fall for a
    rise promised, a rise for a cut) has its range turned too, so that a fall of some size (有所下降) is a change below
    0 for a rise promised, and a cut of more than 0, of a size left open, for a cut promised.

    >>> from pledgetrack.quantity import Quantity, Qualifier
    >>> fall = Quantity(Decimal(0), "%", Qualifier.MORE_THAN, "有所下降", (0, 4), trend="down")
    >>> grade(Target(Op.AT_LEAST, Decimal(15), "%", trend=Trend.DOWN), against(Target(Op.AT_LEAST, Decimal(15), "%",
    ...       trend=Trend.DOWN), fall)) is None
    True
    >>> grade(Target(Op.AT_LEAST, Decimal(5), "%", trend=Trend.UP), against(Target(Op.AT_LEAST, Decimal(5), "%",
    ...       trend=Trend.UP), fall))
    <Grade.MISSED: 'missed'>
    """
    value = comparable(target, quantity)
    outcome = outcome_of(quantity, value)
    turned = quantity.trend == ("up" if target.trend is Trend.DOWN else "down")
    if not turned or quantity.qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        return outcome
    return Outcome(_turned(outcome.high, value), _turned(outcome.low, value), value)


def _turned(point: Point, around: Decimal) -> Point:
    """A bound of a range turned round the figure ``around`` (下降2%以上 for a rise promised: from -2 down, not up)."""
    return Point(None if point.value is None else 2 * around - point.value, -point.side)


def grade_point(target: Target, x: Point, tolerance: Decimal = DEFAULT_TOLERANCE,
                margin: Decimal = DEFAULT_EXCEED_MARGIN) -> Grade:
    """The grade of one (possibly infinitesimally shifted) outcome value."""
    t = target.value
    if t is None:
        raise ValueError(f"target {target.describe()} has no figure to grade against")
    op = target.op
    if op is Op.ABOUT and target.ceiling:
        # 城镇调查失业率5.5%左右: a cap with a band; below it is as good as on it.
        return Grade.MISSED if x.gt(t + abs(t) * tolerance) else Grade.MET
    if op is Op.ABOUT:
        band = abs(t) * tolerance
        if not x.ge(t - band):
            return Grade.MISSED
        return Grade.EXCEEDED if x.gt(t + band) else Grade.MET
    if op in (Op.AT_MOST, Op.LESS_THAN):
        # A ceiling is kept or not: for 失业率4.5%以内, 4.1% is not "more" than promised.
        over = x.ge(t) if op is Op.LESS_THAN else x.gt(t)
        return Grade.MISSED if over else Grade.MET
    ceiling = target.high if op is Op.RANGE and target.high is not None else t
    reached = x.gt(t) if op is Op.MORE_THAN else x.ge(t)
    if not reached:
        return Grade.MISSED
    # A zero target ("可比持平", "保持正增长") has no margin to exceed by.
    if ceiling != 0 and x.gt(ceiling + abs(ceiling) * margin):
        return Grade.EXCEEDED
    return Grade.MET


def grade(target: Target, outcome: Outcome, tolerance: Decimal = DEFAULT_TOLERANCE,
          margin: Decimal = DEFAULT_EXCEED_MARGIN) -> Grade | None:
    """The grade every value of ``outcome`` agrees on, or None when they disagree."""
    low = grade_point(target, outcome.low, tolerance, margin)
    high = grade_point(target, outcome.high, tolerance, margin)
    if low is high:
        return low
    if {low, high} == {Grade.MET, Grade.EXCEEDED} and target.op is not Op.ABOUT:
        return Grade.MET  # certainly reached; whether by the margin is open
    return None


def ratio(target: Target, value: Decimal | None) -> Decimal | None:
    """Outcome over target (None where the target is zero or either is missing).

    >>> ratio(Target(Op.AT_LEAST, Decimal(18500), "人"), Decimal(27040))
    Decimal('1.462')
    """
    if value is None or not target.value:
        return None
    return (value / target.value).quantize(Decimal("0.001"))
