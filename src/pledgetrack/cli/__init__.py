"""The ``pledgetrack`` command. Each subcommand is a pair of functions: one adds its parser, one runs it.

Exit status follows pytest: 0 when no pledge is missed, 1 when one is, 2 for
usage errors and input that cannot be read (a bad manifest, an invalid rule book,
for ``audit`` and ``validate`` alike), printed one problem per line on stderr,
compiler style, closed by one "N problems in M files" line; 5 when a selection
(``-k``, ``--year``, ``--area``, ``--grade``) matches no pledge. A report that
cannot be read is left out, the rest of the corpus is used, and the status is 2 as
for pytest's collection errors. Defaults come from the project file
(:mod:`pledgetrack.config`); options given here win.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence

from ..config import find_config
from ..errors import PledgetrackError
from ..report.common import tool_version
from ..selection import SelectionError
from ..usage import EXIT_PROBLEMS, UsageError, print_problems
from ..visible import visible
from .audit import add_audit
from .common import EXIT_CODES, drop_stdout
from .corpus import add_corpus
from .draft import add_draft
from .figures import add_figures
from .rulebook import add_expect, add_schema, add_validate


class Terminated(BaseException):
    """SIGTERM, raised where the process stands, so that on the way out temporary files are removed
    (``report.open_output``, ``files.write_all``) instead of being left where the process was killed."""


def _terminate_here(pid: int):
    """A SIGTERM handler raising :class:`Terminated` in process ``pid`` only: a worker forked from it
    (``--jobs``) inherits the handler, and must still end at once when its pool ends it."""
    def handler(signum, frame):
        if os.getpid() != pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
        raise Terminated
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["corpus", "--corpus", "no/such/folder"])
    2
    """
    parser = argparse.ArgumentParser(prog="pledgetrack", epilog=EXIT_CODES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     description="Grade a government's written pledges against its next reports.")
    parser.add_argument("--version", action="version", version=tool_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (add_audit, add_validate, add_schema, add_corpus, add_figures, add_expect, add_draft):
        add(commands)
    # A signal handler may only be set in the main thread; elsewhere SIGTERM keeps its default.
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate_here(os.getpid())) if in_main else None
    try:
        args = parser.parse_args(argv)
        args.config = find_config()
        return args.run(args)
    except SystemExit as exc:  # argparse's own usage errors, --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_PROBLEMS
    except BrokenPipeError:  # `pledgetrack schema | head`: the reader has gone, and that is fine
        sys.stdout = None
        return 0
    except OSError as exc:  # standard output on a full disk, say
        drop_stdout()
        if exc.filename is not None:  # a file or folder that was being read, not the output
            print(visible(f"pledgetrack: {exc.filename}: {exc.strerror or exc}"), file=sys.stderr)
        else:
            print(f"pledgetrack: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except (SelectionError, UsageError) as exc:
        print(visible(f"pledgetrack: {exc}"), file=sys.stderr)
        return getattr(exc, "status", EXIT_PROBLEMS)
    except PledgetrackError as exc:
        print_problems(exc.problems)
        return EXIT_PROBLEMS
    except Terminated:
        drop_stdout()
        print("pledgetrack: stopped by SIGTERM; no output file was left half written", file=sys.stderr)
        return 128 + signal.SIGTERM
    finally:
        if in_main:  # as it was (None: a handler set outside Python, taken as the default)
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
