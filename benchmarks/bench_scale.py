"""How the whole audit grows with the corpus: synthetic corpora of N reports, each copy of the
seed reports a government of its own with its own copy of the rule book (region: set).

Run: python benchmarks/bench_scale.py [--sizes 5 50 500 5000] [--national] [--jobs 1 2] [--repeat K]
     [--cache] [--keep DIR]

For each N it prints the time of each stage (index the manifests, read the rule files,
check and grade government by government and make the lines, write JSON Lines), the time per pledge, the
characters of report read per second, the peak memory of the main process and of the
largest worker, the ratio to the regex floor (``re.finditer(r"\\d+")`` over the same
report texts, in the same run) and the speedup of ``--jobs 2`` over ``--jobs 1``. Each
audit runs in a fresh process, so that peak memory is its own. ``--national`` adds
N = 57,000. A benchmark, not a test: the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_corpus import SEEDS, build  # noqa: E402

AS_OF = datetime.date(2026, 11, 21)
REPORTS_PER_COPY = 5


def child(corpus_path: str, rules_path: str, jobs: int, output: str, cache: str) -> None:
    """One audit, stage by stage, in this (fresh) process: prints its figures as JSON."""
    from pledgetrack.corpus import load_corpus
    from pledgetrack.engines import open_executor
    from pledgetrack.pipeline import grade_book, read_book
    from pledgetrack.report import open_output
    from pledgetrack.report.stream import Streamed

    times = {}
    started = time.perf_counter()
    corpus = load_corpus(corpus_path, lazy=True, keep=2, cache=cache if cache != "-" else None)
    times["index"] = time.perf_counter() - started
    with open_executor(jobs, None, len(corpus.index.governments)) as executor:
        mark = time.perf_counter()
        book = read_book([rules_path], as_of=AS_OF, executor=executor)
        times["rules"] = time.perf_counter() - mark
        mark = time.perf_counter()
        graded = written = 0
        write = 0.0
        with open_output(output) as out:
            for batch in grade_book(corpus, book, executor, shape=Streamed("jsonl")):
                graded += len(batch.verdicts)
                before = time.perf_counter()
                for _, (_, _, line) in batch.verdicts:
                    out.write(line.encode("utf-8"))
                    written += 1
                write += time.perf_counter() - before
        times["grade"] = time.perf_counter() - mark - write
        times["write"] = write
    times["total"] = time.perf_counter() - started
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "times": times, "pledges": graded, "lines": written, "load": os.getloadavg()[0],
        "cpu": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
        "main_cpu": own.ru_utime + own.ru_stime,
        "main_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def run(corpus: Path, rules: Path, jobs: int, folder: Path, cache: Path | None = None) -> dict:
    found = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(rules), str(jobs),
                            str(folder / f"audit-{jobs}.jsonl"), str(cache or "-")],
                           check=True, capture_output=True, text=True)
    return json.loads(found.stdout.splitlines()[-1])


def regex_floor(texts: list[str], copies: int) -> float:
    """Seconds for re.finditer(r"\\d+") over ``copies`` times the seed texts."""
    digits = re.compile(r"\d+")
    started = time.perf_counter()
    for _ in range(copies):
        for text in texts:
            for _ in digits.finditer(text):
                pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 500, 5000], metavar="N")
    parser.add_argument("--national", action="store_true", help="add N = 57,000 (hours)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build the corpora under DIR and keep them for the next run (else a temporary folder)")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="audit K times with each --jobs, alternating, and compare the fastest of each "
                             "(as timeit does: on a shared machine the slower runs measure the neighbours)")
    parser.add_argument("--cache", action="store_true",
                        help="also audit again with a warm report cache (the corpus unchanged, as after a rule edit)")
    args = parser.parse_args()
    sizes = args.sizes + ([57000] if args.national else [])
    manifest = (SEEDS / "manifest.yaml").read_text(encoding="utf-8")
    texts = [(SEEDS / name).read_bytes().decode("utf-8")
             for name in re.findall(r"^\s*file: (\S+)", manifest, re.MULTILINE)]
    chars_per_copy = sum(map(len, texts))
    print(f"seed reports: {len(texts)}, {chars_per_copy:,} characters a copy; "
          f"{datetime.datetime.now():%Y-%m-%d %H:%M}, {sys.version.split()[0]}")
    per_pledge = {}
    for n in sizes:
        copies = max(1, n // REPORTS_PER_COPY)
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as temp:
            folder = args.keep / f"n{n}" if args.keep else Path(temp)
            corpus, rules = folder / "corpus", folder / "rules"
            if not (folder / "built").exists():
                corpus, rules = build(folder, copies)
                (folder / "built").touch()
            rounds = [{f"--jobs {jobs}": run(corpus, rules, jobs, folder) for jobs in args.jobs}
                      for _ in range(args.repeat)]
            results = {name: min((r[name] for r in rounds), key=lambda result: result["times"]["total"])
                       for name in rounds[0]}
            if args.cache:
                run(corpus, rules, 1, folder, folder / "cache")
                results["--jobs 1, warm cache"] = run(corpus, rules, 1, folder, folder / "cache")
            floor = regex_floor(texts, copies)
        chars = chars_per_copy * copies
        print(f"\nN = {copies * REPORTS_PER_COPY:,} reports ({copies:,} governments), "
              f"{next(iter(results.values()))['pledges']:,} pledges, {chars:,} characters; "
              f"regex floor {floor:.3f} s ({chars / floor / 1e6:.1f} M chars/s)")
        for name, result in results.items():
            if args.repeat > 1:
                print(f"  {name}, each run: " + ", ".join(f"{r[name]['times']['total']:.2f} s" for r in rounds)
                      + "; the fastest:")
            t = result["times"]
            stages = ", ".join(f"{k} {t[k]:.2f} s" for k in ("index", "rules", "grade", "write"))
            print(f"  {name}: total {t['total']:.2f} s ({stages}); "
                  f"{t['total'] / result['pledges'] * 1000:.2f} ms per pledge; "
                  f"{chars / t['total'] / 1000:,.0f} k chars/s, {t['total'] / floor:,.0f} x the regex floor; "
                  f"peak memory: main {result['main_mib']:.0f} MiB, largest worker {result['worker_mib']:.0f} MiB; "
                  f"CPU {result['cpu']:.1f} s (main process {result['main_cpu']:.1f} s); load average at the end {result['load']:.1f}")
        per_pledge[n] = {name: r["times"]["total"] / r["pledges"] for name, r in results.items()}
        if len(per_pledge) > 1:
            first = next(iter(per_pledge))
            print("  time per pledge against N = " + f"{first:,}: " + ", ".join(
                f"{name} {per_pledge[n][name] / per_pledge[first][name]:.2f}x" for name in results))
        if "--jobs 1" in results and "--jobs 2" in results:
            one, two = results["--jobs 1"]["times"]["total"], results["--jobs 2"]["times"]["total"]
            print(f"  --jobs 2 speedup over --jobs 1: {one / two:.2f}x" + (
                " (fastest against fastest; round by round: " + ", ".join(
                    f"{r['--jobs 1']['times']['total'] / r['--jobs 2']['times']['total']:.2f}x" for r in rounds)
                + ")" if args.repeat > 1 else ""))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:4], int(sys.argv[4]), *sys.argv[5:7])
    else:
        main()
