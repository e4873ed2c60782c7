"""``audit --draft`` tells the warnings its drafted rules' checks give (issue 19): the same warnings, at the same
line and column of the same file, as ``pledgetrack audit`` of the files ``pledgetrack draft`` writes, whatever
the format and the number of processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgetrack.cli import main

CORPORA = Path(__file__).parent / "corpora"
AS_OF = ["--as-of", "2026-11-21", "--no-cache"]


def _warnings(err: str, folder: str) -> list[str]:
    """Each warning on stderr with its help line, the drafted files' folder named as ``audit --draft`` names it."""
    lines = err.replace(folder.rstrip("/") + "/", "<drafted>/").splitlines()
    return [line + "".join("\n" + after for after in lines[i + 1:i + 2] if after.startswith("  help: "))
            for i, line in enumerate(lines) if ": warning: " in line]


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    """For each corpus, the folder ``pledgetrack draft`` wrote."""
    found = {}
    for name in ("other-governments", "national-1990s"):
        found[name] = tmp_path_factory.mktemp(name) / "drafted"
        assert main(["draft", "--corpus", str(CORPORA / name), "--output", str(found[name])]) == 0
    return found


@pytest.mark.parametrize("name", ["other-governments", "national-1990s"])
@pytest.mark.parametrize("options", [["-qq"], ["--format", "jsonl", "--output", "graded.jsonl"],
                                     ["--format", "json", "--output", "graded.json", "-j", "2"]])
def test_audit_draft_warns_as_the_audit_of_the_drafted_files(written, name, options, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    corpus = ["--corpus", str(CORPORA / name)]
    jobs = [] if "-j" in options else ["-j", "1"]
    capsys.readouterr()
    status = main(["audit", *corpus, "--rules", str(written[name]), *AS_OF, *jobs, *options])
    expected = _warnings(capsys.readouterr().err, str(written[name]))
    drafted = main(["audit", *corpus, "--draft", *AS_OF, *jobs, *options])
    told = _warnings(capsys.readouterr().err, str(written[name]))
    # every warning told as the written files' audit tells it, a drafted rule's at its file, line and column (today
    # these drafts give none of their own: the one the 1990s drafts gave, a target its words did not name, came from
    # a misreading of 由85个减为26个, since fixed; test_drafts_read_back_stand_where_the_written_files_have_them
    # holds the places)
    assert told == expected and (told or name != "national-1990s")  # its reports' parts are warned of
    assert drafted == status


def test_drafts_read_back_stand_where_the_written_files_have_them(written):
    from pledgetrack import load_corpus
    from pledgetrack.draft import draft, target_path
    from pledgetrack.draft.files import read_back
    from pledgetrack.rules.load import read_rule_file

    folder = written["other-governments"]
    by_file: dict[Path, list] = {}
    for made in draft(load_corpus(CORPORA / "other-governments")):
        by_file.setdefault(target_path(made), []).append(made)
    assert len(by_file) == len(list(folder.rglob("*.yaml"))) > 1
    for path, drafts in by_file.items():
        read, problems = read_rule_file(folder / path)
        assert not problems
        expected = [(w.pledge, w.origin.line, w.origin.column, w.spots) for w in read]
        for upto in (None, 1, len(drafts) // 2 + 1):
            back = read_back(drafts, upto)
            assert {w.origin.file for w in back} == {f"<drafted>/{path.as_posix()}"}
            shown = len(drafts) if upto is None else upto
            assert [(w.pledge, w.origin.line, w.origin.column, w.spots) for w in back[:shown]] == expected[:shown]
            assert all(w.origin.line is None for w in back[shown:])
