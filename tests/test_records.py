"""Flat records: what they say about the bundled audit, their JSON round trip, pandas, notebook manners."""

import json
import sys
import warnings
from decimal import Decimal

import attrs
import jsonschema
import pytest
from hypothesis import given

from pledgetrack.extras import MissingExtra, require
from pledgetrack.records import COLUMNS, Record, from_json, to_json
from pledgetrack.report.json import json_schema, render

from report_samples import hand_made, records


def test_a_record_says_what_the_reports_say(bundled_audit):
    rows = {row["id"]: row for row in bundled_audit.to_records()}
    fairs = rows["yuexiu-2023-job-fairs"]
    assert fairs["government"] == "广东省广州市越秀区" and fairs["year"] == 2023 and fairs["area"] == "就业"
    assert fairs["quote"] == "组织线上、线下招聘会不少于100场"
    assert (fairs["quote_document"], fairs["quote_line"]) == ("yuexiu-2023-drc", 154)
    assert (fairs["target_op"], fairs["target_value"], fairs["target_unit"]) == ("at_least", Decimal(100), "场")
    assert fairs["target_text"] == "at least 100 场"
    assert (fairs["outcome_value"], fairs["outcome_unit"], fairs["outcome_text"]) == (Decimal(175), "场", "175场")
    assert fairs["ratio"] == Decimal("1.75") and fairs["grade"] == "exceeded" and fairs["reason"] is None
    assert (fairs["evidence_file"], fairs["evidence_line"]) == ("000_28089b04ea009273.txt", 84)
    assert fairs["evidence_text"].startswith("组织各类招聘会175场")
    assert fairs["outcome_estimate"] is False and fairs["drafted"] is False and fairs["conflict"] is False


def test_an_outcome_the_report_gives_as_an_estimate_is_marked(corpus):
    from pledgetrack.records import record_of

    verdict = next(v for v in hand_made(corpus) if v.chosen is not None and v.chosen.quantity is not None)
    assert record_of(verdict, corpus).outcome_estimate is False
    estimated = attrs.evolve(verdict, chosen=attrs.evolve(verdict.chosen, estimate=True))
    assert record_of(estimated, corpus).outcome_estimate is True


def test_records_are_plain_python_values_in_column_order(bundled_audit):
    rows = bundled_audit.to_records()
    assert len(rows) == len(bundled_audit)
    plain = (str, int, bool, Decimal, type(None))
    for row in rows:
        assert tuple(row) == COLUMNS
        assert all(isinstance(value, plain) for value in row.values())
    milestone = next(r for r in rows if r["kind"] == "milestone")
    assert milestone["target_op"] is None and milestone["target_value"] is None


def test_the_json_carries_the_records_valid_against_the_schema(corpus):
    data = json.loads(render(hand_made(corpus)))
    jsonschema.Draft7Validator(json_schema()).validate(data)
    assert [r["id"] for r in data["records"]] == [v["id"] for v in data["verdicts"]]
    assert set(json_schema()["definitions"]["record"]["properties"]) == set(COLUMNS)


@given(records())
def test_a_record_survives_a_json_round_trip(record):
    data = json.loads(json.dumps(to_json(record), ensure_ascii=False))
    assert from_json(data) == record
    assert not any(isinstance(v, float) for v in data.values())


def test_to_pandas_gives_types_to_compute_with(bundled_audit):
    import pandas as pd  # a test dependency: missing, it is an error, not a skip
    df = bundled_audit.to_pandas()
    assert len(df) == len(bundled_audit) and list(df.columns) == list(COLUMNS)
    for column in ("grade", "reason", "area", "government"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
    assert list(df.grade.cat.categories) == ["met", "exceeded", "missed", "unverifiable"]
    assert df.year.dtype == "int64" and df.ratio.dtype == "float64" and df.evidence_line.dtype == "Int64"
    fairs = df.set_index("id").loc["yuexiu-2023-job-fairs"]
    assert fairs.outcome_value == 175.0 and fairs.evidence_line == 84
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "works with no conversion": not even a FutureWarning
        counts = df.groupby(["government", "year"]).grade.value_counts()
    assert counts[("广东省广州市越秀区", 2023, "exceeded")] == sum(
        1 for v in bundled_audit if v.year == 2023 and v.grade == "exceeded")
    assert counts.sum() == len(bundled_audit)


def test_to_pandas_without_pandas_says_which_extra_to_install(bundled_audit, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # what Python does for a package not installed
    with pytest.raises(MissingExtra) as caught:
        bundled_audit.to_pandas()
    assert "pip install 'pledgetrack[pandas]'" in str(caught.value)


def test_a_missing_extra_is_named_with_its_install_command():
    with pytest.raises(MissingExtra) as caught:
        require("surely_not_installed_anywhere", "pandas", "to_pandas()")
    assert str(caught.value) == ("pledgetrack: to_pandas() needs the optional package 'surely_not_installed_anywhere'\n"
                                 "  help: install it with: pip install 'pledgetrack[pandas]'")


def test_grades_and_reasons_print_as_their_words(bundled_audit):
    verdict = next(v for v in bundled_audit if v.reason is not None)
    assert f"{verdict.grade}" == str(verdict.grade) == "unverifiable"
    assert f"{verdict.reason}" == verdict.reason.value
    assert "{:>14}".format(verdict.grade) == "  unverifiable"


def test_reprs_are_short_and_say_what_matters(bundled_audit):
    assert len(repr(bundled_audit)) < 400
    assert repr(bundled_audit).startswith(f"<AuditResult of {len(bundled_audit)} pledges as of 2026-11-21: ")
    assert len(repr(bundled_audit.rules)) < 300 and len(repr(bundled_audit.corpus)) < 300
    fairs = bundled_audit["yuexiu-2023-job-fairs"]
    assert repr(fairs) == "<Verdict yuexiu-2023-job-fairs (2023, 就业) exceeded: 175场 against at least 100 场>"
    assert (fairs.year, fairs.area, fairs.government, fairs.title, fairs.quote) == (
        2023, "就业", "广东省广州市越秀区", "线上线下招聘会", "组织线上、线下招聘会不少于100场")
    page = bundled_audit._repr_html_()
    assert page.count("<tr>") == 11 and f"… {len(bundled_audit) - 10} more" in page
    assert "000_28089b04ea009273.txt:84" in fairs._repr_html_()


def test_docs_output_lists_every_column_as_the_code_describes_it():
    from pathlib import Path

    from pledgetrack.records import describe_columns

    text = (Path(__file__).parents[1] / "docs" / "output.md").read_text(encoding="utf-8")
    for name, python, dtype, meaning in describe_columns():
        assert f"| `{name}` | {python.replace(' | ', ' or ')} | {dtype} | {meaning} |" in text, name


def test_every_public_field_is_documented():
    from pledgetrack.audit import AuditResult
    from pledgetrack.results import Verdict

    for cls in (Verdict, AuditResult):
        for field in attrs.fields(cls):
            assert f"``{field.name}``" in cls.__doc__, (cls.__name__, field.name)
    assert all(f.metadata["doc"] for f in attrs.fields(Record))
