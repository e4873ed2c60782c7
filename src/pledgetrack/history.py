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
import re
from collections.abc import Collection, Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path

import attrs

from .errors import PledgetrackError, Problem
from .files import read_input
from .grading import Reason
from .records import Record, to_json
from .rules.model import Grade

# The columns compared, by what they tell: a change in any of them makes a pledge "changed".
ASPECTS: dict[str, tuple[str, ...]] = {
    "grade": ("grade", "reason"),
    "outcome": ("outcome_value", "outcome_unit", "outcome_text"),
    "evidence": ("evidence_document", "evidence_line", "evidence_text"),
}
SNAPSHOT = ("grade", "reason", "outcome_value", "outcome_unit", "outcome_text", "evidence_document",
            "evidence_file", "evidence_line", "evidence_text")
SCHEMA = "pledgetrack-audit"
NEWEST = 3

# An audit's JSON holds about 2 kB a pledge: a file far larger than any audit is refused before it is read.
MAX_BASELINE_BYTES = 64 * 1024 * 1024
# No line number or count in an audit has more digits; a longer integer is refused before it is converted.
MAX_DIGITS = 20
# What each compared column may hold (None aside): a baseline is data from anywhere, checked before use.
_TEXT_COLUMNS = ("outcome_unit", "outcome_text", "evidence_document", "evidence_file", "evidence_text")
# A JSON string, skipped, or a token an audit never writes: NaN, Infinity, an integer too long.
_ODD_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?NaN|-?Infinity|-?[0-9]{%d,})' % (MAX_DIGITS + 1))


class _Odd(ValueError):
    """A JSON token no audit writes."""


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
        text = read_input(path, name, MAX_BASELINE_BYTES).decode("utf-8")
        data = json.loads(text, parse_constant=_odd, parse_int=_integer, parse_float=_decimal)
    except PledgetrackError as exc:
        if exc.problems[0].code == "missing-file":
            raise problem("no such baseline file") from None
        raise
    except UnicodeDecodeError as exc:
        raise problem(f"cannot read the baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise problem(f"not JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except _Odd as exc:
        at = next((m.start(1) for m in _ODD_TOKEN.finditer(text) if m.group(1)), None)
        line, column = (text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)) if at is not None else (None, None)
        raise problem(f"found {exc}, which no audit writes", line, column) from None
    except RecursionError:
        raise problem("nested too deeply to be an audit") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise problem(f'not a pledgetrack audit (no "schema": "{SCHEMA}" at the top)')
    version = data.get("version")
    if not isinstance(version, int) or not 1 <= version <= NEWEST:
        raise problem(f"an audit of schema version {_short(repr(version))}, which this pledgetrack cannot read",
                      help=f"it reads versions 1 to {NEWEST}; upgrade pledgetrack to compare with it")
    try:
        rows = data["records"] if version >= 2 else [_from_verdict(v) for v in data["verdicts"]]
        odd = next((n for n, row in enumerate(rows) if not isinstance(row, dict) or not isinstance(row.get("id"), str)),
                   None)
        if odd is not None:
            raise problem(f"{'records' if version >= 2 else 'verdicts'}[{odd}] is not a pledge with an \"id\" in text")
        snapshots = {row["id"]: {n: row[n] for n in SNAPSHOT} for row in rows}
    except (KeyError, TypeError, AttributeError) as exc:
        raise problem(f"the audit lacks {_short(str(exc))} where its schema (version {version}) has it") from None
    for number, (id, values) in enumerate(snapshots.items()):
        wrong = _wrong(id, values)
        if wrong:
            key = "records" if version >= 2 else "verdicts"
            raise problem(f"{key}[{number}]: {wrong}", help="give the file as `pledgetrack audit --format json` "
                          "wrote it; an audit edited by hand is compared only if it keeps the types")
    return Baseline(name, _short(str(data.get("as_of", "")), 40), snapshots)


def _odd(token: str):
    raise _Odd(token)


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _Odd(f"an integer of {len(digits.lstrip('-')):,} digits")
    return int(digits)


def _decimal(text: str) -> Decimal:
    # No float anywhere: a fraction is read exactly (an audit writes its figures as strings anyway).
    if len(text) > 100:
        raise _Odd(f"a number of {len(text):,} characters")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _Odd("a number that cannot be read") from None


def _wrong(id, values: dict) -> str | None:
    """What is wrong with one snapshot's types, or None."""
    def found(value) -> str:
        return f"found {_short(json.dumps(value, ensure_ascii=False, default=str))}"

    if not isinstance(id, str):
        return f'"id" must be text, {found(id)}'
    if not isinstance(values["grade"], str) or values["grade"] not in {g.value for g in Grade}:
        return f'"grade" of {_short(id)} must be one of {", ".join(g.value for g in Grade)}, {found(values["grade"])}'
    if values["reason"] is not None and (not isinstance(values["reason"], str)
                                         or values["reason"] not in {r.value for r in Reason}):
        return f'"reason" of {_short(id)} must be a reason pledgetrack gives or null, {found(values["reason"])}'
    outcome = values["outcome_value"]
    if outcome is not None and not (isinstance(outcome, str) and _is_number(outcome)):
        return f'"outcome_value" of {_short(id)} must be a number in quotes (as "175") or null, {found(outcome)}'
    for name in _TEXT_COLUMNS:
        if values[name] is not None and not isinstance(values[name], str):
            return f'"{name}" of {_short(id)} must be text or null, {found(values[name])}'
    line = values["evidence_line"]
    if line is not None and (isinstance(line, bool) or not isinstance(line, int) or line < 1):
        return f'"evidence_line" of {_short(id)} must be a line number (1 or more) or null, {found(line)}'
    return None


def _is_number(text: str) -> bool:
    try:
        return len(text) <= 100 and Decimal(text).is_finite()
    except InvalidOperation:
        return False


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _from_verdict(verdict: dict) -> dict:
    # Schema version 1 had no records: the compared columns are read from its verdicts.
    chosen, target = verdict["chosen"], verdict["target"]
    figure = chosen["figure"] if chosen else None
    return {"id": verdict["id"], "grade": verdict["grade"], "reason": verdict["reason"],
            "outcome_value": verdict["outcome"],
            "outcome_unit": target["unit"] if target and verdict["outcome"] is not None else None,
            "outcome_text": figure["text"].strip() if figure else None,
            **{f"evidence_{key}": chosen[key] if chosen else None for key in ("document", "file", "line", "text")}}
