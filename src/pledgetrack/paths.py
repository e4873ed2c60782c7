"""Paths as they may be shown to anyone: never the folders of the machine that ran the audit."""

from __future__ import annotations

import functools
import os
from pathlib import PurePath

from .corpus import bundled_path


# The working and home folders that paths are shown from: a worker that renders output
# (``--format jsonl`` in a pool or on a cluster) is given the main process's, never its own.
Viewpoint = tuple[str, str]


def viewpoint() -> Viewpoint:
    """This process's working and home folders, which :func:`display_path` shows paths from.

    >>> viewpoint() == (os.getcwd(), os.path.expanduser("~"))
    True
    """
    return os.getcwd(), os.path.expanduser("~")


def public_path(path: str | os.PathLike, seen_from: Viewpoint | None = None) -> str:
    """A path for outputs that others read (JSON, JUnit): pledgetrack's own corpus and rule book
    as ``bundled …``, other files as :func:`display_path` shows them (from ``seen_from``, by
    default this process's folders), ``<python>`` as it is.

    >>> public_path(bundled_path("rules") / "guangzhou-yuexiu" / "2023.yaml")
    'bundled rules/guangzhou-yuexiu/2023.yaml'
    >>> public_path("/home/a/audit/rules/2023.yaml", ("/home/a/audit", "/home/a"))
    'rules/2023.yaml'
    """
    # Every verdict names its report and rule file: answers are kept, keyed also by the folders.
    return _public_path(os.fspath(path), *(seen_from or viewpoint()))


@functools.lru_cache(maxsize=4096)
def _public_path(path: str, cwd: str, home: str) -> str:
    if path.startswith("<"):
        return path
    for root in (bundled_path("seeds"), bundled_path("rules")):
        shown = display_path(path, root, (cwd, home))
        if shown.startswith("bundled "):
            return shown
    return display_path(path, seen_from=(cwd, home))


def display_path(path: str | os.PathLike, bundled: str | os.PathLike | None = None,
                 seen_from: Viewpoint | None = None) -> str:
    """A path as it may be shown to anyone: relative to the working folder (or to ``bundled``,
    then marked as pledgetrack's own), ``~`` for the home folder, never this machine's layout;
    seen from the folders of ``seen_from`` (by default this process's).

    >>> display_path(os.path.join(os.getcwd(), "seeds", "manifest.yaml"))
    'seeds/manifest.yaml'
    >>> display_path("/opt/venv/site-packages/pledgetrack/bundled/seeds/manifest.yaml",
    ...              "/opt/venv/site-packages/pledgetrack/bundled/seeds")
    'bundled seeds/manifest.yaml'
    """
    cwd, home = seen_from or viewpoint()
    path = PurePath(os.path.normpath(os.path.join(cwd, path)))
    if bundled is not None:
        root = PurePath(os.path.normpath(os.path.join(cwd, bundled)))
        if path == root or root in path.parents:
            return f"bundled {PurePath(root.name, path.relative_to(root)).as_posix()}"
    for base, shown in ((cwd, ""), (home, "~/")):
        try:
            return (shown + path.relative_to(base).as_posix()) or "."
        except ValueError:
            continue
    return path.as_posix()
