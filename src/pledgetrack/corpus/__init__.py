"""The corpus stage: reports listed in a manifest, read into documents with parts, sentences and tables.

>>> corpus = load_corpus()
>>> [doc.id for doc in corpus]
['yuexiu-2018-drc', 'yuexiu-2023-drc', 'yuexiu-2024-drc', 'yuexiu-2024-gwr', 'yuexiu-2026-drc']
>>> [doc.id for doc in corpus.planning(2024)]
['yuexiu-2024-drc', 'yuexiu-2024-gwr']
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from ..errors import CorpusError, Problem
from .cache import ReportCache
from .document import Document, read_document
from .index import CorpusIndex, Portion, find_manifests
from .manifest import Entry, read_manifest
from .scope import Scope
from .model import (Location, Part, PartKind, PartLines, Position, ReportInfo, Section, Sentence, Table,
                    TableRow)

__all__ = [
    "Corpus", "Document", "Location", "Part", "PartKind", "PartLines", "Position", "ReportInfo", "Scope", "Section",
    "Sentence", "Table", "TableRow", "Notes", "bundled_corpus", "load_corpus", "open_portion",
]



@attrs.frozen
class Notes:
    """What reading reports left to tell, by the reports' positions in the reader's index."""

    unreadable: dict[int, tuple[Problem, ...]]
    warnings: dict[int, tuple[Problem, ...]]


@attrs.frozen(eq=False)
class Corpus:
    """The reports of one or more manifests, in the manifests' order, of any number of governments.

    The manifests are read at once (:attr:`index`); a report is read when something
    asks for it, and kept while its government is among the ``keep`` most recently
    used (all of them when ``keep`` is None), so a long audit holds a few governments'
    reports at a time. ``skipped`` holds the problems of the reports that could not be
    read so far: the others are used without them.

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
    index: CorpusIndex = attrs.field(repr=False)
    manifests: tuple[Path, ...] = attrs.field(default=(), repr=False)
    keep: int | None = attrs.field(default=None, repr=False)
    cache: ReportCache | None = attrs.field(default=None, repr=False)
    _read: dict[int, Document] = attrs.field(factory=dict, init=False, repr=False)
    _problems: dict[int, tuple[Problem, ...]] = attrs.field(factory=dict, init=False, repr=False)
    _warnings: dict[int, tuple[Problem, ...]] = attrs.field(factory=dict, init=False, repr=False)
    _recent: dict[str, None] = attrs.field(factory=dict, init=False, repr=False)

    def _document(self, i: int) -> Document | None:
        if i in self._read or i in self._problems:
            return self._read.get(i)
        entry = self.index.entries[i]
        try:
            self._read[i] = self.cache.read(entry) if self.cache is not None else read_document(entry)
            if self._read[i].warnings:
                self._warnings[i] = self._read[i].warnings
        except CorpusError as exc:
            self._problems[i] = tuple(exc.problems)
        self._recent.pop(entry.region, None)
        self._recent[entry.region] = None
        if self.keep is not None and len(self._recent) > self.keep:
            oldest = next(iter(self._recent))
            del self._recent[oldest]
            for j in self.index.of_government(oldest):
                self._read.pop(j, None)
        return self._read.get(i)

    def _documents(self, positions: Iterable[int]) -> tuple[Document, ...]:
        return tuple(doc for i in positions if (doc := self._document(i)) is not None)

    @property
    def documents(self) -> tuple[Document, ...]:
        """Every report that could be read (reading those not read yet)."""
        return self._documents(range(len(self.index.entries)))

    @property
    def skipped(self) -> tuple[Problem, ...]:
        """The problems of the reports that could not be read, in manifest order."""
        return tuple(problem for i in sorted(self._problems) for problem in self._problems[i])

    @property
    def notes(self) -> Notes:
        """The problems of each report found unreadable so far, and the warnings of those read."""
        return Notes(dict(self._problems), dict(self._warnings))

    def learn(self, notes: Notes, positions: Sequence[int]) -> None:
        """Take the notes another reader (a worker) made on a portion whose reports stand at ``positions``."""
        for i, problems in notes.unreadable.items():
            self._read.pop(positions[i], None)
            self._problems[positions[i]] = problems
        self._warnings.update((positions[i], warnings) for i, warnings in notes.warnings.items())

    @property
    def entries(self) -> tuple[Entry, ...]:
        """What the manifests say of each report, less those found unreadable so far: no report is read."""
        return tuple(self.index.entries[i] for i in self._listed())

    def __repr__(self) -> str:
        ids = ", ".join(doc.id for doc in self.documents[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        governments = len(self.governments)
        return (f"<Corpus of {len(self)} reports, {governments} government{'s' * (governments != 1)}, "
                f"from {self.manifest}: {ids}{more}>")

    def __getitem__(self, id: str) -> Document:
        i = self.index.position(id)
        doc = self._document(i) if i is not None else None
        if doc is not None:
            return doc
        ids = [entry.id for entry in self.index.entries]
        close = difflib.get_close_matches(id, ids, n=1)
        raise KeyError(f"no report {id!r} in the corpus" + (f"; did you mean {close[0]!r}?" if close else ""))

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        """How many reports the corpus holds (less those found unreadable so far)."""
        return len(self.index.entries) - len(self._problems)

    def _listed(self) -> Iterator[int]:
        return (i for i in range(len(self.index.entries)) if i not in self._problems)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """What the engine guessed while reading the reports so far (a part found by its content, say)."""
        return tuple(w for i in sorted(self._warnings) for w in self._warnings[i])

    @property
    def governments(self) -> tuple[str, ...]:
        """Every government (manifest ``region``) with a report here, in the order they first appear."""
        return tuple(dict.fromkeys(self.index.entries[i].region for i in self._listed()))

    def of_government(self, government: str) -> tuple[Document, ...]:
        """The reports of one government."""
        return self._documents(self.index.of_government(government))

    def reviewing(self, year: int, government: str | None = None) -> tuple[Document, ...]:
        """The reports that look back on ``year`` (of ``government`` only, when given).

        >>> [doc.id for doc in load_corpus().reviewing(2023, "广东省广州市越秀区")]
        ['yuexiu-2024-drc', 'yuexiu-2024-gwr']
        """
        return self._documents(self.index.reviewing(year, government))

    def planning(self, year: int, government: str | None = None) -> tuple[Document, ...]:
        """The reports that plan for ``year`` (of ``government`` only, when given)."""
        return self._documents(self.index.planning(year, government))

    def about(self, year: int, government: str | None = None) -> tuple[Document, ...]:
        """The reports that plan for or look back on ``year``, in manifest order: where its pledges stand.

        >>> [doc.id for doc in load_corpus().about(2023)]
        ['yuexiu-2023-drc', 'yuexiu-2024-drc', 'yuexiu-2024-gwr']
        """
        return self._documents(sorted({*self.index.planning(year, government), *self.index.reviewing(year, government)}))

    def each_about(self, year: int, government: str | None = None) -> Iterator[Document]:
        """The reports of :meth:`about`, read one at a time as asked: a pass over many governments' reports
        then holds no more of them than ``keep`` allows."""
        for i in sorted({*self.index.planning(year, government), *self.index.reviewing(year, government)}):
            doc = self._document(i)
            if doc is not None:
                yield doc

    def portion(self, government: str) -> Portion:
        """One government's share, for a worker to read itself (:func:`open_portion`)."""
        portion = self.index.portion(government)
        return attrs.evolve(portion, cache=self.cache.folder) if self.cache is not None else portion

    @property
    def years_reviewed(self) -> tuple[int, ...]:
        """Every year some report looks back on, in order."""
        return tuple(sorted({self.index.entries[i].reviews for i in self._listed()}))

    @property
    def years_planned(self) -> tuple[int, ...]:
        """Every year some report plans for, in order."""
        return tuple(sorted({plans for i in self._listed() if (plans := self.index.entries[i].plans) is not None}))


@functools.cache  # asked for every verdict written; where pledgetrack is installed does not change
def bundled_path(name: str) -> Path:
    """A folder that ships with pledgetrack (``seeds``, ``rules``): in the wheel, or the checkout's own."""
    bundled = importlib.resources.files("pledgetrack") / "bundled" / name
    if bundled.is_dir():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[3] / name


def bundled_corpus() -> Path:
    """The folder of the corpus that ships with pledgetrack (in the wheel, or the checkout's ``seeds/``)."""
    return bundled_path("seeds")


def load_corpus(path: str | Path | None = None, *, strict: bool = False, lazy: bool = False,
                keep: int | None = None, cache: str | Path | None = None) -> Corpus:
    """Load a corpus: a folder holding manifest.yaml, the manifest file itself, or a folder tree
    of manifests (one per government, say), each naming reports in its own folder.

    ``None`` loads the bundled corpus. Every problem of every manifest is raised at
    once in one :class:`CorpusError`. A report that cannot be read is left out and
    its problems kept in :attr:`Corpus.skipped`; with ``strict`` they are raised
    too, and so they are when no report could be read at all. With ``lazy`` only
    the manifests are read now, each report when it is first needed, and only the
    reports of the ``keep`` governments used last stay in memory. With ``cache`` (a folder),
    reports read before are taken from it (:mod:`.cache`).

    >>> len(load_corpus(bundled_corpus() / "manifest.yaml"))
    5
    """
    path = bundled_corpus() if path is None else Path(path)
    manifests = find_manifests(path)
    listed: list[tuple[Entry, Path]] = []
    manifest_problems: list[Problem] = []
    for manifest in manifests:
        try:
            listed += [(entry, manifest) for entry in read_manifest(manifest)]
        except CorpusError as exc:
            manifest_problems.extend(exc.problems)
    root = path if path.is_dir() else path.parent
    corpus = Corpus(root, manifests[0], CorpusIndex.of(listed), tuple(manifests), keep if lazy else None,
                    ReportCache(Path(cache)) if cache is not None else None)
    if not lazy:
        corpus.documents  # noqa: B018  (reads every report now, to say which could not be read)
    skipped = list(corpus.skipped)
    if manifest_problems or (skipped and (strict or not len(corpus))):
        raise CorpusError(manifest_problems + skipped)
    return corpus


def open_portion(portion: Portion) -> Corpus:
    """The corpus of one government's reports, read by whoever calls this (a worker, say).

    >>> corpus = open_portion(load_corpus(lazy=True).portion("广东省广州市越秀区"))
    >>> len(corpus), corpus.governments
    (5, ('广东省广州市越秀区',))
    """
    index = CorpusIndex.of(portion.entries())
    return Corpus(portion.manifests[0].parent, portion.manifests[0], index, portion.manifests,
                  cache=ReportCache(portion.cache) if portion.cache is not None else None)
