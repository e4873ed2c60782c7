"""Units: which words after a number are units, their canonical spelling, and their families.

>>> read_unit("平米的", 0)
('平方米', 2)
>>> read_unit("个百分点", 0)
('个百分点', 4)
>>> read_unit("头只", 0), read_unit("头牛", 0)  # livestock big and small counted together, and cattle alone
(('头只', 2), ('头', 1))
>>> read_unit("项目", 0) is None  # 5项目 is not "5 项" of something called 目
True
>>> same_family("人", "名"), same_family("人", "人次"), same_family("km", "km")
(True, False, True)
>>> scale("米", "km"), scale("亩", "平方米")  # 8500米 is 8.5 km; a 亩 is no finite decimal of a 平方米
(Decimal('0.001'), None)
"""

from __future__ import annotations

import functools
from decimal import Decimal

# Where the word lists below come from: grammar, how Chinese (and official statistics) writes numbers,
# units and qualifiers; none was measured on a report.
# Counting words stay as written: 个 and 家 count different things.
COUNT_WORDS = frozenset(
    "个 家 场 户 项 件 座 间 栋 幢 套 对 条 台 所 宗 处 名 人 批 剂 剂次 人次 户次 家次 场次 批次 "
    "辆 张 株 棵 次 篇 部 支 本 幅 只 位 类 款 节 例 份 艘 架 根 盏 块 颗 册 首 枚 头 标箱 列 口 门 眼 "
    # (livestock counted big and small together, and in sheep of equal feed: 出栏17.9万头只, 减畜1.9万羊单位)
    "头只 羊单位".split()
)

# Measures, and other spellings of them, with their canonical form.
MEASURES = {
    "%": "%", "‰": "‰", "个百分点": "个百分点", "百分点": "个百分点", "倍": "倍",
    "元": "元", "圆": "元", "美元": "美元", "港元": "港元", "欧元": "欧元",
    "平方米": "平方米", "平米": "平方米", "㎡": "平方米", "m²": "平方米", "m2": "平方米",
    "平方公里": "平方公里", "平方千米": "平方公里", "km²": "平方公里", "㎢": "平方公里",
    "公顷": "公顷", "亩": "亩", "立方米": "立方米", "m³": "立方米", "m3": "立方米",
    "公里": "km", "千米": "km", "km": "km", "米": "米", "m": "米", "厘米": "厘米", "cm": "厘米", "毫米": "毫米", "mm": "毫米",
    "吨": "吨", "斤": "斤", "担": "担", "吨标准煤": "吨标准煤", "千克": "千克", "公斤": "千克", "kg": "千克", "克": "克",
    "微克/立方米": "微克/立方米", "分贝": "分贝",
    "千瓦": "千瓦", "kW": "千瓦", "兆瓦": "兆瓦", "MW": "兆瓦", "吉瓦": "吉瓦", "GW": "吉瓦", "千瓦时": "千瓦时", "kWh": "千瓦时",
    "小时": "小时", "个小时": "小时", "分钟": "分钟", "秒": "秒", "天": "天",
    "工作日": "工作日", "个工作日": "工作日", "个月": "个月", "个季度": "季度",
    "岁": "岁", "周岁": "岁", "标准箱": "标箱", "TEU": "标箱",
}

UNITS: dict[str, str] = {word: word for word in COUNT_WORDS} | MEASURES
# Latin units are units only as a whole word: "5m" is 5 米, "5G" and "5mm2x" are names.
LATIN_UNITS = frozenset(u for u in UNITS if u[0].isascii())

# After a Chinese numeral these are no counts: 一类/二类 name classes, not numbers of them; wells are counted in
# digits (新打机井1000眼), and 三眼井 names a place.
NOT_AFTER_CHINESE = frozenset({"类", "眼"} | LATIN_UNITS)  # (三眼井社区 is a place)

# ... unless the word goes on as the unit and a qualifier: "600所以上" is 600 所 or more, no 所以 (therefore).
UNIT_THEN = {"所": ("所以上", "所以下")}
# A unit that begins one of these words is no unit: the number is followed by a word.
# "1项目" is one project, not "1 项"; "三元里" is a place; "一次性" means "one-off".
WORD_STARTS = {
    "项": ("项目",), "个": ("个人", "个性", "个案", "个个"), "名": ("名单", "名称", "名录", "名片", "名誉", "名次"),
    "人": ("人民", "人大"), "元": ("元里", "元化", "元宵", "元旦", "元年", "元素"),
    "圆": ("圆满", "圆梦", "圆桌", "圆形", "圆心", "圆周", "圆融"),
    "家": ("家庭", "家长", "家乡", "家居", "家属", "家具", "家政", "家巷"),
    "场": ("场所", "场景"), "件": ("件事",), "座": ("座谈",), "台": ("台阶", "台账"),
    "对": ("对象", "对接", "对外", "对标", "对口", "对话", "对比", "对于", "对此", "对应", "对照"),
    "所": ("所有", "所属", "所在", "所以", "所谓", "所得"), "处": ("处理", "处置", "处罚", "处于", "处分"),
    "次": ("次性", "次数", "次序", "次要", "次级", "次会议", "次全会", "次全体会议", "次代表大会", "次党代会"), "张": ("张网", "张图", "张蓝图"),
    "本": ("本地", "本区", "本科", "本土", "本市", "本年", "本级", "本次", "本届", "本身", "本着", "本质", "本金", "本账"),
    "部": ("部门", "部署", "部分", "部长", "部委", "部队", "部位"),
    "支": ("支持", "支付", "支出", "支撑", "支援", "支部", "支行", "支柱"),
    "只": ("只是", "只有", "只要", "只能"), "位": ("位一体", "位于", "位列", "位置", "位居"),
    "节": ("节约", "节能", "节点", "节日", "节假"), "例": ("例如", "例外"), "份": ("份额", "份子"),
    "首": ("首府", "首都", "首位", "首批", "首次", "首个", "首店", "首席", "首创"),
    "幅": ("幅度",), "列": ("列入", "列为", "列出", "列车"), "批": ("批准", "批复", "批示", "批评"), "宗": ("宗旨", "宗教"), "套": ("套餐",),
    "间": ("间接", "间隔"), "户": ("户籍", "户外", "户型", "户口"), "条": ("条例", "条件", "条款", "条龙"),
    "天": ("天河", "天然", "天津", "天地", "天下", "天空", "天气"), "克": ("克服", "克难"),
    "块": ("块钱",), "口": ("口岸", "口径", "口袋", "口号", "口碑", "口人"),
    "担": ("担任", "担当", "担保", "担负", "担子", "担心"), "眼": ("眼光", "眼界", "眼前", "眼睛"),
    "门": ("门户", "门槛", "门类", "门诊", "门店", "门票", "门面", "门前"), "头": ("头部", "头雁", "头号", "头条", "头脑", "头等"), "根": ("根据", "根本", "根源"), "米": ("米饭",), "类": ("类似", "类型"),
}


# The lengths of the spellings that begin with each character, longest first:
# a unit is looked up with a few slices, not tried against every spelling.
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _word in UNITS:
    _LENGTHS[_word[0]] = tuple(sorted({*_LENGTHS.get(_word[0], ()), len(_word)}, reverse=True))
# What decides a unit at an offset, for each first character: its longest
# spelling, one character after a Latin one (5m, not 5mm2x) and the longest
# word that blocks one (次代表大会). The answer for these few characters is
# kept: a report repeats them (万元, 个百分点, 家企业) far more than any longer stretch.
UNIT_REACH: dict[str, int] = {}
for _word in UNITS:
    _reach = max([len(_word) + (_word in LATIN_UNITS),
                  *map(len, WORD_STARTS.get(_word, ()) + UNIT_THEN.get(_word, ()))])
    UNIT_REACH[_word[0]] = max(UNIT_REACH.get(_word[0], 0), _reach)
# The first characters of units: no unit starts at any other (a look-up spared).
UNIT_STARTS = frozenset(_LENGTHS)


def read_unit(text: str, i: int) -> tuple[str, int] | None:
    """The unit starting at ``i``, longest spelling first: (canonical unit, end offset)."""
    if i >= len(text) or text[i] not in UNIT_STARTS:
        return None
    found = unit_at_start(text[i:i + UNIT_REACH[text[i]]])
    return None if found is None else (found[0], i + found[1])


@functools.lru_cache(maxsize=4096)
def unit_at_start(window: str) -> tuple[str, int] | None:
    """The unit opening ``window`` (text from one of ``UNIT_STARTS``, as far as its ``UNIT_REACH``): (unit, length).

    >>> unit_at_start("个百分"), unit_at_start("个百分点"), unit_at_start("项目")
    (('个', 1), ('个百分点', 4), None)
    >>> unit_at_start("所以上"), unit_at_start("所以")
    (('所', 1), None)
    """
    for size in _LENGTHS[window[0]]:
        word = window[:size]
        canonical = UNITS.get(word) if len(word) == size else None
        if canonical is None:
            continue
        if word in LATIN_UNITS and size < len(window) and (window[size].isascii() and window[size].isalnum()):
            continue
        if window.startswith(WORD_STARTS.get(word, ())) and not window.startswith(UNIT_THEN.get(word, ())):
            return None
        return canonical, size
    return None


# Denominators that make a rate: 元/月, 元/平方米.
_PER = frozenset("年 月 日 天 人 户 次 吨 亩".split())


def read_per(text: str, i: int) -> tuple[str, int] | None:
    """``/月`` or ``/平方米`` after a unit: (canonical denominator, end offset)."""
    if i >= len(text) or text[i] != "/":
        return None
    unit = read_unit(text, i + 1)
    if unit is not None and unit[0] in MEASURES.values():
        return unit
    if i + 1 < len(text) and text[i + 1] in _PER:
        return text[i + 1], i + 2
    return None


# Money: 分 and 角 (a hundredth and a tenth of a 元) are units only as a price per unit ("下降3分/千瓦时",
# "5角/立方米"); alone, 分 is a score, a part or a minute.
PRICE_PARTS = frozenset("分角")


def price_part(text: str, i: int) -> tuple[str, int, bool] | None:
    """A price in 分 or 角 per unit at ``i``: (unit, end, False), or None.

    >>> price_part("分/千瓦时以上", 0), price_part("分钟", 0)
    (('分/千瓦时', 5, False), None)
    """
    if text[i:i + 1] not in PRICE_PARTS or not text.startswith("/", i + 1):
        return None
    per = read_per(text, i + 1)
    return None if per is None else (f"{text[i]}/{per[0]}", per[1], False)


# True synonyms: figures in one group are directly comparable. Everything
# else compares only with itself (人 is not 人次, % is not 个百分点). The classifiers of single
# things (个, 家, 项, 处 …) count the same things once the indicator is the same: which one a report
# uses is style (实施…技改项目1200项 / 1213个), and identity of the indicator is the statements' job.
UNIT_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"个", "家", "项", "处", "座", "所", "件", "宗", "间"}),
    frozenset({"部", "台"}),
    frozenset({"人", "名"}),
    frozenset({"场", "场次"}),
    frozenset({"批", "批次"}),
    frozenset({"栋", "幢"}),
    frozenset({"棵", "株"}),
    frozenset({"剂", "剂次"}),
)
# Buildings, dwellings and the households in them are counted with any of these: a review that gives
# the pledged number of the pledged thing in another of them (335座保暖房 planned, 335户…保暖房 built)
# counts the same things; a different number in another of them says nothing (1栋 holds many 户).
DWELLING_COUNTS = frozenset("座 栋 幢 户 套 间 处 所 个".split())
_FAMILY_OF = {unit: family for family in UNIT_FAMILIES for unit in family}
# Units of one kind at exact decimal scales (SI, and the market 斤 of half a 千克 and 担 of fifty), each as so many of the kind's
# base unit: a review may give 8500米 of a pledged 10公里, or grain in 万吨 of a plan in 亿斤. A 亩 (10000/15 平方米)
# has no exact decimal scale and compares only with itself.
_IN_BASE = {
    "km": ("米", Decimal(1000)), "米": ("米", Decimal(1)), "厘米": ("米", Decimal("0.01")), "毫米": ("米", Decimal("0.001")),
    "平方公里": ("平方米", Decimal(1000000)), "公顷": ("平方米", Decimal(10000)), "平方米": ("平方米", Decimal(1)),
    "吨": ("千克", Decimal(1000)), "千克": ("千克", Decimal(1)), "克": ("千克", Decimal("0.001")), "斤": ("千克", Decimal("0.5")),
    "担": ("千克", Decimal(50)),  # (the market 担 of a hundred 斤: 收购烟叶15万担)
    "吉瓦": ("千瓦", Decimal(1000000)), "兆瓦": ("千瓦", Decimal(1000)), "千瓦": ("千瓦", Decimal(1)),
}


def same_family(unit_a: str, unit_b: str) -> bool:
    """Whether figures in these two canonical units can be compared directly."""
    if unit_a == unit_b:
        return True
    family = _FAMILY_OF.get(unit_a)
    return family is not None and unit_b in family


def scale(unit: str, into: str) -> Decimal | None:
    """What one ``unit`` is in ``into`` (canonical units of one kind), or None when they are not of one kind."""
    have, want = _IN_BASE.get(unit), _IN_BASE.get(into)
    if have is None or want is None or have[0] != want[0]:
        return None
    return have[1] / want[1]


def comparable(unit_a: str, unit_b: str) -> bool:
    """Whether figures in these two canonical units measure one thing: of one family, or one at a scale of the other.

    >>> comparable("km", "米"), comparable("人", "名"), comparable("吨", "吨标准煤")
    (True, True, False)
    """
    return same_family(unit_a, unit_b) or scale(unit_a, unit_b) is not None


def is_count(unit: str) -> bool:
    """Whether ``unit`` counts whole things (so "40.9类" cannot be a count of 40.9 classes)."""
    return unit in COUNT_WORDS


# Grammar: a count of people or households written as 万/亿 before a noun naming them ("转移80万农村人口",
# "新增10万沼气用户", "惠及300万群众") counts those people (人) or households (户). The noun ends the phrase
# that begins right after the figure, at most a few qualifier characters later (农村, 农业转移, 建档立卡贫困).
COUNTED_NOUNS = (("人口", "人"), ("群众", "人"), ("居民", "人"), ("农民", "人"), ("农牧民", "人"), ("市民", "人"),
                 ("劳动力", "人"), ("用户", "户"), ("农户", "户"), ("住户", "户"), ("贫困户", "户"))
_NOUN_REACH = 8  # the qualifiers before the noun, and the noun
# Grammar: a verb or a particle between the figure and the noun means the figure is not of the noun
# ("投资3亿改善居民…", "10万级群众团队");
# a noun followed by these names a size, not a count ("20万人口以上的县", "百万人口城市").
_NOT_BETWEEN = ("改善", "建设", "用于", "投资", "完成", "实现", "带动", "惠及", "覆盖", "服务", "解决", "提高",
                  "提升", "保障", "的", "和", "与", "及", "为", "是", "到", "达", "在", "级")
_SIZE_AFTER = ("以上的", "以下的", "城市", "规模", "大县", "大市", "级")


# Grammar: the predicates between a noun naming people and the 万/亿 figure of them at a clause's end ("减少贫困人口
# 1.2万", "转移农村劳动力达到3.2万").
_COUNTED_LINKS = ("达到", "达", "为", "增加", "减少", "超过", "突破", "近", "约", "共", "了", "由", "从")
_CLAUSE_END = "，,；;。、）)"


def counted_before(text: str, start: int, end: int) -> str | None:
    """The unit (人 or 户) of a 万/亿 figure from ``start`` to ``end`` that ends its clause, where the noun before it
    names people or households.

    >>> counted_before("减少贫困人口1.2万，", 6, 10), counted_before("转移农村劳动力达到3.2万", 9, 13)
    ('人', '人')
    >>> counted_before("农村人口1.2万元", 4, 8), counted_before("投资1.2万", 2, 6)
    (None, None)
    """
    if end < len(text) and text[end] not in _CLAUSE_END:
        return None
    before = text[max(0, start - 12):start]
    for link in _COUNTED_LINKS:
        before = before.removesuffix(link)
    return next((unit for noun, unit in COUNTED_NOUNS if before.endswith(noun)), None)


def counted_noun(text: str, i: int) -> str | None:
    """The unit (人 or 户) of a 万/亿 figure ending at ``i`` when a noun naming people or households follows.

    >>> counted_noun("80万农村人口", 3), counted_noun("10万沼气用户", 3), counted_noun("20万人口以上的县", 3)
    ('人', '户', None)
    """
    window = text[i:i + _NOUN_REACH]
    found = sorted((window.find(noun), -len(noun), noun, unit) for noun, unit in COUNTED_NOUNS if noun in window)
    for at, _, noun, unit in found:  # the nearest noun first ("10万贫困户" is of 贫困户, not of a later 人口)
        between = window[:at]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in between) or any(w in between for w in _NOT_BETWEEN):
            continue
        if text.startswith(_SIZE_AFTER, i + at + len(noun)):
            return None
        return unit
    return None
