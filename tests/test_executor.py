"""The audit spread over processes: the same verdicts, in the same order, as in one process."""

from __future__ import annotations

import datetime
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.cli import main
from pledgetrack.errors import RuleError
from pledgetrack.packed import Packed
from pledgetrack.pipeline import read_book
from pledgetrack.rules.load import bundled_rules_path, read_rule_file

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


def test_an_id_used_in_two_files_is_told_at_the_second_naming_the_first(tmp_path):
    first = "pledges:\n  - id: fairs\n    year: 2023\n    quote: 招聘会不少于100场\n    evidence: [招聘会]\n"
    second = "# the same id again\npledges:\n  - id: parks\n    year: 2023\n    quote: 新增5个口袋公园\n" \
             "    evidence: [口袋公园]\n  - id: fairs\n    year: 2023\n    quote: 招聘会不少于100场\n    evidence: [招聘会]\n"
    (tmp_path / "a.yaml").write_text(first, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(second, encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        read_book([tmp_path])
    [problem] = raised.value.problems
    assert (Path(problem.file).name, problem.line, problem.column) == ("b.yaml", 7, 9)
    assert "duplicate id 'fairs'" in problem.message and "a.yaml:2:5" in problem.message


@pytest.mark.parametrize("file", sorted(p for p in (bundled_rules_path() / "guangzhou-yuexiu").glob("*.yaml")
                                        if p.name != "vocabulary.yaml")
                         + [Path(__file__).parent / "fixtures" / "rules" / "good" / "minimal.yaml"],
                         ids=lambda path: path.name)
def test_a_book_packed_for_the_workers_unpacks_to_the_pledges_as_read(file):
    written, _ = read_rule_file(file)
    packed = Packed.of(written)
    # repr too: 4.50 must come back as 4.50, not as the equal 4.5
    assert packed.unpack() == written and [repr(w) for w in packed.unpack()] == [repr(w) for w in written]
    assert [hint[0] for hint in packed.hints] == [item.pledge.id for item in written]
    assert len(packed.blob) < len(written) * 400  # what lets the main process hold a national rule book


def test_packing_keeps_trailing_zeros_and_the_hints_that_place_a_pledge(tmp_path):
    file = tmp_path / "r.yaml"
    file.write_text("pledges:\n"
                    "  - id: a\n    year: 2023\n    quote: 增长4.50%\n    evidence: [增长]\n    tolerance: 0.10\n"
                    "    target: {op: at_least, value: 4.50, unit: '%'}\n    region: 某省某县\n"
                    "  - id: b\n    year: 2023\n    quote: 新增5个\n    evidence: [新增]\n    source: plan-2023\n",
                    encoding="utf-8")
    written, problems = read_rule_file(file)
    assert problems == [] and len(written) == 2
    packed = Packed.of(written)
    [first, second] = packed.unpack()
    assert repr(first.pledge.tolerance) == "Decimal('0.10')" and repr(first.pledge.target.value) == "Decimal('4.50')"
    assert (first, second) == tuple(written)
    assert packed.hints == (("a", "某省某县", None), ("b", None, "plan-2023"))


def test_the_pool_workers_and_a_single_process_run_the_collector_less_often_and_give_it_back():
    import gc

    from pledgetrack.engines import RELAXED_GC, open_executor

    before = gc.get_threshold()
    with open_executor(jobs=2, tasks=2) as pool:
        assert pool.submit(gc.get_threshold).result() == RELAXED_GC
        assert gc.get_threshold() == before  # the main process only hands out work
    with open_executor(jobs=1) as none:
        assert none is None and gc.get_threshold() == RELAXED_GC
    assert gc.get_threshold() == before
