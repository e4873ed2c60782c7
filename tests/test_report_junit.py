"""--format junit: valid against the Jenkins xunit plugin's JUnit schema, counts that add up."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from pledgetrack.report.junit import render
from pledgetrack.rules import Grade

from report_samples import FILES, hand_made

XSD = Path(__file__).parent / "data" / "junit.xsd"


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(XSD)


def test_the_bundled_audit_is_valid_junit(bundled_audit, schema):
    schema.validate(render(bundled_audit))


def test_the_hand_made_audit_is_valid_junit(corpus, schema):
    schema.validate(render(hand_made(corpus)))


def test_the_schema_is_the_strict_one_that_refuses_file_and_line_on_a_testcase(schema):
    """Why the rule's line is in the evidence block: this schema has no place for it on <testcase>."""
    assert schema.is_valid('<testsuite name="a" tests="1" failures="0" errors="0"><testcase name="x"/></testsuite>')
    assert not schema.is_valid('<testsuite name="a" tests="1" failures="0" errors="0">'
                               '<testcase name="x" file="r.yaml" line="3"/></testsuite>')


def _check_counts(root, result):
    counts = result.counts()
    assert root.tag == "testsuites"
    assert root.get("tests") == str(len(result.verdicts))
    assert root.get("failures") == str(counts[Grade.MISSED]) and root.get("errors") == "0"
    for suite in root.iter("testsuite"):
        cases = suite.findall("testcase")
        assert suite.get("tests") == str(len(cases))
        assert suite.get("failures") == str(sum(c.find("failure") is not None for c in cases))
        assert suite.get("skipped") == str(sum(c.find("skipped") is not None for c in cases))
        assert suite.get("errors") == "0"
    assert sum(int(s.get("skipped")) for s in root.iter("testsuite")) == counts[Grade.UNVERIFIABLE]


def test_counts_add_up_for_the_bundled_audit(bundled_audit):
    root = ET.fromstring(render(bundled_audit))
    _check_counts(root, bundled_audit)
    suites = root.findall("testsuite")
    # the bundled book is named as pledgetrack's own, never by this machine's folders
    assert [s.get("file") for s in suites] == [f"bundled rules/guangzhou-yuexiu/{year}.yaml"
                                               for year in (2017, 2018, 2023, 2024, 2025, 2026)]
    cases = [c for s in suites for c in s.findall("testcase")]
    assert [c.get("name") for c in cases] == [v.id for v in bundled_audit]
    assert [c.get("classname") for c in cases] == [f"pledgetrack.{v.rule.year}" for v in bundled_audit]


def test_one_suite_per_rule_file_even_an_empty_one(corpus):
    result = hand_made(corpus)
    root = ET.fromstring(render(result))
    _check_counts(root, result)
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("file"), s.get("tests")) for s in suites] == [
        ("yuexiu/2023.yaml", FILES[0], "3"), ("yuexiu/2024.yaml", FILES[1], "2"), ("yuexiu/2025.yaml", FILES[2], "0")]
    properties = {p.get("name"): p.get("value") for p in suites[0].iter("property")}
    assert properties["as_of"] == "2026-11-21" and properties["rule_file"] == FILES[0]
    assert properties["grades"] == "1 met, 1 exceeded, 1 missed, 0 unverifiable"


def test_a_missed_pledge_is_a_failure_with_its_evidence_block(corpus):
    root = ET.fromstring(render(hand_made(corpus)))
    case = root.find(".//testcase[@name='sample-2023-fairs']")
    failure = case.find("failure")
    assert failure.get("type") == "missed"
    assert failure.get("message") == "80 场 against at least 100 场 | short"
    text = failure.text
    assert "招聘会 | 不少于100场" in text  # the quote
    assert "at least 100 场" in text  # the target as read
    assert "80 场" in text and "×0.8" in text  # the outcome and its ratio
    assert "000_28089b04ea009273.txt:84" in text and "组织招聘会 80 场" in text  # the sentence, file:line
    assert f"{FILES[0]}:4:5" in text  # where the rule is written
    assert "行\\x07注" in text  # a control character XML cannot carry, shown instead of dropped


def test_unverifiable_is_skipped_with_its_reason_and_met_passes(corpus):
    root = ET.fromstring(render(hand_made(corpus)))
    skipped = root.find(".//testcase[@name='sample-2024-parks']/skipped")
    assert skipped.get("message") == "no_evidence: no sentence reviewing 2024 mentions 口袋公园"
    assert skipped.get("type") == "unverifiable"
    pending = root.find(".//testcase[@name='sample-2024-stations']/skipped")
    assert pending.get("message") == "pending: the report reviewing 2024 is not due before 2025-06\\x0b"
    for name, grade in (("sample-2023-park", "met"), ("sample-2023-invest", "exceeded")):
        case = root.find(f".//testcase[@name='{name}']")
        assert [child.tag for child in case] == ["system-out"]
        assert f"grade:    {grade}" in case.find("system-out").text


def test_the_text_is_escaped_not_interpreted(corpus):
    xml = render(hand_made(corpus))
    assert "<script>" not in xml and "&lt;script&gt;" in xml
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
