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
from .heads import another_thing_after, averaged, level_apart, outside_apart, size_apart
from .lists import named_one_by_one
from .lexicon import SIDE_NAMES
from .deeds import another_deed, deeds_summed, not_taken_away
from .measures import answers_measure
from .groups import (counted_together, example_of_kinds, group_left_off, places_as_quoted, whole_name_lead,
                     without_programmes)
from .names import narrower_name
from .words import (AMOUNT_CHARACTERS, BOTH_SIDES, GROUPS, MEASURED_IN, NAMED_GROUPS, NET_CHANGE, NOMINAL_CHANGE,
                    OTHER_HEADS, PROJECT_COST, leading_scope)

# Official terms: lists of deeds a government undertakes for its year (十件民生实事).
OWN_LISTS = ("实事",)
_CJK_END = re.compile("[\u4e00-\u9fff]$")
_LISTED_BEFORE = re.compile("([\u4e00-\u9fff]{1,8})[、和及与]$")
_LISTED_AFTER = re.compile("^[、和及与]([\u4e00-\u9fff]{2,8})")
_LAST_OF_LIST = re.compile("、([\u4e00-\u9fff]{2,8})$")
_EACH = ("都", "均", "各")
# Grammar: a word's last character completed into the same thing's whole name (中小学|校: 中小学校 are the 中小学).
_SAME_WORD_WHOLE = ("学校",)
# Official statistics: an intensity (研发经费投入强度) is the thing's share of the economy's output, where the quote
# names that share (研发经费支出占地区生产总值比重).
_INTENSITY = "强度"
_SHARE_OF_OUTPUT = re.compile("占(?:地区|国内)?生产总值的?比重|占GDP的?比重")
# Official statistics: the output of an economy or a trade, whose growth is reckoned at comparable prices.
_OUTPUT = ("生产总值", "增加值", "GDP")
_EXAMPLES = re.compile("[\u4e00-\u9fff]{1,8}(?:[、和及与][\u4e00-\u9fff]{1,8})+等$")
# (the groups of official statistics, with the side names that stand for them: 农村牧区 for 农村)
GROUP_WORDS = frozenset(GROUPS + NAMED_GROUPS + tuple(name for name, _ in SIDE_NAMES))
# Official statistics: the word a total is named with inside the thing's name (通车总里程, 排放总量).
_TOTAL = "总"
# Official statistics: a price index's rise (零售物价总指数上涨2.8%, 居民消费价格指数上涨2.1%) is the prices' rise.
_INDEX, _PRICES = "指数", ("价格", "物价")
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
    if statement.measure is Measure.ADDED and statement.net != bool(NET_CHANGE.search(quote)):
        # (国家高新技术企业净增122家, net of the certificates expired, for 新认定…160家; and the other way round)
        return Identity("measure", "it is a net change (净增), not the count of what was added that the quote promises"
                        if statement.net else "it counts what was added, not the net change (净增) the quote promises")
    if real and statement.measure is Measure.GROWTH and not statement.real:
        return Identity("measure", "it is a change in current prices, not the real change (实际) pledged")
    if statement.nominal and statement.indicator.endswith(_OUTPUT) and not NOMINAL_CHANGE.search(quote):
        # (output grows at comparable prices in official statistics: 按当年价格计算比上年增长27.9% is not its growth)
        return Identity("measure", "it is a change at current prices; output is reported at comparable prices")
    indicator = places_as_quoted(statement.indicator, quote)
    if not indicator:
        return Identity()
    words = [w for w in dict.fromkeys(_as_read(word, indicator) for word in words) if w]
    inside = [w for w in words if w in indicator]
    # (a group the words name, 农村 of 农村|无害化处理率, says whose figure, not what it measures: the thing's own word
    # must stand in the indicator too)
    if not inside or all(w in GROUP_WORDS for w in inside) and any(w not in GROUP_WORDS for w in words):
        return Identity("indicator", f"it measures {indicator}")
    if all(example_of_kinds(word, indicator, quote) for word in inside):
        # (黑土滩等各类退化草地治理12.6万亩 for 治理黑土滩退化草地8万亩: all the kinds it is an example of; not the
        # things a list closed by 等 counts, 85个口袋公园等建成开放)
        return Identity("whole", f"it is of all the kinds its words are an example of ({indicator})")
    left_off = group_left_off(quote, inside, indicator)
    if left_off:
        return Identity("whole", f"it is of the whole or another part, not of {left_off} ({indicator})")
    together = counted_together(quote, words)
    if together and not all(side in indicator for side in together):
        # (新建改扩建中小学校17所 for 新建、改扩建中小学和幼儿园30所: one of the things counted together)
        return Identity("group", f"it is of a part only, one of {'、'.join(together)} counted together ({indicator})")
    differs = ""
    for word in inside:
        at = indicator.find(word)
        while at != -1:
            found = _beside(indicator[:at], indicator[at + len(word):], quote, word, words, statement)
            differs = differs or found
            if not found:
                break
            at = indicator.find(word, at + 1)
        if not found:
            break
    # (其中新开工35个: of the things before; 市级以上 of 省级 a wider range of levels; 市外 of 区外 another place)
    sized = size_apart(indicator, quote) or level_apart(indicator, quote) or outside_apart(indicator, quote) \
        if indicator not in words else ""
    if sized and differs != "head":  # (亿元以上项目 are a group of all projects; another thing is another thing)
        return Identity(sized, f"it is of a part only, the things of a size or level the quote does not pick ({indicator})"
                        if sized == "group" else
                        f"it is of the whole or another size or level, not of the things of the one the quote picks ({indicator})")
    if not found:
        return Identity(carried=len(inside))
    if differs == "group" and any(not any(spelling in indicator for spelling in spellings) for spellings in named_by):
        # (压减钢铁|产能 for 淘汰落后水泥 + 产能: a narrower name that leaves a word of the pledge out is of another thing,
        # no part of the pledged one)
        differs = "head"
    kind = "another indicator" if differs == "head" else "a part only"
    return Identity(differs, f"it {'measures' if differs == 'head' else 'is of'} {kind} ({indicator})")


def _as_read(word: str, indicator: str) -> str:
    """``word`` as the statement's indicator was read: without the scope words that open it, where the reader left
    them off the indicator it begins (全省|生产总值, 实际|使用外资).

    >>> _as_read("全省生产总值", "生产总值"), _as_read("完成投资", "重点项目完成投资"), _as_read("完成投资", "投资")
    ('生产总值', '完成投资', '完成投资')
    >>> _as_read("高速公路通车里程", "全省高速公路通车总里程")  # the total, 总 said inside the name
    '高速公路通车总里程'

    """
    bare = word[len(leading_scope(word)):]
    totalled = next((bare[:at] + _TOTAL + bare[at:] for at in range(2, len(bare) - 1)
                     if bare not in indicator and bare[:at] + _TOTAL + bare[at:] in indicator), "")
    if totalled:
        return totalled  # (高速公路通车|总|里程: the total of the thing, as a review names it)
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
           and not (head in _STOCK_HEADS and statement.measure is Measure.GROWTH)
           and not (head == _INTENSITY and _SHARE_OF_OUTPUT.search(quote))
           and not (head == _INDEX and word.endswith(_PRICES) and statement.measure is Measure.GROWTH)
           for head in OTHER_HEADS) \
            or another_deed(prefix + tail, quote) or not_taken_away(prefix + tail, word, quote, statement) \
            or deeds_summed(prefix, quote):
        return "head"
    # "实际利用省外资金": one character the word runs on into makes a word of another head with its last (外资|金 is
    # 资金), unless it says how much of the thing (外资额, 企业数) or closes a list (口袋公园等)
    if len(tail) == 1 and _CJK_END.search(tail) and tail not in AMOUNT_CHARACTERS + "等" and word + tail not in quote \
            and word[-1] + tail not in _SAME_WORD_WHOLE:
        return "head"
    if another_thing_after(tail, quote, unit, word):  # (农贸市场|快速检测室30个, 中小学|学位1.8万个)
        return "head"
    # "落实草原禁牧和草畜平衡4400万亩": one figure of the word and things listed after it is their sum, unless said
    # of each (棉花、油料…等产量都有较多增加)
    listed_after = _LISTED_AFTER.match(tail)
    if listed_after and listed_after.group(1) not in quote and not statement.quantity.text.startswith(_EACH):
        return "head"
    prefix = prefix[:len(prefix) - len(whole_name_lead(prefix, word))]
    # "交通、能源、水利完成投资5400多亿元": one figure of several things listed together is their sum, another
    # indicator than the pledge's one of them (never a part of it), where the quote does not list the same things
    # (a list of examples closed by 等 names no part: 林果、蔬菜、食用菌等高效经济作物面积 is the whole of that area)
    prefix = _EXAMPLES.sub("", prefix)
    listed = _LISTED_BEFORE.search(prefix) or _LAST_OF_LIST.search(prefix)
    if listed and listed.group(1) not in quote and not named_one_by_one(prefix, statement):
        return "head"  # (and "家电下乡、汽车摩托车|下乡产品销售额": the word shared by the list's last item)
    # Official terms: the 实事 a government undertakes for the year are its own list; a list named otherwise
    # (100项环保民生实事, 省民生实事) is another one, not a part of it: it says nothing of the pledged list.
    if word.endswith(OWN_LISTS) and _CJK_END.search(prefix) and prefix[-1] not in quote:
        return "head"
    if averaged(prefix, quote):  # (村均集体经营性收入 for 所有村…)
        return "head"
    # a part: a group of official statistics (农村, 入境, 规上), or any other words before the pledge's that narrow
    # it, which the quote does not say (塑胶健身步道 for 健身步道, 高校毕业生就业 for 新增就业, 公共领域充电桩 for 充电桩)
    if any(group in without_programmes(BOTH_SIDES.sub("", prefix)) and group not in quote for group in GROUPS) \
            or narrower_name(prefix + word, [word, *words], quote):
        return "group"
    return ""

