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
from .model import Measure, Period, Statement
from .words import (ADDED_WORDS, AIM, AIM_BEFORE, BARE_CHANGES, BASE, CONTINUING, COUNT_REACHED, ESTIMATE_WORDS, GROWTH_WORDS,
                    IN_WORDS, NAMED_YEAR, PLAN_SHARE, REACHED_WORDS, SEVERAL_YEARS, SHARE_WORDS, TOTAL_WORDS,
                    TO_WORDS, leading_scope, trailing_predicate)

_CLAUSE_MARKS = "，,；;：:。！？!?"
_LIST_BREAKS = re.compile(r"[、和与及]")
_RATES = ("%", "‰")
# Units of things counted one by one: the count may stand before its noun ("19个城中村").
_AMOUNTS = ("元", "%", "‰", "个百分点", "百分点")
_NOUN_END = re.compile(r"[、，,；;。：:（(\d]|全部|均|已|分别|同比|比上年|增长|下降|完成|实现|建成|开工|投产|竣工|如期|上线")
# Between two figures of one list: "1.8万户、189万平方米", "65条、总长度57.9公里" (the next item's own name).
_LISTED = re.compile(r"、[\u4e00-\u9fff]{0,4}")
_PAIR = "城乡"
_PAIR_HALVES = ("城镇", "农村")


@functools.lru_cache(maxsize=8192)
def figures_in(text: str) -> tuple[Quantity, ...]:
    """The quantities of a sentence, read once however many rules, and the statements, look at it.

    >>> [q.text for q in figures_in("新建5个口袋公园，增长4.5%")]
    ['5个', '4.5%']
    """
    return tuple(find_quantities(text))


@functools.lru_cache(maxsize=8192)
def read_sentence(text: str, year: int | None = None) -> tuple[Statement, ...]:
    """The statements of one sentence; ``year`` is the year its part speaks of, where known.

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
    for start, end in _clauses(text):
        in_clause = [q for q in figures if start <= q.span[0] < end]
        if not in_clause:
            continue
        listed = _respective(text, start, end, in_clause, statements)
        opening = text[start:in_clause[0].span[0]]
        goes_on = opening[len(leading_scope(opening)):].startswith(CONTINUING) or not opening.strip()
        cursor = start
        for q in in_clause:
            raw = text[cursor:q.span[0]]
            readings = listed.get(id(q)) or [(None, "", raw)]
            for n, (item, indicator, context) in enumerate(readings):
                if not indicator:
                    inherit = statements if (cursor > start or goes_on) else []
                    indicator = _indicator(text, raw, q, inherit, in_clause)
                    indicator = _changed(indicator, statements)
                measure = _measure(q, context, indicator, text[start:q.span[0]])
                period, named = _period(text[start:q.span[0]], raw, year)
                estimate = estimated_from <= q.span[0]
                said = q if n == 0 else attrs.evolve(q)  # one figure said of several items: one statement each
                predicate = trailing_predicate(context)
                reached = (any(word in predicate for word in REACHED_WORDS)
                           or q.text.startswith(REACHED_WORDS + ("突破", "超过")))
                aim = bool(AIM.search(text, start, q.span[0])) or _after_aim(text, start)
                statements.append(Statement(said, indicator, measure, period, named, item, estimate, reached, aim))
            if not _modifies(text, q):
                # a count's noun taken from its right is the subject of what follows
                # ("63个|市“攻城拔寨”项目|完成投资45.4亿元")
                cursor = q.span[1]
    return tuple(statements)


def _changed(indicator: str, before: list[Statement]) -> str:
    """A change named without its indicator ("涨幅仍然高达…") is the last change's said before it."""
    if indicator not in BARE_CHANGES:
        return indicator
    said = next((s for s in reversed(before) if s.measure in (Measure.GROWTH, Measure.POINTS)), None)
    return said.indicator if said is not None else indicator


def _after_aim(text: str, start: int) -> bool:
    """Whether the clause before this one announces a target ("去年…曾提出，要把…")."""
    return start > 1 and text[:start - 1].rstrip().endswith(AIM_BEFORE)


def _in_words(text: str) -> list[Quantity]:
    if not any(word in text for word in ("持平", "完成", "实现", "有", "增产", "减产")):
        return []
    found = []
    for pattern, value, qualifier, _ in IN_WORDS:
        for match in pattern.finditer(text):
            found.append(Quantity(value, "%", qualifier, match.group(0), match.span()))
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
        elif depth == 0:
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, len(text)))
    return [(a, b) for a, b in pieces if b > a]


def _modifies(text: str, q: Quantity) -> bool:
    # "5000万元以上工业项目130个": a figure followed by its noun qualifies that noun, so the next
    # figure's phrase reaches back past it.
    after = text[q.span[1]:q.span[1] + 1]
    return bool(after) and "\u4e00" <= after <= "\u9fff" and q.unit in ("元",)


def _indicator(text: str, raw: str, q: Quantity, before: list[Statement],
               clause: list[Quantity]) -> str:
    """The figure's indicator.

    A count standing before its noun takes the noun ("省政府承诺的15件民生实事"); counts listed
    before one noun share it ("完成1.8万户、189万平方米棚改任务"); a clause that only goes on
    keeps the subject before it.
    """
    phrase = raw[len(leading_scope(raw)):]
    noun = phrase[:len(phrase) - len(trailing_predicate(phrase))].strip(" 、，,“”\"")
    if noun.startswith(("占", "所占")) and before:
        return before[-1].indicator + noun
    right = _right_noun(text, q)
    if right:
        return right
    following = [f for f in clause if f.span[0] > q.span[0]]
    if following and not noun and _LISTED.fullmatch(text[q.span[1]:following[0].span[0]]):
        shared = _right_noun(text, following[0])
        if shared:
            return shared
    if not noun and before:
        return before[-1].indicator
    return noun


def _right_noun(text: str, q: Quantity) -> str:
    if q.unit in _AMOUNTS or not q.unit:
        return ""
    rest = text[q.span[1]:q.span[1] + 24]
    stop = _NOUN_END.search(rest)
    noun = rest[:stop.start() if stop else len(rest)].removeprefix("的")
    return noun if noun and ("\u4e00" <= noun[0] <= "\u9fff" or noun[0] in "“\"") else ""


def _respective(text: str, start: int, end: int, figures: list[Quantity],
                before: list[Statement]) -> dict[int, list[tuple[int, str, str]]]:
    """For a 分别 list, each listed figure's item, indicator and the words before the first figure."""
    at = text.find("分别", start, end)
    if at == -1:
        return {}
    listed = [q for q in figures if q.span[0] > at]
    if len(listed) == 1:
        return _shared(listed[0], text[at + 2:listed[0].span[0]], before)
    if len(listed) < 2:
        return {}
    context = text[at + 2:listed[0].span[0]]
    subject = text[start:at]
    subject = subject[len(leading_scope(subject)):]
    subject = subject[:len(subject) - len(trailing_predicate(subject))]
    items = _items(subject)
    if len(items) < 2:
        earlier = list(dict.fromkeys(s.indicator for s in before if s.indicator))
        items = earlier[-len(listed):] if len(earlier) >= len(listed) else []
    if len(items) != len(listed):
        return {}
    return {id(q): [(k, item, context)] for k, (q, item) in enumerate(zip(listed, items, strict=True))}


def _shared(figure: Quantity, context: str, before: list[Statement]) -> dict[int, list[tuple[int, str, str]]]:
    """"…分别达35512元、25689元，分别同比增长7.8%": one figure said of every item of the list before."""
    if not before or not before[-1].item:
        return {}
    last = before[-before[-1].item - 1:]
    if [s.item for s in last] != list(range(len(last))):
        return {}
    return {id(figure): [(k, s.indicator, context) for k, s in enumerate(last)]}


def _items(subject: str) -> list[str]:
    subject = subject.strip(" 、，,“”\"")
    if _PAIR in subject and not _LIST_BREAKS.search(subject):
        return [subject.replace(_PAIR, half, 1) for half in _PAIR_HALVES]
    items = [item.strip(" “”\"") for item in _LIST_BREAKS.split(subject)]
    items = [item for item in items if item]
    if len(items) < 2:
        return items
    last = items[-1]
    # "城镇、农村居民人均可支配收入": the short items name groups of the last item's whole.
    return [item + last[len(item):] if len(item) <= 4 and len(item) < len(last) else item for item in items[:-1]] + [last]


def _measure(q: Quantity, context: str, indicator: str, clause: str) -> Measure:
    predicate = trailing_predicate(context) or context[-6:]
    if q.unit in ("个百分点", "百分点"):
        return Measure.POINTS
    if q.unit in _RATES:
        if q.qualifier is not Qualifier.EXACT and q.text.startswith(("超额", "全面", "圆满", "目标", "未", "没有")):
            return Measure.SHARE_OF_PLAN
        if PLAN_SHARE.search(context) or PLAN_SHARE.search(context.rstrip("分别")):
            return Measure.SHARE_OF_PLAN
        if q.text.endswith(("持平", "增加", "增长", "提高", "上涨", "上升", "增产", "减少", "下降", "降低", "减产")):
            return Measure.GROWTH
        if any(word in indicator for word in SHARE_WORDS) or indicator.startswith("占") or "占" in predicate:
            return Measure.SHARE
        if any(word in predicate for word in TO_WORDS):
            return Measure.LEVEL
        if q.trend or any(word in predicate for word in GROWTH_WORDS) or indicator.endswith(("增速", "增幅", "涨幅", "幅度")):
            return Measure.GROWTH
        return Measure.LEVEL
    if any(word in clause for word in TOTAL_WORDS):
        return Measure.TOTAL
    if any(word in predicate for word in COUNT_REACHED) and is_count(q.unit):
        return Measure.TOTAL
    if any(word in indicator or word in context for word in ADDED_WORDS):
        return Measure.ADDED
    if q.trend or any(word in predicate for word in ("增加", "增长")):
        return Measure.ADDED
    return Measure.LEVEL


def _period(clause: str, raw: str, year: int | None) -> tuple[Period, int | None]:
    if BASE.search(raw.rstrip()):
        return Period.BASE, None
    if SEVERAL_YEARS.search(clause):
        return Period.SEVERAL_YEARS, None
    named = [int(y) for y in NAMED_YEAR.findall(clause)]
    if named and year is not None and named[-1] != year:
        return Period.OTHER_YEAR, named[-1]
    return Period.YEAR, named[-1] if named else None
