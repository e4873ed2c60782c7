"""Heads beside a pledge's word that make a figure count another thing than the pledged one: a facility the word only
opens (农贸市场|快速检测室), a short noun it only qualifies (中小学|学位, 上市|辅导期), an average over units (村均); and
the size that picks the things counted (亿元以上|项目), a group of its own.

>>> another_thing_after("学位", "新建改扩建中小学15所", "个"), averaged("村均", "所有村集体经营性收入达到150万元以上")
(True, True)
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantity import find_quantities
from ..quantity.units import is_count
from .lexicon import GENERIC_HEADS
from .stretches import DEED_HEADS, strip_words
from .words import MEASURE_NAMES

__all__ = ["another_thing_after", "averaged", "level_apart", "outside_apart", "size_apart"]

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
# Official terms: the lists and stages on the way to a thing (上市后备企业, 上市辅导期, 上市培育库), not the thing.
_ON_THE_WAY = ("后备", "辅导", "培育")


def another_thing_after(tail: str, quote: str, unit: str, word: str = "") -> bool:
    """Whether ``tail``, the words after the pledge's word in a statement's indicator, names another thing the figure
    (in ``unit``) counts, which the quote does not name: a facility the word only opens ("建成农贸市场快速检测室30个"
    for 升级改造农贸市场5个), or a short noun the word only qualifies ("新增中小学学位1.8万个" for 新建改扩建中小学15所,
    "3家企业进入上市辅导期" for 新增上市公司2家); not a measure, a deed or a general head (面积, 改造, 项目).

    >>> another_thing_after("快速检测室", "升级改造农贸市场5个", "个"), another_thing_after("改造项目", "完成棚户区改造5000套", "套")
    (True, False)
    >>> another_thing_after("后备企业", "推动2家企业上市", "家")
    True
    >>> another_thing_after("危房", "新建改建中小学校舍10万平方米", "平方米", "中小学")
    True
    """
    if len(tail) >= 2 and tail.endswith(_FACILITY_HEADS) and tail not in quote and unit in _FACILITY_UNITS:
        return True
    if tail.startswith(_ON_THE_WAY) and tail[:2] not in quote:  # (5家企业列入省重点上市后备企业, for 推动2家企业上市)
        return True
    # (a short noun alone: a longer tail is mostly the deed the things are counted at, 70所…学校办学条件得到改善)
    plain = strip_words(strip_words(tail, _NO_THING_OF_ITS_OWN, from_end=False, keep=0), _NO_THING_OF_ITS_OWN,
                        from_end=True, keep=0) == tail
    short_noun = plain and 2 <= len(tail) <= 3 and _CJK_ONLY.fullmatch(tail) is not None and tail not in quote \
        and not any(character in _DOING for character in tail)
    # (in any unit, where the quote names another short noun after the word: 中小学|危房8.6万平方米 for 新建改建中小学
    # 校舍10万平方米)
    return short_noun and (is_count(unit) or _noun_after(quote, word) not in ("", tail))


def _noun_after(quote: str, word: str) -> str:
    """The short noun ``quote`` names right after ``word`` (校舍 of 新建改建中小学校舍10万平方米), or ''."""
    at = quote.find(word) if word else -1
    found = _CJK_ONLY.match(quote, at + len(word)) if at >= 0 else None
    noun = found.group(0) if found else ""
    return noun if 2 <= len(noun) <= 3 and noun not in _NO_THING_OF_ITS_OWN \
        and not any(character in _DOING for character in noun) else ""


def averaged(prefix: str, quote: str) -> bool:
    """Whether the words ``prefix`` before the pledge's word name an average over units that the quote does not
    ("村均集体经营性收入达到286万元" for 所有村…150万元以上): neither a part nor the whole."""
    return any(average in prefix and average not in quote for average in _AVERAGES)


# Official statistics: a size that picks the things counted (亿元以上项目, 500万元以上工业企业, 超亿元项目), the things of
# that size a group of their own; 超 and 以上 say the same (超亿元 = 亿元以上).
_POWERS = "十百千万亿"
_SIZE = re.compile(r"(?:(?:[\d.]+|[一二两三四五六七八九十百千]+)?(?:亿|千万|百万|万)?元(?:以上|以下)"
                   r"|[超过](?:[\d.]+|[一二两三四五六七八九十百千]+)?(?:亿|千万|百万|万)元)(?=的?[\u4e00-\u9fff])")


def _sizes(text: str) -> set[tuple[Decimal, str]]:
    """The sizes ``text`` picks things by, as amounts (超百亿元 and 100亿元以上 alike; a bare 亿元 is one 亿元)."""
    sizes = set()
    for found in _SIZE.finditer(text):
        size = found.group(0).lstrip("超过").removesuffix("的")
        below = size.endswith("以下")
        size = size.removesuffix("以上").removesuffix("以下")
        read = find_quantities("一" + size if size[:1] in _POWERS else size)
        sizes.add((read[0].value, "below" if below else "above") if read else (Decimal(0), size))
    return sizes


def size_apart(indicator: str, quote: str) -> str:
    """How the things a statement's ``indicator`` counts differ in size from those ``quote`` promises: "group" where
    it counts only the things of a size the quote does not pick (新开工亿元以上项目38个 for 新开工项目50个: a part),
    "whole" where the quote picks a size it does not count by (签约项目78个 for 签约亿元以上项目60个: the whole, or
    another size); '' where both pick the same size or none.

    >>> size_apart("新开工亿元以上项目", "新开工项目50个"), size_apart("签约项目", "全年签约亿元以上项目60个以上")
    ('group', 'whole')
    >>> size_apart("签约超亿元项目", "全年签约亿元以上项目60个以上"), size_apart("签约项目", "签约项目60个")
    ('', '')
    >>> size_apart("新增主营业务收入超100亿元企业", "年主营业务收入超百亿元企业增至20家")
    ''
    >>> size_apart("签约10亿元以上项目", "全年签约亿元以上项目60个以上")
    'whole'

    """
    mine, pledged = _sizes(indicator), _sizes(quote)
    if mine <= pledged and (mine or not pledged):
        return ""
    return "whole" if pledged and not mine & pledged else "group"


# Official terms: the levels of government things are recognised at, highest first (国家级 firms, 省级 parks).
_LEVELS = ("国家", "省", "市", "县")
_LEVEL = re.compile("(国家|省|市|县)级(以上)?")


def _levels(text: str) -> frozenset[str]:
    """The levels ``text`` counts things of: 省级 one, 市级以上 every level from 市 up."""
    found = _LEVEL.search(text)
    if found is None:
        return frozenset()
    at = _LEVELS.index(found.group(1))
    return frozenset(_LEVELS[:at + 1] if found.group(2) else (_LEVELS[at],))


def level_apart(indicator: str, quote: str) -> str:
    """How the levels the things of a statement's ``indicator`` are recognised at differ from the ones ``quote``
    promises: "whole" where it counts more levels or others (新增市级以上农业龙头企业7家 for 新增省级…3家: how many are
    provincial is not said), "group" where it counts some of them (国家级 for 省级以上); '' where both name the same
    levels or either names none.

    >>> level_apart("新增市级以上农业龙头企业", "新增省级农业龙头企业3家"), level_apart("国家级龙头企业", "省级以上龙头企业10家")
    ('whole', 'group')
    >>> level_apart("省级龙头企业", "新增省级农业龙头企业3家"), level_apart("龙头企业", "新增省级农业龙头企业3家")
    ('', '')
    """
    mine, pledged = _levels(indicator), _levels(quote)
    if not mine or not pledged or mine == pledged:
        return ""
    return "group" if mine < pledged else "whole"


# Official statistics: the places outside which money, firms or visitors come from (省外资金, 区外到位资金, 境外游客).
_OUTSIDE = re.compile("(省|市|区|县|境|国)外")


def outside_apart(indicator: str, quote: str) -> str:
    """"whole" where the statement's ``indicator`` counts what comes from outside another place than the one ``quote``
    names (市外到位资金338亿元 for 区外到位资金300亿元: from outside the city, the rest of the region too), else ''.

    >>> outside_apart("市外到位资金", "全年引进区外到位资金300亿元"), outside_apart("区外到位资金", "引进区外到位资金300亿元")
    ('whole', '')
    """
    mine, pledged = _OUTSIDE.search(indicator), _OUTSIDE.search(quote)
    return "whole" if mine and pledged and mine.group(1) != pledged.group(1) else ""
