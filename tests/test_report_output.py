"""The format registry and write_output: a report is written whole or not at all."""

import os

import pytest

from pledgetrack.errors import PledgetrackError
from pledgetrack.report import (FORMATS, UnknownFormat, csv, get_format, html, json, jsonl, junit, markdown,
                                write_output, xlsx)

from report_samples import hand_made


def test_every_format_is_registered_by_name():
    assert FORMATS == {"json": json.render, "jsonl": jsonl.render, "junit": junit.render, "markdown": markdown.render,
                       "html": html.render, "csv": csv.render, "xlsx": xlsx.render}
    for name, render in FORMATS.items():
        assert get_format(name) is render


def test_an_unknown_format_says_which_there_are():
    with pytest.raises(UnknownFormat) as caught:
        get_format("pdf")
    assert str(caught.value) == 'no such format: "pdf" (choose from json, jsonl, junit, markdown, html, csv, xlsx)'
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("name", [name for name in FORMATS if name != "xlsx"])  # xlsx is a zip, not text
def test_every_format_renders_the_hand_made_audit_as_text_ending_in_a_newline(name, corpus):
    text = get_format(name)(hand_made(corpus))
    assert isinstance(text, str) and text.endswith("\n")
    assert "sample-2023-fairs" in text


def test_text_is_written_as_utf8_and_bytes_as_they_are(tmp_path):
    path = write_output("越秀 | 175 场\n", tmp_path / "a.md")
    assert path == tmp_path / "a.md"
    assert path.read_bytes() == "越秀 | 175 场\n".encode()
    write_output(b"\x00\xff", path)
    assert path.read_bytes() == b"\x00\xff"
    assert os.listdir(tmp_path) == ["a.md"]


def test_a_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_own(tmp_path):
    old = os.umask(0o022)
    try:
        fresh = write_output("x", tmp_path / "fresh.json")
    finally:
        os.umask(old)
    assert fresh.stat().st_mode & 0o777 == 0o644
    fresh.chmod(0o600)
    write_output("y", fresh)
    assert fresh.stat().st_mode & 0o777 == 0o600 and fresh.read_text() == "y"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_previous_file_intact_and_no_temporary_file(tmp_path, monkeypatch, failing):
    path = tmp_path / "audit.xml"
    path.write_text("previous report", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(PledgetrackError, match="No space left"):
        write_output("<testsuites/>" * 1000, path)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "previous report"
    assert os.listdir(tmp_path) == ["audit.xml"]


def test_a_renderer_that_raises_never_reaches_the_file(tmp_path, corpus):
    path = tmp_path / "audit.html"
    path.write_text("previous report", encoding="utf-8")

    def broken_render(result):
        raise RuntimeError("renderer failed half way")

    with pytest.raises(RuntimeError):
        write_output(broken_render(hand_made(corpus)), path)
    assert path.read_text(encoding="utf-8") == "previous report"
    assert os.listdir(tmp_path) == ["audit.html"]


def test_text_that_cannot_be_encoded_fails_before_any_file_is_touched(tmp_path):
    path = tmp_path / "audit.md"
    path.write_text("previous report", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_output("half a surrogate: \ud800", path)
    assert path.read_text(encoding="utf-8") == "previous report"
    assert os.listdir(tmp_path) == ["audit.md"]


def test_a_missing_folder_is_an_error_not_a_new_folder(tmp_path):
    with pytest.raises(PledgetrackError, match="No such file or directory"):
        write_output("x", tmp_path / "no" / "such" / "audit.md")
    assert os.listdir(tmp_path) == []
