"""Stretches of text whose numbers are names or markup, never amounts.

* a short quotation: “1310”, “1+9+N”, “四个一”, “300 米见绿、500 米见园” are slogans;
* a title in 《》: 《美丽中国在行动 2025》 names a document;
* markup: ``<sup>1</sup>`` footnote markers, ``_{2.5}`` and ``^{2}`` in TeX.

Each opening mark looks ahead a bounded number of characters for its close,
so finding the zones takes time in step with the length of the text.

>>> marks = hidden_zones("落实省委“1310”部署，新增 5 个")
>>> [i for i, hidden in enumerate(marks) if hidden]
[5, 6, 7, 8]
"""

from __future__ import annotations

import re

from .numerals import CN_CLASS

# A quotation this short is a name or a slogan; a longer one is quoted speech
# or a passage, whose figures are real.
SHORT_QUOTE = 16
TITLE_REACH = 60
MARKUP_REACH = 24

_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_TAGS = (("<sup>", "</sup>"), ("<sub>", "</sub>"), ("_{", "}"), ("^{", "}"))


def _zone(opener: str, closer: str, reach: int, stops: str) -> str:
    """An opener whose closer follows within ``reach`` characters, no stop between; the inside captured.

    Only the opener is consumed, so an opener inside another zone opens its own.
    A closer longer than one character may start as late as ``reach + len(closer) - 1``.
    """
    inside = f"[^{re.escape(closer + stops)}]" if len(closer) == 1 else f"(?:(?!{re.escape(closer)})[^{re.escape(stops)}])"
    longest = reach + len(closer) - 1
    # Flags are looked at only where a number starts: a zone with no digit or
    # numeral within its reach is left out, sparing most quotations a step in Python.
    return f"{re.escape(opener)}(?=({inside}{{0,{longest}}}){re.escape(closer)})(?=.{{0,{longest}}}?[0-9{CN_CLASS[1:]})"


_ZONES = re.compile("|".join(
    [_zone(opener, closer, SHORT_QUOTE, "\n" + "".join(_QUOTES)) for opener, closer in _QUOTES.items()]
    + [_zone("《", "》", TITLE_REACH, "\n《")]
    + [_zone(opener, closer, MARKUP_REACH, "\n") for opener, closer in _TAGS]
))


def hidden_zones(text: str) -> bytearray:
    """One flag per character: 1 where a number would be a name or markup (0 in a zone without one)."""
    flags = bytearray(len(text))
    for match in _ZONES.finditer(text):
        start, end = match.span(match.lastindex)
        flags[start:end] = b"\x01" * (end - start)
    return flags
