"""What a clause that leaves its subject unsaid is about: the indicator of a statement whose own words name no
thing, or only a deed, a total or a change, read from the statements before it in the sentence.

>>> from .read import read_sentence
>>> [(s.indicator, s.quantity.text) for s in read_sentence("2021年实施亿元以上项目86个，其中新开工35个")][1:]
[('实施亿元以上项目', '86个'), ('新开工亿元以上项目', '35个')]
"""

from __future__ import annotations

import re

from ..corpus.sentences import MEASURES_ALONE
from ..quantity.units import is_count
from .model import Measure, Statement
from .lexicon import GENERIC_HEADS
from .named_alone import named_alone, unscoped
from .stretches import deed_only, shared_end, strip_words
from .words import ADDED_WORDS, BARE_CHANGES, FINISHED, MEASURE_NAMES, SEVERAL_YEARS, STARTED

__all__ = ["COUNT_OF_ALL", "MEASURES_NAMED_ALONE", "STAGES_ALONE", "STAGES_AT_END", "at_stage", "kind_of_whole", "opening_subject",
           "said_of"]

# Official statistics: a list item named by stages of building alone ("加装电梯开工162台、完工投用98台") counts
# the thing the item before names, at that stage.
_STAGES = "|".join(sorted(STARTED + FINISHED, key=len, reverse=True))
STAGES_ALONE = re.compile(f"(?:{_STAGES})+")
STAGES_AT_END = re.compile(f"(?:{_STAGES})+$")
# (with how far it got: 基本建成, 全面竣工)
_STAGE_SAID_AT_END = re.compile(f"(?:基本|全面|全部|已经|已)?(?:{_STAGES})+$")


def said_of(indicator: str, raw: str, before: list[Statement], clause_start: int, subject: str = "",
            unit: str = "") -> str:
    """The indicator of a statement whose clause reads ``indicator`` from the words ``raw`` before its figure, with
    the sentence's statements ``before`` it (its clause starting at ``clause_start``): the words' own, or the thing
    the statements before name, or the ``subject`` the sentence opens on (:func:`opening_subject`), where the words
    leave it unsaid. ``unit`` is the figure's: a deed alone counts the last thing before counted in it.

    >>> said_of("", "，五年年均增长", [], 0), said_of("涨幅", "涨幅", [], 0), said_of("总产值", "，全年实现", [], 9, "乡镇企业")
    ('', '涨幅', '乡镇企业总产值')
    """
    if not before and subject:  # "乡镇企业在结构调整中保持增长，全年实现总产值284.7亿元": the subject's
        return subject + indicator if not indicator or indicator in MEASURES_NAMED_ALONE else indicator
    indicator = _measure_of_thing_before(indicator, raw, before) if indicator else _last_said(before)
    indicator = _changed(indicator, before)
    indicator = _done_to_thing_before(indicator, before, unit)
    indicator = _total_of_thing_before(indicator, before)
    indicator = _place_of_thing_before(indicator, before)
    indicator = _rank_of_thing_before(indicator, before)
    indicator = named_alone(indicator, before)
    return _deed_of_list(indicator, raw, before, clause_start)


# Grammar: the words after which a clause says what its subject did (乡镇企业|在结构调整中保持增长, 外贸出口|扭转了…).
_SUBJECT_ENDS = re.compile("在|保持|实现|完成|继续|进一步|稳步|持续|取得|有了|呈现|扭转|得到|不断|迅速|较快|快速|健康|稳定|克服"
                           "|大幅|明显|显著|异军突起")


def opening_subject(clause: str) -> str:
    """The subject a sentence's opening clause names before its verb, where the clause holds no figure ("乡镇企业
    在结构调整中保持增长"), or '': the clauses after it with no subject of their own are its.

    >>> opening_subject("乡镇企业在结构调整中保持增长"), opening_subject("各级政府坚持把农业放在首位")
    ('乡镇企业', '')
    """
    clause = unscoped(clause)
    end = _SUBJECT_ENDS.search(clause)
    subject = clause[:end.start()] if end else ""
    return subject if 2 <= len(subject) <= 8 and _CJK_NAME.fullmatch(subject) and not deed_only(subject) else ""


_CJK_NAME = re.compile("[\u4e00-\u9fff]+")


# Official statistics: the deeds works are counted at (开工建设廉租住房, 新建改建城市道路, 竣工保障性住房), longest first.
_WORKS_DEEDS = tuple(sorted({*STARTED, *FINISHED, "新开工建设", "开工建设", "基本建成", "新建", "新改建", "改建", "改扩建",
                             "扩建", "改造", "新增", "通车", "续建", "在建"}, key=len, reverse=True))
# Grammar: the deeds (and totals) a statement names before its thing (累计|建成|高标准农田), not its manner (高标准),
# and deeds listed there (新打、修复|机电井).
_DEEDS_BEFORE_THING = _WORKS_DEEDS + ("累计", "共", "完成", "实施", "建设", "推进", "新打", "修复", "、")


def at_stage(stage: str, before: str) -> str:
    """The thing a list item named by a stage alone counts: the thing the item ``before`` names, at ``stage``, in
    place of the stage it was counted at there, before or after it.

    >>> at_stage("完工投用", "加装电梯开工"), at_stage("竣工", "新开工城市更新项目")
    ('加装电梯完工投用', '竣工城市更新项目')
    """
    thing = STAGES_AT_END.sub("", before)
    opening = _LIST_DEED.match(thing)
    return stage + thing[opening.end():] if opening else thing + stage


def kind_of_whole(part: str, whole: str) -> tuple[str, str]:
    """The kind and the thing of a 其中 part named by its kind and the whole's head alone ("新增中小学学位5220个，其中公办
    学位3960个": 公办 of 中小学学位), or ('', '') where the part and the whole share no head. Whether the part is that
    kind of the whole, or names another thing whole ("大口径财政收入…，其中一般公共预算收入…"), the pledge's quote
    decides: only one naming the kind asks it.

    >>> kind_of_whole("公办学位", "新增中小学学位"), kind_of_whole("重点人群签约覆盖率", "家庭医生签约覆盖率")
    (('公办', '中小学学位'), ('重点人群', '家庭医生签约覆盖率'))
    >>> kind_of_whole("高校毕业生就业", "新增就业"), kind_of_whole("工商税收", "财政收入")
    (('', ''), ('', ''))
    """
    thing = strip_words(whole, _DEEDS_BEFORE_THING, from_end=False, keep=2)
    shared = shared_end(part, thing)
    if shared < 2 or shared in (len(part), len(thing)):
        return "", ""
    return part[:-shared], thing


def _last_said(before: list[Statement]) -> str:
    """A clause that names no subject of its own ("…，五年年均增长11.6%；1997年比上年增长11.2%") goes on with the
    sentence's last thing; a share of the plan done in between ("财政收入632万元，完成预算的103.9%，比上年增长12.3%")
    is said of that thing, and names none.

    >>> from .read import read_sentence
    >>> [s.indicator for s in read_sentence("财政收入632万元，完成预算的103.9%，比上年增长12.3%")][2]
    '财政收入'
    """
    things = [said for said in before if said.measure is not Measure.SHARE_OF_PLAN]
    return things[-1].indicator if things else ""


# Official statistics: the measures a clause names alone, of the thing the clause before names, longest first.
MEASURES_NAMED_ALONE = tuple(sorted(set(MEASURE_NAMES + MEASURES_ALONE), key=len, reverse=True))
# Official statistics: the area of a thing counted otherwise (新建高标准农田3万亩，面积累计达到40万亩).
_AREA = "面积"


def _measure_of_thing_before(indicator: str, raw: str, before: list[Statement]) -> str:
    """A clause or list item naming only a measure ("乡镇企业完成总产值50亿元；实现利税3亿元", "实现工业总产值80亿元，
    增加值25亿元", "粮食播种面积1.1亿亩、产量825亿斤") measures the thing the statement before names: 乡镇企业利税,
    工业增加值, 粮食产量, the measure before left off."""
    measure = next((m for m in MEASURES_NAMED_ALONE if indicator.endswith(m)), "")
    if not measure or not before or not (indicator == measure or deed_only(indicator[:-len(measure)])):
        return indicator
    thing = unscoped(before[-1].indicator)
    own = next((m for m in MEASURES_NAMED_ALONE if thing.endswith(m)), "")
    # (not where the thing before names no measure: …单晶拉棒产能达到96GW，产值达到500亿元 is the chain's 产值, not the
    # capacity's; unless the things before are counted and this is what they completed, 实施重点项目128个，完成投资38.6
    # 亿元, not 投资增长7%, all investment; or it is their area, 新建高标准农田3万亩，面积…, which a list's item,
    # 、面积236万平方米, is not: _deed_of_list reads it)
    counted = is_count(before[-1].quantity.unit) and "完成" in raw
    if not own and not counted and (measure != _AREA or raw.lstrip().startswith("、")):
        return indicator
    thing = strip_words(thing[:len(thing) - len(own)], _DEEDS_BEFORE_THING, from_end=True)  # (乡镇企业完成|总产值)
    thing = strip_words(thing, _DEEDS_BEFORE_THING, from_end=False, keep=2)  # (新建|高标准农田: not what was built)
    return thing + measure if len(thing) >= 2 and not deed_only(thing) else indicator


def _done_to_thing_before(indicator: str, before: list[Statement], unit: str = "") -> str:
    """A clause naming only a deed ("其中2021年新建4.2万亩", "其中新开工35个") counts the thing the statement before it
    names, with that deed: 新建 of 建成高标准农田 is 新建高标准农田; the last one counted in its ``unit``, where one is
    ("改造老旧小区528个、惠及居民19.8万户，其中2021年改造162个": 老旧小区, in 个)."""
    if not indicator or not before or not (deed_only(indicator) or _LIST_DEED.fullmatch(indicator)) \
            or indicator.endswith(MEASURES_NAMED_ALONE):
        return indicator  # (建成通车38公里: works counted at a stage; 增加值 is a measure, read above)
    # (the things, not an amount of them: "实施重点项目128个，完成投资38.6亿元，其中新开工项目63个")
    named = [s for s in reversed(before) if not s.indicator.endswith(MEASURES_NAMED_ALONE)]
    thing = unscoped(next((s.indicator for s in named if s.quantity.unit == unit), named[0].indicator if named
                          else before[-1].indicator))
    lead = SEVERAL_YEARS.match(thing)  # (五年累计|建成高标准农田)
    thing = strip_words(thing[lead.end() if lead else 0:], _DEEDS_BEFORE_THING, from_end=False, keep=2)
    # (and the stage it was counted at after it: 城镇住房重建开工8万套，竣工5万套 counts 城镇住房重建 finished;
    # 棚改安置住房基本建成7200套，新开工5600套 the housing begun)
    bare = _STAGE_SAID_AT_END.sub("", thing)
    thing = bare if len(bare) >= 2 else thing
    if not thing or deed_only(thing):
        return indicator
    shared = next((head for head in GENERIC_HEADS if indicator.endswith(head) and thing.endswith(head)), "")
    return indicator[:len(indicator) - len(shared)] + thing  # (新开工|项目 of 重点项目: 新开工重点项目)


# Official statistics: the deeds a list of works opens with, said once for every item (开工建设廉租住房2830套、经济适用
# 住房1720套).
_LIST_DEED = re.compile("^(?:" + "|".join(_WORKS_DEEDS) + ")+")


def _deed_of_list(indicator: str, raw: str, before: list[Statement], clause_start: int) -> str:
    """An item after 、 counts its thing at the deed the clause's first item is counted at ("开工建设廉租住房2830套、
    经济适用住房1720套": 开工建设经济适用住房), where it names no deed of its own."""
    first = next((s for s in before if s.start >= clause_start), None)
    deed = _LIST_DEED.match(first.indicator) if first is not None and raw.lstrip().startswith("、") else None
    if deed is None or _LIST_DEED.match(indicator) or STAGES_AT_END.search(indicator) or indicator in MEASURE_NAMES:
        return indicator  # (an item named by a measure alone, 、面积236万平方米, is the thing's measure)
    return deed.group() + indicator


# Official statistics: the word a total opens with (累计受益家庭), and the words a total of all is named by alone.
_TOTAL = "累计"
COUNT_OF_ALL = ("总数", "总量")


def _total_of_thing_before(indicator: str, before: list[Statement]) -> str:
    """A total named by its measure alone ("新增高速公路通车里程120公里，总里程达到2520公里") or by the end of the thing's
    name ("…，累计受益家庭达到1050户") is the total of the thing the statement before names, what was added left off."""
    if not before:
        return indicator
    thing = strip_words(before[-1].indicator, ADDED_WORDS, from_end=False, keep=2)
    if indicator.startswith("总") and 2 <= len(indicator) <= 4 and before[-1].indicator.endswith(indicator[1:]):
        return thing
    # "新增廉租住房受益家庭412户，累计受益家庭达到1050户": a total of the thing before, named by its end
    named = indicator.removeprefix(_TOTAL)
    if named != indicator and len(named) >= 2 and thing.endswith(named) and thing != named:
        return _TOTAL + thing
    if indicator in COUNT_OF_ALL:  # "新认定国家高新技术企业31家，总数达到213家"
        return thing + indicator
    # "新增高速公路通车里程368公里，通车总里程达到1836公里": the end of the thing's name with 总 inside it
    plain = indicator.replace("总", "", 1)
    if plain != indicator and len(plain) >= 2 and thing.endswith(plain) and thing != plain:
        return thing[:-len(plain)] + indicator
    return indicator


# Official statistics: the parts of a territory a figure is broken down by (其中中心城区…, 旗所在地…, 郊区县…).
_PLACE_ALONE = re.compile("(?:中心城区|主城区|老城区|新城区|城区|市区|县城|郊区县?|郊县|区县|农村牧区|农村|城镇|乡村|牧区"
                          "|[\u4e00-\u9fff]{1,3}所在地)")


def _place_of_thing_before(indicator: str, before: list[Statement]) -> str:
    """A clause naming only a part of the territory ("新增公园绿地1050万平方米，其中中心城区560万平方米") is the thing
    the statement before names, in that part: 中心城区新增公园绿地, a part of the whole and not the whole."""
    if not before or not _PLACE_ALONE.fullmatch(indicator) or _PLACE_ALONE.fullmatch(before[-1].indicator):
        return indicator
    thing = unscoped(before[-1].indicator)
    other_part = _PLACE_ALONE.match(thing)  # (…其中中心城区增长8.6%、|郊区县|增长12.4%)
    return indicator + thing[other_part.end() if other_part else 0:]


# Official titles: the level a title is granted at (国家级, 省级, 自治区级, 县级以上), a qualifier of the thing.
_RANK = re.compile("(?:国家|部|省|自治区|地市|市|州|盟|县|旗|区|乡镇|镇|村)级(?:以上)?")


def _rank_of_thing_before(indicator: str, before: list[Statement]) -> str:
    """A clause naming only a level ("新增国家级龙头企业1家、省级2家") is the thing the statement before names,
    granted at that level: 新增省级龙头企业, not the thing at every level."""
    if not before or not _RANK.fullmatch(indicator) or _RANK.fullmatch(before[-1].indicator):
        return indicator
    thing = before[-1].indicator
    other_level = _RANK.search(thing)
    return thing[:other_level.start()] + indicator + thing[other_level.end():] if other_level else indicator


def _changed(indicator: str, before: list[Statement]) -> str:
    """A change named without its indicator ("涨幅仍然高达…") is the last change's said before it."""
    if indicator not in BARE_CHANGES:
        return indicator
    said = next((s for s in reversed(before) if s.measure in (Measure.GROWTH, Measure.POINTS)), None)
    return said.indicator if said is not None else indicator
