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
    """Raised with every problem found in the input at once.

    >>> err = PledgetrackError([Problem("m.yaml", 3, 5, "duplicate id 'a'")])
    >>> print(err)
    m.yaml:3:5: duplicate id 'a'
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class CorpusError(PledgetrackError):
    """A manifest or report that cannot be read as it stands."""


class RuleError(PledgetrackError):
    """A rule file that is not a valid rule book for the corpus."""


class QuantityError(ValueError):
    """Text that holds no quantity where one was required.

    >>> QuantityError("no quantity in '全覆盖'").args[0]
    "no quantity in '全覆盖'"
    """
