"""Each pledge a pytest test: ``pytest --pledges rules/``.

Met and exceeded pass, missed fails with the same evidence block as
``pledgetrack audit``, unverifiable is skipped with its reason. With
``--pledges-expect`` an item passes when the grade equals the rule's
``expect`` (the rule book as a regression suite). Without ``--pledges`` (or the
``pledges`` ini option) the plugin does nothing at all.

Only pytest's public node API is used: ``from_parent``, ``collect``,
``runtest``, ``repr_failure``, ``reportinfo`` and ``pytest.skip``.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

# The library is imported only once --pledges asks for it, so that every other
# pytest run in a project that merely has pledgetrack installed stays untouched.
_BOOK = pytest.StashKey[tuple[Any, Any]]()


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

    corpus_dir = config.getoption("pledges_corpus") or config.getini("pledges_corpus") or None
    try:
        corpus = load_corpus(corpus_dir)
        book = load_rules(paths, corpus)
    except PledgetrackError as exc:
        raise pytest.UsageError(f"pledgetrack: the rule book is not valid:\n{exc}") from None
    config.stash[_BOOK] = (corpus, book)
    for file in dict.fromkeys(rule.origin.file for rule in book):
        node = RuleFile.from_parent(session, path=Path(file).resolve(),
                                    rules=[r for r in book if r.origin.file == file])
        items.extend(node.collect())


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
        from .audit import judge
        from .rules.model import Grade

        corpus, book = self.config.stash[_BOOK]
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

            head = [f"{self.rule.id}: {excinfo.value}"] if isinstance(excinfo.value, ExpectationFailed) else []
            return "\n".join(head + evidence_block(self.verdict))
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        line = (self.rule.origin.line or 1) - 1  # pytest counts lines from 0
        return self.path, line, f"pledge {self.rule.id} ({self.rule.year})"
