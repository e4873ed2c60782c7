"""Normalised text with a map back to the original, and the folded key used to locate quotes.

A line is cleaned in three steps, each character remembering the original offset
it came from: markup is dropped (``**``, ``<sup>…</sup>``, other HTML tags,
TeX ``_{…}``, footnote markers), characters are folded (:mod:`.fold`: full-width
digits, letters and ``％`` to ASCII, subscript digits to digits, odd spaces to spaces;
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

import re
from array import array
from collections.abc import Collection, Iterator

import attrs

from .fold import FOLD, FOLDING, SPACE_RUN, counting, key_map

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

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


_FOLDABLE = re.compile("[" + re.escape(FOLDING) + "]+")


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
    text, where = _without_repeated_lead_in(text, where)
    # str.translate looks every character up: only the runs that need it are translated.
    text = _FOLDABLE.sub(_fold_run, text)
    if " " in text:
        text, where = _squeeze_spaces(text, where)
    return Cleaned(text, where, markers)


# A paragraph's lead-in heading ("1.经济运行稳中提质。") that a page layout repeats inside the first sentence
# under it ("全市预计完成地经济运行稳中提质。区生产总值…"): the repeat is dropped, so the sentence reads whole.
_LEAD_IN = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
                      r"([^。，；：:,;]{4,24}。)")
_REPEAT_REACH = 60


def _without_repeated_lead_in(text: str, where: array) -> tuple[str, array]:
    """``text`` and its offsets without a lead-in heading repeated inside the sentence under it.

    >>> _without_repeated_lead_in("1.经济运行稳中提质。全市预计完成地经济运行稳中提质。区生产总值1.35万亿元", array("i", range(39)))[0]
    '1.经济运行稳中提质。全市预计完成地区生产总值1.35万亿元'
    """
    lead = _LEAD_IN.match(text)
    if lead is None:
        return text, where
    heading = lead[1]
    at = text.find(heading, lead.end(), lead.end() + _REPEAT_REACH + len(heading))
    if at == -1 or not is_wide(text[at - 1]) or text[at - 1] in "。，；：！？、":
        return text, where
    end = at + len(heading)
    return text[:at] + text[end:], where[:at] + where[end:]


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
    return run.group().translate(FOLD)


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
    for run in SPACE_RUN.finditer(text):
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
