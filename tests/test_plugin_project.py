"""The plugin as a county auditor runs it in CI: ``pytest --pledges rules/`` in a project of its own.

Each test runs pytest in a subprocess in a project folder with ``pledgetrack.toml`` naming
its own corpus (the State Council's, 浙江省's and 海拉尔区's reports of tests/corpora, copied
byte for byte), a rule file of three of the State Council's 2017 pledges and a broken rule
file. The grades and figures expected are those of tests/corpora/other-governments/gold.yaml,
a human auditor's reading of the reports.
"""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

OTHERS = Path(__file__).parent / "corpora" / "other-governments"

RULES = """pledges:
  - id: n17-gdp
    year: 2017
    quote: 国内生产总值增长6.5%左右
    evidence: [国内生产总值]
  - id: n17-jobs
    year: 2017
    quote: 城镇新增就业1100万人以上
    evidence: [城镇新增就业]
  - id: n17-rail
    year: 2017
    quote: 今年要完成铁路建设投资8000亿元
    evidence: [铁路建设投资]
"""

BROKEN = """pledges:
  - id: n17-coal
    year: 2017
    quote: 退出煤炭产能1.5亿吨以上
    evidence: [煤炭产能, 煤炭
  - id: n17-steel
    year: 2017
    quote: 今年要再压减钢铁产能5000万吨左右
    evidence: [钢铁产能]
"""


@pytest.fixture
def project(pytester, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # the short summary's lines whole
    shutil.copytree(OTHERS, pytester.path / "reports")
    rules = pytester.path / "rules"
    rules.mkdir()
    (rules / "2017.yaml").write_text(RULES, encoding="utf-8")
    (pytester.path / "pledgetrack.toml").write_text('corpus = "reports"\n', encoding="utf-8")
    return pytester


def _run(pytester, *args):
    return pytester.runpytest_subprocess("--pledges", "rules", "-p", "no:cacheprovider", *args, timeout=300)


@pytest.mark.parametrize("file, text", [
    ("pledgetrack.toml", 'corpus = "reports"\n'),
    ("pyproject.toml", '[project]\nname = "audit"\n\n[tool.pledgetrack]\ncorpus = "reports"\n'),
], ids=["pledgetrack.toml", "pyproject.toml"])
def test_the_project_files_corpus_is_graded_against_and_the_header_says_so(project, file, text):
    (project.path / "pledgetrack.toml").unlink()
    (project.path / file).write_text(text, encoding="utf-8")
    result = _run(project, "-rs")
    result.assert_outcomes(passed=2, skipped=1)
    result.stdout.fnmatch_lines([
        f"pledgetrack: corpus reports (from {file}); rules rules",
        "collected 3 items",
        "pledgetrack corpus: reports/manifest.yaml (3 governments, 8 documents;*",
        "SKIPPED [[]1[]] rules/2017.yaml:10: unverifiable (*",
    ])
    assert "bundled" not in result.stdout.str()


def test_without_a_project_file_the_bundled_corpus_is_named_and_the_rules_do_not_fit_it(project):
    (project.path / "pledgetrack.toml").unlink()
    result = _run(project)
    result.stdout.fnmatch_lines(["pledgetrack: corpus bundled seeds; rules rules",
                                 "*ERROR collecting rules/2017.yaml*"])
    assert result.ret == 2


def test_the_command_lines_corpus_wins_over_the_project_file(project):
    shutil.copytree(OTHERS, project.path / "elsewhere")
    result = _run(project, "--pledges-corpus", "elsewhere")
    result.assert_outcomes(passed=2, skipped=1)
    result.stdout.fnmatch_lines(["pledgetrack: corpus elsewhere (from --pledges-corpus); rules rules",
                                 "pledgetrack corpus: elsewhere/manifest.yaml*"])


def test_a_broken_rule_file_is_a_collection_error_that_stops_the_session(project):
    (project.path / "rules" / "2014.yaml").write_text(BROKEN, encoding="utf-8")
    result = _run(project)
    result.assert_outcomes(errors=1)
    assert result.ret == 2
    result.stdout.fnmatch_lines([
        "collected 3 items / 1 error",
        "*= ERRORS =*",
        "*_ ERROR collecting rules/2014.yaml _*",
        "rules/2014.yaml:5:15: not valid YAML: this '[[]' is not closed: expected ',' or '[]]', but got ':' "
        "at line 6, column 7",
        "  help: close it with '[]]' on this line*",
        "*short test summary info*",
        "ERROR rules/2014.yaml - 5:15: not valid YAML: this '[[]' is not closed*",
        "*Interrupted: 1 error during collection*",
    ])


def test_continue_on_collection_errors_runs_the_other_files(project):
    (project.path / "rules" / "2014.yaml").write_text(BROKEN, encoding="utf-8")
    result = _run(project, "--continue-on-collection-errors")
    result.assert_outcomes(passed=2, skipped=1, errors=1)
    assert result.ret == 1  # as pytest: an error, and every other test run
    assert "Interrupted" not in result.stdout.str()


def test_a_rule_the_corpus_does_not_hold_fails_its_file_only(project):
    (project.path / "rules" / "2018.yaml").write_text(
        "pledges:\n  - id: moon\n    year: 2017\n    quote: 新建一百座月球基地\n    evidence: [月球]\n", encoding="utf-8")
    result = _run(project, "--continue-on-collection-errors")
    result.assert_outcomes(passed=2, skipped=1, errors=1)
    result.stdout.fnmatch_lines(["*ERROR collecting rules/2018.yaml*",
                                 "rules/2018.yaml:4:12: quote not found in the plan for 2017*"])


def test_rA_gives_a_passed_pledge_its_grade_and_figure_as_a_failure_has_its_reason(project):
    result = _run(project, "-rA")
    result.stdout.fnmatch_lines([
        "*= PASSES =*",
        "*_ pledge n17-gdp (2017) _*",
        "*- pledgetrack -*",
        "evidence: cn-national-2018-gwr.txt:16 *国内生产总值*6.9%*",
        "grade:    met: 6.9% against about 6.5 % growth",
        "*short test summary info*",
        "PASSED rules/2017.yaml::n17-gdp - met: 6.9% against about 6.5 % growth",
        "PASSED rules/2017.yaml::n17-jobs - exceeded: 1351万人 against at least 1100 万人",
    ])
    assert "FAILURES" not in result.stdout.str()


def test_junitxml_records_grade_rule_and_evidence_as_properties(project):
    result = _run(project, "--junitxml", "out.xml")
    result.assert_outcomes(passed=2, skipped=1)
    cases = {case.get("name"): case for case in ET.parse(project.path / "out.xml").iter("testcase")}
    properties = {p.get("name"): p.get("value") for p in cases["n17-jobs"].iter("property")}
    assert properties["grade"] == "exceeded" and properties["rule"] == "rules/2017.yaml:6:5"
    assert properties["evidence"].startswith("cn-national-2018-gwr.txt:16 ")


def test_a_rule_path_that_is_not_there_is_a_usage_error_as_pytest_says_of_its_own(project):
    result = project.runpytest_subprocess("--pledges", "rulez", "-p", "no:cacheprovider", timeout=300)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: pledgetrack: rulez: no such file or folder"])


def test_a_project_file_that_is_not_valid_is_a_usage_error_naming_it(project):
    (project.path / "pledgetrack.toml").write_text("corpus = 5\n", encoding="utf-8")
    result = _run(project)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: pledgetrack: the project file is not valid:",
                                 "*pledgetrack.toml: pledgetrack.toml: 'corpus' must be a path in quotes, found 5"])
