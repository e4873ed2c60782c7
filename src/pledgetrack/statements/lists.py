"""分别 lists: which item of a list each figure after 分别 is said of.

"城镇、农村居民人均可支配收入分别增长4.3%、5.7%": the n-th figure is the n-th item's, short items naming
groups of the last item's whole; 城乡 names 城镇 and then 农村; a 分别 with no list of its own counts the
figures before it; one figure after 分别 is said of every item; as many figures again, in a clause after the list that
names only how they change (…，增长7.9%、9.1%), are the same items'.

>>> from .read import read_sentence
>>> [(s.item, s.indicator) for s in read_sentence("城乡居民人均可支配收入分别增长6.5%、9.4%")]
[(0, '城镇居民人均可支配收入'), (1, '农村居民人均可支配收入')]
"""

from __future__ import annotations

import re

from ..quantity import Quantity
from ..quantity.units import is_count
from .model import Statement
from .lexicon import ITEM_JOINS
from .words import MEASURE_NAMES, OTHER_HEADS, leading_scope, trailing_predicate, trimmed_name

_LIST_BREAKS = re.compile(r"[、和与及]")
# Grammar: a range named by its bottom (乡及乡以上, 县及县以上, 规模及规模以上): one thing, its join no list's.
_RANGE = re.compile(r"(?P<bottom>[\u4e00-\u9fff]{1,3})(?P<join>及|和)(?P=bottom)以[上下]")
_KEPT = {"及": "\x00", "和": "\x01"}
_PAIR = "城乡"
_PAIR_HALVES = ("城镇", "农村")
# Official statistics: the groups of people an income or a count per head is reported for (城镇居民, 农民).
_PEOPLE = ("居民", "农民", "牧民", "职工")
# Official statistics: the words a group of the people or places an indicator is of opens with (城镇, 农村居民).
_GROUP_HEADS = _PEOPLE + _PAIR_HALVES + ("城市", "乡村", "农村", "城镇", "城乡", "全省", "全市", "全县", "全区")
# Official statistics: the measures a list's items may share, named once after the last (排放总量 of 化学需氧量、二氧化硫).
SHARED_MEASURES = ("排放总量", "排放量", "产能")
_MEASURES = tuple(sorted(MEASURE_NAMES + SHARED_MEASURES, key=len, reverse=True))


def respective(text: str, start: int, end: int, figures: list[Quantity],
                before: list[Statement]) -> dict[int, list[tuple[int, str, str]]]:
    """For a 分别 list, each listed figure's item, indicator and the words before the first figure (by the
    figure's id; {} where the clause holds no 分别 list)."""
    at = text.find("分别", start, end)
    if at == -1:
        return _listed_again(text, start, figures, before)
    listed = [q for q in figures if q.span[0] > at]
    if len(listed) == 1:
        return _shared(listed[0], text[at + 2:listed[0].span[0]], before)
    if len(listed) < 2:
        return {}
    context = text[at + 2:listed[0].span[0]]
    subject = text[start:at]
    subject = subject[len(leading_scope(subject)):]
    subject = subject[:len(subject) - len(trailing_predicate(subject))]
    items = listed_items(subject)
    if len(items) < 2:
        earlier = list(dict.fromkeys(s.indicator for s in before if s.indicator))
        items = earlier[-len(listed):] if len(earlier) >= len(listed) else []
    if len(items) != len(listed):
        return {}
    return {id(q): [(k, item, context)] for k, (q, item) in enumerate(zip(listed, items, strict=True))}


def _listed_again(text: str, start: int, figures: list[Quantity],
                  before: list[Statement]) -> dict[int, list[tuple[int, str, str]]]:
    """"…分别达到39280元、17110元，增长7.9%、9.1%": as many figures again, joined as a list in a clause that names
    only how they change, are the same items', in order."""
    last = before[-len(figures):] if len(figures) >= 2 and len(before) >= len(figures) else []
    if not last or [s.item for s in last] != list(range(len(figures))):
        return {}
    if not all(ITEM_JOINS.fullmatch(text[one.span[1]:other.span[0]]) for one, other in zip(figures, figures[1:])):
        return {}
    context = text[start:figures[0].span[0]]
    lead = context.strip(" ，,")
    if lead[len(leading_scope(lead)):] != trailing_predicate(lead):
        return {}  # (a clause naming a subject of its own: 其中城镇…)
    return {id(q): [(k, s.indicator, context)] for k, (q, s) in enumerate(zip(figures, last, strict=True))}



def _shared(figure: Quantity, context: str, before: list[Statement]) -> dict[int, list[tuple[int, str, str]]]:
    """"…分别达35512元、25689元，分别同比增长7.8%": one figure said of every item of the list before."""
    if not before or not before[-1].item:
        return {}
    last = before[-before[-1].item - 1:]
    if [s.item for s in last] != list(range(len(last))):
        return {}
    return {id(figure): [(k, s.indicator, context) for k, s in enumerate(last)]}


def listed_the_same(one: str, other: str) -> bool:
    """Whether two names list the same things joined otherwise: 中小学和幼儿园 is 中小学、幼儿园.

    >>> listed_the_same("中小学和幼儿园", "中小学、幼儿园"), listed_the_same("中小学", "幼儿园")
    (True, False)
    """
    return one != other and _LIST_BREAKS.search(one) is not None \
        and _LIST_BREAKS.sub("、", one) == _LIST_BREAKS.sub("、", other)


def relisted(word: str, text: str) -> str:
    """The spelling of the list ``word`` with its items joined otherwise that ``text`` holds, else ''.

    >>> relisted("中小学和幼儿园", "新建改扩建中小学、幼儿园34所")
    '中小学、幼儿园'
    """
    if not _LIST_BREAKS.search(word):
        return ""
    joined = re.compile(re.escape(_LIST_BREAKS.sub("、", word)).replace("、", "[、和与及]"))
    return next((found.group() for found in joined.finditer(text) if found.group() != word), "")


def listed_items(subject: str) -> list[str]:
    """The indicators a list names, each whole: short items name groups of the last item's whole, and 城乡 names
    城镇 and then 农村.

    >>> listed_items("城镇、农村居民人均可支配收入"), listed_items("城乡居民人均可支配收入")[1]
    (['城镇居民人均可支配收入', '农村居民人均可支配收入'], '农村居民人均可支配收入')
    >>> listed_items("城镇居民和农民人均可支配收入")  # a group of people stands for the last item's people
    ['城镇居民人均可支配收入', '农民人均可支配收入']
    >>> listed_items("化学需氧量、二氧化硫排放量")  # a measure named once is every item's
    ['化学需氧量排放量', '二氧化硫排放量']
    >>> listed_items("化学需氧量、氨氮、氮氧化物排放量")[1]  # a short thing too
    '氨氮排放量'
    >>> listed_items("乡及乡以上工业总产值")  # a range, one thing
    ['乡及乡以上工业总产值']

    """
    subject = trimmed_name(subject)
    if _PAIR in subject and not _LIST_BREAKS.search(subject):
        return [subject.replace(_PAIR, half, 1) for half in _PAIR_HALVES]
    # (a range named by its bottom, 乡及乡以上工业总产值, is one thing: its join lists nothing)
    kept = _RANGE.sub(lambda found: found.group().replace(found.group("join"), _KEPT[found.group("join")]), subject)
    items = [item.replace(_KEPT["及"], "及").replace(_KEPT["和"], "和").strip(" “”\"")
             for item in _LIST_BREAKS.split(kept)]
    items = [item for item in items if item]
    if len(items) < 2:
        return items
    last = items[-1]
    # "化学需氧量、二氧化硫排放总量": a longer item that names no measure of its own is of the last item's measure
    measure = next((m for m in _MEASURES if last.endswith(m) and len(last) > len(m)), "")
    # (a short item is a group of the last item's whole, 城镇 of 农村居民…, unless it is a thing of the measure named
    # once: 氨氮 of 氮氧化物排放量)
    return [item + last[_group_end(item, last):] if len(item) <= 4 and len(item) < len(last)
            and (not measure or item.startswith(_GROUP_HEADS))
            else item + measure if measure and not item.endswith(_MEASURES + OTHER_HEADS) else item
            for item in items[:-1]] + [last]


def _group_end(item: str, last: str) -> int:
    """Where the group the last item's whole is of ends in it, for a short item standing for another group: after
    its people where the item names people (城镇居民 for 农民|人均可支配收入), else as long as the item (城镇 for
    农村|居民人均可支配收入)."""
    if item.endswith(_PEOPLE):
        ends = [at + len(people) for people in _PEOPLE if 0 <= (at := last.find(people)) <= 2]
        if ends:
            return min(ends)
    return len(item)


def named_one_by_one(before: str, statement: Statement) -> bool:
    """Whether the things listed right ``before`` a name are as many as the ``statement``'s figure counts ("新建的柳湾、
    桑坡3.5万伏变电站2座"): the figure counts them by their names, no sum of other things listed with the name's.

    >>> from .read import read_sentence
    >>> named_one_by_one("新建的柳湾、桑坡", read_sentence("柳湾、桑坡变电站2座")[0])
    True
    >>> named_one_by_one("交通、能源、", read_sentence("交通、能源、水利完成投资5400亿元")[0])
    False
    """
    run = _NAMES_RUN.search(before)
    items = len(_LIST_BREAKS.split(run.group())) if run else 0
    return is_count(statement.quantity.unit) and statement.quantity.value == items


_NAMES_RUN = re.compile("[\u4e00-\u9fff、和与及]+$")
