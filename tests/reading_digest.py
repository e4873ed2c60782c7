"""A digest of everything reading a report gives, for every report we have and variants of them.

``tests/test_reading.py`` checks that reading gives today's digests, stored in
``tests/data/reading_digests.json``: the reader may get faster, never different.
Run ``python tests/reading_digest.py`` to write the fixture again (only when the
reader is meant to read differently, and say so in the commit).

A digest covers the document as the report cache keeps it (text, offset map, line
starts, parts, sections, tables, footnotes, warnings), the layout (every line with its
kind, blocks, footnotes), what a document works out when asked (sentences by part,
scopes, the key quotes are found by and its map back to the text); for a report that
cannot be read, the problems said.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from array import array
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mutations import mutate, random_text  # noqa: E402

from pledgetrack.corpus.cache import _converter  # noqa: E402
from pledgetrack.corpus.document import read_document  # noqa: E402
from pledgetrack.corpus.layout import lay_out  # noqa: E402
from pledgetrack.corpus.manifest import read_manifest  # noqa: E402
from pledgetrack.corpus.model import PartKind  # noqa: E402
from pledgetrack.errors import CorpusError  # noqa: E402

FIXTURE = ROOT / "tests" / "data" / "reading_digests.json"
CORPORA = [ROOT / "seeds", ROOT / "tests" / "corpora" / "other-governments"]
MUTANTS = 4  # mutated copies of each report
TEXTS = 40  # random texts laid out as reports
SPICED = 2  # copies with markup, odd characters and spaces strewn over their lines
SPICES = ["**", "__", "<sup>1</sup>", "<sup> 2 </sup>", "¹", "²³", "m²", "_{2.5}", "<b>", "</i>", "<br/>", "PM_{10}",
          " ", "  ", "\u3000", "\u00a0", "\u2009", "\ufeff", "\t", "\t\t", "ＡＢＣ", "１２３％", "₂", "，", "（",
          "——", "—", "-", "－", "--", "…", "……", "℃", "㎡", "½", "①", "ﬁ", "Ⅻ", "“", "”", "「", "」", "【",
          "〜", "・", "e\u0301", "\u00a8", "\u2002", "\u2000", "﹣", "﹘", "GDP ", " Cpi", "A B", "一、", "（二）",
          "# ", "- ", "---", "- 12 -", "。", "；", "：", "！", "？", "\r", "\x0b", "\U00020000", "\uf900"]


def variants(data: bytes, name: str):
    """(label, bytes) for the report and its re-encoded, re-lined and mutated copies."""
    yield "as published", data
    text = data.decode("utf-8-sig")
    yield "CRLF and a BOM", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    yield "gb18030", text.encode("gb18030")
    rng = random.Random(name)
    for i in range(MUTANTS):
        yield f"mutant {i}", mutate(data, rng, changes=6)
        # Mutated again, then made decodable: read whole rather than refused.
        yield f"decodable mutant {i}", mutate(data, rng, changes=6).decode("utf-8", "replace").encode("utf-8")
    pieces = text.split("\n")
    for i in range(SPICED):
        for _ in range(len(pieces) // 2):
            at = rng.randrange(len(pieces))
            line = pieces[at]
            cut = rng.randrange(len(line) + 1)
            pieces[at] = line[:cut] + rng.choice(SPICES) + line[cut:]
        yield f"spiced {i}", "\n".join(pieces).encode("utf-8")


def digest_document(doc, root: Path) -> str:
    data = _converter().unstructure(doc)
    data["sentences"] = {kind.value: [attrs.astuple(s) for s in doc.sentences(kind)] for kind in PartKind}
    data["all sentences"] = [attrs.astuple(s) for s in doc.sentences()]
    data["scopes"] = {start: scope.value for start, scope in sorted(doc._scopes.items())}
    key, starts, ends = doc._key
    data["key"] = [key, starts.tolist(), ends.tolist()]
    data["layout"] = layout_digest(doc.raw)
    return _hash(json.dumps(data, ensure_ascii=False, default=str).replace(str(root), "<root>"))


def layout_digest(raw: str) -> str:
    layout = lay_out(raw)
    return _hash(json.dumps([layout.text, layout.offsets.tolist(), [attrs.astuple(b) for b in layout.blocks],
                             [attrs.astuple(f) for f in layout.footnotes], [attrs.astuple(l) for l in layout.lines]],
                            ensure_ascii=False, default=_plain))


def _plain(value):
    # A cell's offsets were a tuple when the digests were taken, an array since: the same numbers.
    return value.tolist() if isinstance(value, array) else str(value)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digests(work: Path) -> dict[str, str]:
    """Label → digest for every report of ``CORPORA`` and its variants (written under ``work``)."""
    found = {}
    for corpus in CORPORA:
        for entry in read_manifest(corpus / "manifest.yaml"):
            data = entry.path.read_bytes()
            for label, variant in variants(data, entry.file):
                path = work / f"{corpus.name}-{label.replace(' ', '-')}-{entry.file}"
                path.write_bytes(variant)
                try:
                    found[f"{corpus.name}/{entry.file}: {label}"] = digest_document(
                        read_document(attrs.evolve(entry, path=path)), work)
                except CorpusError as exc:
                    found[f"{corpus.name}/{entry.file}: {label}"] = "refused: " + _hash(str(exc).replace(str(work), "<root>"))
    rng = random.Random(10)
    for i in range(TEXTS):
        found[f"random text {i}"] = layout_digest(random_text(rng, rng.randrange(0, 3000)))
    return found


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        FIXTURE.write_text(json.dumps(digests(Path(folder)), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE}")
