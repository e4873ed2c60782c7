"""Each pledge a pytest test: ``pytest --pledges rules/``.

Met and exceeded pass, missed fails with the same evidence block as
``pledgetrack audit``, unverifiable is skipped with its reason; a skip and a
failure point at the rule's file and line, and the short summary (``-rA``) says
the grade and the figure. With ``--pledges-expect`` an item passes when the grade
equals the rule's ``expect`` (the rule book as a regression suite). Without
``--pledges`` (or the ``pledges`` ini option) the plugin does nothing at all.

Pledges are graded as they are collected, so every item carries markers that
``-m`` selects on: its grade (``missed``), year (``2023``), area (``就业``) and
government (``广东省广州市越秀区``), and ``pledge(year=2023, area="就业", grade="missed",
government="…")`` for pytest's keyword matching. The header counts the pledges.

Only pytest's public node API and hooks are used: ``from_parent``, ``collect``,
``runtest``, ``repr_failure``, ``reportinfo``, ``pytest.skip`` and the report hooks.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

# The library is imported only once --pledges asks for it, so that every other
# pytest run in a project that merely has pledgetrack installed stays untouched.
_BOOK = pytest.StashKey[tuple[Any, Any]]()
_COLLECTED = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pledgetrack", "grading pledges as tests")
    group.addoption("--pledges", action="append", default=[], metavar="PATH",
                    help="rule files or folders whose pledges become test items")
    group.addoption("--pledges-corpus", metavar="DIR", default=None,
                    help="report corpus (folder with manifest.yaml); default: the bundled corpus")
    group.addoption("--pledges-expect", action="store_true", default=False,
                    help="pass when each grade equals the rule's `expect` (regression mode)")
    parser.addini("pledges", type="paths", default=[], help="rule files or folders to run as tests")
    parser.addini("pledges_corpus", type="string", default="", help="report corpus for --pledges")


class PledgeMissed(Exception):
    """A pledge the reports show was missed."""


class ExpectationFailed(Exception):
    """A grade other than the one the rule expects."""


def _paths(config: pytest.Config) -> list[Path]:
    return [Path(p) for p in config.getoption("pledges")] or list(config.getini("pledges"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Add one item per pledge before -k, --lf and friends select among the items."""
    paths = _paths(config)
    if not paths:
        return
    from .corpus import load_corpus
    from .errors import PledgetrackError
    from .rules.load import load_rules
    from .verdict import judge
    from .visible import visible

    corpus_dir = config.getoption("pledges_corpus") or config.getini("pledges_corpus") or None
    try:
        corpus = load_corpus(corpus_dir)
        book = load_rules(paths, corpus)
    except PledgetrackError as exc:
        raise pytest.UsageError(visible(f"pledgetrack: the rule book is not valid:\n{exc}")) from None
    config.stash[_BOOK] = (corpus, book)
    config.stash[_COLLECTED] = len(book)
    # Registered before use: --strict-markers refuses an unknown marker, in -m and on an item.
    for name in dict.fromkeys(n for r in book for n in (str(r.year), r.pledge.area, r.government) if n):
        config.addinivalue_line("markers", f"{name}: pledges of {name} (pledgetrack)")
    today = datetime.date.today()
    for file in dict.fromkeys(rule.origin.file for rule in book):
        node = RuleFile.from_parent(session, path=Path(file).resolve(),
                                    rules=[r for r in book if r.origin.file == file])
        for item in node.collect():
            item.verdict = judge(item.rule, corpus, book.vocabulary, today)
            _mark(item)
            items.append(item)


def _mark(item: PledgeItem) -> None:
    """The markers -m selects on: grade, year, area, government, and ``pledge(...)`` with them all."""
    rule, grade = item.rule, item.verdict.grade.value
    for name in dict.fromkeys((grade, str(rule.year), rule.pledge.area, rule.government)):
        if name:
            item.add_marker(name)
    item.add_marker(pytest.mark.pledge(year=rule.year, area=rule.pledge.area, grade=grade,
                                       government=rule.government))


def pytest_configure(config: pytest.Config) -> None:
    if not _paths(config):
        return
    config.addinivalue_line("markers", "pledge(year, area, grade, government): a pledge graded by pledgetrack")
    for grade in ("met", "exceeded", "missed", "unverifiable"):  # every grade, so -m may name one none got
        config.addinivalue_line("markers", f"{grade}: pledges graded {grade} (pledgetrack)")


def pytest_report_collectionfinish(config: pytest.Config) -> list[str]:
    """Below pytest's "collected N items": how many pledges, from which rule files and corpus."""
    if _BOOK not in config.stash:
        return []
    from .report.common import plural
    from .report.terminal import corpus_line, rules_line
    from .visible import visible

    corpus, book = config.stash[_BOOK]
    return [f"pledgetrack: {plural(config.stash[_COLLECTED], 'pledge')} collected",
            visible(f"pledgetrack {rules_line(book.files, len(book))}"), visible(f"pledgetrack {corpus_line(corpus)}")]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A pledge's skip points at its rule, not at this plugin; its failure has a one-line summary."""
    report = yield
    if isinstance(item, PledgeItem) and call.when == "call":
        if report.skipped and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2].removeprefix("Skipped: ")
            report.longrepr = (item.rule.origin.file, item.rule.origin.line or 1, reason)
        elif report.failed and isinstance(report.longrepr, str) and item.verdict is not None:
            report.longrepr = PledgeFailure(report.longrepr, item.summary)
    return report


class PledgeFailure:
    """A failure's text with the one line pytest's short summary shows after the test's name."""

    def __init__(self, text: str, message: str):
        self.text = text
        self.reprcrash = _Crash(message)

    def toterminal(self, out) -> None:
        for line in self.text.splitlines():
            out.line(line)

    def __str__(self) -> str:
        return self.text


class _Crash:
    def __init__(self, message: str):
        self.message = message


class RuleFile(pytest.File):
    """A rule file; its pledges are the items."""

    def __init__(self, *, rules: list, **kwargs):
        super().__init__(**kwargs)
        self.rules = rules

    def collect(self):
        for rule in self.rules:
            yield PledgeItem.from_parent(self, name=rule.id, rule=rule)


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

        corpus, book = self.config.stash[_BOOK]
        if self.verdict is None:
            self.verdict = judge(self.rule, corpus, book.vocabulary, datetime.date.today())
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

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (PledgeMissed, ExpectationFailed)) and self.verdict is not None:
            from .report.terminal import evidence_block
            from .visible import visible

            head = [f"{self.rule.id}: {excinfo.value}"] if isinstance(excinfo.value, ExpectationFailed) else []
            return visible("\n".join(head + evidence_block(self.verdict)))
        return super().repr_failure(excinfo, style=style)

    @property
    def summary(self) -> str:
        """``missed: 3.4% against about 4 % growth``, as the short summary shows it."""
        verdict, expected = self.verdict, self.rule.pledge.expect
        got = f"{verdict.grade.value}: {verdict.explanation}"
        return f"expected {expected.value}, got {got}" if self.config.getoption("pledges_expect") else got

    def reportinfo(self):
        line = (self.rule.origin.line or 1) - 1  # pytest counts lines from 0
        return self.path, line, f"pledge {self.rule.id} ({self.rule.year})"
