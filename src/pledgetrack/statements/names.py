"""How a noun phrase names its thing: the words that narrow it, and a keyword that names another or too many.

Drafting reads a plan's phrase with these to say when a keyword may not name what the plan names (its
``check: evidence``); grading reads a review's name for a figure with them to tell the plan's thing from a
narrower one.

>>> qualifier_left_off("海洋生产总值", "生产总值"), cut_inside_word("进出口总额", "出口总额")
(('海洋',), '进')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import CJK, FREE_BEFORE, QUOTES, RATE_NAMES, SHARES, SHORT_NAMES, SIDE_NAMES, VERBS
from .stretches import DEED_HEADS, strip_words
from .words import BOTH_SIDES, FINISHED, ITEM_NUMBER, MEASURE_NAMES, STARTED

__all__ = ["cut_inside_word", "narrower_name", "qualifier_left_off", "too_general"]

# Grammar: single characters that are words of their own before a noun (a level of government, the
# year, a verb of building, 将 and 把 before the object): cutting one off leaves the noun whole (省|实验室, 年|钢产量,
# 建|义务教育学校, 将|商品住房去化周期).
_FREE_CHARACTERS = "省市县区乡镇国年建将把"
# Grammar: verbs of making after which 新 says "newly" (新通电村, 新修梯田, 新打水窖), not a new kind (新能源).
_DONE_ANEW = tuple("通修打栽植架铺种办挖筑装")
# Grammar: characters that make the noun after them another, narrower one (主管网, 总产量, 副中心,
# 分中心, 子项目, 支线, 干线): a word cut just after one of them names the wider thing.
_BOUND_PREFIXES = "主总副分子支干"
# Grammar: characters that end a word (省级, 就业率): a keyword that begins with one was cut from it.
_WORD_ENDINGS = "级率"


def cut_inside_word(phrase: str, keyword: str) -> str:
    """The part of ``phrase`` a keyword cut in the middle of a word leaves off, or '' (the cut is
    between words, or the keyword is the phrase). Such a keyword names another indicator: 出口总额
    of 进出口总额 finds exports alone, 管网改造 of 供水主管网改造 every network, 业率 of 就业率 any rate.

    >>> cut_inside_word("进出口总额", "出口总额"), cut_inside_word("城区供水主管网改造", "管网改造")
    ('进', '城区供水主')
    >>> cut_inside_word("城镇新增就业", "新增就业"), cut_inside_word("省实验室", "实验室")
    ('', '')
    >>> cut_inside_word("新通电村", "通电村"), cut_inside_word("新能源汽车", "能源汽车")  # newly done, a new kind
    ('', '新')
    """
    tail = phrase.rsplit("的", 1)[-1]
    at = tail.find(keyword)
    if at <= 0:
        return ""
    dropped = tail[:at]
    if dropped == "新" and keyword.startswith(_DONE_ANEW):
        return ""  # (新|通电村: villages newly given power, counted as the year's)
    if (len(dropped) == 1 and dropped not in _FREE_CHARACTERS) or dropped.endswith(tuple(_BOUND_PREFIXES)) \
            or keyword.startswith(tuple(_WORD_ENDINGS)):
        return dropped
    return ""


def qualifier_left_off(phrase: str, keyword: str) -> tuple[str, ...]:
    """The words of ``phrase`` that narrow the thing it names and that ``keyword`` leaves off, before it and after
    it, or (). A review's
    figure of the keyword alone may be of the whole or of another kind: 生产总值 of 海洋生产总值 finds the whole
    economy's output, 人才 of 高技能人才 any talent, 制造业 of 制造业重点技改项目 anything of manufacturing.

    Left off without narrowing: the words that lead up to the noun (verbs, the whole territory or society, 其中,
    各类), a character that is a word of its own (年|钢产量), and after the keyword the measure of its output
    (增加值 of 战略性新兴产业增加值, 人数; 涨幅, 比重: the statements stage reads them) or the work done on it
    (棚户区改造任务, 城中村改造, 燃煤小锅炉淘汰). A kind of thing after it is no such head: 股权投资 of 股权投资机构
    finds 基金 too, and 公共文化 of 公共文化设施 finds 公共文化空间.

    >>> qualifier_left_off("海洋生产总值", "生产总值"), qualifier_left_off("制造业重点技改项目", "制造业")
    (('海洋',), ('重点技改项目',))
    >>> qualifier_left_off("股权投资机构", "股权投资"), qualifier_left_off("棚户区改造任务", "棚户区改造")
    (('机构',), ())
    >>> qualifier_left_off("其中全省地区生产总值", "地区生产总值"), qualifier_left_off("战略性新兴产业增加值", "战略性新兴产业")
    ((), ())
    >>> qualifier_left_off("农村居民人均可支配收入", "居民人均可支配收入")  # all residents' income is not farmers'
    ('农村',)
    >>> qualifier_left_off("线上、线下招聘会", "招聘会"), qualifier_left_off("“全区通办”事项", "事项")
    ((), ('“全区通办”',))
    >>> qualifier_left_off("新增省级“雄鹰”企业", "雄鹰企业")  # a quoted name written without its marks
    ('省级',)
    >>> qualifier_left_off("完成广播电视“户户通”", "户户通"), qualifier_left_off("商品零售价格总水平涨幅", "商品零售价格")
    (('广播电视',), ())
    >>> qualifier_left_off("城镇新增就业", "新增就业")  # the official indicator's short name
    ()
    >>> qualifier_left_off("第三产业增加值占地区生产总值比重", "第三产业增加值")  # its share: a measure
    ()
    >>> qualifier_left_off("（4）完成政府补贴性职业技能培训", "技能培训")  # which leaves off only what the name does
    ('政府补贴性',)
    >>> qualifier_left_off("１．新增普惠性托位", "普惠性托位")  # the plan numbering its list
    ()
    >>> qualifier_left_off("以小流域为单元兴修水平梯田", "水平梯田"), qualifier_left_off("新通电村", "通电村")  # a manner; 新, newly
    ((), ())
    >>> qualifier_left_off("年度计划完成投资", "完成投资")  # the year's plan is what the year's figure answers
    ()
    """
    tail = phrase.rsplit("的", 1)[-1]
    # the short form the reviews report an official name by stands for the name (技能培训 of 职业技能培训), and
    # leaves off only what the name leaves off
    keyword = next((keyword.replace(short, name) for name, short in SHORT_NAMES
                    if name in tail and short in keyword and name not in keyword), keyword)
    if keyword not in tail and _QUOTE_MARKS.search(tail):  # "雄鹰企业" of "新增省级“雄鹰”企业"
        tail = _QUOTE_MARKS.sub("", tail)
    at = tail.find(keyword)
    if at < 0:
        return ()  # a name the reviews use instead (a topic)
    # (the marks a quoted keyword stands in are no words: 广播电视“|户户通|”)
    before, after = _without_lead_ins(tail[:at]).rstrip("“‘"), tail[at + len(keyword):].lstrip("”’")
    if "、" in before and all(len(_without_lead_ins(item)) <= 2 for item in before.split("、")):
        before = ""  # "线上、线下招聘会": listed kinds of a word each, sharing the head: the head names them all
    if len(before) == 1 and before in _FREE_CHARACTERS or before == "新" and keyword.startswith(_DONE_ANEW):
        before = ""
    after = _without_deeds(after).removeprefix("总水平")  # 商品零售价格总水平: the price level is the prices'
    if after in _MEASURES + RATE_NAMES + SHARES or (after.startswith("占") and after.endswith(SHARES)):
        after = ""  # (占地区生产总值比重: the thing's share of a whole, a measure the statements stage reads)
    return tuple(words for words in (before, after) if words)


def too_general(phrase: str, keyword: str) -> bool:
    """Whether ``keyword`` is a word of two characters standing for a longer phrase: such a word names many
    things (比重 of 服务业增加值占地区生产总值的比重 finds any share, 比例 of 存量违建处理比例 any ratio). A
    two-character noun that is all the plan names, its verbs left off (户厕, 维修改造|道路), is not.

    >>> too_general("服务业增加值占地区生产总值的比重", "比重"), too_general("存量违建处理比例", "比例"), too_general("改造户厕", "户厕")
    (True, True, False)
    >>> too_general("公厕新建改造", "公厕")  # the deeds done to it, after its name, narrow nothing
    False

    A word that names only a level (国家级 of "建好2个国家级、3个省级文化生态保护区") names no thing at all, nor a
    measure the plan names alone, its thing said in the sentence before (产值 of "…光伏产业链…，产值达到500亿元").

    >>> too_general("国家级", "国家级"), too_general("产值", "产值")
    (True, True)
    """
    named = strip_words(_without_lead_ins(phrase), _DONE, from_end=True, keep=len(keyword))
    return (len(keyword) <= 2 and (keyword != named.strip("“”\"") or keyword in _MEASURES_ALONE)) \
        or keyword.endswith(_LEVEL)


def narrower_name(named: str, words: Sequence[str], plan: str) -> str:
    """The words with which ``named``, a review's name for a figure's thing, narrows what the evidence ``words``
    name in ``plan`` (the pledge's quote), or '': the figure may be of a kind or a part of the plan's thing.

    >>> narrower_name("建成塑胶健身步道", ["健身步道"], "改造建设各类健身步道300公里")
    '塑胶'
    >>> narrower_name("高校毕业生就业", ["就业"], "新增就业4万人以上"), narrower_name("新增城镇就业", ["就业"], "新增就业4万人以上")
    ('高校毕业生', '')
    >>> narrower_name("进出口", ["出口"], "出口增长3%左右")  # a word cut inside another names another thing
    '进'

    Not narrowing: the words the plan names it with too (粮食 of 粮食总产量 for 粮食产量), the measure of a whole
    (总, 平均), lead-ins (常住 of 城镇常住居民人均可支配收入), the official name of the rural side (农村牧区), and
    the item of a list that the plan names (多晶硅料 of 多晶硅料、单晶拉棒产能分别…).

    >>> narrower_name("粮食总产量", ["粮食", "产量"], "粮食产量1600亿斤以上")
    ''
    >>> narrower_name("农村牧区常住居民人均可支配收入", ["农村", "常住居民人均可支配收入"], "农村常住居民人均可支配收入增长8%")
    ''
    >>> narrower_name("多晶硅料、单晶拉棒、切片、组件产能", ["产能"], "多晶硅料产能达到37.5万吨")
    ''
    """
    for name, side in SIDE_NAMES:
        named = named.replace(name, side)
    for name, short in SHORT_NAMES:  # 新增城镇就业 is the 新增就业 a plan names, 新农合 the 新型农村合作医疗
        named = named.replace(name, short) if short in plan and name not in plan else named
        named = named.replace(short, name) if short not in name and name in plan and short not in plan else named
    keyword = max((word for word in words if word and word in named), key=len, default="")
    if not keyword:
        return ""  # the review names it by another name (规上 for 规模以上): nothing to compare word by word
    cut = cut_inside_word(named, keyword)
    if len(cut) == 1 and CJK.match(cut) and cut not in plan and _without_lead_ins(cut):
        return cut  # 进 of 进出口 for 出口: another thing (总 of 粮食总产量 is the whole, below)
    # (a range of places the plan names by its bottom, 县城以上城市, does not say its bottom alone: 县城 is a part)
    said = [_PLACES_FROM.sub("", plan), *words]
    return "、".join(unsaid for extra in qualifier_left_off(named, keyword) if (unsaid := _unsaid(extra, said)))


# Official terms: a range of places named by its bottom (县城以上城市, 县级及以上医院).
_PLACES_FROM = re.compile("(?:县城|县级|县|乡镇|乡|地级|市级|设区市)及?以上")


def _unsaid(words: str, said: Sequence[str]) -> str:
    """``words`` without what ``said`` says too, nor lead-ins and measures of a whole; '' where less than a word of
    two characters is left, or where it lists kinds of which ``said`` names one (the item of a 分别 list)."""
    if any(len(item) >= 2 and any(item in text for text in said) for item in re.split("[、和与及]", words)[:-1]):
        return ""
    words = BOTH_SIDES.sub(lambda both: " " * len(both.group()), words)  # 国内外: the whole again
    for size in range(len(words), 1, -1):
        for at in range(len(words) - size + 1):
            piece = words[at:at + size]
            if piece.strip() and any(piece in text for text in said):
                words = words.replace(piece, " " * size)
    left = [_without_lead_ins(part.strip("的“”\"")) for part in re.split(r"[\s、，,和与及等]+", words)]
    left = [part for part in left if part and part not in _WHOLE]
    return "、".join(left) if sum(map(len, left)) >= 2 else ""


def _without_deeds(text: str) -> str:
    """``text`` without the deeds done to a thing that stand after its name: '' where it is all deeds, or ends in
    one (新建改造; 淘汰和清洁能源替代; 基础设施综合改造: what is done, and with or to what part).

    A deed before a general head names the kind (数字化|建设项目 are no 数字化|改造项目): it stays.

    >>> _without_deeds("淘汰和清洁能源替代"), _without_deeds("重点技改项目"), _without_deeds("建设项目")
    ('', '重点技改项目', '建设项目')
    """
    if text.endswith(tuple(_DONE)):
        return ""
    rest = strip_words(text, _DONE, from_end=False, keep=0)
    return text if rest in _KINDS_OF_WORKS else rest


def _without_lead_ins(text: str) -> str:
    while True:
        # "到2025年底前实现…": a deadline says when, not of what; "（1）": the plan numbering its list
        dated = _WHEN.match(text) or ITEM_NUMBER.match(text) or _MANNER.match(text)
        stripped = strip_words(text[dated.end():] if dated else text, _LEADING, from_end=False, keep=0)
        if stripped == text or text.startswith("新") and stripped == text[1:] and not stripped.startswith(tuple(VERBS)):
            return text  # (新 of 新农合, 新型 is part of the name; 新 before a verb, 新安装, says it is done anew)
        text = stripped


# Grammar: the deeds done to a thing, after its name, and the words joining them (淘汰和…替代); not the verbs that
# are nouns there too (标准化|组织 is an organisation).
_DONE = sorted((set(DEED_HEADS) - set(VERBS)) | {"改造", "建设", "新建", "提升", "更新", "治理", "修复", "升级", "和", "及",
                                                "与",
                                                # (what is added to a balance: 各项贷款余额|新增30亿元)
                                                "新增", "净增"}, key=len, reverse=True)
# Official statistics: the measures of a whole (粮食总产量 is 粮食产量; 工商业平均电价 is 工商业电价).
_WHOLE = ("总", "平均", "全")
# Grammar: a time or deadline before a noun phrase (到2025年底前, 2024年).
_WHEN = re.compile(r"(?:到|至)?(?:19|20)\d\d年(?:底|末)?(?:前|以前|之前)?")
# Grammar: how a deed is done, 以X为Y before its verb (以小流域为单元|兴修水平梯田): a manner, no narrower thing.
_MANNER = re.compile(r"以[\u4e00-\u9fff]{1,8}?为(?:单元|重点|主线|主体|主|核心|抓手|载体|依托|龙头|突破口)")
# Grammar: quotation marks, which a name may stand in or not ("雄鹰"企业, 雄鹰企业).
_QUOTE_MARKS = re.compile(f"[{QUOTES}]")
# Grammar: the ending of a word naming a level (国家级, 省级, 4A级): a qualifier, no thing.
_LEVEL = "级"
# Official statistics: measures of two characters, which say how much and not of what (产值, 产量, 产能, 总产).
_MEASURES_ALONE = tuple(m for m in MEASURE_NAMES if len(m) == 2) + ("产能",)
# Official statistics and grammar: what is measured of a thing (增加值, 人数), or done to it (改造, 工程), after
# its name.
_MEASURES = ("增加值", "人数", "数量", "总量", "面积", "工作", "任务", "改造", "建设", "工程", "天数", "户数", "次数")
# Grammar: general heads of works, whose kind the deed before them names (建设项目, 改造项目, 提升工程).
_KINDS_OF_WORKS = ("项目", "工程")
# Grammar: words that lead up to a noun without narrowing it: verbs and the adverbs before them (提升, 上线,
# 滚动推进), determiners, the whole territory, and official statistics' whole of society (全社会固定资产投资 is
# what 固定资产投资 reports).
_LEADING = sorted(FREE_BEFORE + ("全社会", "常住", "区内", "市内", "省内", "计划", "年度", "把", "提升", "发展", "开", "攻克",
                                 "上线", "取得",
                                 # a title won is the one a plan promises to create (创建…示范村: 新创成…示范村2个)
                                 "新创成", "创成",
                                 "滚动", "分类", "维修", "疏通", "搬迁", "关停", "或", "覆盖", "修缮", "整治", "治理",
                                 "安装", "配备", "配置", "招募", "慰问", "邀请", "落实",
                                 # official statistics: foreign capital is reported as actually used (实际利用外资)
                                 "实际利用", "实际使用", "利用",
                                 # how far, not which kind (二十四万贫困人口基本解决温饱问题)
                                 "基本",
                                 # planting trees is how forest is made (植树造林 is 造林)
                                 "植树",
                                 # the threshold's measure (总投资亿元以上项目 are 亿元以上项目)
                                 "总投资",
                                 # the government that will do it, and its arranging (市政府将安排为民办实事项目15件;
                                 # not 政府 alone: 政府投资项目 are a kind)
                                 "省政府将", "市政府将", "区政府将", "县政府将", "政府将", "我们将", "安排")
                 # the stages of building say how far, not of which kind (identity tells a stage not promised)
                 + STARTED + FINISHED, key=len, reverse=True)
