"""Problems with user input, reported the way a compiler would.

Every stage that reads something a user wrote (a manifest, a report, a rule file)
collects :class:`Problem` values instead of stopping at the first one, and raises
them together in one :class:`PledgetrackError`, so that a user fixes a whole file
in one pass.

>>> p = Problem("rules/2023.yaml", 4, 12, "unknown key 'qoute'", hint="did you mean 'quote'?")
>>> str(p)
"rules/2023.yaml:4:12: unknown key 'qoute'\\n  help: did you mean 'quote'?"
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

# Problems shown per file: a file of 200,000 mistakes is reported as quickly as one of 2.
MAX_PROBLEMS = 100
TOO_MANY = "too-many"


@attrs.frozen
class Problem:
    """One thing wrong with one input file, at a 1-based line and column.

    ``line`` and ``column`` are None when the problem concerns the whole file
    (a missing file, say). ``code`` is a short stable name for tests and tools.
    """

    file: str
    line: int | None
    column: int | None
    message: str
    hint: str = ""
    code: str = ""

    @property
    def where(self) -> str:
        """``file:line:col``, with as much of it as is known."""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}"
        if self.hint:
            text += f"\n  help: {self.hint}"
        return text


class PledgetrackError(Exception):
    """Raised with every problem found in the input at once, at most :data:`MAX_PROBLEMS` per file.

    >>> err = PledgetrackError([Problem("m.yaml", 3, 5, "duplicate id 'a'")])
    >>> print(err)
    m.yaml:3:5: duplicate id 'a'
    >>> many = PledgetrackError([Problem("m.yaml", n, 1, "bad") for n in range(1, 251)])
    >>> len(many.problems), many.problems[-1].message
    (101, 'and 150 more problems in this file')
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems: tuple[Problem, ...] = _capped(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _capped(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    kept: list[Problem] = []
    counts: dict[str, int] = {}
    for problem in problems:
        if problem.code != TOO_MANY:  # a reader that stopped early says so itself, uncounted
            counts[problem.file] = counts.get(problem.file, 0) + 1
        if problem.code == TOO_MANY or counts[problem.file] <= MAX_PROBLEMS:
            kept.append(problem)
    kept += [Problem(file, None, None, f"and {n - MAX_PROBLEMS:,} more problems in this file",
                     "fix these first, then run again", TOO_MANY)
             for file, n in counts.items() if n > MAX_PROBLEMS]
    return tuple(kept)


class CorpusError(PledgetrackError):
    """A manifest or report that cannot be read as it stands."""


class RuleError(PledgetrackError):
    """A rule file that is not a valid rule book for the corpus."""


class QuantityError(ValueError):
    """Text that holds no quantity where one was required.

    >>> QuantityError("no quantity in '全覆盖'").args[0]
    "no quantity in '全覆盖'"
    """
