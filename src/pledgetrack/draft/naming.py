"""Names for drafted rules: readable ids in pinyin, files per government, the policy area.

An id is ``<government>-<year>-<keyword in pinyin>``, a number added only where two
rules of the same year measure the same thing; the same corpus gives the same ids.

>>> government_slug("广东省广州市越秀区"), government_slug("浙江省"), government_slug("中华人民共和国")
('yuexiu', 'zhejiang', 'china')
>>> folder_slug("广东省广州市越秀区"), folder_slug("内蒙古自治区呼伦贝尔市海拉尔区")
('guangzhou-yuexiu', 'hulunbeier-hailaer')
>>> Ids().new("yuexiu", 2023, "招聘会"), Ids().new("yuexiu", 2023, "单位GDP能耗")
('yuexiu-2023-zhaopinhui', 'yuexiu-2023-danwei-gdp-nenghao')
>>> area_of("（四）聚焦惠民生、增福祉，扎实推进就业优先", "组织招聘会不少于100场")
'就业'
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterable

from pypinyin import lazy_pinyin

# Official terms: administrative units, longest first, as they end a region's name.
_UNITS = ("特别行政区", "自治区", "自治州", "自治县", "地区", "新区", "省", "市", "区", "县", "旗", "盟", "州", "镇", "乡")
_UNIT = re.compile("(.{2,}?)(" + "|".join(_UNITS) + ")")
_NATIONAL = {"中华人民共和国": "china", "中国": "china"}  # official terms: the country's names
# Official terms: policy areas, as the sections of any government's plan name them, and the general words
# of a section title (or, failing that, the quote) that name each; no one district's programmes.
_AREAS = (
    ("就业", ("就业", "招聘", "创业", "技能")),
    ("住房", ("住房", "保障房", "安居", "租赁", "棚户区", "老旧小区", "危旧房")),
    ("教育", ("教育", "学校", "学位", "校园", "办学")),
    ("卫生", ("医疗", "卫生", "健康", "医院", "中医", "医保")),
    ("民生", ("养老", "民生", "社会保障", "托育", "救助", "低收入", "老年", "福祉")),
    ("文化", ("文化", "体育", "旅游", "文旅", "演出")),
    ("生态", ("生态", "绿色", "环境", "污染", "节能", "能耗", "碳", "绿化", "公园", "治水", "排放")),
    ("城市", ("城市", "城中村", "更新", "交通", "基础设施", "道路", "停车", "管网", "燃气", "市政")),
    ("投资", ("投资", "重点项目", "建设项目")),
    ("产业", ("产业", "招商", "企业", "科技", "创新", "金融", "数字", "工业", "制造")),
    ("消费", ("消费", "商贸", "零售", "商业")),
    ("改革", ("营商", "改革", "开放", "政务")),
    ("安全", ("安全", "应急", "消防", "风险")),
    ("农业", ("农业", "乡村", "农村", "粮食", "农田", "耕地")),
    ("经济", ("经济", "生产总值", "财政", "预算", "收入", "目标", "指标")),
)
# Words that name the economy only in a heading ("主要预期目标"): in a quote, "完成…的目标" is any pledge.
_HEADING_ONLY = frozenset({"目标", "指标"})
_SEPARATE = re.compile(r"[^a-z0-9]+")


def _pinyin(words: str) -> str:
    # Latin letters and digits (GDP, 5G) stay words of their own, set off by spaces (dashes below);
    # the syllables of a run of Chinese are joined into one word.
    text = "".join(lazy_pinyin(words, errors=lambda chars: f" {chars} "))
    return _SEPARATE.sub("-", text.lower()).strip("-")


def _units_of(region: str) -> list[str]:
    # A name is two characters at least: 广州市 is 广州 + 市, not 广 + 州.
    names = [m.group(1) for m in _UNIT.finditer(region)]
    rest = _UNIT.sub("", region)
    return names + [rest] if rest or not names else names


@functools.lru_cache(maxsize=4096)
def government_slug(region: str) -> str:
    """The government's own name in pinyin, its unit (省, 区) left off."""
    if region in _NATIONAL:
        return _NATIONAL[region]
    return _pinyin(_units_of(region)[-1]) or "gov"


@functools.lru_cache(maxsize=4096)
def folder_slug(region: str) -> str:
    """The folder a government's rule files go to: its own name after its parent's (a province stands alone)."""
    if region in _NATIONAL:
        return _NATIONAL[region]
    return "-".join(_pinyin(name) for name in _units_of(region)[-2:]) or "gov"


class Ids:
    """Hands out ids, numbering only those that would collide with one already given (or taken)."""

    def __init__(self, taken: Iterable[str] = ()):
        self._taken = set(taken)

    def new(self, slug: str, year: int, keyword: str) -> str:
        """A fresh id for a rule of ``year`` measuring ``keyword``."""
        base = "-".join(p for p in (slug, str(year), _pinyin(keyword)[:40].strip("-")) if p)
        found, n = base, 1
        while found in self._taken:
            n += 1
            found = f"{base}-{n}"
        self._taken.add(found)
        return found


class IdsAhead:
    """The ids a run drafting ``governments`` in turn must still avoid, so that each id is given once in the run
    while only the ids that could still collide are kept (memory flat, however many governments).

    :meth:`Ids.new` starts every id with its government's slug and a dash, so an id given (or ``taken`` at the
    start) can be given again only to a government still to be drafted whose slug starts it: it is kept under
    that slug until the last government with that slug is drafted, then let go. An id that does not start
    with its own government's slug is kept for the whole run.

    >>> ahead = IdsAhead(["北京市朝阳区", "广东省广州市越秀区", "辽宁省朝阳市"], taken=["zhaoyang-2023-gdp", "old"])
    >>> sorted(ahead.avoided("北京市朝阳区"))
    ['zhaoyang-2023-gdp']
    >>> ahead.given("北京市朝阳区", ["zhaoyang-2023-gdp-2", "zhaoyang-2023-cz"])
    >>> ahead.given("广东省广州市越秀区", ["yuexiu-2023-gdp"])
    >>> sorted(ahead.avoided("辽宁省朝阳市")), ahead.avoided("广东省广州市越秀区")
    (['zhaoyang-2023-cz', 'zhaoyang-2023-gdp', 'zhaoyang-2023-gdp-2'], set())
    >>> ahead.given("辽宁省朝阳市", ["zhaoyang-2023-gdp-3"])
    >>> ahead.kept
    0
    """

    def __init__(self, governments: Iterable[str], taken: Iterable[str] = ()):
        self._ahead = collections.Counter(government_slug(government) for government in governments)
        self._kept: dict[str, set[str]] = {}  # by slug still ahead: the ids given that start with it
        self._always: set[str] = set()
        self._keep(taken)

    @property
    def kept(self) -> int:
        """How many ids are kept now."""
        return len(self._always | {found for ids in self._kept.values() for found in ids})

    def avoided(self, government: str) -> set[str]:
        """The ids that ``government``'s drafts must not be given: those given or taken that it could be given."""
        return self._always | self._kept.get(government_slug(government), set())

    def given(self, government: str, ids: Iterable[str]) -> None:
        """``government`` is drafted, its drafts given ``ids``: keep those a government still to come could be given."""
        slug = government_slug(government)
        self._ahead[slug] -= 1
        if self._ahead[slug] <= 0:  # no government with this slug is still to come: its ids can no longer collide
            del self._ahead[slug]
            self._kept.pop(slug, None)
        ids = list(ids)
        self._always.update(found for found in ids if not found.startswith(f"{slug}-"))
        self._keep(ids)

    def _keep(self, ids: Iterable[str]) -> None:
        for found in ids:
            # every slug still ahead that the id starts with (and a dash): a slug may hold dashes itself
            for at in (i for i, char in enumerate(found) if char == "-"):
                if found[:at] in self._ahead:
                    self._kept.setdefault(found[:at], set()).add(found)


def area_of(section_title: str, quote: str) -> str:
    """The policy area the quote names, else the one its section title names, else "".

    The pledge's own words come first: a section is often titled by two themes at once
    ("推进城乡融合发展和乡村全面振兴"), and the renewal of a 城中村 or of 老旧小区 under it is
    no farming.

    >>> section = "（六）推进城乡融合发展，全面推进乡村振兴"
    >>> area_of(section, "完成城中村改造5个"), area_of(section, "改造老旧小区30个"), area_of(section, "新建高标准农田2万亩")
    ('城市', '住房', '农业')
    """
    for text, heading in ((quote, False), (section_title, True)):
        for area, words in _AREAS:
            if any(word in text for word in words if heading or word not in _HEADING_ONLY):
                return area
    return ""
