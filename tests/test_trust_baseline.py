"""Issue 21: a --baseline file is checked where it enters: odd values are one clear problem, exit 2."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pledgetrack import audit
from pledgetrack.cli import main
from pledgetrack.errors import PledgetrackError
from pledgetrack.history import SNAPSHOT, compare, read_baseline
from pledgetrack.report.changes import html_section, terminal_lines, to_data

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def audit_json(tmp_path_factory):
    """An audit of the job-fair pledges as `audit --format json` writes it."""
    path = tmp_path_factory.mktemp("baseline") / "old.json"
    assert main(["audit", "-k", "job-fairs", "--as-of", AS_OF, "--format", "json", "--output", str(path)]) == 0
    return path.read_text(encoding="utf-8")


def run_with(capsys, tmp_path, text: str) -> tuple[int, str, str]:
    baseline = tmp_path / "old.json"
    baseline.write_text(text, encoding="utf-8")
    status = main(["audit", "-k", "job-fairs", "--as-of", AS_OF, "--baseline", str(baseline)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.err, str(baseline)


def test_a_number_where_a_grade_is_text(capsys, tmp_path, audit_json):
    data = json.loads(audit_json)
    data["records"][1]["grade"] = 5
    status, err, file = run_with(capsys, tmp_path, json.dumps(data, ensure_ascii=False))
    assert status == 2
    first = err.splitlines()[0]
    assert first.startswith(f"{file}: records[1]: \"grade\" of {data['records'][1]['id']} must be one of met, "
                            "exceeded, missed, unverifiable, found 5")


def test_nan_is_named_where_it_stands(capsys, tmp_path, audit_json):
    text = audit_json.replace('"evidence_line": null', '"evidence_line": NaN', 1)
    at = text.index("NaN")
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    status, err, file = run_with(capsys, tmp_path, text)
    assert status == 2 and err.splitlines()[0] == f"{file}:{line}:{column}: found NaN, which no audit writes"


@pytest.mark.parametrize("token", ["Infinity", "-Infinity", "7" * 5000, "-" + "1" * 21])
def test_infinities_and_long_integers_are_refused_before_they_are_converted(capsys, tmp_path, audit_json, token):
    text = audit_json.replace('"evidence_line": null', f'"evidence_line": {token}', 1)
    status, err, file = run_with(capsys, tmp_path, text)
    assert status == 2 and err.startswith(f"{file}:")
    assert "which no audit writes" in err.splitlines()[0]
    if token.startswith("7"):
        assert "an integer of 5,000 digits" in err and "7777" not in err


def test_a_string_holding_nan_is_no_token(tmp_path, audit_json):
    # "NaN" inside a string is text, not a number: it is the column's type that is checked.
    data = json.loads(audit_json)
    data["records"][0]["evidence_text"] = 'NaN Infinity 77777777777777777777777777 "'
    (tmp_path / "old.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert read_baseline(tmp_path / "old.json").snapshots[data["records"][0]["id"]]["evidence_text"].startswith("NaN")


values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8)
                      | st.decimals(allow_nan=False, places=2).map(str),
                      lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
                      max_leaves=4)


@pytest.fixture(scope="module")
def graded():
    from pledgetrack import load_corpus, load_rules
    from pledgetrack.selection import Selection

    corpus = load_corpus()
    book = load_rules(None, corpus)
    rules = Selection("job-fairs").rules(book.rules)
    result = audit(corpus, book, as_of=datetime.date.fromisoformat(AS_OF))
    return [r for r in result.records() if r.id in {rule.id for rule in rules}]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from((*SNAPSHOT, "id", None)), value=values, which=st.integers(0, 2))
def test_any_value_in_any_column_is_read_and_shown_or_refused(tmp_path, audit_json, graded, column, value, which):
    data = json.loads(audit_json)
    if column is None:
        data["records"][which] = value  # the whole record
    else:
        data["records"][which][column] = value
    (tmp_path / "old.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        baseline = read_baseline(tmp_path / "old.json")
    except PledgetrackError as exc:
        assert len(exc.problems) == 1 and "\n" not in exc.problems[0].message
        return
    changes = compare(baseline, graded)
    assert terminal_lines(changes) and to_data(changes) and html_section(changes)
