"""Issue 21: interruptions leave no temporary file and no half-updated rule book."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from pledgetrack.cli import Terminated, main
from pledgetrack.rules import bundled_rules_path

from synthetic_corpus import build

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    return build(tmp_path_factory.mktemp("many"), 40)


@pytest.mark.parametrize("format, jobs", [("jsonl", "1"), ("csv", "2")])
def test_sigterm_during_a_streamed_audit_leaves_no_temporary_file(tmp_path, many, format, jobs):
    corpus, rules = many
    out = tmp_path / "out"
    out.mkdir()
    audit = subprocess.Popen(
        [sys.executable, "-m", "pledgetrack", "audit", "--corpus", str(corpus), "--rules", str(rules),
         "--format", format, "--output", str(out / f"audit.{format}"), "--jobs", jobs, "--as-of", AS_OF,
         "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while not any(out.iterdir()) and audit.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert [p.name.endswith(".tmp") for p in out.iterdir()] == [True], "the audit never began to write"
        audit.send_signal(signal.SIGTERM)
        _, err = audit.communicate(timeout=120)
    finally:
        if audit.poll() is None:
            audit.kill()
    assert audit.returncode == 128 + signal.SIGTERM
    assert "pledgetrack: stopped by SIGTERM; no output file was left half written" in err
    assert "Traceback" not in err
    assert list(out.iterdir()) == []


@pytest.fixture
def book(tmp_path):
    """A copy of the bundled rule book in which three files each expect one wrong grade."""
    shutil.copytree(bundled_rules_path(), tmp_path / "rules")
    changed = []
    for path in sorted((tmp_path / "rules").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "    expect: met\n" in text and len(changed) < 3:
            path.write_text(text.replace("    expect: met\n", "    expect: missed\n", 1), encoding="utf-8")
            changed.append(path)
    assert len(changed) == 3
    return tmp_path / "rules", changed


def contents(folder):
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_expect_update_writes_every_changed_file(capsys, book):
    rules, changed = book
    assert main(["expect", "--update", str(rules), "--as-of", AS_OF]) == 0
    assert "3 expects written in 3 files" in capsys.readouterr().out
    # Each file back to the bundled one: its one wrong grade written as today's, nothing else touched.
    assert all(path.read_bytes() == (bundled_rules_path() / path.relative_to(rules)).read_bytes() for path in changed)
    assert main(["expect", str(rules), "--as-of", AS_OF]) == 0


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), Terminated()])
def test_expect_update_interrupted_between_files_changes_none(capsys, book, monkeypatch, failure):
    rules, changed = book
    before = contents(rules)
    replace, calls = os.replace, []

    def failing(source, target):
        calls.append(target)
        if len(calls) == 2:  # the first file is in place, the second is not
            raise failure
        return replace(source, target)

    monkeypatch.setattr(os, "replace", failing)
    status = main(["expect", "--update", str(rules), "--as-of", AS_OF])
    err = capsys.readouterr().err
    assert contents(rules) == before  # the first file put back, no temporary file left
    if isinstance(failure, OSError):
        assert status == 2
        assert f"{changed[1]}: cannot write the file: No space left on device; no file was changed" in err
        assert "copy the rule book somewhere you may write" in err
    else:
        assert status == 128 + signal.SIGTERM and "stopped by SIGTERM" in err


def test_a_failure_while_staging_leaves_nothing_behind(capsys, book, monkeypatch):
    rules, changed = book
    before = contents(rules)
    fsync, calls = os.fsync, []

    def failing(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return fsync(fd)

    monkeypatch.setattr(os, "fsync", failing)
    assert main(["expect", "--update", str(rules), "--as-of", AS_OF]) == 2
    assert "no file was changed" in capsys.readouterr().err
    assert contents(rules) == before


def test_a_forked_worker_ends_at_sigterm_as_it_did(tmp_path):
    # A --jobs worker forked while the command line's handler is set must still die of SIGTERM.
    code = """
import os, signal, sys, time
from pledgetrack import cli
handler = cli._terminate_here(os.getpid())
signal.signal(signal.SIGTERM, handler)
ready, said = os.pipe()
child = os.fork()
if child == 0:
    os.write(said, b"!")  # a signal that came before the child is running Python again would be lost
    time.sleep(30)
    os._exit(0)
os.read(ready, 1)
os.kill(child, signal.SIGTERM)
_, status = os.waitpid(child, 0)
print(os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "True", done.stderr
