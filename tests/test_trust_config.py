"""Issue 21: project files and folders given on the command line are checked where they enter."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from pledgetrack.cli import main
from pledgetrack.config import MAX_PROJECT_BYTES, find_config

AS_OF = "2026-11-21"


def corpus_run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["corpus", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "RecursionError" not in captured.err
    return status, captured.out, captured.err


@pytest.mark.parametrize("text", ['tool = "x"\n', "tool = 5\n", "tool = [1, 2]\n", "[tool]\npledgetrack = 3\n"])
def test_a_pyproject_whose_tool_is_not_a_table_of_ours_is_passed_over_or_named(capsys, tmp_path, monkeypatch, text):
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    (tmp_path / "below").mkdir()
    monkeypatch.chdir(tmp_path / "below")  # and every folder below it
    status, out, err = corpus_run(capsys)
    if "pledgetrack = 3" in text:  # a [tool.pledgetrack] that is no table is ours, and wrong
        assert status == 2 and "[tool.pledgetrack]: expected a table of settings" in err
    else:
        assert status == 0 and "documents: 5" in out


@pytest.mark.parametrize("name, text", [
    ("pledgetrack.toml", "corpus = " + "[" * 1200 + "]" * 1200 + "\n"),
    ("pyproject.toml", "[tool.pledgetrack]\nrules = " + "[" * 1200 + "]" * 1200 + "\n"),
    ("pledgetrack.toml", "corpus = " + "{a = " * 1200 + "1" + "}" * 1200 + "\n"),
])
def test_a_project_file_nested_1200_deep_is_one_clear_problem(capsys, tmp_path, monkeypatch, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = corpus_run(capsys)
    assert status == 2
    assert err.splitlines()[0] == f"{tmp_path / name}: nested too deeply to be read as a project file (arrays or " \
                                  "tables within one another)"


def test_a_project_file_nested_less_deep_is_told_what_it_should_hold(capsys, tmp_path, monkeypatch):
    (tmp_path / "pledgetrack.toml").write_text("rules = " + "[" * 150 + "]" * 150 + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = corpus_run(capsys)
    assert status == 2 and "'rules' must be a path or a list of paths" in err


def test_a_project_file_larger_than_its_limit_is_not_read(capsys, tmp_path, monkeypatch):
    with (tmp_path / "pledgetrack.toml").open("w") as out:
        out.write("# " + "x" * MAX_PROJECT_BYTES + "\n")
    monkeypatch.chdir(tmp_path)
    status, out, err = corpus_run(capsys)
    assert status == 2 and "cannot read the project file: file is" in err and "more than the 1,048,576" in err


def test_a_project_file_that_is_a_fifo_or_a_device_is_none(tmp_path):
    os.mkfifo(tmp_path / "pledgetrack.toml")
    (tmp_path / "pyproject.toml").symlink_to("/dev/zero")
    assert find_config(tmp_path).file is None


def test_a_cache_dir_1500_folders_deep_is_refused_where_it_is_given(capsys, tmp_path):
    deep = Path(tmp_path, *["a"] * 1500)
    status = main(["audit", "-k", "job-fairs", "--as-of", AS_OF, "--cache-dir", str(deep)])
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    assert f"argument --cache-dir: expected a folder at most 256 folders deep, found a path " \
           f"{len(deep.parts):,} folders deep; choose a folder nearer the top" in err
    assert list(tmp_path.iterdir()) == []


def remove_deep(folder: Path) -> None:
    # shutil.rmtree (and so pytest's own clean-up) recurses once a level: rm does not.
    subprocess.run(["rm", "-rf", str(folder)], check=True)


def test_a_cache_dir_far_below_the_last_folder_there_is_made(capsys, tmp_path):
    from pledgetrack.corpus.cache import make_folders

    deep = Path(tmp_path, *["a"] * (256 - len(tmp_path.parts)))
    status = main(["audit", "-k", "job-fairs", "--as-of", AS_OF, "--cache-dir", str(deep)])
    assert status == 0 and "Traceback" not in capsys.readouterr().err
    assert len(list(deep.glob("*.json"))) == 5  # every report of the corpus, kept
    deeper = Path(tmp_path, "b", *["a"] * 1500)  # as deep as the system allows, made without recursion
    make_folders(deeper)
    assert deeper.is_dir()
    remove_deep(tmp_path)


def test_a_cache_dir_deep_through_the_environment_is_no_recursion(capsys, tmp_path, monkeypatch):
    # The default folder comes from $XDG_CACHE_HOME: too long a path for the system, the audit runs uncached.
    monkeypatch.setenv("XDG_CACHE_HOME", str(Path(tmp_path, *["a"] * 2100)))
    status = main(["audit", "-k", "job-fairs", "--as-of", AS_OF])
    assert status == 0 and "Traceback" not in capsys.readouterr().err
    remove_deep(tmp_path)


def test_draft_output_far_down_is_refused_or_made_without_recursion(capsys, tmp_path):
    deep = Path(tmp_path, *["d"] * 1500)
    assert main(["draft", "--output", str(deep)]) == 2
    err = capsys.readouterr().err
    assert "argument --output: expected a folder at most 256 folders deep" in err and "Traceback" not in err
    within = Path(tmp_path, *["d"] * (256 - len(tmp_path.parts)))
    assert main(["draft", "--output", str(within)]) == 0
    assert "rules drafted in" in capsys.readouterr().out and any(within.rglob("*.yaml"))
    remove_deep(tmp_path)
