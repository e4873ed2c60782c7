"""Drafted rules as rule files: one per government and plan year, what to check first in each rule's ``check``.

``--update`` adds to a rule book only the drafts it does not hold yet, matched by
where the quote stands (a rule whose quote overlaps the draft's, whatever its words
and keys now), and appends them after the rules already written, which stay as they are.

>>> from pledgetrack import load_corpus
>>> from pledgetrack.draft import draft
>>> texts = drafted_files(draft(load_corpus(), 2023))
>>> list(texts)
[PosixPath('guangzhou-yuexiu/2023.yaml')]
>>> print(next(iter(texts.values())).splitlines()[0])
# Drafted by `pledgetrack draft` from what the reports plan for 2023 (plans, indicator tables) of 广东省广州市越秀区: yuexiu-2023-drc.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..rules.dump import dump_rules
from ..rules.book import RuleBook
from .model import Draft
from .naming import folder_slug

__all__ = ["append_text", "drafted_file", "drafted_files", "file_of", "held", "target_path"]

_REVIEW = ("Review each rule: check the quote, the target and the evidence words with "
           "`pledgetrack validate` and `pledgetrack audit -vv`.",
           "A rule's `check` says what to check first; delete each point once checked. While `check: evidence` is "
           "there the rule gives no finding (unverifiable, unsigned).",
           "Delete `drafted: true` when the whole rule is reviewed (docs/rules.md, 'Reviewing a draft').")


def target_path(made: Draft) -> Path:
    """Where a draft's rule file goes, relative to the output folder: ``<government>/<year>.yaml``."""
    return file_of(made.government, made.pledge.year)


def file_of(government: str, year: int) -> Path:
    """The rule file a government's drafts of ``year`` go to, known before any is drafted.

    >>> file_of("广东省广州市越秀区", 2023).as_posix()
    'guangzhou-yuexiu/2023.yaml'
    """
    return Path(folder_slug(government)) / f"{year}.yaml"


def _comments(drafts: Iterable[Draft]) -> dict[str, list[str]]:
    # What to check first is the rule's `check`, as data; a doubt under none of its keys stays a comment.
    return {d.pledge.id: [f"check: {doubt}" for doubt in d.doubts] for d in drafts if d.doubts}


def drafted_file(drafts: Sequence[Draft]) -> str:
    """The text of one rule file holding ``drafts`` (of one government and year)."""
    first = drafts[0]
    docs = ", ".join(dict.fromkeys(doc for d in drafts for doc, _, _ in d.places or [(d.document, 0, 0)]))
    header = [f"Drafted by `pledgetrack draft` from what the reports plan for {first.pledge.year} (plans, indicator "
              f"tables) of {first.government}: {docs}.", *_REVIEW]
    return dump_rules([d.pledge for d in drafts], _comments(drafts), header)


def drafted_files(drafts: Iterable[Draft]) -> dict[Path, str]:
    """Each rule file's path (relative to the output folder) and text."""
    by_file: dict[Path, list[Draft]] = {}
    for made in drafts:
        by_file.setdefault(target_path(made), []).append(made)
    return {path: drafted_file(found) for path, found in by_file.items()}


def held(made: Draft, book: RuleBook) -> bool:
    """Whether a rule of ``book`` already stands where the draft's quote does."""
    return any(place.document == doc and place.start < end and start < place.end
               for rule in book if rule.year == made.pledge.year
               for place in rule.places for doc, start, end in made.places)


_ITEM = re.compile(r"^(\s*)- ", re.MULTILINE)


def append_text(existing: str, drafts: Sequence[Draft]) -> str:
    """``existing`` rule file text with ``drafts`` added at the end of its pledge list, indented alike."""
    indent = _ITEM.search(existing)
    prefix = indent.group(1) if indent else ""
    added = dump_rules([d.pledge for d in drafts], _comments(drafts)).split("\n", 1)[1]
    body = "".join(prefix + line if line else line for line in added.splitlines(keepends=True))
    if re.search(r"^pledges:\s*\[\s*\]\s*$", existing, re.MULTILINE):
        existing = re.sub(r"^pledges:\s*\[\s*\]\s*$", "pledges:", existing, flags=re.MULTILINE)
    return existing.rstrip("\n") + "\n\n" + body
