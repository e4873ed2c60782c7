"""One way of writing amounts, for every output: the unit and the 万/亿 the report itself used.

A figure is read with its multiplier folded into the value (``5.1万户`` is 51000 户,
``1.2万公里`` 12000 km), which is right for comparing and wrong for showing: a reader
who sees ``51000 户`` beside a target of ``10 万户`` has to count digits. So a figure is
written back in the :class:`Style` of the words it was read from (its multiplier and
its spelling of the unit); a figure read from no words (a target given as ``value:``
and ``unit:``, a baseline's record) takes the style a report would use: 万 or 亿 when
the figure then needs no more than two decimals, units spelled in Chinese.
The value is never rounded: scaling by a power of ten is exact in Decimal, and what
is written reads back to the same figure.

>>> write_amount(Decimal(51000), "户", style_of("5.1万户", "户")), write_amount(Decimal(100000), "户")
('5.1 万户', '10 万户')
>>> write_amount(Decimal(12000), "km", style_of("1.2万公里", "km")), write_amount(Decimal(12000), "km")
('1.2 万公里', '1.2 万公里')
>>> write_amount(Decimal(9070000000), "元"), write_amount(Decimal(51000), "户", style_of("51000户", "户"))
('90.7 亿元', '51000 户')
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from .quantity.units import MEASURES
from .wording import words

# Multipliers a report writes after a figure, longest first, with their power of ten.
MULTIPLIERS = (("万亿", 12), ("亿", 8), ("万", 4))
# Rates and ratios never take a multiplier (200000 % is no 20 万%).
RATES = frozenset({"%", "‰", "个百分点", "倍"})
# Canonical units spelled in Latin letters, and how a Chinese report writes them.
SPOKEN = {"km": "公里"}
# Every spelling of each canonical unit, longest first, to find the one a report used.
_SPELLINGS: dict[str, tuple[str, ...]] = {}
for _word, _unit in MEASURES.items():
    _SPELLINGS[_unit] = tuple(sorted({*_SPELLINGS.get(_unit, ()), _word, _unit}, key=len, reverse=True))


@attrs.frozen
class Style:
    """How a figure is written: its multiplier (``万``, ``亿``, ``万亿`` or '') and its unit as spelled."""

    multiplier: str = ""
    unit: str = ""


def style_of(text: str | None, unit: str) -> Style | None:
    """The style of the words a figure of canonical ``unit`` was read from; None when they do not show it.

    >>> style_of("超 9.7 万个", "个"), style_of("3810.24亿元", "元")
    (Style(multiplier='万', unit='个'), Style(multiplier='亿', unit='元'))
    >>> style_of("12000公里", "km"), style_of("增长4.5%左右", "%"), style_of("", "人")
    (Style(multiplier='', unit='公里'), Style(multiplier='', unit='%'), None)
    """
    if not text or not unit:
        return None
    for spelling in _SPELLINGS.get(unit, (unit,)):
        at = text.rfind(spelling)
        if at < 0:
            continue
        before = text[:at].rstrip()
        for word, _ in MULTIPLIERS:
            if before.endswith(word) and unit not in RATES:
                return Style(word, spelling)
        return Style("", spelling)
    return None


def write_amount(value: Decimal | None, unit: str, style: Style | None = None, high: Decimal | None = None) -> str:
    """``value`` (up to ``high`` for a range) with its unit, in ``style`` or as a report would write it.

    >>> write_amount(Decimal(27040), "人"), write_amount(Decimal("4.50"), "%"), write_amount(Decimal(1), "")
    ('27040 人', '4.5 %', '1')
    >>> write_amount(Decimal(100000), "平方米", high=Decimal(200000)), write_amount(None, "元")
    ('10–20 万平方米', '? 元')
    """
    if value is None:
        return f"? {SPOKEN.get(unit, unit)}".rstrip()
    figures = (value,) if high is None else (value, high)
    if style is None:
        style = Style(_fitting(figures, unit), SPOKEN.get(unit, unit))
    power = dict(MULTIPLIERS).get(style.multiplier, 0)
    written = "–".join(_number(f.scaleb(-power)) for f in figures)
    return f"{written} {style.multiplier}{style.unit}".rstrip()


def target_amount(target) -> str:
    """A target's figure (or range) with its unit, in the style of the plan's words.

    >>> from pledgetrack.rules.target import read_target
    >>> from pledgetrack.rules.model import Pledge
    >>> target_amount(read_target(Pledge(id="a", year=2024, quote="新建道路1.2万公里", evidence=["道路"])))
    '1.2 万公里'
    """
    high = target.high if target.op.value == "range" else None
    return write_amount(target.value, target.unit, style_of(target.text, target.unit), high)


def describe_target(target, lang: str = "en") -> str:
    """A :class:`~pledgetrack.rules.target.Target` in words, its figure written by :func:`target_amount`.

    >>> from pledgetrack.rules.target import read_target
    >>> from pledgetrack.rules.model import Pledge
    >>> target = read_target(Pledge(id="b", year=2023, quote="地区生产总值增长 4.5%左右", evidence=["地区生产总值"]))
    >>> describe_target(target), describe_target(target, "zh")
    ('about 4.5 % growth', '增长4.5 % 左右')
    """
    table = words(lang)
    op = target.op.value
    if op == "assigned" and target.value is None:
        return table["target.assigned"]
    if op == "in_step":
        return table["target.in_step"]
    text = table[f"op.{op}"].format(amount=target_amount(target))
    if target.trend is not None:
        text = table[f"trend.{target.trend.value}"].format(target=text)
    if target.ceiling and op == "about":
        text = table["ceiling"].format(target=text)
    return text


def _fitting(figures: tuple[Decimal, ...], unit: str) -> str:
    # The largest multiplier that leaves the figure at least 1 and needs no more than two decimals.
    if not unit or unit in RATES:
        return ""
    for word, power in MULTIPLIERS:
        scaled = [f.scaleb(-power) for f in figures]
        if abs(scaled[0]) >= 1 and all(s.normalize().as_tuple().exponent >= -2 for s in scaled):
            return word
    return ""


def _number(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros (``3.9E+9`` is ``3900000000``)."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
