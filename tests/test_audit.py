"""The audit of the bundled rule book, the CLI that shows it, and the pytest plugin."""

import datetime
import re
from collections import Counter

from pledgetrack import audit
from pledgetrack.cli import main
from pledgetrack.grading import Reason
from pledgetrack.rules import Grade, bundled_rules_path

from conftest import AS_OF

pytest_plugins = ["pytester"]


def test_the_rule_book_is_a_regression_suite_for_the_engine(pytester):
    """Every rule's `expect` holds, run through the plugin's regression mode: not one may fail."""
    result = pytester.runpytest("--pledges", str(bundled_rules_path()), "--pledges-expect", "-p", "no:cacheprovider")
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) == 0, result.stdout.str()[-3000:]
    assert outcomes["passed"] == 200


def test_every_expect_of_a_year_a_report_reviews_holds(corpus, bundled_audit):
    """Counted apart from the pending years (no report reviews them, so nothing is searched): the 37
    rules whose grade rests on evidence and grading, every one as the rule book's author graded it."""
    reviewed = {doc.reviews for doc in corpus}
    checked = [v for v in bundled_audit if v.rule.year in reviewed]
    pending = [v for v in bundled_audit if v.rule.year not in reviewed]
    assert (len(checked), len(pending)) == (37, 163)
    wrong = [f"{v.id}: {v.grade.value}, expected {v.rule.pledge.expect.value}"
             for v in checked if v.grade is not v.rule.pledge.expect]
    assert wrong == []
    assert Counter(v.rule.pledge.expect for v in checked) == {
        Grade.MET: 12, Grade.EXCEEDED: 8, Grade.MISSED: 2, Grade.UNVERIFIABLE: 15}
    assert {v.reason for v in pending} == {Reason.NO_OUTCOME_REPORT, Reason.PENDING}


def test_every_rule_carries_an_area_and_an_expected_grade(bundled_audit):
    for verdict in bundled_audit:
        assert verdict.rule.pledge.area, verdict.id
        assert verdict.rule.pledge.expect is not None, verdict.id


def test_every_grade_shows_its_evidence_and_every_unverifiable_its_reason(corpus, bundled_audit):
    for verdict in bundled_audit:
        if verdict.grade is Grade.UNVERIFIABLE:
            assert verdict.reason is not None and verdict.explanation, verdict.id
            continue
        chosen = verdict.chosen
        assert chosen is not None and chosen in verdict.candidates, verdict.id
        # the quoted evidence maps back to the original file, starting at the cited line
        doc = corpus[chosen.document]
        original_line = doc.raw.splitlines()[chosen.position.line - 1]
        assert "".join(chosen.text.split())[:2] in "".join(original_line.split()), verdict.id


def test_years_without_an_outcome_report_are_pending_or_missing_not_guessed(bundled_audit):
    reasons = {v.rule.year: v.reason for v in bundled_audit if v.rule.year in (2018, 2024, 2026)}
    assert reasons == {2018: Reason.NO_OUTCOME_REPORT, 2024: Reason.NO_OUTCOME_REPORT, 2026: Reason.PENDING}


def test_the_same_pledge_in_two_reports_of_a_year_stands_in_both(bundled_audit):
    both = [v for v in bundled_audit if {p.document for p in v.rule.places} == {"yuexiu-2024-drc", "yuexiu-2024-gwr"}]
    assert len(both) >= 5


def test_the_audit_is_deterministic(corpus, bundled_audit):
    again = audit(corpus, bundled_audit.rules, as_of=AS_OF)
    assert again.verdicts == bundled_audit.verdicts


def test_a_report_not_yet_due_turns_missing_once_due(corpus, bundled_audit):
    later = audit(corpus, bundled_audit.rules, as_of=datetime.date(2028, 1, 1))
    assert {v.reason for v in later if v.rule.year == 2026} == {Reason.NO_OUTCOME_REPORT}


def test_key_2023_grades_as_the_reports_state_them(bundled_audit):
    fairs = bundled_audit["yuexiu-2023-job-fairs"]
    # 000 line 84: "组织各类招聘会 175 场" against 不少于100场
    assert (fairs.grade, fairs.outcome, fairs.chosen.position.line) == (Grade.EXCEEDED, 175, 84)


def test_cli_audit_reads_like_pytest(capsys):
    status = main(["audit", "--as-of", AS_OF.isoformat(), "--color", "no"])
    out = capsys.readouterr().out
    assert out.startswith("=") and "pledgetrack audit" in out.splitlines()[0]
    assert "\ncorpus: bundled seeds/manifest.yaml" in out
    assert "\n2023.yaml .+++s+.s+s..ss.ssss++..sss " in out  # one mark per pledge, in file order
    assert re.fullmatch(r"=+ 12 met, 8 exceeded, 2 missed, 178 unverifiable \(163 awaiting report\) in [\d.]+s =+",
                        out.strip().splitlines()[-1])
    # 003 line 22: 地区生产总值 grew 3.4% against 增长4.0%左右
    assert status == 1 and "= MISSED =" in out
    assert "evidence: 003_25a2954fc9f887d0.txt:22 [yuexiu-2026-drc, table] 地区生产总值 | 增长4.0%左右" in out


def test_cli_filters_and_fail_on(capsys):
    assert main(["audit", "--as-of", AS_OF.isoformat(), "--year", "2018", "--fail-on", "never"]) == 0
    assert main(["audit", "--as-of", AS_OF.isoformat(), "--year", "2018", "--fail-on", "unverifiable"]) == 1
    main(["audit", "--as-of", AS_OF.isoformat(), "-k", "job-fairs", "-v", "--color", "no"])
    out = capsys.readouterr().out
    assert "yuexiu-2023-job-fairs EXCEEDED" in out and "yuexiu-2023-gdp" not in out


def test_cli_usage_errors_and_invalid_rules_exit_2(capsys, tmp_path):
    assert main(["audit", "-k", "(fairs"]) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("pledges:\n  - id: x\n    yaer: 2023\n", encoding="utf-8")
    assert main(["audit", "--rules", str(bad)]) == 2
    assert "did you mean 'year'?" in capsys.readouterr().err


def test_plugin_stays_out_of_projects_that_do_not_ask(pytester):
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    pytester.makefile(".yaml", rules="pledges: []\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_a_sentence_naming_two_figures_with_fenbie_gives_each_its_own(bundled_audit):
    # 000 line 32: "区域税收收入、一般公共预算收入…全年分别增长 15.5%、7.3%": the second figure is the revenue's
    # (no `exclude` keeps the sentence off: it answers the pledge right).
    revenue = bundled_audit["yuexiu-2023-budget-revenue-growth"]
    line_32 = [c for c in revenue.candidates if (c.document, c.position.line) == ("yuexiu-2024-drc", 32)]
    assert [str(c.quantity.value) for c in line_32] == ["7.3"]
    assert (revenue.grade, str(revenue.outcome)) == (Grade.EXCEEDED, "7.3")
