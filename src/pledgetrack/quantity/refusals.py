"""What a number must not be read as: a rank, a date, a name, a code, a slogan or markup.

Every check looks at a few characters around the number, no more.

>>> from .figure import fold, read_figure
>>> text = fold("居全市第 3 名")
>>> refused(text, bytearray(len(text)), 5, 5, read_figure(text, 5))
True
"""

from __future__ import annotations

import string

from .figure import SPACE, Figure, skip_spaces
from .numerals import ASCII_DIGITS
from .units import is_count

# Where the word lists below come from: grammar, how Chinese (and official statistics) writes numbers,
# units and qualifiers; none was measured on a report.
# A number followed by one of these is a date, a name or a rank, not an amount: 2023年, 12号线,
# 第十七届, 500强, 90后, 6.0版.
NOT_AMOUNT_AFTER = frozenset("年月日号届期后代时点级楼层线版强路季周")
# A Chinese numeral right after these is part of a word: 统一, 唯一, 同一, 周一, 每一.
_CN_NOT_AFTER = frozenset("统唯同单逐划初每之其合专归整均周")
# 伍 after these is the word "ranks", not five: 队伍, 入伍, 退伍, 落伍.
_RANKS_BEFORE = frozenset("队入退落")
# Before a Chinese numeral these make it vague: 数十个, 几百家.
_VAGUE_BEFORE = frozenset("几数")
# Right before Arabic digits these make them part of a name: PM_{2.5}, 1+9+N, 双11, G20.
_NAME_BEFORE = frozenset("_{^+双") | frozenset(string.ascii_letters)
# Right after them these make them a name or a version: 5G, 3+3, 1.2.3.
_NAME_AFTER = frozenset("+.") | frozenset(string.ascii_letters)
_BEFORE_NEGATIVE = frozenset("为是达至到")
# The voltage classes of power lines and stations (10千伏, 220千伏, 50万伏), written after the number.
VOLTAGE = ("千伏", "万伏", "伏")
_MINUTE_CIRCLE_REACH = 10
# After 一个 these make it the article "a", not a count: 有一个好收成, 迈上一个新台阶, 开创一个新局面.
# After 一件, 一项 or 一个, these make a matter of weight, not a count (当作一件大事来抓, 一项重要工作).
_MATTER_AFTER = ("大事", "重要", "重大")
_ARTICLE_BEFORE = ("好", "良好", "较好", "更好", "新台阶", "新局面", "新水平", "新阶段", "新起点", "新高度", "大的")  # "15分钟品质文化生活圈": a service radius named, not a duration


def latin(ch: str) -> bool:
    """Whether ``ch`` is an ASCII letter."""
    return ch.isascii() and ch.isalpha()


def cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph."""
    return "\u4e00" <= ch <= "\u9fff"


def skip_back(text: str, i: int, spaces: str = SPACE, reach: int = 4) -> int:
    """The offset after the last non-space before ``i``, looking back at most ``reach`` characters."""
    if i == 0 or text[i - 1] not in spaces:
        return i
    stop = max(0, i - reach)
    while i > stop and text[i - 1] in spaces:
        i -= 1
    return i


def refused(text: str, hidden: bytearray, start: int, i: int, figure: Figure, whole: bool = False) -> bool:
    """Whether the figure whose sign starts at ``start`` and digits at ``i`` is no amount.

    ``whole`` says the figure is all the text there is, as in ``parse_quantity("零")``.
    """
    if hidden[start]:
        return True
    before = skip_back(text, start) if start and text[start - 1] == SPACE else start
    word = text[before - 1] if before else ""
    if word == "第" or (word == "前" and figure.unit in ("名", "位")):
        return True  # 第3季度, 第二批, 前 3 名: ranks, not amounts
    if text.startswith(VOLTAGE, figure.number_end) or text.startswith("伏", figure.end):
        return True  # 110千伏变电站, 10千伏线路: a voltage class names a kind of station or line, no amount
    if figure.chinese:
        return _chinese_refused(text, start, figure, whole)
    after = figure.number_end
    if start > 0 and text[start - 1] in _NAME_BEFORE:
        return True  # G20, U16, PM2.5, 1+9+N, 双11
    if after < len(text) and text[after] in _NAME_AFTER:
        if text[after] == "+" or (latin(text[after]) and figure.end == after):
            return True  # 5G, 4K, 3+3
        if after + 1 < len(text) and text[after] == "." and text[after + 1] in ASCII_DIGITS:
            return True  # 1.2.3 is a version or a section number
    if text[i] == "0" and i + 1 < figure.number_end and text[i + 1] in ASCII_DIGITS:
        return True  # "020": a code
    return figure.unit == "分钟" and _names_a_circle(text, figure.end)


def _chinese_refused(text: str, start: int, figure: Figure, whole: bool) -> bool:
    if start > 0 and (text[start - 1] in _VAGUE_BEFORE or text[start - 1] in _CN_NOT_AFTER):
        return True
    if start > 0 and text[start] == "伍" and text[start - 1] in _RANKS_BEFORE:
        return True  # 干部队伍人员: the ranks' staff, not 5 people
    if figure.number_end < len(text) and text[figure.number_end] == "几":
        return True  # 十几个: a vague count
    if figure.value == 0 and text[start] in "零〇" and "点" not in text[start:figure.number_end] and not whole:
        return True  # 零件, 零部件: 零 alone is a word, not a figure, unless it is all there is
    if figure.value == 1 and text[start] == "一":
        if figure.unit == "个" and text.startswith(_ARTICLE_BEFORE, figure.end):
            return True  # 一个好收成: "a good harvest"
        if figure.unit in ("个", "件", "项") and text.startswith(_MATTER_AFTER, figure.end):
            return True  # 当作一件大事来抓, 作为一项重要任务: "a matter", no count
        return figure.unit == "批" or _slogan(text, start, figure.end)  # 一批 is "a number of"
    return False


def _slogan(text: str, start: int, end: int) -> bool:
    """一户一档, 一链一策, 一项目一方案: a pattern, not a count."""
    for k, ch in enumerate(text[end:end + 4]):
        if ch == "一":
            return True
        if not cjk(ch) or k >= 3:
            break
    for k in range(1, 5):
        j = start - k
        if j < 0 or not cjk(text[j]):
            return False
        if text[j] == "一" and k >= 2:
            return True
    return False


def _names_a_circle(text: str, end: int) -> bool:
    for ch in text[end:end + _MINUTE_CIRCLE_REACH]:
        if ch == "圈":
            return True
        if not cjk(ch) and ch not in "“”":
            return False
    return False


def word_follows(text: str, end: int) -> bool:
    """Whether a date, rank or name word follows: 2023 年, 12号, 500强."""
    j = skip_spaces(text, end)
    return j < len(text) and text[j] in NOT_AMOUNT_AFTER


def is_sign(text: str, i: int) -> bool:
    """Whether the +, - or 负 at ``i`` signs a number (-1.3%, 负一) rather than joining two (1-2, 1+9).

    负 is a sign only after no word or after a verb of being: 增速为负2%, but
    减负3.5亿元 is a burden of 350 million lightened.
    """
    previous = text[i - 1] if i > 0 else "\n"
    if text[i] == "负":
        return (previous in _BEFORE_NEGATIVE or not cjk(previous)) and not (previous in ASCII_DIGITS or latin(previous))
    if text[i] == "+":
        return previous in " \t\n(（"
    return not (previous in ASCII_DIGITS or latin(previous) or previous in "%‰)）-")


def list_marker(text: str, i: int, figure: Figure) -> bool:
    """"40.9类重点行业" opening a line is entry 40 of a glossary, about 9 classes."""
    if not (figure.decimal and not figure.power and figure.unit is not None and is_count(figure.unit)
            and figure.end < len(text) and text[figure.end] != "\n"):
        return False
    j = i - 1
    while j >= 0 and text[j] in " #*-":
        j -= 1
    return j < 0 or text[j] == "\n"


def dotted_end(text: str, i: int) -> int:
    """Past the rest of a dotted number such as 1.2.3, so none of its parts is read alone."""
    while i + 1 < len(text) and text[i] == "." and text[i + 1] in ASCII_DIGITS:
        i += 1
        while i < len(text) and text[i] in ASCII_DIGITS:
            i += 1
    return i
