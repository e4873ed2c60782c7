"""--format json: valid against its shipped schema, exact decimals, stable bytes."""

import json
import re
from decimal import Decimal

import jsonschema
import pytest

from pledgetrack.audit import audit
from pledgetrack.report.json import json_schema, render

from conftest import AS_OF
from report_samples import BIG_OUTCOME, BIG_TARGET, LONG_RATIO, hand_made


@pytest.fixture(scope="module")
def validator():
    schema = json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _floats(value):
    if isinstance(value, dict):
        return [f for v in value.values() for f in _floats(v)]
    if isinstance(value, list):
        return [f for v in value for f in _floats(v)]
    return [value] if isinstance(value, float) else []


def test_the_bundled_audit_validates_against_the_schema(bundled_audit, validator):
    data = json.loads(render(bundled_audit))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    assert [v["id"] for v in data["verdicts"]] == [v.id for v in bundled_audit]
    assert data["counts"] == {g.value: n for g, n in bundled_audit.counts().items()}
    assert data["as_of"] == AS_OF.isoformat()


def test_the_hand_made_audit_validates_and_holds_no_float(corpus, validator):
    data = json.loads(render(hand_made(corpus)), parse_float=float)
    validator.validate(data)
    assert _floats(data) == []


def test_decimals_round_trip_exactly(corpus):
    verdicts = {v["id"]: v for v in json.loads(render(hand_made(corpus)))["verdicts"]}
    invest = verdicts["sample-2023-invest"]
    assert invest["target"]["value"] == "3900000000" and Decimal(invest["target"]["value"]) == BIG_TARGET
    assert Decimal(invest["outcome"]) == BIG_OUTCOME and invest["outcome"] == "4540000000"
    assert Decimal(invest["ratio"]) == LONG_RATIO
    assert invest["chosen"]["figure"]["value"] == "4540000000"
    assert verdicts["sample-2023-fairs"]["ratio"] == "0.8"


def test_every_bundled_decimal_round_trips(bundled_audit):
    data = json.loads(render(bundled_audit))
    for verdict, out in zip(bundled_audit, data["verdicts"], strict=True):
        for name in ("outcome", "ratio"):
            value = getattr(verdict, name)
            assert (None if out[name] is None else Decimal(out[name])) == value, (verdict.id, name)
        if verdict.target is not None and verdict.target.value is not None:
            assert Decimal(out["target"]["value"]) == verdict.target.value
        for candidate, shown in zip(verdict.candidates, out["candidates"], strict=True):
            assert shown["line"] == candidate.position.line and shown["file"] == candidate.file
            if candidate.quantity is not None:
                assert Decimal(shown["figure"]["value"]) == candidate.quantity.value


def test_same_input_gives_the_same_bytes(bundled_audit):
    again = audit(bundled_audit.corpus, bundled_audit.rules, as_of=AS_OF)
    assert render(again).encode() == render(bundled_audit).encode()


def test_keys_come_in_the_documented_order(corpus):
    schema = json_schema()
    data = json.loads(render(hand_made(corpus)))
    assert list(data) == ["schema", "version", "generated_for", "as_of", "counts", "drafted", "verdicts", "records"]
    assert list(data["counts"]) == ["met", "exceeded", "missed", "unverifiable"]
    for verdict in data["verdicts"]:
        assert list(verdict) == schema["definitions"]["verdict"]["required"]
        for candidate in verdict["candidates"]:
            assert list(candidate) == schema["definitions"]["candidate"]["required"]
    for record in data["records"]:
        assert list(record) == schema["definitions"]["record"]["required"]


def test_chinese_is_written_as_is_and_nulls_stand_for_what_is_absent(corpus):
    text = render(hand_made(corpus))
    assert "力争全年完成投资超39亿元" in text
    # only control characters are escaped (JSON must); every other character is written as itself
    assert {int(code, 16) < 0x20 for code in re.findall(r"\\u([0-9a-f]{4})", text)} == {True}
    verdicts = {v["id"]: v for v in json.loads(text)["verdicts"]}
    park = verdicts["sample-2023-park"]
    assert park["target"] is None and park["outcome"] is None and park["kind"] == "milestone"
    assert park["chosen"]["completion"] == "建成" and park["chosen"]["figure"] is None
    parks = verdicts["sample-2024-parks"]
    assert parks["grade"] == "unverifiable" and parks["reason"] == "no_evidence" and parks["chosen"] is None
    assert verdicts["sample-2023-fairs"]["conflict"] is True
    assert verdicts["sample-2023-fairs"]["places"] == [{"document": "yuexiu-2023-drc", "line": 154, "column": 5}]


def test_a_changed_shape_fails_validation(corpus, validator):
    data = json.loads(render(hand_made(corpus)))
    data["verdicts"][0]["outcome"] = 80.0
    assert not validator.is_valid(data)
    data = json.loads(render(hand_made(corpus)))
    data["verdicts"][0]["surprise"] = True
    assert not validator.is_valid(data)
