"""Issue 21: odd inputs refused by limits named in their messages, and blamed on what they are."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from pledgetrack.cli import main
from pledgetrack import files
from pledgetrack.corpus import bundled_corpus, index, load_corpus
from pledgetrack.corpus.document import MAX_REPORT_LINES
from pledgetrack.errors import CorpusError
from pledgetrack.rules import bundled_rules_path

AS_OF = "2026-11-21"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


@pytest.fixture
def corpus_copy(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), folder)
    return folder


def test_a_report_of_two_million_short_lines_is_refused_by_the_lines_limit(capsys, corpus_copy):
    report = corpus_copy / "000_28089b04ea009273.txt"
    text = report.read_text(encoding="utf-8")
    report.unlink()
    report.write_text(text + "a\n" * 2_000_000, encoding="utf-8")  # 4 MB: under the size limit
    lines = text.count("\n") + 2_000_001
    status, out, err = run(capsys, "corpus", "--corpus", str(corpus_copy))
    assert status == 2
    assert f"{report}: report has {lines:,} lines, more than the {MAX_REPORT_LINES:,} a report may have" in err
    assert "1 report skipped; the rest of the corpus is used" in err and "documents: 4" in out


def test_a_report_of_as_many_lines_as_the_limit_is_read_and_one_more_is_not(corpus_copy, monkeypatch):
    from pledgetrack.corpus import document

    reports = sorted(corpus_copy.glob("*.txt"), key=lambda p: p.read_text(encoding="utf-8").count("\n"))
    longest = reports[-1]
    text = longest.read_text(encoding="utf-8")
    monkeypatch.setattr(document, "MAX_REPORT_LINES", text.count("\n") + 1)  # the longest report's own lines
    assert len(load_corpus(corpus_copy, strict=True)) == 5
    longest.unlink()
    longest.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(corpus_copy, strict=True)
    assert [str(p) for p in caught.value.problems] == [
        f"{longest}: report has {text.count(chr(10)) + 2:,} lines, more than the {text.count(chr(10)) + 1:,} a report "
        "may have\n  help: split it into smaller reports, or check that it is a report"]


def test_a_folder_deeper_than_the_search_depth_is_refused(capsys, tmp_path):
    shutil.copytree(bundled_corpus(), tmp_path / "a" / "yuexiu")
    deep = tmp_path.joinpath(*["d"] * (files.MAX_SEARCH_DEPTH + 1))
    deep.mkdir(parents=True)
    status, out, err = run(capsys, "corpus", "--corpus", str(tmp_path))
    assert status == 2
    assert err.startswith(f"{tmp_path}: not searched for manifests to the end: {tmp_path.joinpath(*['d'] * 9)} is "
                          f"more than {files.MAX_SEARCH_DEPTH} folders below it")
    assert "point --corpus at the folder holding the manifests" in err
    shutil.rmtree(tmp_path / "d")
    assert run(capsys, "corpus", "--corpus", str(tmp_path))[0] == 0  # within the limit, found and read


def test_a_folder_wider_than_the_search_allows_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_SEARCH_ENTRIES", 50)
    for n in range(60):
        (tmp_path / f"f{n}.txt").write_bytes(b"")
    status, out, err = run(capsys, "corpus", "--corpus", str(tmp_path))
    assert status == 2
    assert f"{tmp_path}: not searched for manifests to the end: it holds more than 50 files and folders" in err


def test_a_folder_that_cannot_be_read_is_named_as_read_not_written(capsys, tmp_path, monkeypatch):
    (tmp_path / "closed").mkdir()
    shutil.copytree(bundled_corpus(), tmp_path / "open")
    scandir = os.scandir

    def refusing(path):
        if os.fspath(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    status, out, err = run(capsys, "corpus", "--corpus", str(tmp_path))
    assert status == 2 and "cannot write the output" not in err
    assert err.startswith(f"{tmp_path / 'closed'}: cannot read the folder to look for manifests: Permission denied")


def test_the_root_folder_as_corpus_is_refused_by_a_limit_or_a_read_error():
    # Whatever this machine's file system holds, the search stops at a limit or an unreadable folder.
    with pytest.raises(CorpusError) as caught:
        index.find_manifests(__import__("pathlib").Path("/"))
    assert caught.value.problems[0].code in ("search-limit", "unreadable")


def test_links_to_folders_are_not_followed(tmp_path):
    shutil.copytree(bundled_corpus(), tmp_path / "real")
    (tmp_path / "loop").symlink_to(tmp_path)  # a loop a search that followed links would never leave
    assert index.find_manifests(tmp_path) == [tmp_path / "real" / "manifest.yaml"]


def test_an_empty_output_is_named_as_such(capsys):
    status, out, err = run(capsys, "audit", "--output", "")
    assert status == 2
    assert err == "pledgetrack: --output is empty; name a file, e.g. --output audit.html, or give - for standard output\n"


def test_xlsx_blames_its_temporary_folder_not_the_output(capsys, tmp_path, monkeypatch):
    pytest.importorskip("openpyxl")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-tmp"))
    output = tmp_path / "audit.xlsx"
    status, out, err = run(capsys, "audit", "-k", "job-fairs", "--as-of", AS_OF, "--output", str(output))
    assert status == 2 and not output.exists() and sorted(os.listdir(tmp_path)) == []
    assert f"{tmp_path / 'no-such-tmp'}: cannot write the workbook's temporary files: No such file or directory" in err
    assert "set TMPDIR to a folder with room" in err and "cannot write the output" not in err


@pytest.mark.parametrize("option, said", [
    ("--output", "pledgetrack: --output 'a\\x00b': a file name cannot hold the character NUL; choose another name"),
    ("--cache-dir", "argument --cache-dir: a folder's name cannot hold the character NUL, found 'a\\x00b'"),
])
def test_a_path_holding_nul_is_refused_where_it_enters(capsys, option, said):
    status, out, err = run(capsys, "audit", option, "a\0b", "-k", "job-fairs", "--as-of", AS_OF)
    assert status == 2 and said in err


@pytest.mark.parametrize("name", ["a\0b", ""])
def test_schema_output_is_a_file_name(capsys, name):
    status, out, err = run(capsys, "schema", "--output", name)
    assert status == 2 and f"argument --output: expected a file name, found {name!r}" in err


def test_a_rules_folder_is_searched_within_the_same_limits(capsys, tmp_path):
    shutil.copytree(bundled_rules_path(), tmp_path / "rules")
    tmp_path.joinpath("rules", *["d"] * (files.MAX_SEARCH_DEPTH + 1)).mkdir(parents=True)
    status, out, err = run(capsys, "validate", str(tmp_path / "rules"))
    assert status == 2
    assert f"{tmp_path / 'rules'}: not searched for rule files to the end: " in err
    assert "point --rules at the folder holding the rule files" in err
    shutil.rmtree(tmp_path.joinpath("rules", "d"))
    assert run(capsys, "validate", str(tmp_path / "rules"))[0] == 0


def test_the_root_folder_as_rules_is_refused_by_a_limit_or_a_read_error(capsys):
    status, out, err = run(capsys, "validate", "/")
    assert status == 2 and ("not searched for rule files to the end" in err or "cannot read the folder" in err)
