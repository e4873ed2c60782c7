"""Pledges judged through another figure: a target tied to the economy's growth, and a promise to increase
something without a figure.

"居民人均可支配收入增长与经济增长同步" is graded against the growth of 地区生产总值 that the reviewing report
gives for the year: met at or above it, missed below it, never exceeded (keeping pace is what was promised).
Where the report gives no figure for all residents but one for urban and one for rural residents, both
keeping pace means the whole did (it lies between them), both falling behind that it did not.
"千方百计增加农民收入" is graded by the sign of its indicator's growth that year.

The judging itself is the verdict's, which calls these and hands itself in as ``judge(target, rule,
margin)``: the verdict on ``rule`` against ``target``, whatever the verdict's type.

>>> import datetime
>>> from pledgetrack import audit
>>> verdict = audit(as_of=datetime.date(2026, 12, 6))["yuexiu-2017-urban-income-in-step"]  # 与经济增长基本同步
>>> verdict.grade.value, verdict.explanation
('unverifiable', 'the reports mention it without a figure; the economy grew 6.1% (line 34)')
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from .corpus import Corpus
from .rules.book import Rule
from .rules.model import Grade, Op, Trend
from .rules.target import Target, rising_target
from .statements import economic_growth

Verdict = Any  # the verdict module's Verdict, judged there and handed back through ``judge``
Judge = Callable[..., Verdict]
# 城乡: a figure for all residents lies between the urban and the rural one.
_PARTS = ("城镇", "农村")
_NEVER_EXCEEDED = Decimal("Infinity")


def in_step(rule: Rule, corpus: Corpus, judge: Judge) -> Verdict | None:
    """The verdict on a target tied to economic growth (增长与经济增长同步); None where no report reviewing
    the year states the economy's growth for it."""
    growth = next((found for doc in corpus.reviewing(rule.year, rule.government)
                   if (found := economic_growth(doc, rule.year)) is not None), None)
    if growth is None:
        return None
    target = Target(Op.AT_LEAST, growth.quantity.value, "%", trend=Trend.UP,
                    text=f"与经济增长同步（地区生产总值增长{growth.quantity.text.strip()}）")
    verdict = judge(target, rule, _NEVER_EXCEEDED)
    if verdict.grade is Grade.UNVERIFIABLE:
        verdict = _by_parts(rule, verdict, [judge(target, _part_of(rule, part), _NEVER_EXCEEDED) for part in _PARTS])
    why = f"{verdict.explanation}; the economy grew {growth.quantity.text.strip()} (line {growth.line})"
    return attrs.evolve(verdict, rule=rule, explanation=why)


def as_rise(rule: Rule, judge: Judge) -> Verdict | None:
    """A milestone that promises growth, graded by the sign of its indicator's growth that year, or None
    where the quote promises none or the reports give no such growth."""
    rise = rising_target(rule.pledge.quote)
    if rise is None:
        return None
    verdict = judge(rise)
    return None if verdict.grade is Grade.UNVERIFIABLE else attrs.evolve(verdict, rule=rule)


def _part_of(rule: Rule, part: str) -> Rule:
    pledge = rule.pledge
    evidence = attrs.evolve(pledge.evidence, all=(*pledge.evidence.all, part))
    return attrs.evolve(rule, pledge=attrs.evolve(pledge, quote=part + pledge.quote, evidence=evidence))


def _by_parts(rule: Rule, whole: Verdict, parts: list[Verdict]) -> Verdict:
    grades = {part.grade for part in parts}
    if len(grades) != 1 or Grade.UNVERIFIABLE in grades:
        return whole
    figures = "; ".join(f"{part.rule.pledge.evidence.all[-1]} {part.chosen.quantity.text.strip()}" for part in parts)
    return attrs.evolve(parts[0], rule=rule, outcome=None, ratio=None, explanation=(
        f"no figure for the whole; its parts: {figures}, each against {parts[0].target.describe()}"))
