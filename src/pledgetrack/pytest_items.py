"""The pytest nodes of :mod:`pledgetrack.pytest_plugin`: a rule file is a collector, each pledge an item.

A rule file that cannot be read or whose rules do not stand in the corpus fails to
collect, as a Python file with a syntax error does: pytest reports ``ERROR collecting
rules/2014.yaml`` with every problem of the file (file:line:col, as ``pledgetrack
validate`` says them) and stops before running anything, unless
``--continue-on-collection-errors`` is given.

>>> print(ProblemsRepr(["r.yaml:5:15: not valid YAML", "  help: close it"]).reprcrash.message)
r.yaml:5:15: not valid YAML
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import pytest

from .visible import visible

# Where the plugin keeps the corpus and rule book it graded against (set at collection).
BOOK = pytest.StashKey[tuple]()


class PledgeMissed(Exception):
    """A pledge the reports show was missed."""


class ExpectationFailed(Exception):
    """A grade other than the one the rule expects."""


class RuleFileError(Exception):
    """The problems that keep a rule file from being collected."""

    def __init__(self, problems: Sequence):
        super().__init__("\n".join(map(str, problems)))
        self.problems = tuple(problems)


class ProblemsRepr:
    """What pytest shows for a report: ``text`` in full sections, one ``message`` in the short summary
    (pytest reads ``reprcrash.message``, as for its own failures).

    >>> ProblemsRepr(["a", "b"], "one line").reprcrash.message, str(ProblemsRepr(["a", "b"]))
    ('one line', 'a\\nb')
    """

    def __init__(self, lines: Sequence[str], message: str | None = None):
        self.text = "\n".join(lines)
        self.reprcrash = _Crash(message if message is not None else (lines[0] if lines else ""))

    def toterminal(self, out) -> None:
        for line in self.text.splitlines():
            out.line(line)

    def __str__(self) -> str:
        return self.text


class _Crash:
    def __init__(self, message: str):
        self.message = message


class RuleFile(pytest.File):
    """A rule file; its pledges are the items, or its ``problems`` a collection error."""

    def __init__(self, *, rules: list, problems: Sequence = (), **kwargs):
        super().__init__(**kwargs)
        self.rules = rules
        self.problems = tuple(problems)

    def collect(self):
        if self.problems:
            raise RuleFileError(self.problems)
        for rule in self.rules:
            yield PledgeItem.from_parent(self, name=rule.id, rule=rule)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, RuleFileError):
            problems = excinfo.value.problems
            first = problems[0]
            # the short summary names the file already: the first problem's line and column, and how many more
            where = "".join(f"{n}:" for n in (first.line, first.column) if n is not None)
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            return ProblemsRepr([visible(str(p)) for p in problems], visible(f"{where} {first.message}{more}".lstrip()))
        return super().repr_failure(excinfo, style=style)


class PledgeItem(pytest.Item):
    """One pledge, graded when the item runs."""

    def __init__(self, *, rule, **kwargs):
        super().__init__(**kwargs)
        self.rule = rule
        self.verdict = None
        for keyword in (rule.pledge.area, str(rule.year), *rule.pledge.tags):
            if keyword:
                self.keywords[keyword] = True

    def runtest(self) -> None:
        from .verdict import judge
        from .rules.model import Grade

        corpus, book = self.config.stash[BOOK]
        if self.verdict is None:
            self.verdict = judge(self.rule, corpus, book.vocabulary, datetime.date.today())
        self._properties()
        if self.config.getoption("pledges_expect"):
            expected = self.rule.pledge.expect
            if expected is None:
                pytest.skip(f"the rule has no `expect` to check against; to record today's grades: "
                            f"pledgetrack expect --update {self.rule.origin.file}")
            if self.verdict.grade is not expected:
                raise ExpectationFailed(f"expected {expected.value}, got {self.verdict.grade.value}")
            return
        if self.verdict.grade is Grade.MISSED:
            raise PledgeMissed(self.verdict.explanation)
        if self.verdict.grade is Grade.UNVERIFIABLE:
            pytest.skip(f"unverifiable ({self.verdict.reason.value}): {self.verdict.explanation}")

    def _properties(self) -> None:
        """The grade, the rule and the evidence as the item's ``user_properties``: JUnit XML
        (``--junitxml``) writes them as ``<property>`` elements of the test case."""
        from .report.terminal import candidate_line

        verdict = self.verdict
        self.user_properties += [("grade", verdict.grade.value), ("rule", str(self.rule.origin))]
        if verdict.chosen is not None:
            self.user_properties.append(("evidence", candidate_line(verdict.chosen)))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (PledgeMissed, ExpectationFailed)) and self.verdict is not None:
            from .report.terminal import evidence_block

            head = [f"{self.rule.id}: {excinfo.value}"] if isinstance(excinfo.value, ExpectationFailed) else []
            return visible("\n".join(head + evidence_block(self.verdict)))
        return super().repr_failure(excinfo, style=style)

    @property
    def summary(self) -> str:
        """``missed: 3.4% against about 4 % growth``, as the short summary shows it."""
        verdict, expected = self.verdict, self.rule.pledge.expect
        got = f"{verdict.grade.value}: {verdict.explanation}"
        failed = expected is not None and verdict.grade is not expected
        return f"expected {expected.value}, got {got}" if self.config.getoption("pledges_expect") and failed else got

    def reportinfo(self):
        line = (self.rule.origin.line or 1) - 1  # pytest counts lines from 0
        return self.path, line, f"pledge {self.rule.id} ({self.rule.year})"
