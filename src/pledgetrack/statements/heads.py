"""Heads beside a pledge's word that make a figure count another thing than the pledged one: a facility the word only
opens (农贸市场|快速检测室), a short noun it only qualifies (中小学|学位, 上市|辅导期), an average over units (村均).

>>> another_thing_after("学位", "新建改扩建中小学15所", "个"), averaged("村均", "所有村集体经营性收入达到150万元以上")
(True, True)
"""

from __future__ import annotations

import re

from ..quantity.units import is_count
from .lexicon import GENERIC_HEADS
from .stretches import DEED_HEADS, strip_words
from .words import MEASURE_NAMES

__all__ = ["another_thing_after", "averaged"]

# Official terms: the heads that name a facility of its own (检测室, 服务站, 便民服务中心), counted as facilities
# (安置点1920户 counts households).
_FACILITY_HEADS = ("室", "站", "中心", "馆", "所", "厅")
_FACILITY_UNITS = ("个", "座", "处", "所", "家", "间")
# Grammar and official statistics: what may follow a thing's name without naming another thing.
_NO_THING_OF_ITS_OWN = tuple(sorted(set(GENERIC_HEADS + MEASURE_NAMES + tuple(DEED_HEADS)), key=len, reverse=True))
# Grammar: characters of doing, which make a short tail the deed things are counted at (燃煤锅炉|拆改), not a thing,
# and of joining, which add an alternative (扭亏|或脱困).
_DOING = frozenset("建改拆修造治办完成达施开展进入增减提升扩新换装或和及与并")
_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")
# Official statistics: averages over the units of a whole (村均, 户均), another indicator than a total or each unit's.
_AVERAGES = ("村均", "户均", "镇均", "乡均", "县均", "校均", "企均")


def another_thing_after(tail: str, quote: str, unit: str) -> bool:
    """Whether ``tail``, the words after the pledge's word in a statement's indicator, names another thing the figure
    (in ``unit``) counts, which the quote does not name: a facility the word only opens ("建成农贸市场快速检测室30个"
    for 升级改造农贸市场5个), or a short noun the word only qualifies ("新增中小学学位1.8万个" for 新建改扩建中小学15所,
    "3家企业进入上市辅导期" for 新增上市公司2家); not a measure, a deed or a general head (面积, 改造, 项目).

    >>> another_thing_after("快速检测室", "升级改造农贸市场5个", "个"), another_thing_after("改造项目", "完成棚户区改造5000套", "套")
    (True, False)
    """
    if len(tail) >= 2 and tail.endswith(_FACILITY_HEADS) and tail not in quote and unit in _FACILITY_UNITS:
        return True
    # (a short noun alone: a longer tail is mostly the deed the things are counted at, 70所…学校办学条件得到改善)
    plain = strip_words(strip_words(tail, _NO_THING_OF_ITS_OWN, from_end=False, keep=0), _NO_THING_OF_ITS_OWN,
                        from_end=True, keep=0) == tail
    return is_count(unit) and plain and 2 <= len(tail) <= 3 and _CJK_ONLY.fullmatch(tail) is not None \
        and tail not in quote and not any(character in _DOING for character in tail)


def averaged(prefix: str, quote: str) -> bool:
    """Whether the words ``prefix`` before the pledge's word name an average over units that the quote does not
    ("村均集体经营性收入达到286万元" for 所有村…150万元以上): neither a part nor the whole."""
    return any(average in prefix and average not in quote for average in _AVERAGES)
