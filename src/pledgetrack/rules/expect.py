"""Today's grades written into the rules' ``expect:`` keys, nothing else in the file touched.

The positions come from the same ruamel reading that loads the rule book; the edit is
made in the text itself, so that every comment, blank line, quote style and key order
stays byte for byte: a changed grade is a one-line diff, a new ``expect:`` one added line
(the last key of its pledge). The result is read again and checked before it is given back.

>>> text = '''pledges:
...   # 就业
...   - id: fairs
...     year: 2023
...     expect: exceeded   # 175 场
...
...   - id: parks
...     year: 2023
...     note: 两份报告均未提及。
...
... '''
>>> new, updates = updated_text(text, "2023.yaml", {"fairs": Grade.MET, "parks": Grade.UNVERIFIABLE})
>>> print(new)
pledges:
  # 就业
  - id: fairs
    year: 2023
    expect: met   # 175 场
<BLANKLINE>
  - id: parks
    year: 2023
    note: 两份报告均未提及。
    expect: unverifiable
<BLANKLINE>
<BLANKLINE>
>>> [(u.id, u.line, u.old, u.new.value) for u in updates]
[('fairs', 5, 'exceeded', 'met'), ('parks', 10, None, 'unverifiable')]
"""

from __future__ import annotations

import re

import attrs

from ..errors import PledgetrackError, Problem
from ..yamldata import YamlDocument, load_yaml_text
from .model import Grade

_VALUE = re.compile(r"""(["']?)([A-Za-z_]*)\1""")


@attrs.frozen
class Update:
    """One rule whose ``expect`` changes: where (the line after the edit), from what, to what."""

    file: str
    line: int
    id: str
    old: str | None
    new: Grade

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.id}: expect {self.old or '(none)'} → {self.new.value}"


def updated_text(text: str, file: str, grades: dict[str, Grade]) -> tuple[str, list[Update]]:
    """``text`` with the ``expect`` of each pledge in ``grades`` set to its grade, and what changed.

    Raises :class:`PledgetrackError` where a pledge cannot be edited in place (a pledge
    written in flow style ``{id: …}``), leaving the whole file as it was.
    """
    doc = load_yaml_text(text, file)
    lines = text.splitlines(keepends=True)
    pledges = doc.data["pledges"]
    edits: list[tuple[int, str, bool, Update]] = []  # (0-based line, new line, inserted?, update)
    for index, pledge in enumerate(pledges):
        grade = grades.get(pledge.get("id"))
        if grade is None or pledge.get("expect") == grade.value:
            continue
        if "expect" in pledge:
            line, column = doc.where(("pledges", index, "expect"))
            edits.append((line - 1, _replace(lines[line - 1], column - 1, grade.value), False,
                          Update(file, line, pledge["id"], pledge["expect"], grade)))
        else:
            at, indent = _end_of(doc, lines, index, len(pledges))
            newline = "\r\n" if lines[at - 1].endswith("\r\n") else "\n"
            edits.append((at, f"{' ' * indent}expect: {grade.value}{newline}", True,
                          Update(file, at + 1, pledge["id"], None, grade)))
    for at, line, inserted, _ in sorted(edits, key=lambda e: e[0], reverse=True):
        if inserted and not lines[at - 1].endswith(("\n", "\r")):
            lines[at - 1] += "\n"  # the file ended without a newline
        lines[at:at + (not inserted)] = [line]
    new = "".join(lines)
    updates = sorted((e[3] for e in edits), key=lambda u: u.line)
    shifted = [attrs.evolve(u, line=u.line + sum(1 for e in edits if e[2] and e[0] < u.line - 1)) for u in updates]
    _check(new, file, doc, grades)
    return new, shifted


def _replace(line: str, column: int, value: str) -> str:
    match = _VALUE.match(line, column)
    quote = match.group(1)
    return line[:column] + quote + value + quote + line[match.end():]


def _end_of(doc: YamlDocument, lines: list[str], index: int, count: int) -> tuple[int, int]:
    """Where a new last key of pledge ``index`` goes (0-based line), and its indentation."""
    first_key = next(iter(doc.data["pledges"][index]))
    key_line, key_column = doc.where(("pledges", index, first_key), key=True)
    if lines[key_line - 1][:key_column - 1].rstrip().endswith("{"):
        raise PledgetrackError([Problem(doc.file, key_line, key_column, "a pledge written in flow style {…} "
                                        "cannot take a new key in place", "add its `expect:` by hand", "expect")])
    end = doc.where(("pledges", index + 1))[0] - 1 if index + 1 < count else len(lines)
    while end > key_line and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1  # blank lines and comments before the next pledge belong to the next one
    return end, key_column - 1


def _check(new: str, file: str, old: YamlDocument, grades: dict[str, Grade]) -> None:
    # The edit must change the expect keys and nothing else; refuse the file rather than harm it.
    want = [dict(p, expect=grades[p["id"]].value) if p.get("id") in grades else p for p in old.data["pledges"]]
    got = load_yaml_text(new, file).data["pledges"]
    if [dict(p, expect=None) for p in got] != [dict(p, expect=None) for p in want] or \
            [p.get("expect") for p in got] != [p.get("expect") for p in want]:
        raise PledgetrackError([Problem(file, None, None, "the expect keys of this file could not be written "
                                        "without changing something else", "write them by hand", "expect")])
