"""``audit --keep-going`` (``keep-going = true`` in the project file), as ``make -k`` goes on.

Without it one invalid rule stops the audit before anything is graded, every problem
listed. With it every valid rule is graded and reported as usual, the problems of the
invalid ones are listed on stderr after the report (file:line:col, as ``validate`` lists
them), and the exit status is 2, as ``make -k`` fails once it has done all it could.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator

from ..errors import Problem, RuleError
from ..pipeline import Batch
from ..report.common import plural
from ..rules.load import in_file_order
from ..usage import EXIT_PROBLEMS, print_problems


def add_keep_going(parser: argparse.ArgumentParser) -> None:
    """The ``--keep-going`` / ``--no-keep-going`` pair (default: the project file's, else off).

    >>> parser = argparse.ArgumentParser()
    >>> add_keep_going(parser)
    >>> parser.parse_args(["--no-keep-going"]).keep_going, parser.parse_args([]).keep_going
    (False, None)
    """
    parser.add_argument("--keep-going", action=argparse.BooleanOptionalAction, default=None,
                        help="grade every valid rule even when others are invalid; list the invalid ones and "
                             "exit 2, as make -k (default: keep-going in the project file, else off)")


def keeps_going(args: argparse.Namespace) -> bool:
    """The command line's choice, else the project file's.

    >>> from pledgetrack.config import ProjectConfig
    >>> keeps_going(argparse.Namespace(keep_going=None, config=ProjectConfig(options={"keep-going": True})))
    True
    """
    chosen = args.keep_going
    return bool(args.config.options.get("keep-going", False)) if chosen is None else chosen


def valid_batches(batches: Iterable[Batch], invalid: list[Problem] | None) -> Iterator[Batch]:
    """The grading's batches; with ``invalid`` (a list, when keeping going) the rule problems the
    grading raises once all are graded are added to it instead. When no rule at all was valid
    there is nothing to report: every problem is raised as without keep-going.

    >>> from pledgetrack.pipeline import Batch
    >>> def batches():
    ...     yield Batch("浙江省", ((0, "a verdict"),), documents=2)
    ...     raise RuleError([Problem("r.yaml", 3, 5, "the quote stands in no plan")])
    >>> invalid = []
    >>> [batch.government for batch in valid_batches(batches(), invalid)], [p.where for p in invalid]
    (['浙江省'], ['r.yaml:3:5'])
    >>> list(valid_batches(batches(), None))
    Traceback (most recent call last):
    ...
    pledgetrack.errors.RuleError: r.yaml:3:5: the quote stands in no plan
    """
    some = False
    try:
        for batch in batches:
            some = some or bool(batch.verdicts)
            yield batch
    except RuleError as exc:
        if invalid is None:
            raise
        invalid += exc.problems
    if invalid and not some:
        raise RuleError(in_file_order(invalid))


def tell_invalid(invalid: list[Problem] | None, status: int) -> int:
    """List the rules left out, on stderr after the report; the exit status (2 when any were).

    >>> tell_invalid([], 1)
    1
    """
    if not invalid:
        return status
    problems = in_file_order(invalid)
    print_problems(problems)
    files = len({p.file for p in problems})
    print(f"pledgetrack: --keep-going: the rules with {plural(len(problems), 'problem')} above "
          f"({plural(files, 'file')}) were left out; every other rule was graded", file=sys.stderr)
    return EXIT_PROBLEMS
