"""Checks on the raw text of a rule book or manifest, made before any YAML is parsed.

ruamel.yaml's pure-Python parser reads about 10,000 lines a second, so hostile input
(2 MiB of keys, 100,000 nested brackets, a control character) is refused on what
regular expressions and counts find in the text, in milliseconds.

>>> [p.message for p in scan_text("a: " + "[" * 40, "r.yaml")]
['nesting deeper than 32 levels of brackets']
"""

from __future__ import annotations

import itertools
import re

from .errors import MAX_PROBLEMS, TOO_MANY, Problem

# Limits that keep the parser to a fraction of a second (docs/rules.md, "Limits").
MAX_BYTES = 1024 * 1024
MAX_ITEMS = 10_000  # lines holding something, plus ',', '[' and '{'
MAX_DEPTH = 32
MAX_INDENT = 100

# Characters YAML accepts in a stream, less the byte-order mark, which is taken only at the start.
_BAD_CHAR = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_DIRECTIVE = re.compile(r"^%", re.MULTILINE)
_CONTENT_LINE = re.compile(r"^[ \t]*[^\s#]", re.MULTILINE)
_DEEP_INDENT = re.compile(r"^ {%d,}\S" % (MAX_INDENT + 1), re.MULTILINE)
_DEEP_DASHES = re.compile(r"^[ \t]*(?:[-?:][ \t]+){%d,}" % (MAX_DEPTH + 1), re.MULTILINE)
_FLOW = re.compile(r"[\[\]{}]")
_BAD_ESCAPE = re.compile(r"\\U([0-9A-Fa-f]{8})|\\u([dD][89a-fA-F][0-9a-fA-F]{2})")


def scan_text(text: str, file: str) -> list[Problem]:
    """Problems found in the raw text, before any parsing: each is cheap to find.

    >>> [p.message for p in scan_text("a: 1\\n%TAG ! x\\n", "r.yaml")]
    ['YAML directives (%YAML, %TAG) are not allowed']
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return [Problem(file, None, None, f"text is {size:,} bytes, more than the {MAX_BYTES:,} "
                        "a rule book or manifest may hold", "split it into several files", "too-large")]
    problems = [_at(text, m.start(), file, f"not allowed in YAML: {describe_character(m.group())}",
                    "delete it: rule books and manifests are plain text", "bad-character")
                for m in itertools.islice(_BAD_CHAR.finditer(text), MAX_PROBLEMS)]
    if len(problems) == MAX_PROBLEMS and (more := sum(1 for _ in _BAD_CHAR.finditer(text)) - MAX_PROBLEMS):
        problems.append(Problem(file, None, None, f"and {more:,} more such characters",
                                "delete them all: rule books and manifests are plain text", TOO_MANY))
    if directive := _DIRECTIVE.search(text):
        problems.append(_at(text, directive.start(), file, "YAML directives (%YAML, %TAG) are not allowed",
                            "delete this line: rule books and manifests are plain YAML 1.2", "directive"))
    if problems:
        return problems
    if deep := _DEEP_INDENT.search(text) or _DEEP_DASHES.search(text):
        return [_at(text, deep.end() - 1, file, "nesting is too deep to be a rule book or manifest",
                    "flatten this part of the file", "too-deep")]
    depth = 0
    # Past 2 * MAX_ITEMS brackets the count of items below refuses the file anyway.
    for bracket in itertools.islice(_FLOW.finditer(text), 2 * MAX_ITEMS + 2):
        depth = depth + 1 if bracket.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            return [_at(text, bracket.start(), file, f"nesting deeper than {MAX_DEPTH} levels of brackets",
                        "flatten this part of the file", "too-deep")]
    items = sum(1 for _ in itertools.islice(_CONTENT_LINE.finditer(text), MAX_ITEMS + 1))
    items += text.count(",") + text.count("[") + text.count("{")
    if items > MAX_ITEMS:
        return [Problem(file, None, None, f"more than {MAX_ITEMS:,} lines and list items",
                        "split it into several files", "too-many-items")]
    return []


def describe_character(char: str) -> str:
    """A character YAML does not allow, named for people.

    >>> describe_character("\\x0b"), describe_character("\\ud800")
    ('control character U+000B', 'U+D800, half of a UTF-16 pair (a lone surrogate)')
    """
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X}, half of a UTF-16 pair (a lone surrogate)"
    if char == "\ufeff":
        return "a byte-order mark (U+FEFF) after the start of the file"
    return f"control character U+{code:04X}"


def _at(text: str, offset: int, file: str, message: str, hint: str, code: str) -> Problem:
    line = text.count("\n", 0, offset) + 1
    return Problem(file, line, offset - text.rfind("\n", 0, offset), message, hint, code)


def escape_problem(text: str, file: str, exc: BaseException) -> Problem:
    """A problem for an error ruamel raised without a position: the escape that names no character, if any."""
    for escape in _BAD_ESCAPE.finditer(text):
        code = int(escape.group(1) or escape.group(2), 16)
        in_comment = text[text.rfind("\n", 0, escape.start()) + 1:escape.start()].lstrip().startswith("#")
        if not in_comment and (code > 0x10FFFF or 0xD800 <= code <= 0xDFFF):
            return _at(text, escape.start(), file, f"escape {escape.group()} names no character",
                       "write the character itself, or a code point up to \\U0010FFFF", "bad-escape")
    return Problem(file, None, None, f"not valid YAML: {exc}", "check the quotes and escapes", "yaml-syntax")
