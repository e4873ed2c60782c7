"""Which reports speak for which government and year, worked out once from the manifests.

No report is read to build it: a pledge then looks only at the reports of its own
government and year, however many governments the corpus holds, and a worker is
handed a government's manifests (:class:`Portion`), never its parsed reports.

>>> from pledgetrack.corpus import load_corpus
>>> index = load_corpus(lazy=True).index
>>> [index.entries[i].id for i in index.reviewing(2023, "广东省广州市越秀区")]
['yuexiu-2024-drc', 'yuexiu-2024-gwr']
>>> index.governments, index.years_planned
(('广东省广州市越秀区',), (2018, 2023, 2024, 2026))
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import attrs

from ..errors import CorpusError, PledgetrackError, Problem
from ..files import search_folder
from .manifest import Entry, read_manifest

Positions = tuple[int, ...]

MANIFEST = "manifest.yaml"


@attrs.frozen
class CorpusIndex:
    """The manifests' entries in order, with their positions grouped by government and by year."""

    entries: tuple[Entry, ...] = attrs.field(repr=False)
    manifests: tuple[Path, ...] = attrs.field(repr=False)  # the manifest each entry was listed in
    _by_government: dict[str, Positions] = attrs.field(repr=False)
    _reviewing: dict[tuple[str | None, int], Positions] = attrs.field(repr=False)
    _planning: dict[tuple[str | None, int], Positions] = attrs.field(repr=False)
    _by_id: dict[str, int] = attrs.field(repr=False)

    @classmethod
    def of(cls, listed: Iterable[tuple[Entry, Path]]) -> CorpusIndex:
        """Index entries, each given with the manifest that lists it."""
        listed = tuple(listed)
        entries = tuple(entry for entry, _ in listed)
        manifests = tuple(manifest for _, manifest in listed)
        governments: dict[str, list[int]] = {}
        reviewing: dict[tuple[str | None, int], list[int]] = {}
        planning: dict[tuple[str | None, int], list[int]] = {}
        by_id: dict[str, int] = {}
        for i, entry in enumerate(entries):
            governments.setdefault(entry.region, []).append(i)
            for government in (entry.region, None):
                reviewing.setdefault((government, entry.reviews), []).append(i)
                if entry.plans is not None:
                    planning.setdefault((government, entry.plans), []).append(i)
            by_id.setdefault(entry.id, i)
        frozen = lambda groups: {key: tuple(value) for key, value in groups.items()}  # noqa: E731
        return cls(entries, manifests, frozen(governments), frozen(reviewing), frozen(planning), by_id)

    @property
    def governments(self) -> tuple[str, ...]:
        """Every government with a report listed, in the order they first appear."""
        return tuple(self._by_government)

    def holds(self, government: str) -> bool:
        """Whether some report of ``government`` is listed (at once, however many governments)."""
        return government in self._by_government

    def of_government(self, government: str) -> Positions:
        """The positions of one government's entries."""
        return self._by_government.get(government, ())

    def reviewing(self, year: int, government: str | None = None) -> Positions:
        """The positions of the entries that look back on ``year`` (of ``government`` only, when given)."""
        return self._reviewing.get((government, year), ())

    def planning(self, year: int, government: str | None = None) -> Positions:
        """The positions of the entries that plan for ``year`` (of ``government`` only, when given)."""
        return self._planning.get((government, year), ())

    def position(self, id: str) -> int | None:
        """Where the first entry with this id stands, or None."""
        return self._by_id.get(id)

    @property
    def years_reviewed(self) -> tuple[int, ...]:
        return tuple(sorted({year for government, year in self._reviewing if government is None}))

    @property
    def years_planned(self) -> tuple[int, ...]:
        return tuple(sorted({year for government, year in self._planning if government is None}))

    def portion(self, government: str) -> Portion:
        """What a worker needs to read one government's reports itself."""
        positions = self.of_government(government)
        return Portion(government, tuple(dict.fromkeys(self.manifests[i] for i in positions)), positions)


@attrs.frozen
class Portion:
    """One government's share of a corpus, named by the manifests that list it: small to send.

    A worker reads the manifests (once per process) and the government's reports
    itself, from the folder all workers share.
    """

    government: str
    manifests: tuple[Path, ...]
    positions: tuple[int, ...] = ()  # of its entries in the whole corpus's index, in the order read here
    cache: Path | None = None  # the folder of reports kept as read (corpus.cache)

    def entries(self) -> tuple[tuple[Entry, Path], ...]:
        """The government's entries, each with the manifest that lists it."""
        return tuple((entry, manifest) for manifest in self.manifests
                     for entry in read_manifest_once(manifest) if entry.region == self.government)


def read_manifest_once(path: Path) -> tuple[Entry, ...]:
    """A manifest's entries, read once per process for as long as the file is unchanged."""
    stat = Path(path).stat()
    # A rewrite of the same size within the clock's tick, or with its mtime set back (cp -p, an
    # editor's backup), keeps mtime and size: ctime no one can set, and a file replaced is a new inode.
    return _read_manifest(Path(path), (stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns, stat.st_ino, stat.st_dev))


@functools.lru_cache(maxsize=16)
def _read_manifest(path: Path, _version: tuple[int, ...]) -> tuple[Entry, ...]:
    return tuple(read_manifest(path))


def find_manifests(path: Path) -> list[Path]:
    """The manifests ``--corpus`` names: the file itself, the folder's ``manifest.yaml``, else every
    ``manifest.yaml`` in the folders below (:func:`~pledgetrack.files.search_folder`: so deep and so
    wide at most, links to folders not followed), in path order.

    >>> from pledgetrack.corpus import bundled_corpus
    >>> [p.name for p in find_manifests(bundled_corpus())]
    ['manifest.yaml']
    """
    try:
        if path.is_dir() and not (path / MANIFEST).is_file():
            found = search_folder(path, lambda name: name == MANIFEST, "manifests", "--corpus")
            if found:
                return found
        manifest = path / MANIFEST if path.is_dir() else path
        there = manifest.is_file()
    except OSError as exc:
        raise _cannot_search(path, exc) from None
    except PledgetrackError as exc:
        raise CorpusError(exc.problems) from None
    if not there:
        raise CorpusError([Problem(str(manifest), None, None, "no manifest here",
                                   f"point at a folder holding {MANIFEST} (or folders of them), "
                                   "or at the manifest file itself", "missing-file")])
    return [manifest]


def _cannot_search(folder: Path, exc: OSError) -> CorpusError:
    reason = exc.strerror or str(exc)
    return CorpusError([Problem(str(folder), None, None, f"cannot read the folder to look for manifests: {reason}",
                                "check the path and the folder's permissions", "unreadable")])
