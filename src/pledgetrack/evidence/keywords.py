"""A rule's evidence words, normalised once, and where they stand in a sentence.

>>> from pledgetrack.rules import Pledge
>>> words = RuleWords.of(Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"]))
>>> words.spans("共举办招聘活动175场")
[(3, 5), (3, 7)]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..corpus.normalise import normalise
from ..rules.model import Pledge
from ..rules.vocabulary import Vocabulary, default_vocabulary


def occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Every ``(start, end)`` where one of ``words`` stands in ``text``, overlaps included, in order."""
    spans = []
    for word in words:
        start = text.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return sorted(spans)


@attrs.frozen
class RuleWords:
    """A pledge's keywords with their vocabulary variants, normalised as the corpus text is."""

    all: tuple[frozenset[str], ...]
    any: frozenset[str]
    exclude: frozenset[str]
    incomparable: frozenset[str]

    @classmethod
    def of(cls, pledge: Pledge, vocabulary: Vocabulary | None = None) -> RuleWords:
        """The words of ``pledge``, each with its synonyms."""
        vocabulary = vocabulary or default_vocabulary()

        def variants(keywords: Iterable[str]) -> frozenset[str]:
            return frozenset(normalise(v) for k in keywords for v in vocabulary.variants(k))

        evidence = pledge.evidence
        return cls(tuple(variants([k]) for k in evidence.all), variants(evidence.any),
                   variants(evidence.exclude), variants(evidence.incomparable))

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """Where the keywords stand in ``text``, or None when the text does not qualify."""
        found: list[tuple[int, int]] = []
        for group in self.all:
            spans = occurrences(text, group)
            if not spans:
                return None
            found += spans
        if self.any:
            spans = occurrences(text, self.any)
            if not spans:
                return None
            found += spans
        if occurrences(text, self.exclude):
            return None
        return found

    def differs(self, text: str) -> list[tuple[int, int]]:
        """Where a word marking another measure (``evidence.incomparable``) stands."""
        return occurrences(text, self.incomparable)
