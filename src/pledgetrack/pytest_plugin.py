"""Each pledge a pytest test: ``pytest --pledges rules/``.

Met and exceeded pass, missed fails with the same evidence block as
``pledgetrack audit``, unverifiable is skipped with its reason; a skip and a
failure point at the rule's file and line, and the short summary (``-rA``) says
the grade and the figure of every pledge, passed ones included (``-rP`` shows a
passed pledge's evidence, ``--junitxml`` writes grade, rule and evidence as
properties). With ``--pledges-expect`` an item passes when the grade equals the
rule's ``expect`` (the rule book as a regression suite). Without ``--pledges``
(or the ``pledges`` ini option) the plugin does nothing at all.

The corpus is ``--pledges-corpus``, else the ``pledges_corpus`` ini option, else the
project file's (``pledgetrack.toml`` or ``[tool.pledgetrack]``, as ``pledgetrack audit``
finds it), else the bundled one; the session header says which. A rule file with a
problem is a collection error (``ERROR collecting rules/2014.yaml``): pytest stops
with "Interrupted: 1 error during collection" (exit 2), or with
``--continue-on-collection-errors`` runs the pledges of the other files.

Pledges are graded as they are collected, so every item carries markers that
``-m`` selects on: its grade (``missed``), year (``2023``), area (``就业``) and
government (``广东省广州市越秀区``), and ``pledge(year=2023, area="就业", grade="missed",
government="…")`` for pytest's keyword matching. The header counts the pledges.

Only pytest's public node API and hooks are used: ``from_parent``, ``collect``,
``runtest``, ``repr_failure``, ``reportinfo``, ``pytest.skip``, the collection hooks
(``pytest_collectstart``, ``pytest_make_collect_report``, ``pytest_collectreport``)
and the report hooks.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from .pytest_items import BOOK, ExpectationFailed, PledgeItem, PledgeMissed, ProblemsRepr, RuleFile

__all__ = ["ExpectationFailed", "PledgeItem", "PledgeMissed", "RuleFile"]

# The library is imported only once --pledges asks for it, so that every other
# pytest run in a project that merely has pledgetrack installed stays untouched.
_COLLECTED = pytest.StashKey[int]()
_CORPUS = pytest.StashKey[tuple]()  # the corpus folder (None: the bundled one) and what chose it


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pledgetrack", "grading pledges as tests")
    group.addoption("--pledges", action="append", default=[], metavar="PATH",
                    help="rule files or folders whose pledges become test items")
    group.addoption("--pledges-corpus", metavar="DIR", default=None,
                    help="report corpus (folder with manifest.yaml); default: the project file's "
                         "(pledgetrack.toml), else the bundled corpus")
    group.addoption("--pledges-expect", action="store_true", default=False,
                    help="pass when each grade equals the rule's `expect` (regression mode)")
    parser.addini("pledges", type="paths", default=[], help="rule files or folders to run as tests")
    parser.addini("pledges_corpus", type="string", default="", help="report corpus for --pledges")


def _paths(config: pytest.Config) -> list[Path]:
    return [Path(p) for p in config.getoption("pledges")] or list(config.getini("pledges"))


def _corpus_choice(config: pytest.Config) -> tuple[Path | str | None, str]:
    """The corpus to grade against and what chose it, as ``pledgetrack audit`` chooses: the
    command line, the ini file, the project file found from where pytest was started, the bundled one."""
    from .config import find_config
    from .errors import PledgetrackError

    if config.getoption("pledges_corpus"):
        return config.getoption("pledges_corpus"), "--pledges-corpus"
    if config.getini("pledges_corpus"):
        return config.getini("pledges_corpus"), f"pledges_corpus in {_shown(config.inipath)}"
    try:
        project = find_config(config.invocation_params.dir)
    except PledgetrackError as exc:
        raise pytest.UsageError(f"pledgetrack: the project file is not valid:\n{exc}") from None
    if project.corpus is not None:
        return project.corpus, _shown(project.file)
    return None, "bundled"


def _shown(path) -> str:
    return os.path.relpath(path) if path is not None else ""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Add one item per pledge before -k, --lf and friends select among the items; a rule file
    with a problem is reported as a collection error, as pytest reports a module that does not import."""
    paths = _paths(config)
    if not paths:
        return
    from .corpus import load_corpus
    from .errors import PledgetrackError
    from .rules.load import load_valid_rules
    from .verdict import judge
    from .visible import visible

    corpus_dir, _ = config.stash[_CORPUS]
    try:
        corpus = load_corpus(corpus_dir)
        book, problems = load_valid_rules(paths, corpus)
    except PledgetrackError as exc:
        raise pytest.UsageError(visible(f"pledgetrack: the corpus cannot be read:\n{exc}")) from None
    missing = [p for p in problems if p.code == "missing-file"]
    if missing:  # as pytest refuses a path that is not there, before collecting anything
        raise pytest.UsageError(visible("pledgetrack: " + "\n".join(map(str, missing))))
    config.stash[BOOK] = (corpus, book)
    broken: dict[str, list] = {}
    for problem in problems:
        broken.setdefault(problem.file, []).append(problem)
    rules = [rule for rule in book if rule.origin.file not in broken]
    config.stash[_COLLECTED] = len(rules)
    # Registered before use: --strict-markers refuses an unknown marker, in -m and on an item.
    for name in dict.fromkeys(n for r in rules for n in (str(r.year), r.pledge.area, r.government) if n):
        config.addinivalue_line("markers", f"{name}: pledges of {name} (pledgetrack)")
    today = datetime.date.today()
    for file in dict.fromkeys([*book.files, *broken]):
        node = RuleFile.from_parent(session, path=Path(file).resolve(), problems=broken.get(file, ()),
                                    rules=[r for r in rules if r.origin.file == file])
        for item in _collect(node):
            item.verdict = judge(item.rule, corpus, book.vocabulary, today)
            _mark(item)
            items.append(item)


def _collect(node: RuleFile) -> list[PledgeItem]:
    """Collect ``node`` through pytest's own hooks, so that the terminal counts its items and a
    failure is a collection error (reported, counted, and stopping the session as pytest's own)."""
    node.ihook.pytest_collectstart(collector=node)
    report = node.ihook.pytest_make_collect_report(collector=node)
    report.__dict__.pop("call", None)  # as pytest drops it once the report is made
    node.ihook.pytest_collectreport(report=report)
    return [item for item in report.result if isinstance(item, PledgeItem)]


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
    config.stash[_CORPUS] = _corpus_choice(config)
    config.addinivalue_line("markers", "pledge(year, area, grade, government): a pledge graded by pledgetrack")
    for grade in ("met", "exceeded", "missed", "unverifiable"):  # every grade, so -m may name one none got
        config.addinivalue_line("markers", f"{grade}: pledges graded {grade} (pledgetrack)")


def pytest_report_header(config: pytest.Config) -> list[str]:
    """In the session header, beside rootdir and configfile: the corpus, what chose it, and the rules."""
    if _CORPUS not in config.stash:
        return []
    from .corpus import bundled_corpus
    from .paths import display_path

    corpus_dir, chosen_by = config.stash[_CORPUS]
    where = display_path(corpus_dir) if corpus_dir is not None else display_path(bundled_corpus(), bundled_corpus())
    via = "" if chosen_by == "bundled" else f" (from {chosen_by})"
    from .visible import visible

    return [visible(f"pledgetrack: corpus {where}{via}; rules {', '.join(display_path(p) for p in _paths(config))}")]


def pytest_report_collectionfinish(config: pytest.Config) -> list[str]:
    """Below pytest's "collected N items": how many pledges, from which rule files and corpus."""
    if BOOK not in config.stash:
        return []
    from .report.common import plural
    from .report.terminal import corpus_line, rules_line
    from .visible import visible

    corpus, book = config.stash[BOOK]
    return [f"pledgetrack: {plural(config.stash[_COLLECTED], 'pledge')} collected",
            visible(f"pledgetrack {rules_line(book.files, len(book))}"), visible(f"pledgetrack {corpus_line(corpus)}")]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A pledge's skip points at its rule, not at this plugin; its failure, and its pass, have a
    one-line summary, which ``-rA`` shows after the test's name as pytest shows a failure's reason."""
    report = yield
    if isinstance(item, PledgeItem) and call.when == "call" and item.verdict is not None:
        if report.skipped and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2].removeprefix("Skipped: ")
            report.longrepr = (item.rule.origin.file, item.rule.origin.line or 1, reason)
        elif report.failed and isinstance(report.longrepr, str):
            report.longrepr = ProblemsRepr(report.longrepr.splitlines(), item.summary)
        elif report.passed:
            from .report.terminal import evidence_block
            from .visible import visible

            # Nothing in the failure sections (the text is empty); the evidence in -rP's PASSES section.
            report.longrepr = ProblemsRepr([], item.summary)
            report.sections.append(("pledgetrack", visible("\n".join(evidence_block(item.verdict)))))
    return report
