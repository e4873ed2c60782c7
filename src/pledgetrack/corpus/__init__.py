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
from .scope import Scope
from .model import (Location, Part, PartKind, PartLines, Position, ReportInfo, Section, Sentence, Table,
                    TableRow)

__all__ = [
    "Corpus", "Document", "Location", "Part", "PartKind", "PartLines", "Position", "ReportInfo", "Scope", "Section",
    "Sentence", "Table", "TableRow", "bundled_corpus", "load_corpus",
]

MANIFEST = "manifest.yaml"


@attrs.frozen
class Corpus:
    """The documents of one or more manifests, in the manifests' order, of any number of governments.

    ``skipped`` holds the problems of reports that could not be read: the others load
    without them, and the command line says what was left out.

    >>> corpus = load_corpus()
    >>> len(corpus), corpus.years_reviewed, corpus.years_planned
    (5, (2017, 2022, 2023, 2025), (2018, 2023, 2024, 2026))
    >>> corpus.governments
    ('广东省广州市越秀区',)
    >>> corpus                                  # doctest: +ELLIPSIS
    <Corpus of 5 reports, 1 government, from .../manifest.yaml: yuexiu-2018-drc, yuexiu-2023-drc, yuexiu-2024-drc, … 2 more>
    """

    root: Path
    manifest: Path
    documents: tuple[Document, ...] = attrs.field(repr=False)
    skipped: tuple[Problem, ...] = attrs.field(default=(), repr=False)
    manifests: tuple[Path, ...] = attrs.field(default=(), repr=False)

    def __repr__(self) -> str:
        ids = ", ".join(doc.id for doc in self.documents[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        governments = len(self.governments)
        return (f"<Corpus of {len(self)} reports, {governments} government{'s' * (governments != 1)}, "
                f"from {self.manifest}: {ids}{more}>")

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

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """What the engine guessed while reading the reports (a part found by its content, say)."""
        return tuple(w for doc in self.documents for w in doc.warnings)

    @property
    def governments(self) -> tuple[str, ...]:
        """Every government (manifest ``region``) with a report here, in the order they first appear."""
        return tuple(dict.fromkeys(doc.government for doc in self.documents))

    def of_government(self, government: str) -> tuple[Document, ...]:
        """The reports of one government."""
        return tuple(doc for doc in self.documents if doc.government == government)

    def reviewing(self, year: int, government: str | None = None) -> tuple[Document, ...]:
        """The reports that look back on ``year`` (of ``government`` only, when given).

        >>> [doc.id for doc in load_corpus().reviewing(2023, "广东省广州市越秀区")]
        ['yuexiu-2024-drc', 'yuexiu-2024-gwr']
        """
        return tuple(doc for doc in self.documents
                     if doc.reviews == year and (government is None or doc.government == government))

    def planning(self, year: int, government: str | None = None) -> tuple[Document, ...]:
        """The reports that plan for ``year`` (of ``government`` only, when given)."""
        return tuple(doc for doc in self.documents
                     if doc.plans == year and (government is None or doc.government == government))

    @property
    def years_reviewed(self) -> tuple[int, ...]:
        """Every year some report looks back on, in order."""
        return tuple(sorted({doc.reviews for doc in self.documents}))

    @property
    def years_planned(self) -> tuple[int, ...]:
        """Every year some report plans for, in order."""
        return tuple(sorted({doc.plans for doc in self.documents if doc.plans is not None}))


def bundled_path(name: str) -> Path:
    """A folder that ships with pledgetrack (``seeds``, ``rules``): in the wheel, or the checkout's own."""
    bundled = importlib.resources.files("pledgetrack") / "bundled" / name
    if bundled.is_dir():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[3] / name


def bundled_corpus() -> Path:
    """The folder of the corpus that ships with pledgetrack (in the wheel, or the checkout's ``seeds/``)."""
    return bundled_path("seeds")


def load_corpus(path: str | Path | None = None, *, strict: bool = False) -> Corpus:
    """Load a corpus: a folder holding manifest.yaml, the manifest file itself, or a folder tree
    of manifests (one per government, say), each naming reports in its own folder.

    ``None`` loads the bundled corpus. Every problem of every manifest is raised at
    once in one :class:`CorpusError`. A report that cannot be read is left out and
    its problems kept in :attr:`Corpus.skipped`; with ``strict`` they are raised
    too, and so they are when no report could be read at all.

    >>> len(load_corpus(bundled_corpus() / "manifest.yaml"))
    5
    """
    path = bundled_corpus() if path is None else Path(path)
    manifests = _manifests(path)
    documents = []
    skipped: list[Problem] = []
    manifest_problems: list[Problem] = []
    for manifest in manifests:
        try:
            entries = read_manifest(manifest)
        except CorpusError as exc:
            manifest_problems.extend(exc.problems)
            continue
        for entry in entries:
            try:
                documents.append(read_document(entry))
            except CorpusError as exc:
                skipped.extend(exc.problems)
    if manifest_problems or (skipped and (strict or not documents)):
        raise CorpusError(manifest_problems + skipped)
    root = path if path.is_dir() else path.parent
    return Corpus(root, manifests[0], tuple(documents), tuple(skipped), tuple(manifests))


def _manifests(path: Path) -> list[Path]:
    if path.is_dir() and not (path / MANIFEST).is_file():
        found = sorted(p for p in path.rglob(MANIFEST) if p.is_file())
        if found:
            return found
    manifest = path / MANIFEST if path.is_dir() else path
    if not manifest.is_file():
        raise CorpusError([Problem(str(manifest), None, None, "no manifest here",
                                   f"point at a folder holding {MANIFEST} (or folders of them), "
                                   "or at the manifest file itself", "missing-file")])
    return [manifest]
