"""What the subcommands share: the parser of a subcommand, the exit codes, how problems and
warnings are told."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from ..corpus import Corpus, load_corpus
from ..rules import Grade
from ..usage import EXIT_MISSED
from ..visible import visible


EXIT_CODES = """exit status:
  0  no pledge missed        1  a pledge missed (see --fail-on)
  2  usage error, or input that cannot be read (every problem is listed)
  5  the selection matched no pledge"""


def command(commands: argparse._SubParsersAction, name: str, help: str, description: str,
            examples: str, exit_codes: str = EXIT_CODES) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples and the exit codes (those of grading, unless
    ``exit_codes`` gives the command's own)."""
    return commands.add_parser(name, help=help, description=description,
                               epilog=f"examples:\n{examples}\n\n{exit_codes}",
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def drop_stdout() -> None:
    """Send what is left of standard output nowhere, once writing it has failed."""
    # What is still buffered would fail again when Python flushes it on exit, with a traceback.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def corpus_option(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` the ``--corpus`` option every subcommand that reads reports takes."""
    parser.add_argument("--corpus", metavar="DIR", type=Path, default=None,
                        help="a folder holding manifest.yaml, or the manifest itself (default: the bundled corpus)")


def seconds(text: str) -> float:
    """An option's number of seconds (``--dask-timeout``), above 0.

    >>> seconds("2.5")
    2.5
    """
    try:
        seconds = float(text)  # a timeout, never a figure graded
    except ValueError:
        seconds = -1
    if not 0 < seconds < 10**6:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, found {text!r}")
    return seconds


# A folder deeper than this is refused where it is given (--cache-dir): no one means one, and its path
# runs past what the system allows (4,096 bytes on Linux) long before a folder of reports does.
MAX_FOLDER_DEPTH = 256


def folder_option(text: str) -> Path:
    """A folder given on the command line (``--cache-dir``), no deeper than :data:`MAX_FOLDER_DEPTH`.

    >>> folder_option("~/cache")
    PosixPath('~/cache')
    """
    if "\0" in text:  # no path holds one; the system would refuse it with ValueError
        raise argparse.ArgumentTypeError(f"a folder's name cannot hold the character NUL, found {text!r}")
    depth = len(Path(text).parts)
    if not text or depth > MAX_FOLDER_DEPTH:
        found = "an empty path" if not text else f"a path {depth:,} folders deep"
        raise argparse.ArgumentTypeError(f"expected a folder at most {MAX_FOLDER_DEPTH} folders deep, found "
                                         f"{found}; choose a folder nearer the top")
    return Path(text)


def file_option(text: str) -> Path:
    """A file to write given on the command line (``schema --output``): a name, without NUL.

    >>> file_option("schema.json")
    PosixPath('schema.json')
    """
    if not text or "\0" in text:  # "" would be the working folder; no file name holds NUL
        raise argparse.ArgumentTypeError(f"expected a file name, found {text!r}")
    return Path(text)


def open_corpus(path: Path | None) -> Corpus:
    """Load the corpus, telling on stderr about each report that had to be left out."""
    corpus = load_corpus(path)
    tell_reading(corpus)
    return corpus


def tell_reading(corpus: Corpus) -> None:
    """Tell on stderr what reading the corpus warned about, and each report left out."""
    warn(corpus.warnings)
    for problem in corpus.skipped:
        print(visible(str(problem)), file=sys.stderr)
    if corpus.skipped:
        files = len({p.file for p in corpus.skipped})
        print(f"pledgetrack: {files} report{'s' * (files != 1)} skipped; the rest of the corpus is used",
              file=sys.stderr)


def warn(warnings) -> None:
    """Print each problem on stderr as a warning, compiler style."""
    for warning in warnings:
        print(visible(str(warning).replace(": ", ": warning: ", 1)), file=sys.stderr)


def status_of(grades: set[Grade], fail_on: str) -> int:
    """1 when one of ``grades`` is one that ``--fail-on`` fails on, else 0."""
    failing = {"never": set(), "missed": {Grade.MISSED}, "unverifiable": {Grade.MISSED, Grade.UNVERIFIABLE}}
    return EXIT_MISSED if grades & failing[fail_on] else 0
