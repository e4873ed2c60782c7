"""``pledgetrack draft``: rule files drafted from the plans of a corpus."""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from ..corpus import CorpusError, load_corpus
from ..errors import PledgetrackError, Problem
from ..progress import Progress
from ..rules import load_rules
from ..usage import EXIT_PROBLEMS
from ..visible import visible
from .common import command, corpus_option, folder_option, tell_reading

# Drafting reads a government's reports, drafts them, and goes on to the next: two kept is enough.
KEEP_GOVERNMENTS = 2

# Drafting grades nothing: no pledge is missed (1) and there is no selection to match none (5).
EXIT_CODES = """exit status:
  0  the rule files were written (or held every pledge drafted already)
  2  usage error, input that cannot be read (every problem is listed), or a rule file
     that exists already without --update (then nothing is written)"""


def add_draft(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "draft", "draft rule files from the plans in the corpus, for people to review",
        "Write one rule file per government and plan year: every quantified commitment of the "
        "plans (and indicator-table targets) as a rule marked `drafted: true`.",
        "  pledgetrack draft --corpus my-reports --output my-rules\n"
        "  pledgetrack draft --corpus my-reports --output my-rules --update", EXIT_CODES)
    corpus_option(parser)
    parser.add_argument("--year", type=int, default=None, help="only this plan year")
    parser.add_argument("--region", default=None, help="only governments whose manifest region contains this")
    parser.add_argument("--output", metavar="DIR", type=folder_option, required=True,
                        help="the folder of rule files to write (one folder per government inside)")
    parser.add_argument("--update", action="store_true",
                        help="add to the rule files in DIR only the pledges they do not hold yet")
    parser.set_defaults(run=run_draft)


def run_draft(args: argparse.Namespace) -> int:
    """``pledgetrack draft``: rule files written (or, with --update, added to), and what was written.

    Each government's files are written as soon as it is drafted, and its drafts let go, so that memory does
    not grow with the corpus; which files would be overwritten is known from the plan years, before any is.
    """
    from ..draft import Standing, file_of, target_path
    from ..draft.turns import drafts_in_turn
    from ..draft.drafting import plan_years

    # Read lazily, keeping two governments' reports at a time, so that memory does not grow with the
    # corpus; what could not be read is told once all is drafted, as each report is read then.
    corpus = load_corpus(args.corpus or args.config.corpus, lazy=True, keep=KEEP_GOVERNMENTS)
    existing = load_rules([args.output], corpus) if args.update and args.output.is_dir() else None
    standing = Standing(existing) if existing is not None else None  # where its rules stand, found once
    # The evidence words are chosen with the synonyms the rules will be graded with: the book's own.
    vocabulary = existing.vocabulary if existing else _vocabulary_in(args.output)
    years = plan_years(corpus, args.year, args.region)
    if corpus.skipped and not len(corpus):
        raise CorpusError(list(corpus.skipped))  # as an eager reading says it: no report could be read
    # Every file a plan year could be drafted to, with how many governments share it (folder names can
    # collide): a file is written once its last government is drafted.
    files_of: dict[str, dict[Path, None]] = {}
    for government, plan_year in years:
        files_of.setdefault(government, {})[file_of(government, plan_year)] = None
    owners = collections.Counter(path for paths in files_of.values() for path in paths)
    clash = [path for path in owners if (args.output / path).exists()] if not args.update else []
    if clash:
        tell_reading(corpus)
        for path in clash:
            print(visible(f"{args.output / path}: already exists; nothing was written\n"
                          "  help: add --update to add only the pledges it does not hold yet"), file=sys.stderr)
        return EXIT_PROBLEMS
    # on a terminal, one line of stderr rewritten as plan years are drafted, as the audit's
    progress = Progress(len(years), None, verb="drafted", unit="plans")
    waiting: dict[Path, list] = {}  # drafts of a file some government still to be drafted shares
    rules = files = 0
    for government, drafts in drafts_in_turn(corpus, years, taken=[r.id for r in existing] if existing else (),
                                             vocabulary=vocabulary, done=progress.advance):
        for made in drafts if standing is None else (d for d in drafts if not standing.holds(d)):
            waiting.setdefault(target_path(made), []).append(made)
            if target_path(made) not in owners:  # a file the plan years did not foretell: its own
                files_of.setdefault(government, {})[target_path(made)] = None
                owners[target_path(made)] = 1
        drafts = made = None  # let go before the next government is drafted: `waiting` keeps them until written
        for path in files_of.pop(government, {}):
            owners[path] -= 1
            if not owners[path] and path in waiting:
                progress.clear()
                added = _write(args, path, waiting.pop(path))
                rules, files = rules + added, files + 1
    progress.close()
    tell_reading(corpus)
    if not rules:
        print("nothing to add: the rule files hold every pledge drafted" if args.update
              else "no quantified pledge found in the plans of the corpus")
    else:
        print(f"{rules} rules drafted in {files} files; review them (docs/rules.md, "
              "'Reviewing a draft'): delete each point of a rule's `check` once checked, and `drafted: true` "
              "from each rule you sign off")
    return EXIT_PROBLEMS if corpus.skipped else 0


def _write(args: argparse.Namespace, path: Path, added: list) -> int:
    """Write (or with --update add to) one rule file, whole or not at all, and say what it holds; how many
    rules it added."""
    from ..draft.files import append_text, drafted_file
    from ..files import make_folders
    from ..report import write_output
    from ..report.common import plural

    file = args.output / path
    try:
        text = append_text(file.read_text(encoding="utf-8"), added) if file.exists() else drafted_file(added)
        make_folders(file.parent)
        write_output(text, file)
    except OSError as exc:
        raise PledgetrackError([Problem(str(file), None, None, f"cannot write the rule file: {exc.strerror}",
                                        "give --output a folder you may write in")]) from None
    doubtful = sum(1 for d in added if d.doubts or d.pledge.check)
    withheld = sum(1 for d in added if d.pledge.check and d.pledge.check.evidence)
    verb = "added" if args.update else "wrote"
    print(visible(f"{file}: {verb} {plural(len(added), 'rule')} ({doubtful} saying what to check first, {withheld} giving "
                  "no finding until signed off)"))
    if args.update:
        for made in added:
            print(visible(f"  + {made.pledge.id}: {made.pledge.quote}"))
    return len(added)


def _vocabulary_in(folder: Path):
    """The vocabulary of the rule book being written to ``folder`` (its vocabulary.yaml files on the defaults)."""
    from ..errors import RuleError
    from ..rules.load import rule_files, vocabulary_of

    _, files, _ = rule_files([folder]) if folder.is_dir() else ([], [], [])
    vocabulary, problems = vocabulary_of(files)
    if problems:
        raise RuleError(problems)
    return vocabulary
