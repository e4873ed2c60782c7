"""How fast find_quantities reads, against a regular-expression floor, and how its time grows.

Usage: python benchmarks/bench_quantities.py [--quick] [FILE_OR_DIR ...]

With no argument it reads seeds/*.txt beside this checkout. It prints

* for each file, its length and the quantities found;
* throughput: find_quantities and ``re.finditer(r"\\d+")`` (the floor: the
  least any reader of numbers must do) over the same text in the same run,
  one run of each in turn, best of 21 each, and their ratio;
* growth: the time of find_quantities and parse_quantity on texts of 100 k to
  4 M characters, normal (the files, repeated) and built to trip the reader
  up, with the log-log slope of time against size (1 is linear, 2 quadratic).

``--quick`` stops the growth at 1 M characters.

Times are the CPU time of this process (``time.process_time``): on a shared
machine the wall clock also counts the time other jobs hold the cores, and
that falls unevenly on a 4 ms and a 50 ms measurement.
"""

from __future__ import annotations

import math
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pledgetrack.errors import QuantityError
from pledgetrack.quantity import find_quantities, parse_quantity

ROUNDS = 7
SIZES = (100_000, 400_000, 1_000_000, 4_000_000)
_FLOOR = re.compile(r"\d+")


def _files(arguments: list[str]) -> list[Path]:
    if not arguments:
        return sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        found += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return found


def _best(work: Callable[[], object], rounds: int) -> float:
    best = math.inf
    for _ in range(rounds):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _floor(text: str) -> int:
    return sum(1 for _ in _FLOOR.finditer(text))


def _parse(text: str) -> None:
    try:
        parse_quantity(text)
    except QuantityError:
        pass


def _repeat(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _random_cjk(size: int) -> str:
    rnd = random.Random(size)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 400)] + list("0123456789０１２.,%-+ 　万亿千百十一二三")
    return "".join(rnd.choices(alphabet, k=size))


# Each builds a text of about ``size`` characters.
GENERATORS: dict[str, Callable[[str, int], str]] = {
    "normal text (the files repeated)": lambda normal, size: _repeat(normal, size),
    "digits grouped with spaces: 3 000 000 …": lambda normal, size: _repeat("3" + " 000" * 999 + "元，", size),
    "digits grouped with commas: 3,000,000 …": lambda normal, size: _repeat("3" + ",000" * 999 + "元，", size),
    "one long space-grouped number": lambda normal, size: "3" + " 000" * (size // 4),
    "runs of 万亿千百": lambda normal, size: _repeat("万亿千百", size),
    "runs of numerals: 一万亿千百十": lambda normal, size: _repeat("一万亿千百十二", size),
    "numerals with 点: 一点一点…": lambda normal, size: _repeat("一点", size),
    "digits with 点 and 负: 为负一点二五": lambda normal, size: _repeat("为负一点二五个", size),
    "qualifier words: 不少于超过约左右以上": lambda normal, size: _repeat("不少于超过约近左右以上", size),
    "qualifier words around figures": lambda normal, size: _repeat("超过约3以上亿元左右不少于5万余个以内", size),
    "ranges: 1-2-3-4-5-": lambda normal, size: _repeat("1-2-3-4-5-", size),
    "ranges with units: 1—2个": lambda normal, size: _repeat("1—2个", size),
    "random CJK and digits": lambda normal, size: _random_cjk(size),
}


def _slope(sizes: list[int], seconds: list[float]) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
            / sum((x - mean_x) ** 2 for x in xs))


def throughput(text: str) -> None:
    floor, reader = math.inf, math.inf
    for _ in range(3 * ROUNDS):  # run by run in turn, so that both see the same load on the machine
        floor = min(floor, _best(lambda: _floor(text), 1))
        reader = min(reader, _best(lambda: find_quantities(text), 1))
    print(f"\nthroughput over {len(text):,} characters (best of {3 * ROUNDS} runs each):")
    print(f"  re.finditer(r'\\d+')  {len(text) / floor:>14,.0f} characters per second")
    print(f"  find_quantities      {len(text) / reader:>14,.0f} characters per second")
    print(f"  ratio                {reader / floor:>14.1f} times the floor")


def growth(normal: str, sizes: tuple[int, ...]) -> None:
    print(f"\ngrowth of time with size ({', '.join(f'{s:,}' for s in sizes)} characters); slope 1 is linear:")
    print(f"  {'text':44} {'find_quantities':>16} {'parse_quantity':>15}   {'seconds at the largest':>22}")
    for name, build in GENERATORS.items():
        found: list[float] = []
        parsed: list[float] = []
        for size in sizes:
            text = build(normal, size)
            rounds = 3 if size <= 400_000 else 1
            found.append(_best(lambda: find_quantities(text), rounds))
            parsed.append(_best(lambda: _parse(text), rounds))
        print(f"  {name:44} {_slope(list(sizes), found):>16.2f} {_slope(list(sizes), parsed):>15.2f}"
              f"   {found[-1]:>10.2f} {parsed[-1]:>10.2f}")


def main(arguments: list[str]) -> int:
    quick = "--quick" in arguments
    files = _files([a for a in arguments if a != "--quick"])
    if not files:
        print("no .txt files to read", file=sys.stderr)
        return 1
    texts = [path.read_text(encoding="utf-8") for path in files]
    for path, text in zip(files, texts):
        print(f"{path.name}: {len(text)} characters, {len(find_quantities(text))} quantities")
    normal = "\n".join(texts)
    throughput(normal)
    growth(normal, tuple(s for s in SIZES if s <= 1_000_000) if quick else SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
