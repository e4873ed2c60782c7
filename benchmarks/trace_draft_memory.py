"""What grows in memory as `pledgetrack draft` or `audit --draft` goes from government to government.

Run: python benchmarks/trace_draft_memory.py CORPUS [--command audit|draft] [--at 150 300 450] [--top 15] [--types]

Runs the command in this process (``audit --draft --format jsonl --no-cache -j 1``, or ``draft``) on CORPUS
(made by ``benchmarks/distinct_corpus.py``: every report distinct) under ``tracemalloc``, takes a snapshot
(after a full garbage collection) once the N-th plan year of each ``--at`` is drafted, and prints the memory
traced at each, then the tracebacks whose memory grew the most between consecutive snapshots. What keeps
growing at the same rate between every pair of snapshots grows without bound; what grows less each time
is a cache filling up. A benchmark helper, not a test: tracing makes the run ten to twenty times slower.

``--types`` traces nothing (the run goes at its own speed): at each snapshot it counts the objects the
garbage collector tracks, by type, the entries of every ``functools.lru_cache`` of pledgetrack and the
resident memory, and prints what grew between snapshots.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import sys
import tempfile
import tracemalloc
from pathlib import Path

from pledgetrack.cli import main as cli
from pledgetrack.progress import Progress


def run(corpus: Path, command: str, at: list[int], frames: int, top: int) -> list[tuple[int, tracemalloc.Snapshot]]:
    """Snapshots as the ``at``-th plan year has been drafted (both commands tell their progress line of each)."""
    snapshots: list[tuple[int, tracemalloc.Snapshot]] = []

    def snapshot(drafted: int) -> None:
        snapshots.append((drafted, tracemalloc.take_snapshot()))
        print(f"  {drafted} plans drafted: {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MiB traced", flush=True)
        if len(snapshots) > 1:  # told at once: a long run's first comparisons are worth having
            compared(*snapshots[-2], *snapshots[-1], top, frames)

    tracemalloc.start(frames)
    try:
        _while_drafting(corpus, command, set(at), snapshot)
    finally:
        tracemalloc.stop()
    return snapshots


def _while_drafting(corpus: Path, command: str, at: set[int], each) -> None:
    """Run ``command`` on ``corpus`` in this process, calling ``each(n)`` (after a full collection) once the n-th
    plan year of ``at`` is drafted: the progress line's count, which both commands tell of each plan year."""
    drafted = 0
    real_advance = Progress.advance

    def advance(self, pledges: int, documents: int = 0) -> None:
        nonlocal drafted
        real_advance(self, pledges, documents)
        drafted += pledges
        if drafted in at:
            gc.collect()
            each(drafted)

    Progress.advance = advance
    out = Path(tempfile.mkdtemp(prefix="trace-draft-"))
    try:
        if command == "audit":
            cli(["audit", "--draft", "--corpus", str(corpus), "--format", "jsonl", "--output",
                 str(out / "graded.jsonl"), "--no-cache", "-j", "1", "-qq"])
        else:
            cli(["draft", "--corpus", str(corpus), "--output", str(out / "drafted")])
    finally:
        Progress.advance = real_advance


def counted() -> dict[str, int]:
    """Objects the garbage collector tracks, by type; the entries of each lru_cache of pledgetrack; resident KiB."""
    counts: collections.Counter[str] = collections.Counter(type(thing).__qualname__ for thing in gc.get_objects())
    for name, module in list(sys.modules.items()):
        if name.startswith("pledgetrack"):
            for attribute, value in list(vars(module).items()):
                if isinstance(value, functools._lru_cache_wrapper):  # each once, under the module defining it
                    counts[f"lru_cache {value.__module__}.{value.__qualname__}"] = value.cache_info().currsize
    with open("/proc/self/statm") as statm:
        counts["resident KiB"] = int(statm.read().split()[1]) * 4
    return dict(counts)


def run_counted(corpus: Path, command: str, at: list[int]) -> list[tuple[int, dict[str, int]]]:
    """:func:`counted` once the ``at``-th plan year has been drafted."""
    found: list[tuple[int, dict[str, int]]] = []

    def count(drafted: int) -> None:
        found.append((drafted, counted()))
        print(f"  {drafted} plans drafted: {found[-1][1]['resident KiB'] / 1024:.1f} MiB resident", flush=True)

    _while_drafting(corpus, command, set(at), count)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--command", choices=["audit", "draft"], default="audit")
    parser.add_argument("--at", type=int, nargs="+", default=[150, 300, 450])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--frames", type=int, default=12)
    parser.add_argument("--types", action="store_true", help="count objects by type instead of tracing")
    args = parser.parse_args()
    if args.types:
        counts = run_counted(args.corpus, args.command, sorted(args.at))
        for (n0, old), (n1, new) in zip(counts, counts[1:]):
            grown = sorted(((new.get(k, 0) - old.get(k, 0), k) for k in new.keys() | old.keys()), reverse=True)
            print(f"\n{n0} -> {n1} plans, what grew the most (objects, or cache entries, or KiB resident):")
            for growth, name in grown[:args.top]:
                print(f"  {growth:+9d}  {name} ({new.get(name, 0)})")
        return
    run(args.corpus, args.command, sorted(args.at), args.frames, args.top)


def compared(n0: int, old: tracemalloc.Snapshot, n1: int, new: tracemalloc.Snapshot, top: int, frames: int) -> None:
    """What grew the most from one snapshot to the next, by traceback."""
    grown = new.compare_to(old, "traceback")
    total = sum(stat.size_diff for stat in grown)
    print(f"\n{n0} -> {n1} plans: {total / 2**20:+.2f} MiB traced, "
          f"{total / (n1 - n0) / 1024:+.1f} KiB a plan; the largest growths:", flush=True)
    for stat in grown[:top]:
        print(f"  {stat.size_diff / 1024:+9.1f} KiB  {stat.count_diff:+7d} blocks")
        for line in stat.traceback.format(limit=frames, most_recent_first=True)[:2 * frames]:
            print("      " + line.strip())
    print(flush=True)


if __name__ == "__main__":
    main()
