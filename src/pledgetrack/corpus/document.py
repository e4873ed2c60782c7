"""One report: its normalised text, parts, sections, sentences and tables, and where each stands.

>>> from pledgetrack.corpus import load_corpus
>>> doc = load_corpus()["yuexiu-2024-gwr"]
>>> loc = doc.locate("提供就业岗位超 9.7 万个")
>>> loc.text, loc.position, loc.part.kind.value
('提供就业岗位超9.7万个', Position(line=66, column=24), 'review')
>>> doc.original(loc.start, loc.end)
'提供就业岗\\n\\n位超 9.7 万个'
"""

from __future__ import annotations

import functools
import itertools
from array import array
from bisect import bisect_right
from pathlib import Path

import attrs

from ..errors import CorpusError, PledgetrackError, Problem
from ..files import read_input
from .decode import decode_bytes
from .layout import Layout, lay_out
from .manifest import Entry
from .model import Location, Part, PartKind, Position, ReportInfo, Section, Sentence, Table
from .fold import key_map
from .normalise import fold_key
from .parts import find_parts, find_sections
from .scope import Scope, review_scopes
from .sentences import lead_before, prose_spans, split_sentences
from .tables import find_tables

# A report larger than this is refused before it is read (docs/corpus.md, "Limits").
MAX_REPORT_BYTES = 4 * 1024 * 1024
# A report of more lines than this is refused before it is laid out (the longest bundled one has 323;
# two million short lines under the size limit took 15 s and 646 MB; a MiB of 10-byte lines still reads).
MAX_REPORT_LINES = 200_000


@attrs.frozen(eq=False)
class Document:
    """A report read from its file. Offsets index :attr:`text`; positions point into the original.

    ``raw`` is the decoded original; ``text`` the normalised one (paragraphs on
    their own lines, table rows with their tabs, footnotes and markup taken out).
    ``footnotes`` maps each footnote's number to its text.
    """

    info: ReportInfo
    path: Path
    raw: str = attrs.field(repr=False)
    text: str = attrs.field(repr=False)
    parts: tuple[Part, ...] = attrs.field(repr=False)
    sections: tuple[Section, ...] = attrs.field(repr=False)
    tables: tuple[Table, ...] = attrs.field(repr=False)
    footnotes: dict[str, str] = attrs.field(repr=False)
    _offsets: array = attrs.field(repr=False)
    _line_starts: tuple[int, ...] = attrs.field(repr=False)
    _prose: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    warnings: tuple[Problem, ...] = attrs.field(default=(), repr=False)

    @property
    def id(self) -> str:
        """The report's id in the manifest."""
        return self.info.id

    @property
    def reviews(self) -> int:
        """The year the report looks back on."""
        return self.info.reviews

    @property
    def plans(self) -> int | None:
        """The year the report plans for (None for a report that plans none, such as a 统计公报)."""
        return self.info.plans

    @property
    def government(self) -> str:
        """The government the report speaks for: the manifest's ``region``."""
        return self.info.region

    def part(self, kind: PartKind) -> Part | None:
        """The part of this kind, if the report has one.

        >>> from pledgetrack.corpus import load_corpus
        >>> load_corpus()["yuexiu-2018-drc"].part(PartKind.REVIEW).heading
        '一、2017年国民经济和社会发展规划执行情况'
        """
        return next((p for p in self.parts if p.kind is kind), None)

    def part_at(self, offset: int) -> Part | None:
        """The part that holds ``offset`` (None past the end of the text)."""
        return next((p for p in self.parts if p.start <= offset < p.end), None)

    def section_at(self, offset: int) -> Section | None:
        """The innermost section that holds ``offset``, if any."""
        holding = [s for s in self.sections if s.start <= offset < s.end]
        return max(holding, key=lambda s: s.level, default=None)

    def position(self, offset: int) -> Position:
        """Where the character at ``offset`` stands in the original file (``len(text)``: just past the end).

        >>> from pledgetrack.corpus import load_corpus
        >>> doc = load_corpus()["yuexiu-2023-drc"]        # "…企业诉求快" / blank line / "速响应机制。…"
        >>> doc.position(doc.text.index("快速响应")), doc.position(doc.text.index("速响应"))
        (Position(line=26, column=115), Position(line=28, column=1))
        """
        if 0 <= offset < len(self.text):
            return self._at(self._offsets[offset])
        if offset == len(self.text) and self.text:
            return self._at(self._offsets[-1] + 1)
        raise IndexError(f"offset {offset} is outside the text of {self.id} (0 to {len(self.text)})")

    def _at(self, original: int) -> Position:
        line = bisect_right(self._line_starts, original) - 1
        return Position(line + 1, original - self._line_starts[line] + 1)

    def original(self, start: int, end: int) -> str:
        """The original text that ``text[start:end]`` came from, markup, breaks and all."""
        if end <= start:
            return ""
        return self.raw[self._offsets[start]:self._offsets[end - 1] + 1]

    @functools.cached_property
    def _sentences(self) -> tuple[tuple[Sentence, ...], dict[PartKind, tuple[Sentence, ...]]]:
        # Split once, all of them and by part kind: every rule looks at the review sentences of
        # every report of its year.
        found: list[Sentence] = []
        by_kind: dict[PartKind, list[Sentence]] = {}
        for start, end in self._prose:
            for part in self.parts:  # a sentence never crosses a part boundary
                split = split_sentences(self.text, max(start, part.start), min(end, part.end))
                found.extend(split)
                by_kind.setdefault(part.kind, []).extend(split)
        return tuple(found), {kind: tuple(sentences) for kind, sentences in by_kind.items()}

    def sentences(self, kind: PartKind | None = None) -> tuple[Sentence, ...]:
        """The prose sentences (of one part kind, or all); headings, tables and footnotes are none.

        >>> from pledgetrack.corpus import load_corpus
        >>> [s.text for s in load_corpus()["yuexiu-2024-drc"].sentences(PartKind.PLAN)[2:4]]
        ['根据以上思路，提出2024年我区经济社会发展主要预期目标如下：', '地区生产总值增长4.0%左右；']
        """
        every, by_kind = self._sentences
        return every if kind is None else by_kind.get(kind, ())

    def lead_of(self, sentence: Sentence) -> str:
        """The clauses before ``sentence`` up to ； in the same sentence ("五年新增…；…；" before "新改建农村公路5.9万公里。"),
        or '' where it opens one: what they open with (五年, several years) may hold for it too.

        >>> from pledgetrack.corpus import load_corpus
        >>> doc = load_corpus()["yuexiu-2024-drc"]
        >>> [doc.lead_of(s) for s in doc.sentences(PartKind.PLAN)[2:4]]
        ['', '']
        """
        return lead_before(self.text, sentence.start)

    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` offsets of every prose paragraph (and heading body), in order."""
        return self._prose

    @functools.cached_property
    def _scopes(self) -> dict[int, Scope]:
        return review_scopes(self)

    def scope(self, sentence: Sentence) -> Scope | None:
        """The period a review sentence speaks of (None outside the review part, except in a plan's recap).

        >>> from pledgetrack.corpus import load_corpus
        >>> doc = load_corpus()["yuexiu-2024-gwr"]
        >>> doc.scope(doc.sentences(PartKind.REVIEW)[0]).value
        'year'
        """
        return self._scopes.get(sentence.start)

    @functools.cached_property
    def _key(self) -> tuple[str, array, array]:
        return key_map(self.text)

    def locate_all(self, quote: str) -> tuple[Location, ...]:
        """Every place ``quote`` stands, blind to spaces, full/half-width punctuation and markup.

        >>> from pledgetrack.corpus import load_corpus
        >>> [loc.position.line for loc in load_corpus()["yuexiu-2024-drc"].locate_all("招聘会")]
        [84, 164]
        """
        needle = fold_key(quote)
        if not needle:
            return ()
        key, starts, ends = self._key
        found = []
        at = key.find(needle)
        while at >= 0:
            start, end = starts[at], ends[at + len(needle) - 1]
            found.append(Location(self.id, self.part_at(start), self.section_at(start), start, end,
                                  self.text[start:end], self.position(start), self.position_after(end)))
            at = key.find(needle, at + 1)
        return tuple(found)

    def position_after(self, end: int) -> Position:
        """Where the original text just past ``text[:end]`` stands (the end of a quote)."""
        return self._at(self._offsets[end - 1] + 1) if end > 0 else self.position(0)

    def locate(self, quote: str) -> Location | None:
        """The first place ``quote`` stands, or None."""
        found = self.locate_all(quote)
        return found[0] if found else None

    def __repr__(self) -> str:
        return f"Document({self.id!r}, {self.info.file!r})"


def read_document(entry: Entry) -> Document:
    """Read the report ``entry`` names; raise :class:`CorpusError` with what is wrong with it."""
    name = str(entry.path)
    try:
        raw_bytes = read_input(entry.path, name, MAX_REPORT_BYTES)
    except PledgetrackError as exc:
        raise CorpusError(exc.problems) from None
    raw, encoding = decode_bytes(raw_bytes, name, entry.encoding)
    lines = raw.count("\n") + 1
    if lines > MAX_REPORT_LINES:
        raise CorpusError([Problem(name, None, None, f"report has {lines:,} lines, more than the "
                                   f"{MAX_REPORT_LINES:,} a report may have",
                                   "split it into smaller reports, or check that it is a report", "too-long")])
    layout = lay_out(raw)
    parts, warnings = find_parts(layout, entry, name)
    info = ReportInfo(entry.id, entry.file, entry.region, entry.body, entry.title, entry.delivered,
                      entry.reviews, entry.plans, encoding, entry.parts, entry.url)
    return Document(info, entry.path, raw, layout.text, parts, find_sections(layout, parts),
                    find_tables(layout.blocks, layout.footnotes, layout.text, entry.reviews),
                    _footnotes(layout), layout.offsets, _line_starts(raw), prose_spans(layout, parts), warnings)


def _line_starts(raw: str) -> tuple[int, ...]:
    return tuple(itertools.accumulate((len(line) + 1 for line in raw.split("\n")[:-1]), initial=0))


def _footnotes(layout: Layout) -> dict[str, str]:
    # A number printed twice (numbering restarted) keeps both: the second as "3(2)".
    notes: dict[str, str] = {}
    for note in layout.footnotes:
        key, n = note.number, 1
        while key in notes:
            n += 1
            key = f"{note.number}({n})"
        notes[key] = note.text
    return notes
