"""The corpus stage: reports listed in a manifest, read into documents with parts, sentences and tables.

>>> corpus = load_corpus()
>>> [doc.id for doc in corpus]
['yuexiu-2018-drc', 'yuexiu-2023-drc', 'yuexiu-2024-drc', 'yuexiu-2024-gwr', 'yuexiu-2026-drc']
>>> [doc.id for doc in corpus.planning(2024)]
['yuexiu-2024-drc', 'yuexiu-2024-gwr']
"""

from __future__ import annotations

import difflib
import importlib.resources
from collections.abc import Iterator
from pathlib import Path

import attrs

from ..errors import CorpusError, Problem
from .document import Document, read_document
from .manifest import read_manifest
from .model import (Location, Part, PartKind, PartLines, Position, ReportInfo, Section, Sentence, Table,
                    TableRow)

__all__ = [
    "Corpus", "Document", "Location", "Part", "PartKind", "PartLines", "Position", "ReportInfo", "Section",
    "Sentence", "Table", "TableRow", "bundled_corpus", "load_corpus",
]

MANIFEST = "manifest.yaml"


@attrs.frozen
class Corpus:
    """The documents of one manifest, in the manifest's order.

    >>> corpus = load_corpus()
    >>> len(corpus), corpus.years_reviewed, corpus.years_planned
    (5, (2017, 2022, 2023, 2025), (2018, 2023, 2024, 2026))
    """

    root: Path
    manifest: Path
    documents: tuple[Document, ...] = attrs.field(repr=False)

    def __getitem__(self, id: str) -> Document:
        for doc in self.documents:
            if doc.id == id:
                return doc
        close = difflib.get_close_matches(id, [doc.id for doc in self.documents], n=1)
        raise KeyError(f"no report {id!r} in the corpus" + (f"; did you mean {close[0]!r}?" if close else ""))

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def reviewing(self, year: int) -> tuple[Document, ...]:
        """The reports that look back on ``year``."""
        return tuple(doc for doc in self.documents if doc.reviews == year)

    def planning(self, year: int) -> tuple[Document, ...]:
        """The reports that plan for ``year``."""
        return tuple(doc for doc in self.documents if doc.plans == year)

    @property
    def years_reviewed(self) -> tuple[int, ...]:
        """Every year some report looks back on, in order."""
        return tuple(sorted({doc.reviews for doc in self.documents}))

    @property
    def years_planned(self) -> tuple[int, ...]:
        """Every year some report plans for, in order."""
        return tuple(sorted({doc.plans for doc in self.documents}))


def bundled_path(name: str) -> Path:
    """A folder that ships with pledgetrack (``seeds``, ``rules``): in the wheel, or the checkout's own."""
    bundled = importlib.resources.files("pledgetrack") / "bundled" / name
    if bundled.is_dir():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[3] / name


def bundled_corpus() -> Path:
    """The folder of the corpus that ships with pledgetrack (in the wheel, or the checkout's ``seeds/``)."""
    return bundled_path("seeds")


def load_corpus(path: str | Path | None = None) -> Corpus:
    """Load the corpus whose manifest is ``path`` (a folder holding manifest.yaml, or the file).

    ``None`` loads the bundled corpus. Every problem in the manifest and its
    reports is raised at once in one :class:`CorpusError`.
    """
    path = bundled_corpus() if path is None else Path(path)
    manifest = path / MANIFEST if path.is_dir() else path
    if not manifest.is_file():
        raise CorpusError([Problem(str(manifest), None, None, "no manifest here",
                                   f"point at a folder holding {MANIFEST}, or at the manifest file itself",
                                   "missing-file")])
    documents = []
    problems: list[Problem] = []
    for entry in read_manifest(manifest):
        try:
            documents.append(read_document(entry))
        except CorpusError as exc:
            problems.extend(exc.problems)
    if problems:
        raise CorpusError(problems)
    return Corpus(manifest.parent, manifest, tuple(documents))
