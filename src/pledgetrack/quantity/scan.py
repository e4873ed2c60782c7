"""The scanner: every quantity in running text, left to right, in one pass.

Each step reads one number with what belongs to it and moves past it, and
every look around it is bounded by a few characters, so the time taken grows
in step with the length of the text. A regular expression finds where the
next number may start, so that Python looks only at digits and at those runs
of Chinese numerals that are followed by what could make them a figure.

>>> [q.text for q in scan("新增“四上”企业 378 家，现有“四上”企业超4000家、较2018年增长18.7%")]
['378 家', '超4000家', '18.7%']
"""

from __future__ import annotations

import re
from decimal import Decimal

from .figure import CHINESE_RUN, SPACE, Figure, chinese_run_end, fold, read_figure, skip_spaces
from .model import Qualifier, Quantity, unchecked_quantity
from .numerals import ASCII_DIGITS, CN_CLASS, CN_DIGITS, CN_NUMERAL_CHARS, arabic_end, scale
from .refusals import NOT_AMOUNT_AFTER, dotted_end, is_sign, list_marker, refused, skip_back, word_follows
from .units import LATIN_UNITS, UNITS, same_family
from .words import (BARE_PREFIXES, INNER_MORE, LIST_JOINS, PREFIX_ENDS, PREFIXES, SUFFIX_STARTS, SUFFIXES,
                    TREND_ENDS, prefix_before, suffix_after, trend_before)
from .zones import hidden_zones

# Where the word lists below come from: grammar, how Chinese (and official statistics) writes numbers,
# units and qualifiers; none was measured on a report.
_RANGE_MARKS = frozenset("-—–~至到")
_RANGE_OR_SPACE = _RANGE_MARKS | {SPACE}
_FRACTION_MARKS = frozenset("分/")
_SIGN_OR_PERCENT = frozenset("+-负百千")
_RUN_CHARS = CN_NUMERAL_CHARS | {"点"}


def _chars(chars: object) -> str:
    return "".join(sorted(map(re.escape, chars)))


# A Chinese numeral with nothing of these after it is never a figure (一是,
# 进一步, 十四五规划): a unit, 个 of 个多月, 余/多, 成, 分之, a range mark or a space, 瓦 of a run's 千瓦;
# "." too, for 〇.5 is skipped whole as a dotted number.
_AFTER_CHINESE = ({" ", "个", "成", "分", ".", "瓦"} | INNER_MORE | _RANGE_MARKS
                  | {word[0] for word in UNITS if word not in LATIN_UNITS})
# Digits followed by a date, rank or name word (2023年, 2023 年, 500强) are never
# a figure: the pattern passes them over. 周 is left out, for 60周岁 is an age.
_DATE_OR_RANK = NOT_AMOUNT_AFTER - {word[0] for word in UNITS}
_NOT_A_DATE = f"(?![0-9]*(?:\\.[0-9]+)? *[{_chars(_DATE_OR_RANK)}])"
_SIGNED = f"[0-9]{_NOT_A_DATE}|[+\\-负](?=[0-9])"
# A run of numerals, read whole and only from its first character (no numeral,
# nor 点 after one, before it), so that a run refused is passed over once, not
# once per character; a run that the scanner enters in its middle (5万三千人) is
# tried by _RUN_HERE.
# (a run ending in 万 or 亿 may be followed by the noun it counts: 两千万农村人口)
_AFTER_RUN = f"(?:(?=[{_chars(_AFTER_CHINESE)}])|(?<=[万亿])(?=[\u4e00-\u9fff]))"
_RUN = f"(?>{CN_CLASS}{CHINESE_RUN}){_AFTER_RUN}"
# Where the next figure may start. The pattern opens with the class of its
# first characters, which the engine finds at full speed; the looks behind
# that character then tell which it was: a digit (not of a date), a sign before
# a digit, 负 before a numeral run, or the first numeral of a run.
_NEXT = re.compile(
    f"[0-9+\\-负{_chars(CN_NUMERAL_CHARS)}]"
    f"(?:(?<=[0-9]){_NOT_A_DATE}"
    f"|(?<=[+\\-负])(?=[0-9])"
    f"|(?<=负)(?>{CN_CLASS}{CHINESE_RUN}){_AFTER_RUN}"
    f"|(?<={CN_CLASS})(?<!{CN_CLASS}{CN_CLASS})(?<!{CN_CLASS}点{CN_CLASS})(?>{CHINESE_RUN}){_AFTER_RUN})"
)
_RUN_HERE = re.compile(_RUN)
# parse_quantity's second look reads a Chinese numeral that is the whole text.
_NEXT_LOOSE = re.compile(f"{_SIGNED}|负?{CN_CLASS}")
_PERCENT_WORDS = (("百分之", "%"), ("千分之", "‰"))
_FRACTION_LIMIT = 10**6
_ZERO = Decimal(0)


def _inside_run(text: str, i: int) -> bool:
    return 0 < i < len(text) and (text[i - 1] in CN_NUMERAL_CHARS
                                  or (text[i - 1] == "点" and i > 1 and text[i - 2] in CN_NUMERAL_CHARS))


class _Scanner:
    def __init__(self, source: str, loose: bool):
        self.source = source
        self.text = fold(source)
        self.hidden = hidden_zones(self.text)
        self.loose = loose
        self.found: list[Quantity] = []
        # Only parse_quantity's second look asks whether a figure is the whole text.
        stripped = self.text.strip() if loose else ""
        self.first_char = self.text.find(stripped[:1]) if stripped else 0
        self.last_char = self.first_char + len(stripped)

    def run(self) -> list[Quantity]:
        text, n, loose, i = self.text, len(self.text), self.loose, 0
        following, read = (_NEXT_LOOSE if loose else _NEXT).search, self._read
        while True:
            candidate = None
            if 0 < i < n and text[i - 1] in _RUN_CHARS and not loose and _inside_run(text, i):
                candidate = _RUN_HERE.match(text, i)
            if candidate is None:
                candidate = following(text, i)
                if candidate is None:
                    return self.found
            i = candidate.start()
            resume = read(i)
            i = resume if resume > i else i + 1

    def _read(self, i: int) -> int:
        """Read what starts at ``i``; return where scanning goes on."""
        text, n = self.text, len(self.text)
        if self.hidden[i] and text[i] not in _SIGN_OR_PERCENT:
            past = self._past_hidden(i)
            if past is not None:
                return past
        start, negative = i, False
        if text[i] in "+-负":
            if not is_sign(text, i):
                return i + 1
            negative, i = text[i] != "+", i + 1
        percent = None
        if i < n and text[i] in "百千":
            for spelled, unit in _PERCENT_WORDS:
                if text.startswith(spelled, i):
                    percent, i = unit, skip_spaces(text, i + len(spelled))
        figure = read_figure(text, i)
        if figure is None:
            if i < n and text[i] in ASCII_DIGITS:
                return arabic_end(text, i)  # too long to be an amount
            return chinese_run_end(text, i) if percent is None else i
        if percent is not None:
            figure = Figure(figure.value, percent, figure.number_end, figure.number_end, figure.chinese)
        if refused(text, self.hidden, start, i, figure, self.loose and self._whole(start, figure.end)):
            return max(dotted_end(text, figure.number_end), chinese_run_end(text, i))
        number_end, end = figure.number_end, figure.end
        if (percent is None and number_end < n and text[number_end] in _FRACTION_MARKS
                and self._is_fraction(figure)):
            return self._fraction(start, figure)
        if figure.decimal and list_marker(text, i, figure):
            return text.index(".", i) + 1  # read on from the 9 of "40.9类"
        value, high, unit = -figure.value if negative else figure.value, None, figure.unit
        if end < n and text[end] in _RANGE_OR_SPACE:
            ranged = self._range(figure, negative, in_words=percent is not None)
            if ranged is not None:
                value, high, unit, end = ranged
        return self._emit(start, end, value, unit, high, figure)

    def _past_hidden(self, i: int) -> int | None:
        """Where a number in a quotation or markup ends, passed over unread; None to read it after all.

        These are the offsets the full reading would go on from, once it had
        refused the number; only a numeral run followed by ".5" needs that reading.
        """
        text = self.text
        if text[i] in ASCII_DIGITS:
            return dotted_end(text, arabic_end(text, i))
        end = chinese_run_end(text, i)
        return None if text.startswith(".", end) else end

    def _emit(self, start: int, end: int, value: Decimal, unit: str | None, high: Decimal | None,
              figure: Figure) -> int:
        """Keep the quantity if it is one; return where scanning goes on (past its suffix word)."""
        text, found = self.text, self.found
        # Most figures have no qualifier or trend word around them: the looks
        # at one character here spare calls that would find nothing.
        before = skip_back(text, start) if start and text[start - 1] == SPACE else start
        prefix = prefix_before(text, before, figure.bare) if before and text[before - 1] in PREFIX_ENDS else None
        if prefix is not None and found and prefix[1] < found[-1].span[1]:
            prefix = None  # 3以上亿元: the 上 of 以上 already belongs to the figure before
        n = len(text)
        after = skip_spaces(text, end) if end < n and text[end] == SPACE else end
        suffix = suffix_after(text, after) if after < n and text[after] in SUFFIX_STARTS else None
        if figure.bare and prefix is None and not figure.more and suffix is None:
            return end  # 百强, 千人团队, 万家灯火: a bare 百/千/万 is a figure only when qualified
        if unit is None and figure.chinese and not self._whole(start, end):
            # 一是, 三大策略, 四上企业: a Chinese numeral counts only with a unit,
            # unless it is all that parse_quantity was given ("一万").
            return end
        words = prefix[1] if prefix else start
        if words and text[words - 1] in " \t":
            words = skip_back(text, words, " \t")
        trend = trend_before(text, words) if words and text[words - 1] in TREND_ENDS else None
        if unit is None:
            if not (figure.chinese or self.loose or figure.power or prefix or suffix or figure.more or trend):
                return end
            if word_follows(text, end):
                return end
        if high is not None:
            qualifier = Qualifier.RANGE
        elif prefix is not None and not (prefix[0] == "控制在" and suffix is not None):
            # 控制在 only says the figure is a cap; 控制在3%左右 is "about 3%".
            qualifier = PREFIXES.get(prefix[0]) or BARE_PREFIXES[prefix[0]]
        elif figure.more:
            qualifier = Qualifier.MORE_THAN
        else:
            qualifier = SUFFIXES[suffix[0]] if suffix is not None else Qualifier.EXACT
        first = prefix[1] if prefix is not None and high is None else start
        last = suffix[1] if suffix is not None else end
        if trend is None and found and found[-1].trend is not None:
            trend = self._listed_trend(first, unit or "")
        # Every number read is tidy already (see numerals.tidy) but for the sign of a negated zero.
        found.append(unchecked_quantity(value or _ZERO, unit or "", qualifier, self.source[first:last], (first, last),
                                        high, trend))
        return last

    def _whole(self, start: int, end: int) -> bool:
        """Whether parse_quantity's second look was given nothing but this figure."""
        return self.loose and start <= self.first_char and end >= self.last_char

    def _listed_trend(self, first: int, unit: str) -> str | None:
        """The second and later figures of "分别增长 15.5%、7.3%" share the first one's trend."""
        previous = self.found[-1]
        gap = self.text[previous.span[1]:first].strip(SPACE)
        if gap in LIST_JOINS and same_family(previous.unit, unit):
            return previous.trend
        return None

    def _range(self, low: Figure, negative: bool, in_words: bool = False) -> tuple[Decimal, Decimal, str | None,
                                                                                   int] | None:
        """2—3对, 1-2万人, 10%-15%, 两到三个: (low, high, unit, end), or None. A percentage in words
        (``in_words``) may write its high end in words too or bare: 百分之四至百分之五, 百分之八至九."""
        text = self.text
        j = skip_spaces(text, low.end)
        if j >= len(text) or text[j] not in _RANGE_MARKS or text.startswith(("至少", "到位"), j):
            return None
        k = skip_spaces(text, j + 1)
        spelled = next((word for word, unit in _PERCENT_WORDS if unit == low.unit and text.startswith(word, k)), "")
        k = skip_spaces(text, k + len(spelled)) if in_words and spelled else k
        if k >= len(text) or not (text[k] in ASCII_DIGITS or text[k] in CN_DIGITS or text[k] == "十"):
            return None
        high = read_figure(text, k)
        if in_words and high is not None and high.unit is None and not high.power:
            high = Figure(high.value, low.unit, high.number_end, high.number_end, high.chinese)
        if high is None or high.more or (low.unit is not None and low.unit != high.unit):
            return None
        if (high.unit is None and not high.power) or (high.unit is not None and word_follows(text, high.end)):
            return None
        if low.power and low.power != high.power:
            return None
        # In 1-2万人 the 万 is written once and scales both ends.
        low_value = low.value if low.power or not high.power else scale(low.value, high.power)
        low_value = -low_value if negative else low_value
        if not low_value < high.value:
            return None
        return low_value, high.value, high.unit, high.end

    def _is_fraction(self, figure: Figure) -> bool:
        text, end = self.text, figure.number_end
        if text.startswith("分之", end):
            return True
        return (not figure.chinese and text.startswith("/", end)
                and end + 1 < len(text) and text[end + 1] in ASCII_DIGITS)

    def _fraction(self, start: int, first: Figure) -> int:
        """1/4 and 二分之一: kept only when the decimal is exact (so not 三分之一)."""
        text = self.text
        chinese = text.startswith("分之", first.number_end)
        second = read_figure(text, first.number_end + (2 if chinese else 1))
        if second is None:
            return first.number_end + 1
        numerator, denominator = (second.value, first.value) if chinese else (first.value, second.value)
        end = second.number_end
        if _small_whole(numerator) and _small_whole(denominator) and _terminates(denominator):
            value = numerator / denominator
            return self._emit(start, end, value, "", None, Figure(value, "", end, end, False))
        return end


def _small_whole(value: Decimal) -> bool:
    # Real fractions are small (1/4, 二分之一); bounding them keeps the division exact.
    return 0 < value < _FRACTION_LIMIT and value == value.to_integral_value()


def _terminates(denominator: Decimal) -> bool:
    n = int(denominator)
    for p in (2, 5):
        while n % p == 0:
            n //= p
    return n == 1


def scan(source: str, loose: bool = False) -> list[Quantity]:
    """All quantities in ``source``; ``loose`` also returns numbers without a unit."""
    return _Scanner(source, loose).run()
