"""Optional extras: a module that only some features need, imported when they need it.

>>> require("decimal", "pandas", "to_pandas()").__name__
'decimal'
>>> require("no_such_module_here", "xlsx", "--format xlsx")
Traceback (most recent call last):
...
pledgetrack.extras.MissingExtra: pledgetrack: --format xlsx needs the optional package 'no_such_module_here'
  help: install it with: pip install 'pledgetrack[xlsx]'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import PledgetrackError, Problem


class MissingExtra(PledgetrackError):
    """A feature whose optional package is not installed; says which extra brings it."""


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtra` naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra([Problem("pledgetrack", None, None, f"{feature} needs the optional package '{module}'",
                                    f"install it with: pip install 'pledgetrack[{extra}]'", "missing-extra")]) from None
