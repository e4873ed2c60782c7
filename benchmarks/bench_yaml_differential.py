"""libyaml (ruamel.yaml.clib) against ruamel's pure parser: a differential campaign, and their speed.

Usage: python benchmarks/bench_yaml_differential.py [--cases 3000] [--texts 20000] [--seed 1]

Mutated YAML files of the repository (the bundled rule book, the rule fixtures, the
manifest, the vocabulary, the test corpora's files; tests/mutations.py) and generated
YAML text are read by ``load_yaml_text`` both ways; any difference in the document,
its positions or the problems is printed and counted (there must be none). Beside it,
libyaml left to itself: how often its nodes (tags, values, positions, anchors) or its
accepting the text differ from the pure parser's, the cases ``yamlparse`` re-reads with
the pure parser, and how many files libyaml composes in the end.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from pledgetrack.yamlparse import HAS_LIBYAML, _compose, compose

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from mutations import ROOT, mutate, rule_seeds, yaml_reading, yaml_soup  # noqa: E402


def libyaml_alone(text: str) -> str:
    """How libyaml's own nodes compare with the pure parser's: same, refused by one or both, or read otherwise."""
    trees = []
    for pure in (True, False):
        try:
            trees.append(_tree(_compose(text, pure=pure)))
        except Exception:  # noqa: BLE001 - a refusal, in whichever words
            trees.append(None)
    if trees[0] is None:
        return "both refuse" if trees[1] is None else "only libyaml reads it"
    if trees[1] is None:
        return "only the pure parser reads it"
    return "same nodes" if trees[0] == trees[1] else "read otherwise"


def _tree(node: Node | None):
    if node is None:
        return None
    if isinstance(node, MappingNode):
        value = [(_tree(key), _tree(item)) for key, item in node.value]
    elif isinstance(node, SequenceNode):
        value = [_tree(item) for item in node.value]
    else:
        value = node.value
    return type(node).__name__, node.tag, value, node.start_mark.line, node.start_mark.column, \
        getattr(node, "anchor", None)


def by_libyaml(text: str) -> bool:
    """True when ``compose`` kept libyaml's nodes (its marks are its own type), False when it re-read with pure."""
    try:
        root = compose(text)
    except Exception:  # noqa: BLE001 - refused: the pure parser's words
        return False
    return root is not None and type(root.start_mark).__module__.startswith("ruamel.yaml.clib")


def campaign(label: str, texts, show: int = 5) -> int:
    """Reads every text both ways, prints the counts, returns the number of differences."""
    started = time.perf_counter()
    alone, kept, outcomes, differences = Counter(), Counter(), Counter(), []
    for text in texts:
        pure, fast = yaml_reading(text, pure=True), yaml_reading(text, pure=False)
        outcomes["refused" if pure.startswith("(Problem") else "read"] += 1
        alone[libyaml_alone(text)] += 1
        kept["composed by libyaml" if by_libyaml(text) else "left to the pure parser"] += 1
        if pure != fast:
            differences.append((text, pure, fast))
    total = sum(outcomes.values())
    print(f"{label}: {total:,} cases ({_shares(outcomes, total)}) in {time.perf_counter() - started:.0f} s")
    print(f"  libyaml alone against the pure parser: {_shares(alone, total)}")
    print(f"  yamlparse.compose: {_shares(kept, total)}")
    print(f"  load_yaml_text differing from the pure reading: {len(differences)}")
    for text, pure, fast in differences[:show]:
        print(f"    {text[:200]!r}\n      pure:    {pure[:300]}\n      libyaml: {fast[:300]}")
    return len(differences)


def _shares(counter: Counter, total: int) -> str:
    return ", ".join(f"{kind} {n:,} ({n / total:.1%})" for kind, n in counter.most_common())


def speed(repeat: int) -> None:
    for path in sorted(ROOT.glob("rules/**/*.yaml"), key=lambda path: -path.stat().st_size)[:1]:
        text = path.read_text(encoding="utf-8")
        times = {pure: min(_timed(lambda: compose(text, pure=pure)) for _ in range(repeat)) for pure in (True, False)}
        print(f"composing {path.name} ({len(text):,} characters), best of {repeat}: pure {times[True] * 1000:.0f} ms, "
              f"libyaml {times[False] * 1000:.0f} ms, {times[True] / times[False]:.1f} times faster")


def _timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=3000, help="mutated YAML files")
    parser.add_argument("--texts", type=int, default=20000, help="generated YAML texts")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(arguments)
    if not HAS_LIBYAML:
        print("ruamel.yaml.clib is not installed: nothing to compare")
        return 1
    speed(5)
    rng = random.Random(args.seed)
    seeds = [path.read_bytes() for path in {*rule_seeds(), ROOT / "seeds" / "manifest.yaml",
                                            *ROOT.glob("src/**/*.yaml"), *ROOT.glob("tests/corpora/**/*.yaml")}]
    seeds.sort()
    differences = campaign("mutated YAML files", (mutate(rng.choice(seeds), rng).decode("utf-8-sig", "replace")
                                                  for _ in range(args.cases)))
    differences += campaign("generated YAML texts", (yaml_soup(rng, rng.randrange(1, 40)) for _ in range(args.texts)))
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
