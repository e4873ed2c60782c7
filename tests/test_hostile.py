"""Hostile and broken input: a clear message with file:line:col, never another exception, nothing read outside the corpus."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.cli import main
from pledgetrack.corpus import bundled_corpus, load_corpus
from pledgetrack.corpus.layout import _grow, ends_sentence, lay_out
from pledgetrack.errors import CorpusError, PledgetrackError, RuleError
from pledgetrack.report import write_output
from pledgetrack.rules import Pledge, build_rules, load_rules
from pledgetrack.rules.check import MAX_SUGGESTIONS
from pledgetrack.selection import SelectionError, keyword_matcher
from pledgetrack.yamldata import load_yaml_text
from pledgetrack.yamltext import MAX_BYTES, MAX_ITEMS

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
EXPECT = re.compile(rb"^# expect: (\d+):(\d+): (.*?)(?: \| (.*))?$")


def expectations(path: Path):
    for line in path.read_bytes().split(b"\n")[0].split(b"\r"):
        if match := EXPECT.match(line):
            yield int(match[1]), int(match[2]), match[3].decode(), (match[4] or b"").decode()


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.yaml")), ids=lambda p: p.stem)
def test_a_minimised_crasher_is_refused_with_its_message(path, corpus):
    with pytest.raises(RuleError) as caught:
        load_rules(path, corpus)
    (line, column, message, hint), = expectations(path)
    matching = [p for p in caught.value.problems if (p.line, p.column) == (line, column) and message in p.message]
    assert matching, f"no problem at {line}:{column} saying {message!r}; got:\n{caught.value}"
    assert hint in matching[0].hint


def test_validate_prints_every_crasher_s_message_and_exits_2(capsys):
    assert main(["validate", str(HOSTILE)]) == 2  # as audit does with an invalid rule book
    err = capsys.readouterr().err
    for path in HOSTILE.glob("*.yaml"):
        (line, column, message, _), = expectations(path)
        assert f"{path.name}:{line}:{column}: " in err and message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("text, words", [
    ("".join(f"k{i}: v\n" for i in range(MAX_ITEMS + 1)), f"more than {MAX_ITEMS:,} lines"),
    ("a: 1\n" * (MAX_ITEMS + 1), "more than"),
    ("a: &a [x]\n" + "".join(f"b{i}: *a\n" for i in range(MAX_ITEMS)), "more than"),
    ("a: " + "[" * 100_000 + "]" * 100_000, "nesting deeper than 32"),
    ("a: " + "[" * 990 + "]" * 990, "nesting deeper than 32"),
    ("- " * 40 + "x\n", "nesting is too deep"),
    (" " * 200 + "x: 1\n", "nesting is too deep"),
    ("a: [" + ", ".join(["!x 1"] * 100_000) + "]", "more than"),
    ("- x\n" * 500_000, f"more than the {MAX_BYTES:,}"),
    ("note: " + "a" * MAX_BYTES, f"more than the {MAX_BYTES:,}"),
])
def test_hostile_yaml_is_refused_before_it_is_parsed(text, words):
    with pytest.raises(PledgetrackError, match=words) as caught:
        load_yaml_text(text, "r.yaml")
    assert len(caught.value.problems) == 1


def test_a_file_of_many_mistakes_reports_the_first_hundred_and_says_how_many_more():
    text = "a: 1\n" + "".join(f"b{i}: !x 1\n" for i in range(300))
    with pytest.raises(PledgetrackError) as caught:
        load_yaml_text(text, "r.yaml")
    problems = caught.value.problems
    assert len(problems) == 101 and problems[0].where == "r.yaml:2:5"
    assert problems[-1].message == "stopped after 100 problems"


def test_problems_found_after_parsing_are_capped_per_file_with_a_count(corpus, tmp_path):
    path = tmp_path / "many.yaml"
    path.write_text("pledges:\n" + "".join(f"  - {{id: p{i}, qoute: x}}\n" for i in range(150)), encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(path, corpus)
    assert len(caught.value.problems) == 101
    assert caught.value.problems[-1].message == "and 500 more problems in this file"


@pytest.mark.parametrize("value", ["1e999999999", "1e100000000", "9" * 40, "'1e999999999'"])
def test_numbers_in_a_target_have_bounded_digits_and_exponents(value, corpus, tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("pledges:\n  - id: a\n    year: 2023\n    quote: 组织线上、线下招聘会不少于100场\n"
                    f"    evidence: [招聘会]\n    target: {{op: at_least, value: {value}, unit: 场}}\n", encoding="utf-8")
    with pytest.raises(RuleError, match="too large or too precise") as caught:
        load_rules(path, corpus)
    assert caught.value.problems[0].line == 6


def test_device_fifo_and_oversized_rule_paths_are_refused_without_reading_them(corpus, tmp_path):
    fifo = tmp_path / "rules.yaml"
    os.mkfifo(fifo)  # reading it would wait for ever for a writer
    big = tmp_path / "big.yaml"
    with open(big, "wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: refused by its size, before any byte is read
    for path, words in (("/dev/zero", "not a regular file (a character device)"), (fifo, "not a regular file (a FIFO)"),
                        (big, f"more than the {MAX_BYTES:,} bytes allowed")):
        with pytest.raises(RuleError, match=re.escape(words)):
            load_rules(path, corpus)


@pytest.fixture
def own_corpus(tmp_path):
    """A copy of the bundled corpus, and a place beside it that is outside it."""
    folder = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), folder)
    (tmp_path / "secret.txt").write_text("一、2017年执行情况\n二、2018年工作安排\n", encoding="utf-8")
    return folder


def with_file(folder: Path, name: str, extra: str = "") -> Path:
    manifest = folder / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    first = re.search(r"file: .*", text)
    manifest.write_text(text[:first.start()] + f"file: {name}{extra}" + text[first.end():], encoding="utf-8")
    return manifest


@pytest.mark.parametrize("name, words", [
    ("../secret.txt", "is outside the corpus folder"),
    ("/etc/passwd", "is outside the corpus folder"),
    ("../../../../../../../../etc/passwd", "is outside the corpus folder"),
    ("/dev/zero", "is outside the corpus folder"),
    ("link.txt", "is outside the corpus folder"),
    ("fifo.txt", "is a FIFO, not a regular file"),
    ("x" * 300 + ".txt", "cannot use the file name"),
])
def test_a_manifest_cannot_name_a_file_outside_its_folder_or_not_a_regular_file(own_corpus, name, words):
    os.symlink(own_corpus.parent / "secret.txt", own_corpus / "link.txt")
    os.mkfifo(own_corpus / "fifo.txt")
    manifest = with_file(own_corpus, name)
    with pytest.raises(CorpusError, match=re.escape(words)) as caught:
        load_corpus(own_corpus)
    assert caught.value.problems[0].file == str(manifest) and (caught.value.problems[0].line, caught.value.problems[0].column) == (8, 11)


def test_a_link_inside_the_corpus_to_a_report_inside_it_is_read(own_corpus):
    report = re.search(r"file: (.*)", (own_corpus / "manifest.yaml").read_text(encoding="utf-8"))[1]
    os.symlink(own_corpus / report, own_corpus / "same.txt")
    with_file(own_corpus, "same.txt")
    assert load_corpus(own_corpus).documents[0].raw.startswith((own_corpus / report).read_text(encoding="utf-8")[:20])


@pytest.mark.parametrize("encoding", ["rot13", "base64", "unicode_escape", "no-such-codec"])
def test_an_encoding_must_be_a_character_set(own_corpus, encoding):
    report = re.search(r"file: (.*)", (own_corpus / "manifest.yaml").read_text(encoding="utf-8"))[1]
    with_file(own_corpus, report, f"\n    encoding: {encoding}")
    with pytest.raises(CorpusError, match=f"'{encoding}' is not a character set"):
        load_corpus(own_corpus)


def test_a_deeply_nested_k_expression_is_refused_with_a_message(capsys):
    with pytest.raises(SelectionError, match="nested more than 32 deep"):
        keyword_matcher("not " * 5000 + "fairs")
    assert main(["audit", "-k", "(" * 5000 + "fairs" + ")" * 5000]) == 2
    assert "nested more than 32 deep" in capsys.readouterr().err
    long_chain = keyword_matcher(" or ".join(["x"] * 20_000) + " or fairs")  # no recursion per operand
    assert long_chain("job-fairs") and not long_chain("parks")


@pytest.mark.parametrize("kind", ["device", "fifo", "symlink", "folder"])
def test_outputs_are_written_only_to_a_regular_file(tmp_path, kind, capsys):
    target = tmp_path / "kept.json"
    target.write_text("kept", encoding="utf-8")
    path = {"device": Path("/dev/full"), "fifo": tmp_path / "fifo", "symlink": tmp_path / "link", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "symlink":
        os.symlink(target, path)
    with pytest.raises(PledgetrackError, match="will not write over"):
        write_output("{}", path)
    assert main(["schema", "--output", str(path)]) == 2
    assert "will not write over" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "kept"


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_a_write_that_fails_half_way_leaves_nothing_and_says_why(tmp_path):
    # A real failure: the process may not write files larger than 1 kB (EFBIG, as ENOSPC would be).
    done = run(f"""
import resource, signal
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
from pledgetrack.cli import main
raise SystemExit(main(["schema", "--output", {str(tmp_path / "schema.json")!r}]))
""")
    assert done.returncode == 2, done.stderr
    assert "cannot write the file: File too large" in done.stderr and "Traceback" not in done.stderr
    assert os.listdir(tmp_path) == []


def test_the_schema_to_a_full_disk_is_a_message_not_a_traceback():
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "pledgetrack", "schema"], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == "pledgetrack: cannot write the output: No space left on device\n"


def test_quote_suggestions_are_bounded_when_many_quotes_are_not_found(corpus):
    pledges = [Pledge(id=f"p{i}", year=2023, quote=f"新建{i}个并不存在的口袋公园", evidence=["口袋公园"]) for i in range(25)]
    with pytest.raises(RuleError) as caught:
        build_rules(pledges, corpus)
    hints = [p.hint for p in caught.value.problems if "quote not found" in p.message]
    assert len(hints) == 25
    assert sum("the nearest text is" in hint for hint in hints) == MAX_SUGGESTIONS


@given(st.lists(st.text(alphabet="。；：…”）) \t，字a", max_size=6), min_size=1, max_size=12))
def test_a_growing_paragraph_knows_whether_it_ends_a_sentence_as_if_joined_again(pieces):
    block = {"ends": False, "last": "", "stop": False, "running": False}
    for i, piece in enumerate(pieces):
        _grow(block, piece)
        text = "".join(pieces[:i + 1])
        assert block["ends"] == ends_sentence(text), text
        assert block["stop"] == ("。" in text)


def test_a_report_of_short_lines_or_one_long_paragraph_is_laid_out_whole():
    lines = "短句子\n" * 5_000
    assert lay_out(lines).text == "短句子" * 5_000  # one unfinished paragraph, joined
    prose = "没有句号的段落，\n" * 5_000 + "结束。\n"
    layout = lay_out(prose)
    assert len(layout.blocks) == 1 and layout.text.endswith("段落，结束。")


def test_a_baseline_that_is_a_device_a_fifo_or_deeply_nested_json_is_refused(tmp_path):
    from pledgetrack.history import read_baseline

    fifo = tmp_path / "old.json"
    os.mkfifo(fifo)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for path, words in (("/dev/zero", "not a regular file (a character device)"), (fifo, "not a regular file (a FIFO)"),
                        (deep, "nested too deeply to be an audit")):
        with pytest.raises(PledgetrackError, match=re.escape(words)):
            read_baseline(path)
