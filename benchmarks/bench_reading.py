"""How fast reports are read, against the reader of another revision, in one run.

Run: python benchmarks/bench_reading.py [--before REV] [--repeat N] [--rounds N]

Reading a report here is what the audit asks of it: ``read_document`` (decode, lay out,
parts, sections, tables), the key quotes are found by and the sentences of every part.
The reader of revision ``--before`` (default: the last commit before the fast reader) is
taken out of git into a temporary folder; the two readers then take turns, each in a
fresh process, ``--rounds`` times, and the best time of each is kept, so that the ratio is
measured in one run whatever else the machine is doing. Times are CPU time of the
reading process (``time.process_time``). Texts: the seeds, the other governments' reports
(``tests/corpora/other-governments``), and reports of 1 MB of short lines and of one long
paragraph broken after every comma (as ``benchmarks/bench_fuzz.py`` builds them).
A benchmark, not a test: the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"seeds": ROOT / "seeds", "other governments": ROOT / "tests" / "corpora" / "other-governments"}
BEFORE = "f164fbf"  # main when the fast reader was started
MiB = 1024 * 1024
SHAPES = {"1 MB of short lines": "短句子\n", "1 MB of one paragraph": "没有句号的很长段落，\n"}


def child(folder: str, repeat: int) -> None:
    """Read every report of ``folder`` ``repeat`` times in this process; print the best CPU time as JSON."""
    import time

    from pledgetrack.corpus.document import read_document
    from pledgetrack.corpus.manifest import read_manifest
    from pledgetrack.corpus.model import PartKind

    entries = read_manifest(Path(folder) / "manifest.yaml")
    best, chars = None, 0
    for _ in range(repeat):
        started = time.process_time()
        chars = 0
        for entry in entries:
            doc = read_document(entry)
            doc._key  # noqa: B018 — what locating every quote starts with
            for kind in PartKind:
                doc.sentences(kind)
            chars += len(doc.raw)
        elapsed = time.process_time() - started
        best = elapsed if best is None else min(best, elapsed)
    print(json.dumps({"seconds": best, "chars": chars}))


def run(src: Path, folder: Path, repeat: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, __file__, "--child", str(folder), "--repeat", str(repeat)],
                         env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--repeat", type=int, default=5, help="readings of each text per process")
    parser.add_argument("--rounds", type=int, default=3, help="processes of each reader, taking turns")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.repeat)
        return
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        before = work / "before"
        before.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before, "src/pledgetrack"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        readers = {f"before ({args.before})": before / "src", "now": ROOT / "src"}
        from bench_fuzz import big_report  # this folder is on the path of a script run from it

        texts = dict(CORPORA)
        for i, (label, line) in enumerate(SHAPES.items()):
            texts[label] = big_report(work / f"big{i}", line, MiB)
        print(f"{'text':<24} {'characters':>10} " + " ".join(f"{name:>22}" for name in readers) + "   ratio")
        for label, folder in texts.items():
            repeat = args.repeat if label in CORPORA else 1
            best: dict[str, float] = {}
            chars = 0
            for _ in range(args.rounds):
                for name, src in readers.items():
                    figures = run(src, folder, repeat)
                    best[name] = min(best.get(name, figures["seconds"]), figures["seconds"])
                    chars = figures["chars"]
            cells = " ".join(f"{best[n]:7.3f} s {chars / best[n] / 1e6:6.2f} M/s  " for n in readers)
            ratio = best[next(iter(readers))] / best["now"]
            print(f"{label:<24} {chars:>10,} {cells} {ratio:6.2f} ×", flush=True)


if __name__ == "__main__":
    main()
