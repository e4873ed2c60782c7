"""The audit spread over processes: the same verdicts, in the same order, as in one process."""

from __future__ import annotations

import datetime
from concurrent.futures import ProcessPoolExecutor

import pytest

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.cli import main

from synthetic_corpus import break_report, build, government

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def three_governments(tmp_path_factory):
    return build(tmp_path_factory.mktemp("governments"), 2)


def run_json(capsys, *args: str) -> str:
    main(["audit", "--format", "json", "--as-of", AS_OF, *args])
    return capsys.readouterr().out


def test_seeds_give_the_same_json_with_one_or_two_jobs(capsys):
    one = run_json(capsys, "--jobs", "1")
    two = run_json(capsys, "--jobs", "2")
    assert one == two
    assert '"id": "yuexiu-2023-job-fairs"' in one


def test_governments_give_the_same_json_with_one_or_two_jobs(capsys, three_governments):
    corpus, rules = three_governments
    one = run_json(capsys, "--corpus", str(corpus), "--rules", str(rules), "--jobs", "1")
    two = run_json(capsys, "--corpus", str(corpus), "--rules", str(rules), "--jobs", "2")
    assert one == two


def test_each_government_is_graded_from_its_own_reports(three_governments):
    corpus_path, rules_path = three_governments
    corpus = load_corpus(corpus_path, lazy=True)
    book = load_rules(rules_path, corpus)
    with ProcessPoolExecutor(2) as pool:
        result = audit(corpus, book, as_of=datetime.date.fromisoformat(AS_OF), executor=pool)
    for i in range(2):
        verdict = result[f"g{i:05d}-yuexiu-2023-job-fairs"]
        assert verdict.rule.government == government(i)
        assert (verdict.grade.value, verdict.chosen.document, verdict.chosen.position.line) == \
            ("exceeded", f"g{i:05d}-yuexiu-2024-drc", 84)
    assert [v.id for v in result] == [rule.id for rule in book]


def test_a_lazy_corpus_keeps_only_the_governments_used_last(three_governments):
    corpus = load_corpus(three_governments[0], lazy=True, keep=1)
    first = corpus.of_government(government(0))[0]
    assert corpus.of_government(government(0))[0] is first
    corpus.of_government(government(1))
    again = corpus.of_government(government(0))[0]
    assert again is not first and again.text == first.text


def test_a_lazy_corpus_reads_a_report_only_when_asked_for(tmp_path):
    corpus_path, _ = build(tmp_path, 2)
    broken = break_report(corpus_path, 1)
    corpus = load_corpus(corpus_path, lazy=True)
    assert len(corpus) == 10 and corpus.years_planned == (2018, 2023, 2024, 2026)
    assert [doc.id for doc in corpus.reviewing(2023, government(0))] == ["g00000-yuexiu-2024-drc",
                                                                         "g00000-yuexiu-2024-gwr"]
    assert corpus.skipped == ()
    assert [doc.id for doc in corpus.reviewing(2023, government(1))] == ["g00001-yuexiu-2024-gwr"]
    assert {p.file for p in corpus.skipped} == {str(broken)} and len(corpus) == 9
