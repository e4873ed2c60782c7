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

from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import PledgetrackError, Problem

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32

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

    ``display`` is the name used in messages (by default the path as given).

    >>> from pledgetrack.corpus import bundled_corpus
    >>> load_yaml(bundled_corpus() / "manifest.yaml").data["reports"][0]["id"]
    'yuexiu-2018-drc'
    """
    path = Path(path)
    name = display or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PledgetrackError([Problem(name, None, None, "file not found", "check the path", "missing-file")]) from None
    except OSError as exc:
        raise PledgetrackError([Problem(name, None, None, f"cannot read the file: {exc.strerror}", code="unreadable")]) from None
    if len(raw) > MAX_BYTES:
        raise PledgetrackError([Problem(
            name, None, None,
            f"file is {len(raw):,} bytes, more than the {MAX_BYTES:,} a rule book or manifest may hold",
            "split it into several files", "too-large")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PledgetrackError([Problem(
            name, line, column, "file is not UTF-8 text",
            "save it as UTF-8 (most editors offer this under 'Save with encoding')", "encoding")]) from None
    return load_yaml_text(text, name)


def load_yaml_text(text: str, file: str) -> YamlDocument:
    """Like :func:`load_yaml`, for text already in memory; ``file`` names it in messages."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise PledgetrackError([Problem(file, None, None, f"text is larger than {MAX_BYTES:,} bytes", "split it", "too-large")])
    try:
        root = YAML(typ="safe", pure=True).compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise PledgetrackError([Problem(
            file, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
            f"not valid YAML: {message}", "check the indentation and quotes around this place", "yaml-syntax")]) from None
    except RecursionError:
        raise PledgetrackError([Problem(file, None, None, "nesting is too deep to be a rule book or manifest", code="too-deep")]) from None
    builder = _Builder(file)
    data = builder.build(root, (), 0) if root is not None else None
    if builder.problems:
        raise PledgetrackError(builder.problems)
    return YamlDocument(file, data, builder.positions, builder.key_positions)


class _Builder:
    """Turns a composed node tree into plain data, collecting every problem."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.key_positions: dict[Path_, tuple[int, int]] = {}

    def _refuse(self, node: Node, message: str, hint: str, code: str) -> None:
        problem = Problem(self.file, node.start_mark.line + 1, node.start_mark.column + 1, message, hint, code)
        if problem not in self.problems:  # an alias visits its anchored node again
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
            return _scalar(node)
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
            key = str(key_node.value)
            key_path = path + (key,)
            if key in result:
                first = self.key_positions[key_path]
                self._refuse(key_node, f"duplicate key {key!r} (first at line {first[0]})",
                             "keep one of the two", "duplicate-key")
                continue
            self.key_positions[key_path] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, key_path, depth + 1)
        return result


def _scalar(node: ScalarNode) -> Any:
    text = node.value
    tag = node.tag
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            return text
    if tag == "tag:yaml.org,2002:float":
        try:
            return Decimal(text.replace("_", ""))
        except ArithmeticError:
            return text
    if tag == "tag:yaml.org,2002:bool":
        return text.lower() == "true"
    if tag == "tag:yaml.org,2002:null":
        return None
    return text
