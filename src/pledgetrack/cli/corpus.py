"""``pledgetrack corpus``: the reports of a corpus, government by government, and what was read of each."""

from __future__ import annotations

import argparse

from ..corpus import Corpus, Document, PartKind
from ..usage import EXIT_PROBLEMS
from ..visible import visible
from .common import command, corpus_option, open_corpus


def add_corpus(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "corpus", "summarise the corpus: parts, sections, sentences, tables, quantities",
        "Read every report in a corpus and say what was found in each.",
        "  pledgetrack corpus\n  pledgetrack corpus --corpus my-reports")
    corpus_option(parser)
    parser.set_defaults(run=run_corpus)


def run_corpus(args: argparse.Namespace) -> int:
    """``pledgetrack corpus``: what each report holds, government by government, then the totals."""
    corpus = open_corpus(args.corpus or args.config.corpus)
    from ..quantity import find_quantities  # only this subcommand needs the quantity reader

    quantities = 0
    for government in corpus.governments:
        documents = corpus.of_government(government)
        print(visible(f"== {government}: {len(documents)} report{'s' * (len(documents) != 1)} ==\n"))
        for doc in documents:
            counts = {kind: sum(len(find_quantities(doc.text[p.start:p.end])) for p in doc.parts if p.kind is kind)
                      for kind in (PartKind.REVIEW, PartKind.PLAN)}
            quantities += sum(counts.values())
            print(visible("\n".join(describe(doc, counts))))
            print()
    print(visible("\n".join(totals(corpus, quantities))))
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
