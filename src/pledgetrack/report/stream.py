"""Outputs written as the audit goes (``--format jsonl`` and ``--format csv``), made where
the verdicts are graded.

Given to :func:`pledgetrack.pipeline.grade_book` as ``shape``, a :class:`Streamed` turns
each government's verdicts into lines of output in the worker that graded them, so that a
worker sends back text, not verdicts, and the process writing the output holds one
government's lines at a time. The lines are the bytes that the whole-audit renderers
(:func:`.jsonl.render` with ``full``, :func:`.csv.render`) write for the same verdicts.

>>> import datetime
>>> from pledgetrack import audit
>>> result = audit(as_of=datetime.date(2026, 11, 21))
>>> made = Streamed("csv", Selection(keyword="gdp"))(result.verdicts[:3], result.corpus)
>>> [(grade.value, chosen, text[:22] if text else None) for grade, chosen, text in made]
[('met', True, 'yuexiu-2017-gdp-growth'), ('met', False, None), ('exceeded', False, None)]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..corpus import Corpus
from ..paths import Viewpoint, viewpoint
from ..records import record_of
from ..rules.model import Grade
from ..selection import Selection
from ..results import Verdict
from . import csv, jsonl

STREAMED = ("jsonl", "csv")


@attrs.frozen
class Streamed:
    """How to make the lines of a streamed format, sent to every worker.

    - ``format``: ``"jsonl"`` or ``"csv"``
    - ``selection``: which pledges are shown (``-k``, ``--year``, ``--area``, ``--grade``)
    - ``full``: JSON Lines keep every candidate (``-vv``), else the chosen one and a count
    - ``seen_from``: the folders paths are shown from: the process that made this, not the worker
    """

    format: str = attrs.field(validator=attrs.validators.in_(STREAMED))
    selection: Selection = Selection()
    full: bool = False
    seen_from: Viewpoint = attrs.field(factory=viewpoint)

    def header(self) -> str:
        """What the output begins with, before its first line."""
        return csv.header() if self.format == "csv" else ""

    def __call__(self, verdicts: Sequence[Verdict], corpus: Corpus) -> list[tuple[Grade, bool, str | None]]:
        """For each verdict: its grade, whether the selection chose its pledge, and its line
        (None when the pledge is not chosen or its grade not shown)."""
        chosen = {id(rule) for rule in self.selection.rules([verdict.rule for verdict in verdicts])}
        made = []
        for verdict in verdicts:
            picked = id(verdict.rule) in chosen
            shown = picked and self.selection.shows(verdict)
            made.append((verdict.grade, picked, self._line(verdict, corpus) if shown else None))
        return made

    def _line(self, verdict: Verdict, corpus: Corpus) -> str:
        if self.format == "csv":
            return csv.row(record_of(verdict, corpus, self.seen_from))
        return jsonl.line(verdict, self.full, self.seen_from)
