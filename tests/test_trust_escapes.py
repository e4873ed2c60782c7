"""Issue 21: control characters of reports and file names are shown escaped on the terminal and in Markdown."""

from __future__ import annotations

import re
import shutil

import pytest
from hypothesis import given, strategies as st

from pledgetrack.cli import main
from pledgetrack.corpus import bundled_corpus
from pledgetrack.rules.load import bundled_rules_path
from pledgetrack.visible import visible

pytest_plugins = ["pytester"]

AS_OF = "2026-11-21"
# What a terminal acts on: C0 controls but line feed (and tab), DEL, C1 controls.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
OWN_COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # the colour codes the report itself writes with --color yes


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The bundled corpus with ESC and BEL in the fairs sentence, the rule book in a folder named with ESC."""
    top = tmp_path_factory.mktemp("hostile")
    corpus = top / "corpus\x07"
    shutil.copytree(bundled_corpus(), corpus)
    report = corpus / "000_28089b04ea009273.txt"
    text = report.read_text(encoding="utf-8")
    assert "招聘会 175 场" in text
    report.unlink()  # never written through: a copy of a seed
    assert "规划安排建议\n" in text
    text = text.replace("招聘会 175 场", "招聘会\x1b]0;pwned\x07 175 场\x9b2J\u202e")
    report.write_text(text.replace("规划安排建议\n", "规划安排\x1b[8m建议\n", 1), encoding="utf-8")
    review = corpus / "002_9ca700a9709ab20f.txt"  # where the fairs' chosen evidence stands (line 66)
    text = review.read_text(encoding="utf-8")
    assert "举办各类招聘会 175 场" in text
    review.unlink()
    review.write_text(text.replace("举办各类招聘会 175 场", "举办\x1b]0;pwned\x07各类招聘会 175 场"), encoding="utf-8")
    rules = top / "rules\x1b[31m"
    shutil.copytree(bundled_rules_path(), rules)
    return corpus, rules


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_audit_vv_shows_a_reports_escapes_escaped(capsys, hostile):
    corpus, rules = hostile
    status, out, err = run(capsys, "audit", "--corpus", str(corpus), "--rules", str(rules), "-k", "job-fairs",
                           "-vv", "--as-of", AS_OF, "--no-cache", "--color", "no")
    assert not RAW.search(out) and not RAW.search(err)
    assert "招聘会\\x1b]0;" in out  # the sentence as it stands, its control characters visible
    assert "rules\\x1b[31m" in out and "corpus\\x07" in out


def test_only_the_reports_own_colours_reach_the_terminal(capsys, hostile):
    corpus, rules = hostile
    status, out, err = run(capsys, "audit", "--corpus", str(corpus), "--rules", str(rules), "-k", "job-fairs",
                           "-vv", "--as-of", AS_OF, "--no-cache", "--color", "yes")
    assert OWN_COLOURS.search(out)
    assert not RAW.search(OWN_COLOURS.sub("", out)) and not RAW.search(err)


def test_the_missed_section_and_the_summaries_are_escaped(capsys, hostile):
    corpus, rules = hostile
    status, out, err = run(capsys, "audit", "--corpus", str(corpus), "--rules", str(rules), "--as-of", AS_OF,
                           "--no-cache", "--color", "no")
    assert status == 1 and "MISSED" in out and "short summary of unverifiable pledges" in out
    assert not RAW.search(out) and not RAW.search(err)


def test_validate_and_corpus_show_paths_and_text_escaped(capsys, hostile):
    corpus, rules = hostile
    status, out, err = run(capsys, "validate", "--corpus", str(corpus), str(rules))
    assert status == 0 and not RAW.search(out) and not RAW.search(err) and "rules\\x1b[31m" in out
    status, out, err = run(capsys, "corpus", "--corpus", str(corpus))
    assert status == 0 and not RAW.search(out) and not RAW.search(err) and "规划安排\\x1b[8m建议" in out


def test_a_problem_naming_a_key_with_escapes_is_shown_escaped(capsys, tmp_path):
    rules = tmp_path / "bad\x1b]0;title\x07.yaml"
    rules.write_text('pledges:\n  - id: a\n    year: 2023\n    "\\e]0;pwned\\a": 1\n    quote: 招聘会不少于100场\n',
                     encoding="utf-8")
    status, out, err = run(capsys, "validate", str(rules))
    assert status == 2 and not RAW.search(err) and not RAW.search(out)
    # The escape in the key is refused (yamldata); the file's name is shown escaped in the message.
    assert "bad\\x1b]0;title\\x07.yaml:4:5: not allowed in text: control character U+001B" in err


def test_markdown_shows_control_characters_escaped(capsys, hostile):
    corpus, rules = hostile
    status, out, err = run(capsys, "audit", "--corpus", str(corpus), "--rules", str(rules), "-k", "job-fairs",
                           "--as-of", AS_OF, "--no-cache", "--format", "markdown")
    assert not RAW.search(out) and "\u202e" not in out and not RAW.search(err)
    row = next(line for line in out.splitlines() if "`yuexiu-2023-job-fairs`" in line)
    # The sentence begins after "；" (a sentence end); its BEL written out, the backslash escaped for Markdown.
    assert "| pwned\\\\x07各类招聘会175场" in row


def test_the_output_file_named_on_stderr_is_escaped(capsys, hostile, tmp_path):
    corpus, rules = hostile
    output = tmp_path / "audit\x1b[2J.md"
    status, out, err = run(capsys, "audit", "--corpus", str(corpus), "--rules", str(rules), "-k", "job-fairs",
                           "--as-of", AS_OF, "--no-cache", "--output", str(output))
    assert output.is_file() and not RAW.search(err) and "audit\\x1b[2J.md" in err


@given(st.text())
def test_visible_text_holds_no_control_and_leaves_other_text_alone(text):
    shown = visible(text)
    assert not RAW.search(shown) and not re.search("[\u202a-\u202e\u2066-\u2069\ud800-\udfff]", shown)
    if not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]", text):
        assert shown == text


def test_the_pytest_plugin_shows_a_rule_folder_and_evidence_escaped(pytester, hostile):
    corpus, rules = hostile
    rule_file = rules / "guangzhou-yuexiu" / "2023.yaml"
    result = pytester.runpytest("--pledges", str(rule_file), "--pledges-corpus", str(corpus),
                                "-p", "no:cacheprovider", "-k", "job-fairs")
    # pytest writes the test's own path as it is; the plugin's lines are its own.
    ours = "\n".join(line for line in result.outlines if line.startswith("pledgetrack"))
    assert "pledgetrack rules: 1 file in " in ours and "rules\\x1b[31m" in ours and "corpus\\x07" in ours
    assert not RAW.search(ours)
    wrong = pytester.runpytest("--pledges", str(rules / "none.yaml"), "--pledges-corpus", str(corpus))
    said = "\n".join(wrong.errlines)
    assert "rules\\x1b[31m/none.yaml: no such file or folder" in said and not RAW.search(said)
