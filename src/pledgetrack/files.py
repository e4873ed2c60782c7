"""Files and folders handled safely: an input read as a regular file, no larger than a limit, never
more read than that (:func:`read_input`); a folder searched within limits of depth and width
(:func:`search_folder`); folders made without recursion (:func:`make_folders`); several files
written all or none (:func:`write_all`).

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

import contextlib
import os
import secrets
import signal
import stat
from collections.abc import Callable
from pathlib import Path

from .errors import PledgetrackError, Problem

# A folder is searched for files (manifests below --corpus, rule files below --rules) no deeper and no
# wider than this: `--corpus /` is refused in seconds instead of walking the whole file system. The
# national corpus (57,000 governments, a folder each) is about 400,000 files and folders, two levels deep.
MAX_SEARCH_DEPTH = 8
MAX_SEARCH_ENTRIES = 1_000_000

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


def make_folders(folder: Path) -> None:
    """``folder`` and the folders above it that are missing, made one by one from the top.

    (``Path.mkdir(parents=True)`` recurses once a missing folder, and ends in RecursionError
    for a folder a thousand levels below the last one there.)

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as top:
    ...     make_folders(Path(top, "team", "pledgetrack"))
    ...     Path(top, "team", "pledgetrack").is_dir()
    True
    """
    missing = []
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        with contextlib.suppress(FileExistsError):
            each.mkdir()


def search_folder(top: Path, wanted: Callable[[str], bool], what: str, option: str) -> list[Path]:
    """The files below ``top`` whose names are ``wanted``, in path order: at most :data:`MAX_SEARCH_DEPTH`
    folders down, looking at no more than :data:`MAX_SEARCH_ENTRIES` files and folders, links to folders
    not followed; :class:`PledgetrackError` when a limit is met or a folder cannot be read.

    >>> from pledgetrack.corpus import bundled_corpus
    >>> [p.name for p in search_folder(bundled_corpus(), lambda name: name.endswith(".yaml"), "manifests", "--corpus")]
    ['manifest.yaml']
    """
    # Depth first with a stack of its own (no recursion), so that a limit is met soon wherever it is.
    found, looked, stack = [], 0, [(os.fspath(top), 0)]
    while stack:
        folder, depth = stack.pop()
        below = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    looked += 1
                    if looked > MAX_SEARCH_ENTRIES:
                        raise _too_much(top, what, option, f"it holds more than {MAX_SEARCH_ENTRIES:,} files "
                                        "and folders")
                    if entry.is_dir(follow_symlinks=False):
                        below.append(entry.path)
                    elif wanted(entry.name) and entry.is_file():
                        found.append(Path(entry.path))
        except OSError as exc:
            raise PledgetrackError([Problem(folder, None, None, f"cannot read the folder to look for {what}: "
                                            f"{_reason(exc)}", "check the path and the folder's permissions",
                                            "unreadable")]) from None
        if below and depth == MAX_SEARCH_DEPTH:
            raise _too_much(top, what, option, f"{below[0]} is more than {MAX_SEARCH_DEPTH} folders below it")
        stack += [(child, depth + 1) for child in sorted(below, reverse=True)]
    return sorted(found)


def _too_much(top: Path, what: str, option: str, why: str) -> PledgetrackError:
    return PledgetrackError([Problem(str(top), None, None, f"not searched for {what} to the end: {why}",
                                     f"point {option} at the folder holding the {what}", "search-limit")])


def write_all(contents: dict[Path, bytes]) -> None:
    """Replace every file of ``contents`` with its new bytes, or none of them.

    Each new text is first written whole beside its file (a hidden temporary file, flushed to
    disk); only then are they renamed into place, one after another. When anything fails or
    interrupts (a full disk, a rename refused, SIGTERM), the temporary files are removed and the
    files already replaced get their old bytes back: a rule book is never left half updated.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     a, b = Path(folder, "a.yaml"), Path(folder, "b.yaml")
    ...     _ = a.write_bytes(b"old a"), b.write_bytes(b"old b")
    ...     write_all({a: b"new a", b: b"new b"})
    ...     a.read_bytes(), b.read_bytes(), sorted(p.name for p in Path(folder).iterdir())
    (b'new a', b'new b', ['a.yaml', 'b.yaml'])
    """
    originals = {path: read_input(path, str(path), 64 * 1024 * 1024) for path in contents}
    staged: dict[Path, Path] = {}
    replaced: list[Path] = []
    current = next(iter(contents), None)
    try:
        for current, data in contents.items():
            staged[current] = _stage(current, data)
        with _held(signal.SIGTERM, signal.SIGINT):  # the renames are done all, or rolled back below
            for current in contents:
                os.replace(staged[current], current)
                replaced.append(current)
                del staged[current]
    except BaseException as exc:
        for temp in staged.values():
            with contextlib.suppress(OSError):
                os.unlink(temp)
        kept = [path for path in reversed(replaced) if not _put_back(path, originals[path])]
        if not isinstance(exc, OSError):
            raise
        left = f"; could not put back {', '.join(map(str, kept))}" if kept else "; no file was changed"
        raise PledgetrackError([Problem(str(current), None, None, f"cannot write the file: {_reason(exc)}{left}",
                                        "free space or fix the permissions, then run again", "unwritable")]) from None


def _stage(path: Path, data: bytes) -> Path:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:  # (from the file's making on: a stop signalled the moment it is made takes it away too)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, path.stat().st_mode & 0o7777)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


@contextlib.contextmanager
def _held(*signals: int):
    """The signals held back while the block runs (in this thread), delivered when it ends."""
    mask = getattr(signal, "pthread_sigmask", None)
    kept = mask(signal.SIG_BLOCK, signals) if mask else None
    try:
        yield
    finally:
        if mask:
            mask(signal.SIG_SETMASK, kept)


def _put_back(path: Path, data: bytes) -> bool:
    try:
        os.replace(_stage(path, data), path)
    except OSError:
        return False
    return True


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
