"""How `pledgetrack draft` and `pledgetrack audit --draft` grow with the corpus, on all-distinct report texts.

Run: python benchmarks/bench_draft_scale.py [--sizes 57 570] [--jobs 1 2] [--repeat 1] [--keep DIR]

For each size it builds a corpus of that many reports with ``benchmarks/distinct_corpus.py`` (variants of
the project's real plan/review pairs, every figure and name changed: its docstring says how), then runs,
each as its own whole process (the command line as a user types it):

* ``pledgetrack draft --corpus C --output DIR`` (one process; it has no cache and no ``-j``);
* ``pledgetrack audit --draft --corpus C --format jsonl --output F --no-cache -j N`` for each ``--jobs``.

Each command is run from a small wrapper process of its own, so that ``resource.getrusage(RUSAGE_CHILDREN)``
there gives that command's CPU (user + system, its pool workers included) and its peak memory (the largest
resident set of the command or any of its workers). It prints the CPU per report at each size and the ratio
of the largest size's to the smallest's (1 is linear; issue 19 asks at most 1.3), with the load average.
With ``--repeat K`` each command runs K times in turn and the least CPU is kept. A benchmark, not a test:
the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from distinct_corpus import build, distinctness  # noqa: E402


def wrapped(command: list[str]) -> None:
    """Run ``command`` (in this fresh process's only child) and print its CPU, peak memory and wall time."""
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"status": done.returncode, "cpu": usage.ru_utime + usage.ru_stime, "wall": wall,
                      "mib": usage.ru_maxrss / 1024, "load": os.getloadavg()[0],
                      "stderr": done.stderr.decode("utf-8", "replace")[-400:]}))


def measure(command: list[str]) -> dict:
    """``command``'s figures, from a wrapper process of its own."""
    found = subprocess.run([sys.executable, __file__, "--wrap", "--", *command], capture_output=True, text=True,
                           check=True)
    figures = json.loads(found.stdout)
    if figures["status"] not in (0, 1):  # audit exits 1 when a pledge is missed
        raise SystemExit(f"{' '.join(command)}: exit {figures['status']}\n{figures['stderr']}")
    return figures


def commands(corpus: Path, out: Path, jobs: list[int]) -> dict[str, list[str]]:
    """The commands measured on ``corpus``, by the name shown."""
    tool = str(Path(sys.executable).with_name("pledgetrack"))
    found = {"draft": [tool, "draft", "--corpus", str(corpus), "--output", str(out / "drafted")]}
    for n in jobs:
        found[f"audit --draft -j {n}"] = [tool, "audit", "--draft", "--corpus", str(corpus), "--format", "jsonl",
                                          "--output", str(out / f"audit-{n}.jsonl"), "--no-cache", "-j", str(n)]
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[57, 570], help="reports in each corpus")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="build the corpora here and keep them")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="draft-scale-"))
    per_report: dict[str, dict[int, float]] = {}
    for size in args.sizes:
        corpus = folder / f"corpus-{size}"
        if not corpus.exists():
            build(corpus, size)
        reports = len(list(corpus.glob("g*/*.txt")))
        governments = len(list(corpus.glob("g*/manifest.yaml")))
        counts = distinctness(corpus)
        print(f"\n{reports} reports, {governments} governments ({corpus}); sentences {counts['distinct']:,} "
              f"distinct of {counts['sentences']:,}, holding a digit {counts['distinct with a digit']:,} "
              f"of {counts['with a digit']:,}", flush=True)
        for name, command in commands(corpus, folder / f"out-{size}", args.jobs).items():
            runs = []
            for _ in range(args.repeat):
                for stale in (folder / f"out-{size}").glob("drafted*"):
                    subprocess.run(["rm", "-rf", str(stale)], check=True)
                runs.append(measure(command))
            best = min(runs, key=lambda r: r["cpu"])
            per_report.setdefault(name, {})[reports] = best["cpu"] / reports
            each = ", ".join(f"{r['cpu']:.1f}" for r in runs)
            print(f"  {name:<20} CPU {best['cpu']:8.1f} s  {1000 * best['cpu'] / reports:6.0f} ms/report  "
                  f"wall {best['wall']:7.1f} s  peak {best['mib']:6.0f} MiB  load {best['load']:.1f}"
                  + (f"  (CPU of each run: {each} s)" if len(runs) > 1 else ""), flush=True)
    if len(args.sizes) > 1:
        print("\nCPU per report, largest size / smallest:")
        for name, by_size in per_report.items():
            small, large = min(by_size), max(by_size)
            print(f"  {name:<20} {by_size[large] / by_size[small]:.2f}  ({large} / {small} reports)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--wrap"]:
        wrapped(sys.argv[3:])
    else:
        main()
