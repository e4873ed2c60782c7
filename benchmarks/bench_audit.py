"""How long the whole audit of the bundled corpus and rule book takes, and its peak memory.

Run: python benchmarks/bench_audit.py [--repeat N]

Prints the time of each stage (loading the corpus, loading and checking the rules,
grading) as the best of N runs, and the peak memory of one full run (tracemalloc);
the rules are loaded a second time with ruamel's pure-Python parser alone, for the
ratio to libyaml's (ruamel.yaml.clib).
A benchmark, not a test: the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import time
import tracemalloc

from pledgetrack import audit, load_corpus, load_rules, yamlparse

AS_OF = datetime.date(2026, 11, 21)


def best_of(repeat: int, work):
    best, value = None, None
    for _ in range(repeat):
        started = time.perf_counter()
        value = work()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    corpus_s, corpus = best_of(repeat, load_corpus)
    rules_s, book = best_of(repeat, lambda: load_rules(corpus=corpus))
    with_libyaml, yamlparse.HAS_LIBYAML = yamlparse.HAS_LIBYAML, False
    pure_s, _ = best_of(repeat, lambda: load_rules(corpus=corpus))
    yamlparse.HAS_LIBYAML = with_libyaml
    grade_s, result = best_of(repeat, lambda: audit(corpus, book, as_of=AS_OF))
    tracemalloc.start()
    audit(load_corpus(), None, as_of=AS_OF)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(len(doc.raw) for doc in corpus)
    print(f"corpus: {len(corpus)} reports, {chars:,} characters; rule book: {len(book)} pledges")
    print(f"load corpus   {corpus_s * 1000:8.1f} ms  (best of {repeat})")
    print(f"load rules    {rules_s * 1000:8.1f} ms  ({rules_s / len(book) * 1000:.2f} ms per pledge)")
    if with_libyaml:
        print(f"  with ruamel's pure parser alone {pure_s * 1000:.1f} ms: libyaml reads the rule book "
              f"{pure_s / rules_s:.1f} times as fast")
    print(f"grade         {grade_s * 1000:8.1f} ms  ({grade_s / len(result) * 1000:.2f} ms per pledge)")
    print(f"total         {(corpus_s + rules_s + grade_s) * 1000:8.1f} ms")
    print(f"peak memory of one full audit: {peak / 2**20:.1f} MiB (tracemalloc)")


if __name__ == "__main__":
    main()
