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

import collections

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from ..corpus import Corpus
from ..errors import Problem
from ..rules.check import check_written
from ..rules.dump import dump_rules
from ..rules.book import Origin, RuleBook, Written
from ..yamldata import load_yaml_text
from .model import Draft
from .naming import folder_slug

__all__ = ["DRAFTED", "Filing", "append_text", "drafted_file", "drafted_files", "drafted_name", "file_of", "Standing",
           "read_back", "target_path"]

# Drafted rules graded without being written (``audit --draft``) name their file under this folder.
DRAFTED = "<drafted>"

_REVIEW = ("Review each rule: check the quote, the target and the evidence words with "
           "`pledgetrack validate` and `pledgetrack audit -vv`.",
           "A rule's `check` says what to check first; delete each point once checked. While `check: evidence` is "
           "there the rule gives no finding (unverifiable, unsigned).",
           "Delete `drafted: true` when the whole rule is reviewed (docs/rules.md, 'Reviewing a draft').")


def target_path(made: Draft) -> Path:
    """Where a draft's rule file goes, relative to the output folder: ``<government>/<year>.yaml``."""
    return file_of(made.government, made.pledge.year)


def drafted_name(made: Draft) -> str:
    """The file a draft graded unwritten names as its origin: its :func:`target_path` in :data:`DRAFTED`.

    >>> from pledgetrack import load_corpus
    >>> from pledgetrack.draft import draft
    >>> drafted_name(draft(load_corpus(), 2023)[0])
    '<drafted>/guangzhou-yuexiu/2023.yaml'
    """
    return f"{DRAFTED}/{target_path(made).as_posix()}"


def file_of(government: str, year: int) -> Path:
    """The rule file a government's drafts of ``year`` go to, known before any is drafted.

    >>> file_of("广东省广州市越秀区", 2023).as_posix()
    'guangzhou-yuexiu/2023.yaml'
    """
    return Path(folder_slug(government)) / f"{year}.yaml"


def _comments(drafts: Iterable[Draft]) -> dict[str, list[str]]:
    # What to check first is the rule's `check`, as data; a doubt under none of its keys stays a comment.
    return {d.pledge.id: [f"check: {doubt}" for doubt in d.doubts] for d in drafts if d.doubts}


def drafted_file(drafts: Sequence[Draft], upto: int | None = None) -> str:
    """The text of one rule file holding ``drafts`` (of one government and year); with ``upto``, the file's
    text up to the end of its first ``upto`` rules, which stand on the same lines as in the whole file."""
    first = drafts[0]
    docs = ", ".join(dict.fromkeys(doc for d in drafts for doc, _, _ in d.places or [(d.document, 0, 0)]))
    header = [f"Drafted by `pledgetrack draft` from what the reports plan for {first.pledge.year} (plans, indicator "
              f"tables) of {first.government}: {docs}.", *_REVIEW]
    # the comments of every rule, even those left out: whether the file has any decides how its rules are written
    return dump_rules([d.pledge for d in drafts[:upto]], _comments(drafts), header)


def drafted_files(drafts: Iterable[Draft]) -> dict[Path, str]:
    """Each rule file's path (relative to the output folder) and text."""
    by_file: dict[Path, list[Draft]] = {}
    for made in drafts:
        by_file.setdefault(target_path(made), []).append(made)
    return {path: drafted_file(found) for path, found in by_file.items()}


def read_back(drafts: Sequence[Draft], upto: int | None = None) -> list[Written]:
    """The drafts of one file as ``pledgetrack audit`` reads them back from the file ``pledgetrack draft`` writes
    (named as :func:`drafted_name` does): where each pledge and each of its keys stand, so that a problem of the
    rule is told at the line and column the written file shows. With ``upto``, only the first ``upto`` are
    placed (only so much of the file is written out; the others are told by id, as unwritten).

    >>> from pledgetrack import load_corpus
    >>> from pledgetrack.draft import draft
    >>> written = read_back(draft(load_corpus(), 2023), upto=2)
    >>> str(written[0].origin), written[0].spots["quote"], str(written[1].origin), str(written[2].origin)
    ('<drafted>/guangzhou-yuexiu/2023.yaml:6:3', (8, 10), '<drafted>/guangzhou-yuexiu/2023.yaml:14:3', \
'<drafted>/guangzhou-yuexiu/2023.yaml')
    """
    name = drafted_name(drafts[0])
    doc = load_yaml_text(drafted_file(drafts, upto), name)
    placed = []
    for index, (made, data) in enumerate(zip(drafts, doc.data["pledges"] or ())):
        # as rules/load.py reads a rule file: the pledge at its mapping, each key at its value
        at = ("pledges", index)
        placed.append(Written(made.pledge, Origin(name, *doc.where(at)), {key: doc.where(at + (key,)) for key in data}))
    return placed + [Written(made.pledge, Origin(name)) for made in drafts[len(placed):]]


@attrs.frozen
class Filing:
    """A government's drafts but their pledges (which a worker is sent packed): what the worker grading them
    needs to tell their problems where ``pledgetrack draft`` would write them (:meth:`place`), small enough to send.
    """

    government: str
    rest: tuple[tuple[str, int, int, tuple[str, ...], tuple[tuple[str, int, int], ...]], ...]  # each draft's, in order

    @classmethod
    def of(cls, government: str, drafts: Sequence[Draft]) -> Filing:
        """What ``drafts`` (the government's, in order) hold besides their pledges.

        >>> from pledgetrack import load_corpus
        >>> from pledgetrack.draft import draft
        >>> filing = Filing.of("广东省广州市越秀区", draft(load_corpus(), 2023))
        >>> filing.rest[0][0], len(filing.rest)
        ('yuexiu-2023-drc', 26)
        """
        return cls(government, tuple((d.document, d.start, d.end, d.doubts, d.places) for d in drafts))

    def place(self, written: Sequence[Written], corpus: Corpus, problems: list[Problem],
              warnings: list[Problem]) -> tuple[list[Problem], list[Problem]]:
        """``problems`` and ``warnings`` of ``written`` (these drafts' pledges, checked unwritten: told by the
        pledge's id) as the written files tell them, at a line and column: the pledges of each file concerned
        checked again as read back from it (rarely: most drafts give neither).

        A quote changed so that no plan holds it, told by id, then where the drafted file has that quote:

        >>> from pledgetrack import load_corpus
        >>> from pledgetrack.draft import draft
        >>> from pledgetrack.rules.book import Origin
        >>> corpus = load_corpus()
        >>> made = draft(corpus, 2023)
        >>> lost = [Written(attrs.evolve(d.pledge, quote="新建口袋公园999个") if i == 1 else d.pledge,
        ...                 Origin(drafted_name(d))) for i, d in enumerate(made)]
        >>> _, problems, warnings = check_written(lost, corpus)
        >>> problems[0].where, problems[0].message.split(": ")[1][:15]
        ('<drafted>/guangzhou-yuexiu/2023.yaml', 'quote not found')
        >>> placed, _ = Filing.of(corpus.governments[0], made).place(lost, corpus, problems, warnings)
        >>> placed[0].where, placed[0].message[:40]
        ('<drafted>/guangzhou-yuexiu/2023.yaml:16:10', 'quote not found in the plan for 2023 (yu')
        """
        told = [problem for problem in (*problems, *warnings) if problem.line is None]
        if not told:
            return problems, warnings
        drafts = [Draft(item.pledge, self.government, *rest) for item, rest in zip(written, self.rest, strict=True)]
        files: dict[str, list[Draft]] = {}
        for made in drafts:
            files.setdefault(drafted_name(made), []).append(made)
        again: list[Written] = []
        for name in dict.fromkeys(problem.file for problem in told):
            # a pledge checked unwritten is told by id (rules/book.py, Written.problem)
            marked = [i for i, made in enumerate(files[name]) if any(
                problem.file == name and problem.message.startswith(f"pledge '{made.pledge.id}': ") for problem in told)]
            read = read_back(files[name], max(marked) + 1)
            # A drafted pledge names its government (or the corpus has one): its check does not depend on the
            # pledges around it, so those told are checked again alone.
            again += [read[i] for i in marked]
        _, found, warned = check_written(again, corpus)
        return ([p for p in problems if p.line is not None] + found, [p for p in warnings if p.line is not None] + warned)


class Standing:
    """Where the rules of a book stand, by year and report: whether one already stands where a draft's quote
    does is told from the rules of that year and report only, not from every rule (``draft --update`` asks it
    of every draft of a corpus).

    >>> from pledgetrack import load_corpus, load_rules
    >>> from pledgetrack.draft import draft
    >>> corpus = load_corpus()
    >>> standing = Standing(load_rules(corpus=corpus))
    >>> fairs = next(d for d in draft(corpus, 2023) if "招聘会" in d.pledge.quote)
    >>> standing.holds(fairs)
    True
    """

    def __init__(self, book: RuleBook):
        self._at: dict[tuple[int, str], list[tuple[int, int]]] = collections.defaultdict(list)
        for rule in book:
            for place in rule.places:
                self._at[rule.year, place.document].append((place.start, place.end))

    def holds(self, made: Draft) -> bool:
        """Whether a rule of the book stands where the draft's quote does."""
        return any(start < b and a < end for doc, a, b in made.places
                   for start, end in self._at.get((made.pledge.year, doc), ()))


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
