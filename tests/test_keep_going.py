"""``audit --keep-going`` as ``make -k``: every valid rule graded, every invalid one listed, exit 2.

The audit runs as a user runs it, ``python -m pledgetrack`` in a project folder of its own,
with a rule book of one good file, one that is not valid YAML and one with a quote no
plan holds and an id already taken.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgetrack.errors import RuleError
from pledgetrack.rules.load import bundled_rules_path, load_rules, load_valid_rules

from conftest import AS_OF

BROKEN = """pledges:
  - id: fairs-broken
    year: 2023
    quote: 组织线上、线下招聘会不少于100场
    evidence: [招聘会, 场
  - id: other
    year: 2023
"""

MIXED = """pledges:
  - id: fairs-again
    year: 2023
    quote: 组织线上、线下招聘会不少于100场
    evidence: [招聘会]
  - id: moon-bases
    year: 2023
    quote: 新建一百座月球基地
    evidence: [月球]
  - id: yuexiu-2023-gdp-growth
    year: 2023
    quote: 组织线上、线下招聘会不少于100场
    evidence: [招聘会]
"""

PROBLEMS = [
    "rules/2014.yaml:5:15: not valid YAML: this '[' is not closed",
    "rules/2024.yaml:8:12: quote not found in the plan for 2023",
    "rules/2024.yaml:10:9: duplicate id 'yuexiu-2023-gdp-growth' (first at rules/2023.yaml:9:5)",
]


@pytest.fixture
def project(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copyfile(bundled_rules_path() / "guangzhou-yuexiu" / "2023.yaml", rules / "2023.yaml")
    (rules / "2014.yaml").write_text(BROKEN, encoding="utf-8")
    (rules / "2024.yaml").write_text(MIXED, encoding="utf-8")
    return tmp_path


def _good(project) -> int:
    """How many pledges the good file holds, as its author counts them: one '- id:' each."""
    return (project / "rules" / "2023.yaml").read_text(encoding="utf-8").count("\n  - id: ")


def _audit(project, *args):
    return subprocess.run([sys.executable, "-m", "pledgetrack", "audit", "--rules", "rules", "--no-cache", "-j", "1",
                           "--as-of", AS_OF.isoformat(), "--color", "no", *args],
                          cwd=project, capture_output=True, text=True, timeout=300)


def _counted(stdout: str) -> int:
    counts = re.search(r"=+ (\d+) met, (\d+) exceeded, (\d+) missed, (\d+) unverifiable", stdout)
    return sum(int(n) for n in counts.groups())


def _lists_every_problem(stderr: str) -> None:
    lines = stderr.splitlines()
    for problem in PROBLEMS:
        assert any(line.startswith(problem) for line in lines), (problem, stderr)
    assert "3 problems in 2 files" in lines


def test_keep_going_grades_every_valid_rule_lists_the_invalid_ones_and_exits_2(project):
    done = _audit(project, "--keep-going")
    assert done.returncode == 2, done.stderr
    assert _counted(done.stdout) == _good(project) + 1  # the good file's pledges and fairs-again
    assert re.search(r"^2024\.yaml \+ +\[100%\]$", done.stdout, re.MULTILINE)
    assert "2014.yaml" not in done.stdout and "Traceback" not in done.stderr
    _lists_every_problem(done.stderr)
    assert done.stderr.splitlines()[-1] == ("pledgetrack: --keep-going: the rules with 3 problems above (2 files) "
                                            "were left out; every other rule was graded")


def test_without_keep_going_nothing_is_graded(project):
    done = _audit(project)
    assert done.returncode == 2 and done.stdout == ""
    _lists_every_problem(done.stderr)
    assert "--keep-going" not in done.stderr


def test_keep_going_in_the_project_file_and_no_keep_going_over_it(project):
    (project / "pledgetrack.toml").write_text('rules = ["rules"]\nkeep-going = true\n', encoding="utf-8")
    done = _audit(project, "--format", "jsonl", "--output", "audit.jsonl")
    assert done.returncode == 2
    _lists_every_problem(done.stderr)
    lines = (project / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == _good(project) + 1 and "fairs-again" in ids and "moon-bases" not in ids
    assert ids.count("yuexiu-2023-gdp-growth") == 1
    refused = _audit(project, "--no-keep-going", "--format", "jsonl", "--output", "again.jsonl")
    assert refused.returncode == 2 and not (project / "again.jsonl").exists()
    (project / "pledgetrack.toml").write_text('keep-going = "yes"\n', encoding="utf-8")
    wrong = _audit(project)
    assert wrong.returncode == 2
    assert "pledgetrack.toml: 'keep-going' must be true or false, found 'yes'" in wrong.stderr


def test_when_no_rule_is_valid_every_problem_is_told_as_without_keep_going(project):
    done = _audit(project, "--keep-going", "--rules", "rules/2014.yaml")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines()[0].startswith(PROBLEMS[0])
    assert "no pledge matches" not in done.stderr


def test_load_valid_rules_keeps_the_first_of_an_id_and_leaves_out_what_has_a_problem(project, corpus, monkeypatch):
    monkeypatch.chdir(project)
    book, problems = load_valid_rules(["rules"], corpus)
    good = load_rules(["rules/2023.yaml"], corpus)
    assert [rule.id for rule in book] == [rule.id for rule in good] + ["fairs-again"]
    assert book["yuexiu-2023-gdp-growth"].origin.file == "rules/2023.yaml"
    assert [f"{p.where}: {p.message}"[:len(expected)] for p, expected in zip(problems, PROBLEMS)] == PROBLEMS
    assert len(problems) == 3
    with pytest.raises(RuleError) as caught:
        load_rules(["rules"], corpus)
    assert [p.where for p in caught.value.problems] == [p.where for p in problems]


FIXTURES = Path(__file__).parent / "fixtures" / "rules"
FILES = sorted((bundled_rules_path() / "guangzhou-yuexiu").glob("*.yaml")) + sorted((FIXTURES / "bad").glob("*.yaml"))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.sampled_from(FILES), min_size=1, max_size=5, unique=True))
def test_keeping_going_tells_the_same_problems_and_keeps_only_rules_they_do_not_touch(files, corpus):
    book, problems = load_valid_rules(files, corpus)
    try:
        strict, told = load_rules(files, corpus), []
    except RuleError as exc:
        strict, told = None, list(exc.problems)
    assert [str(p) for p in problems] == [str(p) for p in told]
    ids = [rule.id for rule in book]
    assert len(ids) == len(set(ids))
    if strict is not None:
        assert book.rules == strict.rules and book.files == strict.files
    at_fault = {(p.file, p.line) for p in problems}
    for rule in book:  # no problem stands on a kept pledge's lines, from its '- ' to the next pledge's
        text = Path(rule.origin.file).read_text(encoding="utf-8").splitlines()
        dash = rule.origin.column - 3  # where the '- ' of each pledge of the list stands
        after = [n for n, line in enumerate(text, 1) if n > rule.origin.line and line[dash:dash + 2] == "- "]
        lines = range(rule.origin.line, min(after, default=len(text) + 1))
        assert not any((rule.origin.file, line) in at_fault for line in lines)
