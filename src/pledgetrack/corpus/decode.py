"""Reading a report's bytes as text: UTF-8, else GB18030 when that is plainly Chinese.

Reports saved by Chinese office software are often GBK/GB18030. GB18030 decodes
almost any byte string, so its result is accepted only when it is clean text that
is mostly CJK; otherwise the problem names the first byte UTF-8 could not read.

>>> decode_bytes("城镇新增就业2.7万人".encode("gbk"), "r.txt")
('城镇新增就业2.7万人', 'gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbf\\xe5\\xb9\\xb4", "r.txt")
('年', 'utf-8-sig')
"""

from __future__ import annotations

import codecs
import re

from ..errors import CorpusError, Problem
from .normalise import is_wide

# Share of the non-ASCII characters that must be CJK for a GB18030 reading to count.
CJK_SHARE = 0.9
_CONTROL_OK = frozenset("\t\n\r\f")
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_bytes(raw: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``raw``; return the text and the encoding used, or raise :class:`CorpusError`.

    ``encoding`` (from the manifest) is used as given; without it UTF-8 is tried,
    then GB18030. ``name`` is the file as named in messages.
    """
    if encoding is not None:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise CorpusError([_undecodable(raw, exc, name, encoding)]) from None
        if surrogate := _SURROGATE.search(text):
            # UTF-7 and UTF-16 readers can yield half of a pair, which no output can write.
            at = surrogate.start()
            raise CorpusError([Problem(
                name, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at),
                f"the text read as {encoding} holds U+{ord(surrogate.group()):04X}, half of a UTF-16 pair",
                "save the report as UTF-8", "encoding")])
        return text, codecs.lookup(encoding).name
    try:
        text = raw.decode("utf-8")
        return (text[1:], "utf-8-sig") if text.startswith("\ufeff") else (text, "utf-8")
    except UnicodeDecodeError as exc:
        failure = exc
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _plainly_chinese(text):
        return text, "gb18030"
    raise CorpusError([_undecodable(raw, failure, name, "utf-8")])


def _plainly_chinese(text: str) -> bool:
    if any(ord(c) < 32 and c not in _CONTROL_OK for c in text):
        return False
    foreign = [c for c in text if not c.isascii()]
    wide = sum(1 for c in foreign if is_wide(c))
    return wide > 0 and wide >= CJK_SHARE * len(foreign)


def _undecodable(raw: bytes, exc: UnicodeDecodeError, name: str, encoding: str) -> Problem:
    line_start = raw.rfind(b"\n", 0, exc.start) + 1
    line = raw.count(b"\n", 0, exc.start) + 1
    column = len(raw[line_start:exc.start].decode(encoding, errors="replace")) + 1
    byte = raw[exc.start]
    return Problem(
        name, line, column,
        f"byte 0x{byte:02X} cannot be read as {encoding}"
        + ("" if encoding != "utf-8" else ", and the file does not read as GB18030 Chinese text either"),
        "save the report as UTF-8, or name its encoding in the manifest (for example `encoding: big5`)",
        "encoding")
