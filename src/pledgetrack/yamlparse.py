"""YAML text composed into ruamel nodes: by libyaml's C parser when it is installed, else by the pure one.

``ruamel.yaml.clib`` composes a rule book about ten times faster than ruamel's
pure-Python parser, with the same tags (the same YAML 1.2 resolver) and the same
positions on what rule books and manifests hold. Where libyaml reads otherwise, the
pure parser's reading is kept, so that data, positions and error messages do not
depend on what is installed: the text is composed again by the pure parser when
libyaml raises anything (its messages are worded differently), when the text holds
what libyaml is known to read otherwise (tabs, the line breaks U+0085, U+2028 and
U+2029, anchors, ...: ``_READ_OTHERWISE``), when the nodes hold an empty value
(libyaml places it at the ``:`` before it, the pure parser at what follows) and when
the document is a single scalar. tests/test_yamlparse.py reads the repository's YAML,
mutated and generated YAML both ways.

>>> root = compose("pledges:\\n  - id: a\\n")
>>> value = root.value[0][1].value[0].value[0][1]
>>> value.value, value.tag, value.start_mark.line, value.start_mark.column
('a', 'tag:yaml.org,2002:str', 1, 8)
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.parser import Parser
from ruamel.yaml.resolver import VersionedResolver

#: True when ``ruamel.yaml.clib`` (libyaml) is installed and :func:`compose` uses it.
HAS_LIBYAML = YAML(typ="safe", pure=False).Parser is not Parser

# Text libyaml reads otherwise than the pure parser: a tab, where one parser takes it as
# white space and the other refuses it; NEL, LS and PS, line breaks to libyaml only; what
# may be an anchor or an alias, which libyaml's nodes do not record (the builder refuses them);
# a quoted key with its value right after the ':', which only libyaml takes in a flow list; a
# block scalar's header with a comment right after it, which only libyaml takes, or with a
# line of spaces after it, which ruamel checks against the lines that follow.
_READ_OTHERWISE = re.compile(
    "[\t\x85\u2028\u2029]"
    "|(?:^|[ \\[{,:])[&*]\\S"
    "|['\"] *:[^ \n]"
    "|[|>][-+0-9]*#"
    "|[|>][-+0-9]* *(?:#.*)?\n +$",
    re.MULTILINE)


def compose(text: str, *, pure: bool = False) -> Node | None:
    """The root node of ``text`` (None for an empty document), as ruamel's pure parser composes it.

    ``pure=True`` skips libyaml. Errors are the pure parser's: ruamel's ``YAMLError``
    (a ``MarkedYAMLError`` with a position, mostly), and ``ValueError`` or
    ``RecursionError`` for what it lets through.

    >>> compose("a: [1, 2.5]").value[0][1].value[1].tag
    'tag:yaml.org,2002:float'
    >>> compose("a: [1")
    Traceback (most recent call last):
    ...
    ruamel.yaml.parser.ParserError: while parsing a flow sequence
    ...
    """
    if HAS_LIBYAML and not pure and not _READ_OTHERWISE.search(text):
        try:
            root = _compose(text, pure=False)
        except Exception:  # noqa: BLE001 - whatever libyaml says, the pure parser's words are reported
            pass
        else:
            # A document that is one block scalar takes lines starting with '#' as text to ruamel only.
            if isinstance(root, MappingNode | SequenceNode) and not _has_empty_value(root):
                return root
    return _compose(text, pure=True)


class _Yaml12(VersionedResolver):
    """ruamel's resolver, at YAML 1.2 without asking: under libyaml the asking fails with an
    AttributeError for every scalar, most of the time left. A directive, the one way to ask
    for another version, is refused before parsing (yamltext)."""

    processing_version = (1, 2)


def _compose(text: str, *, pure: bool) -> Node | None:
    yaml = YAML(typ="safe", pure=pure)
    if not pure:
        yaml.Resolver = _Yaml12
    with warnings.catch_warnings():  # ruamel warns on stderr of what the builder refuses anyway
        warnings.simplefilter("ignore")
        return yaml.compose(text)


def _has_empty_value(root: Node) -> bool:
    """True when a scalar is empty and unquoted, a value left out (``a:`` with nothing after it)."""
    pending = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, ScalarNode):
            if not node.value and not node.style:
                return True
        elif isinstance(node, SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                pending += (key, value)
    return False


_CLOSER = {"flow sequence": ("[", "]"), "flow mapping": ("{", "}")}


def unclosed_bracket(exc: Exception) -> tuple[Any, str, str] | None:
    """For a ``[`` or ``{`` the parser found unclosed only on a later line: its mark (where the
    author must look, not the line after it), the message and a hint; None for any other error.

    >>> try:
    ...     compose("evidence: [招聘会, 场\\nyear: 2023\\n", pure=True)
    ... except Exception as exc:
    ...     mark, message, hint = unclosed_bracket(exc)
    >>> mark.line + 1, mark.column + 1, message
    (1, 11, "this '[' is not closed: expected ',' or ']', but got ':' at line 2, column 5")
    """
    context, problem = getattr(exc, "context", None), getattr(exc, "problem", None)
    start, found = getattr(exc, "context_mark", None), getattr(exc, "problem_mark", None)
    kind = next((kind for kind in _CLOSER if context and context.endswith(kind)), None)
    if kind is None or start is None or found is None or found.line <= start.line:
        return None  # on one line, the place the parser stopped at is the one to look at
    opener, closer = _CLOSER[kind]
    return (start, f"this '{opener}' is not closed: {problem} at line {found.line + 1}, column {found.column + 1}",
            f"close it with '{closer}' on this line, or indent the lines after it and separate the items with ','")
