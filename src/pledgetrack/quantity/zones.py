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

# A quotation this short is a name or a slogan; a longer one is quoted speech
# or a passage, whose figures are real.
SHORT_QUOTE = 16
TITLE_REACH = 60
MARKUP_REACH = 24

_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_TAGS = (("<sup>", "</sup>"), ("<sub>", "</sub>"), ("_{", "}"), ("^{", "}"))


def _close(text: str, start: int, closer: str, reach: int, stops: str) -> int:
    """Offset of ``closer`` within ``reach`` characters from ``start``, or -1."""
    stop = min(len(text), start + reach + len(closer))
    for j in range(start, stop):
        if text.startswith(closer, j):
            return j
        if text[j] in stops:
            return -1
    return -1


def hidden_zones(text: str) -> bytearray:
    """One flag per character: 1 where a number would be a name or markup."""
    flags = bytearray(len(text))
    for i, ch in enumerate(text):
        zone = -1
        if ch in _QUOTES:
            zone = _close(text, i + 1, _QUOTES[ch], SHORT_QUOTE, "\n" + "".join(_QUOTES))
            width = 1
        elif ch == "《":
            zone = _close(text, i + 1, "》", TITLE_REACH, "\n《")
            width = 1
        elif ch in "<_^":
            for opener, closer in _TAGS:
                if text.startswith(opener, i):
                    width = len(opener)
                    zone = _close(text, i + width, closer, MARKUP_REACH, "\n")
                    break
        if zone != -1:
            flags[i + width:zone] = b"\x01" * (zone - i - width)
    return flags
