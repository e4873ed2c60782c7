"""One figure: a number with its 余/多, its 万/亿 and its unit, without the words around it.

Text here is already folded (see :data:`FOLD`): full-width digits and signs are
ASCII and odd spaces are plain spaces, one character for one, so offsets stay
those of the original.

>>> f = read_figure(fold("2 万余人以上"), 0)
>>> f.value, f.unit, f.more, f.end
(Decimal('20000'), '人', True, 5)
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from .numerals import (ARABIC, ASCII_DIGITS, CN_BIG, CN_CLASS, CN_DIGITS, LONGEST_NUMBER, read_big, read_chinese,
                       scale)
from .units import (NOT_AFTER_CHINESE, PRICE_PARTS, UNIT_REACH, UNIT_STARTS, counted_before, counted_noun, price_part,
                    read_per, read_unit, unit_at_start)
from .words import INNER_MORE

_WIDE = {chr(0xFF10 + k): str(k) for k in range(10)}
_WIDE |= {chr(0xFF21 + k): chr(0x41 + k) for k in range(26)} | {chr(0xFF41 + k): chr(0x61 + k) for k in range(26)}
_WIDE |= {"％": "%", "．": ".", "－": "-", "−": "-", "＋": "+", "～": "~", "〜": "~", "／": "/", "﹪": "%"}
_WIDE |= dict.fromkeys("\u00a0\u2002\u2003\u2009\u202f\u3000", " ")
FOLD = str.maketrans(_WIDE)
# Most reports hold few such characters: translating only their runs spares a
# table lookup per character of the text.
_FOLDABLE = re.compile("[" + re.escape("".join(_WIDE)) + "]+")

# Where the word lists below come from: grammar, how Chinese (and official statistics) writes numbers,
# units and qualifiers; none was measured on a report.
SPACE = " "
# A Chinese numeral followed by 成 is tenths: 九成 is 90 %.
_TENTHS_NOT = ("成为", "成果", "成功", "成立", "成效", "成本", "成员", "成熟", "成长", "成绩",
               "成交", "成都", "成就", "成型", "成片", "成色", "成不变")
_SMALL_MULTIPLIERS = {"百": 2, "千": 3}
_MULTIPLIER_CHARS = frozenset(_SMALL_MULTIPLIERS) | frozenset(CN_BIG)
# Numeral characters, and 点 when a digit follows it (三点五万), written so
# that the engine takes each stretch of numerals in one step.
CHINESE_RUN = f"{CN_CLASS}*(?:点(?=[{''.join(sorted(CN_DIGITS))}]){CN_CLASS}+)*"
_RUN_TAIL = re.compile(CHINESE_RUN)


def fold(text: str) -> str:
    """``text`` with full-width digits, letters and signs as ASCII, same length.

    >>> fold("１２％")
    '12%'
    """
    return _FOLDABLE.sub(_fold_run, text)


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(FOLD)


def skip_spaces(text: str, i: int) -> int:
    """The first offset at or after ``i`` that is not a plain space."""
    if i >= len(text) or text[i] != SPACE:
        return i
    while i < len(text) and text[i] == SPACE:
        i += 1
    return i


class Figure(NamedTuple):
    """A number read with what belongs to it; ``end`` is just past the unit (or number).

    ``number_end`` is just past the digits; ``power`` the 万/亿/千 scaling
    read; ``more`` whether 余 or 多 was written inside; ``bare`` whether the
    number was nothing but 百/千/万/亿; ``chinese`` whether it was in Chinese.
    A named tuple rather than an attrs class: one is built for every number
    in a report, and a tuple is built several times faster.
    """

    value: Decimal
    unit: str | None
    end: int
    number_end: int
    chinese: bool
    bare: bool = False
    power: int = 0
    more: bool = False
    decimal: bool = False


# Figure(...) runs a Python-level __new__; the reader builds its figures, all
# fields given, straight from a tuple.
_figure = functools.partial(tuple.__new__, Figure)


def _multiplier(text: str, i: int, chinese: bool) -> tuple[int, int]:
    """万/亿 (and, after Arabic digits, 百/千 before them) at ``i``, unless they begin a unit."""
    if text[i] in UNIT_STARTS and read_unit(text, i) is not None:
        return 0, i  # 千米, 千瓦, 百分点 are units, not 千 and 百 of something
    power = 0
    if not chinese and text[i] in _SMALL_MULTIPLIERS:
        power, i = _SMALL_MULTIPLIERS[text[i]], i + 1
        if read_unit(text, i) is not None:
            return power, i
    big, i = read_big(text, i)
    return power + big, i


def _unit(text: str, i: int, chinese: bool) -> tuple[str, int, bool] | None:
    """The unit at ``i``: (canonical, end, whether a 多 inside it means "more than")."""
    if i >= len(text) or text[i] not in UNIT_STARTS:
        return None
    found = unit_at_start(text[i:i + UNIT_REACH[text[i]]])  # read_unit's work, without its call
    # (what is refused after a Chinese numeral is the unit as written: 八十km, not 八十公里, whose canonical is km)
    if found is None or (chinese and text[i:i + found[1]] in NOT_AFTER_CHINESE):
        return None
    if found[0] == "个" and text.startswith("个多", i):  # no longer unit starts with 个多
        for spelled, unit in (("个多月", "个月"), ("个多小时", "小时")):
            if text.startswith(spelled, i):
                return unit, i + len(spelled), True
    unit, end = found[0], i + found[1]
    per = read_per(text, end) if text.startswith("/", end) else None
    if per is not None:
        unit, end = f"{unit}/{per[0]}", per[1]
    return unit, end, False


def read_figure(text: str, i: int) -> Figure | None:
    """The figure whose number starts at ``i`` (no sign, no qualifier words)."""
    n = len(text)
    if i >= n:
        return None
    if text[i] in ASCII_DIGITS:
        number_end = ARABIC.match(text, i).end()  # type: ignore[union-attr]  # a digit is a number
        if number_end - i > LONGEST_NUMBER:
            return None  # a code or garbage, whose conversion would take time out of step with its length
        written = text[i:number_end]
        if "," in written or " " in written:
            written = written.replace(",", "").replace(" ", "")
        decimal = "." in written
        if decimal:
            written = written.rstrip("0").rstrip(".")  # 4.50 is 4.5, as tidy() has it
        chinese = bare = False
    else:
        number = read_chinese(text, i)
        if number is None:
            return None
        value, number_end, bare = number
        chinese, decimal = True, False
    j = number_end
    c = text[j] if j < n else ""  # the character at j, looked at once for each thing it might start
    if c == SPACE:
        j = skip_spaces(text, j)
        c = text[j] if j < n else ""
    last = number_end  # just past the last thing that belongs to the figure
    more = False
    if c in INNER_MORE and (c == "余" or _unit(text, j + 1, chinese) or read_big(text, j + 1)[0]):
        more, last = True, j + 1
        j = skip_spaces(text, last)
        c = text[j] if j < n else ""
    power = 0
    if c in _MULTIPLIER_CHARS:
        power, k = _multiplier(text, j, chinese)
        if k != j:
            bare, last = False, k
            j = skip_spaces(text, k)
            c = text[j] if j < n else ""
            if not more and c in INNER_MORE:
                more, last = True, j + 1
                j = skip_spaces(text, last)
                c = text[j] if j < n else ""
    if not chinese:
        value = Decimal(_shifted(written, power) if power else written)
    elif power:
        value = scale(value, power)
    unit = _unit(text, j, chinese) if c in UNIT_STARTS else None
    if unit is None and c in PRICE_PARTS:
        unit = price_part(text, j)
    if unit is not None:
        return _figure((value, unit[0], unit[1], number_end, chinese, bare, power, more or unit[2], decimal))
    if c == "成" and not bare and not power and _is_tenths(text, j, value):
        return _figure((scale(value, 1), "%", j + 1, number_end, chinese, bare, power, more, decimal))
    # "80万农村人口", "两千万农村人口": the noun says what is counted; "减少贫困人口1.2万": the noun before, where the
    # figure ends its clause
    if power >= 4 or chinese and text[number_end - 1] in "万亿":
        noun_unit = counted_noun(text, j) if "\u4e00" <= c <= "\u9fff" else counted_before(text, i, last)
        if noun_unit is not None:
            return _figure((value, noun_unit, last, number_end, chinese, bare, power, more, decimal))
    return _figure((value, None, last, number_end, chinese, bare, power, more, decimal))


def _shifted(written: str, power: int) -> str:
    """``written`` (digits, perhaps a point, no trailing fractional zero) times ten to ``power``, tidy.

    >>> _shifted("2.7", 4), _shifted("0.00005", 4), _shifted("12", 8)
    ('27000', '00000.5', '1200000000')
    """
    whole, _, fraction = written.partition(".")
    if len(fraction) <= power:
        return whole + fraction + "0" * (power - len(fraction))
    return f"{whole}{fraction[:power]}.{fraction[power:]}"


def _is_tenths(text: str, j: int, value: Decimal) -> bool:
    if not (0 < value <= 10) or value != value.to_integral_value():
        return False
    return not any(text.startswith(word, j) for word in _TENTHS_NOT)


def chinese_run_end(text: str, i: int) -> int:
    """Just past the run of Chinese numeral characters (and 点 with digits) at ``i``."""
    return _RUN_TAIL.match(text, i).end()  # type: ignore[union-attr]  # matches the empty run too
