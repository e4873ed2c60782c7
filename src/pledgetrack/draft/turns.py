"""Drafting a whole run government by government, each id given once in it, in memory that does not grow with it.

:func:`pledgetrack.draft.drafting.drafts_by_government` gives each id once in a run by remembering every id it
gave: about 6 KB a report, without bound. Here each government is drafted on its own, avoiding only the ids it
could be given again (:class:`pledgetrack.draft.naming.IdsAhead`): the drafts, their ids and their order are
those of one ``drafts_by_government`` over the whole run. The garbage a government leaves is collected once it
is done.

>>> from pledgetrack.corpus import load_corpus
>>> from pledgetrack.draft.drafting import plan_years
>>> corpus = load_corpus()
>>> [(government, len(found)) for government, found in drafts_in_turn(corpus, plan_years(corpus, 2023))]
[('广东省广州市越秀区', 26)]
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable, Iterable, Iterator

from ..corpus import Corpus
from ..rules.vocabulary import Vocabulary
from .drafting import drafts_by_government
from .model import Draft
from .naming import IdsAhead


def drafts_in_turn(corpus: Corpus, years: Iterable[tuple[str, int]], taken: Iterable[str] = (),
                   vocabulary: Vocabulary | None = None,
                   done: Callable[[int], None] | None = None) -> Iterator[tuple[str, list[Draft]]]:
    """Each government of ``years`` (:func:`pledgetrack.draft.drafting.plan_years`) and its drafts, in turn, as
    ``drafts_by_government(corpus, taken=taken, vocabulary=vocabulary, done=done, years=years)`` gives them;
    nothing of a government is kept once handed out but the ids a government still to come could be given."""
    by_government = [(government, list(its)) for government, its in itertools.groupby(years, key=lambda p: p[0])]
    ahead = IdsAhead((government for government, _ in by_government), taken)
    for government, its_years in by_government:
        for _, found in drafts_by_government(corpus, taken=ahead.avoided(government), vocabulary=vocabulary,
                                             done=done, years=its_years):
            ahead.given(government, (made.pledge.id for made in found))
            yield government, found
            del found  # let go before the next government is drafted
        # Drafting (and grading, when the caller grades as it goes) leaves reference cycles behind; Python's own
        # full collections come rarer as the run's caches fill, so the garbage of more and more governments
        # waited for one and the peak memory grew with the corpus. Collected young, once a government, they
        # cost little (benchmarks/trace_draft_memory.py, docs/performance.md).
        gc.collect(1)
