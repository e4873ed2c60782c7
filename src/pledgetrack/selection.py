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

from .audit import Verdict
from .rules.load import Rule
from .rules.model import Grade

_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")


class SelectionError(ValueError):
    """A ``-k`` expression that does not parse."""


def keyword_matcher(expression: str) -> Callable[[str], bool]:
    """A predicate on a pledge's searchable text, from a ``-k`` expression."""
    tokens = [m.group(1) for m in _TOKEN.finditer(expression)]
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        token = peek()
        if token is None:
            raise SelectionError(f"-k {expression!r}: the expression ends too soon")
        position += 1
        return token

    def chain(word: str, operand, combine):
        """``operand (word operand)*``, folded left with ``combine``."""
        def parse():
            left = operand()
            while peek() == word:
                take()
                right, before = operand(), left
                left = lambda text, a=before, b=right: combine(a(text), b(text))  # noqa: E731
            return left
        return parse

    conjunction = chain("and", lambda: negation(), lambda a, b: a and b)
    disjunction = chain("or", conjunction, lambda a, b: a or b)

    def negation():
        if peek() == "not":
            take()
            inner = negation()
            return lambda text: not inner(text)
        token = take()
        if token == "(":
            inner = disjunction()
            if take() != ")":
                raise SelectionError(f"-k {expression!r}: a '(' is not closed")
            return inner
        if token in (")", "and", "or"):
            raise SelectionError(f"-k {expression!r}: unexpected {token!r}")
        word = token.lower()
        return lambda text: word in text.lower()

    matcher = disjunction()
    if peek() is not None:
        raise SelectionError(f"-k {expression!r}: unexpected {peek()!r}")
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
