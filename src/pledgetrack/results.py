"""The result of judging one pledge: its grade, the figures compared, the evidence, and why.

>>> from pledgetrack import audit
>>> verdict = audit()["yuexiu-2023-job-fairs"]
>>> verdict.grade.value, verdict.outcome
('exceeded', Decimal('175'))
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from .evidence import Candidate
from .grading import Reason
from .records import html_table, record_of
from .rules.book import Rule
from .rules.model import Grade
from .rules.target import Target

__all__ = ["Verdict"]


@attrs.frozen(repr=False)
class Verdict:
    """The grade of one pledge, why, and every candidate the reports offered.

    - ``rule``: the rule graded (its pledge as written, target as read, places, origin)
    - ``grade``: met, exceeded, missed or unverifiable (``f"{verdict.grade}"`` is the word)
    - ``reason``: why unverifiable (no_evidence, pending …); None for any other grade
    - ``target``: the target as graded (an assigned figure resolved from the outcome report);
      None for a milestone
    - ``outcome``: the chosen figure as the review states it, in its own unit (a Decimal; a fall against a fall
      target as a fall), or None
    - ``ratio``: outcome / target, or None
    - ``chosen``: the evidence the grade rests on, or None
    - ``candidates``: every place that speaks of the outcome, best first
    - ``explanation``: the grade in one sentence
    - ``conflict``: exact figures in the reports disagree, though not on the grade

    >>> from pledgetrack import audit
    >>> verdict = audit()["yuexiu-2023-job-fairs"]
    >>> verdict
    <Verdict yuexiu-2023-job-fairs (2023, 就业) exceeded: 175场 against at least 100 场>
    >>> f"{verdict.grade}", verdict.year, verdict.government, verdict.title
    ('exceeded', 2023, '广东省广州市越秀区', '线上线下招聘会')
    """

    rule: Rule
    grade: Grade
    reason: Reason | None
    target: Target | None  # as graded: an assigned figure resolved from the outcome report
    outcome: Decimal | None  # the chosen figure as the review states it, in its own unit
    ratio: Decimal | None
    chosen: Candidate | None
    candidates: tuple[Candidate, ...]
    explanation: str
    conflict: bool = False

    @property
    def id(self) -> str:
        """The pledge's id."""
        return self.rule.id

    @property
    def year(self) -> int:
        """The year the pledge is for."""
        return self.rule.year

    @property
    def area(self) -> str:
        """The pledge's policy area ('' when the rule gives none)."""
        return self.rule.pledge.area

    @property
    def government(self) -> str:
        """The government whose pledge it is (the manifest's ``region``)."""
        return self.rule.government

    @property
    def title(self) -> str:
        """The pledge's short title ('' when the rule gives none)."""
        return self.rule.pledge.title

    @property
    def quote(self) -> str:
        """The pledge as the plan words it."""
        return self.rule.pledge.quote

    def __repr__(self) -> str:
        where = ", ".join(str(x) for x in (self.year, self.area) if x)
        reason = f" ({self.reason})" if self.reason is not None else ""
        return f"<Verdict {self.id} ({where}) {self.grade}{reason}: {self.explanation}>"

    def _repr_html_(self) -> str:
        return html_table([record_of(self)], f"{self.id}: {self.grade}")
