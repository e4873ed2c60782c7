"""Drafting at any size: a quote is looked for in its own government's reports only, `draft` reads each
report a fixed number of times however many pledges it drafts, `audit --draft` shows its drafting on a
terminal, and the all-distinct corpora of the scale benchmark (benchmarks/distinct_corpus.py) are what its
docstring says they are."""

from __future__ import annotations

import collections
import doctest
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import pledgetrack.corpus as corpus_module
from pledgetrack import load_corpus
from pledgetrack.cli import main
from pledgetrack.rules import Pledge
from pledgetrack.rules.places import place_all

from synthetic_corpus import build, government
from test_cli_as_pytest_users_expect import _on_a_terminal

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import distinct_corpus  # noqa: E402


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    return build(tmp_path_factory.mktemp("three"), 3)


def _reads(monkeypatch) -> list[str]:
    """The id of each report read from its file from now on, in order."""
    read: list[str] = []
    real = corpus_module.read_document

    def counted(entry, *args, **kwargs):
        read.append(entry.id)
        return real(entry, *args, **kwargs)

    monkeypatch.setattr(corpus_module, "read_document", counted)
    return read


def test_a_quote_with_a_region_is_looked_for_in_that_governments_reports_only(monkeypatch, three):
    corpus = load_corpus(three[0], lazy=True, keep=1)
    read = _reads(monkeypatch)
    fairs = Pledge(id="fairs", year=2023, quote="组织线上、线下招聘会不少于100场", evidence=["招聘会"],
                   region=government(1))
    placed = place_all([fairs], corpus)[0]
    assert list(placed.places_of) == [government(1)]
    # the three reports of copy 1 that plan or review 2023, each once: no other copy's report is read
    assert sorted(read) == ["g00001-yuexiu-2023-drc", "g00001-yuexiu-2024-drc", "g00001-yuexiu-2024-gwr"]


def test_draft_reads_each_report_at_most_twice_however_many_pledges(monkeypatch, three, tmp_path, capsys):
    read = _reads(monkeypatch)
    assert main(["draft", "--corpus", str(three[0]), "--output", str(tmp_path / "drafted")]) == 0
    written = capsys.readouterr().out
    drafted = int(re.search(r"(\d+) rules drafted", written).group(1))
    assert drafted > 300  # about 200 pledges a copy: checking each must not read the reports again
    # once to find the years planned, once to draft; two governments' reports kept at a time
    counts = collections.Counter(read)
    assert len(counts) == 15 and max(counts.values()) <= 2


def test_audit_draft_shows_its_drafting_on_a_terminal_and_counts_the_rules_once_drafted(tmp_path):
    status, shown = _on_a_terminal(["audit", "--draft", "--no-cache", "-j", "1", "--as-of", "2026-11-21",
                                    "--format", "jsonl", "--output", "graded.jsonl"], tmp_path)
    assert status in (0, 1)
    counted = re.search(r"rules: (\d+) files in <drafted>\S*, (\d+) pledges", shown)
    files, pledges = map(int, counted.groups())
    drafted = re.findall(r"\rdrafted (\d+)/(\d+) plans \(100%\)", shown)
    assert drafted and drafted[-1] == (str(files), str(files))  # a drafted file per plan year
    # each government is graded as it is drafted: the rules are counted once all are drafted
    assert shown.rindex("\rdrafted") < counted.start()
    lines = (tmp_path / "graded.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == pledges  # a verdict a line


def test_the_distinct_corpus_script_does_what_its_examples_say():
    assert doctest.testmod(distinct_corpus).failed == 0


def test_two_variants_of_one_real_pair_share_only_sentences_without_a_changed_figure(tmp_path):
    pairs = distinct_corpus.pairs()
    # governments 0 and len(pairs) are the first and second variants of the first pair
    folder, governments = distinct_corpus.build(tmp_path, sum(len(p) for p in pairs) + 1)
    assert governments == len(pairs) + 1
    first, second = (load_corpus(folder / f"g{i:05d}", strict=True) for i in (0, len(pairs)))
    assert first.governments != second.governments
    assert [d.plans for d in first.documents] == [d.plans for d in second.documents]
    shared = (set(distinct_corpus.sentences(folder / "g00000")) &
              set(distinct_corpus.sentences(folder / f"g{len(pairs):05d}")))
    assert shared
    for sentence in shared:
        assert distinct_corpus.changed_figures(sentence, 0, random.Random(0)) == sentence


numbers = st.one_of(st.integers(0, 10**7).map(str),
                    st.tuples(st.integers(0, 9999), st.integers(0, 999)).map(lambda p: f"{p[0]}.{p[1]:03d}"))


@given(numbers, st.integers(0, 3000), st.integers(0, 3000), st.integers(), st.integers())
def test_a_figure_differs_in_every_variant_and_from_the_real_report(number, k1, k2, seed1, seed2):
    line = f"新增{number}个"
    one = distinct_corpus.changed_figures(line, k1, random.Random(seed1))
    two = distinct_corpus.changed_figures(line, k2, random.Random(seed2))
    assert one != line and two != line
    if k1 != k2:
        assert one != two
