"""What in a plan is not a pledge for the plan's year, and why.

A plan part also describes the past ("去年完成…", "全区现有…"), counts its own structure ("五个方面",
"布局三大工程") and names things with digits: each test returns the reason a figure is left out, or "" when it
may be a pledge. It also sets goals for several years ("到2027年", "“十五五”期间"): ``clause_period`` says so, and
the drafter writes such a goal as a rule for the reviewer to check its period (graded for no one year).

>>> clause_refusal("去年完成投资45亿元")
'it describes the past or the present (去年)'
>>> clause_refusal("由去年的120亿元增加到150亿元")  # last year's base: the pledge is where it goes
''
>>> clause_refusal("我国同30个国家建立或恢复了外交关系")
'it describes the past or the present (了)'
>>> clause_refusal("梳理了新一轮的20件好事实事")  # the plan's own list of the year's deeds
''
>>> clause_period("到2027年建成30个口袋公园", 2024)
'it is a goal for several years or another year (2027年)'
>>> from pledgetrack.quantity import find_quantities
>>> figure_refusal(find_quantities("深入开展三项工程")[0], "深入开展三项工程")
'a count written in words (三项): the plan counting its own parts'
>>> figure_refusal(find_quantities("新建5个口袋公园")[0], "新建5个口袋公园")
''
>>> figure_refusal(find_quantities("办好十件民生实事")[0], "办好十件民生实事")  # deeds for the year
''
>>> figure_refusal(find_quantities("其中8个约束性指标")[0], "其中8个约束性指标")
"a count of the plan's own structure (8个约束性指标)"
"""

from __future__ import annotations

import re

from ..quantity import Quantity
from ..quantity.numerals import CN_DIGITS
from ..quantity.units import COUNT_WORDS, is_count

__all__ = ["clause_period", "clause_refusal", "figure_refusal", "next_year_deadline", "sizes_works"]

# Grammar: words that put a clause in the past or the present, not the plan's year.
# ("较上年下降3分" is a target against last year, not last year's figure.)
# (Not the 目前 of 项目前期.)
# (A verb with 了 tells what was done: "建立或恢复了外交关系", "进行了…试点"; not 为了, 除了, 了解, nor the verbs
# that draw up the plan itself: "梳理了新一轮的20件好事实事", 确定了, 安排了, 提出了 announce what it holds.)
_PAST = re.compile("去年|过去|现有|(?<!项)目前|截至|已经|已建成|已完成|已有|已达|以来|累计已|先后|现在|已全面"
                   "|(?<![为除罢])(?<!梳理)(?<!确定)(?<!安排)(?<!提出)了(?!解)")
# Official terms and grammar: words of goals spread over several years (five-year plans, 年均).
# ("五年治水行动" names a programme: a count of years alone is no period.)
# Grammar: a from–to that starts from last year's figure ("由去年的120亿元增加到150亿元") promises its end for
# the plan's year; last year stands in it only as the base.
_FROM_LAST_YEAR = re.compile("(?:由|从)(?:去年|上年)(?:底|末)?的?(?=[^，；。]*?(?:到|至)[^，；。]*\\d)")
# (The five-year outline presented with the plan, 《纲要（草案）》, sets its goals and counts its own parts.
# "平均每年" is not here: a plan's average over years is drafted, its period for the reviewer to check.)
_SPREAD = ("十四五", "十五五", "十六五", "年均", "《纲要", "纲要草案", "期间", "时期", "中长期", "远景")
_ANNUAL_MEAN = re.compile("年均(?:浓度|值)")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=年)")
# Grammar: a deadline at the end of the next year ("到2017年底前实现…全部稳定脱贫" in the plan for 2016) is work the
# plan's year carries: a pledge of that year, which the review may state reached early (statements.target_period
# gives the grader its deadline: not reached yet is no miss). A later deadline is a goal of several years.
_NEXT_YEAR_END = re.compile("年(?:底|末)(?:前|以前|之前)")
# Grammar: units that measure time or age: "15分钟生活圈", "3岁以下婴幼儿" name a service, not a target.
_TIME_UNITS = frozenset({"岁", "年", "月", "天", "日", "分钟", "小时", "周", "秒"})
# Grammar of official plans: what follows a count of the plan's own structure ("五个方面", "10条重点产业链",
# "三大工程"); general words only, never a fragment of one report's sentence.
_STRUCTURE = ("方面", "战略", "体系", "机制", "原则", "方向", "产业链", "核心产业", "重点任务", "大工程")
# Official terms: the indicators a plan sets, counted ("28个主要指标", "8个约束性指标"), are its structure however
# they are qualified: no plan promises a number of indicators.
_INDICATORS = re.compile("[\u4e00-\u9fff]{0,5}?指标")
_DIGITS = re.compile(r"\d")
# Official terms: the practical things a government undertakes to finish within the year ("办好十件民生实事"),
# which its next report counts done: a count of them in words is a pledge, not the plan's structure.
_DEEDS = re.compile("[\u4e00-\u9fff]{0,2}实事")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def clause_refusal(text: str) -> str:
    """Why a clause says nothing of what is to come: it describes the past or the present; or ""."""
    past = _PAST.search(_FROM_LAST_YEAR.sub("", text))
    return f"it describes the past or the present ({past.group(0)})" if past else ""


def clause_period(text: str, year: int, before: str = "") -> str:
    """Why a clause's goals are for several years or another year than ``year``, or "" where they are its own.

    ``before`` is what stands before the clause in its sentence: "“十五五”期间，…" sets
    the span of every clause after it.

    >>> clause_period("建成30个口袋公园", 2024, "到2027年，")
    'it is a goal for several years or another year (2027年)'
    >>> clause_period("到2025年底前建成30个口袋公园", 2024)  # the end of the next year: the plan's year carries it
    ''
    """
    text = before + text
    spread = _ANNUAL_MEAN.sub("", text)  # (年均浓度 is the year's own mean)
    for word in _SPREAD:
        if word in spread:
            return f"it is a goal for several years or another year ({word})"
    for found in _YEAR.finditer(text):
        if int(found.group(1)) != year and not (int(found.group(1)) == year + 1
                                                and _NEXT_YEAR_END.match(text, found.end())):
            return f"it is a goal for several years or another year ({found.group(0)}年)"
    return ""


def next_year_deadline(text: str, year: int) -> str:
    """The deadline at the end of the year after ``year`` that ``text`` sets ("2017年底前"), or "".

    >>> next_year_deadline("到2017年底前实现农村贫困人口96户、183人全部稳定脱贫", 2016)
    '2017年底前'
    >>> next_year_deadline("到2018年底前完成", 2016)
    ''
    """
    for found in _YEAR.finditer(text):
        end = _NEXT_YEAR_END.match(text, found.end())
        if int(found.group(1)) == year + 1 and end:
            return text[found.start():end.end()]
    return ""


# Grammar: a plan counts its own parts (五个方面, 十大工程, 二十项措施) in the tens at most; an amount named by a
# bare power (亿元以上项目, 千亿元) describes a thing.
_PARTS_AT_MOST = 1000
_CLAUSE_END = ("", *"，,。；;：:！？!?）)")
_CN_DIGITS = re.compile("[" + "".join(char for char, value in CN_DIGITS.items() if value) + "]")  # not 〇, 零


# Grammar and official terms: a figure said of each household or person (每户, 户均, 家庭至少) right before it.
_PER_UNIT = re.compile("(?:每户|户均|每个家庭|每人)(?:至少|不少于|有)?$")


def figure_refusal(quantity: Quantity, text: str) -> str:
    """Why a figure in ``text`` (``quantity.span`` indexes it) is no target, or ""."""
    after = text[quantity.span[1]:quantity.span[1] + 6]
    if quantity.unit in _TIME_UNITS and _CJK.match(after[:1]):
        return f"a time or an age ({quantity.text}) names a service, it is no target"
    if not quantity.unit and _CJK.match(text[quantity.span[1]:quantity.span[1] + 1]):
        return f"a figure without a unit ({quantity.text}) describes a thing, it is no target"
    # A rate in words ("增长百分之八", "人口自然增长率控制在千分之十六以内", as plans wrote targets in the 1990s) is a
    # target, and so is an amount in words no plan counts its own parts with ("粮食产量保持在五千亿公斤左右", "中央财政赤字
    # 一千五百亿元"), and a count after its noun, ending the clause ("新建改建桥梁两座"): the plan's own parts are
    # counted before their noun ("三个方面", "十件实事").
    if not _DIGITS.search(quantity.text) and quantity.unit not in ("%", "‰") and not _DEEDS.match(after) \
            and after[:1] not in _CLAUSE_END \
            and (quantity.value < _PARTS_AT_MOST or not _CN_DIGITS.search(quantity.text)):
        return f"a count written in words ({quantity.text}): the plan counting its own parts"
    for word in _STRUCTURE:
        if 0 <= after.find(word) <= 2:
            return f"a count of the plan's own structure ({quantity.text}{word})"
    indicators = _INDICATORS.match(text, quantity.span[1])
    if indicators:
        return f"a count of the plan's own structure ({quantity.text}{indicators.group(0)})"
    if _PER_UNIT.search(text, 0, quantity.span[0]) or (text[:quantity.span[0]].endswith("家庭")
                                                         and quantity.text.startswith(("至少", "不少于"))):
        # "动态保持有劳动力的搬迁家庭至少1人就业": a condition on every household, no count of the year's
        return f"a condition on each of the households or people named ({quantity.text}), no total"
    if sizes_works(quantity, text):
        # "伊德尔乳业10万吨液态奶项目年内建成投产": the size of the works it names; the pledge is the works done
        return f"the size of the works it names ({quantity.text}{_SIZED_WORKS.match(text, quantity.span[1]).group()})"
    counted = _COUNTED_BEFORE.search(text, 0, quantity.span[0])
    if counted and not is_count(quantity.unit) and _CJK.match(after[:1]):
        # "两台20万千瓦机组全部建成投产": the size of each thing counted, not how much is promised
        return f"the size of each of {counted.group()} ({quantity.text}{after[:2]}…), no target"
    return ""


def sizes_works(quantity: Quantity, text: str) -> bool:
    """Whether a figure in ``text`` is the size of the works it names (not a target).

    >>> from pledgetrack.quantity import find_quantities
    >>> text = "确保伊德尔乳业10万吨液态奶项目年内建成投产"
    >>> sizes_works(find_quantities(text)[0], text), sizes_works(find_quantities("新增装机60万千瓦")[0], "新增装机60万千瓦")
    (True, False)
    >>> text = "开工建设日处理5万吨的城市污水处理厂"
    >>> sizes_works(find_quantities(text)[0], text)
    True
    """
    return quantity.unit in _CAPACITIES and _SIZED_WORKS.match(text, quantity.span[1]) is not None


# Official terms: works named with their capacity (10万吨液态奶项目, 20万千瓦风电项目, 2×35万千瓦机组, 日处理5万吨的
# 城市污水处理厂); an area or a
# length before works (3万亩退耕还林工程) is what the works cover, a target.
_CAPACITIES = frozenset({"吨", "千瓦", "兆瓦", "吉瓦", "千瓦时", "标箱"})
_SIZED_WORKS = re.compile("[\u4e00-\u9fff“”]{0,10}?(?:项目|工程|生产线|机组|电站|电厂|基地|厂|站|码头|泊位)")
# Grammar: a count of things right before a figure of another kind (两台|20万千瓦机组, 3艘|10万吨级货轮).
_COUNTED_BEFORE = re.compile("(?:[0-9０-９]+|[一二两三四五六七八九十]+)[" + "".join(w for w in COUNT_WORDS if len(w) == 1)
                             + "]$")
