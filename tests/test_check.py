"""A rule's `check`: what a reviewer should check first, in the rule file and in every output, and
`check: evidence` withholding the finding until a person signs the rule off (issue 19).

The real case: Liaoning's 2025 plan promises 进出口总额增长5%左右; the 2026 report gives exports
alone (cn-ln-2026-gwr.txt line 16: 外贸出口总额增长8%). The drafter's keyword 出口总额 is cut out of
进出口总额, so an unchecked draft would publish "exceeded" on another indicator's figure.
"""

import csv as stdlib_csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.cli import main
from pledgetrack.draft import draft, drafted_files
from pledgetrack.statements.names import cut_inside_word
from pledgetrack.report import csv, html, json as json_report, jsonl, junit, markdown
from pledgetrack.rules.convert import structure_pledge, unstructure_pledge
from pledgetrack.rules.model import Check

from conftest import AS_OF

CORPUS = Path(__file__).parent / "corpora" / "provinces-and-cities"
EVIDENCE_POINT = "'出口总额' is cut out of '进出口总额' in the quote and may name another indicator"
RULES = f"""pledges:
- id: ln-trade
  year: 2025
  quote: 进出口总额增长5%左右
  evidence: [出口总额]
  region: 辽宁省
  drafted: true
  check:
    evidence: "{EVIDENCE_POINT}"
    period: is 2025 alone meant?
- id: ln-jobs
  year: 2025
  quote: 城镇新增就业47万人左右
  evidence: [城镇新增就业]
  region: 辽宁省
  check:
    target: is 47万人 the target?
"""
SIGNED = RULES.replace(f'    evidence: "{EVIDENCE_POINT}"\n', "")


@pytest.fixture(scope="module")
def provinces():
    return load_corpus(CORPUS)


def _audit(tmp_path, corpus, text, name="rules.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return audit(corpus=corpus, rules=load_rules(path, corpus), as_of=AS_OF)


def test_the_drafter_asks_to_check_a_keyword_cut_out_of_the_plans_noun(provinces, tmp_path):
    # 湖北's 2026 plan: "完成营造林170万亩", whose reviews have no 营造林 with a figure: the drafter falls back on
    # 造林, which names planting alone (营造林 is planting and tending). (黑龙江's 水产品总产量, the example before,
    # is drafted whole now: a thing and its measure are never cut apart.)
    drafts = draft(provinces, 2026, "湖北")
    forest = next(d.pledge for d in drafts if d.pledge.quote == "完成营造林170万亩")
    jobs = next(d.pledge for d in drafts if d.pledge.quote == "城镇新增就业70万人以上")
    point = "'造林' is cut out of '营造林' in the quote and may name another indicator"
    assert forest.evidence.all == ("造林",) and forest.check.evidence.startswith(point)
    assert jobs.check is None or jobs.check.evidence is None  # the plan's own word: nothing withheld
    # written as data in the rule, once, and read back the same
    (path, text), = drafted_files(drafts).items()
    assert f'  check:\n    evidence: "{point}' in text and "# check" not in text
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "2025.yaml").write_text(text, encoding="utf-8")
    book = load_rules(tmp_path / "book", provinces)
    assert [rule.pledge for rule in book] == [d.pledge for d in drafts]


def test_check_evidence_withholds_the_finding_and_deleting_it_signs_the_rule_off(provinces, tmp_path):
    held = _audit(tmp_path, provinces, RULES)["ln-trade"]
    assert (held.grade.value, held.reason.value) == ("unverifiable", "unsigned")
    # the reviewer still sees what the engine would say, and how to sign off
    assert held.chosen.text == "外贸出口总额增长8%。" and held.chosen.position.line == 16
    assert held.outcome == 8 and "would give exceeded (8% against about 5 % growth)" in held.explanation
    assert "delete `evidence` from the rule's `check`" in held.explanation
    signed = _audit(tmp_path, provinces, SIGNED)["ln-trade"]
    assert (signed.grade.value, signed.reason, signed.chosen.position.line) == ("exceeded", None, 16)
    # the reviewer's fix: the plan's own word, which the 2026 review does not use
    fixed = _audit(tmp_path, provinces, SIGNED.replace("[出口总额]", "[进出口总额]"))["ln-trade"]
    assert (fixed.grade.value, fixed.reason.value) == ("unverifiable", "no_evidence")


def test_other_points_only_inform(provinces, tmp_path):
    jobs = _audit(tmp_path, provinces, RULES)["ln-jobs"]
    # 2026 report line 10: 城镇新增就业48万人, within 10 % of 47万人
    assert (jobs.grade.value, jobs.chosen.position.line) == ("met", 10)
    assert jobs.rule.pledge.check == Check(target="is 47万人 the target?")


def test_json_and_jsonl_carry_the_check(provinces, tmp_path):
    result = _audit(tmp_path, provinces, RULES)
    data = json.loads(json_report.render(result))
    schema = json_report.json_schema()
    assert not list(jsonschema.Draft7Validator(schema).iter_errors(data))
    trade, jobs = data["verdicts"]
    assert trade["check"] == {"evidence": EVIDENCE_POINT, "period": "is 2025 alone meant?"}
    assert (trade["grade"], trade["reason"], trade["outcome"]) == ("unverifiable", "unsigned", "8")
    assert jobs["check"] == {"target": "is 47万人 the target?"}
    assert data["records"][0]["check"] == f"evidence: {EVIDENCE_POINT}\nperiod: is 2025 alone meant?"
    lines = [json.loads(line) for line in jsonl.render(result).splitlines()]
    assert [line["check"] for line in lines] == [trade["check"], jobs["check"]]
    signed = json.loads(json_report.render(_audit(tmp_path, provinces, SIGNED.replace(
        "  check:\n    target: is 47万人 the target?\n", ""))))
    assert signed["verdicts"][1]["check"] is None and signed["records"][1]["check"] is None


def test_csv_and_xlsx_have_a_check_column(provinces, tmp_path):
    result = _audit(tmp_path, provinces, RULES)
    rows = list(stdlib_csv.DictReader(io.StringIO(csv.render(result)[1:])))
    assert rows[0]["check"] == f"evidence: {EVIDENCE_POINT}\nperiod: is 2025 alone meant?"
    assert (rows[0]["grade"], rows[0]["reason"], rows[1]["check"]) == ("unverifiable", "unsigned",
                                                                       "target: is 47万人 the target?")
    openpyxl = pytest.importorskip("openpyxl")
    from pledgetrack.report import xlsx

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.render(result))).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("check")
    assert [row[column].value for row in sheet.iter_rows(min_row=2)] == [rows[0]["check"], rows[1]["check"]]


def test_the_scorecard_and_markdown_mark_the_row(provinces, tmp_path):
    result = _audit(tmp_path, provinces, RULES)
    page = html.render(result)
    row = page[page.index('<tr id="p-ln-trade"'):page.index("</tr>", page.index('<tr id="p-ln-trade"'))]
    assert ">check first: evidence, period</span>" in row and "check evidence: &#x27;出口总额&#x27; is cut" in row
    assert "8%" in row  # the outcome the evidence would give, shown
    zh = html.render(result, lang="zh")
    assert ">待核：evidence, period</span>" in zh and "规则待审核" in zh
    text = markdown.render(result)
    line = next(line for line in text.splitlines() if "`ln-trade`" in line)
    assert "unverifiable (unsigned) (check first: evidence, period) (drafted)" in line
    assert "*check evidence: '出口总额' is cut out of '进出口总额'" in line
    jobs = next(line for line in text.splitlines() if "`ln-jobs`" in line)
    assert "met (check first: target)" in jobs and "(drafted)" not in jobs


def test_terminal_and_junit_show_the_points(provinces, tmp_path, capsys):
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    main(["audit", "--corpus", str(CORPUS), "--rules", str(tmp_path / "rules.yaml"), "-v", "--color", "no",
          "--as-of", AS_OF.isoformat()])
    out = capsys.readouterr().out
    assert "rules.yaml::ln-trade UNVERIFIABLE (unsigned) [drafted] [check first: evidence, period]\n" in out
    assert "rules.yaml::ln-jobs MET [check first: target] - 48万人 against about 47 万人\n" in out
    assert "unsigned: not signed off: the evidence words may not name the pledged indicator" in out
    assert (f"rules.yaml::ln-trade UNVERIFIABLE (unsigned) [drafted] [check first: evidence, period]\n"
            f"    check evidence: {EVIDENCE_POINT}") in out  # each point under its mark
    report = junit.render(_audit(tmp_path, provinces, RULES))
    assert f"check:    evidence: {EVIDENCE_POINT}" in report and "check:    target: is 47万人 the target?" in report


@given(st.fixed_dictionaries({}, optional={key: st.text(min_size=1, max_size=20).filter(str.strip)
                                          for key in ("evidence", "target", "period", "outcome")}))
def test_a_check_reads_back_as_written_and_an_empty_one_is_signed_off(points):
    data = {"id": "a", "year": 2023, "quote": "q", "evidence": ["x"], "check": points}
    pledge, problems = structure_pledge(data)
    assert not problems
    assert (pledge.check is None) == (not points)
    assert unstructure_pledge(pledge).get("check", {}) == points


@given(st.text(alphabet="进出口总额主管网改造省级城镇新增就业的", min_size=1, max_size=12), st.data())
def test_a_cut_is_what_the_keyword_leaves_off_the_phrase(phrase, data):
    tail = phrase.rsplit("的", 1)[-1]
    start = data.draw(st.integers(0, max(0, len(tail) - 1)))
    keyword = tail[start:] or tail
    cut = cut_inside_word(phrase, keyword)
    # never more than the characters before the keyword, and nothing when the keyword is the whole tail
    assert cut == "" or (tail.startswith(cut + keyword) and cut)
    assert cut_inside_word(phrase, tail) == ""


def test_on_every_bundled_rule_check_evidence_withholds_exactly_the_findings(bundled_audit):
    # The bundled book with `check: evidence` on every rule: each finding becomes unverifiable (unsigned)
    # with the same evidence and outcome; what was unverifiable already stays exactly as it was.
    import attrs

    from pledgetrack import build_rules

    corpus = bundled_audit.corpus
    pledges = [v.rule.pledge for v in bundled_audit]
    signed = audit(corpus, build_rules(pledges, corpus), as_of=AS_OF)
    held = audit(corpus, build_rules([attrs.evolve(p, check=Check(evidence="are the words right?")) for p in pledges],
                                     corpus), as_of=AS_OF)
    findings = 0
    for before, after in zip(signed, held, strict=True):
        assert after.grade.value == "unverifiable", after.id
        if before.grade.value == "unverifiable":
            assert (after.reason, after.explanation, after.chosen) == (before.reason, before.explanation,
                                                                      before.chosen), after.id
            continue
        findings += 1
        assert after.reason.value == "unsigned" and f"would give {before.grade.value}" in after.explanation
        assert (after.chosen, after.outcome, after.ratio) == (before.chosen, before.outcome, before.ratio)
    assert findings > 20  # the seeds' met, exceeded and missed pledges were all there to withhold
