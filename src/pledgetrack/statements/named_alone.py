"""Names a clause says alone that the statement before completes: a name that opens with the end of the one
before, a vital rate after another, a side of the trade after the trade, a kind of the things before counted apart.

>>> from .read import read_sentence
>>> [s.indicator for s in read_sentence("外贸进出口总额6.8亿美元，其中出口4.15亿美元")]
['外贸进出口总额', '外贸出口']
"""

from __future__ import annotations

from .model import Statement
from .lexicon import GENERIC_HEADS
from .stretches import deed_only, strip_words
from .lexicon import LEAD_INS, PICKS, VERBS
from .words import ADDED_WORDS, SEVERAL_YEARS, leading_scope

__all__ = ["named_alone", "unscoped"]


def named_alone(indicator: str, before: list[Statement]) -> str:
    """``indicator``, a name a clause says alone, completed from the statement ``before`` it where that names the
    rest; else ``indicator``.

    >>> named_alone("自然增长率", []), named_alone("", [])
    ('自然增长率', '')
    """
    for complete in (_named_on_from_thing_before, _side_of_trade_before, _vital_rate_before, _kind_of_thing_before):
        indicator = complete(indicator, before)
    return indicator


def unscoped(indicator: str) -> str:
    """``indicator`` without the area, time and doing words that open it (全市|新增公园绿地).

    >>> unscoped("全市新增公园绿地")
    '新增公园绿地'
    """
    return indicator[len(leading_scope(indicator)):]


# Grammar: words that open a name without naming anything (新增, 累计, 改造, 各类).
_NO_NAME = ADDED_WORDS + tuple(VERBS) + tuple(LEAD_INS) + PICKS
# Grammar: the shortest end of a name that a clause may name on from (优良天数|比例 after 县城空气质量优良天数).
_SHARED_END = 3


def _named_on_from_thing_before(indicator: str, before: list[Statement]) -> str:
    """A clause whose name opens with the end of the name before ("县城空气质量优良天数达到318天，优良天数比例为87.1%",
    "新增税收超亿元楼宇3幢，全区亿元楼宇总数达到13幢") names on from it: the words before that end are its own too
    (县城空气质量优良天数比例, 税收超亿元楼宇总数), what was added left off, and the years, deeds and picks it opens
    with (五年累计减少|农村贫困人口…，2017年21.6万农村贫困人口稳定脱贫).

    >>> from .read import read_sentence
    >>> [s.indicator for s in read_sentence("五年累计减少农村贫困人口118万人，2017年21.6万农村贫困人口稳定脱贫")][1]
    '农村贫困人口稳定脱贫'
    """
    if not before or not indicator:
        return indicator
    thing = unscoped(before[-1].indicator)
    for size in range(len(thing) - 1, _SHARED_END - 1, -1):
        if indicator.startswith(thing[-size:]) and len(indicator) > size:
            lead = thing[:-size]
            several = SEVERAL_YEARS.match(lead)  # (五年累计改造各类|棚户区…，2017年棚户区改造新开工…: no words of it)
            lead = strip_words(lead[several.end() if several else 0:], _NO_NAME, from_end=False, keep=0)
            return lead + indicator if lead and not deed_only(lead) else indicator
    return indicator


# Official statistics of population: its three vital rates, given one after another (人口出生率…，自然增长率…).
_VITAL_RATES = ("出生率", "死亡率", "自然增长率")


def _vital_rate_before(indicator: str, before: list[Statement]) -> str:
    """A vital rate named alone after another of some people's ("全县人口出生率为千分之十五点六，自然增长率为千分之八点二")
    is theirs too: 人口自然增长率, not any rate of growth."""
    if indicator not in _VITAL_RATES or not before:
        return indicator
    thing = unscoped(before[-1].indicator)
    own = next((rate for rate in _VITAL_RATES if thing.endswith(rate)), "")
    return thing[:-len(own)] + indicator if own and len(thing) > len(own) else indicator


# Official statistics: foreign trade (进出口) and its two sides, given after it (外贸进出口总额…，其中出口…).
_TRADE, _TRADE_SIDES = "进出口", ("出口", "进口")


def _side_of_trade_before(indicator: str, before: list[Statement]) -> str:
    """A side of the trade named alone after the trade ("外贸进出口总额6.8亿美元，其中出口4.15亿美元") is that side of
    the same trade: 外贸出口, not any export."""
    if indicator not in _TRADE_SIDES or not before or _TRADE not in before[-1].indicator:
        return indicator
    thing = unscoped(before[-1].indicator)
    return thing[:thing.find(_TRADE)] + indicator


def _kind_of_thing_before(indicator: str, before: list[Statement]) -> str:
    """A kind of the things before counted apart ("全年实施500万元以上项目248个，其中亿元以上项目35个") is counted at
    their deed: 实施亿元以上项目, not projects brought in."""
    if not indicator or not before or deed_only(indicator):
        return indicator
    thing = unscoped(before[-1].indicator)
    deed = next((deed for deed in _DEEDS_OF_WORKS if thing.startswith(deed)), "")
    head = next((head for head in GENERIC_HEADS if indicator.endswith(head) and thing.endswith(head)), "")
    if not deed or not head or indicator.startswith(_VERBS) or len(indicator) <= len(head):
        return indicator  # (its own deed, 竣工项目40个, is its own)
    return deed + indicator


# Official statistics: the deeds projects and works are counted at (实施, 引进, 新开工 …), longest first.
_DEEDS_OF_WORKS = ("新开工建设", "开工建设", "新开工", "新引进", "开工", "竣工", "建成", "实施", "引进", "招引", "签约", "在建",
                   "续建")
_VERBS = tuple(VERBS) + _DEEDS_OF_WORKS
