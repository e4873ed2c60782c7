"""What changed since an earlier audit: each pledge new, gone, unchanged, or changed in its
grade, its outcome or its evidence, with the old and the new values.

The earlier audit is the JSON that ``pledgetrack audit --format json`` wrote (any schema
version up to this one); the comparison reads the columns of :data:`SNAPSHOT` from it.

>>> import datetime
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
>>> records = audit(rules=book, as_of=datetime.date(2026, 11, 21)).records()
>>> old = Baseline("old.json", "2026-01-01", {"fairs": dict(snapshot(records[0]), grade="missed"), "parks": {}})
>>> changes = compare(old, records)
>>> [(c.id, c.status.value, c.aspects) for c in changes.pledges]
[('fairs', 'changed', ('grade',)), ('parks', 'gone', ())]
>>> changes.counts()
{'changed': 1, 'new': 0, 'gone': 1, 'unchanged': 0}
"""

from __future__ import annotations

import enum
import json
from collections.abc import Collection, Iterable
from pathlib import Path

import attrs

from .errors import PledgetrackError, Problem
from .files import read_input
from .records import Record, to_json

# The columns compared, by what they tell: a change in any of them makes a pledge "changed".
ASPECTS: dict[str, tuple[str, ...]] = {
    "grade": ("grade", "reason"),
    "outcome": ("outcome_value", "outcome_unit", "outcome_text"),
    "evidence": ("evidence_document", "evidence_line", "evidence_text"),
}
SNAPSHOT = ("grade", "reason", "outcome_value", "outcome_unit", "outcome_text", "evidence_document",
            "evidence_file", "evidence_line", "evidence_text")
SCHEMA = "pledgetrack-audit"
NEWEST = 2

# An audit's JSON holds about 2 kB a pledge: a file far larger than any audit is refused before it is read.
MAX_BASELINE_BYTES = 64 * 1024 * 1024


class Status(enum.StrEnum):
    """How a pledge stands against the baseline."""

    CHANGED = "changed"
    NEW = "new"
    GONE = "gone"
    UNCHANGED = "unchanged"


@attrs.frozen
class Baseline:
    """An earlier audit: its file, its as-of day and a snapshot (JSON values) per pledge id."""

    file: str
    as_of: str
    snapshots: dict[str, dict]


@attrs.frozen
class Change:
    """One pledge against the baseline; ``old`` is None when new, ``new`` None when gone."""

    id: str
    status: Status
    aspects: tuple[str, ...]
    old: dict | None
    new: dict | None


@attrs.frozen
class Changes:
    """Every pledge of either audit: this audit's order, then those gone."""

    baseline: Baseline
    pledges: tuple[Change, ...]

    def counts(self) -> dict[str, int]:
        """How many pledges stand each way, every status present."""
        return {status.value: sum(1 for c in self.pledges if c.status is status) for status in Status}

    def shown(self) -> list[Change]:
        """The pledges that are not unchanged."""
        return [c for c in self.pledges if c.status is not Status.UNCHANGED]


def snapshot(record: Record) -> dict:
    """The compared columns of a record, as JSON values."""
    data = to_json(record)
    return {name: data[name] for name in SNAPSHOT}


def compare(baseline: Baseline, records: Iterable[Record], still_there: Collection[str] = ()) -> Changes:
    """Each record against the baseline. A baseline id in ``still_there`` (the rule book) but not among
    ``records`` was not selected this time (``-k``, ``--year``): it is left out, not called gone."""
    pledges = []
    seen = set()
    for record in records:
        seen.add(record.id)
        new = snapshot(record)
        old = baseline.snapshots.get(record.id)
        if old is None:
            pledges.append(Change(record.id, Status.NEW, (), None, new))
            continue
        aspects = tuple(a for a, names in ASPECTS.items() if any(old.get(n) != new[n] for n in names))
        pledges.append(Change(record.id, Status.CHANGED if aspects else Status.UNCHANGED, aspects, old, new))
    pledges += [Change(id, Status.GONE, (), old, None) for id, old in baseline.snapshots.items()
                if id not in seen and id not in still_there]
    return Changes(baseline, tuple(pledges))


def read_baseline(path: str | Path) -> Baseline:
    """Read an earlier audit's JSON; raise :class:`PledgetrackError` saying what is wrong with it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "old.json").write_text('{"schema": "pledgetrack-audit", "version": 2, "as_of": '
    ...                                                 '"2026-11-21", "records": []}', encoding="utf-8")
    ...     read_baseline(Path(folder) / "old.json").as_of
    '2026-11-21'
    """
    name = str(path)
    hint = "give the file that `pledgetrack audit --format json --output FILE` wrote"

    def problem(message: str, line: int | None = None, column: int | None = None, help: str = hint):
        return PledgetrackError([Problem(name, line, column, message, help, "baseline")])

    try:
        data = json.loads(read_input(path, name, MAX_BASELINE_BYTES).decode("utf-8"))
    except PledgetrackError as exc:
        if exc.problems[0].code == "missing-file":
            raise problem("no such baseline file") from None
        raise
    except UnicodeDecodeError as exc:
        raise problem(f"cannot read the baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise problem(f"not JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        raise problem("nested too deeply to be an audit") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise problem(f'not a pledgetrack audit (no "schema": "{SCHEMA}" at the top)')
    version = data.get("version")
    if not isinstance(version, int) or not 1 <= version <= NEWEST:
        raise problem(f"an audit of schema version {version}, which this pledgetrack cannot read",
                      help=f"it reads versions 1 to {NEWEST}; upgrade pledgetrack to compare with it")
    try:
        rows = data["records"] if version >= 2 else [_from_verdict(v) for v in data["verdicts"]]
        snapshots = {row["id"]: {n: row[n] for n in SNAPSHOT} for row in rows}
    except (KeyError, TypeError) as exc:
        raise problem(f"the audit lacks {exc} where its schema (version {version}) has it") from None
    return Baseline(name, str(data.get("as_of", "")), snapshots)


def _from_verdict(verdict: dict) -> dict:
    # Schema version 1 had no records: the compared columns are read from its verdicts.
    chosen, target = verdict["chosen"], verdict["target"]
    figure = chosen["figure"] if chosen else None
    return {"id": verdict["id"], "grade": verdict["grade"], "reason": verdict["reason"],
            "outcome_value": verdict["outcome"],
            "outcome_unit": target["unit"] if target and verdict["outcome"] is not None else None,
            "outcome_text": figure["text"].strip() if figure else None,
            **{f"evidence_{key}": chosen[key] if chosen else None for key in ("document", "file", "line", "text")}}
