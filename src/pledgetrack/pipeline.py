"""The audit of rule files against a corpus of any size, government by government.

Rule files are read in parallel (their YAML is most of the cost of loading them);
then each government's pledges are checked and graded in one task that reads that
government's reports itself, in this process or through any executor. A pledge that
names its government neither by ``region:`` nor by ``source:``, in a corpus of several
governments, is placed first, here, by finding its quote in the plans of its year:
``region:`` is what keeps a national audit linear.

>>> import datetime
>>> result = audit_files(load_corpus(lazy=True), as_of=datetime.date(2026, 11, 21))
>>> result["yuexiu-2023-job-fairs"].grade.value, len(result) == len(result.rules)
('exceeded', True)
"""

from __future__ import annotations

import collections
import datetime
import itertools
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor
from decimal import Decimal
from pathlib import Path

import attrs

from .audit import AuditResult, Settings, Verdict
from .corpus import Corpus, Notes, load_corpus, open_portion
from .corpus.index import Portion
from .errors import Problem, RuleError
from .grading import DEFAULT_EXCEED_MARGIN, DEFAULT_TOLERANCE
from .rules.book import Rule, RuleBook, Written
from .rules.check import check_written, duplicate_ids
from .rules.load import as_typed, bundled_rules_path, in_file_order, read_rule_file, rule_files, vocabulary_of

# Tasks in flight at once: enough to keep a few dozen workers busy, few enough that finished
# governments' verdicts do not pile up in memory ahead of the one being written.
AHEAD = 64


@attrs.frozen
class Batch:
    """One government's verdicts, each with the position of its pledge in the rule book."""

    government: str
    verdicts: tuple[tuple[int, Verdict], ...]
    documents: int  # the government's reports, read or found unreadable


@attrs.frozen
class Book:
    """Rule files read, not yet checked against the corpus."""

    files: tuple[str, ...]
    written: tuple[Written, ...]
    settings: Settings


def read_book(paths: Sequence[Path | str] | None = None, *, as_of: datetime.date | None = None,
              tolerance: Decimal | None = None, exceed_margin: Decimal | None = None,
              executor: Executor | None = None) -> Book:
    """Read rule files (None: the bundled rule book), with ``executor`` when given; raise
    :class:`RuleError` with every problem of their YAML, fields and ids."""
    files, vocab_files, problems = rule_files([bundled_rules_path()] if paths is None else paths)
    vocabulary, vocab_problems = vocabulary_of(vocab_files)
    problems += vocab_problems
    written: list[Written] = []
    for file_written, file_problems in _each(executor, read_rule_file, [(file,) for file in files]):
        written += file_written
        problems += file_problems
    problems += duplicate_ids(written)
    if problems:
        raise RuleError(in_file_order(problems))
    settings = Settings(vocabulary, as_of or datetime.date.today(), tolerance or DEFAULT_TOLERANCE,
                        exceed_margin or DEFAULT_EXCEED_MARGIN)
    return Book(tuple(as_typed(file) for file in files), tuple(written), settings)


def grade_book(corpus: Corpus, book: Book, executor: Executor | None = None,
               warnings: list[Problem] | None = None) -> Iterator[Batch]:
    """Each government's verdicts, government by government in a fixed order, whatever ``executor``.

    What the workers found reading reports is noted in ``corpus`` (:attr:`Corpus.skipped`,
    :attr:`Corpus.warnings`); what the rules' checks had to guess is added to ``warnings``
    (in file order, once all are graded). Raises :class:`RuleError` with every pledge's
    problem with the corpus once all are graded.
    """
    problems: list[Problem] = []
    guessed: list[Problem] = []
    groups: dict[str, list[tuple[int, Written | Rule]]] = {}
    unplaced = [(position, item) for position, item in enumerate(book.written)
                if _government(item, corpus) is None]
    # placed by finding their quotes in every plan of their year (and by the pledges around them)
    rules, problems, guessed = check_written([item for _, item in unplaced], corpus)
    placed = dict((position, rule) for (position, _), rule in zip(unplaced, rules) if rule is not None)
    for position, item in enumerate(book.written):
        item = placed.get(position, item)
        government = item.government if isinstance(item, Rule) else _government(item, corpus)
        if government is not None:
            groups.setdefault(government, []).append((position, item))
    tasks = [(corpus.portion(government), [position for position, _ in items], [item for _, item in items])
             for government, items in groups.items()]
    results = _each(executor, _grade_portion, ((portion, items, book.settings) for portion, _, items in tasks))
    for (portion, positions, _), (verdicts, found, warned, notes) in zip(tasks, results):
        problems += found
        guessed += warned
        corpus.learn(notes, portion.positions)
        yield Batch(portion.government, tuple((position, verdict) for position, verdict in zip(positions, verdicts)
                                              if verdict is not None), len(portion.positions))
    if warnings is not None:
        warnings += in_file_order(guessed)
    if problems:
        raise RuleError(in_file_order(problems))


def audit_files(corpus: Corpus | None = None, paths: Sequence[Path | str] | None = None, *,
                as_of: datetime.date | None = None, tolerance: Decimal | None = None,
                exceed_margin: Decimal | None = None, executor: Executor | None = None) -> AuditResult:
    """Read, check and grade rule files (None: the bundled ones) against ``corpus``: the whole
    audit, verdicts in rule-book order, the same whatever ``executor``."""
    corpus = corpus if corpus is not None else load_corpus(lazy=True)
    book = read_book(paths, as_of=as_of, tolerance=tolerance, exceed_margin=exceed_margin, executor=executor)
    warnings: list[Problem] = []
    placed = sorted((pair for batch in grade_book(corpus, book, executor, warnings) for pair in batch.verdicts),
                    key=lambda pair: pair[0])
    verdicts = tuple(verdict for _, verdict in placed)
    rules = RuleBook(tuple(verdict.rule for verdict in verdicts), book.files, book.settings.vocabulary,
                     tuple(warnings))
    return AuditResult(corpus, rules, verdicts, book.settings.as_of)


def _government(item: Written, corpus: Corpus) -> str | None:
    pledge = item.pledge
    governments = corpus.index.governments
    if pledge.region is not None:
        return pledge.region if pledge.region in governments else None
    if pledge.source is not None:
        at = corpus.index.position(pledge.source)
        return corpus.index.entries[at].region if at is not None else None
    return governments[0] if len(governments) == 1 else None


def _grade_portion(portion: Portion, items: list[Written | Rule],
                   settings: Settings) -> tuple[list[Verdict | None], list[Problem], list[Problem], Notes]:
    corpus = open_portion(portion)
    written = [item for item in items if isinstance(item, Written)]
    checked, problems, warnings = check_written(written, corpus)
    rules = iter(checked)
    verdicts = [settings.judge(rule, corpus) if rule is not None else None
                for rule in (item if isinstance(item, Rule) else next(rules) for item in items)]
    return verdicts, problems, warnings, corpus.notes


def _each(executor: Executor | None, work, arguments: Iterable[tuple], ahead: int = AHEAD) -> Iterator:
    """``work(*a)`` for each of ``arguments``, results in order: by ``executor`` with at most ``ahead``
    tasks submitted and not yet taken (so that results wait in memory only so long), else here."""
    if executor is None:
        yield from (work(*a) for a in arguments)
        return
    waiting = iter(arguments)
    pending = collections.deque(executor.submit(work, *a) for a in itertools.islice(waiting, ahead))
    while pending:
        result = pending.popleft().result()
        for a in itertools.islice(waiting, 1):
            pending.append(executor.submit(work, *a))
        yield result
