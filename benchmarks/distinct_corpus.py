"""Corpora of N governments whose report texts are all distinct: variants of the project's real reports.

Run: python benchmarks/distinct_corpus.py --reports 570 --output /tmp/distinct [--keep-order]

Only about fifty real reports are in the project (``tests/corpora/*`` and ``seeds/``) and no more may be
fetched, so a corpus of several hundred distinct reports is made from them. How the texts are made:

* The sources are the real *plan/review pairs*: a report that plans year Y and the report(s) of the same
  government that review Y (天津市 2025 and 2026, 苏州市 2013 and 2014, 2014 and 2015, 越秀区's 2023 DRC
  report and both of its 2024 reports, ...), found from the manifests of ``seeds/`` and of each folder of
  ``tests/corpora/``. Government ``i`` is made from pair ``i mod P`` (the P pairs cycled, in a fixed order),
  and is its ``k``-th variant, ``k = i // P``.
* **Every figure is changed.** Each Arabic number (ASCII or full-width, with its decimals and
  thousands commas) gets a new value: ``k + 1`` steps added or taken away (the side drawn by a
  ``random.Random`` seeded with ``i``; a step is 1 for numbers under 100, else one unit of the second
  digit, or one unit of the last decimal), written in as many decimals and in the same width of
  characters. For one source number the ``k``-th variants differ from each other and from the
  real report, so a sentence holding a changed number is never the same in two governments. Kept
  as they are: years (1949–2099), dates (``3月``, ``15日``), ordinals (``第3``), list marks at a
  line's start (``1.``, ``（2）``) and numbers touching Latin letters (``5G``, ``PM2.5``), so that
  the parts, their years and the headings read as in the real report.
* **Names are changed.** Each level of the source's region (``江苏省``, ``苏州市``; 国务院's
  ``中华人民共和国``) gets a made-up name of the same level (``安宁省``, ``华阳市``; ``...国``), the
  lowest level unique to government ``i``; the full and short names (``苏州市``, ``苏州``) are
  replaced in the text, the body and the title, in one pass (no name replaces a replacement).
* **Sentences are re-ordered** (unless ``--keep-order``): in a line of three sentences or more, all
  but the first (which often names the paragraph's topic) are shuffled, seeded with ``i``.
* Each government is a folder ``gNNNNN/`` holding its manifest (the keys of ``seeds/manifest.yaml``,
  docs/corpus.md; ids ``gNNNNN-<source id>``) and its reports in UTF-8, each line ending as in the source.

The texts are therefore variants of real reports, not new reports: the wording, the structure, the
parts and the share of sentences holding a figure are the real ones; the figures and names are not,
and sentences without a changed figure or name are the same in every variant of one source (the
script counts them: distinct sentences against all sentences, and among those holding a digit).
A benchmark helper, not a test.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "corpora").iterdir() if p.is_dir())]

# Characters of made-up names: none is a numeral, a unit, a qualifier or a sentence mark.
SYLLABLES = "安宁平和兴华东泰康丰昌盛永清江河林阳云湖嘉定福祥远庆顺广德明光瑞金青乐春阜襄沂松柏"
LEVELS = ("自治区", "自治州", "省", "市", "区", "县", "盟", "旗")
_LEVEL = re.compile("(.+?(?:" + "|".join(LEVELS) + "))")
_NUMBER = re.compile(r"[0-9０-９]+(?:[,][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]+[”」』）)]*|[^。！？；!?;]+$")
_UNITS = "亿万千百余多个元吨人家户座条所项名次辆台套间场%％"
_WIDE = str.maketrans("０１２３４５６７８９．", "0123456789.")
_NARROW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def pairs() -> list[list[dict]]:
    """The real plan/review pairs: for each report planning a year, it and the reports of its government
    reviewing that year (manifest entries as dicts, ``path`` added), in a fixed order.

    >>> found = pairs()
    >>> len(found) >= 20, all(len(p) >= 2 for p in found)
    (True, True)
    >>> [(e["region"], e["plans"], e["reviews"]) for e in found[0]]
    [('广东省广州市越秀区', 2023, 2022), ('广东省广州市越秀区', 2024, 2023), ('广东省广州市越秀区', 2024, 2023)]
    """
    from pledgetrack.corpus.manifest import read_manifest

    found = []
    for folder in SOURCES:
        entries = read_manifest(folder / "manifest.yaml")
        for plan in entries:
            reviews = [e for e in entries if e.region == plan.region and e.reviews == plan.plans]
            if plan.plans is not None and reviews:
                found.append([_as_dict(e) for e in [plan, *reviews]])
    return found


def _as_dict(entry) -> dict:
    return {"id": entry.id, "file": entry.file, "path": entry.path, "region": entry.region, "body": entry.body,
            "title": entry.title, "delivered": entry.delivered.isoformat(), "reviews": entry.reviews,
            "plans": entry.plans, "encoding": entry.encoding or "utf-8"}


def made_up_name(number: int, digits: int = 2) -> str:
    """A name of at least ``digits`` characters, one for each ``number`` (base-``len(SYLLABLES)`` digits).

    >>> made_up_name(0), made_up_name(1), made_up_name(len(SYLLABLES))
    ('安安', '安宁', '宁安')
    """
    base, name = len(SYLLABLES), ""
    while number or len(name) < digits:
        number, digit = divmod(number, base)
        name = SYLLABLES[digit] + name
    return name


def names_for(region: str, i: int) -> dict[str, str]:
    """The name replacing each full and short name of ``region``'s levels, for government ``i``.

    >>> names_for("江苏省苏州市", 41)
    {'江苏省': '林襄省', '江苏': '林襄', '苏州市': '宁安市', '苏州': '宁安'}
    >>> names_for("中华人民共和国", 3)
    {'中华人民共和国': '安和国'}
    """
    levels = _LEVEL.findall(region)
    if "".join(levels) != region:  # 中华人民共和国: one level, a country
        return {region: made_up_name(i) + "国"}
    names: dict[str, str] = {}
    for depth, level in enumerate(levels):
        suffix = next(s for s in LEVELS if level.endswith(s))
        # the lowest level is unique to the government; those above it are shared by a few
        made = made_up_name(i) if depth == len(levels) - 1 else made_up_name((i * 7 + depth * 13) % 97 + 600)
        names[level] = made + suffix
        short = level[: -len(suffix)]
        if len(short) >= 2:
            names[short] = made
    return names


def renamed(text: str, names: dict[str, str]) -> str:
    """``text`` with every name replaced at once, longest first, so that no replacement is replaced again.

    >>> renamed("苏州市和苏州", {"苏州市": "宁宁市", "苏州": "宁宁"})
    '宁宁市和宁宁'
    """
    if not names:
        return text
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return pattern.sub(lambda m: names[m.group()], text)


def changed_figures(line: str, variant: int, rng: random.Random) -> str:
    """``line`` with every figure but years, dates, ordinals and list marks moved ``variant + 1`` steps.

    >>> changed_figures("新增5个，增长6.5%，2025年3月，5G基站1,200座，１９５８亿美元", 0, random.Random(1))
    '新增4个，增长6.6%，2025年3月，5G基站1,300座，１８５８亿美元'
    """
    def change(match: re.Match) -> str:
        written = match.group()
        start, end = match.span()
        before, after = line[start - 1: start], line[end: end + 1]
        plain = written.translate(_WIDE).replace(",", "")
        if _kept(plain, before, after, line[:start].strip()):
            return written
        value = Decimal(plain)
        decimals = -value.as_tuple().exponent if "." in plain else 0
        if decimals:
            step = Decimal(1).scaleb(-decimals)
        else:
            step = Decimal(1) if value < 100 else Decimal(10) ** (len(plain) - 2)
        moved = value - step * (variant + 1) if rng.random() < 0.5 else value + step * (variant + 1)
        if moved <= 0:
            moved = value + step * (variant + 1)
        text = f"{moved:.{decimals}f}"
        if "," in written:
            whole, _, fraction = text.partition(".")
            text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
        return text.translate(_NARROW) if written != written.translate(_WIDE) else text

    return _NUMBER.sub(change, line)


def _kept(plain: str, before: str, after: str, ahead: str) -> bool:
    if "." not in plain and len(plain) == 4 and 1949 <= int(plain) <= 2099 and not (after and after in _UNITS):
        return True  # a year (not 1958亿美元): the parts and their years must read as in the real report
    if after and after in "月日号时" or before == "第":
        return True
    if re.match(r"[A-Za-zＡ-Ｚａ-ｚ]", before or " ") or re.match(r"[A-Za-zＡ-Ｚａ-ｚ]", after or " "):
        return True  # 5G, PM2.5, G20
    if not ahead and after and after in ".．、)）":
        return True  # a list mark at the line's start
    return bool(before and before in "（(" and after and after in "）)")


def reordered(line: str, rng: random.Random) -> str:
    """``line``'s sentences after the first shuffled, when it has three or more.

    >>> reordered("甲。乙。丙。丁。\\n", random.Random(0))
    '甲。乙。丁。丙。\\n'
    """
    body = line.rstrip("\r\n")
    ending = line[len(body):]
    sentences = _SENTENCE.findall(body)
    if len(sentences) < 3 or "".join(sentences) != body:
        return line
    rest = sentences[1:]
    rng.shuffle(rest)
    return sentences[0] + "".join(rest) + ending


def variant_text(text: str, names: dict[str, str], variant: int, rng: random.Random, order: bool = True) -> str:
    """One report's text made over for a government: names, figures and (with ``order``) sentence order."""
    lines = []
    for line in text.splitlines(keepends=True):
        line = changed_figures(renamed(line, names), variant, rng)
        lines.append(reordered(line, rng) if order else line)
    return "".join(lines)


def build(folder: Path, reports: int, order: bool = True) -> tuple[Path, int]:
    """Write governments under ``folder`` until they hold at least ``reports`` reports; return the
    corpus folder and the number of governments."""
    sources = pairs()
    texts = {e["id"]: e["path"].read_bytes().decode(e["encoding"]) for pair in sources for e in pair}
    written = i = 0
    while written < reports:
        pair = sources[i % len(sources)]
        names = names_for(pair[0]["region"], i)
        rng = random.Random(i)
        home = folder / f"g{i:05d}"
        home.mkdir(parents=True)
        lines = ["# A variant of real reports made by benchmarks/distinct_corpus.py: figures and names changed.",
                 "reports:"]
        for entry in pair:
            file = home / entry["file"]
            file.write_bytes(variant_text(texts[entry["id"]], names, i // len(sources), rng, order).encode("utf-8"))
            lines += [f"  - id: g{i:05d}-{entry['id']}", f"    file: {entry['file']}",
                      f"    region: {renamed(entry['region'], names)}", f"    body: {renamed(entry['body'], names)}",
                      f"    title: {renamed(entry['title'], names)}", f"    delivered: {entry['delivered']}",
                      f"    reviews: {entry['reviews']}", f"    plans: {entry['plans']}"]
        (home / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        written += len(pair)
        i += 1
    return folder, i


def sentences(folder: Path) -> Iterator[str]:
    """Every sentence of every report under ``folder`` (split at 。！？； and line ends)."""
    for file in sorted(folder.rglob("*.txt")):
        for line in file.read_text(encoding="utf-8").splitlines():
            yield from (s for s in (m.strip() for m in _SENTENCE.findall(line)) if s)


def distinctness(folder: Path) -> dict[str, int]:
    """How many sentences, and how many distinct, in all and among those holding a digit."""
    counts = {"sentences": 0, "distinct": 0, "with a digit": 0, "distinct with a digit": 0}
    seen: set[str] = set()
    for sentence in sentences(folder):
        digit = bool(re.search(r"[0-9０-９]", sentence))
        new = sentence not in seen
        seen.add(sentence)
        counts["sentences"] += 1
        counts["distinct"] += new
        counts["with a digit"] += digit
        counts["distinct with a digit"] += digit and new
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=570)
    parser.add_argument("--output", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--keep-order", action="store_true", help="do not re-order sentences")
    args = parser.parse_args(argv)
    if args.output.exists() and any(args.output.iterdir()):
        sys.exit(f"{args.output}: not empty; give a new folder")
    _, governments = build(args.output, args.reports, not args.keep_order)
    counts = distinctness(args.output)
    reports = len(list(args.output.glob("g*/*.txt")))
    print(f"{governments} governments, {reports} reports in {args.output}")
    print(f"sentences: {counts['distinct']:,} distinct of {counts['sentences']:,} "
          f"({counts['distinct'] / counts['sentences']:.1%}); holding a digit: {counts['distinct with a digit']:,} "
          f"distinct of {counts['with a digit']:,} ({counts['distinct with a digit'] / counts['with a digit']:.1%})")


if __name__ == "__main__":
    main()
