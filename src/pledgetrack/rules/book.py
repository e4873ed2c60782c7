"""A rule book as loaded: each pledge as read (``Written``), and as checked against the corpus (``Rule``).

>>> Origin("rules/2023.yaml", 4, 5)
Origin(file='rules/2023.yaml', line=4, column=5)
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..corpus import Location
from ..errors import Problem
from .model import Kind, Pledge
from .target import Target
from .vocabulary import Vocabulary


@attrs.frozen
class Origin:
    """Where a pledge was written: rule file and 1-based line and column."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return ":".join(str(x) for x in (self.file, self.line, self.column) if x is not None)


@attrs.frozen
class Rule:
    """A pledge read against the corpus: its target, every place its quote stands, and whose it is.

    ``government`` is the manifest ``region`` of the reports whose plan holds the
    quote: evidence for the pledge comes from that government's reports only.
    """

    pledge: Pledge
    target: Target | None
    places: tuple[Location, ...]
    origin: Origin
    government: str
    also: tuple[Target, ...] = ()  # the quote's other figures, each a target too

    @property
    def kind(self) -> Kind:
        """``numeric`` when the rule has a target to grade against, else ``milestone``."""
        return Kind.MILESTONE if self.target is None else Kind.NUMERIC

    @property
    def id(self) -> str:
        return self.pledge.id

    @property
    def year(self) -> int:
        return self.pledge.year


@attrs.frozen(repr=False)
class RuleBook:
    """All rules of the files loaded, in file order, with the vocabulary they use.

    - ``rules``: every :class:`Rule`, in file order; ``files``: the rule files read (empty for
      rules built in code); ``vocabulary``: the synonyms evidence keywords are read with
    - ``warnings``: what the loader had to guess (whose pledge a quote is) or what is likely,
      not certainly, wrong (an evidence word in no report of the pledge's government); they
      are shown, and fail nothing.

    >>> from pledgetrack.rules import load_rules
    >>> load_rules()                         # doctest: +ELLIPSIS
    <RuleBook of 200 rules (6 files): yuexiu-2017-gdp-growth, ..., … 197 more>
    """

    rules: tuple[Rule, ...]
    files: tuple[str, ...]
    vocabulary: Vocabulary
    warnings: tuple[Problem, ...] = ()

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        ids = ", ".join(rule.id for rule in self.rules[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        files = f"{len(self.files)} files" if self.files else "built in code"
        return f"<RuleBook of {len(self)} rules ({files}): {ids}{more}>"

    def __getitem__(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


@attrs.frozen
class Written:
    """A pledge as read from its file, with where each of its keys stands: small enough to send to a worker."""

    pledge: Pledge
    origin: Origin
    spots: dict[str, tuple[int, int]] = attrs.field(factory=dict, repr=False)

    def problem(self, key: str, message: str, hint: str = "", code: str = "") -> Problem:
        """A problem placed at this pledge's ``key`` (at the pledge itself when it has no such key)."""
        if self.origin.line is None:
            return Problem(self.origin.file, None, None, f"pledge '{self.pledge.id}': {message}", hint, code)
        line, column = self.spots.get(key, (self.origin.line, self.origin.column))
        return Problem(self.origin.file, line, column, message, hint, code)
