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
import contextlib
import datetime
import io
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from .audit import AuditResult, Settings, judge
from .config import find_config
from .corpus import Corpus, Document, PartKind, load_corpus
from .corpus.cache import default_cache_dir
from .engines import default_jobs, open_executor
from .errors import PledgetrackError, Problem, RuleError
from .history import Baseline, compare, read_baseline
from .pipeline import Book, Packed, grade_book, read_book
from .progress import Progress
from .report import FORMATS
from .report.changes import terminal_lines
from .report.changes import title as changes_title
from .report.common import plural, tool_version
from .rules import Grade, RuleBook, json_schema, load_rules, reference_markdown
from .rules.book import Written
from .rules.load import bundled_rules_path
from .selection import Selection, SelectionError, keyword_matcher
from .usage import (EXIT_MISSED, EXIT_NO_PLEDGES, EXIT_PROBLEMS, UsageError, check_output, config_name,
                    fitting_rules, open_rules, print_problems, selection_text, write_to)

EXIT_CODES = """exit status:
  0  no pledge missed        1  a pledge missed (see --fail-on)
  2  usage error, or input that cannot be read (every problem is listed)
  5  the selection matched no pledge"""
# A single process grading government after government keeps this many governments' reports read.
KEEP_GOVERNMENTS = 2


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
    for add in (_add_audit, _add_validate, _add_schema, _add_corpus, _add_expect, _add_draft):
        add(commands)
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
        _drop_stdout()
        print(f"pledgetrack: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except (SelectionError, UsageError) as exc:
        print(f"pledgetrack: {exc}", file=sys.stderr)
        return getattr(exc, "status", EXIT_PROBLEMS)
    except PledgetrackError as exc:
        print_problems(exc.problems)
        return EXIT_PROBLEMS


def _command(commands: argparse._SubParsersAction, name: str, help: str, description: str,
             examples: str) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples and the exit codes."""
    return commands.add_parser(name, help=help, description=description,
                               epilog=f"examples:\n{examples}\n\n{EXIT_CODES}",
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def _drop_stdout() -> None:
    # What is still buffered would fail again when Python flushes it on exit, with a traceback.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _add_audit(commands: argparse._SubParsersAction) -> None:
    parser = _command(
        commands, "audit", "grade every pledge against the reports (default: the bundled corpus and rule book)",
        "Grade each pledge met, exceeded, missed or unverifiable, with its evidence.",
        "  pledgetrack audit\n"
        "  pledgetrack audit --format html --output scorecard.html\n"
        "  pledgetrack audit --corpus my-reports --rules my-rules -k '2024 and 就业' -v")
    _corpus_option(parser)
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
                             "jsonl: one verdict a line, written as it goes)")
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
    parser.add_argument("--cache-dir", metavar="DIR", type=Path, default=default_cache_dir(),
                        help="keep reports as read here, so that the next audit need not read them again "
                             "(default: %(default)s; safe to delete)")
    parser.add_argument("--no-cache", dest="cache_dir", action="store_const", const=None,
                        help="read every report afresh and keep nothing")
    parser.add_argument("--baseline", metavar="OLD.json", type=Path, default=None,
                        help="an earlier audit's JSON: say which pledges changed since (terminal, json, html)")
    parser.set_defaults(run=run_audit)


def _corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="DIR", type=Path, default=None,
                        help="a folder holding manifest.yaml, or the manifest itself (default: the bundled corpus)")


def run_audit(args: argparse.Namespace) -> int:
    """``pledgetrack audit``: the pytest-style report, or a file format.

    The corpus is read lazily, government by government, by the processes (or the Dask
    workers) that grade it; ``--format jsonl`` is written as each government is done.
    """
    from .report import format_for, open_output
    from .report.terminal import TerminalReport, corpus_line, rules_line, wants_colour

    output = check_output(args.output)
    args.format = args.format or (output and format_for(output)) or "terminal"
    options = args.config.options
    fail_on = args.fail_on or options.get("fail-on", "missed")
    render = None if args.format == "terminal" else FORMATS[args.format]
    if args.keyword:
        keyword_matcher(args.keyword)  # a -k that does not parse is refused before the corpus is read
    baseline = _baseline(args.baseline, args.format)
    started = time.perf_counter()
    corpus_path = args.corpus or args.config.corpus
    rule_paths = args.rules or args.config.rules
    corpus = load_corpus(corpus_path, lazy=True, keep=KEEP_GOVERNMENTS, cache=args.cache_dir)
    selection = Selection(args.keyword, args.year, args.area, [Grade(g) for g in args.grade])
    as_of = args.as_of or datetime.date.today()
    with fitting_rules(rule_paths, corpus_path), open_executor(args.jobs, args.dask,
                                                               len(corpus.index.governments)) as executor:
        warnings: list = []
        if args.draft:
            book = _drafted(corpus, as_of, executor, warnings)
        else:
            book = _read_book(rule_paths, corpus_path, as_of, executor)
        progress = Progress(book.count, len(corpus.index.entries))
        batches = grade_book(corpus, book, executor, warnings)
        if args.format == "jsonl":
            with open_output(output) if output else contextlib.nullcontext(sys.stdout.buffer) as out:
                shown = _stream_jsonl(batches, selection, out, args.verbose >= 2, progress)
            progress.close()
            return _after_audit(corpus, warnings, shown, fail_on)
        placed = []
        for batch in batches:
            placed += batch.verdicts
            progress.advance(len(batch.verdicts), batch.documents)
        progress.close()
    graded = [verdict for _, verdict in sorted(placed, key=lambda pair: pair[0])]
    rules = RuleBook(tuple(v.rule for v in graded), book.files, book.settings.vocabulary, tuple(warnings))
    chosen = {id(rule) for rule in selection.rules(rules.rules)}
    if not chosen:
        raise UsageError(f"no pledge matches {selection_text(args)} (the rule book holds "
                         f"{plural(len(rules), 'pledge')})", EXIT_NO_PLEDGES)
    to_terminal = args.format == "terminal"
    buffer = io.StringIO() if output else sys.stdout
    report = TerminalReport(buffer, args.verbose, wants_colour(buffer, args.color or options.get("color", "auto"))
                            and not output)
    if to_terminal:
        report.header(corpus, rules, len(chosen), config_name(args.config))
    else:
        print(f"{corpus_line(corpus)}\n{rules_line(rules)}", file=sys.stderr)
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
        raise UsageError(f"none of the {plural(len(chosen), 'pledge')} selected is {' or '.join(args.grade)}",
                         EXIT_NO_PLEDGES)
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


def _drafted(corpus: Corpus, as_of: datetime.date, executor, warnings: list) -> Book:
    """The rules drafted from the corpus's plans, to be graded as rule files are."""
    from .draft import drafted_book

    drafted = drafted_book(corpus)
    warnings += drafted.warnings
    packed = Packed.of([Written(rule.pledge, rule.origin) for rule in drafted])
    return Book(drafted.files, (packed,), Settings(drafted.vocabulary, as_of))


def _stream_jsonl(batches, selection: Selection, out, full: bool, progress: Progress) -> set[Grade]:
    """Write each government's verdicts as it is done; keep only which grades were given."""
    from .report.jsonl import lines

    grades: set[Grade] = set()
    for batch in batches:
        verdicts = [verdict for _, verdict in batch.verdicts]
        chosen = {id(rule) for rule in selection.rules([v.rule for v in verdicts])}
        verdicts = [v for v in verdicts if id(v.rule) in chosen and selection.shows(v)]
        for line in lines(verdicts, full):
            out.write(line.encode("utf-8"))
        out.flush()
        grades.update(v.grade for v in verdicts)
        progress.advance(len(batch.verdicts), batch.documents)
    return grades


def _after_audit(corpus: Corpus, warnings: list, grades: set[Grade], fail_on: str) -> int:
    """Tell what reading the reports and rules left to tell; the exit status."""
    _tell_reading(corpus)
    _warn(warnings)
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


def open_corpus(path: Path | None) -> Corpus:
    """Load the corpus, telling on stderr about each report that had to be left out."""
    corpus = load_corpus(path)
    _tell_reading(corpus)
    return corpus


def _tell_reading(corpus: Corpus) -> None:
    _warn(corpus.warnings)
    for problem in corpus.skipped:
        print(problem, file=sys.stderr)
    if corpus.skipped:
        files = len({p.file for p in corpus.skipped})
        print(f"pledgetrack: {files} report{'s' * (files != 1)} skipped; the rest of the corpus is used",
              file=sys.stderr)


def _warn(warnings) -> None:
    for warning in warnings:
        print(str(warning).replace(": ", ": warning: ", 1), file=sys.stderr)


def exit_status(verdicts, fail_on: str) -> int:
    """1 when a verdict's grade is one that ``--fail-on`` fails on, else 0."""
    return status_of({v.grade for v in verdicts}, fail_on)


def status_of(grades: set[Grade], fail_on: str) -> int:
    """1 when one of ``grades`` is one that ``--fail-on`` fails on, else 0."""
    failing = {"never": set(), "missed": {Grade.MISSED}, "unverifiable": {Grade.MISSED, Grade.UNVERIFIABLE}}
    return EXIT_MISSED if grades & failing[fail_on] else 0


def _add_validate(commands: argparse._SubParsersAction) -> None:
    parser = _command(
        commands, "validate", "check rule files against the corpus",
        "Check rule files: every problem of every file, then how each target was read, then warnings.",
        "  pledgetrack validate\n  pledgetrack validate --corpus my-reports my-rules/")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="rule files or folders (default: the bundled rule book)")
    _corpus_option(parser)
    parser.set_defaults(run=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    """``pledgetrack validate``: problems (exit 2, as ``audit``), or what was read and any warnings (exit 0)."""
    from .paths import display_path
    from .report.terminal import corpus_line

    corpus_path = args.corpus or args.config.corpus
    paths = args.paths or args.config.rules
    corpus = open_corpus(corpus_path)
    print(corpus_line(corpus))
    shown = [display_path(p) for p in paths] if paths else [display_path(bundled_rules_path(), bundled_rules_path())]
    print(f"rules: {', '.join(shown)}")
    book = open_rules(paths, corpus, corpus_path)
    for file in dict.fromkeys(rule.origin.file for rule in book):
        print(file)
        for rule in (r for r in book if r.origin.file == file):
            read = "; ".join(t.describe() for t in (rule.target, *rule.also)) if rule.target else "milestone"
            places = ", ".join(f"{p.document}:{p.position.line}" for p in rule.places)
            print(f"  {rule.id}: {rule.pledge.quote} → {read}  [{places}]")
    by_year: dict[int, Counter] = {}
    for rule in book:
        by_year.setdefault(rule.year, Counter())[rule.kind.value] += 1
    years = "; ".join(f"{year}: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), reverse=True))
                      for year, kinds in sorted(by_year.items()))
    print(f"{plural(len(book), 'pledge')} valid ({years})")
    _warn(book.warnings)
    if book.warnings:
        print(plural(len(book.warnings), "warning"), file=sys.stderr)
    return 0


def _add_schema(commands: argparse._SubParsersAction) -> None:
    parser = _command(commands, "schema", "print the JSON Schema of rule files",
                      "Print the JSON Schema of rule files, for editors.",
                      "  pledgetrack schema > rules.schema.json\n  pledgetrack schema --markdown")
    parser.add_argument("--markdown", action="store_true", help="print the key reference of docs/rules.md instead")
    parser.add_argument("--output", metavar="FILE", type=Path, help="write it here (whole or not at all)")
    parser.set_defaults(run=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    """``pledgetrack schema``: the rule format for machines (or, with --markdown, for people)."""
    from .report import write_output

    text = (reference_markdown() if args.markdown else json.dumps(json_schema(), ensure_ascii=False, indent=2)) + "\n"
    if args.output:
        write_output(text, args.output)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def _add_corpus(commands: argparse._SubParsersAction) -> None:
    parser = _command(
        commands, "corpus", "summarise the corpus: parts, sections, sentences, tables, quantities",
        "Read every report in a corpus and say what was found in each.",
        "  pledgetrack corpus\n  pledgetrack corpus --corpus my-reports")
    _corpus_option(parser)
    parser.set_defaults(run=run_corpus)


def run_corpus(args: argparse.Namespace) -> int:
    """``pledgetrack corpus``: what each report holds, government by government, then the totals."""
    corpus = open_corpus(args.corpus or args.config.corpus)
    from .quantity import find_quantities  # only this subcommand needs the quantity reader

    quantities = 0
    for government in corpus.governments:
        documents = corpus.of_government(government)
        print(f"== {government}: {len(documents)} report{'s' * (len(documents) != 1)} ==\n")
        for doc in documents:
            counts = {kind: sum(len(find_quantities(doc.text[p.start:p.end])) for p in doc.parts if p.kind is kind)
                      for kind in (PartKind.REVIEW, PartKind.PLAN)}
            quantities += sum(counts.values())
            print("\n".join(describe(doc, counts)))
            print()
    print("\n".join(totals(corpus, quantities)))
    return EXIT_PROBLEMS if corpus.skipped else 0


def describe(doc: Document, quantities: dict[PartKind, int]) -> list[str]:
    """The summary lines for one document; ``quantities`` counts those found per part kind."""
    info = doc.info
    plans = f", plans {doc.plans}" if doc.plans is not None else ", plans no year"
    lines = [f"{doc.id}  {info.file}  ({info.encoding})",
             f"  {info.body}: reviews {doc.reviews}{plans}, delivered {info.delivered.isoformat()}",
             "  parts:"]
    for part in doc.parts:
        year = str(part.year) if part.year else ""
        lines.append(f"    {part.kind.value:<9}{year:<5} line {doc.position(part.start).line:>4}  {part.heading}".rstrip())
    lines.append(f"  sections: {len(doc.sections)}, sentences: {len(doc.sentences())}, "
                 f"footnotes: {len(doc.footnotes)}")
    lines.append(f"  tables: {len(doc.tables)}")
    for table in doc.tables:
        lines.append(f"    {table.title or '(untitled)'} ({table.year}): {len(table.rows)} rows, "
                     f"line {doc.position(table.start).line}")
    lines.append(f"  quantities: {sum(quantities.values())} "
                 f"(review {quantities[PartKind.REVIEW]}, plan {quantities[PartKind.PLAN]})")
    return lines


def totals(corpus: Corpus, quantities: int) -> list[str]:
    """The closing lines: how much the whole corpus holds."""
    lines = [
        "totals:",
        f"  governments: {len(corpus.governments)}",
        f"  documents: {len(corpus)}",
        f"  years reviewed: {', '.join(map(str, corpus.years_reviewed))}",
        f"  years planned: {', '.join(map(str, corpus.years_planned))}",
        f"  parts: {sum(len(doc.parts) for doc in corpus)}",
        f"  tables: {sum(len(doc.tables) for doc in corpus)}",
        f"  quantities: {quantities}",
    ]
    if corpus.skipped:
        lines.append(f"  skipped: {len({p.file for p in corpus.skipped})} reports that could not be read (above)")
    return lines


def _add_draft(commands: argparse._SubParsersAction) -> None:
    parser = _command(
        commands, "draft", "draft rule files from the plans in the corpus, for people to review",
        "Write one rule file per government and plan year: every quantified commitment of the "
        "plans (and indicator-table targets) as a rule marked `drafted: true`.",
        "  pledgetrack draft --corpus my-reports --output my-rules\n"
        "  pledgetrack draft --corpus my-reports --output my-rules --update")
    _corpus_option(parser)
    parser.add_argument("--year", type=int, default=None, help="only this plan year")
    parser.add_argument("--region", default=None, help="only governments whose manifest region contains this")
    parser.add_argument("--output", metavar="DIR", type=Path, required=True,
                        help="the folder of rule files to write (one folder per government inside)")
    parser.add_argument("--update", action="store_true",
                        help="add to the rule files in DIR only the pledges they do not hold yet")
    parser.set_defaults(run=run_draft)


def run_draft(args: argparse.Namespace) -> int:
    """``pledgetrack draft``: rule files written (or, with --update, added to), and what was written."""
    from .draft import append_text, draft, held, rule_files, target_path
    from .report import write_output

    corpus = open_corpus(args.corpus or args.config.corpus)
    existing = load_rules([args.output], corpus) if args.update and args.output.is_dir() else None
    drafts = draft(corpus, args.year, args.region, taken=[r.id for r in existing] if existing else ())
    if existing is not None:
        drafts = [d for d in drafts if not held(d, existing)]
    texts = rule_files(drafts)
    clash = [path for path in texts if (args.output / path).exists() and not args.update]
    if clash:
        for path in clash:
            print(f"{args.output / path}: already exists; nothing was written\n"
                  "  help: add --update to add only the pledges it does not hold yet", file=sys.stderr)
        return EXIT_PROBLEMS
    for path, text in texts.items():
        file = args.output / path
        added = [d for d in drafts if target_path(d) == path]
        try:
            if file.exists():
                text = append_text(file.read_text(encoding="utf-8"), added)
            file.parent.mkdir(parents=True, exist_ok=True)
            write_output(text, file)
        except OSError as exc:
            raise PledgetrackError([Problem(str(file), None, None, f"cannot write the rule file: {exc.strerror}",
                                            "give --output a folder you may write in")]) from None
        doubtful = sum(1 for d in added if d.doubts)
        verb = "added" if args.update else "wrote"
        print(f"{file}: {verb} {len(added)} rules ({doubtful} with a comment saying what to check first)")
        if args.update:
            for made in added:
                print(f"  + {made.pledge.id}: {made.pledge.quote}")
    if not drafts:
        print("nothing to add: the rule files hold every pledge drafted" if args.update
              else "no quantified pledge found in the plans of the corpus")
    else:
        print(f"{len(drafts)} rules drafted in {len(texts)} files; review them (docs/rules.md, "
              "'Reviewing a draft') and delete `drafted: true` from each rule you sign off")
    return EXIT_PROBLEMS if corpus.skipped else 0


def _add_expect(commands: argparse._SubParsersAction) -> None:
    parser = _command(
        commands, "expect", "compare each rule's `expect` with today's grade; --update writes the grades in",
        "List the rules whose `expect:` differs from the grade the audit gives today; with "
        "--update, write today's grades into the rule files (a one-line diff per rule, "
        "comments and layout kept), to accept them as the new baseline.",
        "  pledgetrack expect\n  pledgetrack expect --update my-rules/")
    parser.add_argument("paths", nargs="*", type=Path, metavar="RULES",
                        help="rule files or folders (default: the bundled rule book)")
    _corpus_option(parser)
    parser.add_argument("--update", action="store_true", help="write today's grades into the `expect:` keys")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="the day to judge whether a missing outcome report is still pending (default: today)")
    parser.set_defaults(run=run_expect)


def run_expect(args: argparse.Namespace) -> int:
    """``pledgetrack expect``: which expectations no longer hold (exit 1), or, with --update, rewrite them."""
    from .report import write_output
    from .rules.expect import updated_text

    corpus = open_corpus(args.corpus or args.config.corpus)
    book = open_rules(args.paths or args.config.rules, corpus, args.corpus or args.config.corpus)
    as_of = args.as_of or datetime.date.today()
    grades = {rule.id: judge(rule, corpus, book.vocabulary, as_of).grade for rule in book}
    changed, texts = [], {}
    for file in book.files:  # every file is checked before any is written
        text = Path(file).read_text(encoding="utf-8")  # a byte-order mark, if any, is kept
        texts[file], updates = updated_text(text, file, grades)
        changed += updates
    for file in dict.fromkeys(u.file for u in changed) if args.update else ():
        try:
            write_output(texts[file], file)
        except PledgetrackError as exc:  # write_output says why; what to do differs for a rule file
            raise PledgetrackError([Problem(file, None, None, exc.problems[0].message,
                                            "copy the rule book somewhere you may write, and update that")]) from None
    for update in changed:
        print(update)
    files = len({u.file for u in changed})
    if args.update:
        print(f"{len(changed)} expect{'s' * (len(changed) != 1)} written in {files} file{'s' * (files != 1)}")
        return EXIT_PROBLEMS if corpus.skipped else 0
    print(f"{len(changed)} of {len(book)} rules expect another grade than today's"
          + (" (pledgetrack expect --update writes them)" if changed else ""))
    return EXIT_PROBLEMS if corpus.skipped else (EXIT_MISSED if changed else 0)
