"""Reading an input file safely: a regular file, no larger than a limit, never more read than that.

A rule path of ``/dev/zero`` or a FIFO must be refused, not read until memory runs out or
the process hangs: the file is opened without blocking, checked to be a regular file, and
read no further than one byte past the limit.

>>> from pledgetrack.corpus import bundled_corpus
>>> len(read_input(bundled_corpus() / "manifest.yaml", "manifest.yaml", 2**20)) > 0
True
>>> read_input("/dev/null", "/dev/null", 2**20)
Traceback (most recent call last):
...
pledgetrack.errors.PledgetrackError: /dev/null: not a regular file (a character device)
  help: give the path of an ordinary file
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import PledgetrackError, Problem

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"))


def file_kind(mode: int) -> str:
    """What a file that is not regular is, in words ("a FIFO", "a folder" …).

    >>> file_kind(stat.S_IFIFO)
    'a FIFO'
    """
    return next((name for test, name in _KINDS if test(mode)), "not an ordinary file")


def read_input(path: Path | str, name: str, limit: int) -> bytes:
    """The bytes of the regular file ``path``; :class:`PledgetrackError` when it is not one or is over ``limit``.

    ``name`` is the file as messages name it.
    """
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise PledgetrackError([Problem(name, None, None, "file not found", "check the path", "missing-file")]) from None
    except (OSError, ValueError) as exc:
        raise PledgetrackError([Problem(name, None, None, f"cannot read the file: {_reason(exc)}",
                                        "check the path and the file's permissions", "unreadable")]) from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PledgetrackError([Problem(name, None, None, f"not a regular file ({file_kind(info.st_mode)})",
                                            "give the path of an ordinary file", "not-a-file")])
        if info.st_size <= limit:
            try:
                raw = file.read(limit + 1)
            except OSError as exc:
                raise PledgetrackError([Problem(name, None, None, f"cannot read the file: {_reason(exc)}",
                                                code="unreadable")]) from None
            if len(raw) <= limit:
                return raw
        size = f"{info.st_size:,} bytes" if info.st_size > limit else "growing"
        raise PledgetrackError([Problem(name, None, None, f"file is {size}, more than the {limit:,} bytes allowed",
                                        "split it into smaller files", "too-large")])


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
