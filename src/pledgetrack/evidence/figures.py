"""Which figure of a sentence speaks of the pledge: its clause, its unit, its measure, its place in a list.

>>> text = "城镇、农村常住居民人均可支配收入分别增长7.8%、8.1%"
>>> figures = figures_in(text)
>>> [q.text for q in respective(text, [(0, 2)], figures)]
['7.8%']
"""

from __future__ import annotations

import bisect
import functools
import re

from ..quantity import Quantity, same_family
from ..quantity.units import DWELLING_COUNTS
from ..rules.book import Rule
from ..rules.model import Measure, Op
from ..statements.read import figures_in
from ..statements.words import ESTIMATE_WORDS, SCOPES
from .keywords import PAIRS

# Where the word lists below come from: grammar, how Chinese and official statistics say that a figure
# counts new things, a total or an estimate, or goes on about the clause before; none measured on a report.
NEW_WORDS = ("新建", "新增", "新开", "新设", "新引入", "新引进", "新招", "新落地", "新培育", "新认定", "新选聘", "新聘", "增加")
CUMULATIVE_WORDS = ("累计", "总数", "总量", "总计", "共有", "现有", "存量", "总规模")
CLAUSE_MARKS = "，,；;：:、"
# A clause that opens with one of these goes on about the subject of the clause before
# it ("全区地区生产总值3810.24亿元，增长4.5%", "城中村改造，完成26个"); any other clause has
# a subject of its own.
CONTINUING = ("增长", "下降", "增加", "减少", "提高", "降低", "同比", "增速", "比上年", "较上年", "占", "其中",
              "完成", "达到", "实现", "共计", "合计", "累计", "按可比", "按现价")
# The whole area or year a continuing clause may open with (全年完成…).
_AREA_AND_TIME = tuple(sorted((w for w in SCOPES if w.startswith(("全", "我", "当", "年"))), key=len, reverse=True))
# A figure in a continuing clause is further away than any figure in the keyword's own.
NEXT_CLAUSE = 1000
_ITEM_BREAKS = re.compile(r"[、和与及]")
_LIST_ENDS = "，,；;。：:"


def canonical_unit(unit: str) -> str:
    """A unit as the quantity reader names it (``万元`` → ``元``)."""
    found = figures_in(f"1{unit}")
    return found[0].unit if len(found) == 1 else unit


def answers(rule: Rule, quantity: Quantity) -> bool:
    """Whether a figure is of the kind the pledge promises (unit, and new vs cumulative aside)."""
    target = rule.target
    wanted = rule.pledge.evidence.unit
    if wanted is not None:
        return quantity.unit == canonical_unit(wanted)
    if target is None or (target.op is Op.ASSIGNED and target.value is None and not target.unit):
        return quantity.unit not in ("", "%", "‰")
    if target.value is not None and quantity.value == target.value and {target.unit, quantity.unit} <= DWELLING_COUNTS:
        return True  # the pledged number of dwellings, counted in 户 rather than 座
    return same_family(target.unit, quantity.unit)


def clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The clause (between ，、；： marks) that holds offset ``at``.

    >>> clause_bounds("新建5个口袋公园，增长4.5%", 10)
    (9, 15)
    """
    marks = _marks(text)
    k = bisect.bisect_left(marks, at)
    return (marks[k - 1] + 1 if k else 0), (marks[k] if k < len(marks) else len(text))


@functools.lru_cache(maxsize=4096)
def _marks(text: str) -> tuple[int, ...]:
    """Where the clause marks of a sentence stand: looked up once however many figures and rules ask."""
    return tuple(found.start() for found in _CLAUSE_MARK.finditer(text))


_CLAUSE_MARK = re.compile("[" + re.escape(CLAUSE_MARKS) + "]")


def pledged_measure(rule: Rule) -> Measure | None:
    """``evidence.measure``, or what the quote itself promises: additions where it says 新增, 新建 ….

    >>> from pledgetrack.rules import build_rules, Pledge
    >>> rule = build_rules([Pledge(id="a", year=2023, quote="新增10家500强", evidence=["500强"])])["a"]
    >>> pledged_measure(rule)
    <Measure.NEW: 'new'>
    """
    if rule.pledge.evidence.measure is not None:
        return rule.pledge.evidence.measure
    return Measure.NEW if any(word in rule.pledge.quote for word in NEW_WORDS) else None


def measure_fits(rule: Rule, text: str, quantity: Quantity) -> bool:
    """Whether the figure measures what the pledge does: this year's additions or a running total.

    A measure written in the rule is strict; one read from the quote only turns away
    figures that a clause calls a total (累计, 总数 …).
    """
    measure = pledged_measure(rule)
    if measure is None:
        return True
    start, _ = clause_bounds(text, quantity.span[0])
    before = text[start:quantity.span[1]]
    is_new = any(word in before for word in NEW_WORDS)
    if rule.pledge.evidence.measure is None:
        return not any(word in before for word in CUMULATIVE_WORDS)
    return is_new if measure is Measure.NEW else not is_new


def distance(spans: list[tuple[int, int]], text: str, quantity: Quantity) -> int | None:
    """How far a figure stands from the keywords; None when it belongs to another subject.

    A figure in the keyword's own clause is nearest; one in a clause that goes on
    about the same subject ("…完成192.3亿元，按可比价计算，同比增长6.0%") is further by
    :data:`NEXT_CLAUSE` for each clause between.
    """
    q_start, q_end = quantity.span
    clause = clause_bounds(text, q_start)
    best = None
    for k_start, k_end in spans:
        steps = _continuing_steps(text, clause_bounds(text, k_start), clause)
        if steps is None:
            continue
        gap = max(k_start - q_end, q_start - k_end, 0) + NEXT_CLAUSE * steps
        best = gap if best is None else min(best, gap)
    return best


def _continuing_steps(text: str, keyword_clause: tuple[int, int], figure_clause: tuple[int, int]) -> int | None:
    current, steps = keyword_clause, 0
    while current != figure_clause:
        if current[1] >= len(text) or current[0] > figure_clause[0]:
            return None
        current = clause_bounds(text, current[1] + 1)
        steps += 1
        opening = text[current[0]:current[1]].lstrip()
        # ("外贸出口扭转了…局面，全年完成1.32亿美元": the whole year or area said before the deed)
        opening = opening[len(next((w for w in _AREA_AND_TIME if opening.startswith(w)), "")):]
        if not opening.startswith(CONTINUING):
            return None
    return steps


def beside(spans: list[tuple[int, int]], text: str, quantity: Quantity) -> bool:
    """Whether a figure stands in the clause just before or after a keyword's, as in a list
    ("全年完成棚户区改造124.1万平方米，拆迁1.4万户"; "完成1.8万户、189万平方米棚改任务")."""
    clause = clause_bounds(text, quantity.span[0])
    for k_start, _ in spans:
        own = clause_bounds(text, k_start)
        if clause[0] == own[1] + 1 or own[0] == clause[1] + 1:
            return True
    return False


def respective(text: str, spans: list[tuple[int, int]], figures: tuple[Quantity, ...]) -> list[Quantity]:
    """In 分别 lists ("城镇、农村…分别增长7.8%、8.1%"), the figures of the item the keywords name.

    A 分别 whose own subject is no list ("…分别完成37820元、28104元，同比分别增长6.5%、9.4%")
    counts the items of the list before it. Empty where the sentence has no such list
    or the keywords name no one item of it.
    """
    chosen: list[Quantity] = []
    items: list[tuple[int, int]] = []
    for match in re.finditer("分别", text):
        left = max(text.rfind(mark, 0, match.start()) for mark in _LIST_ENDS) + 1
        ends = [i for i in (text.find(mark, match.end()) for mark in "，,；;。") if i != -1]
        listed = [q for q in figures if match.end() <= q.span[0] < min(ends, default=len(text))]
        own = _items(text, left, match.start())
        items = own if len(own) >= 2 else items
        if len(items) < 2 or len(listed) != len(items):
            continue
        named = [k for k, (a, b) in enumerate(items) if any(a <= s and e <= b for s, e in spans)]
        if len(named) == 1:
            chosen.append(listed[named[0]])
    return chosen


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    for pair in PAIRS:  # 城乡 is 城镇 and then 农村: one character an item
        at = text.find(pair, start, end)
        if at != -1 and not _ITEM_BREAKS.search(text, start, end):
            return [(at + k, at + k + 1) for k in range(len(pair))]
    items, at = [], start
    for brk in _ITEM_BREAKS.finditer(text, start, end):
        items.append((at, brk.start()))
        at = brk.end()
    items.append((at, end))
    return [(a, b) for a, b in items if b > a]


def is_estimate(text: str, quantity: Quantity) -> bool:
    """Whether the report gives the figure as an estimate (预计, 初步核算) rather than a result."""
    return any(word in text[:quantity.span[0]] for word in ESTIMATE_WORDS)
