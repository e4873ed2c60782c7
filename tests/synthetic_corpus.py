"""Large corpora made of the seed reports: copy ``i`` is a government of its own, with its own rule book.

Each copy is a folder with its own manifest (a folder tree of manifests), its reports
hard-linked to the seeds (byte for byte, no disk spent), report ids and pledge ids
prefixed with the copy's name and every pledge given ``region:``, so that the copies
grade exactly as the seeds do. Used by the tests and by benchmarks/bench_scale.py.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules" / "guangzhou-yuexiu"
REGION = "广东省广州市越秀区"
_ID = re.compile(r"^(\s*(?:- )?(?:id|source): )(\S+)", re.MULTILINE)
_PLEDGE = re.compile(r"^(  - id: .*\n)", re.MULTILINE)


def government(i: int) -> str:
    """The region name of copy ``i``."""
    return f"{REGION}（副本{i:05d}）"


def build(folder: Path, copies: int) -> tuple[Path, Path]:
    """Write ``copies`` governments under ``folder``; return the corpus folder and the rules folder."""
    corpus, rules = folder / "corpus", folder / "rules"
    manifest = (SEEDS / "manifest.yaml").read_text(encoding="utf-8")
    reports = re.findall(r"^\s*file: (\S+)", manifest, re.MULTILINE)
    books = {path.name: path.read_text(encoding="utf-8") for path in sorted(RULES.glob("*.yaml"))}
    for i in range(copies):
        name = f"g{i:05d}"
        home = corpus / name
        home.mkdir(parents=True)
        for report in reports:
            _link(SEEDS / report, home / report)
        text = _ID.sub(lambda m: f"{m.group(1)}{name}-{m.group(2)}", manifest)
        (home / "manifest.yaml").write_text(text.replace(f"region: {REGION}", f"region: {government(i)}"),
                                            encoding="utf-8")
        book = rules / name
        book.mkdir(parents=True)
        for file, text in books.items():
            text = _ID.sub(lambda m: f"{m.group(1)}{name}-{m.group(2)}", text)
            text = _PLEDGE.sub(lambda m: f"{m.group(1)}    region: {government(i)}\n", text)
            (book / file).write_text(text, encoding="utf-8")
    return corpus, rules


def rewrite(report: Path, text: str) -> None:
    """Give a copied report new text: the copy is a hard link to the seed, so unlink it, never write through it."""
    report.unlink()
    report.write_text(text, encoding="utf-8")


def break_report(corpus: Path, i: int) -> Path:
    """Make copy ``i``'s 2024 development report unreadable (no parts); return its path."""
    report = corpus / f"g{i:05d}" / "000_28089b04ea009273.txt"
    rewrite(report, "这不是一份报告。\n")
    return report


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
