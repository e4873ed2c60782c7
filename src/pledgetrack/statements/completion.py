"""Whether a review states a milestone reached: a completion word said of the thing itself, done now and whole.

>>> stated_completion(["望川河综合整治一期工程全面完工"], [], ("建成", "完工"), "完成望川河综合整治一期工程")
'完工'
>>> stated_completion(["望川体育公园完成主体工程"], ["将于今年上半年建成开放"], ("建成", "完成"), "建成望川体育公园")
''
>>> stated_completion(["城乡供水一体化工程开工建设"], ["完成投资2.6亿元"], ("完工", "完成"), "城乡供水一体化一期工程年底前完工")
''
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from .stretches import deed_only
from .words import DONE, FINISHED, STARTED

# Grammar: a completion said of the future (将于今年上半年建成, 预计年底完工), hoped for (力争, 争取, 有望), hurried
# on (加快推进…开工) or denied (未能按期开工, 尚未建成) states nothing done; the marker stands at most a few words
# before it. (A review's 推动…建成投用 reports the thing done, the government's part in it said.)
_NOT_YET = re.compile(r"(?:将|即将|计划|预计|力争|争取|有望|拟|加快|筹备|尚未|未能|未|没有|不能)[^，,。；;：:]{0,8}$")
# (the deed named as a noun and denied after it: 东津电厂1号机组并网和鹤鸣水库开工均未能按期实现)
DENIED_AFTER = re.compile(r"[^，,。；;：:]{0,4}?(?:均|都|也|仍)?(?:尚未|未能|没有|未)(?:按期|如期|按时|按计划)?(?:实现|完成|到位)")
# Official statistics: a share of the task or the works done (完成年度任务的70%, 完成总工程量的75%): in part, not whole.
# (and a share said right after the completion: 盾构施工完成70%)
_SHARE_OF_TASK = re.compile(r"(?:[^，,。；;：:]{0,8}?(?:的|计划|任务|目标))?([0-9]+(?:\.[0-9]+)?)[%％]")

# Official statistics of building: money spent on the works (完成投资2.6亿元, 完成年度投资), no stage of them done.
_SPENT = re.compile("(?:年度|全年|计划)?(?:固定资产)?投资")

# Grammar: deeds done once, which a review states done by saying them of the thing (开工建设鹿鸣水电站: 鹿鸣水电站
# 正式开工建设; 全面推开…试点: …试点在全省全面推开), where the plan promises that very deed.
_ONE_OFF_DEEDS = ("开工", "动工", "启动", "免除", "免征", "取消", "建立", "推开", "推行", "实行", "设立", "成立", "组建",
                  "免费提供", "铺通", "贯通", "通车", "召开", "举办", "封顶", "结顶", "铺轨",
                  # (a zone approved, a tunnel holed through, a list published: 综合保税区获批, 全线洞通, 公布…清单)
                  "获批", "洞通", "公布",
                  # (prices or a market opened: 粮食购销价格全面放开)
                  "放开",
                  # (opened to flights, a street or park opened, a bridge's span closed; not 供水, a word of names too:
                  # 城乡供水一体化)
                  "通航", "开街", "开园", "开馆", "合龙", "合拢")
# Official terms: states a plan promises kept (财政收支平衡, 做到应保尽保, 按时足额发放), which a review states held by
# saying them of the thing at the end of a clause (全区财政收支平衡，略有结余; 做到了应保尽保); said before more words
# (收支平衡压力加大) they name a topic, not the state held.
STATES = ("平衡", "应保尽保", "足额发放")
# Official terms: a check or inspection a plan promises passed (通过“两基”国家检查验收), which a review states passed
# by 通过 before the inspection it names (顺利通过了省政府…评估验收).
_PASSED = re.compile("通过[^，,。；;]{0,24}?验收")
_PASSED_BEFORE = re.compile("通过了?[^，,。；;]{0,24}$")
# Grammar: places listed and counted as the subject of a deed (梅溪、芦田两县, 东城、西城、南城三个区).
_PLACES_LISTED = re.compile("[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+[两二三四五六七八九十]个?[县市区乡镇村]")
# Official statistics of building: stages short of the whole works (its main structure, 主体工程完工 or 主体结构
# 封顶; its preparation, 完成前期工作, 方案设计, 用地预审, 可研, 环评, 立项, 招标, 选址; one phase of several, 一期)
# leave the works unfinished, unless the pledge itself is that stage ("完成县城总体规划设计", "二期工程投入使用").
_PART_OF_WORKS = ("主体", "前期", "设计", "预审", "审批", "论证", "可研", "可行性", "环评", "立项", "招标", "选址", "征迁",
                  "征地", "封顶", "结顶", "一期", "批复", "获批", "核准",  # (its approval: 可行性研究报告获得批复)
                  "路基", "桩基", "基坑",  # (the bed or the footings of the works: 路基工程全线完成, 路面完成40%)
                  "安装", "调试",  # (its equipment put in: 完成设备安装调试)
                  "铺轨", "联调",  # (a line's track laid and its systems tested: 完成铺轨…，进入联调联试阶段)
                  "首期", "二期", "三期",
                  # (one section of a road or line: 东环路北段建成通车, for 东环路全线建成通车)
                  "北段", "南段", "东段", "西段", "中段", "首段", "一标段", "标段")
_PART_REACH = 6
# Grammar: the generic word of completion, the thing done after it (完成轨道铺设), and the things that are the task
# itself (完成年度目标任务, 完成计划).
_DONE_GENERIC = "完成"
_OBJECT = re.compile("[\u4e00-\u9fff]{2,}")
_TASKS = re.compile("任务|目标|计划|全部|各项|所有")
# Grammar: a deed promised of all of a set (贫困人口全部脱贫, 所有行政村), which a count of those done (74.5万…实现
# 脱贫) does not state reached, unless the review says all too.
_ALL_OF = re.compile("全部|所有|全体|均已|都已")
_COUNTED = re.compile(r"[0-9]")
# Official statistics of building: the stages past the start of works, each of which says the works were begun.
PAST_START = FINISHED + ("封顶", "结顶", "完工", "通车")
# Official statistics of building: words that state a reach alone (实现全覆盖, 摘帽, 收官), of coverage or of a
# programme, not of works built: said of a thing promised built (建成, 投用, 竣工…), they state it of something else
# (网格化管理实现全覆盖 builds no 网格化社会管理信息平台), unless the pledge promises that reach itself.
_REACH_ALONE = ("实现", "全覆盖", "摘帽", "收官")
# Grammar: words that open a clause going on with a deed of the subject before it ("滨河路全线贯通，|已建成通车").
# (and the month it was done in, of the year reviewed, and the ground broken: "龙洞水库完成了勘测设计，|于十月破土动工",
# "蓼河大桥，|于去年十月一日建成通车"; not 于今年…, the year after)
_OPENING_ADVERBS = re.compile("^(?:并|且|已经|已|均|全部|全面|全线|顺利|如期|正式|基本|相继|先后|陆续|提前|按期|破土"
                              "|于(?:去年|(?:19|20)[0-9]{2}年|[〇零一二九][〇零一二三四五六七八九]{3}年)?"
                              "[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}日)?(?:底|初|中旬|下旬)?)*")


def stated_completion(own: Sequence[str], following: Sequence[str], words: Iterable[str], quote: str) -> str:
    """The completion word (of ``words``, else one :data:`DONE` reads) that states the thing reached, or ''.

    ``own`` are the clauses naming the thing; ``following`` the clause after each, which speaks of the thing only
    where it opens with the deed ("…北延工程，已全线建成通车"); one with a subject of its own ("县人民医院门诊综合楼
    主体工程完工，|县妇幼保健院住院楼投入使用") speaks of another. ``quote`` is the pledge's: a stage it names is
    the whole of what it promised.

    >>> stated_completion(["县人民医院门诊综合楼主体工程完工"], ["县妇幼保健院住院楼投入使用"], ("投入使用", "完工"), "建成县人民医院门诊综合楼")
    ''
    >>> stated_completion(["青禾大道北延工程"], ["已全线建成通车"], ("建成",), "建成青禾大道北延工程")
    '建成'
    """
    clauses = list(own) + [clause for clause in following if opens_with_deed(clause, words)]
    words = [word for word in words if _says_of_pledge(word, quote)]
    for word in words:
        if any(_reached(clause, at, word, quote) for clause in clauses for at in places_of(clause, word)):
            return word
    if _begun_only(pledged_deeds(quote)):
        return ""  # (works promised begun: the start or a stage past it, never a 完成 of their preparation)
    for clause in clauses:
        for found in DONE.finditer(clause):
            if _says_of_pledge(found.group(), quote) and _reached(clause, found.start(), found.group(), quote):
                return found.group()
    return ""




def several_things(quote: str, words: Sequence[str]) -> bool:
    """Whether ``quote`` promises a deed of several things that ``words`` name apart, joined by 和, 、, 及 or 与, or of
    several places it lists and counts (梅溪、芦田两县): each must be done for the pledge to be.

    >>> several_things("开工建设6号线和9号线一期", ["6号线", "9号线"]), several_things("建成区图书馆新馆", ["区图书馆新馆"])
    (True, False)
    >>> several_things("梅溪、芦田两县年内通过“两基”验收", ["两基"])  # places listed and counted
    True
    """
    if _PLACES_LISTED.search(quote):
        return True  # "梅溪、芦田两县年内通过“两基”验收": each place must pass
    places = sorted((at, at + len(word)) for word in words if (at := quote.find(word)) != -1)
    return any(re.fullmatch(r"[^，,。；;]*?[和、及与][^，,。；;]*", quote[end:start])
               for (_, end), (start, _) in zip(places, places[1:]))


def done_words(quote: str, completion: Sequence[str]) -> tuple[str, ...]:
    """The words that state done what ``quote`` promises: its deeds done once with the ``completion`` words of the
    vocabulary; for works promised begun (开工建设…), the start and every stage past it, never a 完成 of something
    else (城东快速路完成可行性研究等前期工作 says nothing of the start).

    >>> done_words("开工建设城东快速路", ("建成", "完成"))[:3], done_words("建成城东快速路", ("建成", "完成"))
    (('开工', '新开工', '动工'), ('建成', '完成'))
    """
    deeds = pledged_deeds(quote)
    if _begun_only(deeds):  # (the start in any of its words: 开工建设… is begun where the works 破土动工)
        return deeds + tuple(word for word in STARTED if word not in deeds) + PAST_START
    return tuple(completion) + deeds


def _begun_only(deeds: tuple[str, ...]) -> bool:
    """Whether the deeds a pledge promises are the start of works alone (开工建设…)."""
    return bool(deeds) and all(deed in STARTED for deed in deeds)


def pledged_deeds(quote: str) -> tuple[str, ...]:
    """The deeds done once, and the states kept, that ``quote`` promises: a review saying them of the thing states it
    done.

    >>> pledged_deeds("开工建设鹿鸣水电站"), pledged_deeds("在全省全面推开城镇居民基本医疗保险试点")
    (('开工',), ('推开',))
    >>> pledged_deeds("确保离退休人员基本养老金按时足额发放"), pledged_deeds("梅溪县年内通过“两基”验收")
    (('足额发放',), ('验收',))
    """
    passed = ("验收",) if _PASSED.search(quote) else ()
    return tuple(deed for deed in _ONE_OFF_DEEDS + STATES if deed in quote) + passed


# Grammar: a rank or place promised kept (保持第一方阵, 位居前列, 稳居全省第一): a ranking states it, no deed done.
_RANK_KEPT = re.compile("保持[^，,。；;]{0,16}?(?:方阵|前列|领先|第[一二三四五六七八九十]|前[三五十])|位居|位列|稳居")


def _says_of_pledge(completion: str, quote: str) -> bool:
    """Whether a ``completion`` said of the thing can state done what ``quote`` promises: a reach alone (实现, 全覆盖)
    states no works promised built done, unless the pledge names it; a state promised kept (平衡) only itself.

    >>> _says_of_pledge("实现", "网格化社会管理信息平台年内建成投用"), _says_of_pledge("实现", "实现两市公交一卡通")
    (False, True)
    >>> _says_of_pledge("完成", "确保财政收支平衡"), _says_of_pledge("平衡", "确保财政收支平衡")
    (False, True)
    >>> _says_of_pledge("出台", "在全市营商环境评价中保持第一方阵")  # a rank kept
    False
    """
    if _RANK_KEPT.search(quote):  # (a rank promised kept is stated by the rank: 出台…30条 says nothing of it)
        return False
    kept = [state for state in STATES if state in quote]
    if kept:  # (a state promised kept is stated by itself: 完成 or 建成 say nothing of a balance)
        return any(state in completion for state in kept)
    promises_built = any(deed in quote for deed in FINISHED)
    return not promises_built or not any(reach in completion and reach not in quote for reach in _REACH_ALONE)


def opens_with_deed(clause: str, words: Iterable[str]) -> bool:
    rest = clause[_OPENING_ADVERBS.match(clause).end():]
    return rest.startswith(tuple(words)) or bool(DONE.match(rest))


def part_of_task(clause: str, end: int) -> re.Match | None:
    """The share of the task said right after a completion word ending at ``end``, where it is less than the whole
    (完成年度任务的70%), else None."""
    share = _SHARE_OF_TASK.match(clause, end)
    return share if share and Decimal(share.group(1)) < 100 else None


def places_of(clause: str, word: str) -> Iterable[int]:
    at = clause.find(word)
    while at != -1:
        yield at
        at = clause.find(word, at + 1)


def _reached(clause: str, at: int, word: str, quote: str) -> bool:
    if _NOT_YET.search(clause[:at]) or DENIED_AFTER.match(clause, at + len(word)):
        return False
    if word == "验收" and not _PASSED_BEFORE.search(clause[:at]):
        return False  # (a check or inspection passed: 顺利通过省“两基”验收, not 迎接验收)
    if word in STATES:
        return clause[at + len(word):].strip(" \u3000。；;！!") in ("", "到位")
    if part_of_task(clause, at + len(word)) or _SPENT.match(clause, at + len(word)):
        return False  # (完成年度任务的70%: a part of the task; 完成投资2.6亿元: money spent)
    if _ALL_OF.search(quote) and _COUNTED.search(clause, 0, at) and not _ALL_OF.search(clause):
        return False  # (74.5万农村贫困人口实现脱贫: how many, not all that were promised, 全部脱贫)
    if word in PAST_START and _begun_only(pledged_deeds(quote)):
        return True  # (a stage past the start, 主体结顶, proves works promised begun)
    if word.removesuffix("了") == _DONE_GENERIC and _another_object(clause[at + len(word):], quote):
        return False  # (…1号线北延完成轨道铺设: the track laid, not the line opened)
    around = clause[max(0, at - _PART_REACH):at + len(word) + _PART_REACH]
    return not any(part in around and part not in quote for part in _PART_OF_WORKS)


def _another_object(after: str, quote: str) -> bool:
    """Whether the words ``after`` a 完成 name another thing done than the pledge's (完成|轨道铺设, 完成|历史建筑修缮42处),
    not its task or plan (完成|年度任务) nor deeds alone or a thing the quote names (完成|改造提升).

    >>> _another_object("轨道铺设", "确保地铁4号线建成通车"), _another_object("年度目标任务", "建成地铁4号线")
    (True, False)
    >>> _another_object("", "建成地铁4号线"), _another_object("改造提升", "完成老旧小区改造")
    (False, False)
    >>> _another_object("历史建筑修缮42处", "老街历史街区更新一期建成开街")
    True
    """
    thing = _OBJECT.match(after.removeprefix("了"))  # (完成了…: the aspect, then the thing)
    return bool(thing) and not _TASKS.search(thing.group()) and thing.group() not in quote \
        and not deed_only(thing.group())
