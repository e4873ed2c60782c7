"""The year's economic growth as a report states it, for targets tied to it.

"居民人均可支配收入增长与经济增长同步" promises income growth at least as fast as the
economy's: it is graded against the growth of 地区生产总值 (国内生产总值, GDP) that the same
report gives for the same year, never against a share, an intensity or a five-year average.

>>> from pledgetrack import load_corpus
>>> found = economic_growth(load_corpus()["yuexiu-2024-gwr"], 2023)
>>> found.quantity.text, found.line
('4.5%', 18)
"""

from __future__ import annotations

from ..corpus import Document, PartKind
from .document import DocumentStatement, sentence_statements
from .identity import identity
from .model import Measure

# Official terms: the names of the economy's output in reports of every level.
ECONOMY = ("地区生产总值", "国内生产总值", "生产总值", "GDP", "经济增长")
_AS_PLEDGED = "地区生产总值国内生产总值GDP经济增长"


def economic_growth(doc: Document, year: int) -> DocumentStatement | None:
    """The growth of the economy that ``doc`` states for ``year`` in its review, or None."""
    sentences = (s for s in doc.sentences(PartKind.REVIEW) if any(name in s.text for name in ECONOMY))
    for found in (found for s in sentences for found in sentence_statements(doc, s, PartKind.REVIEW)):
        if found.period != year or found.statement.measure is not Measure.GROWTH:
            continue
        if not any(name in found.indicator for name in ECONOMY) or found.quantity.trend == "down":
            continue
        if identity(found.statement, ECONOMY, _AS_PLEDGED, Measure.GROWTH).same:
            return found
    return None
