"""A drafted rule: the pledge as drafted, where its quote stands, and what a reviewer should check first."""

from __future__ import annotations

import attrs

from ..rules.model import Pledge

__all__ = ["Draft"]


@attrs.frozen
class Draft:
    """A drafted pledge, where its quote stands, and what a reviewer should check first.

    What to check first is data, the pledge's ``check`` (evidence, target, period, outcome); ``doubts``
    holds any reason not sorted under one of those keys, written as a comment above the rule.
    """

    pledge: Pledge
    government: str
    document: str
    start: int
    end: int
    doubts: tuple[str, ...] = ()
    places: tuple[tuple[str, int, int], ...] = ()  # every (document, start, end) the quote stands at
    topic: str = ""  # the figure-less clause just before the quote in its sentence (提升县城承载能力), or ''
