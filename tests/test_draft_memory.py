"""Drafting in memory for one government at a time (issue 19, "memory flat"): the drafts of a government are
let go once drafted (`drafts_by_government`), written (`pledgetrack draft`) or graded (`audit --draft`), on a real
corpus of several all-distinct governments (benchmarks/distinct_corpus.py); what is written stays the same."""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

import pytest

import pledgetrack.corpus as corpus_module
from pledgetrack import load_corpus
from pledgetrack.cli import main
from pledgetrack.draft import Draft, draft, drafted_files, drafts_by_government
from pledgetrack.rules.book import Written

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import distinct_corpus  # noqa: E402


@pytest.fixture(scope="module")
def several(tmp_path_factory):
    """A corpus of five governments, each a variant of a different real plan/review pair."""
    folder, governments = distinct_corpus.build(tmp_path_factory.mktemp("several"), 10)
    assert governments == 5
    return folder


def test_the_generator_lets_each_governments_drafts_go_and_ids_stay_unique(several):
    corpus = load_corpus(several, lazy=True, keep=2)
    handed: list[weakref.ref] = []
    ids: list[str] = []
    sizes = []
    for government, found in drafts_by_government(corpus):
        # every draft handed out before this government's is gone: nothing kept them
        assert not any(ref() is not None for ref in handed)
        assert found and {made.government for made in found} == {government}
        sizes.append(len(found))
        ids += [made.pledge.id for made in found]
        handed += [weakref.ref(made) for made in found]
        del found
    assert len(sizes) == 5
    assert len(ids) == len(set(ids))  # one id allocator for the whole run
    assert ids == [made.pledge.id for made in draft(load_corpus(several))]


@pytest.mark.parametrize("command", [["draft", "--output", "drafted"],
                                     ["audit", "--draft", "--format", "jsonl", "--output", "graded.jsonl",
                                      "--no-cache", "-j", "1", "--as-of", "2026-11-21"]])
def test_the_commands_hold_only_the_drafts_of_the_government_being_drafted(several, tmp_path, monkeypatch, command,
                                                                           capsys):
    # each time a report is read: its government, and the governments of the drafts alive (drafted, or
    # as pledges to grade), as each government's drafting starts and while it goes on
    seen: list[tuple[str, set[str], int]] = []
    real = corpus_module.read_document

    def counted(entry, *args, **kwargs):
        gc.collect()
        alive = {thing.government for thing in gc.get_objects() if isinstance(thing, Draft)}
        alive |= {thing.pledge.region for thing in gc.get_objects() if isinstance(thing, Written) and thing.pledge.drafted}
        seen.append((entry.region, alive, len(list(tmp_path.rglob("*.yaml")))))
        return real(entry, *args, **kwargs)

    monkeypatch.setattr(corpus_module, "read_document", counted)
    monkeypatch.chdir(tmp_path)
    assert main([command[0], "--corpus", str(several), *command[1:]]) in (0, 1)
    if command[0] == "draft":
        assert " rules drafted in " in capsys.readouterr().out
    assert len((tmp_path / "graded.jsonl").read_text(encoding="utf-8").splitlines()) > 500 if command[0] == "audit" \
        else len(list((tmp_path / "drafted").rglob("*.yaml"))) == 10
    # drafts alive as a report is read are never another government's than the one read
    assert len(seen) >= 10
    assert all(alive <= {government} for government, alive, _ in seen), [(g, a) for g, a, _ in seen if not a <= {g}]
    if command[0] == "draft":  # files were written between the reads: as each government was drafted
        assert 0 < max(written for _, _, written in seen) < 10


def test_files_written_as_each_government_is_drafted_are_those_drafted_all_at_once(several, tmp_path, capsys):
    assert main(["draft", "--corpus", str(several), "--output", str(tmp_path / "drafted")]) == 0
    expected = drafted_files(draft(load_corpus(several)))
    written = {path.relative_to(tmp_path / "drafted"): path.read_text(encoding="utf-8")
               for path in (tmp_path / "drafted").rglob("*.yaml")}
    assert written == expected
    shown = capsys.readouterr().out
    assert f"{sum(text.count('- id: ') for text in expected.values())} rules drafted in {len(expected)} files" in shown
    # drafting again without --update refuses before anything is written: every file stays as it was
    assert main(["draft", "--corpus", str(several), "--output", str(tmp_path / "drafted")]) == 2
    assert "already exists; nothing was written" in capsys.readouterr().err
    assert {path.relative_to(tmp_path / "drafted"): path.read_text(encoding="utf-8")
            for path in (tmp_path / "drafted").rglob("*.yaml")} == expected
