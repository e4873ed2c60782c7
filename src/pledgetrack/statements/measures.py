"""What a figure measures (level, growth, points, share, added, running total, share of the plan) and the
period it is of (the year, several years, another named year, the base of a change)."""

from __future__ import annotations

import re

from ..quantity import Qualifier, Quantity
from ..quantity.units import is_count
from .model import Measure, Period, Statement
from .words import (ADDED_WORDS, BASE, COUNTED_SO_FAR, COUNT_REACHED, GROWTH_WORDS, NAMED_YEAR, PLAN_SHARE, SEVERAL_YEARS, SHARE_WORDS,
                    TOTAL_WORDS, TO_WORDS, trailing_predicate, year_named)

_RATES = ("%", "‰")
# Official statistics: an indicator named as the number of things there are (数量, 总数) counts them all, not
# the year's additions.
_STOCKS = ("数量", "总数", "总量")  # (市场主体总量突破110万户: how many there are)
# Grammar: the units of length (canonical); a length a thing reaches (达) is of the thing as it stands.
_LENGTHS = ("km", "米")
# Grammar: works done on a length in the year ("改造管网达100公里"): what the year did, not how long it is.
_WORKS_DONE = ("改造", "建设", "修建", "改建", "铺设", "治理", "整治", "完成")
# Grammar: a sum over the year (全年共有28个贫困村出列, 全年累计新增就业): what the year did, not a running total.
_YEAR_SUMMED = re.compile("(?:全年|当年|年内|一年来)(?:共有|累计|共)")
def _so_far(clause: str) -> bool:
    """Whether the clause counts how many there are by now (全县已有…, 全市已有绿道…), not what the year did altogether
    (全年共有…) nor the members of a set done (36户亏损企业中已有…)."""
    said = _YEAR_SUMMED.sub("", clause).rstrip()
    return bool(_HAS_BY_NOW.match(said)) or said.endswith(COUNTED_SO_FAR) \
        and not said.endswith(tuple("中" + word for word in COUNTED_SO_FAR))


# Grammar: a clause opening with how much there is by now, its thing before the figure (全市已有绿道186公里); not 现有 or
# 共有 inside a name (现有企业技术改造, 共有产权房).
_HAS_BY_NOW = re.compile(r"\s*(?:全[县市区省镇乡旗州盟]|我[县市区省镇乡旗州盟])?(?:目前|至今|累计)?已有")


# Grammar: an amount or count held at a level (稳定在, 保持在) is the standing total, not what the year added.
_HELD = ("稳定在", "保持在")


# Official statistics: a level per head or per unit, a rate, a price or a standard: what is added to it is a change
# of the level, which the level itself never states.
_PER_UNIT = ("率", "指数", "价格", "标准")
# Official statistics: the whole stock of a thing, named by 总 and its measure (茶园总面积, 用户总数).
# (and a balance, 各项贷款余额215.6亿元: the stock, not what the year added to it, 较年初增加28.4亿元)
_STOCK = re.compile("总(?:面积|量|数|规模|产能|里程|装机)|余额$")
# Which measures of a review statement answer each pledged measure. A plain count ("改造老旧小区500个")
# promises the year's additions; 达到/累计 a running total.
ANSWERS = {
    Measure.GROWTH: {Measure.GROWTH},
    Measure.POINTS: {Measure.POINTS},
    Measure.SHARE: {Measure.SHARE, Measure.LEVEL},
    Measure.LEVEL: {Measure.LEVEL, Measure.ADDED, Measure.SHARE, Measure.SHARE_OF_PLAN},
    Measure.ADDED: {Measure.ADDED, Measure.LEVEL, Measure.SHARE_OF_PLAN},
    Measure.TOTAL: {Measure.TOTAL, Measure.LEVEL, Measure.SHARE_OF_PLAN},
    Measure.SHARE_OF_PLAN: {Measure.SHARE_OF_PLAN},
}


def answers_measure(statement: Statement, wanted: Measure) -> str:
    """Why ``statement`` does not measure its indicator as a pledge of ``wanted`` does, or '' where it does.

    >>> from .read import read_sentence
    >>> answers_measure(read_sentence("农民人均纯收入3512元，增加268元")[0], Measure.ADDED)
    'it is a level, not an added'
    """
    if statement.measure not in ANSWERS[wanted]:
        return f"it is {article(statement.measure)}, not {article(wanted)}"
    if wanted is not Measure.ADDED or statement.measure is not Measure.LEVEL:
        return ""
    if "人均" in statement.indicator or statement.indicator.endswith(_PER_UNIT):
        # "农民人均纯收入增加400元": a level per head (3512元) is no amount added to it
        return f"it is a level, not {article(wanted)}"
    if _STOCK.search(statement.indicator) or statement.reached:
        # "新建茶园1.5万亩": the whole stock (全县茶园总面积7.8万亩, 装机容量达到7120万千瓦) is no year's addition
        return f"it is a total, not {article(wanted)}"
    return ""


def article(measure: Measure) -> str:
    """The measure's name with its article: "a growth", "an added" (what was added)."""
    name = measure.value.replace("_", " ")
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


def measure_of(q: Quantity, context: str, indicator: str, clause: str) -> Measure:
    """What the figure measures, from its unit, the words before it (``context``), its indicator and its clause.

    >>> from pledgetrack.quantity import parse_quantity
    >>> measure_of(parse_quantity("9.8%"), "比上年增长", "地区生产总值", "比上年增长").value
    'growth'
    """
    predicate = trailing_predicate(context) or context[-6:]
    if q.unit in ("个百分点", "百分点"):
        return Measure.POINTS
    if q.unit in _RATES:
        if q.qualifier is not Qualifier.EXACT and q.text.startswith(("超额", "全面", "圆满", "目标", "未", "没有")):
            return Measure.SHARE_OF_PLAN
        if PLAN_SHARE.search(context) or PLAN_SHARE.search(context.rstrip("分别")):
            return Measure.SHARE_OF_PLAN
        if q.text.endswith(("持平", "增加", "增长", "提高", "上涨", "上升", "增产", "减少", "下降", "降低", "减产")):
            return Measure.GROWTH
        if any(word in indicator for word in SHARE_WORDS) or indicator.startswith("占") or "占" in predicate:
            return Measure.SHARE
        if any(word in predicate for word in TO_WORDS):
            return Measure.LEVEL
        if q.trend or any(word in predicate for word in GROWTH_WORDS) or indicator.endswith(("增速", "增幅", "涨幅", "幅度", "增长", "增长速度")):
            return Measure.GROWTH
        return Measure.LEVEL
    summed = _YEAR_SUMMED.sub("", clause)  # (全年共有…: what the year did altogether)
    if any(word in summed for word in TOTAL_WORDS) or any(word in predicate for word in _HELD):
        return Measure.TOTAL  # "基地面积稳定在1亿亩以上": the stock held, never the year's additions
    if any(word in predicate for word in COUNT_REACHED) and is_count(q.unit) or _so_far(clause):
        return Measure.TOTAL  # (全县已有4300户农户迁入集中居住区, 全市已有绿道186公里: how much by now, not the year's)
    if (any(word in predicate for word in COUNT_REACHED) or q.text.startswith("突破")) and q.unit in _LENGTHS \
            and not any(word in indicator or word in context for word in ADDED_WORDS + _WORKS_DONE):
        return Measure.TOTAL  # "公交专用道达157.2公里": how long it is now, not what the year built
    if any(word in indicator or word in context for word in ADDED_WORDS):
        return Measure.ADDED
    if indicator.endswith(_STOCKS) and is_count(q.unit):  # "省名牌产品数量不少于530个": how many there are
        return Measure.TOTAL
    if predicate.endswith(TO_WORDS) and not q.trend:  # "由去年的120亿元增加到150亿元": the level reached
        return Measure.LEVEL
    # (增加值 is value added, a level, not an increase)
    if q.trend or any(word in predicate.replace("增加值", "") for word in ("增加", "增长")):
        return Measure.ADDED
    return Measure.LEVEL


_BASE_YEAR = re.compile(r"(?:由|从)(?:19|20)\d\d年(?:底|末)?的?")


# Grammar: a change said against last year (比上年, 同比), which is of the year itself.
_AGAINST_LAST_YEAR = re.compile("比上年|较上年|比去年|较去年|同比")


def period_of(clause: str, raw: str, year: int | None) -> tuple[Period, int | None]:
    """The period a figure is of, from its clause and the words before it, and the year named there.

    >>> period_of("地区生产总值年均增长", "地区生产总值年均增长", 2025)
    (<Period.SEVERAL_YEARS: 'several_years'>, None)
    """
    if BASE.search(raw.rstrip()):
        return Period.BASE, None
    if SEVERAL_YEARS.search(clause):
        return Period.SEVERAL_YEARS, None
    if year is not None and _AGAINST_LAST_YEAR.search(clause):
        return Period.YEAR, year  # ("单位地区生产总值能耗比上年下降3.7%，“十一五”期间…": a change from last year is the year's)
    # (the year of a change's start dates the start alone: "由2016年的82家增加到126家" reaches 126 in the year itself)
    named = [year_named(y) for y in NAMED_YEAR.findall(_BASE_YEAR.sub("", clause))]
    if named and year is not None and named[-1] != year:
        return Period.OTHER_YEAR, named[-1]
    return Period.YEAR, named[-1] if named else None
