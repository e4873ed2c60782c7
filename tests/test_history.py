"""--baseline: an audit compared with an earlier one says which pledges changed, and how."""

import json
import shutil

import jsonschema
import pytest

from pledgetrack.cli import main
from pledgetrack.history import Status, compare, read_baseline
from pledgetrack.report.json import json_schema, render
from pledgetrack.rules import bundled_rules_path

AS_OF = "2026-11-21"
FAIRS = "yuexiu-2023-job-fairs"


@pytest.fixture(scope="module")
def changed_book(tmp_path_factory):
    """The bundled rule book audited into old.json, then one rule changed: the job fairs must
    now double their target to count as exceeded, so 175 of 100 is only met."""
    folder = tmp_path_factory.mktemp("history")
    rules = folder / "rules"
    shutil.copytree(bundled_rules_path(), rules)
    assert main(["audit", "--rules", str(rules), "--as-of", AS_OF, "--output", str(folder / "old.json"),
                 "--fail-on", "never"]) == 0
    path = rules / "guangzhou-yuexiu" / "2023.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = f"- id: {FAIRS}\n"
    head, _, tail = text.partition(anchor)
    path.write_text(head + anchor + tail.replace("    evidence: [招聘会]\n", "    evidence: [招聘会]\n"
                                                 "    exceed_margin: 1\n", 1), encoding="utf-8")
    return folder


def test_exactly_the_changed_rule_shows_as_changed_with_both_grades(changed_book, capsys):
    main(["audit", "--rules", str(changed_book / "rules"), "--as-of", AS_OF,
          "--baseline", str(changed_book / "old.json"), "--color", "no"])
    out = capsys.readouterr().out
    section = out[out.index(" changed since "):].splitlines()
    assert section[1] == f"CHANGED {FAIRS}: grade exceeded → met"
    assert section[2] == "1 changed, 0 new, 0 gone, 199 unchanged"
    assert out.count("CHANGED ") == 1


def test_the_json_and_html_carry_the_changes(changed_book, tmp_path):
    rules, old = str(changed_book / "rules"), str(changed_book / "old.json")
    main(["audit", "--rules", rules, "--as-of", AS_OF, "--baseline", old, "--output", str(tmp_path / "new.json")])
    data = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(json_schema()).validate(data)
    changes = data["changes"]
    assert changes["baseline"] == old and changes["baseline_as_of"] == AS_OF
    assert changes["counts"] == {"changed": 1, "new": 0, "gone": 0, "unchanged": 199}
    changed = [p for p in changes["pledges"] if p["status"] != "unchanged"]
    assert [(p["id"], p["aspects"], p["old"]["grade"], p["new"]["grade"]) for p in changed] == [
        (FAIRS, ["grade"], "exceeded", "met")]
    main(["audit", "--rules", rules, "--as-of", AS_OF, "--baseline", old, "--output", str(tmp_path / "new.html")])
    page = (tmp_path / "new.html").read_text(encoding="utf-8")
    assert '<section id="changes">' in page and f'<a href="#p-{FAIRS}">' in page
    assert "grade exceeded → met" in page and "1 changed, 0 new, 0 gone, 199 unchanged." in page


def test_pledges_new_gone_and_changed_in_outcome_and_evidence(bundled_audit, tmp_path):
    data = json.loads(render(bundled_audit))
    records = {r["id"]: r for r in data["records"]}
    del records["yuexiu-2023-gdp-growth"]
    records["yuexiu-2016-old-pledge"] = dict(records[FAIRS], id="yuexiu-2016-old-pledge")
    records[FAIRS] = dict(records[FAIRS], outcome_value="150", evidence_line=83)
    data["records"] = list(records.values())
    (tmp_path / "old.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    changes = compare(read_baseline(tmp_path / "old.json"), bundled_audit.records())
    by_id = {c.id: c for c in changes.pledges}
    assert by_id["yuexiu-2023-gdp-growth"].status is Status.NEW
    assert by_id["yuexiu-2016-old-pledge"].status is Status.GONE and changes.pledges[-1].id == "yuexiu-2016-old-pledge"
    assert by_id[FAIRS].status is Status.CHANGED and by_id[FAIRS].aspects == ("outcome", "evidence")
    assert changes.counts() == {"changed": 1, "new": 1, "gone": 1, "unchanged": len(bundled_audit) - 2}


def test_a_schema_version_1_audit_is_read_from_its_verdicts(bundled_audit, tmp_path):
    data = json.loads(render(bundled_audit))
    del data["records"]
    data["version"] = 1
    (tmp_path / "v1.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    changes = compare(read_baseline(tmp_path / "v1.json"), bundled_audit.records())
    assert changes.counts() == {"changed": 0, "new": 0, "gone": 0, "unchanged": len(bundled_audit)}


def test_pledges_left_out_by_a_selection_are_not_gone(changed_book, capsys):
    main(["audit", "--rules", str(changed_book / "rules"), "--as-of", AS_OF, "-k", "job-fairs",
          "--baseline", str(changed_book / "old.json"), "--color", "no"])
    assert "1 changed, 0 new, 0 gone, 2 unchanged" in capsys.readouterr().out  # job fairs of 3 years


@pytest.mark.parametrize("content, message", [
    (None, "old.json: no such baseline file"),
    ('{"schema": "pledgetrack-audit",\n "version": }', "old.json:2:13: not JSON: Expecting value"),
    ('{"verdicts": []}', 'old.json: not a pledgetrack audit (no "schema": "pledgetrack-audit" at the top)'),
    ('{"schema": "pledgetrack-audit", "version": 9}',
     "old.json: an audit of schema version 9, which this pledgetrack cannot read"),
    ('{"schema": "pledgetrack-audit", "version": 2, "verdicts": []}',
     "old.json: the audit lacks 'records' where its schema (version 2) has it"),
])
def test_a_bad_baseline_is_told_without_a_traceback(content, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    if content is not None:
        (tmp_path / "old.json").write_text(content, encoding="utf-8")
    assert main(["audit", "--as-of", AS_OF, "--baseline", "old.json"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == message and "Traceback" not in err


def test_a_format_that_cannot_show_changes_says_so(tmp_path, capsys):
    assert main(["audit", "--baseline", str(tmp_path / "old.json"), "--format", "junit"]) == 2
    assert "--baseline is not shown in the junit format" in capsys.readouterr().err


def test_in_chinese_the_changes_are_told_in_chinese(changed_book, capsys, tmp_path):
    rules, old = str(changed_book / "rules"), str(changed_book / "old.json")
    main(["audit", "--rules", rules, "--as-of", AS_OF, "--baseline", old, "--color", "no", "--lang", "zh"])
    out = capsys.readouterr().out
    section = out[out.index(f" 自 {old}（{AS_OF}） 以来的变化 "):].splitlines()
    assert section[1:3] == [f"有变化 {FAIRS}: 评定 超额完成 → 已完成", "有变化 1，新增 0，已移除 0，未变 199"]
    main(["audit", "--rules", rules, "--as-of", AS_OF, "--baseline", old, "--lang", "zh",
          "--output", str(tmp_path / "new.html")])
    page = (tmp_path / "new.html").read_text(encoding="utf-8")
    assert "<th>状态</th><th>承诺</th><th>原 → 新</th>" in page and "评定 超额完成 → 已完成" in page
    assert "有变化 1，新增 0，已移除 0，未变 199。" in page
