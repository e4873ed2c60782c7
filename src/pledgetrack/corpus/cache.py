"""Reports kept as read, so that auditing again after a rule edit does not read the corpus again.

A report is stored as plain JSON (its laid-out text, offsets, parts, sections, tables, …),
never as pickled objects, under a key made of the file's SHA-256, everything its manifest
entry says of it, and the version of the code that reads reports: a changed file, entry or
reader is read afresh, never served from the cache. The folder is safe to delete at any
time.

Nothing in the folder is trusted unchecked (it may be shared: a team's folder, the path a
Dask cluster's workers see). An entry is read only if it is a regular file (a FIFO or a
link to ``/dev/zero`` is refused without waiting or reading on) no larger than
:func:`entry_limit`; its first line names its key and the SHA-256 of the key and the rest
of the file, so that an entry edited, cut short or copied from another report does not
match; then the rest must be a report of the expected shape. An entry that fails any of
these is read afresh from the report, which says so once (a warning the audit prints on
stderr), and the entry is written again. The digest finds damage and careless edits; it is
no signature: whoever may write the folder may also write a matching entry.

>>> import tempfile
>>> from pledgetrack.corpus import load_corpus
>>> entry = load_corpus(lazy=True).index.entries[0]
>>> with tempfile.TemporaryDirectory() as folder:
...     cache = ReportCache(Path(folder))
...     first, again = cache.read(entry), cache.read(entry)
...     first is not again and again.text == first.text and again.tables == first.tables
True
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import os
import secrets
from array import array
from importlib import metadata
from pathlib import Path

import attrs
from cattrs.preconf.json import make_converter

from ..errors import PledgetrackError, Problem
from ..files import make_folders, read_input
from .document import MAX_REPORT_BYTES, Document, read_document
from .manifest import Entry

CACHE_FOLDER = "pledgetrack"
# The first line of an entry: what it is, the key it was written under, the SHA-256 of key and document.
FORMAT = "pledgetrack-report-cache"
# An entry holds the text twice, an offset per character and the parts: under 40 bytes a byte of the
# report (5 times, measured on the seeds); one larger than this is not one the cache wrote.
BYTES_PER_REPORT_BYTE = 64


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/pledgetrack``, else ``~/.cache/pledgetrack``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / CACHE_FOLDER


@attrs.frozen
class ReportCache:
    """Reports read before, kept as JSON files in ``folder`` (made when first written)."""

    folder: Path

    def read(self, entry: Entry) -> Document:
        """The report ``entry`` names: from the cache when it holds this very file, else read and kept.

        An entry that is there but does not check out is not used: the report is read afresh,
        with a warning saying why, and the entry written again.
        """
        try:
            data = read_input(entry.path, str(entry.path), MAX_REPORT_BYTES)
        except PledgetrackError:
            return read_document(entry)  # which says what is wrong with the file
        key = _key(entry, data)
        path = self.folder / f"{key}.json"
        try:
            return _checked(path, key, entry, entry_limit(len(data)))
        except FileNotFoundError:
            why = None
        except _Refused as exc:
            why = str(exc)
        document = read_document(entry)
        with contextlib.suppress(OSError):
            self._write(path, _entry_bytes(key, document))
        if why is None:
            return document
        warning = Problem(str(entry.path), None, None, f"the cache entry {path} {why}; the report was read afresh",
                          "nothing to do: the entry has been written again (the cache folder is safe to delete)",
                          "cache-entry")
        return attrs.evolve(document, warnings=(*document.warnings, warning))

    def _write(self, path: Path, data: bytes) -> None:
        # Another process may be writing the same report: each writes its own file, then renames it.
        make_folders(self.folder)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            temp.write_bytes(data)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def entry_limit(report_bytes: int) -> int:
    """The most bytes a cache entry of a report of ``report_bytes`` may have.

    >>> entry_limit(30_000)
    2968576
    """
    return BYTES_PER_REPORT_BYTE * report_bytes + 2**20


class _Refused(Exception):
    """A cache entry that is there but is not to be used; its message says why."""


def _entry_bytes(key: str, document: Document) -> bytes:
    body = json.dumps(_converter().unstructure(document), ensure_ascii=False).encode("utf-8")
    return _head(key, body) + b"\n" + body


def _head(key: str, body: bytes) -> bytes:
    """The first line of the entry of ``body`` under ``key``: all of it follows from the two."""
    digest = hashlib.sha256(key.encode("ascii") + b"\n" + body).hexdigest()
    return json.dumps({"format": FORMAT, "key": key, "sha256": digest}).encode("ascii")


def _checked(path: Path, key: str, entry: Entry, limit: int) -> Document:
    """The document of the entry at ``path``; :class:`_Refused` saying why when it is not to be trusted."""
    try:
        data = read_input(path, str(path), limit)
    except PledgetrackError as exc:
        if exc.problems[0].code == "missing-file":
            raise FileNotFoundError(errno.ENOENT, "no entry", str(path)) from None
        raise _Refused(f"was refused ({exc.problems[0].message})") from None
    head, _, body = data.partition(b"\n")
    # the first line follows from the key and the rest: it is compared as written, byte for byte, never parsed
    # (a space dropped from it, or 100,000 nested brackets, is an entry the cache did not write)
    if head != _head(key, body):
        raise _Refused("does not match its report (it was changed, cut short or written by another version)")
    try:
        document = _converter().structure(json.loads(body), Document)
    except Exception as exc:  # noqa: BLE001 - any shape but the one written is refused (cattrs raises groups)
        raise _Refused(f"is not a report as the cache writes it ({type(exc).__name__})") from None
    if document.info.id != entry.id or document.path != entry.path:
        raise _Refused("is another report's")
    return document


def _key(entry: Entry, data: bytes) -> str:
    digest = hashlib.sha256(data)
    line = entry.source.where(("reports", entry.index))[0]  # a warning may name the entry's line
    said = (str(entry.path), entry.source.file, line, entry.id, entry.file, entry.region, entry.body, entry.title,
            entry.delivered.isoformat(), entry.reviews, entry.plans, entry.encoding, repr(entry.parts))
    digest.update(json.dumps(said, ensure_ascii=False).encode("utf-8"))
    digest.update(_reader_version().encode("ascii"))
    return digest.hexdigest()


@functools.cache
def _reader_version() -> str:
    """The package version and a hash of the code that reads reports (this folder's modules)."""
    digest = hashlib.sha256(_version().encode("utf-8"))
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()


def _version() -> str:
    try:
        return metadata.version("pledgetrack")
    except metadata.PackageNotFoundError:
        return "unknown"


@functools.cache
def _converter():
    converter = make_converter()
    converter.register_unstructure_hook(array, lambda a: {"typecode": a.typecode, "items": a.tolist()})
    converter.register_structure_hook(array, lambda v, _: array(v["typecode"], v["items"]))
    converter.register_unstructure_hook(Path, str)
    converter.register_structure_hook(Path, lambda v, _: Path(v))
    return converter

