"""What ``pledgetrack audit`` shows of the graded verdicts: the terminal report or a file format."""

from __future__ import annotations

import argparse
import datetime
import functools
import io
import sys
import time
from pathlib import Path

import attrs

from ..audit import AuditResult
from ..corpus import Corpus
from ..errors import PledgetrackError, Problem
from ..history import Baseline, compare
from ..report import FORMATS
from ..report.changes import terminal_lines
from ..report.changes import title as changes_title
from ..report.common import plural
from ..rules import RuleBook
from ..selection import Selection
from ..usage import EXIT_NO_PLEDGES, UsageError, config_name, selection_text, write_to
from ..visible import visible


@attrs.frozen
class AuditContext:
    """What a report says beside its verdicts: the day judged by, when the audit began, the baseline."""

    as_of: datetime.date
    started: float
    baseline: Baseline | None
    lang: str = "en"  # of the terminal report and the html scorecard


def show_verdicts(args: argparse.Namespace, corpus: Corpus, rules: RuleBook, graded: list, selection: Selection,
                  output: Path | None, context: AuditContext) -> list:
    """Show the selected verdicts in the format asked, on the terminal, standard output or the
    ``--output`` file (whole or not at all); the verdicts shown."""
    from ..report.terminal import TerminalReport, corpus_line, rules_line, wants_colour

    chosen = {id(rule) for rule in selection.rules(rules.rules)}
    if not chosen:
        raise none_matches(args, len(rules))
    to_terminal = args.format == "terminal"
    buffer = io.StringIO() if output else sys.stdout
    colour = wants_colour(buffer, args.color or args.config.options.get("color", "auto")) and not output
    verbosity = args.verbose - args.quiet  # as pytest counts -v and -q
    report = TerminalReport(buffer, verbosity, colour, context.lang)
    if to_terminal and verbosity >= 0:
        report.header(corpus, rules, len(chosen), config_name(args.config))
    elif verbosity >= 0:
        print(visible(f"{corpus_line(corpus)}\n{rules_line(rules.files, len(rules))}"), file=sys.stderr)
    by_file: dict[str, list] = {}
    for verdict in graded:
        if id(verdict.rule) in chosen:
            by_file.setdefault(verdict.rule.origin.file, []).append(verdict)
    shown = []
    for file, verdicts in by_file.items():
        verdicts = [v for v in verdicts if selection.shows(v)]
        shown += verdicts
        if to_terminal:
            report.file_done(file, verdicts, len(shown), len(chosen))
    if not shown:
        raise none_shown(args, len(chosen))
    result = AuditResult(corpus, rules, tuple(shown), context.as_of, selection_text(args))
    changes = context.baseline and compare(context.baseline, result.records(), {rule.id for rule in rules})
    if to_terminal:
        report.summary(shown, time.perf_counter() - context.started,
                       [(changes_title(changes, context.lang), terminal_lines(changes, context.lang))] if changes else ())
        text = buffer.getvalue() if output else None
    else:
        render = FORMATS[args.format]
        if args.format == "html":
            render = functools.partial(render, lang=context.lang)
        text = render(result, changes) if changes else render(result)
    if output:
        write_to(text, output)
    elif isinstance(text, bytes):
        _write_binary(text, args.format)
    elif not to_terminal:
        sys.stdout.write(text)
    return shown


def none_matches(args: argparse.Namespace, pledges: int) -> UsageError:
    """The error of a selection that matches no pledge (exit 5, as pytest's)."""
    return UsageError(f"no pledge matches {selection_text(args)} (the rule book holds {plural(pledges, 'pledge')})",
                      EXIT_NO_PLEDGES)


def none_shown(args: argparse.Namespace, chosen: int) -> UsageError:
    """The error of a --grade that no selected pledge has (exit 5)."""
    return UsageError(f"none of the {plural(chosen, 'pledge')} selected is {' or '.join(args.grade)}",
                      EXIT_NO_PLEDGES)


def _write_binary(data: bytes, format: str) -> None:
    if sys.stdout.isatty():
        raise PledgetrackError([Problem("pledgetrack", None, None, f"{format} is a binary file, not for a terminal",
                                        f"give --output FILE.{format}, or redirect: > audit.{format}")])
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
