"""YAML files read as plain data, with the 1-based position of every value.

Rule books and manifests are data written by people, so this reader is strict
where YAML is permissive: it refuses tags that would build objects, anchors and
aliases (the road to alias bombs), duplicate keys, very deep nesting and very
large files, and it never produces a float: numbers with a fraction come back
as :class:`decimal.Decimal`. Dates stay text; the caller parses them.

>>> doc = load_yaml_text("pledges:\\n  - id: a\\n    year: 2023\\n", "r.yaml")
>>> doc.data
{'pledges': [{'id': 'a', 'year': 2023}]}
>>> doc.where(("pledges", 0, "year"))
(3, 11)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import MAX_PROBLEMS, TOO_MANY, PledgetrackError, Problem
from .files import read_input
from .yamlparse import compose, unclosed_bracket
from .yamltext import MAX_BYTES, MAX_DEPTH, describe_character, escape_problem, scan_text

MAX_DIGITS = 30  # a number's digits, and the largest power of ten it may carry

Path_ = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_SCALAR_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


@attrs.frozen
class YamlDocument:
    """Plain data from one YAML file and where each piece of it stands.

    ``positions`` maps a path of keys and indexes to the (line, column) of the
    value; ``key_positions`` maps it to the position of the key itself.
    """

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]]
    key_positions: dict[Path_, tuple[int, int]]

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of the value (or its key) at ``path``, else of its nearest parent."""
        table = self.key_positions if key else self.positions
        while path:
            if path in table:
                return table[path]
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, path: Path_, message: str, hint: str = "", code: str = "", *, key: bool = False) -> Problem:
        """A :class:`Problem` placed at the value (or key) found at ``path``."""
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, message, hint, code)


def load_yaml(path: Path | str, display: str | None = None) -> YamlDocument:
    """Read a YAML file; raise :class:`PledgetrackError` with every problem found.

    ``display`` is the name used in messages (by default the path as given). Only a
    regular file of at most :data:`MAX_BYTES` is read.

    >>> from pledgetrack.corpus import bundled_corpus
    >>> load_yaml(bundled_corpus() / "manifest.yaml").data["reports"][0]["id"]
    'yuexiu-2018-drc'
    """
    name = display or str(path)
    raw = read_input(path, name, MAX_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PledgetrackError([Problem(
            name, line, column, "file is not UTF-8 text",
            "save it as UTF-8 (most editors offer this under 'Save with encoding')", "encoding")]) from None
    return load_yaml_text(text, name)


def load_yaml_text(text: str, file: str, *, pure: bool = False) -> YamlDocument:
    """Like :func:`load_yaml`, for text already in memory; ``file`` names it in messages.

    ``pure=True`` reads with ruamel's pure-Python parser alone (what the faster
    libyaml reading is checked against; both give the same document or problems).

    What can be checked on the text itself (size, characters, directives, nesting,
    the number of items) is checked before the YAML is parsed, so that hostile
    input is refused at once.

    >>> load_yaml_text("a: [[[[1]]]]", "r.yaml").data
    {'a': [[[[1]]]]}
    >>> load_yaml_text("a: 1e999999999", "r.yaml")
    Traceback (most recent call last):
    ...
    pledgetrack.errors.PledgetrackError: r.yaml:1:4: number 1e999999999 is too large or too precise (at most 30 digits, exponents from -30 to 30)
      help: write the figure in the target's unit, e.g. 39 with unit 亿元; put it in quotes if it is text
    """
    text = text[1:] if text.startswith("\ufeff") else text
    # YAML reads CR LF and a lone CR as line breaks; so do the positions reported.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems = scan_text(text, file)
    if problems:
        raise PledgetrackError(problems)
    try:
        root = compose(text, pure=pure)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        hint = "check the indentation and quotes around this place"
        if "single document" in message:  # placed at the second '---', not at the start of the first
            mark = exc.problem_mark
            hint = "a file holds one YAML document: remove this '---' and what follows, or move it to a file of its own"
        elif unclosed := unclosed_bracket(exc):
            mark, message, hint = unclosed
        raise PledgetrackError([Problem(
            file, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
            f"not valid YAML: {message}", hint, "yaml-syntax")]) from None
    except RecursionError:
        raise PledgetrackError([Problem(file, None, None, "nesting is too deep to be a rule book or manifest",
                                        "flatten the file", "too-deep")]) from None
    except (YAMLError, ValueError, OverflowError) as exc:
        # ruamel's scanner lets a few errors through unmarked ("\U00110000" raises ValueError in chr()).
        raise PledgetrackError([escape_problem(text, file, exc)]) from None
    builder = _Builder(file)
    try:
        data = builder.build(root, (), 0) if root is not None else None
    except _TooMany:
        pass
    if builder.problems:
        raise PledgetrackError(builder.problems)
    return YamlDocument(file, data, builder.positions, builder.key_positions)


class _TooMany(Exception):
    """Raised inside the builder once a file has given :data:`MAX_PROBLEMS` problems."""


class _Builder:
    """Turns a composed node tree into plain data, collecting every problem."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self._seen: set[Problem] = set()
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.key_positions: dict[Path_, tuple[int, int]] = {}

    def _refuse(self, node: Node, message: str, hint: str, code: str) -> None:
        problem = Problem(self.file, node.start_mark.line + 1, node.start_mark.column + 1, message, hint, code)
        if problem in self._seen:  # an alias visits its anchored node again
            return
        if len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(self.file, problem.line, problem.column,
                                         f"stopped after {MAX_PROBLEMS} problems", "fix these, then run again",
                                         TOO_MANY))
            raise _TooMany
        self._seen.add(problem)
        self.problems.append(problem)

    def build(self, node: Node, path: Path_, depth: int) -> Any:
        self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if getattr(node, "anchor", None):
            self._refuse(node, f"anchors and aliases (&{node.anchor}, *{node.anchor}) are not allowed",
                         "write the value out in full where it is used", "alias")
            return None
        if depth > MAX_DEPTH:
            self._refuse(node, f"nesting deeper than {MAX_DEPTH} levels", "flatten this part of the file", "too-deep")
            return None
        if isinstance(node, ScalarNode) and node.tag in _SCALAR_TAGS:
            return self._scalar(node)
        if isinstance(node, SequenceNode) and node.tag == _SEQ:
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode) and node.tag == _MAP:
            return self._mapping(node, path, depth)
        self._refuse(node, f"YAML tag {node.tag!r} is not allowed",
                     "remove the '!' tag: rule books and manifests are plain data", "tag")
        return None

    def _mapping(self, node: MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _SCALAR_TAGS:
                self._refuse(key_node, "a key must be a plain word", "write the key as text, e.g. 'quote:'", "bad-key")
                continue
            key = _text(str(key_node.value))
            if isinstance(key, _Refused):
                self._refuse(key_node, key.message, key.hint, key.code)
                continue
            key_path = path + (key,)
            if key in result:
                first = self.key_positions[key_path]
                self._refuse(key_node, f"duplicate key {key!r} (first at line {first[0]})",
                             "keep one of the two", "duplicate-key")
                continue
            self.key_positions[key_path] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, key_path, depth + 1)
        return result

    def _scalar(self, node: ScalarNode) -> Any:
        value = _scalar(node)
        if isinstance(value, _Refused):
            self._refuse(node, value.message, value.hint, value.code)
            return None
        return value


@attrs.frozen
class _Refused:
    message: str
    hint: str
    code: str


# What an escape in a double-quoted string can produce that text may not hold.
_BAD_IN_VALUE = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _scalar(node: ScalarNode) -> Any:
    text = node.value
    tag = node.tag
    if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        return _number(text, tag)
    if tag == "tag:yaml.org,2002:bool":
        return text.lower() == "true"
    if tag == "tag:yaml.org,2002:null":
        return None
    return _text(text)


def _text(text: str) -> str | _Refused:
    if bad := _BAD_IN_VALUE.search(text):
        return _Refused(f"not allowed in text: {describe_character(bad.group())}",
                        "remove the escape that writes it", "bad-character")
    return text


def _number(text: str, tag: str) -> Any:
    digits = text.replace("_", "")
    too_big = _Refused(f"number {text} is too large or too precise (at most {MAX_DIGITS} digits, "
                       f"exponents from -{MAX_DIGITS} to {MAX_DIGITS})",
                       "write the figure in the target's unit, e.g. 39 with unit 亿元; put it in quotes if it is text",
                       "bad-number")
    if len(digits) > 2 * MAX_DIGITS:
        return too_big
    if tag == "tag:yaml.org,2002:int":
        try:
            number = int(digits, 0)
        except ValueError:
            return text  # "017": not a number YAML 1.2 reads, so the text as written
        return number if len(str(abs(number))) <= MAX_DIGITS else too_big
    try:
        number = Decimal(digits)
    except InvalidOperation:
        return text  # ".inf", ".nan": the caller says what it expected
    if not number.is_finite():
        return text
    return number if within_bounds(number) else too_big


def within_bounds(number: Decimal) -> bool:
    """True when ``number`` has at most :data:`MAX_DIGITS` digits and an exponent within ±MAX_DIGITS.

    Larger numbers are refused where they are read: ``1e100000000`` would cost gigabytes
    the first time it met an integer.

    >>> within_bounds(Decimal("3.9e9")), within_bounds(Decimal("1e999999999"))
    (True, False)
    """
    return len(number.as_tuple().digits) <= MAX_DIGITS and -MAX_DIGITS <= number.adjusted() <= MAX_DIGITS
