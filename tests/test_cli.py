"""The command line as a new user meets it: --version, --help, --output, empty selections, what was used."""

import os
import re
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pledgetrack.cli import main
from pledgetrack.paths import display_path

from conftest import AS_OF

AUDIT = ["audit", "--as-of", AS_OF.isoformat(), "--color", "no"]
OTHER_CORPUS = Path(__file__).parent / "corpora" / "other-governments"


def test_version(capsys):
    assert main(["--version"]) == 0
    assert re.fullmatch(r"pledgetrack \d+\.\d+\.\d+\n", capsys.readouterr().out)


@pytest.mark.parametrize("command", ["audit", "validate", "schema", "corpus"])
def test_each_subcommand_help_shows_an_example_and_the_exit_codes(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert f"examples:\n  pledgetrack {command}" in out
    assert "exit status:" in out and "5  the selection matched no pledge" in out


@pytest.mark.parametrize("where, says", [
    ("missing/audit.md", "there is no folder"),
    (".", "that is a folder"),
])
def test_a_bad_output_is_a_usage_error_before_any_work(where, says, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([*AUDIT, "--format", "markdown", "--output", where]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "corpus:" not in captured.err  # refused before the audit started
    assert captured.err.count("\n") == 1 and captured.err.startswith(f"pledgetrack: --output {where}: {says}")
    assert sorted(os.listdir(tmp_path)) == []


def test_a_folder_without_permission_is_refused_before_any_work(tmp_path, capsys, monkeypatch):
    # What the kernel answers an ordinary user (root is let write anywhere, and CI runs as root).
    (tmp_path / "audit.md").write_text("before", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    target = tmp_path / "audit.md"
    assert main([*AUDIT, "--format", "markdown", "--output", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == (
        f"pledgetrack: --output {target}: no permission to write there; choose another file\n")
    assert target.read_text(encoding="utf-8") == "before"


def _no_file_over_4_kib():
    # The disk refuses the write midway, for root as for anyone: a full disk, a quota.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_write_that_fails_midway_leaves_the_previous_file_untouched(tmp_path):
    target = tmp_path / "audit.md"
    target.write_text("before", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pledgetrack", *AUDIT, "--no-cache", "--format", "markdown",
                           "--output", str(target)], capture_output=True, text=True, preexec_fn=_no_file_over_4_kib)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines()[-2:] == [
        f"{target}: cannot write the file: File too large",
        "  help: nothing was written; check that the folder exists, may be written to and has room"]
    assert target.read_text(encoding="utf-8") == "before" and os.listdir(tmp_path) == ["audit.md"]


def test_output_dash_is_standard_output_and_a_written_file_is_named(tmp_path, capsys):
    assert main([*AUDIT, "--format", "json", "--output", "-", "-k", "job-fairs"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("{") and "wrote" not in captured.err
    target = tmp_path / "audit.json"
    assert main([*AUDIT, "--format", "json", "--output", str(target), "-k", "job-fairs"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.splitlines()[-1] == f"wrote {target}"
    assert target.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("selection", [["-k", "no-such-pledge"], ["--year", "1999"], ["--area", "航天"],
                                       ["--year", "2023", "--grade", "missed"]])
def test_a_selection_that_matches_nothing_exits_5_as_pytest_does(selection, capsys):
    assert main([*AUDIT, *selection]) == 5
    err = capsys.readouterr().err
    assert re.search(r"pledgetrack: (no pledge matches|none of the \d+ pledges selected is missed)", err)


def test_the_corpus_and_rule_book_used_are_always_named(capsys):
    main([*AUDIT, "-k", "job-fairs"])
    out = capsys.readouterr().out
    assert "corpus: bundled seeds/manifest.yaml (1 government, 5 documents;" in out
    assert "rules: 6 files in bundled rules/guangzhou-yuexiu, " in out
    main([*AUDIT, "-k", "job-fairs", "--format", "json"])
    err = capsys.readouterr().err
    assert "corpus: bundled seeds/manifest.yaml" in err and "rules: 6 files" in err
    assert main(["validate"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("corpus: bundled seeds/manifest.yaml") and out[1] == "rules: bundled rules"


def test_the_bundled_rules_on_another_corpus_say_so_in_one_message(capsys):
    assert main([*AUDIT, "--corpus", str(OTHER_CORPUS)]) == 2
    err = capsys.readouterr().err
    assert "the bundled rule book is written for the bundled corpus" in err and "--rules PATH" in err
    assert "quote not found" not in err and err.count("\n") < 10


def test_a_project_file_sets_the_corpus_rules_and_options(tmp_path, capsys, monkeypatch):
    rules = tmp_path / "my-rules.yaml"
    rules.write_text("pledges:\n  - id: fairs\n    year: 2023\n    quote: 组织线上、线下招聘会不少于100场\n"
                     "    evidence: [招聘会]\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.pledgetrack]\nrules = "my-rules.yaml"\n'
                                             'fail-on = "unverifiable"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")  # found from a folder below, as pytest finds its ini
    assert main(AUDIT) == 0
    out = capsys.readouterr().out
    assert "configfile: ../pyproject.toml" in out
    assert f"rules: 1 file in {display_path(tmp_path)}, 1 pledge" in out and "1 exceeded" in out
    rules.write_text(rules.read_text(encoding="utf-8").replace("招聘会]", "口袋公园]"), encoding="utf-8")
    assert main(AUDIT) == 1  # fail-on = "unverifiable" from the project file
    assert main([*AUDIT, "--fail-on", "missed"]) == 0  # the command line wins
    capsys.readouterr()
    (tmp_path / "pledgetrack.toml").write_text('rules = ["my-rules.yaml"]\nfail-on = "sometimes"\n', encoding="utf-8")
    assert main(AUDIT) == 2
    err = capsys.readouterr().err
    assert "pledgetrack.toml: 'fail-on' must be one of never, missed, unverifiable, found 'sometimes'" in err
