"""The sentences of a report that review one year, joined once so that a rule's words are
looked for in one pass over them rather than sentence by sentence.

Every pledge of a year reads the same review sentences; most of them say nothing of its
words. A report keeps, per year asked, its review sentences with their scope and their text
joined by line breaks (no keyword holds one, so no match straddles two sentences); a rule
then finds the few sentences that may hold its words with ``str.find`` over that text.

>>> from pledgetrack import Pledge, load_corpus
>>> from pledgetrack.evidence.keywords import RuleWords
>>> doc = load_corpus()["yuexiu-2024-drc"]
>>> words = RuleWords.of(Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"]))
>>> year = reviewed(doc, 2023)
>>> len(year.sentences), [doc.position(sentence.start).line for sentence, _ in year.holding(words.probes())]
(101, [84])
"""

from __future__ import annotations

import bisect
import itertools
import re
import weakref
from collections.abc import Iterable

import attrs

from ..corpus import Document, PartKind, Scope, Sentence
from ..corpus.model import SEMICOLONS
from ..statements.ellipsis import STAGES_ALONE
from ..statements.words import BARE_CHANGES
from .keywords import occurrences

_SEPARATOR = "\n"


@attrs.frozen
class Reviewed:
    """One report's sentences reviewing one year, in order, with the period each speaks of."""

    sentences: tuple[tuple[Sentence, Scope], ...]
    text: str  # the sentences' texts joined by line breaks
    starts: tuple[int, ...]  # where each sentence's text begins in ``text``

    @classmethod
    def of(cls, sentences: tuple[tuple[Sentence, Scope], ...]) -> Reviewed:
        """The sentences with their texts joined, and where each begins in the joined text."""
        boundaries = itertools.accumulate((len(sentence.text) + len(_SEPARATOR) for sentence, _ in sentences), initial=0)
        starts = tuple(boundaries)[:-1]
        return cls(sentences, _SEPARATOR.join(sentence.text for sentence, _ in sentences), starts)

    def holding(self, probes: Iterable[frozenset[str]]) -> list[tuple[Sentence, Scope]]:
        """The sentences holding, for every set of ``probes``, at least one of its strings, in order."""
        chosen: set[int] | None = None
        for group in probes:
            found = {bisect.bisect_right(self.starts, at) - 1 for at, _ in occurrences(self.text, group)}
            chosen = found if chosen is None else chosen & found
            if not chosen:
                return []
        indexes = range(len(self.sentences)) if chosen is None else sorted(chosen)
        return [self.sentences[i] for i in indexes]


    def going_on(self, sentence: Sentence, restated: bool) -> tuple[Sentence, Scope] | None:
        """``sentence`` read with the one after it in its paragraph, where that one goes on about it.

        "去年…曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。虽然…，涨幅仍然高达百分之二十一点七":
        the outcome of a target ``restated`` often stands in the next sentence, named only by its change.
        "全年推进城市更新项目21个…；新开工6个、竣工4个": after a ；, works are counted at each stage, named by the
        stage alone.
        """
        at = bisect.bisect_left(self.sentences, sentence.start, key=lambda held: held[0].start)
        if at + 1 >= len(self.sentences) or self.sentences[at][0].start != sentence.start:
            return None
        following, scope = self.sentences[at + 1]
        goes_on = any(word in following.text for word in BARE_CHANGES) if restated else \
            sentence.text.rstrip().endswith(SEMICOLONS) and bool(_STAGE_COUNTED.match(following.text))
        if following.start != sentence.end or not goes_on:
            return None
        return Sentence(sentence.text + following.text, sentence.start, following.end), scope


# Official statistics: works counted at a stage named alone, right before its figure (新开工6个、竣工4个).
_STAGE_COUNTED = re.compile(r"\s*(?:其中)?" + STAGES_ALONE.pattern + r"[0-9０-９一二三四五六七八九十两]")


_KEPT: weakref.WeakKeyDictionary[Document, dict[int, Reviewed]] = weakref.WeakKeyDictionary()


def reviewed(doc: Document, year: int) -> Reviewed:
    """The sentences of ``doc`` reviewing ``year`` (see :func:`review_sentences`), kept while ``doc`` lives."""
    by_year = _KEPT.setdefault(doc, {})
    if year not in by_year:
        by_year[year] = Reviewed.of(tuple(review_sentences(doc, year)))
    return by_year[year]


def review_sentences(doc: Document, year: int) -> Iterable[tuple[Sentence, Scope]]:
    """The prose sentences of ``doc`` that review ``year``, each with the period it speaks of.

    Sentences about the year ahead (今年, 明年) are left out; those about several
    years are yielded with :attr:`Scope.SEVERAL_YEARS`, to be shown, not graded. A plan
    part that opens by recapping the reviewed year ("过去一年，…") gives those sentences too.
    """
    for part in doc.parts:
        if part.kind is PartKind.REVIEW and (part.year or doc.reviews) == year:
            for sentence in doc.sentences(PartKind.REVIEW):
                if part.start <= sentence.start and sentence.end <= part.end:
                    scope = doc.scope(sentence) or Scope.YEAR
                    if scope is not Scope.COMING:
                        yield sentence, scope
        elif part.kind is PartKind.PLAN and doc.reviews == year:
            for sentence in doc.sentences(PartKind.PLAN):
                if part.start <= sentence.start and sentence.end <= part.end and doc.scope(sentence) is Scope.YEAR:
                    yield sentence, Scope.YEAR
