"""Small corpora a test writes itself: one government's reports, each reviewing a year and planning the next.

>>> import tempfile
>>> from pathlib import Path
>>> corpus = write_reports(Path(tempfile.mkdtemp()), {"r": (2023, "一、2023年工作回顾\\n新建公园3个。\\n")})
>>> corpus["r"].reviews, corpus["r"].plans
(2023, 2024)
"""

from __future__ import annotations

from pathlib import Path

from pledgetrack import load_corpus


def write_reports(folder: Path, reports: dict[str, tuple[int, str]], region: str = "某县"):
    """Write each report (id → the year it reviews, its text) to ``folder`` with a manifest; the corpus read back.
    A report reviewing year Y is delivered in January of Y + 1 and plans that year."""
    entries = []
    for id_, (reviews, text) in reports.items():
        (folder / f"{id_}.txt").write_text(text, encoding="utf-8")
        entries.append(f"  - {{id: {id_}, file: {id_}.txt, region: {region}, body: {region}人民政府, title: 报告, "
                       f"delivered: {reviews + 1}-01-20, reviews: {reviews}, plans: {reviews + 1}}}\n")
    (folder / "manifest.yaml").write_text("reports:\n" + "".join(entries), encoding="utf-8")
    return load_corpus(folder)
