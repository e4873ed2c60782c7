"""Numbers as they are written in Chinese reports: Arabic, Chinese, and both with 万/亿.

Every reader takes the text and a start offset and returns the value and the
offset just past what it read, or None; an Arabic number is only delimited
here (:func:`arabic_end`), and converted with its 万 or 亿 where the figure is
read. Values are exact :class:`Decimal`; scaling by 万 or 亿 moves the
exponent and never rounds.

>>> read_chinese("一百二十三个", 0)
(Decimal('123'), 5, False)
>>> arabic_end("1,200 家", 0)
5
>>> scale(Decimal("9.7"), 4)
Decimal('97000')
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

# Where the word lists below come from: grammar, how Chinese (and official statistics) writes numbers,
# units and qualifiers; none was measured on a report.
CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
CN_SMALL = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3}  # powers of ten
CN_BIG = {"万": 4, "亿": 8}
# The old words for twenty and thirty: 廿二 is 22.
CN_TENS = {"廿": "二十", "卅": "三十"}
CN_NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset(CN_SMALL) | frozenset(CN_BIG) | frozenset(CN_TENS)
# Digit by digit (一七二零, 二〇二三) a number needs this many digits: two side by
# side are a vague count (三五个, 两三家) or a word (一一对应), never a number;
# and no more than the other: a longer string is a code, not an amount.
DIGIT_STRING = (3, 20)
CN_CLASS = "[" + "".join(sorted(CN_NUMERAL_CHARS)) + "]"
_INTEGER_RUN = re.compile(f"{CN_CLASS}+")
# Units that open with 千 (千瓦, 千米, 千克): the characters after it.
_AFTER_KILO = frozenset("瓦米克")
# A number that is nothing but these (百, 千万, 亿) is a figure only next to a
# qualifier: "逾千件" is 1000, but "百强", "千人团队" and "万家灯火" are names.
BARE_CHARS = frozenset("百佰千仟万亿")

ASCII_DIGITS = frozenset("0123456789")


def scale(value: Decimal, power: int) -> Decimal:
    """``value`` times ten to ``power``, exactly, in the tidy form of :func:`tidy`."""
    sign, digits, exponent = value.as_tuple()
    return tidy(Decimal((sign, digits, int(exponent) + power)))


def tidy(value: Decimal) -> Decimal:
    """The same number without exponent or trailing fractional zeros.

    >>> tidy(Decimal("2.7E+4")), tidy(Decimal("4.50")), tidy(Decimal("-0.0"))
    (Decimal('27000'), Decimal('4.5'), Decimal('0'))
    """
    sign, digits, exponent = value.as_tuple()
    exponent = int(exponent)
    if (exponent == 0 or (exponent < 0 and digits[-1])) and (digits[0] or len(digits) > 1):
        return value  # already tidy, as most numbers read from a report are
    if exponent >= 0:
        digits = digits + (0,) * exponent
        exponent = 0
    else:
        cut = 0
        while cut < -exponent and cut < len(digits) - 1 and digits[len(digits) - 1 - cut] == 0:
            cut += 1
        if cut:
            digits, exponent = digits[: len(digits) - cut], exponent + cut
        if digits == (0,):
            exponent = 0
    if all(d == 0 for d in digits):
        sign = 0
    return Decimal((sign, digits, exponent))


# The largest amount in a report, 1,234,567,890,123.45 元, is 20 characters long.
LONGEST_NUMBER = 40
# Thousands are grouped only when every group after the first has exactly three
# digits, so "2—3" or "1, 2" never merge into one number; commas are tried first.
# The grouped form can match only where the first digits (three at most) meet a
# comma or a space, so trying it first costs a plain number nothing.
ARABIC = re.compile(r"[0-9]{1,3}(?:(?:,[0-9]{3}(?![0-9]))+|(?: [0-9]{3}(?![0-9]))+)(?:\.[0-9]+)?"
                     r"|[0-9]+(?:\.[0-9]+)?")


def arabic_end(text: str, i: int) -> int:
    """Just past the Arabic number at ``i`` (``i`` if there is none), groups and decimals included.

    The pattern has no ambiguous repetition, so this takes time in step
    with the length of the number, however long its groups run.
    """
    match = ARABIC.match(text, i)
    return i if match is None else match.end()


def _cn_integer(run: str) -> tuple[int, bool] | None:
    """The value of a run of Chinese numerals without 点, and whether it is bare (see BARE_CHARS)."""
    if DIGIT_STRING[0] <= len(run) <= DIGIT_STRING[1] and all(ch in CN_DIGITS for ch in run):
        return int("".join(str(CN_DIGITS[ch]) for ch in run)), False
    for old, spelled in CN_TENS.items():
        run = run.replace(old, spelled)
    total = 0          # everything already closed by 万 or 亿
    section = 0        # the part below the last 万/亿
    digit: int | None = None
    digit_after: int | None = None  # the power of the unit right before the pending digit
    previous: int | None = None     # the power of the previous character, if it was a unit
    last_power = 99    # powers fall within a section: 三千二百, never 三百二千
    zero_seen = used_wan = used_yi = False
    for ch in run:
        if ch in CN_DIGITS:
            if digit is not None:
                return None  # "三五", "十一五": digits side by side are no count
            if CN_DIGITS[ch] == 0:
                zero_seen, previous = True, None
                continue
            digit, digit_after, previous = CN_DIGITS[ch], previous, None
        elif ch in CN_SMALL:
            power = CN_SMALL[ch]
            opening = total == 0 and section == 0
            if power >= last_power or (digit is None and not opening and not (ch in "十拾" and zero_seen)):
                return None
            section += (1 if digit is None else digit) * 10 ** power
            digit, last_power, previous, zero_seen = None, power, power, False
        else:
            section += digit or 0
            if ch == "亿":
                if used_yi:
                    return None
                total = (total + (section or (0 if total else 1))) * 10 ** 8
                used_yi, used_wan = True, False
            else:
                if used_wan or (used_yi and section == 0):
                    return None
                total += (section or (0 if total else 1)) * 10 ** 4
                used_wan = True
            section, digit, last_power, previous, zero_seen = 0, None, 99, CN_BIG[ch], False
    if run[0] in BARE_CHARS and any(ch in CN_DIGITS for ch in run):
        return None  # 万一, 百二: a number opening with 百/千/万 is all units
    if digit is not None:
        # 三千五 is 3500 and 一万五 is 15 000: a digit right after 百/千/万/亿 counts one place lower.
        if digit_after is not None and digit_after >= 2:
            digit *= 10 ** (digit_after - 1)
        section += digit
    return total + section, all(ch in BARE_CHARS for ch in run)


# Reports repeat the same short numerals (一, 两, 十, 三百): their values are kept,
# but not those of long runs, which only text built to trip the reader holds.
_known_integer = functools.lru_cache(maxsize=4096)(_cn_integer)
_KEPT_RUN = 12


def read_chinese(text: str, i: int) -> tuple[Decimal, int, bool] | None:
    """A Chinese numeral at ``i`` (``十``, ``二十二``, ``一点二万``); returns (value, end, bare).

    The whole run of numeral characters is read or refused together, so a
    refused "十四五" never yields a "五" from its tail.
    """
    n = len(text)
    run = _INTEGER_RUN.match(text, i)
    if run is None:
        return None
    end = run.end()
    if end - i > 1 and text[end - 1] in "千仟" and text[end:end + 1] in _AFTER_KILO:
        end -= 1  # 三十万|千瓦, 八十|千米: the 千 opens the unit (the same amount either way: 三千米 is 3 千米)
    integer = (_known_integer if end - i <= _KEPT_RUN else _cn_integer)(text[i:end])
    if integer is None:
        return None
    value, bare = integer
    if end + 1 < n and text[end] == "点" and text[end + 1] in CN_DIGITS:
        frac = end + 1
        while frac < n and text[frac] in CN_DIGITS:
            frac += 1
        if bare or frac - end > LONGEST_NUMBER:
            return None
        fraction = "".join(str(CN_DIGITS[ch]) for ch in text[end + 1: frac])
        number = Decimal(f"{value}.{fraction}")
        power, stop = read_big(text, frac)
        return scale(number, power), stop, False
    return Decimal(value), end, bare


def read_big(text: str, i: int) -> tuple[int, int]:
    """万, 亿 or 万亿 at ``i``: the power of ten and the offset after it (0 and ``i`` if none)."""
    if text.startswith("万亿", i):
        return 12, i + 2
    if i < len(text) and text[i] in CN_BIG:
        return CN_BIG[text[i]], i + 1
    return 0, i


# How reports write the round amount in a name both ways: 超百亿元企业 and 超100亿元企业, 千万元 and 1000万元.
_AMOUNT_IN_WORDS = re.compile("[一二两三四五六七八九十百千]+(?=万|亿)")
_AMOUNT_IN_DIGITS = re.compile("(?<![0-9.])(?:10|100|1000)(?=万|亿)")
_POWERS_IN_WORDS = {"10": "十", "100": "百", "1000": "千"}


def respelled(name: str) -> str:
    """``name`` with the amount of 万 or 亿 inside it written the other way (in digits where it is in words, in
    words where it is a round 10, 100 or 1000 in digits), or ``name`` where it holds no such amount.

    >>> respelled("主营业务收入超百亿元企业"), respelled("超10亿元项目"), respelled("五十亿级产业集群")
    ('主营业务收入超100亿元企业', '超十亿元项目', '50亿级产业集群')
    >>> respelled("一带一路"), respelled("十四五规划")
    ('一带一路', '十四五规划')
    """
    in_words = _AMOUNT_IN_WORDS.search(name)
    if in_words is not None:
        read = _cn_integer(in_words.group())
        return name if read is None else f"{name[:in_words.start()]}{read[0]}{name[in_words.end():]}"
    in_digits = _AMOUNT_IN_DIGITS.search(name)
    if in_digits is not None:
        return f"{name[:in_digits.start()]}{_POWERS_IN_WORDS[in_digits.group()]}{name[in_digits.end():]}"
    return name
