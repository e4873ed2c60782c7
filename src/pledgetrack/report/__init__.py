"""The audit written out for people and machines: one small module per format.

Each format is a function ``render(result) -> str`` (``bytes`` for xlsx), found by name
or by a file's extension:

>>> sorted(FORMATS)
['csv', 'html', 'json', 'jsonl', 'junit', 'markdown', 'xlsx']
>>> get_format("pdf")
Traceback (most recent call last):
...
pledgetrack.report.UnknownFormat: no such format: "pdf" (choose from json, jsonl, junit, markdown, html, csv, xlsx)
>>> format_for("scorecard.HTML"), format_for("audit.txt")
('html', None)

The pytest-style terminal report (:mod:`.terminal`) writes as the audit goes and is not
one of these.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..audit import AuditResult
from ..errors import PledgetrackError, Problem
from ..files import file_kind
from . import csv, html, json, jsonl, junit, markdown, xlsx

Renderer = Callable[[AuditResult], str | bytes]

FORMATS: dict[str, Renderer] = {
    "json": json.render,
    "jsonl": jsonl.render,
    "junit": junit.render,
    "markdown": markdown.render,
    "html": html.render,
    "csv": csv.render,
    "xlsx": xlsx.render,
}

EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".xml": "junit", ".md": "markdown", ".html": "html", ".htm": "html",
              ".csv": "csv", ".xlsx": "xlsx"}


class UnknownFormat(ValueError):
    """A format name that is not in :data:`FORMATS`."""


def get_format(name: str) -> Renderer:
    """The render function of the format called ``name``.

    >>> get_format("json") is json.render
    True
    """
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownFormat(f'no such format: "{name}" (choose from {", ".join(FORMATS)})') from None


def format_for(path: str | os.PathLike) -> str | None:
    """The format a file name asks for by its extension (``--output audit.csv``), or None."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def write_output(text: str | bytes, path: str | os.PathLike) -> Path:
    """Write ``text`` (UTF-8 when a str) to ``path`` whole or not at all; return the path.

    The bytes go to a temporary file beside ``path``, are flushed to disk, and the
    temporary file then replaces ``path`` in one step: a reader never sees half a
    report, and when anything fails the previous file is left as it was. Only a regular
    file, new or existing, is written: a device, a FIFO, a folder or a symbolic link is
    refused with :class:`PledgetrackError`, and so is a write that fails (a full disk).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_output("# 越秀\\n", Path(folder) / "audit.md").read_text(encoding="utf-8")
    '# 越秀\\n'
    """
    with open_output(path) as out:
        out.write(text.encode("utf-8") if isinstance(text, str) else bytes(text))
    return Path(path)


@contextlib.contextmanager
def open_output(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` when the ``with`` block ends well, and vanishes if it fails:
    for outputs written a piece at a time (``--format jsonl``), whole or not at all all the same."""
    path = Path(path)
    _check_output(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    # (one try from the file's making on: a stop signalled the moment it is made takes it away too)
    try:
        try:
            # 0o666 less the umask, as for any new file; a file replaced keeps its mode.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise
    _sync_folder(path.parent)


def _check_output(path: Path) -> None:
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    if stat.S_ISLNK(mode):
        found = "a symbolic link"
    elif not stat.S_ISREG(mode):
        found = file_kind(mode)
    else:
        return
    raise PledgetrackError([Problem(str(path), None, None, f"will not write over {found}",
                                    "give the path of a regular file (it may not exist yet)", "bad-output")])


def _cannot_write(path: Path, exc: OSError) -> PledgetrackError:
    return PledgetrackError([Problem(str(path), None, None, f"cannot write the file: {exc.strerror or exc}",
                                     "nothing was written; check that the folder exists, may be written to and has room", "unwritable")])


def _sync_folder(folder: Path) -> None:
    # The rename itself survives a crash only once the folder's entry is on disk (POSIX).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
