"""``--format json``: the whole audit for machines, in a documented, versioned schema.

Every number that comes from a report or a rule is a string holding the exact
decimal (``"3193"``, ``"0.938"``), never a JSON float; keys come in a fixed order
and the same audit always gives the same bytes. The JSON Schema of this output
ships beside this module (:func:`json_schema`); docs/output.md describes each field
and the versioning policy.
"""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources

from .. import records
from ..audit import AuditResult
from ..results import Verdict
from ..history import Changes
from ..evidence import Candidate
from ..quantity import Quantity
from ..rules.target import Target, format_number
from .changes import to_data as changes_data
from ..paths import Viewpoint, public_path

SCHEMA = "pledgetrack-audit"
VERSION = 3
SCHEMA_FILE = "audit-schema.json"


def render(result: AuditResult, changes: Changes | None = None) -> str:
    """The audit as one JSON document (Chinese kept as is), ending in a newline; with
    ``changes`` (``--baseline``), what changed since the baseline too.

    >>> import datetime, json as stdlib_json
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> data = stdlib_json.loads(render(audit(rules=book, as_of=datetime.date(2026, 11, 21))))
    >>> data["schema"], data["version"], data["counts"]["exceeded"]
    ('pledgetrack-audit', 3, 1)
    >>> verdict = data["verdicts"][0]
    >>> verdict["grade"], verdict["outcome"], verdict["target"]["value"], verdict["chosen"]["line"]
    ('exceeded', '175', '100', 84)
    """
    return json.dumps(to_data(result, changes), ensure_ascii=False, indent=2) + "\n"


def to_data(result: AuditResult, changes: Changes | None = None) -> dict:
    """The audit as plain JSON-ready data (dicts, lists, str, int, bool, None), in the schema's key order.

    >>> import datetime
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="rent", year=2023, quote="发放租赁补贴2000户以上", evidence=["租赁补贴"])])
    >>> figure = to_data(audit(rules=book, as_of=datetime.date(2026, 11, 21)))["verdicts"][0]["chosen"]["figure"]
    >>> figure["text"], figure["value"], figure["unit"], figure["qualifier"]
    ('2180户', '2180', '户', 'exact')
    """
    corpus = result.corpus
    data = {
        "schema": SCHEMA,
        "version": VERSION,
        "generated_for": {
            "corpus_root": _path(corpus.root),
            "manifest": _path(corpus.manifest),
            "documents": [{"id": doc.id, "file": doc.file, "title": doc.title,
                           "region": doc.region, "reviews": doc.reviews, "plans": doc.plans}
                          for doc in corpus.entries],
            "rule_files": [_path(f) for f in result.rules.files],
        },
        "as_of": result.as_of.isoformat(),
        "counts": {grade.value: n for grade, n in result.counts().items()},
        "drafted": sum(1 for v in result.verdicts if v.rule.pledge.drafted),
        "verdicts": [verdict_data(v) for v in result.verdicts],
        "records": [records.to_json(r) for r in result.records()],
    }
    if changes is not None:
        data["changes"] = changes_data(changes)
    return data


def json_schema() -> dict:
    """The JSON Schema (draft-07) every output of :func:`render` satisfies.

    >>> json_schema()["properties"]["version"]["const"]
    3
    """
    return json.loads((resources.files(__package__) / SCHEMA_FILE).read_text(encoding="utf-8"))


def _path(path, seen_from: Viewpoint | None = None) -> str:
    # "/" on every system and no folder of this machine, so one audit gives the same bytes wherever it runs
    return public_path(path, seen_from)


def _number(value: Decimal | None) -> str | None:
    return None if value is None else format_number(value)


def verdict_data(verdict: Verdict, seen_from: Viewpoint | None = None) -> dict:
    """One verdict as plain data, as it stands in ``verdicts``; its rule file's path shown from
    the folders of ``seen_from`` (by default this process's, see :func:`~pledgetrack.paths.public_path`)."""
    rule = verdict.rule
    pledge = rule.pledge
    return {
        "id": pledge.id,
        "year": pledge.year,
        "title": pledge.title,
        "area": pledge.area,
        "tags": list(pledge.tags),
        "kind": rule.kind.value,
        "drafted": pledge.drafted,
        "check": dict(pledge.check.points()) if pledge.check is not None else None,
        "quote": pledge.quote,
        "places": [{"document": p.document, "line": p.position.line, "column": p.position.column}
                   for p in rule.places],
        "rule_file": _path(rule.origin.file, seen_from),
        "rule_line": rule.origin.line,
        "target": _target(verdict.target),
        "grade": verdict.grade.value,
        "reason": verdict.reason.value if verdict.reason is not None else None,
        "outcome": _number(verdict.outcome),
        "ratio": _number(verdict.ratio),
        "explanation": verdict.explanation,
        "conflict": verdict.conflict,
        "note": pledge.note,
        "government": rule.government,
        "chosen": _candidate(verdict.chosen) if verdict.chosen is not None else None,
        "candidates": [_candidate(c) for c in verdict.candidates],
    }


def _target(target: Target | None) -> dict | None:
    if target is None:
        return None
    return {
        "op": target.op.value,
        "value": _number(target.value),
        "unit": target.unit,
        "high": _number(target.high),
        "trend": target.trend.value if target.trend is not None else None,
        "text": target.text,
        "ceiling": target.ceiling,
        "described": target.describe(),
    }


def _candidate(candidate: Candidate) -> dict:
    return {
        "document": candidate.document,
        "file": candidate.file,
        "line": candidate.position.line,
        "column": candidate.position.column,
        "text": candidate.text,
        "source": candidate.source,
        "figure": _figure(candidate.quantity),
        "named": candidate.named,
        "completion": candidate.completion,
        "note": candidate.note,
        "incomparable": candidate.incomparable,
        "estimate": candidate.estimate,
    }


def _figure(quantity: Quantity | None) -> dict | None:
    if quantity is None:
        return None
    return {
        "text": quantity.text,
        "value": _number(quantity.value),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value,
        "high": _number(quantity.high),
        "trend": quantity.trend,
    }
