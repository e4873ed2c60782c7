"""``pledgetrack audit``: grade the rule book against the corpus, government by government."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..verdict import Settings
from ..corpus import Corpus, load_corpus
from ..corpus.cache import default_cache_dir
from ..engines import DASK_TIMEOUT, check_dask_address, default_jobs, open_executor
from ..errors import PledgetrackError, Problem, RuleError
from ..history import Baseline, read_baseline
from ..pipeline import Book, Place, grade_book, read_book
from ..pipeline_made import grade_made
from ..progress import Progress
from ..report import FORMATS
from ..report.stream import STREAMED, Streamed
from ..rules import Grade, RuleBook, load_rules
from ..rules.book import Origin, Written
from ..selection import Selection, keyword_matcher
from ..usage import EXIT_PROBLEMS, check_output, fitting_rules
from ..visible import visible
from ..wording import DEFAULT as DEFAULT_LANGUAGE
from ..wording import LANGUAGES
from .common import command, corpus_option, folder_option, seconds, status_of, tell_reading, warn
from .going import add_keep_going, keeps_going, tell_invalid, valid_batches
from .shown import AuditContext, none_matches, none_shown, show_verdicts


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
    parser.add_argument("-q", "--quiet", action="count", default=0,
                        help="as pytest's -q: no header, no file names; -qq no closing counts line either")
    parser.add_argument("--format", default=None, choices=["terminal", *FORMATS],
                        help="terminal (default), or a file format (default: from the --output file's extension; "
                             "jsonl, one verdict a line, and csv are written as the audit goes)")
    parser.add_argument("--output", metavar="FILE", help="write the report here (whole or not at all); - for stdout")
    parser.add_argument("--fail-on", choices=["never", "missed", "unverifiable"], default=None,
                        help="which grades make the exit status 1 (default: missed)")
    parser.add_argument("--color", choices=["auto", "yes", "no"], default=None, help="colour the terminal report")
    parser.add_argument("--lang", choices=list(LANGUAGES), default=None,
                        help="the language of the terminal report and the html scorecard: en or zh "
                             "(default: the project file's lang, else en)")
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
    add_keep_going(parser)
    parser.set_defaults(run=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    """``pledgetrack audit``: the pytest-style report, or a file format.

    The corpus is read lazily, government by government, by the processes (or the Dask
    workers) that grade it; ``--format jsonl`` and ``csv`` are written as each government is done,
    their lines made by the workers.
    """
    from ..report import format_for, open_output
    from ..report.terminal import corpus_line, rules_line

    output = check_output(args.output)
    args.format = args.format or (output and format_for(output)) or "terminal"
    fail_on = args.fail_on or args.config.options.get("fail-on", "missed")
    lang = args.lang or args.config.options.get("lang", DEFAULT_LANGUAGE)
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
        invalid = [] if keeps_going(args) else None  # the problems of the rules left out
        stream = Streamed(args.format, selection, full=args.verbose >= 2) if args.format in STREAMED else None
        if args.draft:  # drafted government by government as the audit goes, each graded and let go
            book = _Drafting(corpus, as_of)
            progress = Progress(len(book.years), None, verb="drafted", unit="plans")
            made = grade_made(corpus, book.groups(progress.advance), book.settings, executor, warnings, stream)
        else:
            book = _read_book(rule_paths, corpus_path, args.cache_dir, as_of, executor, invalid)
            progress = Progress(book.count, len(corpus.index.entries))
        if args.format in STREAMED:
            header = args.verbose >= args.quiet  # -q: no header
            if header:  # the drafted rules are counted once drafted, after the lines
                print(visible(corpus_line(corpus) + ("" if args.draft else f"\n{rules_line(book.files, book.count)}")),
                      file=sys.stderr)
            batches = made if args.draft else grade_book(corpus, book, executor, warnings, stream)
            with open_output(output) if output else contextlib.nullcontext(sys.stdout.buffer) as out:
                shown = _stream(valid_batches(batches, invalid), stream, out, progress, args, book)
            if header and args.draft:
                print(visible(rules_line(book.files, book.count)), file=sys.stderr)
            if output:  # as write_to says it of the other formats, once the file is whole
                print(f"wrote {output}", file=sys.stderr)
            return _after_audit(corpus, warnings, shown, fail_on, invalid)
        placed = []
        for batch in valid_batches(made if args.draft else grade_book(corpus, book, executor, warnings), invalid):
            placed += batch.verdicts
            if not args.draft:  # drafting moves its own line, plan year by plan year
                progress.advance(len(batch.verdicts), batch.documents)
        progress.close()
    graded = [verdict for _, verdict in sorted(placed, key=lambda pair: pair[0])]
    rules = RuleBook(tuple(v.rule for v in graded), book.files, book.settings.vocabulary, tuple(warnings))
    shown = show_verdicts(args, corpus, rules, graded, selection, output, AuditContext(as_of, started, baseline, lang))
    return _after_audit(corpus, warnings, {v.grade for v in shown}, fail_on, invalid)


def _read_book(paths: Sequence[Path] | None, corpus_path: Path | None, cache: Path | None,
               as_of: datetime.date, executor, invalid: list | None) -> Book:
    """The rule files as read; when they have problems, all of them, as ``validate`` lists them
    (with ``invalid``, keeping going: the valid pledges, their problems added to ``invalid``)."""
    try:
        book = read_book(paths, as_of=as_of, executor=executor, keep_going=invalid is not None)
        if invalid is not None:
            invalid += book.problems
        return book
    except RuleError:
        # Only on this error path are the rules checked against the corpus too, so that a wrong year or
        # quote is told in the same run as a misspelt key: lazily (only the reports a check asks for)
        # and through the cache, each report kept once read, as the checks go from rule to rule.
        load_rules(paths, load_corpus(corpus_path, lazy=True, cache=cache))
        raise


class _Drafting:
    """The rules drafted from the corpus's plans as they are graded, government by government, each
    government's packed as its drafted files would be, and counted: the files and pledges drafted so far."""

    def __init__(self, corpus: Corpus, as_of: datetime.date):
        from ..draft.drafting import plan_years
        from ..rules.vocabulary import default_vocabulary

        self.corpus = corpus
        self.years = plan_years(corpus)  # reads every report once: the progress line's total
        self.settings = Settings(default_vocabulary(), as_of)
        self.named: dict[str, None] = {}  # the files drafted so far, in order
        self.count = 0

    @property
    def files(self) -> tuple[str, ...]:
        """The drafted files named so far, in order."""
        return tuple(self.named)

    def groups(self, done) -> Iterator[tuple[str, list[Written], Place]]:
        """Each government and its drafted pledges (each with the file ``pledgetrack draft`` would write it
        to as origin, no line: the verdicts say so), in the order ``draft`` writes them, and where the
        workers tell their problems and warnings: at the line and column of that file, as ``pledgetrack
        audit`` of the written files would. ``done`` is told of each plan year drafted."""
        from ..draft.files import Filing, drafted_name
        from ..draft.turns import drafts_in_turn

        for government, drafts in drafts_in_turn(self.corpus, self.years, vocabulary=self.settings.vocabulary,
                                                 done=done):
            written = [Written(made.pledge, Origin(drafted_name(made))) for made in drafts]
            # Each draft was checked against the corpus as it was drafted; the workers check it again as they
            # check rule files.
            self.named.update(dict.fromkeys(w.origin.file for w in written))
            self.count += len(written)
            yield government, written, Filing.of(government, drafts).place
            del drafts, written  # let go before the next government is drafted: the worker has them packed


def _stream(batches, stream: Streamed, out, progress: Progress, args: argparse.Namespace, book) -> set[Grade]:
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
        if not args.draft:  # drafting moves its own line, plan year by plan year
            progress.advance(len(batch.verdicts), batch.documents)
    progress.close()
    if not chosen:
        raise none_matches(args, book.count)  # drafted rules are all counted once all are graded
    if not grades:
        raise none_shown(args, chosen)
    return grades


def _after_audit(corpus: Corpus, warnings: list, grades: set[Grade], fail_on: str, invalid: list | None) -> int:
    """Tell what reading the reports and rules left to tell (with the rules left out); the exit status."""
    tell_reading(corpus)
    warn(warnings)
    return tell_invalid(invalid, EXIT_PROBLEMS if corpus.skipped else status_of(grades, fail_on))


def _baseline(path: Path | None, format: str) -> Baseline | None:
    if path is None:
        return None
    if format not in ("terminal", "json", "html"):
        raise PledgetrackError([Problem("pledgetrack", None, None, f"--baseline is not shown in the {format} format",
                                        "use it with the terminal report, --format json or --format html")])
    return read_baseline(path)
