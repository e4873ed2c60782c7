"""Reports kept as read, so that auditing again after a rule edit does not read the corpus again.

A report is stored as plain JSON (its laid-out text, offsets, parts, sections, tables, …),
never as pickled objects, under a key made of the file's SHA-256, everything its manifest
entry says of it, and the version of the code that reads reports: a changed file, entry or
reader is read afresh, never served from the cache. The folder is safe to delete at any
time; an entry that cannot be read back is read from the report instead.

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

from ..errors import PledgetrackError
from ..files import read_input
from .document import MAX_REPORT_BYTES, Document, read_document
from .manifest import Entry

CACHE_FOLDER = "pledgetrack"


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/pledgetrack``, else ``~/.cache/pledgetrack``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / CACHE_FOLDER


@attrs.frozen
class ReportCache:
    """Reports read before, kept as JSON files in ``folder`` (made when first written)."""

    folder: Path

    def read(self, entry: Entry) -> Document:
        """The report ``entry`` names: from the cache when it holds this very file, else read and kept."""
        try:
            data = read_input(entry.path, str(entry.path), MAX_REPORT_BYTES)
        except PledgetrackError:
            return read_document(entry)  # which says what is wrong with the file
        path = self.folder / f"{_key(entry, data)}.json"
        with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return _converter().structure(json.loads(path.read_text(encoding="utf-8")), Document)
        document = read_document(entry)
        with contextlib.suppress(OSError):
            self._write(path, json.dumps(_converter().unstructure(document), ensure_ascii=False))
        return document

    def _write(self, path: Path, text: str) -> None:
        # Another process may be writing the same report: each writes its own file, then renames it.
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


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

