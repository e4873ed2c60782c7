"""The value types of the statements stage: what a figure measures, how, and of when."""

from __future__ import annotations

import enum

import attrs

from ..quantity import Quantity


class Measure(str, enum.Enum):
    """How a figure measures its indicator.

    >>> Measure("growth") is Measure.GROWTH
    True
    """

    LEVEL = "level"  # 地区生产总值9935.88亿元; 城镇调查失业率4.7%
    GROWTH = "growth"  # 增长6.3%, 下降3.3%, 涨幅2%, 与上年持平 (0 %)
    POINTS = "points"  # 下降0.46个百分点: a change of a rate, in points
    SHARE = "share"  # 占地区生产总值的比重45.7%, 占比55.1%
    ADDED = "added"  # 新增就业8.57万人, 新建…25所
    TOTAL = "total"  # 累计达3900家, 总数, 保有量
    SHARE_OF_PLAN = "share_of_plan"  # 完成年计划的118.2%


class Period(str, enum.Enum):
    """Of when a figure speaks, besides a year the document names by its number."""

    YEAR = "year"  # the year the sentence's part speaks of (the reviewed year, the planned year)
    SEVERAL_YEARS = "several_years"  # 年均, 累计, 五年来, 十四五, 2021—2025年
    OTHER_YEAR = "other_year"  # a year named in the clause that is not the part's (2012年占…)
    BASE = "base"  # the start of a from–to (由X提高到Y: X), or last year's figure (上年的X)
    COMING = "coming"  # the year ahead, said in a review (今年, 明年)
    PART_OF_YEAR = "part_of_year"  # 一季度, 上半年, 前三季度, 1—9月: part of the year only


@attrs.frozen
class Statement:
    """One figure of a sentence, read with the indicator it measures.

    ``start`` and ``end`` are the figure's offsets in the sentence; ``indicator`` is the
    noun phrase the figure is about, qualifiers kept ("城镇居民人均可支配收入",
    "单位地区生产总值能耗"); ``item`` is the figure's place in a 分别 list (0-based) or None.

    >>> from pledgetrack.statements import read_sentence
    >>> s = read_sentence("单位地区生产总值能耗下降2.6%")[0]
    >>> s.indicator, s.measure.value, s.quantity.value
    ('单位地区生产总值能耗', 'growth', Decimal('2.6'))
    """

    quantity: Quantity
    indicator: str
    measure: Measure
    period: Period = Period.YEAR
    year: int | None = None  # the year named in the clause (2012年占…), where one is
    item: int | None = None
    estimate: bool = False  # 预计, 初步核算
    reached: bool = False  # a level reached or held (提高到, 达到, 控制在): at the end of a period, its last year's
    aim: bool = False  # a target said again ("曾提出，要把…控制在百分之十以内"), not an outcome
    real: bool = False  # a change with prices taken out (实际增长, 扣除价格因素)
    nominal: bool = False  # a change said at current prices (按当年价格计算, 名义增长)
    part: bool = False  # a part of the figure said before it (…完成投资193.5亿元，…，其中8个省重点项目…)
    net: bool = False  # a net change, what was added less what went (国家高新技术企业净增122家)

    @property
    def start(self) -> int:
        """Where the figure begins in its sentence."""
        return self.quantity.span[0]

    @property
    def end(self) -> int:
        """Where the figure ends in its sentence."""
        return self.quantity.span[1]
