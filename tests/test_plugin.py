"""The pytest plugin as an auditor meets it: the pledges counted, markers for -m, skips and failures at the rule."""

import pytest

pytest_plugins = ["pytester"]

RULES = """pledges:
  - id: fairs
    year: 2023
    area: 就业
    quote: 组织线上、线下招聘会不少于100场
    evidence: [招聘会]
  - id: gdp-2025
    year: 2025
    area: 经济
    indicator: 地区生产总值
    quote: 增长 4.0%左右
    evidence: [地区生产总值]
  - id: parks-2024
    year: 2024
    area: 生态
    quote: 新增5个口袋公园
    evidence: [口袋公园]
"""


@pytest.fixture
def rules(pytester):
    return pytester.makefile(".yaml", pledges=RULES)


def _run(pytester, rules, *args):
    return pytester.runpytest("--pledges", str(rules), "-p", "no:cacheprovider", "--strict-markers", *args)


def test_plugin_fails_missed_skips_unverifiable_and_honours_k(pytester, rules):
    result = pytester.runpytest("--pledges", str(rules), "-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*gdp-2025*", "*target:*about 4 % growth*", "*evidence:*003_*", "*no_outcome_report*"])
    only = pytester.runpytest("--pledges", str(rules), "-k", "fairs", "-p", "no:cacheprovider")
    only.assert_outcomes(passed=1, deselected=2)


def test_the_header_counts_the_pledges_and_names_the_corpus(pytester, rules):
    result = _run(pytester, rules)
    result.stdout.fnmatch_lines(["pledgetrack: 3 pledges collected",
                                 "pledgetrack rules: 1 file in *, 3 pledges",
                                 "pledgetrack corpus: bundled seeds/manifest.yaml (1 government, 5 documents;*"])


@pytest.mark.parametrize("expression, outcomes", [
    ("missed", {"failed": 1}),
    ("exceeded or met", {"passed": 1}),
    ("unverifiable", {"skipped": 1}),
    ("2023", {"passed": 1}),
    ("就业 or 生态", {"passed": 1, "skipped": 1}),
    ("广东省广州市越秀区 and not 2023", {"failed": 1, "skipped": 1}),
])
def test_markers_for_grade_year_area_and_government_select_with_m(pytester, rules, expression, outcomes):
    result = _run(pytester, rules, "-m", expression)
    result.assert_outcomes(**outcomes, deselected=3 - sum(outcomes.values()))


def test_the_pledge_marker_takes_keyword_matching(pytester, rules):
    result = _run(pytester, rules, "-m", "pledge(year=2025)")
    result.assert_outcomes(failed=1, deselected=2)


def test_a_skip_points_at_the_rule_file_and_line(pytester, rules):
    result = _run(pytester, rules, "-rs")
    result.stdout.fnmatch_lines(["SKIPPED [[]1[]] pledges.yaml:13: unverifiable (no_outcome_report): *reviewing 2024"])
    assert "pytest_plugin.py" not in result.stdout.str()


def test_a_failure_points_at_the_rule_and_reads_in_the_short_summary(pytester, rules, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    result = _run(pytester, rules, "-rA")
    result.stdout.fnmatch_lines([
        "*pledge gdp-2025 (2025)*",
        "rule:     pledges.yaml:7:5",
        "PASSED pledges.yaml::fairs - exceeded: 175场 against at least 100 场",
        "FAILED pledges.yaml::gdp-2025 - missed: 3.4% against about 4 % growth",
    ])
