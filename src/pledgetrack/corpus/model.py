"""The values a report is read into: parts, sections, sentences, tables, locations.

All ``start``/``end`` offsets are half-open and index ``Document.text`` (the
normalised text); a :class:`Position` is 1-based and points into the original
file, column counted in characters.

>>> from pledgetrack.corpus import load_corpus
>>> doc = load_corpus()["yuexiu-2024-drc"]
>>> sentence = next(s for s in doc.sentences() if s.text.startswith("全区实现地区生产总值"))
>>> [c.text for c in sentence.clauses()]
['全区实现地区生产总值3810.24亿元、', '同比增长（下同）4.5%，', '顺利完成年初亮诺目标。']
"""

from __future__ import annotations

import datetime
import enum

import attrs

# Clause delimiters, and the brackets/quotes inside which a delimiter does not split.
CLAUSE_ENDS = frozenset("，、：,:；;")
OPENERS = "“‘（(《「『【["
CLOSERS = "”’）)》」』】]"
# The marks that part the sentences of one (…；…): what the first opens with may hold for the next.
SEMICOLONS = ("；", ";")


@attrs.frozen
class Position:
    """A 1-based line and column (in characters) in an original report file.

    >>> Position(66, 19)
    Position(line=66, column=19)
    """

    line: int
    column: int


class PartKind(str, enum.Enum):
    """What a stretch of a report does: introduce it, review a year, plan the next, or annex material.

    >>> PartKind("plan") is PartKind.PLAN
    True
    """

    PREAMBLE = "preamble"
    REVIEW = "review"
    PLAN = "plan"
    APPENDIX = "appendix"


@attrs.frozen
class PartLines:
    """The manifest's ``parts`` override: the first original line of each part it names.

    >>> PartLines(review=14, plan=100).line(PartKind.PLAN)
    100
    """

    review: int | None = None
    plan: int | None = None
    appendix: int | None = None

    def line(self, kind: PartKind) -> int | None:
        """The overriding line for ``kind``, or None to detect it from the headings."""
        return getattr(self, kind.value, None)


@attrs.frozen
class ReportInfo:
    """What the manifest says about one report (``encoding`` is the one actually used to decode it).

    ``region`` names the government the report speaks for (广东省广州市越秀区, 中华人民共和国);
    ``body`` the office that wrote it (a 发展和改革局 or the 人民政府 itself).

    >>> from pledgetrack.corpus import load_corpus
    >>> info = load_corpus()["yuexiu-2024-gwr"].info
    >>> info.title, info.delivered, info.reviews, info.plans, info.encoding
    ('政府工作报告（2024年）', datetime.date(2024, 2, 4), 2023, 2024, 'utf-8')
    """

    id: str
    file: str
    region: str
    body: str
    title: str
    delivered: datetime.date
    reviews: int
    plans: int | None  # None for a report that plans no year (a statistical bulletin)
    encoding: str
    parts: PartLines | None = None
    url: str | None = None  # the published source, when the manifest gives it


@attrs.frozen
class Part:
    """A review, plan, preamble or appendix part: ``text[start:end]``.

    >>> from pledgetrack.corpus import load_corpus
    >>> load_corpus()["yuexiu-2024-gwr"].part(PartKind.PLAN).heading
    '二、2024年工作安排'
    """

    kind: PartKind
    year: int | None
    heading: str
    start: int
    end: int


@attrs.frozen
class Section:
    """A numbered heading and what follows it: level 1 for "一、…", level 2 for "（一）…".

    >>> from pledgetrack.corpus import load_corpus
    >>> doc = load_corpus()["yuexiu-2024-gwr"]
    >>> doc.sections[1].title, doc.sections[1].level
    ('（一）聚焦优格局、促协调，推动重大战略部署落地落实', 2)
    """

    title: str
    level: int
    start: int
    end: int


@attrs.frozen
class Sentence:
    """A stretch of prose up to 。！？； or the end of its paragraph, with its offsets.

    >>> Sentence("新建5个口袋公园。", 0, 9).clauses()
    [Sentence(text='新建5个口袋公园。', start=0, end=9)]
    """

    text: str
    start: int
    end: int

    def clauses(self) -> list[Sentence]:
        """The sentence cut after each ，、：; (outside quotes and brackets, never inside a number).

        The clauses keep their delimiters, so they join back into the sentence.
        """
        pieces = []
        depth = 0
        begin = 0
        text = self.text
        for i, char in enumerate(text):
            if char in OPENERS:
                depth += 1
            elif char in CLOSERS:
                depth = max(0, depth - 1)
            elif char in CLAUSE_ENDS and depth == 0 and i + 1 < len(text) and not _inside_number(text, i):
                pieces.append((begin, i + 1))
                begin = i + 1
        pieces.append((begin, len(text)))
        return [Sentence(text[a:b], self.start + a, self.start + b) for a, b in pieces if a < b]


def _inside_number(text: str, i: int) -> bool:
    # "18,500" and "10:30" are numbers, not two clauses.
    return text[i] in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


@attrs.frozen
class TableRow:
    """One row of an indicator table, cells as printed (normalised, footnote markers removed).

    ``footnotes`` holds the texts of the footnotes its markers point to; ``line``
    is the row's 1-based line in the original file.
    """

    indicator: str
    target: str
    absolute: str
    growth: str
    footnotes: tuple[str, ...]
    start: int
    end: int
    line: int


@attrs.frozen
class Table:
    """An indicator table such as "2023年主要指标完成情况".

    >>> from pledgetrack.corpus import load_corpus
    >>> table = load_corpus()["yuexiu-2024-drc"].tables[0]
    >>> table.title, table.year, len(table.rows)
    ('2023年主要指标完成情况', 2023, 5)
    """

    title: str
    year: int
    rows: tuple[TableRow, ...]
    start: int
    end: int


@attrs.frozen
class Location:
    """Where a quote stands: its part and section, its normalised span and original position.

    ``end_position`` is just past the quote's last character, as editors count.
    """

    document: str
    part: Part | None
    section: Section | None
    start: int
    end: int
    text: str
    position: Position
    end_position: Position
