"""The ``pledgetrack`` command. Each subcommand is a pair of functions: one adds its parser, one runs it.

Problems with the input (a bad manifest, say) are printed one per line on
stderr, compiler style, and the command exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .corpus import Corpus, Document, PartKind, load_corpus
from .errors import PledgetrackError

EXIT_PROBLEMS = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["corpus", "--corpus", "no/such/folder"])
    2
    """
    parser = argparse.ArgumentParser(prog="pledgetrack",
                                     description="Grade a government's written pledges against its next reports.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_corpus,):
        add(commands)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except PledgetrackError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS


def _add_corpus(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "corpus", help="summarise the corpus: parts, sections, sentences, tables, quantities",
        description="Read every report in a corpus and say what was found in each.")
    parser.add_argument("--corpus", metavar="DIR", type=Path, default=None,
                        help="a folder holding manifest.yaml, or the manifest itself (default: the bundled corpus)")
    parser.set_defaults(run=run_corpus)


def run_corpus(args: argparse.Namespace) -> int:
    """``pledgetrack corpus``: what each report holds, then the totals."""
    corpus = load_corpus(args.corpus)
    from .quantity import find_quantities  # only this subcommand needs the quantity reader

    quantities = 0
    for doc in corpus:
        counts = {kind: sum(len(find_quantities(doc.text[p.start:p.end])) for p in doc.parts if p.kind is kind)
                  for kind in (PartKind.REVIEW, PartKind.PLAN)}
        quantities += sum(counts.values())
        print("\n".join(describe(doc, counts)))
        print()
    print("\n".join(totals(corpus, quantities)))
    return 0


def describe(doc: Document, quantities: dict[PartKind, int]) -> list[str]:
    """The summary lines for one document; ``quantities`` counts those found per part kind."""
    info = doc.info
    lines = [f"{doc.id}  {info.file}  ({info.encoding})",
             f"  reviews {doc.reviews}, plans {doc.plans}, delivered {info.delivered.isoformat()}",
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
    return [
        "totals:",
        f"  documents: {len(corpus)}",
        f"  years reviewed: {', '.join(map(str, corpus.years_reviewed))}",
        f"  years planned: {', '.join(map(str, corpus.years_planned))}",
        f"  parts: {sum(len(doc.parts) for doc in corpus)}",
        f"  tables: {sum(len(doc.tables) for doc in corpus)}",
        f"  quantities: {quantities}",
    ]
