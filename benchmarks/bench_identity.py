"""What grading by identity costs: the audit of the auditor's gold on all-distinct real reports, per pledge,
and reading every figure of those reports into statements, per document.

Run: python benchmarks/bench_identity.py [--repeat N] [--no-statements] [--only CORPUS ...]

The reports are the shared corpora copied into tests/corpora (33 reports of provinces and cities, 8 of other
governments, 4 of the State Council in the 1990s: no two alike), each case written as the four-line rule a user
writes. Grading is timed as the best of N runs of ``audit`` on a loaded corpus and rule book (each run on a
freshly loaded corpus, so nothing read by the previous run is kept). ``--no-statements`` times only what an
older pledgetrack has, so that the same script can be run against it for a ratio. A benchmark, not a test: the
figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from ruamel.yaml import YAML

from pledgetrack import audit, load_corpus, load_rules

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))
from gold_rules import four_line_rule  # noqa: E402

CORPORA = TESTS / "corpora"
AS_OF = datetime.date(2026, 12, 6)
_YAML = YAML(typ="safe")


def prepare(folder: Path, only: list[str] | None = None) -> list[Path]:
    """Copy each corpus that loads (of ``only``, where given) into ``folder``; write its gold as rule files;
    return the rule files."""
    paths = []
    for corpus in sorted(CORPORA.iterdir()):
        if not (corpus / "gold.yaml").exists() or (only and corpus.name not in only):
            continue
        shutil.copytree(corpus, folder / corpus.name)
        try:
            loaded = load_corpus(folder / corpus.name)
        except Exception:  # an older pledgetrack that cannot find a layout's parts: left out, said below
            print(f"  {corpus.name}: does not load, left out")
            shutil.rmtree(folder / corpus.name)
            continue
        by_src: dict[str, list] = {}
        for case in _YAML.load((corpus / "gold.yaml").read_text(encoding="utf-8"))["cases"]:
            by_src.setdefault(case["src"], []).append(four_line_rule(case))
        for n, rules in enumerate(by_src.values()):
            path = folder / f"{corpus.name}-{n:02d}.yaml"
            path.write_text(json.dumps({"pledges": rules}, ensure_ascii=False), encoding="utf-8")
            try:
                load_rules([path], loaded)
                paths.append(path)
            except Exception:
                path.unlink()  # a plan whose parts an older pledgetrack cannot find
    return paths


def forget() -> None:
    """Empty the caches of sentences read, so that every run reads the reports as the first does."""
    import pledgetrack.evidence.figures as figures

    figures.figures_in.cache_clear()
    try:
        from pledgetrack.statements.read import read_sentence
    except ImportError:  # an older pledgetrack, without the statements stage
        return
    read_sentence.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-statements", action="store_true")
    parser.add_argument("--only", nargs="*", help="the corpora of tests/corpora to grade (all that load by default)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = prepare(folder, args.only)
        best = None
        for _ in range(args.repeat):
            forget()
            corpus = load_corpus(folder)
            rules = load_rules(paths, corpus)
            started = time.perf_counter()
            verdicts = list(audit(corpus, rules, as_of=AS_OF))
            elapsed = time.perf_counter() - started
            best = elapsed if best is None else min(best, elapsed)
        print(f"grading: {len(verdicts)} pledges of {len(corpus)} reports in {best:.3f} s, "
              f"{best / len(verdicts) * 1000:.2f} ms a pledge (best of {args.repeat})")
        if not args.no_statements:
            from pledgetrack.statements import document_statements

            corpus = load_corpus(folder)
            started = time.perf_counter()
            count = sum(len(document_statements(doc)) for doc in corpus)
            elapsed = time.perf_counter() - started
            print(f"statements: {count} figures of {len(corpus)} reports read in {elapsed:.3f} s, "
                  f"{elapsed / len(corpus) * 1000:.1f} ms a report")


if __name__ == "__main__":
    main()
