"""The words around a number: qualifiers before and after it, and trend words.

Each table maps a word to what it means; :func:`word_before` and
:func:`word_at` find the longest listed word ending or starting at an offset.

>>> word_before("不少于", 3, PREFIXES)
('不少于', 0)
>>> word_at("以上社区", 0, SUFFIXES)
('以上', 2)
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import Qualifier

Q = Qualifier

# Where the word lists below come from: grammar, how Chinese (and official statistics) writes numbers,
# units and qualifiers; none was measured on a report.
# Written before the number: 超 9.7 万个, 不少于100场, 控制在9‰以内.
PREFIXES: dict[str, Qualifier] = {
    "不少于": Q.AT_LEAST, "不低于": Q.AT_LEAST, "不小于": Q.AT_LEAST, "至少": Q.AT_LEAST, "最少": Q.AT_LEAST,
    "超过": Q.MORE_THAN, "超出": Q.MORE_THAN, "超": Q.MORE_THAN, "逾": Q.MORE_THAN, "突破": Q.MORE_THAN,
    "多于": Q.MORE_THAN, "大于": Q.MORE_THAN, "高于": Q.MORE_THAN,
    "约": Q.ABOUT, "大约": Q.ABOUT, "约为": Q.ABOUT, "大概": Q.ABOUT,
    "近": Q.NEARLY, "接近": Q.NEARLY, "将近": Q.NEARLY, "几近": Q.NEARLY,
    "不超过": Q.AT_MOST, "不超": Q.AT_MOST, "不高于": Q.AT_MOST, "不多于": Q.AT_MOST, "不大于": Q.AT_MOST,
    "最多": Q.AT_MOST, "至多": Q.AT_MOST, "控制在": Q.AT_MOST,
    "少于": Q.LESS_THAN, "低于": Q.LESS_THAN, "小于": Q.LESS_THAN, "不足": Q.LESS_THAN, "不到": Q.LESS_THAN,
}
# Only before a bare 百/千/万/亿: 上万人, 过亿元, 破千.
BARE_PREFIXES: dict[str, Qualifier] = {"上": Q.AT_LEAST, "过": Q.MORE_THAN, "破": Q.MORE_THAN}

# A one-character prefix is no qualifier inside these words: 签约 20 个 (signed 20),
# 最近 3 个月 (the last 3 months), 赶超 (catch up with).
PREFIX_NOT_AFTER = {
    "约": frozenset("签节合预制公条违履邀特相集契盟守简婚赴失续解誓和毁践协租聘隐缔立"),
    "近": frozenset("最附临就邻亲靠相贴新挨远走"),
    "超": frozenset("赶高入出"),
}

# Written after the number and unit: 100场以上, 4.5%左右, 7‰以内.
SUFFIXES: dict[str, Qualifier] = {
    "以上": Q.AT_LEAST, "及以上": Q.AT_LEAST, "或以上": Q.AT_LEAST,
    "以下": Q.AT_MOST, "及以下": Q.AT_MOST, "以内": Q.AT_MOST, "之内": Q.AT_MOST,
    "左右": Q.ABOUT, "上下": Q.ABOUT, "有余": Q.MORE_THAN,
}
# 上下 is "about" only at the end of a figure, not in 上下游 (up- and downstream).
SUFFIX_NOT_BEFORE = {"上下": frozenset("游班楼级文联贯同水齐一两其")}

# Between the number and the unit: 3000 余场, 400多场, 2 万余人.
INNER_MORE = frozenset("余多")

# A figure right after these is a change, not a level.
TRENDS: dict[str, str] = {
    **dict.fromkeys(
        "增长 增加 提高 上升 提升 增 多 增多 增幅 增速 增长率 上涨 涨幅 上调 扩大 扩增 扩容 回升 净增 递增 增产 增收".split(), "up"),
    **dict.fromkeys(
        "下降 减少 降低 下降率 减 降 压减 缩减 削减 下调 下滑 回落 下跌 降幅 减幅 递减 减产 减收".split(), "down"),
}
# 新增 5 个 counts new things rather than growing a level; 最多/很多 are no trend.
TREND_NOT_AFTER = {
    "增": frozenset("新倍"),
    "多": frozenset("很许诸众居繁颇偏更最大过好较之太增"),
    "减": frozenset("加"),
    "降": frozenset("空投霜"),
}
# Between the trend word and the figure: 增长了 5%, 增幅达 150.7%.
TREND_LINKS = ("达到", "达", "为", "了")

# Words that join a list of figures sharing one trend: 分别增长 15.5%、7.3%.
LIST_JOINS = ("、", "和", "及", "与", "以及")

_LONGEST = 3
# The last characters of the words looked for before a figure, and the first
# of those after it: most figures have none of them there, and one look settles it.
PREFIX_ENDS = frozenset(word[-1] for word in [*PREFIXES, *BARE_PREFIXES])
TREND_ENDS = frozenset(word[-1] for word in [*TRENDS, *TREND_LINKS, ")", "）"])
SUFFIX_STARTS = frozenset(word[0] for word in SUFFIXES)
_LINK_ENDS = frozenset(link[-1] for link in TREND_LINKS)
_ASIDE_REACH = 8


def word_before(text: str, end: int, table: Mapping[str, object],
                not_after: Mapping[str, frozenset[str]] | None = None) -> tuple[str, int] | None:
    """The longest word of ``table`` that ends at ``end``: (word, start offset)."""
    for size in range(min(_LONGEST, end), 0, -1):
        start = end - size
        word = text[start:end]
        if word in table:
            blocked = (not_after or {}).get(word)
            if blocked and start > 0 and text[start - 1] in blocked:
                return None
            return word, start
    return None


def word_at(text: str, start: int, table: Mapping[str, object],
            not_before: Mapping[str, frozenset[str]] | None = None) -> tuple[str, int] | None:
    """The longest word of ``table`` that starts at ``start``: (word, end offset)."""
    for size in range(_LONGEST, 0, -1):
        word = text[start:start + size]
        if len(word) == size and word in table:
            blocked = (not_before or {}).get(word)
            end = start + size
            if blocked and end < len(text) and text[end] in blocked:
                return None
            return word, end
    return None


def prefix_before(text: str, j: int, bare: bool) -> tuple[str, int] | None:
    """The qualifier word ending at ``j`` (spaces already skipped): (word, start)."""
    if j == 0 or text[j - 1] not in PREFIX_ENDS:
        return None
    found = word_before(text, j, PREFIXES, PREFIX_NOT_AFTER)
    if found is None and bare:
        found = word_before(text, j, BARE_PREFIXES)
    return found


def suffix_after(text: str, j: int) -> tuple[str, int] | None:
    """The qualifier word starting at ``j`` (spaces already skipped): (word, end).

    >>> suffix_after("100场以上", 4), suffix_after("上下游", 0)
    (('以上', 6), None)
    """
    if j >= len(text) or text[j] not in SUFFIX_STARTS:
        return None
    return word_at(text, j, SUFFIXES, SUFFIX_NOT_BEFORE)


def trend_before(text: str, j: int) -> str | None:
    """The trend of a figure whose words start at ``j`` (spaces already skipped), or None.

    >>> trend_before("同比增长（下同）", 8), trend_before("增幅达", 3), trend_before("提高至", 3)
    ('up', 'up', None)
    """
    if j == 0 or text[j - 1] not in TREND_ENDS:
        return None
    if text[j - 1] in ")）":
        # 同比增长（下同）4.5%: a short aside between the trend word and the figure
        opening = text.rfind("（" if text[j - 1] == "）" else "(", max(0, j - _ASIDE_REACH), j)
        if opening != -1:
            j = opening
            while j > 0 and text[j - 1] in " \t":
                j -= 1
    for link in TREND_LINKS if j and text[j - 1] in _LINK_ENDS else ():
        if j >= len(link) and text.startswith(link, j - len(link)):
            found = word_before(text, j - len(link), TRENDS, TREND_NOT_AFTER)
            if found is not None:
                return TRENDS[found[0]]
    found = word_before(text, j, TRENDS, TREND_NOT_AFTER)
    return TRENDS[found[0]] if found is not None else None
