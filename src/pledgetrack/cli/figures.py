"""``pledgetrack figures``: every figure of every report, one row each, as CSV or JSON Lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..report import write_output
from ..report.panel import figure_rows, render_csv, render_jsonl
from ..usage import EXIT_PROBLEMS
from .common import command, corpus_option, open_corpus


def add_figures(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "figures", "every figure of every report: its indicator, measure, period and place",
        "Read every report of a corpus into statements and write one row per figure: the government, "
        "document, file and line (1-based, in the original file), the part, the period (a year, or "
        "several_years, other_year, base, coming), the indicator it measures, the measure (level, growth, "
        "points, share, added, total, share_of_plan), the value in base units, the unit, and the sentence.",
        "  pledgetrack figures --corpus my-reports --format csv --output figures.csv\n"
        "  pledgetrack figures --format jsonl | grep 地区生产总值")
    corpus_option(parser)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="jsonl",
                        help="csv (UTF-8 with BOM, opens in Excel) or jsonl (default)")
    parser.add_argument("--output", "-o", metavar="FILE", type=Path, default=None,
                        help="write to FILE (whole or not at all) instead of standard output")
    parser.set_defaults(run=run_figures)


def run_figures(args: argparse.Namespace) -> int:
    """``pledgetrack figures``: the statements of the corpus, written whole."""
    corpus = open_corpus(args.corpus or args.config.corpus)
    render = render_csv if args.format == "csv" else render_jsonl
    text = render(figure_rows(corpus))
    if args.output is None:
        sys.stdout.write(text)
    else:
        written = write_output(text, args.output)
        print(f"pledgetrack: {len(text.splitlines()) - (args.format == 'csv')} figures written to {written}",
              file=sys.stderr)
    return EXIT_PROBLEMS if corpus.skipped else 0
