"""Every statement of a document, with where it stands and the period it speaks of, read once.

A statement's period is read from its own clause first (年均, 2012年, 由上年的X), then from
the sentence's place: a review sentence takes the scope its paragraph opens with (the reviewed
year, several years, the year ahead), a plan sentence the planned year.
"""

from __future__ import annotations

import bisect
import weakref

import attrs

from ..corpus import Document, PartKind, Scope, Sentence
from ..corpus.normalise import normalise
from .model import Measure, Period, Statement
from .pledged import period_apart
from .read import read_sentence


@attrs.frozen
class DocumentStatement:
    """A statement as it stands in one document: its sentence, part, line and period.

    ``period`` is a year as a number where the statement is of one year, else
    ``"several_years"``, ``"other_year"`` (named in ``statement.year``), ``"base"`` or ``"coming"``.
    """

    statement: Statement
    sentence: Sentence
    part: str  # "review", "plan", "preamble" or "appendix"
    period: int | str
    line: int  # 1-based, in the original file
    column: int

    @property
    def quantity(self):
        """The figure as read."""
        return self.statement.quantity

    @property
    def indicator(self) -> str:
        """The noun phrase the figure is about."""
        return self.statement.indicator


_KEPT: weakref.WeakKeyDictionary[Document, tuple[DocumentStatement, ...]] = weakref.WeakKeyDictionary()


def document_statements(doc: Document) -> tuple[DocumentStatement, ...]:
    """Every figure of ``doc`` as a statement, in the order of the text, kept while ``doc`` lives."""
    if doc not in _KEPT:
        _KEPT[doc] = tuple(sorted(_read(doc), key=lambda s: (s.sentence.start, s.statement.start)))
    return _KEPT[doc]


def statement_at(doc: Document, start: int, end: int, figure: str) -> DocumentStatement | None:
    """The statement of ``figure`` standing between ``start`` and ``end`` of ``doc`` (where a rule's quote stands),
    read in its whole sentence: a period said before the quote is its period ("确保到2025年，|全镇农村居民人均可支配
    收入突破5万元"). None where no statement of that figure stands there.

    >>> from pledgetrack.corpus import load_corpus
    >>> doc = load_corpus()["yuexiu-2024-drc"]
    >>> at = doc.text.find("地区生产总值增长4.0%左右")
    >>> statement_at(doc, at, at + 15, "4.0%左右").period
    2024
    """
    every = doc.sentences()
    k = bisect.bisect_right(every, start, key=lambda sentence: sentence.start) - 1
    part = doc.part_at(start)
    if k < 0 or not start < every[k].end or part is None:
        return None
    sentence, figure = every[k], normalise(figure)  # (a user's target may be written as the report writes it: １１０亿元)
    return next((found for found in sentence_statements(doc, sentence, part.kind)
                 if start <= sentence.start + found.statement.quantity.span[0] < end
                 and found.quantity.text == figure), None)


def framed_period(doc: Document, start: int, end: int, figure: str, year: int) -> tuple[str, int | None]:
    """When the plan's sentence sets the target ``figure`` quoted at ``start``..``end`` for another period than
    ``year`` before the quote ("确保到2025年，|全镇农村居民人均可支配收入突破5万元": the plan's sentence sets the target
    for 2025), and its later year where that is a deadline; ('', None) where it does not.

    >>> from pledgetrack.corpus import load_corpus
    >>> doc = load_corpus()["yuexiu-2024-drc"]
    >>> at = doc.text.find("地区生产总值增长4.0%左右")
    >>> framed_period(doc, at, at + 15, "4.0%左右", 2024)
    ('', None)
    """
    found = statement_at(doc, start, end, figure)
    when, deadline = period_apart(found.statement, year, doc.text[found.sentence.start:start]) \
        if found is not None else ("", None)
    return (f"the plan's sentence sets the target ({figure}) {when}, not for {year} alone" if when else ""), deadline


def sentence_year(doc: Document, sentence: Sentence, kind: PartKind) -> int | str | None:
    """The period a sentence speaks of by its place: a year, "several_years" or "coming"."""
    if kind is PartKind.PLAN:
        return doc.plans if doc.plans is not None else "coming"
    if kind is not PartKind.REVIEW:
        return None
    scope = doc.scope(sentence) or Scope.YEAR
    part = doc.part_at(sentence.start)
    year = (part.year if part is not None and part.year else None) or doc.reviews
    return {Scope.YEAR: year, Scope.SEVERAL_YEARS: "several_years", Scope.COMING: "coming"}[scope]


def _read(doc: Document):
    for kind in PartKind:
        for sentence in doc.sentences(kind):
            yield from sentence_statements(doc, sentence, kind)


def sentence_statements(doc: Document, sentence: Sentence, kind: PartKind):
    """The statements of one sentence of ``doc``, standing in a part of ``kind``, with their place and period."""
    place = sentence_year(doc, sentence, kind)
    year = place if isinstance(place, int) else None
    for statement in read_sentence(sentence.text, year, doc.lead_of(sentence)):
        position = doc.position(sentence.start + statement.start)
        yield DocumentStatement(statement, sentence, kind.value, _period(statement, place, doc.reviews),
                                position.line, position.column)


def _period(statement: Statement, place: int | str | None, reviewed: int) -> int | str:
    if statement.period is not Period.YEAR:
        return statement.period.value
    if place == "several_years" and statement.reached and statement.measure in _LEVELS:
        # "研发投入强度从2.77%提高到3.3%左右" in the 十四五 paragraph: where the period ends, in the
        # reviewed year, the level stands at 3.3 %.
        return reviewed
    return statement.year or place or "unknown"


_LEVELS = (Measure.LEVEL, Measure.SHARE)
