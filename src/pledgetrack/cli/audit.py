"""``pledgetrack audit``: grade the rule book against the corpus, government by government."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ..audit import AuditResult
from ..verdict import Settings
from ..corpus import Corpus, load_corpus
from ..corpus.cache import default_cache_dir
from ..engines import DASK_TIMEOUT, check_dask_address, default_jobs, open_executor
from ..errors import PledgetrackError, Problem, RuleError
from ..history import Baseline, compare, read_baseline
from ..packed import Packed
from ..pipeline import Book, grade_book, read_book
from ..progress import Progress
from ..report import FORMATS
from ..report.changes import terminal_lines
from ..report.changes import title as changes_title
from ..report.common import plural
from ..report.stream import STREAMED, Streamed
from ..rules import Grade, RuleBook, load_rules
from ..rules.book import Written
from ..selection import Selection, keyword_matcher
from ..visible import visible
from ..usage import (EXIT_NO_PLEDGES, EXIT_PROBLEMS, UsageError, check_output, config_name, fitting_rules,
    selection_text, write_to)
from .common import command, corpus_option, folder_option, seconds, status_of, tell_reading, warn


# A single process grading government after government keeps this many governments' reports read.
KEEP_GOVERNMENTS = 2


def add_audit(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "audit", "grade every pledge against the reports (default: the bundled corpus and rule book)",
        "Grade each pledge met, exceeded, missed or unverifiable, with its evidence.",
        "  pledgetrack audit\n"
        "  pledgetrack audit --format html --output scorecard.html\n"
        "  pledgetrack audit --corpus my-reports --rules my-rules -k '2024 and 就业' -v")
    corpus_option(parser)
    book_source = parser.add_mutually_exclusive_group()
    book_source.add_argument("--rules", nargs="+", metavar="PATH", type=Path, default=None,
                             help="rule files or folders (default: the bundled rule book)")
    book_source.add_argument("--draft", action="store_true",
                             help="draft the rules from the corpus's plans and grade them (no rule files needed)")
    parser.add_argument("-k", dest="keyword", metavar="EXPR",
                        help="only pledges whose id, title, area or tags match, e.g. -k '2023 and not fairs'")
    parser.add_argument("--year", type=int, action="append", default=[], help="only pledges for this year")
    parser.add_argument("--area", action="append", default=[], help="only pledges of this area (就业, 生态 …)")
    parser.add_argument("--grade", action="append", default=[], choices=[g.value for g in Grade],
                        help="only show pledges with this grade")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="-v lists every pledge, -vv every evidence candidate")
    parser.add_argument("--format", default=None, choices=["terminal", *FORMATS],
                        help="terminal (default), or a file format (default: from the --output file's extension; "
                             "jsonl, one verdict a line, and csv are written as the audit goes)")
    parser.add_argument("--output", metavar="FILE", help="write the report here (whole or not at all); - for stdout")
    parser.add_argument("--fail-on", choices=["never", "missed", "unverifiable"], default=None,
                        help="which grades make the exit status 1 (default: missed)")
    parser.add_argument("--color", choices=["auto", "yes", "no"], default=None, help="colour the terminal report")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="the day to judge whether a missing outcome report is still pending (default: today)")
    parser.add_argument("-j", "--jobs", type=int, default=default_jobs(), metavar="N",
                        help="grade in N processes, a government at a time each (default: every core)")
    parser.add_argument("--dask", metavar="ADDRESS", default=None,
                        help="grade on the Dask cluster whose scheduler is at ADDRESS, e.g. tcp://scheduler:8786 "
                             "(pip install 'pledgetrack[dask]'); its workers read the reports from the same path")
    parser.add_argument("--dask-timeout", metavar="SECONDS", type=seconds, default=DASK_TIMEOUT,
                        help="how long to wait for the Dask scheduler, and for a worker while the cluster has none, "
                             "before the audit stops (default: %(default)g)")
    parser.add_argument("--cache-dir", metavar="DIR", type=folder_option, default=default_cache_dir(),
                        help="keep reports as read here, so that the next audit need not read them again "
                             "(default: %(default)s; safe to delete)")
    parser.add_argument("--no-cache", dest="cache_dir", action="store_const", const=None,
                        help="read every report afresh and keep nothing")
    parser.add_argument("--baseline", metavar="OLD.json", type=Path, default=None,
                        help="an earlier audit's JSON: say which pledges changed since (terminal, json, html)")
    parser.set_defaults(run=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    """``pledgetrack audit``: the pytest-style report, or a file format.

    The corpus is read lazily, government by government, by the processes (or the Dask
    workers) that grade it; ``--format jsonl`` and ``csv`` are written as each government is done,
    their lines made by the workers.
    """
    from ..report import format_for, open_output
    from ..report.terminal import TerminalReport, corpus_line, rules_line, wants_colour

    output = check_output(args.output)
    args.format = args.format or (output and format_for(output)) or "terminal"
    options = args.config.options
    fail_on = args.fail_on or options.get("fail-on", "missed")
    render = None if args.format == "terminal" else FORMATS[args.format]
    if args.keyword:
        keyword_matcher(args.keyword)  # a -k that does not parse is refused before the corpus is read
    if args.dask is not None:
        check_dask_address(args.dask)  # before the corpus is read
    baseline = _baseline(args.baseline, args.format)
    started = time.perf_counter()
    corpus_path = args.corpus or args.config.corpus
    if args.dask:  # a cluster's workers do not share this working folder
        corpus_path = corpus_path and Path(corpus_path).absolute()
        args.cache_dir = args.cache_dir and args.cache_dir.absolute()
    rule_paths = args.rules or args.config.rules
    corpus = load_corpus(corpus_path, lazy=True, keep=KEEP_GOVERNMENTS, cache=args.cache_dir)
    selection = Selection(args.keyword, args.year, args.area, [Grade(g) for g in args.grade])
    as_of = args.as_of or datetime.date.today()
    with fitting_rules(rule_paths, corpus_path), open_executor(args.jobs, args.dask, len(corpus.index.governments),
                                                               args.dask_timeout) as executor:
        warnings: list = []
        if args.draft:
            book = _drafted(corpus, as_of, warnings)
        else:
            book = _read_book(rule_paths, corpus_path, as_of, executor)
        progress = Progress(book.count, len(corpus.index.entries))
        if args.format in STREAMED:
            print(visible(f"{corpus_line(corpus)}\n{rules_line(book.files, book.count)}"), file=sys.stderr)
            stream = Streamed(args.format, selection, full=args.verbose >= 2)
            batches = grade_book(corpus, book, executor, warnings, stream)
            with open_output(output) if output else contextlib.nullcontext(sys.stdout.buffer) as out:
                shown = _stream(batches, stream, out, progress, args, book.count)
            return _after_audit(corpus, warnings, shown, fail_on)
        placed = []
        for batch in grade_book(corpus, book, executor, warnings):
            placed += batch.verdicts
            progress.advance(len(batch.verdicts), batch.documents)
        progress.close()
    graded = [verdict for _, verdict in sorted(placed, key=lambda pair: pair[0])]
    rules = RuleBook(tuple(v.rule for v in graded), book.files, book.settings.vocabulary, tuple(warnings))
    chosen = {id(rule) for rule in selection.rules(rules.rules)}
    if not chosen:
        raise _none_matches(args, len(rules))
    to_terminal = args.format == "terminal"
    buffer = io.StringIO() if output else sys.stdout
    report = TerminalReport(buffer, args.verbose, wants_colour(buffer, args.color or options.get("color", "auto"))
                            and not output)
    if to_terminal:
        report.header(corpus, rules, len(chosen), config_name(args.config))
    else:
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
        raise _none_shown(args, len(chosen))
    result = AuditResult(corpus, rules, tuple(shown), as_of, selection_text(args))
    changes = baseline and compare(baseline, result.records(), {rule.id for rule in rules})
    if to_terminal:
        report.summary(shown, time.perf_counter() - started,
                       [(changes_title(changes), terminal_lines(changes))] if changes else ())
        text = buffer.getvalue() if output else None
    else:
        text = render(result, changes) if changes else render(result)
    if output:
        write_to(text, output)
    elif isinstance(text, bytes):
        _write_binary(text, args.format)
    elif not to_terminal:
        sys.stdout.write(text)
    return _after_audit(corpus, warnings, {v.grade for v in shown}, fail_on)


def _read_book(paths: Sequence[Path] | None, corpus_path: Path | None, as_of: datetime.date, executor) -> Book:
    """The rule files as read; when they have problems, all of them, as ``validate`` lists them."""
    try:
        return read_book(paths, as_of=as_of, executor=executor)
    except RuleError:
        # Only on this error path are the rules checked against the whole corpus too, so that a
        # wrong year or quote is told in the same run as a misspelt key.
        load_rules(paths, load_corpus(corpus_path))
        raise


def _drafted(corpus: Corpus, as_of: datetime.date, warnings: list) -> Book:
    """The rules drafted from the corpus's plans, to be graded as rule files are."""
    from ..draft import drafted_book

    drafted = drafted_book(corpus)
    warnings += drafted.warnings
    packed = Packed.of([Written(rule.pledge, rule.origin) for rule in drafted])
    return Book(drafted.files, (packed,), Settings(drafted.vocabulary, as_of))


def _stream(batches, stream: Streamed, out, progress: Progress, args: argparse.Namespace, pledges: int) -> set[Grade]:
    """Write each government's lines (made by the workers) as it is done; keep only which grades
    were shown. An empty selection is refused as for the other formats, once all are graded."""
    chosen = 0
    grades: set[Grade] = set()
    for batch in batches:
        for _, (grade, picked, line) in batch.verdicts:
            chosen += picked
            if line is not None:
                if not grades:
                    out.write(stream.header().encode("utf-8"))
                out.write(line.encode("utf-8"))
                grades.add(grade)
        out.flush()
        progress.advance(len(batch.verdicts), batch.documents)
    progress.close()
    if not chosen:
        raise _none_matches(args, pledges)
    if not grades:
        raise _none_shown(args, chosen)
    return grades


def _none_matches(args: argparse.Namespace, pledges: int) -> UsageError:
    return UsageError(f"no pledge matches {selection_text(args)} (the rule book holds {plural(pledges, 'pledge')})",
                      EXIT_NO_PLEDGES)


def _none_shown(args: argparse.Namespace, chosen: int) -> UsageError:
    return UsageError(f"none of the {plural(chosen, 'pledge')} selected is {' or '.join(args.grade)}",
                      EXIT_NO_PLEDGES)


def _after_audit(corpus: Corpus, warnings: list, grades: set[Grade], fail_on: str) -> int:
    """Tell what reading the reports and rules left to tell; the exit status."""
    tell_reading(corpus)
    warn(warnings)
    return EXIT_PROBLEMS if corpus.skipped else status_of(grades, fail_on)


def _baseline(path: Path | None, format: str) -> Baseline | None:
    if path is None:
        return None
    if format not in ("terminal", "json", "html"):
        raise PledgetrackError([Problem("pledgetrack", None, None, f"--baseline is not shown in the {format} format",
                                        "use it with the terminal report, --format json or --format html")])
    return read_baseline(path)


def _write_binary(data: bytes, format: str) -> None:
    if sys.stdout.isatty():
        raise PledgetrackError([Problem("pledgetrack", None, None, f"{format} is a binary file, not for a terminal",
                                        f"give --output FILE.{format}, or redirect: > audit.{format}")])
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
