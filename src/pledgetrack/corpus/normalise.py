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

import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence

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


@attrs.frozen
class Cleaned:
    """A cleaned piece of text: its characters, their original offsets and its footnote markers.

    ``markers`` lists the footnote numbers whose markers were removed, in order.
    """

    text: str
    offsets: tuple[int, ...]
    markers: tuple[str, ...]


def fold_char(char: str) -> str:
    """The character as it stands in the normalised text.

    >>> fold_char("５"), fold_char("％"), fold_char("，"), fold_char("₁")
    ('5', '%', '，', '1')
    """
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E and char not in _KEPT_WIDE:
        return chr(code - 0xFEE0)
    if char in SUBSCRIPTS:
        return str(SUBSCRIPTS.index(char))
    if char in _SPACES:
        return " "
    return char


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
    chars: list[str] = []
    offsets: list[int] = []
    markers: list[str] = []

    def keep(text: str, at: int) -> None:
        for i, char in enumerate(text):
            chars.append(fold_char(char))
            offsets.append(at + i)

    position = 0
    for match in _MARKUP.finditer(line):
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
    text, kept = _squeeze_spaces(chars, offsets)
    return Cleaned(text, kept, tuple(markers))


def _squeeze_spaces(chars: list[str], offsets: list[int]) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    kept: list[int] = []
    i = 0
    while i < len(chars):
        if chars[i] != " ":
            out.append(chars[i])
            kept.append(offsets[i])
            i += 1
            continue
        j = i
        while j < len(chars) and chars[j] == " ":
            j += 1
        # A run of spaces survives, as one space, only between two non-CJK characters.
        if out and j < len(chars) and not is_wide(out[-1]) and not is_wide(chars[j]):
            out.append(" ")
            kept.append(offsets[i])
        i = j
    return "".join(out), tuple(kept)


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
_DASHES = frozenset("-‐‑‒–—―−－")


def key_chars(chars: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, key character) for what counts when locating a quote in ``chars``.

    Spaces count, as one, only between two ASCII letters or digits; a run of
    dashes counts as one ``-``; newlines and tabs (paragraph and cell breaks) stay.

    >>> ["".join(k for _, _, k in key_chars("增长 4.5％——（下同）"))]
    ['增长4.5%-(下同)']
    """
    folded = ["\t" if char == "\t" else fold_char(char) for char in chars]
    previous = ""
    i = 0
    while i < len(folded):
        char = folded[i]
        j = i + 1
        if char == " " or char in _DASHES:
            while j < len(folded) and (folded[j] == char or (char != " " and folded[j] in _DASHES)):
                j += 1
            if char == " ":
                after = folded[j] if j < len(folded) else ""
                if _latin(previous) and _latin(after):
                    yield i, j, " "
                    previous = " "
            else:
                yield i, j, "-"
                previous = "-"
            i = j
            continue
        for part in unicodedata.normalize("NFKC", char).translate(_KEY_FOLD):
            part = part.lower() if part.isascii() else part
            yield i, j, part
            previous = part
        i = j


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
    return "".join(char for _, _, char in key_chars(cleaned))
