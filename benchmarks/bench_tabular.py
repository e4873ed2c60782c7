"""How long the audit takes to become data: records, CSV, xlsx, a pandas frame, a baseline comparison.

Run: python benchmarks/bench_tabular.py [--repeat N]

Each figure is the best of N runs on the bundled audit, and is printed beside the time
of grading the same pledges, measured in the same run: the ratios are what
docs/performance.md keeps. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime
import tempfile
from pathlib import Path

from bench_audit import best_of

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.history import Baseline, compare, read_baseline, snapshot
from pledgetrack.report import csv, xlsx
from pledgetrack.report import json as json_format

AS_OF = datetime.date(2026, 11, 21)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    corpus = load_corpus()
    book = load_rules(corpus=corpus)
    grade_s, result = best_of(repeat, lambda: audit(corpus, book, as_of=AS_OF))
    records = result.records()
    baseline = Baseline("old.json", "2026-11-21", {r.id: snapshot(r) for r in records})
    saved = Path(tempfile.mkdtemp()) / "old.json"
    saved.write_text(json_format.render(result), encoding="utf-8")
    stages = {
        "records": lambda: result.records(),
        "JSON (with records)": lambda: json_format.render(result),
        "CSV": lambda: csv.render(result),
        "xlsx": lambda: xlsx.render(result),
        "to_pandas": lambda: result.to_pandas(),
        "compare with a baseline": lambda: compare(baseline, records),
        "read a baseline JSON": lambda: read_baseline(saved),
    }
    print(f"bundled audit: {len(result)} pledges; grading them took {grade_s * 1000:.1f} ms (best of {repeat})")
    for name, work in stages.items():
        seconds, _ = best_of(repeat, work)
        print(f"{name:<24} {seconds * 1000:8.1f} ms  ({seconds / grade_s:5.2f} × grading)")
    print(f"xlsx size: {len(xlsx.render(result)):,} bytes; CSV: {len(csv.render(result).encode()):,} bytes")


if __name__ == "__main__":
    main()
