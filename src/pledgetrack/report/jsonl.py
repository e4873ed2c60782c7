"""``--format jsonl``: one JSON object per verdict and per line, written as the audit goes.

Each line is a verdict as ``--format json`` writes it (:func:`.json.verdict_data`),
so a national audit can be written, and read, a line at a time. Without the full
candidate list (``full=False``, the command line's default below ``-vv``) a line keeps
the chosen candidate and says how many there were in ``candidate_count``.

>>> import datetime, json
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
>>> line = next(lines(audit(rules=book, as_of=datetime.date(2026, 11, 21)).verdicts, full=False))
>>> data = json.loads(line)
>>> data["id"], data["grade"], data["chosen"]["line"], "candidates" in data, data["candidate_count"] > 0
('fairs', 'exceeded', 84, False, True)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

import attrs

from ..audit import AuditResult
from ..paths import Viewpoint, viewpoint
from ..rules.model import Grade
from ..selection import Selection
from ..verdict import Verdict
from .json import verdict_data


def lines(verdicts: Iterable[Verdict], full: bool = True, seen_from: Viewpoint | None = None) -> Iterator[str]:
    """Each verdict as one line of JSON (Chinese kept as is), ending in a newline; paths shown
    from ``seen_from`` (by default this process's folders)."""
    for verdict in verdicts:
        data = verdict_data(verdict, seen_from)
        if not full:
            data["candidate_count"] = len(data.pop("candidates"))
        yield json.dumps(data, ensure_ascii=False) + "\n"


@attrs.frozen
class Lines:
    """Verdicts made into lines where they are graded: given to
    :func:`pledgetrack.pipeline.grade_book` as ``shape``, a worker sends back text, not verdicts.

    For each verdict, its grade and its line, or None for a line when ``selection`` leaves it
    out. Paths are shown from the folders of the process that made this (``seen_from``), not
    from the worker's, so the output is the same bytes wherever the work runs.

    >>> import datetime
    >>> from pledgetrack import audit
    >>> verdicts = audit(as_of=datetime.date(2026, 11, 21)).verdicts[:3]
    >>> [(grade.value, line is not None) for grade, line in Lines(Selection(keyword="gdp"))(verdicts)]
    [('met', True), ('met', False), ('exceeded', False)]
    """

    selection: Selection = Selection()
    full: bool = True
    seen_from: Viewpoint = attrs.field(factory=viewpoint)

    def __call__(self, verdicts: Sequence[Verdict]) -> list[tuple[Grade, str | None]]:
        chosen = {id(rule) for rule in self.selection.rules([v.rule for v in verdicts])}
        shown = [v for v in verdicts if id(v.rule) in chosen and self.selection.shows(v)]
        made = dict(zip(map(id, shown), lines(shown, self.full, self.seen_from)))
        return [(v.grade, made.get(id(v))) for v in verdicts]


def render(result: AuditResult) -> str:
    """The whole audit as JSON Lines, every candidate kept."""
    return "".join(lines(result.verdicts))
