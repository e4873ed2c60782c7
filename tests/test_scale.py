"""An audit that grows with the corpus only linearly: each government's work reads its own reports,
JSON Lines written a government at a time, progress only on a terminal."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.report import csv as csv_format
from pledgetrack.cli import main
from pledgetrack.progress import Progress

from synthetic_corpus import break_report, build, government, rewrite

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def two_governments(tmp_path_factory):
    return build(tmp_path_factory.mktemp("governments"), 2)


def audit_out(capsys, corpus, rules, *args: str) -> tuple[int, str, str]:
    status = main(["audit", "--corpus", str(corpus), "--rules", str(rules), "--as-of", AS_OF, "--jobs", "1", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jsonl_has_one_verdict_a_line_as_the_json_has_them(capsys, two_governments):
    _, whole, _ = audit_out(capsys, *two_governments, "--format", "json")
    _, lines, _ = audit_out(capsys, *two_governments, "--format", "jsonl")
    verdicts = {v["id"]: v for v in json.loads(whole)["verdicts"]}
    streamed = [json.loads(line) for line in lines.splitlines()]
    assert len(streamed) == len(verdicts) == 400
    fairs = next(v for v in streamed if v["id"] == "g00001-yuexiu-2023-job-fairs")
    assert (fairs["grade"], fairs["chosen"]["document"], fairs["chosen"]["line"]) == \
        ("exceeded", "g00001-yuexiu-2024-drc", 84)
    for line in streamed:
        whole_verdict = dict(verdicts[line["id"]])
        assert line.pop("candidate_count") == len(whole_verdict.pop("candidates"))
        assert line == whole_verdict


def test_jsonl_keeps_every_candidate_with_vv(capsys, two_governments):
    _, lines, _ = audit_out(capsys, *two_governments, "--format", "jsonl", "-vv", "-k", "2023-job-fairs")
    streamed = [json.loads(line) for line in lines.splitlines()]
    assert [v["id"] for v in streamed] == ["g00000-yuexiu-2023-job-fairs", "g00001-yuexiu-2023-job-fairs"]
    assert all(v["candidates"] and "candidate_count" not in v for v in streamed)


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_lines_made_by_the_workers_are_the_same_bytes_with_one_or_two_jobs(capsys, two_governments, format):
    # -k and --grade are applied where the lines are made: in the workers with --jobs 2
    chosen = ("--format", format, "-k", "(2023 or 2025) and not gdp", "--grade", "exceeded", "--grade", "missed")
    _, alone, _ = audit_out(capsys, *two_governments, *chosen)
    _, spread, _ = audit_out(capsys, *two_governments, *chosen, "--jobs", "2")
    assert spread == alone
    rows = [json.loads(line) for line in alone.splitlines()] if format == "jsonl" else \
        list(csv.DictReader(io.StringIO(alone.removeprefix("\ufeff"))))
    assert "g00001-yuexiu-2023-job-fairs" in {row["id"] for row in rows}
    assert {row["grade"] for row in rows} == {"exceeded", "missed"}
    assert not any("gdp" in row["id"] or str(row["year"]) not in ("2023", "2025") for row in rows)


def test_csv_written_as_the_audit_goes_is_the_csv_of_the_whole_audit(capsys, two_governments):
    corpus_path, rules_path = two_governments
    _, streamed, err = audit_out(capsys, corpus_path, rules_path, "--format", "csv")
    corpus = load_corpus(corpus_path)
    whole = csv_format.render(audit(corpus, load_rules(rules_path, corpus), as_of=datetime.date(2026, 11, 21)))
    assert streamed == whole and len(whole.splitlines()) == 401
    # as the report has it: "组织各类招聘会 175 场", line 84 of the 2024 review
    fairs = next(row for row in csv.DictReader(io.StringIO(streamed.removeprefix("\ufeff")))
                 if row["id"] == "g00001-yuexiu-2023-job-fairs")
    assert (fairs["grade"], fairs["outcome_value"], fairs["evidence_line"]) == ("exceeded", "175", "84")
    assert "rules: 12 files in" in err and "400 pledges" in err


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_streamed_format_refuses_an_empty_selection_as_the_others_do(capsys, tmp_path, two_governments, format):
    out = tmp_path / f"audit.{format}"
    status, printed, err = audit_out(capsys, *two_governments, "--format", format, "-k", "no-such-pledge",
                                     "--output", str(out))
    assert status == 5 and "no pledge matches -k 'no-such-pledge' (the rule book holds 400 pledges)" in err
    assert not out.exists() and printed == ""
    status, printed, err = audit_out(capsys, *two_governments, "--format", format, "--year", "2017",
                                     "--grade", "missed")
    assert status == 5 and "none of the 12 pledges selected is missed" in err and printed == ""


def test_jsonl_to_a_file_is_written_whole_or_not_at_all(capsys, tmp_path, two_governments):
    corpus, rules = two_governments
    out = tmp_path / "audit.jsonl"
    status, _, _ = audit_out(capsys, corpus, rules, "--format", "jsonl", "--output", str(out))
    assert status == 1 and len(out.read_text(encoding="utf-8").splitlines()) == 400
    bad = tmp_path / "bad-rules"
    bad.mkdir()
    (bad / "late.yaml").write_text(
        "pledges:\n  - id: late\n    year: 2023\n    quote: 新增口袋公园99个\n    evidence: [口袋公园]\n"
        f"    region: {government(1)}\n", encoding="utf-8")
    again = tmp_path / "again.jsonl"
    # government 0's verdicts are written before government 1's problem is found
    status, _, err = audit_out(capsys, corpus, rules, "--rules", str(rules / "g00000"), str(bad),
                               "--format", "jsonl", "--output", str(again))
    assert status == 2 and "late.yaml:4:12: quote not found in the plan for 2023" in err
    assert not again.exists() and not list(tmp_path.glob(".again.jsonl*"))


def test_checking_a_governments_rules_reads_no_other_governments_reports(tmp_path):
    corpus_path, rules_path = build(tmp_path, 2)
    break_report(corpus_path, 1)  # reading it would fail: the check must not touch it
    corpus = load_corpus(corpus_path, lazy=True)
    book = load_rules(rules_path / "g00000", corpus)
    assert len(book) == 200 and {rule.government for rule in book} == {government(0)}
    assert corpus.skipped == ()


def test_progress_is_shown_only_on_a_terminal():
    quiet = io.StringIO()
    progress = Progress(pledges=10, documents=2, out=quiet)
    progress.advance(10, 2)
    progress.close()
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    progress = Progress(pledges=10, documents=2, out=shown, shown=True, clock=iter([0, 1, 5]).__next__)
    progress.advance(4, 1)
    progress.advance(6, 1)
    progress.close()
    assert shown.getvalue().split("\r")[-1] == "graded 10/10 pledges (100%), read 2/2 reports, 2 pledges/s, about 0s left\n"


def test_the_cache_gives_the_audit_of_a_fresh_reading(capsys, tmp_path, two_governments):
    cache = tmp_path / "cache"
    fresh = audit_out(capsys, *two_governments, "--format", "json", "--no-cache")
    first = audit_out(capsys, *two_governments, "--format", "json", "--cache-dir", str(cache))
    again = audit_out(capsys, *two_governments, "--format", "json", "--cache-dir", str(cache))
    assert fresh == first == again
    kept = sorted(cache.glob("*.json"))
    assert len(kept) == 10 and all(json.loads(path.read_bytes().partition(b"\n")[2])["text"] for path in kept)


def test_a_changed_report_is_read_again_and_a_damaged_cache_is_ignored(tmp_path):
    corpus_path, _ = build(tmp_path, 1)
    cache = tmp_path / "cache"
    report = corpus_path / "g00000" / "000_28089b04ea009273.txt"
    assert "175场" in load_corpus(corpus_path, cache=cache)["g00000-yuexiu-2024-drc"].text
    text = report.read_text(encoding="utf-8").replace("招聘会 175 场", "招聘会 176 场")
    rewrite(report, text)
    assert "176场" in load_corpus(corpus_path, cache=cache)["g00000-yuexiu-2024-drc"].text
    for path in cache.glob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    doc = load_corpus(corpus_path, cache=cache)["g00000-yuexiu-2024-drc"]
    assert "176场" in doc.text and doc.position(doc.text.index("176场")).line == 84
