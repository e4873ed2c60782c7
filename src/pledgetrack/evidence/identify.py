"""A sentence's statements judged against one rule: which figures are the pledged indicator's.

A figure of another indicator, measure, group or period is context: shown in a note, never
graded and never counted in a conflict. A share of the plan ("完成年计划的118.2%") is turned into
the pledge's own terms (118.2 % of 41 万人) where the pledge is a count or an amount.

>>> from pledgetrack import load_rules, read_sentence
>>> rule = load_rules()["yuexiu-2023-gdp-growth"]  # 地区生产总值增长 4.5%左右
>>> sentence = read_sentence("单位地区生产总值能耗下降2.6%，地区生产总值增长5.3%")
>>> found = Identified.of(rule, sentence, ["地区生产总值"], wanted_measure(rule))
>>> [(q.text, found.same(q)) for q in found.figures]
[('2.6%', False), ('5.3%', True)]
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..quantity import Quantity, scale
from ..rules.book import Rule
from ..rules.model import Measure as RuleMeasure
from ..statements import Identity, Statement, identity
from ..statements.ellipsis import kind_of_whole
from ..statements.pledged import pledged_measure, pledged_reached, pledged_real
from ..statements.model import Measure

__all__ = ["Identified", "wanted_measure"]

# A part's figure adds up to the whole's unless it is per head, per unit, a share or a rate; what is built
# for another project (配套) is that project's, not a part of what was pledged.
_NOT_ADDING = ("人均", "单位", "平均", "占", "比", "率", "指数", "价格", "配套")
_RULE_MEASURES = {RuleMeasure.NEW: Measure.ADDED, RuleMeasure.CUMULATIVE: Measure.TOTAL}


@attrs.frozen
class Identified:
    """The statements of one sentence, each with its identity to one rule's pledge."""

    figures: tuple[Quantity, ...]  # the sentence's figures, a share of the plan in the pledge's terms
    identities: dict[int, Identity]  # by the figure's id
    indicators: dict[int, str]  # by the figure's id
    years: dict[int, int | None]  # the year each figure's clause names (2021年新增…), by the figure's id
    reached: dict[int, bool]  # whether each figure is a level reached (提高到, 达到): at a period's end, its last year's
    restated: tuple[Quantity, ...] = ()  # the figures that restate a target of the pledged thing (去年计划开通的2000门…)

    @classmethod
    def of(cls, rule: Rule, statements: tuple[Statement, ...], words: list[str],
           wanted: Measure | None = None, named_by: tuple[frozenset[str], ...] = ()) -> Identified:
        """Judge every statement of a sentence; ``words`` are the rule's words as the sentence writes them,
        ``wanted`` the measure the pledge promises (:func:`wanted_measure`), ``named_by`` the spellings of each of
        the words that name the thing together (RuleWords.all)."""
        figures, identities, indicators, years, reached, restated = [], {}, {}, {}, {}, []
        real = wanted is Measure.GROWTH and rule.target is not None and pledged_real(rule.pledge.quote, rule.target.text)
        # (a level promised reached, 全镇土地流转面积达到3万亩, is never what the year added: 新增土地流转2600亩)
        level_reached = wanted in (Measure.LEVEL, Measure.TOTAL) and rule.target is not None \
            and pledged_reached(rule.pledge.quote, rule.target.text)
        for k, statement in enumerate(statements):
            quantity = _in_pledge_terms(rule, statement)
            figures.append(quantity)
            found = identity(statement, words, rule.pledge.quote, wanted, real, named_by)
            # (the figure a 其中 part is of: the last one before it, in its unit, that is no part itself)
            whole = next((said for said in reversed(statements[:k])
                          if not said.part and said.quantity.unit == statement.quantity.unit), None) \
                if statement.part else None
            kind, thing = kind_of_whole(statement.indicator, whole.indicator) if whole is not None else ("", "")
            if not found.same and kind and kind in rule.pledge.quote:
                # (其中公办学位3960个, after 新增中小学学位5220个: the 公办中小学学位 the quote names)
                statement = attrs.evolve(statement, indicator=kind + thing)
                found = identity(statement, words, rule.pledge.quote, wanted, real, named_by)
            if found.same and level_reached and statement.measure is Measure.ADDED:
                found = Identity("measure", "it is what the year added, not the level the quote promises reached")
            whole = whole if found.same else None
            if whole is not None and identity(whole, words, rule.pledge.quote, wanted, real).differs == "group" \
                    and _narrows_otherwise(statement.indicator, words, rule.pledge.quote):
                # (其中8个省重点项目完成投资46.2亿元, after 120个省市县重点项目完成投资193.5亿元, a part of the pledged
                # whole: a part of that part is a part too)
                found = Identity("group", f"it is of a part of {whole.indicator}, itself a part only")
            if statement.aim and identity(attrs.evolve(statement, aim=False), words, rule.pledge.quote, wanted, real,
                                          named_by).same:
                restated.append(quantity)
            identities[id(quantity)] = found
            indicators[id(quantity)] = statement.indicator
            years[id(quantity)] = statement.year
            reached[id(quantity)] = statement.reached and statement.measure in (Measure.LEVEL, Measure.TOTAL, Measure.SHARE)
        return cls(tuple(figures), identities, indicators, years, reached, tuple(restated))

    def same(self, quantity: Quantity) -> bool:
        """Whether the figure is of the pledged indicator, measure and period."""
        return self.identities[id(quantity)].same

    def carried(self, quantity: Quantity) -> int:
        """How many of the rule's words the figure's indicator carries."""
        return self.identities[id(quantity)].carried

    def differs(self, quantity: Quantity) -> str:
        """What makes the figure another thing ("period", "measure", "indicator", "head", "group", "whole"), or ''."""
        return self.identities[id(quantity)].differs

    def adds_up(self, quantity: Quantity) -> bool:
        """Whether the figure is of a part of the pledged whole (a group: 国内, 农村, 入境 …) in an amount or
        count that adds up to the whole's, so that the whole is at least as much (not a rate, a share, a
        figure per head or per unit)."""
        return (self.differs(quantity) == "group" and quantity.unit not in ("%", "‰", "")
                and not any(word in self.indicators[id(quantity)] for word in _NOT_ADDING))

    def restating(self, target) -> Quantity | None:
        """The figure that restates a target of the pledged thing ("去年计划开通的2000门程控电话"), the pledged
        ``target``'s own (a rule's, or None) before any other, or None."""
        return next((q for q in self.restated if target is not None and q.value == target.value
                     and q.unit == target.unit), self.restated[0] if self.restated else None)

    def carrying(self, figures) -> list[Quantity]:
        """The figures whose own indicator names the pledge (not merely an empty one)."""
        return [q for q in figures if self.same(q) and self.carried(q)]

    def describe(self, quantity: Quantity) -> str:
        """The figure with what makes it another thing: "2.6% (it measures another indicator (…))"."""
        return f"{quantity.text.strip()} ({self.identities[id(quantity)].why})"


def _narrows_otherwise(part: str, words: list[str], quote: str) -> bool:
    """Whether a part's name adds words to the pledge's that the quote does not say (省 of 省重点项目投资, for 年度计划
    完成投资180亿元): then it is a part of another kind than the pledged thing, not the pledged thing itself
    (其中人均4平方米以下困难户, for 解决人均4平方米以下困难户1500户; 其中困难户, the pledge's words alone).

    >>> _narrows_otherwise("省重点项目投资", ["重点项目", "投资"], "年度计划完成投资180亿元")
    True
    >>> _narrows_otherwise("人均4平方米以下困难户", ["困难户"], "今年解决人均4平方米以下困难户1500户")
    False
    >>> _narrows_otherwise("困难户", ["困难户"], "今年解决人均4平方米以下困难户1500户")
    False
    """
    for word in words:
        part = part.replace(word, "、")
    return any(not any(piece[at:at + 2] in quote for at in range(max(1, len(piece) - 1)))
               for piece in part.split("、") if piece)


def wanted_measure(rule: Rule) -> Measure | None:
    """The measure a rule promises: its ``evidence.measure``, else what its quote says of its target.

    >>> from pledgetrack import load_rules
    >>> wanted_measure(load_rules()["yuexiu-2023-gdp-growth"]).value
    'growth'
    """
    if rule.pledge.evidence.measure is not None:
        return _RULE_MEASURES[rule.pledge.evidence.measure]
    if rule.target is None:
        return None
    read = pledged_measure(rule.pledge.quote, rule.target.text) if rule.target.text else None
    if read is None and rule.target.trend is not None and rule.target.unit == "%":
        return Measure.GROWTH
    return read


def _in_pledge_terms(rule: Rule, statement: Statement) -> Quantity:
    """A share of the plan as the amount it stands for, where the pledge promises a count or an amount; a
    figure in another unit of the pledge's kind in the pledge's unit (8500米 as 8.5 km)."""
    quantity = statement.quantity
    target = rule.target
    factor = scale(quantity.unit, target.unit) if target is not None and quantity.unit != target.unit else None
    if factor is not None:
        high = None if quantity.high is None else quantity.high * factor
        return attrs.evolve(quantity, value=quantity.value * factor, unit=target.unit, high=high)
    if statement.measure is not Measure.SHARE_OF_PLAN or target is None or target.value is None:
        return quantity
    if target.unit in ("%", "‰", ""):
        return attrs.evolve(quantity, unit="% of plan")  # a share of a rate's plan says nothing of the rate
    value = target.value * quantity.value / Decimal(100)
    return attrs.evolve(quantity, value=value, unit=target.unit)
