"""Whose figure a statement gives: the whole, a group of it, or the places or kinds it is counted of.

A figure of the pledge's thing may still be of a part the quote does not pick (农村居民人均可支配收入 for 居民…, 4个镇
生产总值 for 全市生产总值), of several things counted together (中小学和幼儿园), or of all the kinds its words are only
an example of (黑土滩等各类退化草地). These are the identity stage's tests of the group (:mod:`.identity`).

>>> group_left_off("农村居民人均可支配收入增长8%", ["居民人均可支配收入"], "居民人均可支配收入")
'农村'
"""

from __future__ import annotations

import re

from ..quantity.words import LIST_JOINS
from .lexicon import RESPECTIVELY, SHORT_NAMES
from .stretches import deed_only
from .words import BOTH_SIDES, FINISHED, NAMED_GROUPS, PLACES_BELOW, PLACES_COUNTED, STARTED

__all__ = ["counted_together", "example_of_kinds", "group_left_off", "places_as_quoted", "whole_name_lead",
           "without_programmes"]

# Official terms: programmes named with a group's word (新农村, 新型农村合作医疗), no group of their own.
_PROGRAMMES = ("新型农村合作医疗", "新型农村社会养老保险", "新农村")
# Grammar: the word closing examples of the kinds counted (黑土滩等各类退化草地).
_EXAMPLES_CLOSED = "等"


def example_of_kinds(word: str, indicator: str, quote: str = "") -> bool:
    """Whether ``word`` stands in ``indicator`` as an example of the kinds it names after 等 (黑土滩|等各类退化草地治理),
    where the ``quote`` (if given) names it alone.

    >>> example_of_kinds("黑土滩", "黑土滩等各类退化草地治理", "治理黑土滩退化草地8万亩")
    True
    >>> example_of_kinds("口袋公园", "口袋公园等建成开放", "新建口袋公园80个")  # a list closed by 等, the things counted
    False
    """
    if word + _EXAMPLES_CLOSED in quote:
        return False
    at = indicator.find(word + _EXAMPLES_CLOSED)
    kinds = indicator[at + len(word) + 1:] if at != -1 else ""
    return bool(kinds) and not deed_only(kinds) and not kinds.startswith(STARTED + FINISHED + ("完成", "开放", "实现"))


def places_as_quoted(indicator: str, quote: str) -> str:
    """``indicator`` without the count of places it opens with where the quote names those places too: a report
    counts all of them (十个街道实现财政收入 for 街道财政收入增长百分之二十); else ``indicator``.

    >>> places_as_quoted("十个街道实现财政收入", "今年街道财政收入增长百分之二十"), places_as_quoted("4个镇生产总值", "全市生产总值")
    ('街道实现财政收入', '4个镇生产总值')
    """
    counted = PLACES_COUNTED.match(indicator)
    place = re.match(PLACES_BELOW, indicator[counted.end():]) if counted else None
    return indicator[counted.end():] if place and place.group() in quote else indicator


def group_left_off(quote: str, words: list[str], indicator: str) -> str:
    """The group the quote names right before the pledge's words (县城|新建改造|排水管网, 农村|居民人均可支配收入)
    that the statement's indicator does not: its figure is of the whole or of another group. '' where there is none,
    where the words name a group themselves, where the quote lists several, or where the words with the group are an
    official name of the whole (城镇|新增就业 is all new jobs).

    >>> group_left_off("县城新建改造排水管网12公里", ["排水管网"], "新建改造城乡排水管网")
    '县城'
    >>> group_left_off("城镇新增就业8万人", ["新增就业"], "新增就业"), group_left_off("县城排水管网", ["排水管网"], "县城排水管网")
    ('', '')
    """
    if any(group in word for word in words for group in NAMED_GROUPS):
        return ""  # the words name the group themselves
    for word in words:
        at = quote.find(word)
        before = BOTH_SIDES.sub("", re.split("[，,；;。：:]", quote[:at])[-1]) if at > 0 else ""
        before = without_programmes(before)  # (a programme's name, 新农村示范村, no group of the countryside)
        if re.search("[、和与及]", before):
            continue  # groups listed, of which the words or the list's order choose one (城镇、农村居民…分别)
        for group in NAMED_GROUPS:
            if group in before and group not in indicator and group not in word \
                    and not any(name.startswith(group) and (name.endswith(word) or name in before and short in indicator)
                                for name, short in SHORT_NAMES):  # (城镇下岗职工 are the 下岗职工 the review names)
                return group
    return ""


def without_programmes(words: str) -> str:
    """``words`` without the names of programmes that hold a group's word (新型农村合作医疗|参合率: no rural part).

    >>> without_programmes("新型农村合作医疗")
    ''
    """
    for programme in _PROGRAMMES:
        words = words.replace(programme, "")
    return words


def counted_together(quote: str, words: list[str]) -> list[str]:
    """The pledge's words as the quote joins them under one figure (新建、改扩建中小学和幼儿园30所: 中小学, 幼儿园; a
    word may end in a character the quote leaves off, 中小学校), or [] where it joins none or gives each its own
    figure (分别).

    >>> counted_together("新建、改扩建中小学和幼儿园30所", ["中小学校", "幼儿园"])
    ['中小学', '幼儿园']
    >>> counted_together("城镇、农村居民人均可支配收入分别增长5%、6%", ["城镇", "农村"])
    []
    """
    if RESPECTIVELY in quote:
        return []
    spelled = sorted((quote.find(spelling), spelling) for word in words
                     for spelling in (word if word in quote else word[:-1] if len(word) > 2 and word[:-1] in quote
                                      else "",) if spelling)
    joined = [spelled[0][1]] if spelled else []
    for (at, first), (then, second) in zip(spelled, spelled[1:]):
        if quote[at + len(first):then] in LIST_JOINS and second not in joined:
            joined.append(second)
        elif len(joined) < 2:
            joined = [second]
    return joined if len(joined) >= 2 else []


def whole_name_lead(prefix: str, word: str) -> str:
    """The words of an official name of the whole that ``prefix`` ends with before the pledge's ``word``, or '':
    the name ends with the word (城镇 of 城镇调查失业率 for 失业率), or its short form begins the word (城市 of
    城市建成区 for 建成区绿化覆盖率). Its group words (城镇, 城市) name no part.

    >>> whole_name_lead("全年城镇", "新增就业"), whole_name_lead("城市", "建成区绿化覆盖率"), whole_name_lead("农村", "就业")
    ('城镇', '城市', '')
    """
    for name, short in SHORT_NAMES:
        if not name.endswith(short):
            continue
        lead = name[:-len(word)] if short.endswith(word) else name[:-len(short)] if word.startswith(short) else None
        if lead is not None and prefix.endswith(lead):
            return lead
    return ""
