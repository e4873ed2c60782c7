"""Whether a statement is of the pledged indicator, measure and period: identity, not nearness.

A statement is the pledge's when one of the pledge's words stands in the statement's
indicator, nothing next to it there makes another indicator of it (单位…能耗, …的比重: a
head the quote lacks) or a part of it (农村, 入境, 规上: a group the quote lacks), its
measure is the pledged one, and it speaks of the year itself.

>>> from pledgetrack.statements import read_sentence
>>> identity(read_sentence("单位地区生产总值能耗下降2.6%")[0], ["地区生产总值"], "地区生产总值增长5%左右").why
'it measures another indicator (单位地区生产总值能耗)'
>>> identity(read_sentence("地区生产总值增长5.3%")[0], ["地区生产总值"], "地区生产总值增长5%左右").same
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .model import Measure, Period, Statement
from .lexicon import SHORT_NAMES, SIDE_NAMES
from .measures import answers_measure
from .names import narrower_name
from .words import (AMOUNT_CHARACTERS, BOTH_SIDES, BUILT_NEW, FINISHED, GROUPS, MEASURED_IN, NAMED_GROUPS, OTHER_HEADS,
                    PROJECT_COST, RENOVATED, STARTED, leading_scope)

# Official terms: lists of deeds a government undertakes for its year (十件民生实事).
OWN_LISTS = ("实事",)
_CJK_END = re.compile("[\u4e00-\u9fff]$")
_LISTED_BEFORE = re.compile("([\u4e00-\u9fff]{1,8})[、和及与]$")
_LISTED_AFTER = re.compile("^[、和及与]([\u4e00-\u9fff]{2,8})")
_LAST_OF_LIST = re.compile("、([\u4e00-\u9fff]{2,8})$")
_EACH = ("都", "均", "各")
# (the groups of official statistics, with the side names that stand for them: 农村牧区 for 农村)
GROUP_WORDS = frozenset(GROUPS + NAMED_GROUPS + tuple(name for name, _ in SIDE_NAMES))
# Official statistics: the balance of a stock (存款余额, 货币供应量余额): its growth is the stock's growth.
_STOCK_HEADS = ("余额",)


@attrs.frozen
class Identity:
    """Whether a statement is the pledged one, and if not, what differs (``differs``) and why (``why``)."""

    differs: str = ""  # "period", "measure", "indicator", "head", "group" (a part) or "whole"; '' for the pledged one
    why: str = ""
    carried: int = 0  # how many of the pledge's words its indicator carries

    @property
    def same(self) -> bool:
        """Whether the statement is of the pledged indicator, measure, group and year."""
        return not self.differs


def identity(statement: Statement, words: Iterable[str], quote: str, wanted: Measure | None = None,
             real: bool = False, named_by: tuple[frozenset[str], ...] = ()) -> Identity:
    """Whether ``statement`` is of the indicator that ``words`` name in ``quote``, measured as ``wanted``.

    ``words`` are the pledge's words as they stand in the statement's sentence (synonyms resolved); ``real``
    whether the pledge promises a change with prices taken out (实际增长); ``named_by`` the spellings of each word
    the pledge's thing is named by together (淘汰落后水泥, 产能): a narrower name holding none of one is of another thing.

    >>> from pledgetrack.statements import read_sentence
    >>> identity(read_sentence("服务业增加值增长10.7%，占地区生产总值的比重达到45.7%")[1],
    ...          ["地区生产总值"], "地区生产总值增长5%左右").same
    False
    >>> identity(read_sentence("农村居民人均可支配收入增长6%")[0], ["居民人均可支配收入"], "居民人均可支配收入增长5%").why
    'it is of a part only (农村居民人均可支配收入)'
    >>> identity(read_sentence("交通、能源、水利完成投资5400亿元")[0], ["水利"], "交通、水利分别完成投资2500亿元、800亿元").same
    False
    """
    if statement.period is not Period.YEAR:
        return Identity("period", _PERIOD_WORDS[statement.period])
    if statement.aim:
        return Identity("period", "it states a target, not an outcome")
    answered = answers_measure(statement, wanted) if wanted is not None else ""
    if answered:
        return Identity("measure", answered)
    if real and statement.measure is Measure.GROWTH and not statement.real:
        return Identity("measure", "it is a change in current prices, not the real change (实际) pledged")
    indicator = statement.indicator
    if not indicator:
        return Identity()
    words = [w for w in dict.fromkeys(_as_read(word, indicator) for word in words) if w]
    inside = [w for w in words if w in indicator]
    # (a group the words name, 农村 of 农村|无害化处理率, says whose figure, not what it measures: the thing's own word
    # must stand in the indicator too)
    if not inside or all(w in GROUP_WORDS for w in inside) and any(w not in GROUP_WORDS for w in words):
        return Identity("indicator", f"it measures {indicator}")
    left_off = _group_left_off(quote, inside, indicator)
    if left_off:
        return Identity("whole", f"it is of the whole or another part, not of {left_off} ({indicator})")
    differs = ""
    for word in inside:
        at = indicator.find(word)
        while at != -1:
            found = _beside(indicator[:at], indicator[at + len(word):], quote, word, words, statement)
            if not found:
                return Identity(carried=len(inside))
            differs = differs or found
            at = indicator.find(word, at + 1)
    if differs == "group" and any(not any(spelling in indicator for spelling in spellings) for spellings in named_by):
        # (压减钢铁|产能 for 淘汰落后水泥 + 产能: a narrower name that leaves a word of the pledge out is of another thing,
        # no part of the pledged one)
        differs = "head"
    kind = "another indicator" if differs == "head" else "a part only"
    return Identity(differs, f"it {'measures' if differs == 'head' else 'is of'} {kind} ({indicator})")


def _group_left_off(quote: str, words: list[str], indicator: str) -> str:
    """The group the quote names right before the pledge's words (县城|新建改造|排水管网, 农村|居民人均可支配收入)
    that the statement's indicator does not: its figure is of the whole or of another group. '' where there is none,
    where the words name a group themselves, where the quote lists several, or where the words with the group are an
    official name of the whole (城镇|新增就业 is all new jobs).

    >>> _group_left_off("县城新建改造排水管网12公里", ["排水管网"], "新建改造城乡排水管网")
    '县城'
    >>> _group_left_off("城镇新增就业8万人", ["新增就业"], "新增就业"), _group_left_off("县城排水管网", ["排水管网"], "县城排水管网")
    ('', '')
    """
    if any(group in word for word in words for group in NAMED_GROUPS):
        return ""  # the words name the group themselves
    for word in words:
        at = quote.find(word)
        before = BOTH_SIDES.sub("", re.split("[，,；;。：:]", quote[:at])[-1]) if at > 0 else ""
        if re.search("[、和与及]", before):
            continue  # groups listed, of which the words or the list's order choose one (城镇、农村居民…分别)
        for group in NAMED_GROUPS:
            if group in before and group not in indicator and group not in word \
                    and not any(name.startswith(group) and name.endswith(word) for name, _ in SHORT_NAMES):
                return group
    return ""


def _as_read(word: str, indicator: str) -> str:
    """``word`` as the statement's indicator was read: without the scope words that open it, where the reader left
    them off the indicator it begins (全省|生产总值, 实际|使用外资).

    >>> _as_read("全省生产总值", "生产总值"), _as_read("完成投资", "重点项目完成投资"), _as_read("完成投资", "投资")
    ('生产总值', '完成投资', '完成投资')
    """
    bare = word[len(leading_scope(word)):]
    sided = BOTH_SIDES.match(bare)
    if sided and word not in indicator and bare[sided.end():] in indicator:
        return bare[sided.end():]  # (城乡|居民人均可支配收入, the side the rule names apart, 农村, read in its figure)
    # (what is left is a name of its own: 投资 of 完成投资 names any investment)
    return bare if word not in indicator and len(bare) >= 3 and indicator.startswith(bare) else word


_PERIOD_WORDS = {
    Period.SEVERAL_YEARS: "its figure is for several years",
    Period.OTHER_YEAR: "its figure is of another year",
    Period.BASE: "its figure is the starting point of a change",
    Period.COMING: "its figure is of the year ahead",
    Period.PART_OF_YEAR: "its figure is for part of the year only",
}


def _beside(prefix: str, tail: str, quote: str, word: str, words: list[str], statement: Statement) -> str:
    """What in the ``statement``'s indicator around the pledge's ``word`` (one of its ``words``) the quote lacks: a
    head, a group, or ''. A head naming the figure's own measure (面积 of 平方米) is no other thing, nor is the
    balance of a stock for its growth (货币供应量余额…增长17.6% is the money supply's growth)."""
    unit = statement.quantity.unit
    if (PROJECT_COST in prefix + word + tail) != (PROJECT_COST in quote) and unit.endswith("元"):
        # (an amount of projects' whole cost is no year's investment done, either way round: 建设总投资超过600亿元的
        # 重点项目 is not answered by 重点项目完成投资238亿元)
        return "head"
    if any(head in tail and head not in quote and head not in word and unit not in MEASURED_IN.get(head, ())
           and not (head in _STOCK_HEADS and statement.measure is Measure.GROWTH) for head in OTHER_HEADS) \
            or _another_deed(prefix + tail, quote) or _not_taken_away(prefix + tail, word, quote, statement) \
            or _deeds_summed(prefix, quote):
        return "head"
    # "实际利用省外资金": one character the word runs on into makes a word of another head with its last (外资|金 is
    # 资金), unless it says how much of the thing (外资额, 企业数) or closes a list (口袋公园等)
    if len(tail) == 1 and _CJK_END.search(tail) and tail not in AMOUNT_CHARACTERS + "等" and word + tail not in quote:
        return "head"
    # "落实草原禁牧和草畜平衡4400万亩": one figure of the word and things listed after it is their sum, unless said
    # of each (棉花、油料…等产量都有较多增加)
    listed_after = _LISTED_AFTER.match(tail)
    if listed_after and listed_after.group(1) not in quote and not statement.quantity.text.startswith(_EACH):
        return "head"
    prefix = prefix[:len(prefix) - len(_whole_name_lead(prefix, word))]
    # "交通、能源、水利完成投资5400多亿元": one figure of several things listed together is their sum, another
    # indicator than the pledge's one of them (never a part of it), where the quote does not list the same things
    listed = _LISTED_BEFORE.search(prefix) or _LAST_OF_LIST.search(prefix)
    if listed and listed.group(1) not in quote:
        return "head"  # (and "家电下乡、汽车摩托车|下乡产品销售额": the word shared by the list's last item)
    # Official terms: the 实事 a government undertakes for the year are its own list; a list named otherwise
    # (100项环保民生实事, 省民生实事) is another one, not a part of it: it says nothing of the pledged list.
    if word.endswith(OWN_LISTS) and _CJK_END.search(prefix) and prefix[-1] not in quote:
        return "head"
    # a part: a group of official statistics (农村, 入境, 规上), or any other words before the pledge's that narrow
    # it, which the quote does not say (塑胶健身步道 for 健身步道, 高校毕业生就业 for 新增就业, 公共领域充电桩 for 充电桩)
    if any(group in BOTH_SIDES.sub("", prefix) and group not in quote for group in GROUPS) \
            or narrower_name(prefix + word, [word, *words], quote):
        return "group"
    return ""


# The deeds that count works apart: (what the quote promises, what the words around a figure say instead). Works
# a plan promises to complete (完成加装电梯150台) are finished ones. Official statistics of investment count what was
# contracted (合同, 协议, 签约) apart from what was actually paid in (实际利用, 实际到位): sibling measures, never a
# part and its whole.
_PAID_IN = ("实际利用", "实际使用", "实际到位", "到位")
_CONTRACTED = ("合同", "协议", "签约")
_UNDER_WAY = ("续建", "在建")  # (works still being built: 新建续建道路72公里 are no roads opened)
_OTHER_DEEDS = ((STARTED, FINISHED), (FINISHED + ("完成",), STARTED + _UNDER_WAY), (BUILT_NEW, RENOVATED),
                (RENOVATED, BUILT_NEW),
                (_PAID_IN, _CONTRACTED), (_CONTRACTED, _PAID_IN))


def _another_deed(around: str, quote: str) -> bool:
    """Whether the words ``around`` the pledge's word count works at another stage than the quote promises (finished
    where it promises them started, or started where it promises them finished), or works of another deed (existing
    ones renovated where it promises new ones, or the other way round).

    >>> _another_deed("竣工", "新开工经济适用住房3000套"), _another_deed("基本建成", "新开工保障性住房3000套")
    (True, True)
    >>> _another_deed("开工建设", "新开工保障性住房3000套"), _another_deed("竣工", "新建经济适用住房1亿平方米")
    (False, False)
    >>> _another_deed("开工", "完成既有住宅加装电梯150台"), _another_deed("改造提升", "新建社区卫生服务站6个")
    (True, True)
    >>> _another_deed("改造", "新建改造排水管网12公里"), _another_deed("合同", "实际利用外资2500万美元")
    (False, True)
    """
    around, quote = around.replace("建成区", ""), quote.replace("建成区", "")  # (a built-up area is no stage)
    for said, other in _OTHER_DEEDS:
        if any(w in quote for w in said) and not any(w in quote for w in other) \
                and any(w in around for w in other) and not any(w in around for w in said):
            return True
    return False


# Grammar: the deeds that count things taken away (减少农村贫困人口1.8万人, 退出贫困村30个, 淘汰落后产能).
_TAKEN_AWAY = ("减少", "削减", "压减", "退出", "淘汰", "关停", "化解", "清退", "取缔")


def _not_taken_away(around: str, word: str, quote: str, statement: Statement) -> bool:
    """Whether the quote counts the things its ``word`` names as taken away (减少|贫困人口) and the figure counts
    them otherwise: named without such a deed and no fall (1.06万名贫困人口纳入农村低保, 120个贫困村驻村工作队).

    >>> from pledgetrack.statements import read_sentence
    >>> _not_taken_away("纳入农村低保", "贫困人口", "减少农村贫困人口1.8万人", read_sentence("1.06万名贫困人口纳入农村低保")[0])
    True
    """
    at = quote.find(word)
    before = quote[max(0, at - 6):at] if at != -1 else ""
    return any(deed in before for deed in _TAKEN_AWAY) and not any(deed in around for deed in _TAKEN_AWAY) \
        and statement.quantity.trend != "down"


# Grammar: two deeds joined before one thing (新增和改善灌溉面积, 新建及改造道路): one figure of both, their sum.
_JOINED_DEEDS = re.compile("(新增|新建|改善|改造|改建|扩建|修缮|新开工|续建)[和及与、](新增|新建|改善|改造|改建|扩建|修缮|新开工|续建)")


def _deeds_summed(prefix: str, quote: str) -> bool:
    """Whether the words before the pledge's word join two deeds (新增和改善) of which the quote names one only: the
    figure is the sum of both, a wider indicator than the pledged one.

    >>> _deeds_summed("新增和改善", "新增有效灌溉面积5万亩"), _deeds_summed("新建改造", "新建改造道路10公里")
    (True, False)
    """
    joined = _JOINED_DEEDS.search(prefix)
    return joined is not None and not all(deed in quote for deed in joined.groups())


def _whole_name_lead(prefix: str, word: str) -> str:
    """The words of an official name of the whole that ``prefix`` ends with before the pledge's ``word``, or '':
    the name ends with the word (城镇 of 城镇调查失业率 for 失业率), or its short form begins the word (城市 of
    城市建成区 for 建成区绿化覆盖率). Its group words (城镇, 城市) name no part.

    >>> _whole_name_lead("全年城镇", "新增就业"), _whole_name_lead("城市", "建成区绿化覆盖率"), _whole_name_lead("农村", "就业")
    ('城镇', '城市', '')
    """
    for name, short in SHORT_NAMES:
        if not name.endswith(short):
            continue
        lead = name[:-len(word)] if short.endswith(word) else name[:-len(short)] if word.startswith(short) else None
        if lead is not None and prefix.endswith(lead):
            return lead
    return ""
