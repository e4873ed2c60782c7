"""Choosing which pledges an audit shows: ``-k`` expressions, years, areas, grades.

``-k`` works as pytest's does: words matched (case-insensitively, as
substrings) against a pledge's id, title, area and tags, combined with
``and``, ``or``, ``not`` and parentheses.

>>> match = keyword_matcher("2023 and not (fairs or 生态)")
>>> match("yuexiu-2023-job-fairs 线上线下招聘会 就业"), match("yuexiu-2023-parks 口袋公园 城市更新")
(False, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import attrs

from .results import Verdict
from .rules.book import Rule
from .rules.model import Grade

_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")
MAX_NESTING = 32


class SelectionError(ValueError):
    """A ``-k`` expression that does not parse."""


def keyword_matcher(expression: str) -> Callable[[str], bool]:
    """A predicate on a pledge's searchable text, from a ``-k`` expression.

    Parentheses and ``not`` nest at most :data:`MAX_NESTING` deep:

    >>> keyword_matcher("(" * 100 + "a" + ")" * 100)
    Traceback (most recent call last):
    ...
    pledgetrack.selection.SelectionError: -k '((((((((((((((((((((((((((((((…': nested more than 32 deep
    """
    tokens = [m.group(1) for m in _TOKEN.finditer(expression)]
    shown = expression if len(expression) <= 32 else expression[:30] + "…"
    position = 0
    depth = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        token = peek()
        if token is None:
            raise SelectionError(f"-k {shown!r}: the expression ends too soon")
        position += 1
        return token

    def chain(word: str, operand, combine):
        """``operand (word operand)*``, combined with ``all`` or ``any`` (no recursion per operand)."""
        def parse():
            operands = [operand()]
            while peek() == word:
                take()
                operands.append(operand())
            return operands[0] if len(operands) == 1 else lambda text: combine(o(text) for o in operands)
        return parse

    conjunction = chain("and", lambda: negation(), all)
    disjunction = chain("or", conjunction, any)

    def negation():
        nonlocal depth
        if peek() == "not" or peek() == "(":
            depth += 1
            if depth > MAX_NESTING:
                raise SelectionError(f"-k {shown!r}: nested more than {MAX_NESTING} deep")
        if peek() == "not":
            take()
            inner = negation()
            depth -= 1
            return lambda text: not inner(text)
        token = take()
        if token == "(":
            inner = disjunction()
            if take() != ")":
                raise SelectionError(f"-k {shown!r}: a '(' is not closed")
            depth -= 1
            return inner
        if token in (")", "and", "or"):
            raise SelectionError(f"-k {shown!r}: unexpected {token[:30]!r}")
        word = token.lower()
        return lambda text: word in text.lower()

    matcher = disjunction()
    if peek() is not None:
        raise SelectionError(f"-k {shown!r}: unexpected {peek()[:30]!r}")
    return matcher


@attrs.frozen
class Selection:
    """Which pledges to audit (keyword, years, areas) and which grades to show."""

    keyword: str | None = None
    years: Collection[int] = ()
    areas: Collection[str] = ()
    grades: Collection[Grade] = ()

    def rules(self, rules: Collection[Rule]) -> list[Rule]:
        """The rules to grade, in rule-book order."""
        match = keyword_matcher(self.keyword) if self.keyword else None
        chosen = []
        for rule in rules:
            pledge = rule.pledge
            text = " ".join((pledge.id, pledge.title, pledge.area, *pledge.tags))
            if (match is None or match(text)) and (not self.years or rule.year in self.years) \
                    and (not self.areas or pledge.area in self.areas):
                chosen.append(rule)
        return chosen

    def shows(self, verdict: Verdict) -> bool:
        """Whether a graded pledge is reported (``--grade``)."""
        return not self.grades or verdict.grade in self.grades
