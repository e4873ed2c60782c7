"""Aims without a figure: a clause of a plan that promises a direction for an indicator, or a named thing done.

A plan promises more than figures: "要保持固定资产投资适度增长" (an indicator and a direction),
"中央财政赤字不能比上年扩大" (an indicator and a cap), "组建国家开发银行" (a named thing and the verb that
sets it up), "京九铁路将全线铺通" (a named thing and its completion). An auditor lists these and checks them
by the indicator's growth or by the review stating the thing done. A clause is read as an aim only where
its object is checkable: the indicator is named by a head of official statistics (收入, 投资, 赤字, 产量 …),
the thing by a noun phrase that is no general word; "推进…", "加快…", "加强…" promise effort, not an outcome,
and are no aim, unless what they govern is a works named by its own completion ("…供热管网贯通工程").

>>> read_aim("千方百计增加农民收入")
Aim(kind='up', indicator='农民收入', verb='增加', start=6)
>>> read_aim("组建国家开发银行")
Aim(kind='done', indicator='国家开发银行', verb='组建', start=2)
>>> read_aim("加快推进产业结构调整") is None
True
"""

from __future__ import annotations

import re

import attrs

from .words import ITEM_NUMBER, leading_scope, unquoted

__all__ = ["EFFORT_VERBS", "HEADS", "Aim", "completion_alone", "read_aim"]


@attrs.frozen
class Aim:
    """A figure-less aim: ``kind`` is "up", "down", "hold" (a cap or steadiness) or "done" (a thing set up or
    completed); ``indicator`` the indicator or thing as the clause names it, from ``start`` of the clause."""

    kind: str
    indicator: str
    verb: str
    start: int


# Grammar: words that open an aim before its object: duty, effort and time (要, 努力, 千方百计, 今年 …).
_OPENERS = ("千方百计", "努力", "抓紧", "逐步", "积极", "率先", "顺利", "尽早", "尽快", "早日", "如期", "按期", "确保", "力争", "争取", "必须", "切实", "坚决", "继续", "进一步", "今年", "年内", "明年", "年底前",
            "全年", "要", "将", "使", "并", "还", "也", "都", "在",
            "即")  # (…“两个确保”，即|确保…: what the two are)
# Grammar: directions promised of an indicator, said after it ("投资适度增长", "赤字不能比上年扩大") or as the
# verb before it ("增加农民收入", "控制货币供应量"). A cap or steadiness is "hold".
# Official terms of budgets: a budget or spending kept within income is a cap ("财政支出要坚持从紧原则",
# "地方财政预算要量入为出", "收支平衡", "不列赤字").
_AFTER = re.compile(
    r"(?:要|必须)?(?:坚持|保持|实现|实行|都有|均有|有)?(?:适度|适当|稳定|稳步|较快|平稳|持续|合理|基本)*"
    r"(?P<word>量入为出|收支平衡|不列赤字|不打赤字|从紧(?:的?(?:原则|方针))?"
    r"|增长|增加|提高|上升|扩大|下降|降低|减少|回落|稳定|平衡|不突破(?:预算)?|不超过|不能(?:比上年|再继续|再)?扩大"
    r"|不再扩大|低一些|有所(?:增加|增长|提高|下降|降低)|的?(?:适度|合理)规模|控制在[^，。；]{2,12}(?:以内|之内|以下))")
# Grammar: a clause that only says how large its subject already is ("今年安排的投资规模也不小") lends that subject
# to the cap of the clause after it ("不能再继续扩大").
_SIZED = re.compile(r"(?:也|已|已经|还|仍|都)?(?:不小|很大|较大|过大|偏大|不少|过多|较多)$")
_BEFORE = re.compile(r"^(?:适当|大幅度?|稳步|逐步|继续)?(?P<word>增加|提高|降低|减少|控制|稳定|压缩)")
_KIND = {"增长": "up", "增加": "up", "提高": "up", "上升": "up", "扩大": "up", "下降": "down", "降低": "down",
         "减少": "down", "回落": "down", "低一些": "down", "压缩": "down"}
# Official statistics: heads of an indicator that a report gives a figure or a direction for.
HEADS = ("收入", "收支", "农业生产", "工业生产", "投资", "投资规模", "赤字", "财政", "预算", "物价", "价格", "物价总水平", "价格总水平", "收购价", "定购价", "产量", "生产总值",
          "增加值", "总额", "信贷规模", "投放量", "供应量", "货币发行", "利润", "税收", "存款", "贷款", "出口", "进口",
          "进出口", "零售总额", "信贷", "价格指数", "产值", "涨幅", "上涨幅度", "能耗", "排放量", "就业", "失业率", "支出", "财政收入")
# Official statistics: two characters that name one aggregate alone (the budget's deficit, the price level); any
# other (产量, 收入, 投资) names no particular indicator.
_AGGREGATES = ("赤字", "物价")
# Grammar: verbs that set a thing up or complete it, said before it ("组建国家开发银行") or after it
# ("京九铁路将全线铺通", "…市场价并轨"). Not 推进, 加快, 开始: they promise work, not the thing done; not 实现
# before its object: "实现…良好开局", "实现…动态平衡" name no thing.
_DONE_BEFORE = re.compile(r"^(?:基本|全面|全部|如期)?(?P<word>组建|实行|建立|建成(?:开通|投用|通车)?|设立|成立|颁布|出台|公布"
                          r"|开通(?:运营)?|完成|创建|开工建设|启动|推开|免除|免征|取消|免费提供|上线运行"
                          # (prices or a market opened: 全面放开粮食购销价格)
                          r"|放开"
                          # every unit served (实现乡乡通油路, 村村通电): a thing named by its coverage
                          r"|实现(?=“?(?P<unit>[乡村户镇县组])(?P=unit)通))")
# (a time said between the thing and its completion, 青藏铁路今年全线建成通车, 镇卫生院改扩建项目年内完工, 病房楼今年上半年
# 竣工, is when, no part of the thing; a county 实现脱贫摘帽 leaves the list of poor counties)
_WHEN = (r"今年|年内|明年|当年|年底前?|年末|上半年|下半年|(?:[春秋]季)?开学前|[春秋]季"
         r"|(?:五一|七一|国庆|春节|元旦|汛期|主汛期)前|(?:[亚奥全省市大冬青]运会|运动会|[世园花]?博会|博览会)(?:召开|开幕)?前"
         r"|[0-9一二三四五六七八九十]{1,2}月(?:底|份)?(?:前|以前)?")
_COMPLETIONS = (r"(?:(?:建成|铺通)?(?:投产|通车)(?:发电|运营)?|铺通|建成(?:投用|投入使用|开放|招生|发电)?|竣工|完工"
                # (opened to flights, supplying water, a street or park opened, a bridge's span closed)
                r"|(?:建成)?(?:通航|供水|供电|供气|供热|开街|开园|开馆|开业)|合龙|合拢"
                r"|投入(?:使用|运行|运营)|投用|投运|启用|(?:全容量)?并网(?:发电)?|完成铺轨|封顶|结顶|并轨|开通(?:运营)?|建立"
                r"|全覆盖|开工(?:建设|兴建)|开工|动工(?:建设|兴建)?|放开|启动(?:建设|实施)?|获批(?:设立)?|(?:全线)?洞通|(?:建成|投入)?试运[营行]|(?:建成)?(?:通气|通水)|下闸蓄水|(?:建成)?上线运行|全线贯通|脱贫摘帽|摘帽"
                # (states kept: 做到应保尽保, 按时足额发放)
                r"|应保尽保|(?:按时|按月|及时)?足额发放(?:到位)?"
                # (an inspection passed: 通过“两基”国家检查验收)
                r"|通过[^，,。；;]{1,24}?验收)")
# (completions joined by 并, 年内竣工并投入使用, are one)
_DONE_AFTER = re.compile(r"(?:要|将)?在?(?P<when>(?:" + _WHEN + r")+)?(?:将|要)?(?:实现|做到)?(?:全线|全面|全部|基本|如期|逐步|顺利|尽快)?"
                         r"(?P<word>" + _COMPLETIONS + "(?:并?" + _COMPLETIONS + ")*)$")
# Official statistics of building: the main structure, a stage of the building named before it.
_MAIN_STRUCTURE = re.compile("主体(?:结构|工程)?$")
# Grammar: a completion said before the thing as well as after it (建成|桐江大桥并|通车), and the words after it.
_DONE_LEAD = re.compile("^(?:建成|完成)")
_DONE_AFTER_WORDS = frozenset(("通车", "投产", "投用", "投入使用", "开放", "运营", "运行", "通水", "通气", "发电", "上线运行"))
# Grammar: verbs of effort and support: a thing they govern is worked at, not promised done (推动…全覆盖).
_EFFORT = ("推动", "推进", "加快", "加强", "深化", "促进", "支持", "着力", "服务", "基本实现", "实现", "完成", "力争")
EFFORT_VERBS = _EFFORT[:8]
_EFFORTS = re.compile("(?:" + "|".join(EFFORT_VERBS) + ")+")
# Grammar: a works whose name states its own completion ("双良与华能供热管网贯通工程", "…互联互通工程"): effort
# towards it still pledges that one outcome, which a review states reached or not.
_SELF_COMPLETING = re.compile("(?:贯通|联通|互联互通|并网|合龙)工程$")
# Grammar: a clause wrapped as a condition ("在保持…基本稳定的前提下", "在确保…的基础上") still states the aim.
_WRAPPED = re.compile(r"^在(?P<aim>.+)的(?:前提|基础)(?:上|下)$")
# Grammar: 在 before a deed, not wrapped as a condition, says where or when something else happens ("在完成追捕
# 要犯任务中…", "在完成机构改革的地区和部门"); 在 before a place or scope (在全省率先实现…) opens an aim.
_CIRCUMSTANCE = re.compile("在(?:" + "|".join(("完成", "实现", "建成", "推进", "加快", "进行", "开展", "实行")) + ")")
# Grammar: a count without a figure (一批, 若干) names no one thing.
_WORKS = ("工程", "项目", "设施")
_SOME = re.compile("一批|若干|一些|各类|各种|一系列|等(?!级)")  # (not 等级公路, a grade of road)
# Grammar: what a named thing must not be: general nouns, measures and works that name no one thing.
_VAGUE = ("时候", "工作", "任务", "目标", "发展", "体制", "举措", "决策", "进展", "活动", "考核", "建设", "体系", "机制", "制度", "水平", "能力", "质量", "作用", "环境",
          "意识", "措施", "政策", "服务", "管理", "结构", "调整", "规划", "方案", "要求", "问题", "基础", "条件")
# (a line or a building may be named by its number, 轨道交通2号线, 3号楼, or its size, 10万吨液态奶项目; a month may
# say when, 6月底前投入运行)
_NAME = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z“”《》、]|[0-9０-９]+号|[0-9０-９]{1,2}月|[0-9０-９.]+(?=[万亿]?[\u4e00-\u9fffA-Za-z]))+$")


def completion_alone(clause: str) -> str:
    """The completion a clause states of nothing it names ("确保年内建成投产", after "抓紧…工程建设，"), or '': it
    completes the works the clause before names.

    >>> completion_alone("确保年内建成投产"), completion_alone("确保县城水厂年内建成")
    ('建成投产', '')
    """
    body = clause[_opened(clause, False):].strip()
    return body if _DONE_AFTER.fullmatch(body) else ""


def read_aim(clause: str) -> Aim | None:
    """The aim a figure-less clause states, or None where it states none that can be checked.

    >>> read_aim("要保持固定资产投资适度增长")
    Aim(kind='up', indicator='固定资产投资', verb='增长', start=3)
    >>> read_aim("中央财政赤字不能比上年扩大").kind, read_aim("贯穿南北的京九铁路将全线铺通").indicator
    ('hold', '京九铁路')
    >>> read_aim("顺利实现汇率并轨")  # a thing of two characters, named with its completion
    Aim(kind='done', indicator='汇率', verb='并轨', start=4)
    """
    wrapped = _WRAPPED.match(clause.strip())
    if wrapped is not None:
        found = read_aim(wrapped.group("aim"))
        return attrs.evolve(found, start=found.start + clause.find(wrapped.group("aim"))) if found else None
    if _CIRCUMSTANCE.match(clause.strip()):  # "在完成机构改革的地区和部门": where or when, not what is promised
        return None
    named = clause.strip()
    numbered = ITEM_NUMBER.match(named)
    if not _NAME.match(named[numbered.end() if numbered else 0:].replace("的", "").replace("和", "").replace("与", "")):
        return None
    # the scope words (全年, 全市 …) hold verbs of doing too (完成, 实现): a thing done is read before them
    start, done_at = _opened(clause, True), _opened(clause, False)
    return _direction(clause[start:].rstrip(), start) or _done(clause[done_at:].rstrip(), done_at) \
        or _done(clause[start:].rstrip(), start)


# (保障 as a verb, 保障农民工工资…足额发放; not 保障性住房)
_OPENING = re.compile("(?:" + "|".join(sorted(_OPENERS, key=len, reverse=True)) + "|保障(?![性房])" + ")*")
# Grammar: the ordinals that number a list of tasks ("一要…，二要…", "一是…").
_ORDINAL = re.compile(r"[一二三四五六七八九十]+(?:是|要)")


def _opened(clause: str, scope: bool) -> int:
    at = len(clause) - len(clause.lstrip())
    numbered = ITEM_NUMBER.match(clause, at)  # "（7）建成…": the plan numbering its list
    at = numbered.end() if numbered else at
    ordinal = _ORDINAL.match(clause, at)
    at = ordinal.end() if ordinal else at
    while True:  # openers and scopes in any order ("在全省全面建立…", "年内开通…")
        end = _OPENING.match(clause, at + (len(leading_scope(clause[at:])) if scope else 0)).end()
        if end == at or len(clause) - end < 2:
            return at
        at = end


def _direction(body: str, start: int) -> Aim | None:
    before = _BEFORE.match(body)
    if before is not None:
        named = body[before.end():]
        word = before.group("word")
    else:
        found = next((m for m in _AFTER.finditer(body) if m.start() >= 2 and m.end() == len(body)), None)
        if found is None:
            return None
        named, word = body[:found.start()], found.group("word")
        if found.group() == "收支平衡":  # "财政收支平衡": the balance of the income and spending named
            named, word = named + "收支", "平衡"
    named = named.split("比")[0] if "比" in named[1:] else named  # "物价上涨幅度比去年的实际涨幅低一些"
    named = _SIZED.sub("", named)  # "投资规模也不小，不能再继续扩大": the cap is of what was said to be large
    named = named.split("的")[-1] if "的" in named else named
    named = _unopened(named)
    if len(named) < 2 or not named.endswith(HEADS) or len(named) == 2 and named not in _AGGREGATES or "、" in named:
        return None
    kind = "down" if "下降" in word or "降低" in word else _KIND.get(word, "hold")
    if word.startswith("有所"):
        kind = _KIND.get(word[2:], "up")
    if word in ("扩大",) and before is None and "不" in body[-6:]:
        kind = "hold"
    return Aim(kind, named, word, start + body.find(named))


def _done(body: str, start: int) -> Aim | None:
    effort = _EFFORTS.match(body)
    before = _DONE_BEFORE.match(body)
    after = _DONE_AFTER.search(body)
    if effort is not None and after is not None and after.group("when") and after.start() > effort.end() + 2:
        # "推动市第二医院新院区年底前投入使用": effort towards a thing promised done by a time is that outcome
        named, word = body[effort.end():after.start()], after.group("word")
    elif effort is not None:  # "推进…的审计监督全覆盖": effort, whatever it is towards
        if not _SELF_COMPLETING.search(body):
            return None
        named, word = body[effort.end():], effort.group()  # but a works named by its completion is that outcome
    elif after is not None and after.start() >= 2:
        named, word = body[:after.start()], after.group("word")
        named = named[_opened(named, True):]  # "全市率先实现“和谐社区”全覆盖": the thing, not its scope
        short = _unopened(named.split("的")[-1])
        if len(short) == 2 and short not in _VAGUE and short not in HEADS:
            # "汇率并轨": a thing of two characters is named by its completion (looked for with it)
            return Aim("done", short, word, start + body.rfind(short))
    elif before is not None:
        named, word = body[before.end():], before.group("word")
        assigned = _ASSIGNED.search(named) if word == "完成" else None
        if assigned is not None:  # "完成市下达的节能减排目标任务": the target a higher government set, met or not
            return Aim("done", assigned.group("thing"), word, start + body.rfind(assigned.group("thing")))
    else:
        return None
    named = unquoted(_unopened(named.split("的")[-1]))  # (“县县通高速”: the name, not its marks)
    if word == "应保尽保":
        named = _TOWARDS.sub("", named)
    if word == "启动":  # a deed begun (启动|设立南岭国家公园, 启动|建设沪通铁路): the thing is what is set up or built
        named = _BEGUN.sub("", named)
    if word in _DONE_AFTER_WORDS and named.endswith("并"):  # "建成桐江大桥并通车": the bridge, built and opened
        named = _DONE_LEAD.sub("", named[:-1])
    if word in ("封顶", "结顶", "完工"):  # "区文化中心主体结构封顶": the building, at the stage promised
        named = _MAIN_STRUCTURE.sub("", named)
    for work in ("建设", "工程", "任务", "工作", "创建", "筹集"):  # "完成苏南运河全线二级航道建设", "完成…试点任务",
        if named.endswith(work) and len(named) >= len(work) + 4:  # "完成…示范城市创建任务": what is built or done
            named = named[:-len(work)]
    # "主体工程", "重点项目": works named by a part or a rank only are no one thing
    # a list (、) may stand in what qualifies the thing ("省委、省政府下达的"), never in the thing: "医院、中心"
    # are several things, each its own pledge
    if len(named) < 3 or named.endswith(_VAGUE) or named in HEADS or named.startswith(_EFFORT) or "、" in named \
            or not _CJK_IN.search(named) or _YEAR_ALONE.match(named) or _DATED.match(named) \
            or _NEGATED.search(named) or _NUMBERED.search(named) \
            or named.endswith(_WORKS) and len(named) <= 4 \
            or _SOME.search(named):
        return None
    return Aim("done", named, word, start + body.rfind(named))


# Grammar: a thing is named in words, not by a year alone ("力争2023年内竣工" names no thing).
_CJK_IN = re.compile("[\u4e00-\u9fff]")
_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d年?$")
# (nor by a day: "力争5月1日部分恢复通航" names none)
_DATED = re.compile("^[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日")
# Official terms: a target a higher government assigns, named by what it is of ("完成上级下达的节能减排目标任务").
_ASSIGNED = re.compile(r"^(?:国家|上级|省|市|州|盟|区|县|[\u4e00-\u9fff]{1,4}[省市州盟])?下达的"
                       r"(?:年度)?(?P<thing>[\u4e00-\u9fff“”]{2,16}?)(?:年度)?(?:目标)?(?:任务)?$")
# Grammar: a list named by how many it holds ("城市建设十大工程"): several things, each its own pledge.
_NUMBERED = re.compile("[一二三四五六七八九十百]+[大项件]$")
_BEGUN = re.compile("^(?:实施|建设|设立|筹建)")
# Grammar: a deed denied or said of how it is done ("改革任务不仓促推开"): no thing promised done.
_NEGATED = re.compile("不[\u4e00-\u9fff]{0,3}$")


def _unopened(named: str) -> str:
    for word in ("保持", "确保", "保证", "实现", "实施", "健全", "使", "要", "将"):
        if named.startswith(word):
            named = named[len(word):]
    # "建立和发展法律服务机构": a second verb joined to the first is no part of the thing
    return _JOINED_VERB.sub("", named)


# Grammar: whom a state is kept for (对低收入住房困难家庭|要应保尽保), not the preposition before them.
_TOWARDS = re.compile("^对(?=[\u4e00-\u9fff]{3})")


_JOINED_VERB = re.compile("^[和与及](?:发展|完善|健全|规范|加强|推广|改革)|并(?:对外)?(?:开放|投入使用|投用|运行|运营|通车)$")
