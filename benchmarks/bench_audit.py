"""How long the whole audit of the bundled corpus and rule book takes, and its peak memory.

Run: python benchmarks/bench_audit.py [--repeat N]

Prints the time of each stage (loading the corpus, loading and checking the rules,
grading) as the best of N runs, and the peak memory of one full run (tracemalloc).
The rule book, and its YAML files alone, are also read with ruamel's pure-Python
parser, in turns with libyaml (ruamel.yaml.clib), for the ratio between them.
A benchmark, not a test: the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import time
import tracemalloc

from pledgetrack import audit, load_corpus, load_rules, yamlparse
from pledgetrack.rules import bundled_rules_path
from pledgetrack.yamldata import load_yaml

AS_OF = datetime.date(2026, 11, 21)


def best_of(repeat: int, work):
    best, value = None, None
    for _ in range(repeat):
        started = time.perf_counter()
        value = work()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def both_ways(repeat: int, work):
    """The best times of ``work`` with libyaml and with ruamel's pure parser alone, and its value;
    taken in turns, so that a busy machine weighs on both alike."""
    with_libyaml = yamlparse.HAS_LIBYAML
    times: dict[bool, list[float]] = {True: [], False: []}
    try:
        for _ in range(repeat):
            for libyaml in (True, False):
                yamlparse.HAS_LIBYAML = with_libyaml and libyaml
                started = time.perf_counter()
                value = work()
                times[libyaml].append(time.perf_counter() - started)
    finally:
        yamlparse.HAS_LIBYAML = with_libyaml
    return min(times[True]), min(times[False]), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    corpus_s, corpus = best_of(repeat, load_corpus)
    rules_s, pure_s, book = both_ways(repeat, lambda: load_rules(corpus=corpus))
    files = sorted(bundled_rules_path().rglob("*.yaml"))
    yaml_s, yaml_pure_s, _ = both_ways(repeat, lambda: [load_yaml(path) for path in files])
    grade_s, result = best_of(repeat, lambda: audit(corpus, book, as_of=AS_OF))
    tracemalloc.start()
    audit(load_corpus(), None, as_of=AS_OF)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(len(doc.raw) for doc in corpus)
    print(f"corpus: {len(corpus)} reports, {chars:,} characters; rule book: {len(book)} pledges")
    print(f"load corpus   {corpus_s * 1000:8.1f} ms  (best of {repeat})")
    print(f"load rules    {rules_s * 1000:8.1f} ms  ({rules_s / len(book) * 1000:.2f} ms per pledge)")
    if yamlparse.HAS_LIBYAML:
        print(f"  with ruamel's pure parser alone {pure_s * 1000:.1f} ms: {pure_s / rules_s:.1f} times as long")
        print(f"  of which reading the YAML {yaml_s * 1000:.1f} ms, with the pure parser alone {yaml_pure_s * 1000:.1f} ms: "
              f"{yaml_pure_s / yaml_s:.1f} times as long")
    print(f"grade         {grade_s * 1000:8.1f} ms  ({grade_s / len(result) * 1000:.2f} ms per pledge)")
    print(f"total         {(corpus_s + rules_s + grade_s) * 1000:8.1f} ms")
    print(f"peak memory of one full audit: {peak / 2**20:.1f} MiB (tracemalloc)")


if __name__ == "__main__":
    main()
