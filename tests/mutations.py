"""Mutations of good input files, byte-wise and structural, for the fuzz test, the
libyaml differential test and their benchmarks.

Each mutation takes the bytes of a file and a ``random.Random`` (hypothesis's ``st.randoms()``
in the test, so that a failure shrinks; a seeded one in the benchmark) and returns new bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

from pledgetrack.errors import PledgetrackError
from pledgetrack.yamldata import load_yaml_text

ROOT = Path(__file__).resolve().parent.parent

# Bytes and snippets that have broken YAML readers: control characters, broken UTF-8, BOMs,
# lone surrogates as escapes, characters outside Unicode, directives, tags, anchors, huge numbers.
HOSTILE = [
    b"\x00", b"\x0b", b"\x1b", b"\x7f", b"\x85", b"\r", b"\r\n", b"\t", b"\xef\xbb\xbf", b"\xff", b"\xc3",
    b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b'"\\ud800"', b'"\\U00110000"', b'"\\x00"', b'"\\0"', b"'\\'",
    b"%YAML 1.1\n", b"%TAG ! tag:yaml.org,2002:\n", b"\n---\n", b"\n...\n", b"--- ", b"!!python/object:os.system ",
    b"!!binary ", b"!x ", b"&a ", b"*a", b"<<: ", b"? ", b": ", b"- ", b"[", b"]", b"{", b"}", b",", b"#", b"|",
    b">", b"'", b'"', b"\\", b"@", b"`", b"1e999999999", b"1e100000000", b"-0.0", b".inf", b".nan", b"0x_",
    b"9" * 60, b"2023-13-45", b"true", b"null", b"~", b"=", b"\xe2\x80\xa8", b"\xe3\x80\x80", b"\xef\xbc\x85",
    b"../../etc/passwd", b"/dev/zero", b"rot13", b"utf-7", b"x" * 300,
]


def byte_mutation(data: bytes, rng: random.Random) -> bytes:
    """One byte-level change: flip, insert a hostile snippet, delete or repeat a slice."""
    at = rng.randrange(len(data) + 1)
    choice = rng.randrange(5)
    if choice == 0 and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]
    if choice == 1:
        return data[:at] + rng.choice(HOSTILE) + data[at:]
    if choice == 2:
        return data[:at] + data[at + rng.randrange(1, 40):]
    if choice == 3:
        length = rng.randrange(1, 200)
        return data[:at] + data[at:at + length] * rng.randrange(2, 6) + data[at:]
    return data[:at] + bytes([rng.randrange(256)]) + data[at:]


def structural_mutation(data: bytes, rng: random.Random) -> bytes:
    """One line-level change: a line moved, repeated, re-indented, emptied, or a value replaced."""
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    choice = rng.randrange(6)
    if choice == 0:
        lines.insert(rng.randrange(len(lines) + 1), lines.pop(i))
    elif choice == 1:
        lines[i:i] = [lines[i]] * rng.randrange(1, 4)
    elif choice == 2:
        lines[i] = b" " * rng.randrange(0, 9) + lines[i].lstrip(b" ")
    elif choice == 3:
        del lines[i]
    elif choice == 4 and b": " in lines[i]:
        key = lines[i].split(b": ", 1)[0]
        lines[i] = key + b": " + rng.choice(HOSTILE)
    else:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def mutate(data: bytes, rng: random.Random, *, changes: int = 3) -> bytes:
    """Up to ``changes`` mutations of either kind, one after the other."""
    for _ in range(rng.randrange(1, changes + 1)):
        data = (byte_mutation if rng.random() < 0.6 else structural_mutation)(data, rng)
    return data


def rule_seeds() -> list[Path]:
    """The good files mutations start from: the bundled rule book and the rule fixtures."""
    return sorted((ROOT / "rules").rglob("*.yaml")) + sorted((ROOT / "tests" / "fixtures" / "rules").rglob("*.yaml"))


def random_text(rng: random.Random, length: int) -> str:
    """Text drawn from what reports hold, with the odd control character and markup."""
    alphabet = ("年月日万亿元个场。，、；：（）“”一二三四五六七八九十增长完成新建%％.0123456789 \t\n\r"
                "#*-_<>/{}|¹²³\x0b\x00\ufeff\u3000—…")
    return "".join(rng.choice(alphabet) for _ in range(length))


# Pieces of YAML syntax where parsers tend to part ways: indicators, block scalar headers and
# the blank lines after them, tabs and the line breaks only some parsers know, anchors, tags,
# long keys, quoted strings over several lines, numbers of every YAML version.
YAML_PIECES = [
    "a", "k", ": ", ":", "- ", "-", "\n", "\n", "\n", "  ", " ", "[", "]", "{", "}", ", ", ",", "? ", "'", '"',
    "| ", ">-", "#", "\\", "\\n", "\\x41", "\\u00e9", "\\/", "\\ ", "''", '""', "1", "1.5", "0x1F", "1e3", "0o17",
    "+1", "-.5", ".inf", "1_0", "0b1", "1:20", "~", "null", "true", "Yes", "NO", "2023-01-01", "\t", "\x85", "\u2028",
    "\u2029", "&a ", "*a", "!x ", "!!str ", "!!map ", "!<tag:yaml.org,2002:str> ", "---", "...", "--- |\n", "\ufeff",
    "é", "年", "𝄞", "\u3000", "\xa0", "%", "@", "`", "<<", "|2", ">+", "\n  ", "\n    ", "\n- ", "\n  - ", "x" * 30,
    "y" * 1100, "note: |\n", "note: >-\n", "  line\n", "   more\n", "    deeper\n", " \n", "   \n", "#c\n", " #c\n",
    "|-\n", ">+\n", "|1\n", ">2-\n", "| #c\n", "- |\n", "x:\n", " x: y\n", "  - z\n", '"a\n  b"', "'a\n\n b'",
    '"\\\n  x"', "? [a, b]\n", ": c\n", "{a: b, c}", "[a: b]", "[? a]", "[-]", "- [a,\n  b]\n", "𝄞𝄞: 1\n",
    '"a":', "'a':", ":&b ", ":*b", '":', "[? ",
]


def yaml_soup(rng: random.Random, pieces: int) -> str:
    """Text made of ``pieces`` random :data:`YAML_PIECES`: mostly not valid YAML, often nearly."""
    return "".join(rng.choice(YAML_PIECES) for _ in range(pieces))


def yaml_reading(text: str, *, pure: bool) -> str:
    """The whole outcome of ``load_yaml_text``, document or problems, as text to compare.

    ``repr`` tells 1 from True and 2.50 from 2.5, which ``==`` does not.
    """
    try:
        return repr(load_yaml_text(text, "f.yaml", pure=pure))
    except PledgetrackError as exc:
        return repr(exc.problems)
