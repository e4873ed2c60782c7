"""``pledgetrack validate`` as an auditor meets it: every problem of a rule at once, the same exit as audit."""

import re

import jsonschema
import pytest

from pledgetrack.cli import main
from pledgetrack.rules import json_schema
from pledgetrack.rules.model import ID_PATTERN

FAIRS = "组织线上、线下招聘会不少于100场"  # the 2023 plan, yuexiu-2023-drc line 154


def _write(tmp_path, body: str):
    path = tmp_path / "rules.yaml"
    path.write_text("pledges:\n" + body, encoding="utf-8")
    return path


def test_validate_and_audit_treat_invalid_rules_alike(tmp_path, capsys):
    bad = _write(tmp_path, f"  - id: fairs\n    year: 2023\n    qoute: {FAIRS}\n    evidence: [招聘会]\n")
    assert main(["validate", str(bad)]) == 2
    validate = capsys.readouterr().err.splitlines()
    assert main(["audit", "--rules", str(bad)]) == 2
    audit = capsys.readouterr().err.splitlines()
    assert validate[-1] == audit[-1] == "2 problems in 1 file"
    assert [line for line in validate if ":" in line] == [line for line in audit if ":" in line]


@pytest.mark.parametrize("evidence, key", [
    ('{all: [招聘会], qualifiers: ["  "]}', "qualifiers"),  # would settle any doubt: every sentence holds it
    ('["", 招聘会]', "all"),  # would find every sentence
    ('{all: [招聘会], exclude: [""]}', "exclude"),  # would keep every sentence off
])
def test_an_empty_evidence_word_is_refused_at_its_line(tmp_path, capsys, evidence, key):
    bad = _write(tmp_path, f"  - id: fairs\n    year: 2023\n    quote: {FAIRS}\n    evidence: {evidence}\n")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"rules.yaml:5:15: an empty word in evidence `{key}`, which every sentence holds" in err
    assert "help: delete it, or write the word" in err


def test_a_misspelt_key_hides_no_value_error_of_the_same_rule(tmp_path, capsys):
    bad = _write(tmp_path, f'  - id: fairs\n    yaer: 2023\n    year: "2026"\n    kind: milstone\n'
                           f"    tolerance: 10%\n    quote: {FAIRS}\n    evidence: [招聘会]\n")
    bad.write_text(bad.read_text(encoding="utf-8").replace('    year: "2026"\n', ""), encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    for expected in ("missing required key 'year'", "unknown key 'yaer'", "found 'milstone'", "found '10%'"):
        assert expected in err
    both = _write(tmp_path, f'  - id: fairs\n    year: "2026"\n    kind: milstone\n    titel: x\n'
                            f"    quote: {FAIRS}\n    evidence: [招聘会]\n")
    assert main(["validate", str(both)]) == 2
    err = capsys.readouterr().err
    assert "unknown key 'titel'" in err and "expected a whole number, found '2026'" in err and "milstone" in err


def test_ids_follow_the_documented_pattern_in_validate_and_in_the_schema(tmp_path, capsys):
    bad = _write(tmp_path, f"  - id: 2023_fairs\n    year: 2023\n    quote: {FAIRS}\n    evidence: [招聘会]\n")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert re.search(r"rules.yaml:2:9: id '2023_fairs' is not letters, digits and dashes\n"
                     r"  help: write it as, e.g., id: 2023-fairs", err)
    schema = json_schema()
    assert schema["properties"]["pledges"]["items"]["properties"]["id"]["pattern"] == ID_PATTERN
    pledge = {"year": 2023, "quote": FAIRS, "evidence": ["招聘会"]}
    jsonschema.validate({"pledges": [{"id": "yuexiu-2023-job-fairs", **pledge}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"pledges": [{"id": "2023_fairs", **pledge}]}, schema)


def test_the_tolerance_hint_shows_a_fraction(tmp_path, capsys):
    bad = _write(tmp_path, f"  - id: a\n    year: 2023\n    quote: {FAIRS}\n    evidence: [招聘会]\n"
                           "    tolerance: 10%\n  - id: b\n    year: 2023\n"
                           f"    quote: {FAIRS}\n    evidence: [招聘会]\n    exceed_margin: 10\n")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "help: write a fraction of the target, e.g. tolerance: 0.1 for 10%" in err
    assert "exceed_margin 10 is not a fraction between 0 and 1\n  help: write a fraction of the target, " \
           "e.g. exceed_margin: 0.1 for 10%" in err


def test_a_quote_in_the_plan_of_another_year_says_which_year(tmp_path, capsys):
    bad = _write(tmp_path, f"  - id: fairs\n    year: 2024\n    quote: {FAIRS}\n    evidence: [招聘会]\n")
    assert main(["validate", str(bad)]) == 2
    assert "help: the quote stands in the plan for 2023 (yuexiu-2023-drc, line 154); is `year` right?" in \
        capsys.readouterr().err


def test_an_evidence_word_in_no_report_is_a_warning(tmp_path, capsys):
    rules = _write(tmp_path, f"  - id: fairs\n    year: 2023\n    quote: {FAIRS}\n"
                             "    evidence: [招骋会, 招聘会，就业, 招聘会]\n")
    assert main(["validate", str(rules)]) == 0
    captured = capsys.readouterr()
    assert "1 pledge valid (2023: 1 numeric)" in captured.out
    warnings = [line for line in captured.err.splitlines() if "warning:" in line]
    assert [line.split(": warning:")[0].rsplit(":", 2)[1] for line in warnings] == ["5", "5"]  # evidence: line
    assert "'招骋会' stands in no report of 广东省广州市越秀区" in warnings[0]
    assert "'招聘会，就业'" in warnings[1] and captured.err.splitlines()[-1] == "2 warnings"


def test_the_bundled_rule_book_has_no_warning(capsys):
    assert main(["validate"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_an_exclude_that_keeps_nothing_off_is_a_warning(tmp_path, capsys):
    # The 2023 reviews' job-fair sentences (000 line 84, 002 line 66) hold 就业 but no 足球.
    rules = _write(tmp_path, f"  - id: fairs\n    year: 2023\n    quote: {FAIRS}\n"
                             "    evidence: {all: [招聘会], exclude: [就业岗位, 足球]}\n")
    assert main(["validate", str(rules)]) == 0
    err = capsys.readouterr().err
    assert err == (f"{rules}:2:5: warning: pledge 'fairs': the exclude word '足球' stands in none of the 2 sentences "
                   "its evidence words find in the reports reviewing 2023: it changes nothing\n"
                   "  help: delete it, or copy the word from the sentence it should keep off\n1 warning\n")


def test_the_bundled_rule_book_validates_without_a_warning(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().err == ""
