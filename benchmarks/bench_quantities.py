"""How fast find_quantities reads the bundled reports.

Usage: python benchmarks/bench_quantities.py [FILE_OR_DIR ...]

With no argument it reads seeds/*.txt beside this checkout. Each file is
scanned once to count what is found, then the whole text is scanned again and
again for about two seconds and the throughput is printed in characters per
second.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pledgetrack.quantity import find_quantities

SECONDS = 2.0


def _files(arguments: list[str]) -> list[Path]:
    if not arguments:
        return sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        found += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return found


def main(arguments: list[str]) -> int:
    files = _files(arguments)
    if not files:
        print("no .txt files to read", file=sys.stderr)
        return 1
    texts = [path.read_text(encoding="utf-8") for path in files]
    for path, text in zip(files, texts):
        print(f"{path.name}: {len(text)} characters, {len(find_quantities(text))} quantities")
    total = sum(map(len, texts))
    rounds = 0
    started = time.perf_counter()
    while time.perf_counter() - started < SECONDS:
        for text in texts:
            find_quantities(text)
        rounds += 1
    elapsed = time.perf_counter() - started
    print(f"{rounds} rounds over {total} characters in {elapsed:.2f} s: "
          f"{rounds * total / elapsed:,.0f} characters per second")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
