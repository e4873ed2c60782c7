"""Paths as they may be shown to anyone: never the folders of the machine that ran the audit."""

from __future__ import annotations

import functools
import os
from pathlib import PurePath

from .corpus import bundled_path


def public_path(path: str | os.PathLike) -> str:
    """A path for outputs that others read (JSON, JUnit): pledgetrack's own corpus and rule book
    as ``bundled …``, other files as :func:`display_path` shows them, ``<python>`` as it is.

    >>> public_path(bundled_path("rules") / "guangzhou-yuexiu" / "2023.yaml")
    'bundled rules/guangzhou-yuexiu/2023.yaml'
    """
    # Every verdict names its report and rule file: answers are kept, keyed also by the working and
    # home folders that display_path reads.
    return _public_path(os.fspath(path), os.getcwd(), os.path.expanduser("~"))


@functools.lru_cache(maxsize=4096)
def _public_path(path: str, cwd: str, home: str) -> str:
    if path.startswith("<"):
        return path
    for root in (bundled_path("seeds"), bundled_path("rules")):
        shown = display_path(path, root)
        if shown.startswith("bundled "):
            return shown
    return display_path(path)


def display_path(path: str | os.PathLike, bundled: str | os.PathLike | None = None) -> str:
    """A path as it may be shown to anyone: relative to the working folder (or to ``bundled``,
    then marked as pledgetrack's own), ``~`` for the home folder, never this machine's layout.

    >>> display_path(os.path.join(os.getcwd(), "seeds", "manifest.yaml"))
    'seeds/manifest.yaml'
    >>> display_path("/opt/venv/site-packages/pledgetrack/bundled/seeds/manifest.yaml",
    ...              "/opt/venv/site-packages/pledgetrack/bundled/seeds")
    'bundled seeds/manifest.yaml'
    """
    path = PurePath(os.path.abspath(path))
    if bundled is not None:
        root = PurePath(os.path.abspath(bundled))
        if path == root or root in path.parents:
            return f"bundled {PurePath(root.name, path.relative_to(root)).as_posix()}"
    for base, shown in ((os.getcwd(), ""), (os.path.expanduser("~"), "~/")):
        try:
            return (shown + path.relative_to(base).as_posix()) or "."
        except ValueError:
            continue
    return path.as_posix()
