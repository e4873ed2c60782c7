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
from collections.abc import Iterable, Iterator

from ..audit import AuditResult
from ..paths import Viewpoint
from ..results import Verdict
from .json import verdict_data


def lines(verdicts: Iterable[Verdict], full: bool = True) -> Iterator[str]:
    """Each verdict as one line of JSON (Chinese kept as is), ending in a newline."""
    return (line(verdict, full) for verdict in verdicts)


def line(verdict: Verdict, full: bool = True, seen_from: Viewpoint | None = None) -> str:
    """One verdict as a line of JSON; its rule file shown from ``seen_from`` (by default this
    process's folders, :func:`~pledgetrack.paths.public_path`)."""
    data = verdict_data(verdict, seen_from)
    if not full:
        data["candidate_count"] = len(data.pop("candidates"))
    return json.dumps(data, ensure_ascii=False) + "\n"


def render(result: AuditResult) -> str:
    """The whole audit as JSON Lines, every candidate kept."""
    return "".join(lines(result.verdicts))
