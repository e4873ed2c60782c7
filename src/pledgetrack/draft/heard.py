"""The words the reviews of a government use, read once per government and the reports they come from.

>>> from pledgetrack.corpus import load_corpus
>>> from pledgetrack.rules.vocabulary import default_vocabulary
>>> KnownWords(default_vocabulary()).of(load_corpus(), "广东省广州市越秀区", 2023).heard("招聘会")
True
"""

from __future__ import annotations

from ..corpus import Corpus, Scope
from ..evidence import review_sentences
from ..rules.vocabulary import Vocabulary
from .words import ReviewWords

__all__ = ["KnownWords"]


class KnownWords(dict):
    """The review words made so far for one government (by the reports read), all with the rule book's synonyms."""

    def __init__(self, vocabulary: Vocabulary):
        super().__init__()
        self.vocabulary = vocabulary

    def of(self, corpus: Corpus, government: str, year: int) -> ReviewWords:
        """The words of the reports reviewing ``year`` (they say best how the outcome is worded), else of any
        review of ``government``: read once for all of its plans that share those reports."""
        docs = corpus.reviewing(year, government) or corpus.of_government(government)
        key = (str(year) if corpus.reviewing(year, government) else "any",) + tuple(d.id for d in docs)
        if key not in self:
            sentences = [s.text for doc in docs for y in {year, doc.reviews} for s, scope in review_sentences(doc, y)
                         if scope is Scope.YEAR]
            rows = [f"{row.indicator}{row.absolute}{row.growth}" for doc in docs for table in doc.tables
                    for row in table.rows]
            self[key] = ReviewWords(sentences + rows, self.vocabulary)
        return self[key]
