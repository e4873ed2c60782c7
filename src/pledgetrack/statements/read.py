"""Reading one sentence into statements: each figure with the indicator, measure and period it has.

A figure's indicator is the noun phrase its clause is about, read leftwards from the figure
("城镇新增就业|48万人"), or rightwards where a count stands before its noun ("启动改造|19个|城中村");
a clause that only goes on ("比上年增长9.8%", "占比55.1%") keeps the subject of the figure before
it; a 分别 list gives each figure its own item ("城镇、农村居民人均可支配收入分别增长4.3%、5.7%").

>>> [(s.indicator, s.measure.value, str(s.quantity.value)) for s in read_sentence(
...     "全市完成地区生产总值1.3万亿元，比上年增长9.8%；服务业增加值增长10.7%，占地区生产总值的比重达到45.7%")]
... # doctest: +NORMALIZE_WHITESPACE
[('地区生产总值', 'level', '1300000000000'), ('地区生产总值', 'growth', '9.8'),
 ('服务业增加值', 'growth', '10.7'), ('服务业增加值占地区生产总值的比重', 'share', '45.7')]
"""

from __future__ import annotations

import functools
import re

import attrs

from ..corpus.model import CLOSERS, OPENERS
from ..quantity import Qualifier, Quantity, find_quantities
from ..quantity.units import is_count
from .lists import respective
from .measures import measure_of, period_of
from .ellipsis import opening_subject, said_of
from .model import Measure, Period, Statement
from .nouns import modifies, noun_of
from .words import (SET_OF, AIM, AIM_BEFORE, COUNTED_SO_FAR, CONTINUING, ESTIMATE_WORDS, IN_WORDS, NAMED_YEAR, PART_OF_YEAR, REACHED_WORDS,
                    NET_CHANGE, NOMINAL_CHANGE, REAL_CHANGE, SEVERAL_YEARS, leading_scope, trailing_predicate, year_named)

_CLAUSE_MARKS = "，,；;：:。！？!?"
# Grammar: the target set for a thing, named after it ("经济增长速度的调控目标定为８％", "全社会固定资产投资调控目标为…"):
# the figure is the thing's.
# Grammar: a figure followed by 的目标 is the target named ("减少２％的目标也没有实现"), not an outcome.
# (and with the thing named before it: "没有完成30个贫困村出列的年度目标")
_TARGET_AFTER = re.compile("[\u4e00-\u9fff]{0,10}?的(?:预期|调控|年度)?目标")
# Grammar: the set a count names, all but some of it done ("十项民生实事除口袋公园外全部完成"): the pledge restated.
_ALL_BUT = re.compile("[^。；;]{0,16}?除[^。；;]{1,30}?外")  # (…十件实事，除新建乡镇敬老院…只完成4所外，…)


def all_but(text: str, figure: Quantity) -> bool:
    """Whether the set ``figure`` counts in ``text`` is said done all but some of it ("十项民生实事除口袋公园外全部完成").

    >>> text = "十项民生实事除口袋公园外全部完成"
    >>> all_but(text, find_quantities(text)[0])
    True
    """
    return bool(_ALL_BUT.match(text, figure.span[1]))
# Grammar: a year a clause opens with, its time frame ("2012年新增560公里", "确保到2025年，…"; not "比2015年…", a
# comparison).
_OPENING_YEAR = re.compile(r"\s*(?:确保|力争|争取|努力)?(?:到|至)?" + NAMED_YEAR.pattern + "(?!以来|底前|前)")
# (a clause opening with a part of the year frames the clauses after it, to one opening with the whole year)
_WHOLE_YEAR = re.compile(r"\s*(?:全年|年末|年底|当年|全年累计)")
_WHOLE_YEAR_SAID = re.compile("全年|年末|年底")
# Grammar: a task said done, the figure sizing it ("圆满完成37万亩玉米大豆带状复合种植任务"): what was done is at least the
# task, maybe more, and the task may not be the plan's.
_TASK_DONE = re.compile(r"(?:圆满|全面|超额|顺利|如期|提前)?完成\s*$")
_TASK_SIZED = re.compile("[\u4e00-\u9fff“”]{0,16}?任务")


@functools.lru_cache(maxsize=8192)
def figures_in(text: str) -> tuple[Quantity, ...]:
    """The quantities of a sentence, read once however many rules, and the statements, look at it.

    >>> [q.text for q in figures_in("新建5个口袋公园，增长4.5%")]
    ['5个', '4.5%']
    """
    return tuple(find_quantities(text))


@functools.lru_cache(maxsize=8192)
def read_sentence(text: str, year: int | None = None, lead: str = "") -> tuple[Statement, ...]:
    """The statements of one sentence; ``year`` is the year its part speaks of, where known; ``lead`` the clauses
    before it up to ； in the same sentence, where there are any (Document.lead_of).

    >>> [(s.indicator, s.item, str(s.quantity.value)) for s in read_sentence("城镇、农村居民人均可支配收入分别增长4.3%、5.7%")]
    [('城镇居民人均可支配收入', 0, '4.3'), ('农村居民人均可支配收入', 1, '5.7')]
    >>> s = read_sentence("地区生产总值年均增长5.9%")[0]
    >>> s.period.value
    'several_years'
    """
    figures = sorted(figures_in(text) + tuple(_in_words(text)), key=lambda q: q.span)
    if not figures:
        return ()
    statements: list[Statement] = []
    # where the first estimate word ends: a figure after it is an estimate (预计…, 初步核算…)
    estimated_from = min((found + len(word) for word in ESTIMATE_WORDS if (found := text.find(word)) != -1),
                         default=len(text) + 1)
    previous_start = 0
    clauses = _clauses(text)
    several = _opens_with_several_years(text, clauses[0]) if clauses else False
    # "五年新增…1760公里，…；…；新改建农村公路5.9万公里": several years opening the sentence hold past its ；
    several = several or bool(lead) and _opens_with_several_years(lead, _clauses(lead)[0])
    # the subject a figure-less opening clause names ("乡镇企业在结构调整中保持增长，全年实现总产值…")
    subject = opening_subject(text[clauses[0][0]:clauses[0][1]]) if clauses and not any(
        q.span[0] < clauses[0][1] for q in figures) else ""
    framed = None  # the year a clause opens with ("2012年新增560公里，总里程达到4410公里"): the clauses after it are its
    in_part = False  # whether the clauses read are of part of the year ("一季度，…仅增长8.9%")
    said_to = 0  # where the last clause with a figure ends
    parts_of_total = False  # whether the figures read are the parts of a total before them (…总数…，其中…)
    for start, end in clauses:
        in_clause = [q for q in figures if start <= q.span[0] < end]
        clause_before, previous_start = previous_start, start  # (where the clause before this one begins)
        opening_year = _OPENING_YEAR.match(text, start)
        framed = year_named(opening_year.group(1)) if opening_year else framed  # ("到1995年，粮食总产量…" too)
        if not in_clause:
            continue
        parts = list(PART_OF_YEAR.finditer(text, said_to, in_clause[0].span[0]))  # (here, or a clause with no figure)
        if parts and not _WHOLE_YEAR_SAID.search(text, parts[-1].end(), in_clause[0].span[0]):
            in_part = True  # (not "由一季度双位数负增长逐月爬坡至全年分别增长15.5%": the whole year's, said after)
        elif parts or _WHOLE_YEAR.match(text, start):
            in_part = False
        said_to = end
        listed = respective(text, start, end, in_clause, statements)
        opening = text[start:in_clause[0].span[0]]
        goes_on = opening[len(leading_scope(opening)):].startswith(CONTINUING) or not opening.strip()
        cursor = start
        for q in in_clause:
            raw = text[cursor:q.span[0]]
            readings = listed.get(id(q)) or [(None, "", raw)]
            for n, (item, indicator, context) in enumerate(readings):
                if not indicator:
                    inherit = statements if (cursor > start or goes_on) else []
                    indicator = said_of(noun_of(text, raw, q, inherit, in_clause), raw, statements, start, subject,
                                        q.unit)
                measure = measure_of(q, context, indicator, text[start:q.span[0]])
                opens_part = bool(statements) and text[start:q.span[0]].lstrip().startswith(_PART_OF_BEFORE)
                parts_of_total = (parts_of_total or opens_part) and bool(statements) \
                    and statements[-1].measure is Measure.TOTAL
                if measure is Measure.LEVEL and parts_of_total and is_count(q.unit) \
                        and not NAMED_YEAR.search(text, start, q.span[0]):  # (其中2016年完成…2.1万户: that year's)
                    # (电话用户总数达到36.8万户，其中移动电话用户9.2万户: a part of the total, and so are the parts
                    # listed after it: …，其中高层次人才15.5万人，高技能人才46.6万人)
                    measure = Measure.TOTAL
                period, named = period_of(text[start:q.span[0]], raw, year)
                if period is Period.YEAR and named is None and framed is not None:
                    named = framed
                    period = Period.YEAR if year is None or framed == year else Period.OTHER_YEAR
                if several and period is Period.YEAR and named is None:
                    period = Period.SEVERAL_YEARS  # "五年累计改造农村户厕2.1万户，新改建农村公路680公里"
                if in_part and period is Period.YEAR:
                    period = Period.PART_OF_YEAR  # "一季度，…全区地区生产总值仅增长8.9%"
                estimate = estimated_from <= q.span[0]
                said = q if n == 0 else attrs.evolve(q)  # one figure said of several items: one statement each
                if _TASK_DONE.search(raw) and _TASK_SIZED.match(text, q.span[1]) and q.qualifier is Qualifier.EXACT:
                    said = attrs.evolve(q, qualifier=Qualifier.AT_LEAST)
                predicate = trailing_predicate(context)
                reached = (any(word in predicate for word in REACHED_WORDS)
                           or q.text.startswith(REACHED_WORDS + ("突破", "超过")) or raw.rstrip().endswith(COUNTED_SO_FAR))
                aim = bool(AIM.search(text, start, q.span[0])) or _after_aim(text, start) \
                    or bool(_TARGET_AFTER.match(text, q.span[1])) or bool(SET_OF.match(text, q.span[1])) \
                    or all_but(text, q)
                real = measure is Measure.GROWTH and bool(REAL_CHANGE.search(text, clause_before, q.span[0]))
                nominal = measure is Measure.GROWTH and bool(NOMINAL_CHANGE.search(text, start, q.span[0]))
                statements.append(Statement(said, indicator, measure, period, named, item, estimate, reached, aim,
                                            real, nominal, opens_part, bool(NET_CHANGE.search(raw))))
            if not modifies(text, q):
                # a count's noun taken from its right is the subject of what follows
                # ("63个|市“攻城拔寨”项目|完成投资45.4亿元")
                cursor = q.span[1]
    return tuple(statements)


# Grammar: a clause giving a part of the figure before it (…总数达到36.8万户，其中…).
_PART_OF_BEFORE = "其中"


def _opens_with_several_years(text: str, first: tuple[int, int]) -> bool:
    """Whether the sentence opens with several years (五年累计…, 两年来…): every clause after it that names no year
    of its own goes on about them ("…，新改建农村公路680公里，2021年新改建96公里": the last is the year's)."""
    opening = text[first[0]:first[1]]
    opening = opening[len(leading_scope(opening)):]
    found = SEVERAL_YEARS.search(opening, 0, 8)
    return found is not None and found.start() <= 2


def _after_aim(text: str, start: int) -> bool:
    """Whether the clause before this one announces a target ("去年…曾提出，要把…")."""
    return start > 1 and text[:start - 1].rstrip().endswith(AIM_BEFORE)


def _in_words(text: str) -> list[Quantity]:
    if not any(word in text for word in ("持平", "完成", "实现", "有", "增产", "减产")):
        return []
    found = []
    for pattern, value, qualifier, _, trend in IN_WORDS:
        for match in pattern.finditer(text):
            found.append(Quantity(value, "%", qualifier, match.group(0), match.span(), trend=trend))
    return found


_CUTS = re.compile("[" + re.escape(_CLAUSE_MARKS + OPENERS + CLOSERS) + "]")


def _clauses(text: str) -> list[tuple[int, int]]:
    """The sentence cut at ，；：。 outside brackets and quotes."""
    pieces, depth, begin = [], 0, 0
    for found in _CUTS.finditer(text):  # only the marks and brackets, not every character
        char, i = found.group(), found.start()
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and not (char == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            # (a comma between digits groups thousands, 25,216元: no end of a clause)
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, len(text)))
    return [(a, b) for a, b in pieces if b > a]
