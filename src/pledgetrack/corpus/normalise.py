"""Normalised text with a map back to the original, and the folded key used to locate quotes.

A line is cleaned in three steps, each character remembering the original offset
it came from: markup is dropped (``**``, ``<sup>…</sup>``, other HTML tags,
TeX ``_{…}``, footnote markers), characters are folded (full-width digits,
letters and ``％`` to ASCII, subscript digits to digits, odd spaces to spaces;
Chinese punctuation stays), and spaces are removed next to CJK characters and
punctuation ("175 场" → "175场") but kept, single, between two Latin words.

>>> clean("完成市下达目标 ¹", 0, {"1"}).text
'完成市下达目标'
>>> clean("PM<sub>2.5</sub> 均值浓度", 0).text
'PM2.5均值浓度'
>>> fold_key("单位 GDP 能耗下降率（%）")
'单位gdp能耗下降率(%)'
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from array import array
from collections.abc import Collection, Iterable, Iterator

import attrs

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

# Full-width forms that are Chinese punctuation stay as printed in the text.
_KEPT_WIDE = frozenset("，（）：；！？")
_SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff")

_MARKUP = re.compile(
    r"(?P<sup><sup>\s*(?P<supnum>\d+)\s*</sup>)"  # footnote marker written in HTML
    r"|(?P<superscript>[" + SUPERSCRIPTS + r"]+)"  # footnote marker as superscript digits
    r"|(?P<tex>_\{(?P<texbody>[^{}]*)\})"  # TeX subscript, as in PM_{2.5}
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]*\s*/?>)"  # any other HTML tag: the tag goes, its text stays
    r"|(?P<emphasis>\*\*|__)"  # markdown bold
)
# Where markup may start. A pattern that starts with one set of characters is searched for quickly;
# one of alternatives like _MARKUP is tried at every position.
_MARKUP_START = re.compile(r"[<_*" + SUPERSCRIPTS + r"]")


@attrs.frozen
class Cleaned:
    """A cleaned piece of text: its characters, their original offsets and its footnote markers.

    ``markers`` lists the footnote numbers whose markers were removed, in order.
    """

    text: str
    offsets: array
    markers: tuple[str, ...]


# 0, 1, 2 …: offsets of a run are copied from it rather than built one number at a time.
_counting = array("i")


def counting(start: int, stop: int) -> array:
    """``array("i", range(start, stop))``, sliced from an array of counting numbers kept for the purpose.

    >>> counting(3, 6)
    array('i', [3, 4, 5])
    """
    global _counting
    if stop > len(_counting):
        _counting = array("i", range(max(stop, 2 * len(_counting), 4096)))
    return _counting[start:stop]


# fold_char as a table, so that a whole piece of text is folded by str.translate.
_FOLD = {
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEPT_WIDE},
    **{ord(char): str(digit) for digit, char in enumerate(SUBSCRIPTS)},
    **{ord(char): " " for char in _SPACES},
}
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]+")
_SPACE_RUN = re.compile(" +")


def fold_char(char: str) -> str:
    """The character as it stands in the normalised text.

    >>> fold_char("５"), fold_char("％"), fold_char("，"), fold_char("₁")
    ('5', '%', '，', '1')
    """
    return char.translate(_FOLD)


def is_wide(char: str) -> bool:
    """True for CJK characters and punctuation, next to which a space means nothing.

    >>> is_wide("年"), is_wide("，"), is_wide("”"), is_wide("5"), is_wide("(")
    (True, True, True, False, False)
    """
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # CJK radicals, symbols and punctuation, kana, ideographs
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2010 <= code <= 0x206F  # general punctuation: “”‘’——…‰
        or 0x20000 <= code <= 0x3FFFF
    )


def clean(line: str, base: int, footnotes: Collection[str] | None = None) -> Cleaned:
    """Clean one line (or cell) that starts at original offset ``base``.

    A superscript number is a footnote marker (and removed) when ``footnotes``
    holds it; with ``footnotes=None`` every superscript number is a marker.
    """
    if _MARKUP_START.search(line):
        text, where, markers = _unmarked(line, base, footnotes)
    else:  # no markup, the common case: the line's characters stand at consecutive offsets
        text, where, markers = line, counting(base, base + len(line)), ()
    # str.translate looks every character up: only the runs that need it are translated.
    text = _FOLDABLE.sub(_fold_run, text)
    if " " in text:
        text, where = _squeeze_spaces(text, where)
    return Cleaned(text, where, markers)


def _unmarked(line: str, base: int, footnotes: Collection[str] | None) -> tuple[str, array, tuple[str, ...]]:
    """The text of ``line`` without its markup, the offsets of its characters and its footnote markers."""
    pieces: list[str] = []
    offsets = array("i")
    markers: list[str] = []

    def keep(text: str, at: int) -> None:
        pieces.append(text)
        offsets.extend(counting(at, at + len(text)))

    position = 0
    for match in _markup(line):
        keep(line[position:match.start()], base + position)
        position = match.end()
        if match["sup"]:
            markers.append(match["supnum"])
        elif match["superscript"]:
            number = match["superscript"].translate(_SUPER_TO_DIGIT)
            if footnotes is None or number in footnotes:
                markers.append(number)
            else:  # not a marker (a unit such as m², say): keep it as printed
                keep(match["superscript"], base + match.start())
        elif match["tex"]:
            keep(match["texbody"], base + match.start("texbody"))
    keep(line[position:], base + position)
    return "".join(pieces), offsets, tuple(markers)


def _fold_run(run: re.Match) -> str:
    return run.group().translate(_FOLD)


def _markup(line: str) -> Iterator[re.Match]:
    """What ``_MARKUP.finditer(line)`` finds, tried only where markup may start."""
    position = 0
    while start := _MARKUP_START.search(line, position):
        match = _MARKUP.match(line, start.start())
        if match:
            yield match
            position = match.end()
        else:
            position = start.start() + 1


def _squeeze_spaces(text: str, offsets: array) -> tuple[str, array]:
    out: list[str] = []
    kept = array("i")
    position = 0
    for run in _SPACE_RUN.finditer(text):
        start, end = run.span()
        out.append(text[position:start])
        kept.extend(offsets[position:start])
        # A run of spaces survives, as one space, only between two non-CJK characters.
        if start and end < len(text) and not is_wide(text[start - 1]) and not is_wide(text[end]):
            out.append(" ")
            kept.append(offsets[start])
        position = end
    out.append(text[position:])
    kept.extend(offsets[position:])
    return "".join(out), kept


def strip_markers(text: str) -> str:
    """``text`` cleaned as a footnote or a quote is: every superscript number is a marker.

    >>> strip_markers("**疫情防控以快制快。**打造扁平化、一体化 24 小时")
    '疫情防控以快制快。打造扁平化、一体化24小时'
    """
    return clean(text, 0, None).text


# The locate key: what a quote and the text are compared on.
_KEY_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "『": '"', "』": '"', "″": '"',
    "‘": "'", "’": "'", "′": "'",
    "【": "[", "】": "]", "〔": "[", "〕": "]",
    "・": "·", "•": "·", "～": "~", "〜": "~",
})
_DASHES = "-‐‑‒–—―−－"
_KEY_INPUT = {code: folded for code, folded in _FOLD.items() if code != ord("\t")}
_KEY_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _KEY_INPUT))) + "]")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
# The characters whose key is another character that reports hold most: replaced before the rest.
_FREQUENT = "，（）：；！？“”‘’"


def _key_of(char: str) -> str:
    return unicodedata.normalize("NFKC", char).translate(_KEY_FOLD).translate(_ASCII_LOWER)


@attrs.frozen
class _KeyTables:
    """What ``key_map`` needs, worked out once for every character of the basic plane."""

    changed: dict[str, str]  # character → its key, for those whose key is one other character
    changing: re.Pattern  # finds them
    special: re.Pattern  # finds spaces, dashes and the characters whose key is not one character

    def key_run(self, run: str) -> str:
        """The key of a run of characters whose keys are one character each."""
        for char in _FREQUENT:
            run = run.replace(char, self.changed[char])
        return self.changing.sub(self._changed, run)

    def _changed(self, match: re.Match) -> str:
        return self.changed[match.group()]


@functools.cache
def _key_tables() -> _KeyTables:
    # A character NFKC leaves alone keys to itself unless _KEY_FOLD or lower case changes it.
    chars = [char for char in map(chr, range(0x10000)) if not unicodedata.is_normalized("NFKC", char)]
    keys = {char: _key_of(char) for char in chars + list(map(chr, _KEY_FOLD)) + list(string.ascii_uppercase)}
    changed = {char: key for char, key in keys.items() if key != char and len(key) == 1}
    several = [char for char, key in keys.items() if len(key) != 1]
    return _KeyTables(changed, re.compile(f"[{_char_class(changed)}]"),
                      re.compile(f"[ {_char_class([*_DASHES, *several])}\U00010000-\U0010FFFF]"))


def _char_class(chars: Iterable[str]) -> str:
    """What goes between [ and ] to match any of ``chars``, as ranges (a long class takes long to compile).

    >>> _char_class("cabez")
    'a-cez'
    """
    runs: list[list[int]] = []
    for code in sorted(set(map(ord, chars))):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
                   for first, last in runs)


_DASH_RUN = re.compile(f"[{re.escape(_DASHES)}]+")


def key_map(text: str) -> tuple[str, array, array]:
    """The key of ``text`` and, for each key character, the ``start`` and ``end`` of what it stands for.

    The key is what counts when locating a quote: characters folded (full-width to
    ASCII, NFKC, quotation marks and brackets to one form, ASCII lower case); spaces
    count, as one, only between two ASCII letters or digits; a run of dashes counts as
    one ``-``; newlines and tabs (paragraph and cell breaks) stay.

    >>> key, starts, ends = key_map("增长 4.5％——（下同）…")
    >>> key, starts[6], ends[6], starts[-1], ends[-1]
    ('增长4.5%-(下同)...', 7, 9, 13, 14)
    """
    folded = text.translate(_KEY_INPUT) if _KEY_FOLDABLE.search(text) else text
    tables = _key_tables()
    keys: list[str] = []
    starts, ends = array("i"), array("i")
    position = 0  # where the text not keyed yet starts
    previous = ""  # the last key character
    while found := tables.special.search(folded, position):
        start = found.start()
        if position < start:
            keys.append(tables.key_run(folded[position:start]))
            starts.extend(counting(position, start))
            ends.extend(counting(position + 1, start + 1))
            previous = keys[-1][-1]
        char = folded[start]
        if char == " ":
            position = _SPACE_RUN.match(folded, start).end()
            if _latin(previous) and position < len(folded) and _latin(folded[position]):
                keys.append(" ")
                starts.append(start)
                ends.append(position)
                previous = " "
        elif char in _DASHES:
            position = _DASH_RUN.match(folded, start).end()
            keys.append("-")
            starts.append(start)
            ends.append(position)
            previous = "-"
        else:  # a character whose key is not one character, such as … (...) or ℃ (°c)
            position = start + 1
            key = _key_of(char)
            keys.append(key)
            starts.extend(array("i", [start]) * len(key))
            ends.extend(array("i", [position]) * len(key))
            previous = key[-1]
    if position < len(folded):
        keys.append(tables.key_run(folded[position:]))
        starts.extend(counting(position, len(folded)))
        ends.extend(counting(position + 1, len(folded) + 1))
    return "".join(keys), starts, ends


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def normalise(words: str) -> str:
    """A user's words (a keyword, a quote) normalised exactly as report text is.

    >>> normalise("招聘会 175 场"), normalise("ＧＤＰ")
    ('招聘会175场', 'GDP')
    """
    return clean(" ".join(words.split()), 0).text


def fold_key(quote: str) -> str:
    """The key of a quote as a user wrote it (markup, markers and line breaks removed)."""
    cleaned = strip_markers(" ".join(quote.split()))
    return key_map(cleaned)[0]
