"""Reading a pledge's target: which figure it promises, and how to compare.

Plans promise minimums, so a plain figure is read as "at least":

>>> read_target(Pledge(id="a", year=2023, quote="建设5个深入社区的就业服务驿站", evidence=["驿站"])).describe()
'at least 5 个'
>>> read_target(Pledge(id="b", year=2023, quote="地区生产总值增长 4.5%左右", evidence=["地区生产总值"])).describe()
'about 4.5 % growth'
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from ..amounts import describe_target, write_amount
from ..corpus.normalise import fold_key, normalise
from ..errors import QuantityError
from ..quantity import Qualifier, Quantity, find_quantities, parse_quantity
from .model import Kind, Op, Pledge, TargetSpec, Trend
from .promised import led_to, named_figure, names_the_set, picks_things, starting_point


@attrs.frozen
class Target:
    """A target as read: comparison, figure (units folded: 亿元 → 元) and unit."""

    op: Op
    value: Decimal | None = None
    unit: str = ""
    high: Decimal | None = None
    trend: Trend | None = None
    text: str = ""
    ceiling: bool = False  # lower is better (失业率, 物价涨幅): kept or not, never exceeded

    def describe(self) -> str:
        """The target in words, e.g. ``at least 100 场`` or ``range 1–2 个``, its figure as the plan writes it."""
        return describe_target(self)


class TargetProblem(ValueError):
    """The quote or ``target`` key does not say clearly what the target is."""

    def __init__(self, message: str, hint: str, key: str = "quote"):
        super().__init__(message)
        self.hint = hint
        self.key = key


_OPS = {
    Qualifier.EXACT: Op.AT_LEAST,  # plans promise minimums
    Qualifier.AT_LEAST: Op.AT_LEAST,
    Qualifier.MORE_THAN: Op.MORE_THAN,
    Qualifier.ABOUT: Op.ABOUT,
    Qualifier.NEARLY: Op.ABOUT,
    Qualifier.AT_MOST: Op.AT_MOST,
    Qualifier.LESS_THAN: Op.LESS_THAN,
    Qualifier.RANGE: Op.RANGE,
}

# Official terms: targets written in words, as plans at every level word them (a target assigned by the
# level above: the State Council's, a province's, a city's). Order matters: the longer phrase first.
_SYMBOLIC = (
    ("国家下达目标", Op.ASSIGNED, None),
    ("省下达目标", Op.ASSIGNED, None),
    ("市下达目标", Op.ASSIGNED, None),
    ("上级下达目标", Op.ASSIGNED, None),
    ("保持正增长", Op.MORE_THAN, Decimal(0)),
    ("实现正增长", Op.MORE_THAN, Decimal(0)),
    ("可比持平", Op.AT_LEAST, Decimal(0)),
    ("与上年持平", Op.AT_LEAST, Decimal(0)),
    ("与去年持平", Op.AT_LEAST, Decimal(0)),
    ("与经济增长保持基本同步", Op.IN_STEP, None),
    ("与经济增长保持同步", Op.IN_STEP, None),
    ("与经济增长基本同步", Op.IN_STEP, None),
    ("与经济增长同步", Op.IN_STEP, None),
)


_RATE_WORDS = ("率", "比重", "增速", "增长", "下降")  # grammar of official statistics: a figure in %
# Official statistics: indicators where less is better: an "about" target of theirs is a cap ("城镇调查失业率5.5%左右").
CEILING_WORDS = ("失业率", "居民消费价格", "物价", "CPI", "赤字率", "负债率", "死亡率", "发生率", "控制在")
# Official statistics: a budget's deficit planned at a figure is its ceiling ("中央财政赤字1500亿元": 1797亿元 overshot it).
KEPT_WITHIN = ("赤字",)


def format_number(value: Decimal | None) -> str:
    """A Decimal as people write it: no exponent, no trailing zeros.

    >>> format_number(Decimal("3.9E+9")), format_number(Decimal("4.50"))
    ('3900000000', '4.5')
    """
    if value is None:
        return "?"
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_amount(value: Decimal | None, unit: str, high: Decimal | None = None) -> str:
    """A figure (or range, up to ``high``) with its unit as a report writes it, exactly
    (:func:`pledgetrack.amounts.write_amount`, in which every output writes its figures).

    >>> format_amount(Decimal("4.2E+9"), "元"), format_amount(Decimal(6730000), "吨标准煤")
    ('42 亿元', '673 万吨标准煤')
    >>> format_amount(Decimal(27040), "人"), format_amount(Decimal("4.50"), "%"), format_amount(Decimal(1), "")
    ('27040 人', '4.5 %', '1')
    >>> format_amount(Decimal(100000), "平方米", Decimal(200000))
    '10–20 万平方米'
    """
    return write_amount(value, unit, high=high)


def from_quantity(quantity: Quantity) -> Target:
    """The target a plan's figure promises (a plain figure is a minimum)."""
    return Target(_OPS[quantity.qualifier], quantity.value, quantity.unit, quantity.high,
                  Trend(quantity.trend) if quantity.trend else None, quantity.text)


# Grammar: "千方百计增加农民收入", "确保粮食产量稳定增加": a promise that something grows, without a figure.
_RISE = re.compile(r"(?:增加|增长|提高)(?![到至])")


def rising_target(quote: str) -> Target | None:
    """The target of a promise to increase something without a figure: a growth above zero; else None.

    >>> rising_target("千方百计增加农民收入").describe()
    'more than 0 % growth'
    >>> rising_target("提高到450元") is None
    True
    """
    if not _RISE.search(quote):
        return None
    return Target(Op.MORE_THAN, Decimal(0), "%", trend=Trend.UP, text="增长")


def symbolic_target(text: str) -> Target | None:
    """A target written in words (完成市下达目标, 可比持平 …), or None.

    >>> symbolic_target("完成市下达目标 (2023 年市下达 目标为 18500 人)").describe()
    'at least (assigned) 18500 人'
    """
    folded = normalise(text)
    for phrase, op, value in _SYMBOLIC:
        if phrase in folded:
            if op is Op.ASSIGNED:
                # "完成市下达目标(2023年市下达目标为18500人)": the figure is given right there
                stated = [q for q in find_quantities(folded[folded.index(phrase):]) if q.unit not in ("%", "")]
                if len(stated) == 1:
                    return Target(op, stated[0].value, stated[0].unit, text=text)
            # A rate (下降率, 比重) is assigned in %; a count's unit is learnt from the outcome.
            is_rate = value is not None or any(word in folded for word in _RATE_WORDS)
            trend = Trend.UP if value is not None else None
            return Target(op, value, "%" if is_rate else "", trend=trend, text=phrase)
    return None


def _from_spec(spec: TargetSpec) -> Target:
    value, unit, high = spec.value, spec.unit, spec.high
    if value is not None and unit:
        try:  # fold the unit the same way the parser does: 39 亿元 → 3 900 000 000 元
            folded = parse_quantity(f"{format_number(value)}{unit}")
            scale = folded.value / value if value else Decimal(1)
            value, unit = folded.value, folded.unit
            high = high * scale if high is not None else None
        except QuantityError:
            pass  # a unit the parser does not know stays as written
    return Target(spec.op, value, unit, high, spec.trend, "")


def read_target(pledge: Pledge) -> Target | None:
    """The target of a pledge (the first, where the quote holds several), or None for a milestone.

    Raises :class:`TargetProblem`.
    """
    targets = read_targets(pledge)
    return targets[0] if targets else None


def read_targets(pledge: Pledge) -> tuple[Target, ...]:
    """Every target of a pledge, in the quote's order; none for a milestone.

    A quote with several figures and no ``target:`` promises each of them
    ("地区生产总值增长7.5%，达到309亿元"); a starting point ("由420元提高到450元")
    is no target. Raises :class:`TargetProblem`.

    >>> quote = "城乡居民医保财政补助由每人每年420元提高到450元"
    >>> [t.describe() for t in read_targets(Pledge(id="a", year=2017, quote=quote, evidence=["医保"]))]
    ['at least 450 元']
    >>> quote = "地区生产总值增长7.5%，达到309亿元"
    >>> [t.describe() for t in read_targets(Pledge(id="b", year=2016, quote=quote, evidence=["地区生产总值"]))]
    ['at least 7.5 % growth', 'at least 309 亿元']
    >>> [t.describe() for t in read_targets(Pledge(id="c", year=1999, quote="中央财政赤字1500亿元", evidence=["赤字"]))]
    ['at most 1500 亿元']
    """
    if isinstance(pledge.target, TargetSpec):
        return (_from_spec(pledge.target),)
    if isinstance(pledge.target, str):
        return (_named_target(pledge),)
    if pledge.kind is Kind.MILESTONE:
        return ()
    symbolic = symbolic_target(pledge.quote)
    if symbolic:
        return (symbolic,)
    figures = find_quantities(pledge.quote)
    # (not the start of a change, nor the set a later count is taken from, nor a size that picks the things counted
    # by a later figure: 亿元以上|项目20个)
    found = [q for q in figures if not starting_point(pledge.quote, q) and not names_the_set(pledge.quote, q)
             and not (picks_things(pledge.quote, q) and q is not figures[-1])]
    if not found and pledge.kind is Kind.NUMERIC:
        raise TargetProblem("no figure in the quote, so there is nothing to grade against",
                            "leave out `kind: numeric` to grade it as a milestone, or give `target:` with the figure")
    return tuple(_capped(from_quantity(q), pledge.quote[:q.span[0]], q.qualifier is Qualifier.EXACT) for q in found)


def _capped(target: Target, words_before: str, plain: bool) -> Target:
    clause = re.split("[，,；;。：:]", words_before)[-1]
    if target.trend is None and target.unit not in ("%", "‰", "") and any(w in clause for w in _CUTS) \
            and not clause.rstrip().endswith(("到", "至", "为")):  # (减少到1000亿元: the level cut to)
        return attrs.evolve(target, trend=Trend.DOWN)  # "减少农村绝对贫困人口200万人": the size of a decline
    if target.op is Op.ABOUT and target.trend is not Trend.DOWN and any(w in words_before for w in CEILING_WORDS):
        return attrs.evolve(target, ceiling=True)
    if plain and target.trend is None and any(w in words_before for w in KEPT_WITHIN):
        return attrs.evolve(target, op=Op.AT_MOST, ceiling=True)
    return target


# Grammar: verbs of cutting a count or an amount; a figure whose clause holds one before it is the size of the cut,
# which a review reports as a decline ("农村绝对贫困人口减少245万人").
_CUTS = ("减少", "压减", "削减", "降低", "下降")


def _named_target(pledge: Pledge) -> Target:
    if fold_key(pledge.target) not in fold_key(pledge.quote):
        raise TargetProblem(f"target '{pledge.target}' does not occur in the quote",
                            "copy the target's words from the quote, or give it in full: "
                            "{op: at_least, value: 39, unit: 亿元}", key="target")
    symbolic = symbolic_target(pledge.target)
    if symbolic:
        return symbolic
    # (41.2% of 由41.2%提高到43% leads to 43%; the 1.8% of 分别下降1.5%、1.8% is a decline, as its list says)
    promised = led_to(pledge.quote, pledge.target) or named_figure(pledge.quote, pledge.target)
    if promised is not None:
        return _capped(from_quantity(promised), pledge.quote[:promised.span[0]], promised.qualifier is Qualifier.EXACT)
    try:
        return from_quantity(parse_quantity(pledge.target))
    except QuantityError as exc:
        raise TargetProblem(f"cannot read target '{pledge.target}': {exc}",
                            "write the figure with its qualifier and unit, e.g. 超39亿元", key="target") from None
