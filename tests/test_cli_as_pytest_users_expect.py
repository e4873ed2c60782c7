"""The command line as pytest users expect it, run as they run it (``python -m pledgetrack`` in a subprocess):
``audit -q`` and ``-qq``, jsonl and csv naming the file written, ``draft --help`` with drafting's own exit
codes and ``draft``'s progress line on a terminal, and an unclosed ``[`` reported where it stands."""

import os
import pty
import re
import subprocess
import sys

import pytest

from conftest import AS_OF

COUNTS = re.compile(r"(\d+) met, (\d+) exceeded, (\d+) missed, (\d+) unverifiable \(\d+ awaiting report\) in [\d.]+s")


def _pledgetrack(*args, cwd=None, **kwargs):
    return subprocess.run([sys.executable, "-m", "pledgetrack", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, **kwargs)


def _audit(*args, cwd=None):
    return _pledgetrack("audit", "--as-of", AS_OF.isoformat(), "--color", "no", "--no-cache", "-j", "1", *args,
                        cwd=cwd)


@pytest.fixture(scope="module")
def plain():
    return _audit()


def test_q_leaves_out_the_header_and_the_file_names_and_the_rules_around_the_counts(plain):
    quiet = _audit("-q")
    assert quiet.returncode == plain.returncode
    assert "pledgetrack audit" in plain.stdout and "corpus: " in plain.stdout
    assert "pledgetrack audit" not in quiet.stdout and "corpus: " not in quiet.stdout and "rules: " not in quiet.stdout
    progress = [line for line in quiet.stdout.splitlines() if line.endswith("%]")]
    assert progress and all(re.fullmatch(r"[.+Fs]+ +\[ *\d+%\]", line) for line in progress)
    assert progress[-1].endswith("[100%]")
    # the same characters as the files' lines of the plain report, run on from file to file as pytest -q runs them
    plain_lines = [line for line in plain.stdout.splitlines() if line.endswith("%]")]
    assert "".join(line.split()[0] for line in progress) == "".join(
        re.fullmatch(r"(?:\S+\.yaml )?([.+Fs]+) +\[ *\d+%\]", line)[1] for line in plain_lines)
    assert len(progress) < len(plain_lines)
    last = quiet.stdout.splitlines()[-1]
    assert COUNTS.fullmatch(last), last  # the counts alone, as pytest -q ends
    assert COUNTS.search(plain.stdout).groups() == COUNTS.fullmatch(last).groups()
    assert "= MISSED =" in quiet.stdout or "0 missed" in last


def test_qq_leaves_out_the_counts_too_but_not_what_was_missed(plain):
    quieter = _audit("-qq")
    assert quieter.returncode == plain.returncode
    assert not COUNTS.search(quieter.stdout)
    assert quieter.stdout.count("UNVERIFIABLE ") == plain.stdout.count("UNVERIFIABLE ") > 0
    assert quieter.stdout.count("\ngrade:    missed") == plain.stdout.count("\ngrade:    missed")


@pytest.mark.parametrize("format", ["jsonl", "csv", "json"])
def test_every_file_format_names_the_file_written(format, tmp_path):
    done = _audit("--format", format, "--output", f"audit.{format}", cwd=tmp_path)
    assert done.returncode in (0, 1)
    assert done.stderr.splitlines()[-1] == f"wrote audit.{format}"
    assert (tmp_path / f"audit.{format}").stat().st_size > 0
    quiet = _audit("-q", "--format", format, "--output", f"quiet.{format}", cwd=tmp_path)
    assert quiet.stderr.splitlines() == [f"wrote quiet.{format}"]  # -q: no corpus and rules lines


def test_draft_help_lists_only_the_exit_codes_of_drafting():
    done = _pledgetrack("draft", "--help")
    assert done.returncode == 0
    codes = done.stdout.split("exit status:\n")[1]
    assert "0  the rule files were written" in codes and "2  usage error" in codes
    assert "missed" not in codes and "selection" not in codes and not re.search(r"^\s+[15]  ", codes, re.M)
    audit = _pledgetrack("audit", "--help")
    assert "1  a pledge missed" in audit.stdout and "5  the selection matched no pledge" in audit.stdout


def _on_a_terminal(args, cwd) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal, as a user at a terminal has it; the status and what it showed."""
    leader, follower = pty.openpty()
    child = subprocess.Popen([sys.executable, "-m", "pledgetrack", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child has gone and closed its side
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return child.wait(timeout=300), shown.decode("utf-8")


def test_draft_shows_a_progress_line_on_a_terminal_and_none_in_a_log(tmp_path):
    status, shown = _on_a_terminal(["draft", "--output", "drafted"], tmp_path)
    assert status == 0
    final = re.findall(r"\rdrafted (\d+)/(\d+) plans \(100%\)", shown)
    files = list((tmp_path / "drafted").rglob("*.yaml"))
    assert final and final[-1] == (str(len(files)), str(len(files)))  # a rule file per plan year drafted
    logged = _pledgetrack("draft", "--output", "again", cwd=tmp_path)
    assert logged.returncode == 0 and "drafted" not in logged.stderr and "\r" not in logged.stderr


def test_an_unclosed_bracket_is_reported_at_its_line(tmp_path):
    (tmp_path / "rules.yaml").write_text("pledges:\n  - id: fairs\n    year: 2023\n    quote: 组织线上、线下招聘会不少于100场\n"
                                         "    evidence: [招聘会, 场\n  - id: other\n    year: 2023\n", encoding="utf-8")
    done = _pledgetrack("validate", "rules.yaml", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[0] == ("rules.yaml:5:15: not valid YAML: this '[' is not closed: expected ',' "
                                           "or ']', but got ':' at line 6, column 7")
