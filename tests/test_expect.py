"""pledgetrack expect [--update]: today's grades against the rules' `expect`, written in as a one-line diff."""

import difflib
import shutil

import pytest

from pledgetrack.cli import main
from pledgetrack.errors import PledgetrackError
from pledgetrack.rules import Grade, bundled_rules_path
from pledgetrack.rules.expect import updated_text

pytest_plugins = ["pytester"]

AS_OF = "2026-11-21"
FAIRS = "yuexiu-2023-job-fairs"


def _diff(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


@pytest.fixture
def book(tmp_path):
    shutil.copytree(bundled_rules_path(), tmp_path / "rules")
    return tmp_path / "rules"


def _change_fairs(book):
    """The job fairs must now double their target to be exceeded: 175 of 100 is only met."""
    path = book / "guangzhou-yuexiu" / "2023.yaml"
    head, anchor, tail = path.read_text(encoding="utf-8").partition(f"- id: {FAIRS}\n")
    path.write_text(head + anchor + tail.replace("    evidence: [招聘会]\n", "    evidence: [招聘会]\n"
                                                 "    exceed_margin: 1\n", 1), encoding="utf-8")
    return path


def test_update_leaves_a_one_line_diff_per_changed_rule(book, capsys):
    path = _change_fairs(book)
    before = {p: p.read_text(encoding="utf-8") for p in book.rglob("*.yaml")}
    assert main(["expect", str(book), "--as-of", AS_OF]) == 1
    out = capsys.readouterr().out
    assert f"{FAIRS}: expect exceeded → met" in out and "1 of 200 rules expect another grade" in out
    assert all(p.read_text(encoding="utf-8") == text for p, text in before.items())  # without --update: read only
    assert main(["expect", "--update", str(book), "--as-of", AS_OF]) == 0
    assert "1 expect written in 1 file" in capsys.readouterr().out
    assert _diff(before[path], path.read_text(encoding="utf-8")) == ["-    expect: exceeded", "+    expect: met"]
    assert all(p.read_text(encoding="utf-8") == text for p, text in before.items() if p != path)
    assert main(["expect", str(book), "--as-of", AS_OF]) == 0


def test_a_rule_without_expect_gets_one_line_as_its_last_key(book, capsys):
    path = book / "guangzhou-yuexiu" / "2023.yaml"
    original = path.read_text(encoding="utf-8")
    without = original.replace("    evidence: [招聘会]\n    expect: exceeded\n", "    evidence: [招聘会]\n", 1)
    assert without != original
    path.write_text(without, encoding="utf-8")
    assert main(["expect", "--update", str(path), "--as-of", AS_OF]) == 0
    after = path.read_text(encoding="utf-8")
    assert _diff(without, after) == ["+    expect: exceeded"]
    pledge = after[after.index(f"- id: {FAIRS}"):]
    assert pledge.index("note: ") < pledge.index("expect: exceeded") < pledge.index("\n\n")


def test_layout_comments_quotes_and_line_ends_are_kept():
    text = ('pledges:\r\n  - id: a   # first\r\n    year: 2023\r\n    expect: "met"  # was met\r\n'
            "  - id: b\r\n    note: |\r\n      两行\r\n      说明\r\n  # trailing comment\r\n")
    new, updates = updated_text(text, "r.yaml", {"a": Grade.MISSED, "b": Grade.MET})
    assert new == ('pledges:\r\n  - id: a   # first\r\n    year: 2023\r\n    expect: "missed"  # was met\r\n'
                   "  - id: b\r\n    note: |\r\n      两行\r\n      说明\r\n    expect: met\r\n  # trailing comment\r\n")
    assert [(u.id, u.line, u.old) for u in updates] == [("a", 4, "met"), ("b", 9, None)]
    assert updated_text("pledges:\n  - id: a\n    year: 2023", "r.yaml", {"a": Grade.MET})[0] == \
        "pledges:\n  - id: a\n    year: 2023\n    expect: met\n"


def test_an_expect_that_holds_is_left_alone():
    text = "pledges:\n  - id: a\n    expect: met\n"
    assert updated_text(text, "r.yaml", {"a": Grade.MET}) == (text, [])


def test_a_flow_style_pledge_is_refused_whole():
    with pytest.raises(PledgetrackError) as caught:
        updated_text("pledges:\n  - {id: a, year: 2023}\n", "r.yaml", {"a": Grade.MET})
    assert str(caught.value).startswith("r.yaml:2:6: a pledge written in flow style")


def test_the_plugin_says_how_to_record_missing_expectations(pytester):
    rules = pytester.makefile(".yaml", pledges="""
pledges:
  - id: fairs
    year: 2023
    quote: 组织线上、线下招聘会不少于100场
    evidence: [招聘会]
""")
    result = pytester.runpytest("--pledges", str(rules), "--pledges-expect", "-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*to record today's grades: pledgetrack expect --update *pledges.yaml*"])


def test_a_byte_order_mark_is_kept(tmp_path, capsys):
    path = tmp_path / "2023.yaml"
    path.write_bytes("\ufeffpledges:\n  - id: fairs\n    year: 2023\n    quote: 组织线上、线下招聘会不少于100场\n"
                     "    evidence: [招聘会]\n".encode("utf-8"))
    assert main(["expect", "--update", str(path), "--as-of", AS_OF]) == 0
    assert path.read_bytes().endswith(b"    evidence: [\xe6\x8b\x9b\xe8\x81\x98\xe4\xbc\x9a]\n    expect: exceeded\n")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfpledges:\n")
