"""What the command line checks before the work and says around it: usage errors, --output, problems.

A usage error is one line on stderr and an exit status, never a traceback; a bad
``--output`` is found before any work starts, and nothing is then written.

>>> check_output("-") is None
True
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .config import ProjectConfig
from .corpus import Corpus, bundled_corpus
from .errors import Problem, RuleError
from .report.common import plural
from .rules import load_rules
from .rules.book import RuleBook
from .visible import visible

EXIT_MISSED = 1
EXIT_PROBLEMS = 2
EXIT_NO_PLEDGES = 5  # as pytest's "no tests collected"


class UsageError(Exception):
    """A command line that cannot be run as given; its message says what to do instead."""

    def __init__(self, message: str, status: int = EXIT_PROBLEMS):
        super().__init__(message)
        self.status = status


def print_problems(problems: Sequence[Problem]) -> None:
    """Every problem on stderr, then one line saying how many in how many files.

    The count is left out for problems that stand on no line of a file (a missing file, an
    optional package not installed): there is nothing to go through.
    """
    for problem in problems:
        print(visible(str(problem)), file=sys.stderr)
    if any(p.line is not None for p in problems):
        files = len({p.file for p in problems})
        print(f"{plural(len(problems), 'problem')} in {plural(files, 'file')}", file=sys.stderr)


def check_output(value: str | None) -> Path | None:
    """The file ``--output`` names, checked before any work starts; None for standard output (``-``)."""
    if value is None or value == "-":
        return None
    if not value:
        raise UsageError("--output is empty; name a file, e.g. --output audit.html, or give - for standard output")
    if "\0" in value:  # no file name holds one; the system would refuse it with ValueError
        raise UsageError(f"--output {value!r}: a file name cannot hold the character NUL; choose another name")
    path = Path(value)
    folder = path.parent
    if path.is_dir():
        raise UsageError(f"--output {value}: that is a folder; name a file in it, e.g. {path / 'audit.html'}")
    if not folder.is_dir():
        raise UsageError(f"--output {value}: there is no folder {folder}; create it first, or write elsewhere")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UsageError(f"--output {value}: no permission to write there; choose another file")
    return path


def write_to(text: str, path: Path) -> None:
    """Write an output whole (or not at all) and say where it went, on stderr."""
    from .report import write_output

    try:
        write_output(text, path)
    except OSError as exc:
        raise UsageError(f"--output {path}: cannot write it: {exc.strerror or exc}") from None
    print(visible(f"wrote {path}"), file=sys.stderr)


def selection_text(args: argparse.Namespace) -> str:
    """The selection as it was typed: ``-k fairs --year 2023 --grade missed``; '' for none."""
    words = [f"-k {args.keyword!r}"] if args.keyword else []
    words += [f"--year {y}" for y in args.year] + [f"--area {a}" for a in args.area]
    return " ".join(words + [f"--grade {g}" for g in args.grade])


@contextlib.contextmanager
def fitting_rules(paths: Sequence[Path] | None, corpus_path: Path | None) -> Iterator[None]:
    """Around reading or grading a rule book: the bundled one on another corpus is refused in
    one message that says what to do, not in hundreds of quotes not found."""
    try:
        yield
    except RuleError as exc:
        own = corpus_path is not None and Path(corpus_path).resolve() not in (
            bundled_corpus().resolve(), (bundled_corpus() / "manifest.yaml").resolve())
        if paths is None and own:
            raise UsageError(
                "the bundled rule book is written for the bundled corpus (广州市越秀区) and does "
                f"not fit {corpus_path} ({plural(len(exc.problems), 'problem')}); point at your own rule files "
                "with --rules PATH, or set rules = [\"PATH\"] in pledgetrack.toml") from None
        raise


def open_rules(paths: Sequence[Path] | None, corpus: Corpus, corpus_path: Path | None) -> RuleBook:
    """Load the rule book, refusing the bundled one on another corpus in one message."""
    with fitting_rules(paths, corpus_path):
        return load_rules(paths, corpus)


def config_name(config: ProjectConfig) -> str:
    """The project file in use, relative to the working folder; '' for none."""
    return os.path.relpath(config.file) if config.file is not None else ""
