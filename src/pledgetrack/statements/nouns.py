"""Which noun a figure of a sentence measures: read leftwards from the figure ("城镇新增就业|48万人"), rightwards
where a count stands before its noun ("启动改造|19个|城中村"), or the subject before it where its clause only goes on.

>>> from .read import read_sentence
>>> [s.indicator for s in read_sentence("完成1.8万户、189万平方米棚改任务")]
['棚改任务', '棚改任务']
"""

from __future__ import annotations

import re

from ..corpus.sentences import MEASURES_ALONE
from ..quantity import Quantity
from ..quantity.refusals import VOLTAGE
from .ellipsis import STAGES_ALONE, at_stage
from .lexicon import ITEM_JOINS, VERBS
from .model import Statement
from .stretches import deed_only
from .words import (BASE, NAMED_GROUPS, PART_OF_YEAR, PLACES_BELOW, SEVERAL_YEARS, leading_scope, trailing_predicate,
                    trimmed_name)

__all__ = ["QUALIFYING", "modifies", "noun_of"]

# Units of things counted one by one: the count may stand before its noun ("19个城中村"); a voltage class is part of
# the noun ("两座|35千伏变电站").
_AMOUNTS = ("元", "%", "‰", "个百分点", "百分点")
_VOLTAGE_WORDS = "|".join(VOLTAGE)  # (the quantity stage refuses them as figures: 35千伏 is a kind)
_VOLTAGE = re.compile(rf"\d[\d.]*(?:{_VOLTAGE_WORDS})")
_NOUN_END = re.compile(rf"[、，,；;。：:（(]|\d(?![\d.]*(?:{_VOLTAGE_WORDS}))"
                       r"|全部|全面|均|已|分别|同比|比上年|增长|下降|完成|实现|建成|开工|投产|竣工|如期|上线"
                       r"|基本(?=实现|完成|建成|达到)|外(?=[，,；;。]|$)"
                       r"|中(?=[，,]?(?:已有|有)?[0-9一二两三四五六七八九十]+[件项个户家所])"
                       r"|增加(?!值)|提高|减少|降低|缩短|扩大|增至|降至|减至|[增减降]为"  # "由120家增加到150家": a change, no noun
                       # when, no part of the noun (…搬迁群众|年底前全部搬迁入住, …搬迁群众|于11月底前…)
                       r"|年底前?|年内|年末|于(?=[0-9一二三四五六七八九十今明年上下])")
# Between two figures of one list: "1.8万户、189万平方米", "65条、总长度57.9公里" (the next item's own name).
_CHANGES = ("增加", "增长", "提高", "提升", "下降", "降低", "减少", "缩短", "扩大", "增至", "降至", "上升")
_LISTED = re.compile(r"、[\u4e00-\u9fff]{0,4}")
# Grammar: the year a level is reached in, said right before it (由1992年的430亿元增加到1997年的856亿元).
_DATED_END = re.compile(r"(?:19|20)\d\d年(?:底|末)?的?$")
_TARGET_OF = re.compile("(?:的(?:预期|调控|宏观调控|主要预期)?|预期|调控|宏观调控)目标$")
_VERBS = tuple(VERBS)
# Grammar: a cause said inside a clause (受地震影响): no part of what it names.
_CAUSE = re.compile("受[^，,；;。]{1,12}?影响")
# Grammar: places and bodies counted by the deed done to them after their noun ("14个村全部完成人居环境整治提升",
# "15个集中安置点全部开工建设", "12个县（市）通过“两基”验收"): the count is of the units done so.
_UNITS_COUNTED = ("个", "家", "所", "座", "处", "户", "名", "人")
_PEOPLE = ("人", "名", "户")
# Grammar: works named one by one before a count of their kind, after the deed done to them (开工建设大坪、龙潭|2座…).
_NAMED_BEFORE = re.compile("(?P<deed>新开工建设|开工建设|新开工|开工|新建|建成|竣工|完工)"
                           "[\u4e00-\u9fff]{1,8}(?:[、和及][\u4e00-\u9fff]{1,8})+")
# Official terms: the places a programme is counted by (试点扩大到3个县（区）, 覆盖12个乡镇).
# Grammar: places counted right before a measure of their economy that the next figure gives ("北部4个镇|生产总值增长
# 17.1%", "12个乡镇财政收入…"): that figure is of those places only (not 区域, 县域, 乡村: words of their own; not the
# projects of "65个区重点项目完成投资", things counted, not places).
_PLACES_ECONOMY = re.compile(f"{PLACES_BELOW}[\u4e00-\u9fff]*(?:生产总值|增加值|产值|收入|税收)")
_PLACES_OF = re.compile("(?:县|市|区|乡|镇|村|乡镇|县区|县市)(?:（[^（）]{1,6}）)?(?=[，,；;。]|$)")
_UNITS_DONE = re.compile("(?:（[^（）]{1,6}）)?(?:全部|均|已|都)*(?P<deed>(?:完成|实现|通过|开工|建成|达到)[\u4e00-\u9fff“”]{0,14})"
                         "(?=[，,。；;：:]|$)")  # (not "1550个省重点项目完成投资3000亿元": another figure's)
# Grammar: a deed between a thing and its measure ("乡镇企业实现利税", "规模以上工业企业完成产值"): no part of the name.
_DEED_BEFORE_MEASURE = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})(?:完成|实现)(?=(?:{'|'.join(MEASURES_ALONE)})$)")
# Grammar: the words that say who set an aim and when, before the thing it is set for (年初我们提出把…).
_AIM_LEAD = re.compile(r"^[^，,；;。]{0,12}?(?:提出|要求|确定)了?要?把")
# Grammar: the set a count is of, named before it (十件民生实事中|九件, …亏损企业中已有|23户).
_SET_BEFORE = re.compile("中(?:已有|有)?$")
# Grammar: a round figure passed as a mark (迈上万亿元台阶, 突破千亿元大关): said of the subject before it.
_THRESHOLDS = ("台阶", "大关", "关口")
_PASSING = re.compile("(?:首次|首度|一举|成功|再次|正式)?(?:[迈跨跃登站]上?|突破|跨越|越过|冲破)$")  # (迈|上万亿元: 上 read with the figure)
# Grammar: a figure with 以上/以下 between a count and its noun qualifies the noun ("178座|10蒸吨及以下的|燃煤小锅炉",
# "3个|5000万元以上|项目"): the count's noun stands past it and keeps it, as an amount before a noun does.
QUALIFYING = re.compile(r"\d[\d.]*[万亿千百]?[\u4e00-\u9fffA-Za-z]{1,3}?(?:及以上|及以下|以上|以下)的?")



# Grammar: the firms of a kind and a measure of that kind, a deed between ("规模以上工业企业实现工业增加值").
_FIRMS_MEASURE = re.compile("(?P<kind>[\u4e00-\u9fff]{2,12}?)企业(?:实现|完成)(?P<measure>[\u4e00-\u9fff]{2,8})")


def _of_enterprises(noun: str) -> str:
    """A measure of a kind's firms named as the kind's ("规模以上工业企业实现工业增加值" is 规模以上工业增加值), where the
    measure opens with the end of the kind; else ``noun``.

    >>> _of_enterprises("规模以上工业企业实现工业增加值"), _of_enterprises("乡镇企业完成总产值")
    ('规模以上工业增加值', '乡镇企业完成总产值')
    """
    found = _FIRMS_MEASURE.fullmatch(noun)
    if found is None:
        return noun
    kind, measure = found.group("kind"), found.group("measure")
    shared = next((size for size in range(min(len(kind), len(measure) - 1), 1, -1)
                   if kind.endswith(measure[:size])), 0)
    return kind + measure[shared:] if shared else noun


def modifies(text: str, q: Quantity) -> bool:
    """Whether the figure qualifies the noun after it: the next figure's phrase reaches back past it."""
    # "5000万元以上工业项目130个": a figure followed by its noun qualifies that noun, so the next
    # figure's phrase reaches back past it.
    # "由去年的120亿元增加到150亿元": a change said of it follows, no noun.
    after = text[q.span[1]:q.span[1] + 1]
    return (bool(after) and "\u4e00" <= after <= "\u9fff" and q.unit in ("元",)
            and not text.startswith(_CHANGES, q.span[1]))


def noun_of(text: str, raw: str, q: Quantity, before: list[Statement],
               clause: list[Quantity]) -> str:
    """The figure's indicator.

    A count standing before its noun takes the noun ("省政府承诺的15件民生实事"); counts listed
    before one noun share it ("完成1.8万户、189万平方米棚改任务"); a clause that only goes on
    keeps the subject before it.
    """
    timeless = PART_OF_YEAR.sub("", raw)  # (一季度|国民生产总值增长7.5%: when, no part of the name)
    phrase = _CAUSE.sub("", timeless[len(leading_scope(timeless)):])  # (…敬老院受地震影响只完成|4所: a cause said between)
    if phrase.lstrip(" ，,").startswith("除") and text.startswith("外", q.span[1]):
        phrase = phrase.lstrip(" ，,")[1:]  # "除新建乡镇敬老院…只完成4所外": the one thing excepted, and its figure
    if text.startswith(_THRESHOLDS, q.span[1]):
        # "地区生产总值…，首次迈上万亿元台阶": a mark passed, by the subject named before where the clause names none
        phrase = _PASSING.sub("", phrase)
    phrase = _DATED_END.sub("", phrase)  # "增加到1997年的|856亿元": when the level is reached, no part of the name
    phrase = _AIM_LEAD.sub("", phrase)  # ("年初我们提出把|零售物价总水平上涨幅度控制在…": who set the aim, and when)
    noun = trimmed_name(phrase[:len(phrase) - len(trailing_predicate(phrase))])
    if SEVERAL_YEARS.fullmatch(noun):
        noun = ""  # "五年|年均增长11.6%": a time alone names nothing; the subject before goes on
    noun = BASE.sub("", noun) or noun  # "城市污水处理率由2005年的|35%": the start of a change, no part of the name
    noun = _TARGET_OF.sub("", noun) or noun  # "经济增长的预期目标为百分之七左右": the target is the economy's growth
    noun = _DEED_BEFORE_MEASURE.sub("", noun)  # "乡镇企业实现利税": the enterprises' profits and taxes
    noun = _of_enterprises(noun)
    if noun.startswith(("占", "所占")) and before:
        return before[-1].indicator + noun
    if STAGES_ALONE.fullmatch(noun) and raw.lstrip().startswith("、") and before:
        return at_stage(noun, before[-1].indicator)
    set_of = _SET_BEFORE.search(noun)
    if set_of and (before and before[-1].indicator == noun[:set_of.start()] or q.unit in _UNITS_COUNTED):
        # "十件民生实事中|九件", "28户国有大中型亏损企业中已有|23户实现扭亏或脱困": a count of the set just named, at
        # the deed said of it
        deed = _UNITS_DONE.match(text, q.span[1]) if q.unit in _UNITS_COUNTED else None
        return noun[:set_of.start()] + (deed.group("deed") if deed else "")
    right = _right_noun(text, q)
    following = [f for f in clause if f.span[0] > q.span[0]]
    if right and ITEM_JOINS.fullmatch(right[-1]) and following:
        # "解决了23.5万农村牧区人口和31万头牲畜的饮水困难": each count's own noun, and what is said of them all
        shared = _right_noun(text, following[0])
        right = right[:-1] + shared[shared.index("的"):] if "的" in shared else right
    named = _NAMED_BEFORE.fullmatch(noun)
    if right and named:  # "开工建设大坪、龙潭|2座中型水库": the works named are examples; the count is at the deed
        return named.group("deed") + right
    if right and noun and not deed_only(noun) and _PLACES_OF.match(text, q.span[1]):
        return noun + right  # "新型农村合作医疗试点扩大到|3个县（区）": the programme's places
    group = next((group for group in NAMED_GROUPS if noun.endswith(group)), "")
    if right and group and q.unit in _PEOPLE and (noun == group or deed_only(noun[:-len(group)])):
        return group + right  # "解决农村|31.5万人饮水困难": the group the people counted are of
    if right:
        return right
    # ("解决|三万人、二万头大牲畜的饮水困难": a verb alone names nothing; the counts share the noun after the last)
    if following and (not noun or deed_only(noun) or noun.removesuffix("了").endswith(_VERBS)) \
            and _LISTED.fullmatch(text[q.span[1]:following[0].span[0]]):
        shared = _right_noun(text, following[0])
        if shared:
            return shared
    # (a figure of nothing named goes on with the sentence's last subject: ellipsis.said_of)
    return _places_counted(text, raw, q, clause, noun) + noun


def _places_counted(text: str, raw: str, q: Quantity, clause: list[Quantity], noun: str) -> str:
    """The count of places ``noun`` opens with, said right before it ("4个" of "北部4个镇生产总值增长17.1%"), or ''.

    >>> from .read import read_sentence
    >>> [s.indicator for s in read_sentence("北部4个镇生产总值增长17.1%")]
    ['镇生产总值', '4个镇生产总值']
    >>> [s.indicator for s in read_sentence("65个区重点项目完成投资120亿元")][-1]
    '区重点项目投资'
    """
    start = q.span[0] - len(raw)
    count = next((f for f in clause if f.span[1] == start and f.unit == "个"), None)
    if count is None or not noun or not raw.startswith(noun) or not _PLACES_ECONOMY.fullmatch(noun):
        return ""
    return text[count.span[0]:count.span[1]]


def _right_noun(text: str, q: Quantity) -> str:
    if q.unit in _AMOUNTS or not q.unit:
        return ""
    qualifying = QUALIFYING.match(text, q.span[1])
    after = qualifying.end() if qualifying else q.span[1]
    rest = text[after:after + 24]
    stop = _NOUN_END.search(rest)
    # "300个政务、生活服务应用": the count is of every kind listed after it, up to one with a figure of its own
    while stop and rest[stop.start()] == "、" and "\u4e00" <= rest[stop.end():stop.end() + 1] <= "\u9fff":
        stop = _NOUN_END.search(rest, stop.end())
    noun = rest[:stop.start() if stop else len(rest)].removeprefix("的")
    # ("源网荷储一期2GW等项目": an example's size, before the kind it is one of, counts none of them)
    if not noun or noun.startswith("等") or not ("\u4e00" <= noun[0] <= "\u9fff" or noun[0] in "“\""
                                                or _VOLTAGE.match(noun)):
        return ""
    deed = _UNITS_DONE.match(text, after + stop.start()) if stop and q.unit in _UNITS_COUNTED else None
    if deed:  # "14个村全部完成人居环境整治提升": the units counted at the deed done to them
        noun += deed.group("deed")
    return text[q.span[1]:after] + noun
