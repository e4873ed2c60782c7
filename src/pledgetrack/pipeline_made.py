"""Grading pledges made as the audit goes (``audit --draft``), government by government, none kept.

:func:`pledgetrack.pipeline.grade_book` grades a book read whole before grading starts; here each
government's pledges come from a generator (drafted from its plans), are packed, sent to be graded with
that government's reports, and let go: the main process holds the pledges of at most the governments in
flight (:data:`pledgetrack.pipeline.AHEAD`), however large the corpus.

>>> import datetime
>>> from pledgetrack.corpus import load_corpus
>>> from pledgetrack.rules.book import Origin, Written
>>> from pledgetrack.rules.model import Pledge
>>> from pledgetrack.rules.vocabulary import default_vocabulary
>>> fairs = Pledge(id="fairs", year=2023, quote="组织线上、线下招聘会不少于100场", evidence=["招聘会"])
>>> corpus = load_corpus(lazy=True)
>>> groups = [(corpus.governments[0], [Written(fairs, Origin("<made>/2023.yaml"))], None)]
>>> settings = Settings(default_vocabulary(), datetime.date(2026, 11, 21))
>>> [(batch.government, [(at, v.grade.value) for at, v in batch.verdicts]) for batch in grade_made(corpus, groups, settings)]
[('广东省广州市越秀区', [(0, 'exceeded')])]
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor

from .corpus import Corpus
from .errors import Problem
from .packed import Packed
from .pipeline import Batch, Place, batches, grade_portion, in_order
from .rules.book import Written
from .results import Verdict
from .verdict import Settings


def grade_made(corpus: Corpus, groups: Iterable[tuple[str, Sequence[Written], Place | None]], settings: Settings,
               executor: Executor | None = None, warnings: list[Problem] | None = None,
               shape: Callable[[list[Verdict], Corpus], list] | None = None) -> Iterator[Batch]:
    """Each government's verdicts as :func:`pledgetrack.pipeline.grade_book` gives them, for ``groups`` of
    (government, its pledges, where their checks' problems are told: None for their origin) taken one at a
    time, in their order; a pledge's position counts the pledges of every group before it. A group without
    pledges gives no batch.

    ``warnings`` and the :class:`~pledgetrack.errors.RuleError` raised once all are graded are as ``grade_book``'s.
    """
    sent: collections.deque[tuple] = collections.deque()  # (portion, positions) of each task, in order
    problems: list[Problem] = []
    guessed: list[Problem] = []

    def tasks() -> Iterator[tuple]:
        position = 0
        for government, written, place in groups:
            if not written:
                continue
            portion = corpus.portion(government)
            sent.append((portion, range(position, position + len(written))))
            position += len(written)
            # one packed file for the government: the worker unpacks it and grades every pledge of it
            yield portion, [Packed.of(written).blob], [(0, i) for i in range(len(written))], settings, shape, place
            del written  # packed: the pledges themselves go before the next group is made

    graded = ((*sent.popleft(), result) for result in in_order(executor, grade_portion, tasks()))
    yield from batches(corpus, graded, problems, guessed, warnings)
