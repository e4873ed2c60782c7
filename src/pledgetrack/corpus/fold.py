"""Characters folded: the table the normalised text is folded by, and the key quotes are located by.

The key folds further than the text: NFKC, one form for quotation marks and brackets,
ASCII lower case, spaces only between Latin letters and digits, a run of dashes as one.
Both are worked out on whole strings (``str.translate``, patterns), never a character
at a time in Python.

>>> fold_char("Ｇ"), key_map("ＧＤＰ 增长（%）")[0]
('G', 'gdp增长(%)')
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from array import array
from collections.abc import Iterable

import attrs

SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"

# Full-width forms that are Chinese punctuation stay as printed in the text.
_KEPT_WIDE = frozenset("，（）：；！？")
_SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff")

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
FOLD = {
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEPT_WIDE},
    **{ord(char): str(digit) for digit, char in enumerate(SUBSCRIPTS)},
    **{ord(char): " " for char in _SPACES},
}
# The characters FOLD changes (it maps the plain space to itself): a text without any needs no translate.
FOLDING = "".join(chr(code) for code, folded in FOLD.items() if chr(code) != folded)


SPACE_RUN = re.compile(" +")


def fold_char(char: str) -> str:
    """The character as it stands in the normalised text.

    >>> fold_char("５"), fold_char("％"), fold_char("，"), fold_char("₁")
    ('5', '%', '，', '1')
    """
    return char.translate(FOLD)


# The locate key: what a quote and the text are compared on.
_KEY_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "『": '"', "』": '"', "″": '"',
    "‘": "'", "’": "'", "′": "'",
    "【": "[", "】": "]", "〔": "[", "〕": "]",
    "・": "·", "•": "·", "～": "~", "〜": "~",
})
_DASHES = "-‐‑‒–—―−－"
_KEY_INPUT = {code: folded for code, folded in FOLD.items() if code != ord("\t")}
_KEY_FOLDABLE = re.compile("[" + re.escape(FOLDING.replace("\t", "")) + "]")
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
            position = SPACE_RUN.match(folded, start).end()
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
