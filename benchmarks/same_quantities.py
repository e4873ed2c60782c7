"""Whether the quantity reader of this checkout reads exactly what an earlier commit's did.

Usage: python benchmarks/same_quantities.py [REF]   (REF defaults to main)

A change made for speed must not change a single result. This runs
find_quantities and parse_quantity (every field of every Quantity, or the
error's message) over the same inputs with ``src/`` of this checkout and with
``src/`` of REF (extracted with ``git archive``), and prints the first
inputs whose results differ. The inputs:

* every report in seeds/ and tests/corpora/**, whole and line by line;
* every string literal in the quantity tests;
* the texts benchmarks/bench_quantities.py builds to trip the reader up;
* short snippets from a fixed random draw of digits, numerals, units,
  qualifier, trend and range words, signs, spaces and quotation marks;
* windows of the reports around every digit and numeral.

Exit status 0 when everything is the same, 1 otherwise.
"""

from __future__ import annotations

import ast
import hashlib
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_FILES = ("test_quantity.py", "test_quantity_adversarial.py", "test_quantity_numerals.py",
              "test_quantity_properties.py", "test_grading.py", "test_report_numbers.py")
SNIPPETS = 60_000
_PIECES = (
    list("0123456789０１２.,，%％‰-—–~～+/ 　\t\n") + list("〇零一二两三四五六七八九十百千万亿廿拾佰仟点负几数第前")
    + ["个", "家", "场", "人次", "元", "亿元", "万人", "平方米", "公里", "km", "m", "个百分点", "百分点", "倍",
       "个月", "个多月", "成", "成为", "分之", "年", "号", "强", "类", "批", "项目", "分钟", "圈", "岁", "周岁",
       "余", "多", "以上", "以下", "左右", "上下", "上下游", "以内", "不少于", "超", "超过", "约", "近", "最近",
       "签约", "控制在", "上", "过", "破", "逾", "增长", "增长了", "下降", "新增", "增幅达", "分别增长", "、", "和",
       "（下同）", "“", "”", "《", "》", "<sup>", "</sup>", "_{", "^{", "}", "G", "PM", "双", "统", "至", "到",
       "为", "是", "一户一档", "百分之", "千分之", "元/月", "/", "万亿", "#", "*"]
)


def _inputs() -> list[str]:
    texts: list[str] = []
    reports = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpora").rglob("*.txt"))
    seeds = []
    for path in reports:
        report = path.read_text(encoding="utf-8")
        if path.parent == ROOT / "seeds":
            seeds.append(report)
        texts.append(report)
        texts += report.splitlines()
        texts += _windows(report)
    for name in TEST_FILES:
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        texts += [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_quantities import GENERATORS
    normal = "\n".join(seeds)
    texts += [build(normal, 3000) for build in GENERATORS.values()]
    rnd = random.Random(20261127)
    texts += ["".join(rnd.choices(_PIECES, k=rnd.randint(1, 12))) for _ in range(SNIPPETS)]
    return texts


def _windows(report: str) -> list[str]:
    rnd = random.Random(len(report))
    starts = [i for i, ch in enumerate(report) if ch.isdigit() or ch in "一二三四五六七八九十百千万亿两零"]
    return [report[max(0, i - rnd.randint(0, 6)): i + rnd.randint(1, 14)] for i in starts[::3]]


def dump() -> None:
    """One line per input: every field of every quantity found, and what parse_quantity says."""
    from pledgetrack.errors import QuantityError
    from pledgetrack.quantity import find_quantities, parse_quantity

    def fields(q: object) -> str:
        return repr((type(q.value).__name__, repr(q.value), q.unit, q.qualifier, q.text, q.span,  # type: ignore[attr-defined]
                     type(q.high).__name__, repr(q.high), q.trend))  # type: ignore[attr-defined]

    out = sys.stdout
    for text in _inputs():
        try:
            parsed = fields(parse_quantity(text))
        except QuantityError as error:
            parsed = f"QuantityError({error})"
        found = ";".join(fields(q) for q in find_quantities(text))
        out.write(f"{text!r}\t{found}\t{parsed}\n")


def _run(src: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(src))
    # imported as the --dump child imports it: by PYTHONPATH alone
    code = "import sys, pledgetrack; print(pledgetrack.__file__, file=sys.stderr)"
    where = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    if not where.stderr.startswith(str(src)):
        raise SystemExit(f"pledgetrack was imported from {where.stderr.strip()}, not from {src}")
    done = subprocess.run([sys.executable, __file__, "--dump"], env=env, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def main(arguments: list[str]) -> int:
    if arguments == ["--dump"]:
        dump()
        return 0
    ref = arguments[0] if arguments else "main"
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "src.tar"
        with archive.open("wb") as sink:
            subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], stdout=sink, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        before = _run(Path(folder) / "src")
    after = _run(ROOT / "src")
    digest = {name: hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
              for name, lines in (("before", before), ("after", after))}
    print(f"{len(after):,} inputs; {ref}: {digest['before']}, this checkout: {digest['after']}")
    differing = [(b, a) for b, a in zip(before, after) if b != a]
    for b, a in differing[:10]:
        print(f"- {b}\n+ {a}")
    if differing or len(before) != len(after):
        print(f"{len(differing)} inputs read differently")
        return 1
    print("the same")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
