"""The rule book's own commands: ``validate`` it, print its ``schema``, update the grades it ``expect``s."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

import attrs

from ..corpus import Corpus
from ..corpus.normalise import normalise
from ..evidence import find_evidence
from ..rules import RuleBook
from ..verdict import judge
from ..errors import PledgetrackError, Problem
from ..report.common import plural
from ..rules import json_schema, reference_markdown
from ..rules.load import bundled_rules_path
from ..usage import EXIT_MISSED, EXIT_PROBLEMS, open_rules
from ..visible import visible
from .common import command, corpus_option, file_option, open_corpus, warn


def add_validate(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "validate", "check rule files against the corpus",
        "Check rule files: every problem of every file, then how each target was read, then warnings.",
        "  pledgetrack validate\n  pledgetrack validate --corpus my-reports my-rules/")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="rule files or folders (default: the bundled rule book)")
    corpus_option(parser)
    parser.set_defaults(run=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    """``pledgetrack validate``: problems (exit 2, as ``audit``), or what was read and any warnings (exit 0)."""
    from ..paths import display_path
    from ..report.terminal import corpus_line

    corpus_path = args.corpus or args.config.corpus
    paths = args.paths or args.config.rules
    corpus = open_corpus(corpus_path)
    print(visible(corpus_line(corpus)))
    shown = [display_path(p) for p in paths] if paths else [display_path(bundled_rules_path(), bundled_rules_path())]
    print(visible(f"rules: {', '.join(shown)}"))
    book = open_rules(paths, corpus, corpus_path)
    for file in dict.fromkeys(rule.origin.file for rule in book):
        print(visible(file))
        for rule in (r for r in book if r.origin.file == file):
            read = "; ".join(t.describe() for t in (rule.target, *rule.also)) if rule.target else "milestone"
            places = ", ".join(f"{p.document}:{p.position.line}" for p in rule.places)
            print(visible(f"  {rule.id}: {rule.pledge.quote} → {read}  [{places}]"))
    by_year: dict[int, Counter] = {}
    for rule in book:
        by_year.setdefault(rule.year, Counter())[rule.kind.value] += 1
    years = "; ".join(f"{year}: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), reverse=True))
                      for year, kinds in sorted(by_year.items()))
    print(f"{plural(len(book), 'pledge')} valid ({years})")
    warnings = [*book.warnings, *idle_excludes(book, corpus)]
    warn(warnings)
    if warnings:
        print(plural(len(warnings), "warning"), file=sys.stderr)
    return 0


def idle_excludes(book: RuleBook, corpus: Corpus) -> list[Problem]:
    """A warning per ``exclude`` word that stands in none of the sentences the pledge's other words find in
    the reports reviewing its year: it changes nothing today, and would hide a sentence that comes to hold it.
    (A year no report reviews yet, or a pledge nothing answers, is left alone: there is nothing to tell by.)

    >>> from pledgetrack import Pledge, build_rules, load_corpus
    >>> corpus = load_corpus()
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场",
    ...                            evidence={"all": ["招聘会"], "exclude": ["就业", "足球"]})], corpus)
    >>> [w.message for w in idle_excludes(book, corpus)]  # doctest: +ELLIPSIS
    ["pledge 'fairs': the exclude word '足球' stands in none of the 2 sentences ... reviewing 2023: it changes nothing"]
    """
    warnings = []
    for rule in book:
        evidence = rule.pledge.evidence
        if not evidence.exclude or not corpus.reviewing(rule.year, rule.government):
            continue
        widened = attrs.evolve(rule, pledge=attrs.evolve(rule.pledge, evidence=attrs.evolve(evidence, exclude=())))
        texts = [normalise(c.text) for c in find_evidence(widened, corpus, book.vocabulary)]
        if not texts:
            continue  # nothing answers the pledge yet: its evidence words are the thing to look at
        for word in evidence.exclude:
            if not any(normalise(v) in text for v in book.vocabulary.variants(word) for text in texts):
                warnings.append(Problem(
                    rule.origin.file, rule.origin.line, rule.origin.column,
                    f"pledge '{rule.id}': the exclude word '{word}' stands in none of the {plural(len(texts), 'sentence')} "
                    f"its evidence words find in the reports reviewing {rule.year}: it changes nothing",
                    "delete it, or copy the word from the sentence it should keep off", "idle-exclude"))
    return warnings


def add_schema(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "schema", "print the JSON Schema of rule files",
                      "Print the JSON Schema of rule files, for editors.",
                      "  pledgetrack schema > rules.schema.json\n  pledgetrack schema --markdown")
    parser.add_argument("--markdown", action="store_true", help="print the key reference of docs/rules.md instead")
    parser.add_argument("--output", metavar="FILE", type=file_option, help="write it here (whole or not at all)")
    parser.set_defaults(run=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    """``pledgetrack schema``: the rule format for machines (or, with --markdown, for people)."""
    from ..report import write_output

    text = (reference_markdown() if args.markdown else json.dumps(json_schema(), ensure_ascii=False, indent=2)) + "\n"
    if args.output:
        write_output(text, args.output)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def add_expect(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "expect", "compare each rule's `expect` with today's grade; --update writes the grades in",
        "List the rules whose `expect:` differs from the grade the audit gives today; with "
        "--update, write today's grades into the rule files (a one-line diff per rule, "
        "comments and layout kept), to accept them as the new baseline.",
        "  pledgetrack expect\n  pledgetrack expect --update my-rules/")
    parser.add_argument("paths", nargs="*", type=Path, metavar="RULES",
                        help="rule files or folders (default: the bundled rule book)")
    corpus_option(parser)
    parser.add_argument("--update", action="store_true", help="write today's grades into the `expect:` keys")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="the day to judge whether a missing outcome report is still pending (default: today)")
    parser.set_defaults(run=run_expect)


def run_expect(args: argparse.Namespace) -> int:
    """``pledgetrack expect``: which expectations no longer hold (exit 1), or, with --update, rewrite them."""
    from ..files import write_all
    from ..rules.expect import updated_text

    corpus = open_corpus(args.corpus or args.config.corpus)
    book = open_rules(args.paths or args.config.rules, corpus, args.corpus or args.config.corpus)
    as_of = args.as_of or datetime.date.today()
    grades = {rule.id: judge(rule, corpus, book.vocabulary, as_of).grade for rule in book}
    changed, texts = [], {}
    for file in book.files:  # every file is checked before any is written
        text = Path(file).read_text(encoding="utf-8")  # a byte-order mark, if any, is kept
        texts[file], updates = updated_text(text, file, grades)
        changed += updates
    if args.update:  # every changed file or none: a rule book is never left half updated
        try:
            write_all({Path(file): texts[file].encode("utf-8") for file in dict.fromkeys(u.file for u in changed)})
        except PledgetrackError as exc:  # write_all says why; what to do differs for a rule file
            raise PledgetrackError([attrs.evolve(exc.problems[0], hint="copy the rule book somewhere you may "
                                                 "write, and update that")]) from None
    for update in changed:
        print(visible(str(update)))
    files = len({u.file for u in changed})
    if args.update:
        print(f"{len(changed)} expect{'s' * (len(changed) != 1)} written in {files} file{'s' * (files != 1)}")
        return EXIT_PROBLEMS if corpus.skipped else 0
    print(f"{len(changed)} of {len(book)} rules expect another grade than today's"
          + (" (pledgetrack expect --update writes them)" if changed else ""))
    return EXIT_PROBLEMS if corpus.skipped else (EXIT_MISSED if changed else 0)
