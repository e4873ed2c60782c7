"""From a report's lines to blocks of normalised text: paragraphs, headings, table rows.

Each original line is one of: blank, dropped markup (a ``---`` rule, a page
number), a footnote (``¹ …`` or ``<sup>1</sup> …``), a table row (two or more cells between tabs),
a table title (the line just above a table), a heading (``一、…``, ``（一）…`` or
a markdown ``#`` line), a list item (``- …``) or prose. A paragraph whose text
does not end a sentence continues into the next prose line, across blank lines,
footnotes and page breaks, when it is running prose (it holds a comma or stop)
or the next line follows it directly, as a markdown soft break does. A short line that
names a part and holds no comma or stop (``2025年工作回顾``, ``附件``) is a heading without a
numeral: it stands alone, not joined to the paragraph after it.

>>> layout = lay_out("“三送”服务，持续优化企业诉求快\\n\\n¹ 注释。\\n\\n速响应机制。\\n")
>>> layout.text, layout.footnotes
('“三送”服务，持续优化企业诉求快速响应机制。', (Footnote(number='1', line=3, text='注释。'),))
"""

from __future__ import annotations

import enum
import re
from array import array

import attrs

from .headings import is_title
from .normalise import SUPERSCRIPTS, Cleaned, clean

# Grammar of official documents: how headings are numbered (一、 then （一）).
LEVEL1 = re.compile(r"[一二三四五六七八九十]+、")
LEVEL2 = re.compile(r"[（(][一二三四五六七八九十]+[）)]")
SENTENCE_ENDS = "。！？；!?;"
_FINAL = SENTENCE_ENDS + "：:…"
_CLOSING = "”’」』）)】》\"'"
_RUNNING = frozenset("，、；：。！？,;")
_HEADING_PREFIX = re.compile(r"\s*#{1,6}\s+|\s*")
_FOOTNOTE = re.compile(r"\s*(?:<sup>\s*(\d+)\s*</sup>|([" + SUPERSCRIPTS + r"]+))\s*(?=[^\s，。、；：,.;:）)])")
_LIST = re.compile(r"\s*[-*+•]\s+(?=\S)")
_DROPPED = re.compile(r"\s*([-*_])(?:\s*\1){2,}\s*|\s*[-—–]\s*\d{1,4}\s*[-—–]\s*")
_TITLE_MAX = 40
# The longest a run-in heading's title grows (a title of two or three clauses, "（三）坚持创新驱动发展，加快建设现代化
# 产业体系，推动经济高质量发展" is 33 characters).
_RUN_IN_MAX = 60
_FINAL_CHARS = frozenset(_FINAL)
_FIGURE = re.compile("[0-9０-９]")
# A line whose first character (after spaces) can start no other kind is prose, if it has no tab:
# dropped lines start with - * _ — –, footnotes with < or a superscript, list items with - * + •,
# headings with #, or with * _ and then a numeral or bracket: 一、, （一）.
_PLAIN = re.compile(r"\s*[^\s\-*_—–<+•#一二三四五六七八九十（(" + SUPERSCRIPTS + r"]")


class Kind(enum.Enum):
    """What a line, and the block it starts, is."""

    BLANK = "blank"
    DROPPED = "dropped"
    FOOTNOTE = "footnote"
    ROW = "row"
    TITLE = "title"
    HEADING = "heading"
    LIST = "list"
    PROSE = "prose"


@attrs.frozen
class Line:
    """One original line: its 1-based number, offset, text (no line break) and kind."""

    number: int
    start: int
    text: str
    kind: Kind
    body: int = 0  # where the content starts, after a '#', '- ' or footnote marker
    level: int = 0  # 1 for "一、", 2 for "（一）", 0 otherwise
    newline: int = -1  # offset of the '\n' that ends it


@attrs.frozen
class Footnote:
    """A footnote line taken out of the text: its marker number, line and cleaned text."""

    number: str
    line: int
    text: str


@attrs.frozen
class Block:
    """A paragraph, heading, list item, table title or table row in the normalised text."""

    kind: Kind
    start: int
    end: int
    lines: tuple[int, ...]
    level: int = 0
    cells: tuple[Cleaned, ...] = ()


@attrs.frozen
class Layout:
    """A report laid out: the normalised text, its map to original offsets, blocks and footnotes."""

    text: str
    offsets: array = attrs.field(repr=False)
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    lines: tuple[Line, ...] = attrs.field(repr=False)


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence (or a clause that introduces what follows, as ：does).

    >>> ends_sentence("顺利完成年初亮诺目标。”"), ends_sentence("持续优化企业诉求快")
    (True, False)
    """
    text = text.rstrip().rstrip(_CLOSING)
    return bool(text) and text[-1] in _FINAL


def split_lines(raw: str) -> list[Line]:
    """Split and classify the original lines of a report."""
    lines = []
    start = 0
    for number, piece in enumerate(raw.split("\n"), 1):
        newline = start + len(piece)
        lines.append(_classify(number, start, piece[:-1] if piece.endswith("\r") else piece, newline))
        start = newline + 1
    following = _next_kinds(lines)
    for i, line in enumerate(lines):
        if following[i] is Kind.ROW and line.kind in (Kind.PROSE, Kind.LIST) \
                and len(line.text.strip()) <= _TITLE_MAX and not ends_sentence(line.text):
            lines[i] = attrs.evolve(line, kind=Kind.TITLE)
    return lines


def _classify(number: int, start: int, text: str, newline: int) -> Line:
    kind, body, level = Kind.PROSE, 0, 0
    if "\t" not in text and _PLAIN.match(text):
        pass  # the common case, decided at once
    elif not text.strip():
        kind = Kind.BLANK
    elif _DROPPED.fullmatch(text):
        kind = Kind.DROPPED
    elif "\t" in text and sum(1 for cell in text.split("\t") if cell.strip()) >= 2:
        kind = Kind.ROW
    elif match := _FOOTNOTE.match(text):
        kind, body = Kind.FOOTNOTE, match.end()
    elif match := _LIST.match(text):
        kind, body = Kind.LIST, match.end()
    else:
        prefix = _HEADING_PREFIX.match(text)
        content = text[prefix.end():].lstrip("*_ ")
        level = 1 if LEVEL1.match(content) else 2 if LEVEL2.match(content) else 0
        if level or prefix.group().strip():
            kind, body = Kind.HEADING, prefix.end()
    return Line(number, start, text, kind, body, level, newline)


def _next_kinds(lines: list[Line]) -> list[Kind | None]:
    """For each line, the kind of the next line that is not blank (one pass from the end)."""
    following: list[Kind | None] = [None] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        after = lines[i + 1].kind
        following[i] = after if after is not Kind.BLANK else following[i + 1]
    return following


def lay_out(raw: str) -> Layout:
    """Lay out the decoded text of a report."""
    lines = split_lines(raw)
    numbers = {_marker(line) for line in lines if line.kind is Kind.FOOTNOTE}
    builder = _Builder(numbers)
    for line in lines:
        builder.add(line)
    builder.close()
    if builder.pieces:  # the text ends with its last character, not the separator close() added
        builder.pieces.pop()
        builder.offsets.pop()
    return Layout("".join(builder.pieces), builder.offsets, tuple(builder.blocks), tuple(builder.footnotes),
                  tuple(lines))


def _marker(line: Line) -> str:
    match = _FOOTNOTE.match(line.text)
    return match[1] or match[2].translate(str.maketrans(SUPERSCRIPTS, "0123456789"))


def _first_sentence(text: str) -> int:
    """How long the first sentence of ``text`` is (all of it, where no sentence ends in it)."""
    return min((at for at in map(text.find, SENTENCE_ENDS) if at != -1), default=len(text))


def _grow(block: dict, text: str) -> None:
    """Update what is known of a block's text when ``text`` is added to its end.

    ``ends`` is ``ends_sentence`` of the whole text and ``last`` its last character
    before any closing marks, both found from the new piece alone where it suffices.
    """
    block["stop"] = block["stop"] or "。" in text
    block["running"] = block["running"] or not _RUNNING.isdisjoint(text)
    stripped = text.rstrip()
    if stripped:
        body = stripped.rstrip(_CLOSING)
        block["ends"] = (body[-1] if body else block["last"]) in _FINAL_CHARS
    body = text.rstrip(_CLOSING)
    if body:
        block["last"] = body[-1]


class _Builder:
    """Assembles blocks, joining the lines of a paragraph, and records every offset."""

    def __init__(self, footnote_numbers: set[str]):
        self.numbers = footnote_numbers
        self.pieces: list[str] = []  # the text, as appended (never an empty piece)
        self.offsets = array("i")  # one per character of the text
        self.blocks: list[Block] = []
        self.footnotes: list[Footnote] = []
        self.open: dict | None = None  # the block being built
        self.gap = False  # blank, dropped or footnote lines since the open block's last line
        self.run_in = False  # the last "（一）" heading ended its title with a 。

    def add(self, line: Line) -> None:
        if line.kind in (Kind.BLANK, Kind.DROPPED):
            self.gap = True
            return
        if line.kind is Kind.FOOTNOTE:
            text = clean(line.text[line.body:], line.start + line.body, self.numbers).text
            self.footnotes.append(Footnote(_marker(line), line.number, text))
            self.gap = True
            return
        piece = clean(line.text[line.body:], line.start + line.body, self.numbers)
        if not piece.text and line.kind is not Kind.ROW:
            self.gap = True  # a line of markup only, such as a lone '**'
            return
        if line.kind is Kind.PROSE and self._continues(piece):
            self._extend(piece, line)
            return
        self.close()
        # "ends", "stop", "running": what _continues asks of the block's text, kept up to date as it
        # grows, since joining a long paragraph again for every line added is quadratic.
        block = {"kind": line.kind, "start": len(self.offsets), "lines": [line], "level": line.level, "cells": (),
                 "run_in": self.run_in, "ends": False, "last": "", "stop": False, "running": False,
                 "title": line.kind is Kind.PROSE and is_title(piece.text)}
        self.open = block
        if line.kind is Kind.ROW:
            block["cells"] = self._row(line)
        else:
            self._append(piece.text, piece.offsets)
        self.gap = False

    def _continues(self, piece: Cleaned) -> bool:
        block = self.open
        if block is None:
            return False
        kind = block["kind"]
        if kind is Kind.HEADING:
            # "（六）…，持续优化城" broken by a page break: in a report whose headings run on
            # into the body after a 。, a heading without its 。 is not finished yet, where the rest of
            # its title follows ("区功能品质。坚持…"); a heading on a line of its own, as a plan part may set
            # them, is followed by a paragraph, whose first sentence would make the title far too long.
            if block["level"] != 2 or not (block["stop"] or block["run_in"]):
                return False
            first = _first_sentence(piece.text)
            # (a title's rest holds no figure: a first sentence that does, "硬化村组道路25公里", opens the body)
            if not block["stop"] and (len(self.offsets) - block["start"] + first > _RUN_IN_MAX
                                      or _FIGURE.search(piece.text, 0, first)):
                return False
        elif kind not in (Kind.PROSE, Kind.LIST):
            return False
        if block["ends"] or (self.gap and not block["running"]):
            return False
        # "2025年工作回顾" on a line of its own is a heading without a numeral: the paragraph under
        # it is not its continuation. (A line broken off a paragraph, as a PDF breaks them, still
        # joins the paragraph it ends: the title must start its block.)
        return not (block["title"] and piece.text[0] not in _CLOSING and piece.text[0] not in _RUNNING)

    def _extend(self, piece: Cleaned, line: Line) -> None:
        last = self.pieces[-1][-1] if self.pieces else ""
        if last.isascii() and last.isalnum() and piece.text[0].isascii() and piece.text[0].isalnum():
            # Two Latin words broken over lines keep a space; it stands for the line break.
            self._append(" ", (self.open["lines"][-1].newline,))
        self._append(piece.text, piece.offsets)
        self.open["lines"].append(line)
        self.open["title"] = False
        self.gap = False

    def _row(self, line: Line) -> tuple[Cleaned, ...]:
        cells = []
        at = 0
        for i, cell in enumerate(line.text.split("\t")):
            if i:
                self._append("\t", (line.start + at - 1,))
            cleaned = clean(cell, line.start + at, self.numbers)
            self._append(cleaned.text, cleaned.offsets)
            cells.append(cleaned)
            at += len(cell) + 1
        return tuple(cells)

    def _append(self, text: str, offsets) -> None:
        self.offsets.extend(offsets)
        if text:
            self.pieces.append(text)
            if self.open is not None:
                _grow(self.open, text)

    def close(self) -> None:
        block = self.open
        if block is None:
            return
        self.open = None
        if block["level"] == 2:
            self.run_in = block["stop"]
        self.blocks.append(Block(block["kind"], block["start"], len(self.offsets),
                                 tuple(line.number for line in block["lines"]), block["level"], block["cells"]))
        # Blocks are separated by a newline standing for the one that ended the block's last line.
        self._append("\n", (block["lines"][-1].newline,))
