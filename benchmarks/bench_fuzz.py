"""A long fuzz campaign: mutated rule files, vocabularies and manifests, the hostile files of issue 13, random texts,
and the inputs of issue 21: broken baselines, project files and whole command lines (benchmarks/fuzz_inputs.py).

Usage: python benchmarks/bench_fuzz.py [--cases 100000] [--texts 100000] [--baselines 3000] [--projects 3000]
       [--commands 4000] [--minutes M] [--seed 1] [--keep DIR]

Every case must end in a result or a PledgetrackError; anything else is a crash, printed
with the place it was raised and kept in DIR (by default a temporary folder) to be
minimised into tests/fixtures/hostile/. Then: the slowest cases, each hostile file with
its time and message, and how time grows with size (the slope of log time against log size:
1 is linear, 2 quadratic).
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from pledgetrack.corpus import bundled_corpus, load_corpus
from pledgetrack.corpus.decode import decode_bytes
from pledgetrack.corpus.layout import lay_out
from pledgetrack.errors import PledgetrackError
from pledgetrack.rules import Pledge, build_rules, load_rules
from pledgetrack.rules.vocabulary import DEFAULT_FILE, read_vocabulary
from pledgetrack.selection import SelectionError, keyword_matcher
from pledgetrack.yamldata import load_yaml, load_yaml_text
from pledgetrack.yamltext import MAX_BYTES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from mutations import mutate, random_text, rule_seeds  # noqa: E402
import fuzz_inputs  # noqa: E402  (beside this file)

MiB = 1024 * 1024


class Campaign:
    """Runs cases, timing each and keeping the first example of each kind of crash."""

    def __init__(self, keep: Path):
        self.keep = keep
        self.crashes: Counter = Counter()
        self.times: list[tuple[float, str]] = []

    def run(self, label: str, case, data: bytes | str = b"") -> tuple[float, str]:
        started = time.perf_counter()
        try:
            case()
            outcome = "read"
        except (PledgetrackError, SelectionError) as exc:
            outcome = str(exc).split("\n")[0]
        except Exception as exc:  # noqa: BLE001 - a crash is what the campaign looks for
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            kind = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if not self.crashes[kind]:
                sample = self.keep / f"crash-{len(self.crashes)}.bin"
                sample.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
                print(f"  CRASH {kind}: {str(exc)[:120]} (kept in {sample})")
            self.crashes[kind] += 1
            outcome = "CRASH " + kind
        elapsed = time.perf_counter() - started
        self.times.append((elapsed, label))
        return elapsed, outcome


def mutated_files(campaign: Campaign, cases: int, rng: random.Random, work: Path, seconds: float) -> int:
    corpus = load_corpus()
    seeds = [path.read_bytes() for path in rule_seeds()]
    vocabulary = DEFAULT_FILE.read_bytes()
    folder = work / "corpus"
    shutil.copytree(bundled_corpus(), folder)
    manifest = (folder / "manifest.yaml").read_bytes()
    rule_file, vocab_file = work / "rules.yaml", work / "vocabulary.yaml"
    started = time.perf_counter()
    for n in range(cases):
        if time.perf_counter() - started > seconds:
            print(f"  stopped after {n:,} files: the time given is up")
            return n
        which = rng.random()
        if which < 0.7:
            data = mutate(rng.choice(seeds), rng)
            rule_file.write_bytes(data)
            campaign.run(f"rule file #{n} ({len(data):,} bytes)", lambda: load_rules(rule_file, corpus), data)
        elif which < 0.8:
            data = mutate(vocabulary, rng)
            vocab_file.write_bytes(data)
            campaign.run(f"vocabulary #{n}", lambda: read_vocabulary(vocab_file), data)
        else:
            data = mutate(manifest, rng)
            (folder / "manifest.yaml").write_bytes(data)
            campaign.run(f"manifest #{n}", lambda: load_corpus(folder), data)
        if (n + 1) % 1000 == 0:
            slowest = max(campaign.times)
            print(f"  {n + 1:,} files, {time.perf_counter() - started:.0f} s, crashes: {sum(campaign.crashes.values())}, "
                  f"over 1 s: {sum(t > 1 for t, _ in campaign.times)}, slowest: {slowest[1]} {slowest[0]:.2f} s",
                  flush=True)
    return cases


def random_texts(campaign: Campaign, count: int, rng: random.Random) -> None:
    for n in range(count):
        text = random_text(rng, rng.randrange(0, 400))

        def case(text=text):
            try:
                load_yaml_text(text, "random.yaml")
            except PledgetrackError:
                pass
            raw = text.encode("utf-8", "surrogatepass")
            lay_out(decode_bytes(raw, "random.txt")[0])
        campaign.run(f"random text #{n}", case, text)


def hostile_files(campaign: Campaign, work: Path) -> None:
    """The hostile inputs listed in issue 13, each timed with the message it gets."""
    corpus = load_corpus()
    folders = itertools.count()

    def rules(text: str | bytes):
        path = work / f"hostile-{next(folders)}.yaml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        return lambda: load_rules(path, corpus)

    def manifest(name: str, extra: str = ""):
        folder = work / f"m{next(folders)}" / "corpus"
        shutil.copytree(bundled_corpus(), folder)
        (folder.parent / "secret.txt").write_text("一、2017年执行情况\n二、2018年工作安排\n", encoding="utf-8")
        if name == "link.txt":
            os.symlink(folder.parent / "secret.txt", folder / name)
        text = (folder / "manifest.yaml").read_text(encoding="utf-8")
        first = re.search(r"file: .*", text)
        (folder / "manifest.yaml").write_text(text[:first.start()] + f"file: {name}{extra}" + text[first.end():],
                                              encoding="utf-8")
        return lambda: load_corpus(folder)

    def report(line: str, size: int):
        folder = big_report(work / f"r{next(folders)}", line, size)
        return lambda: load_corpus(folder).documents[0].sentences()

    stray = [Pledge(id=f"p{i}", year=2023, quote=f"建成并不存在的{chr(0x4E00 + i)}字口袋公园和绿道体系" * 3,
                    evidence=["公园"], kind="milestone") for i in range(70)]
    cases = [
        ("a single \\x0b", rules("pledges:\n  - id: a\x0b\n")),
        ("200,000 top-level keys (2 MiB)", rules("".join(f"k{i}: v\n" for i in range(200_000)))),
        ("keys up to the size limit", rules("".join(f"k{i}: v\n" for i in range(MAX_BYTES // 10)))),
        ("20,000 duplicate keys", rules("a: 1\n" * 20_000)),
        ("400,000 duplicate keys", rules("a: 1\n" * 400_000)),
        ("200,000 aliases", rules("a: &a [x]\n" + "".join(f"b{i}: *a\n" for i in range(200_000)))),
        ("100,000 nested flow sequences", rules("pledges: " + "[" * 100_000 + "]" * 100_000)),
        ("990 nested flow sequences", rules("pledges: " + "[" * 990 + "]" * 990)),
        ("100,000 tags", rules("pledges: [" + ", ".join(["!x 1"] * 100_000) + "]")),
        ("500,000 list items", rules("- x\n" * 500_000)),
        ("a plain scalar up to the size limit", rules("note: " + "a" * (MAX_BYTES - 10))),
        ('"\\U00110000" in a note', rules('pledges:\n  - id: a\n    note: "\\U00110000"\n')),
        ("a lone surrogate in a note", rules('pledges:\n  - id: a\n    note: "\\ud800"\n')),
        ("value: 1e999999999", rules("pledges:\n  - id: a\n    target: {value: 1e999999999}\n")),
        ("value: 1e100000000", rules("pledges:\n  - id: a\n    target: {value: 1e100000000}\n")),
        ("a rule path of /dev/zero", lambda: load_rules("/dev/zero", corpus)),
        ("file: ../../outside/secret.txt", manifest("../secret.txt")),
        ("file: ../../../../etc/passwd", manifest("../../../../etc/passwd")),
        ("file: a symlink pointing out", manifest("link.txt")),
        ("file: a 300-character name", manifest("x" * 300)),
        ("encoding: rot13", manifest("000_28089b04ea009273.txt", "\n    encoding: rot13")),
        ("-k nested 100,000 deep", lambda: keyword_matcher("(" * 100_000 + "a" + ")" * 100_000)),
        ("70 quotes not found", lambda: build_rules(stray, corpus)),
        ("a 250 kB report of short lines", report("短句子\n", 250_000)),
        ("a 1 MB report of short lines", report("短句子\n", MiB)),
        ("a 1 MB report of one long paragraph", report("没有句号的很长段落，\n", MiB)),
    ]
    for label, case in cases:
        elapsed, outcome = campaign.run(label, case)
        print(f"  {elapsed:7.3f} s  {label}: {outcome[:110]}")


def big_report(folder: Path, line: str, size: int) -> Path:
    """A corpus folder of one report of ``size`` bytes of ``line`` again and again, half in its review
    part, half in its plan (also used by benchmarks/bench_reading.py)."""
    folder.mkdir()
    half = line * (size // 2 // len(line.encode()))
    (folder / "big.txt").write_text("一、2017年执行情况\n" + half + "二、2018年工作安排\n" + half, encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "reports:\n  - {id: big, file: big.txt, region: r, body: b, title: t, delivered: 2018-02-08, "
        "reviews: 2017, plans: 2018}\n", encoding="utf-8")
    return folder


def growth(work: Path) -> None:
    """Time against size for the shapes that were quadratic: for YAML the longest time to read or refuse
    a file of any size up to the limit, for reports the slope of log time on log size."""
    def yaml_case(make):
        return lambda size: _quiet(lambda: load_yaml_text(make(size), "g.yaml"))

    def layout_case(line: str):
        return lambda size: lay_out(line * (size // len(line.encode())))

    shapes = [
        ("YAML keys", yaml_case(lambda size: "".join(f"k{i}: v\n" for i in range(size // 10))), 2**12, MAX_BYTES),
        ("YAML plain scalar", yaml_case(lambda size: "note: " + "a" * (size - 16)), 2**12, MAX_BYTES),
        ("YAML duplicate keys", yaml_case(lambda size: "a: 1\n" * (size // 5)), 2**12, MAX_BYTES),
        ("YAML flow list", yaml_case(lambda size: "a: [" + "1, " * (size // 3 - 2) + "1]"), 2**12, MAX_BYTES),
        ("report, short lines", layout_case("短句子\n"), 2**16, 2 * MiB),
        ("report, one paragraph", layout_case("没有句号的很长段落，\n"), 2**16, 2 * MiB),
    ]
    largest_rules = max(rule_seeds(), key=lambda path: path.stat().st_size)
    reference = min(_timed(lambda: load_yaml(largest_rules)) for _ in range(3))
    print(f"  reference: reading {largest_rules.name} ({largest_rules.stat().st_size // 1024} kB, the largest bundled "
          f"rule file) takes {reference * 1000:.0f} ms")
    for name, case, smallest, largest in shapes:
        points = []
        size = smallest
        while size <= largest:
            started = time.perf_counter()
            case(size)
            points.append((size, time.perf_counter() - started))
            size *= 2
        shown = ", ".join(f"{s // 1024} kB {t * 1000:.0f} ms" for s, t in points)
        longest = max(t for _, t in points)
        verdict = f"longest {longest * 1000:.0f} ms ({longest / reference:.1f} × the reference)" \
            if name.startswith("YAML") else f"slope {_slope(points):.2f}"
        print(f"  {name}: {shown}; {verdict}")


def _timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _quiet(load) -> None:
    try:
        load()
    except PledgetrackError:
        pass


def _slope(points: list[tuple[int, float]]) -> float:
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000, help="mutated rule files, vocabularies and manifests")
    parser.add_argument("--texts", type=int, default=100_000, help="random texts")
    parser.add_argument("--baselines", type=int, default=3000, help="broken --baseline files")
    parser.add_argument("--projects", type=int, default=3000, help="broken project files")
    parser.add_argument("--commands", type=int, default=4000, help="random command lines")
    parser.add_argument("--minutes", type=float, default=math.inf, help="stop the mutated files after this long")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="where crashing inputs are kept")
    args = parser.parse_args(arguments)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        keep = args.keep or work
        keep.mkdir(parents=True, exist_ok=True)
        campaign = Campaign(keep)
        print("hostile files of issue 13 (time, then the first line of the message):")
        hostile_files(campaign, work)
        print("growth with size:")
        growth(work)
        campaign.times.clear()
        print(f"{args.cases:,} mutated rule files, vocabularies and manifests:")
        mutated_files(campaign, args.cases, rng, work, args.minutes * 60)
        files = sorted(campaign.times, reverse=True)
        campaign.times.clear()
        print(f"{args.texts:,} random texts:")
        random_texts(campaign, args.texts, rng)
        texts = sorted(campaign.times, reverse=True)
        inputs = []
        for name, run, count in (("baselines", fuzz_inputs.baselines, args.baselines),
                                 ("project files", fuzz_inputs.project_files, args.projects),
                                 ("command lines", fuzz_inputs.command_lines, args.commands)):
            campaign.times.clear()
            print(f"{count:,} {name}:", flush=True)
            run(campaign, count, rng, work)
            inputs.append((name, sorted(campaign.times, reverse=True)))
        for name, found in (("mutated files", files), ("random texts", texts), *inputs):
            if found:
                mean = sum(t for t, _ in found) / len(found)
                print(f"{name}: {len(found):,} cases, mean {mean * 1000:.1f} ms, over 1 s: "
                      f"{sum(t > 1 for t, _ in found)}; slowest: "
                      + "; ".join(f"{label} {t:.2f} s" for t, label in found[:5]))
        print(f"crashes: {sum(campaign.crashes.values())}"
              + "".join(f"\n  {n} × {kind}" for kind, n in campaign.crashes.most_common()))
        if args.keep is None and campaign.crashes:
            print("(rerun with --keep DIR to keep the crashing inputs)")
    return 1 if campaign.crashes else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
