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

import bisect
import collections
import datetime
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from .audit import AuditResult
from .results import Verdict
from .verdict import Settings
from .corpus import Corpus, Notes, load_corpus, open_portion
from .corpus.index import CorpusIndex, Portion
from .errors import Problem, RuleError
from .packed import Packed, unpack
from .grading import DEFAULT_EXCEED_MARGIN, DEFAULT_TOLERANCE
from .rules.book import Rule, RuleBook, Written
from .rules.check import check_written, duplicate_ids
from .rules.load import as_typed, bundled_rules_path, in_file_order, read_rule_file, rule_files, vocabulary_of

# Where a worker tells the problems of pledges made before any file holds them (audit --draft): where that file would
Place = Callable[[Sequence[Written], Corpus, list[Problem], list[Problem]], tuple[list[Problem], list[Problem]]]

# Tasks in flight at once: enough to keep a few dozen workers busy, few enough that finished
# governments' verdicts do not pile up in memory ahead of the one being written.
AHEAD = 64


@attrs.frozen
class Batch:
    """One government's verdicts (or what ``shape`` made of them), each with the position of its
    pledge in the rule book."""

    government: str
    verdicts: tuple[tuple[int, Any], ...]  # Verdicts, or what ``shape`` made of them
    documents: int  # the government's reports, read or found unreadable


@attrs.frozen
class Book:
    """Rule files read, not yet checked against the corpus: their pledges packed, file by file."""

    files: tuple[str, ...]
    packed: tuple[Packed, ...]
    settings: Settings
    problems: tuple[Problem, ...] = ()  # with keep_going: those of the pledges left out

    @property
    def count(self) -> int:
        """How many pledges the files hold."""
        return sum(len(packed.hints) for packed in self.packed)


def read_book(paths: Sequence[Path | str] | None = None, *, as_of: datetime.date | None = None,
              tolerance: Decimal | None = None, exceed_margin: Decimal | None = None,
              executor: Executor | None = None, keep_going: bool = False) -> Book:
    """Read rule files (None: the bundled rule book), with ``executor`` when given; raise
    :class:`RuleError` with every problem of their YAML, fields and ids. With ``keep_going`` the
    book holds the valid pledges (of those sharing an id, the first) and those problems."""
    files, vocab_files, problems = rule_files([bundled_rules_path()] if paths is None else paths)
    vocabulary, vocab_problems = vocabulary_of(vocab_files)
    problems += vocab_problems
    packed: list[Packed] = []
    first_seen: dict[str, int] = {}
    twice: list[tuple[int, int]] = []  # (position, position of the first pledge with its id)
    # opened by absolute path and named as typed here, wherever the worker's working folder is
    named = [(file.absolute(), as_typed(file)) for file in files]
    for file_packed, file_problems in in_order(executor, _read_packed, named):
        for position, (pledge_id, _, _) in enumerate(file_packed.hints, len(first_seen) + len(twice)):
            if pledge_id in first_seen:
                twice.append((position, first_seen[pledge_id]))
            first_seen.setdefault(pledge_id, position)
        packed.append(file_packed)
        problems += file_problems
    if twice:
        problems += duplicate_ids(_at(packed, sorted({p for pair in twice for p in pair})).values())
        if keep_going:
            packed = _without(packed, {position for position, _ in twice})
    if problems and not keep_going:
        raise RuleError(in_file_order(problems))
    settings = Settings(vocabulary, as_of or datetime.date.today(), tolerance or DEFAULT_TOLERANCE,
                        exceed_margin or DEFAULT_EXCEED_MARGIN)
    return Book(tuple(name for _, name in named), tuple(packed), settings, tuple(in_file_order(problems)))


def grade_book(corpus: Corpus, book: Book, executor: Executor | None = None,
               warnings: list[Problem] | None = None,
               shape: Callable[[list[Verdict], Corpus], list] | None = None) -> Iterator[Batch]:
    """Each government's verdicts, government by government in a fixed order, whatever ``executor``.

    With ``shape`` (a function that pickles, such as :class:`pledgetrack.report.stream.Streamed`),
    each government's verdicts are shaped, with the corpus of its reports, where they are graded,
    and a batch holds what ``shape`` made of each: a worker then sends back lines, not verdicts.

    What the workers found reading reports is noted in ``corpus`` (:attr:`Corpus.skipped`,
    :attr:`Corpus.warnings`); what the rules' checks had to guess is added to ``warnings``
    (in file order, once all are graded). Raises :class:`RuleError` with every pledge's
    problem with the corpus once all are graded.
    """
    hints = [hint for packed in book.packed for hint in packed.hints]
    everyone = corpus.index.governments
    only = everyone[0] if len(everyone) == 1 else None  # then a pledge needs neither region: nor source:
    governments = [_government(region, source, corpus.index, only) for _, region, source in hints]
    unplaced = [position for position, government in enumerate(governments) if government is None]
    # placed by finding their quotes in every plan of their year (and by the pledges around them)
    unplaced_written = _at(book.packed, unplaced)
    rules, problems, guessed = check_written(list(unplaced_written.values()), corpus)
    placed = {position: rule for position, rule in zip(unplaced, rules) if rule is not None}
    groups: dict[str, list[int]] = {}
    for position, government in enumerate(governments):
        government = placed[position].government if position in placed else government
        if government is not None:
            groups.setdefault(government, []).append(position)
    del hints, governments
    starts = _starts(book.packed)
    tasks = [(corpus.portion(government), positions) for government, positions in groups.items()]
    results = in_order(executor, grade_portion, ((portion, *_picks(positions, placed, starts, book.packed),
                                                book.settings, shape) for portion, positions in tasks))
    yield from batches(corpus, ((portion, positions, result) for (portion, positions), result in zip(tasks, results)),
                       problems, guessed, warnings)


def batches(corpus: Corpus, graded: Iterable[tuple[Portion, Sequence[int], tuple]], problems: list[Problem],
            guessed: list[Problem], warnings: list[Problem] | None) -> Iterator[Batch]:
    """Each government's graded pledges as a :class:`Batch`, in the order graded; what its workers found
    reading reports noted in ``corpus``; then what the checks guessed added to ``warnings`` and every
    problem raised together (:class:`RuleError`), ``problems`` and ``guessed`` holding those found before."""
    for portion, positions, (verdicts, found, warned, notes) in graded:
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


def _government(region: str | None, source: str | None, index: CorpusIndex, only: str | None) -> str | None:
    if region is not None:
        return region if index.holds(region) else None
    if source is not None:
        at = index.position(source)
        return index.entries[at].region if at is not None else None
    return only


def _read_packed(file: Path, name: str) -> tuple[Packed, list[Problem]]:
    written, problems = read_rule_file(file, name)
    return Packed.of(written), problems


def _at(packed: Sequence[Packed], positions: Sequence[int]) -> dict[int, Written]:
    """The pledges at ``positions`` of the book (in order), each file unpacked once."""
    starts = _starts(packed)
    found: dict[int, Written] = {}
    for file, group in itertools.groupby(positions, key=lambda position: bisect.bisect_right(starts, position) - 1):
        written = packed[file].unpack()
        found.update((position, written[position - starts[file]]) for position in group)
    return found


def _without(packed: list[Packed], dropped: set[int]) -> list[Packed]:
    """``packed`` without the pledges at the book positions ``dropped``; only the files that held them unpacked."""
    starts = _starts(packed)
    return [Packed.of([w for i, w in enumerate(p.unpack(), start) if i not in dropped])
            if any(start <= i < start + len(p.hints) for i in dropped) else p for p, start in zip(packed, starts)]


def _starts(packed: Sequence[Packed]) -> list[int]:
    """The book position of each packed file's first pledge, and the count of all pledges last."""
    return list(itertools.accumulate((len(p.hints) for p in packed), initial=0))


def _picks(positions: list[int], placed: dict[int, Rule], starts: list[int],
           packed: Sequence[Packed]) -> tuple[list[bytes], list[tuple[int, int] | Rule]]:
    """What a worker needs to grade the pledges at ``positions``: the packed files that hold them,
    and for each pledge its rule (when placed here) or which file and which pledge of it."""
    blobs: dict[int, int] = {}
    picks: list[tuple[int, int] | Rule] = []
    for position in positions:
        if position in placed:
            picks.append(placed[position])
            continue
        file = bisect.bisect_right(starts, position) - 1
        picks.append((blobs.setdefault(file, len(blobs)), position - starts[file]))
    return [packed[file].blob for file in blobs], picks


def grade_portion(portion: Portion, blobs: list[bytes], picks: list[tuple[int, int] | Rule], settings: Settings,
                  shape: Callable[[list[Verdict], Corpus], list] | None, place: Place | None = None
                  ) -> tuple[list, list[Problem], list[Problem], Notes]:
    """A worker's task: one government's pledges (``picks`` of the packed rule files ``blobs``, or rules),
    graded against its ``portion`` of the corpus; the verdicts (shaped where ``shape`` is given), the problems
    and guesses of the rules' checks (told where ``place`` says: :class:`pledgetrack.draft.files.Filing`),
    and what reading the reports found. See :func:`grade_book`."""
    corpus = open_portion(portion)
    files = [unpack(blob) for blob in blobs]
    items = [pick if isinstance(pick, Rule) else files[pick[0]][pick[1]] for pick in picks]
    written = [item for item in items if isinstance(item, Written)]
    checked, problems, warnings = check_written(written, corpus)
    if place is not None:
        problems, warnings = place(written, corpus, problems, warnings)
    rules = iter(checked)
    verdicts = [settings.judge(rule, corpus) if rule is not None else None
                for rule in (item if isinstance(item, Rule) else next(rules) for item in items)]
    if shape is not None:
        shaped = iter(shape([verdict for verdict in verdicts if verdict is not None], corpus))
        verdicts = [next(shaped) if verdict is not None else None for verdict in verdicts]
    return verdicts, problems, warnings, corpus.notes


def in_order(executor: Executor | None, work, arguments: Iterable[tuple], ahead: int = AHEAD) -> Iterator:
    """``work(*a)`` for each of ``arguments``, results in order: by ``executor`` with at most ``ahead``
    tasks submitted and not yet taken (so that results wait in memory only so long), else here.

    >>> list(in_order(None, pow, [(2, 3), (3, 2)]))
    [8, 9]
    """
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
