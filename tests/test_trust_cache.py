"""Issue 21: a report cache entry is used only once checked; anything else is read afresh, said once."""

from __future__ import annotations

import json
import os
import signal
import threading

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pledgetrack.cli import main
from pledgetrack.corpus import bundled_corpus, load_corpus

AS_OF = "2026-11-21"
REPORT = "yuexiu-2024-drc"  # where 组织各类招聘会 175 场 stands (line 84)


def fresh_text():
    return load_corpus(bundled_corpus() / "manifest.yaml", lazy=True)[REPORT].text


def entry_of(cache):
    """The cache entry of REPORT, once a reading through the cache has written it."""
    load_corpus(lazy=True, cache=cache)[REPORT]
    entries = [path for path in cache.glob("*.json") if f'"{REPORT}"'.encode() in path.read_bytes()]
    assert len(entries) == 1
    return entries[0]


def served(cache):
    """The report as a new reading through the cache gives it, and the cache warnings it carries."""
    doc = load_corpus(lazy=True, cache=cache)[REPORT]
    return doc, [w for w in doc.warnings if w.code == "cache-entry"]


def audit_fairs(capsys, cache):
    status = main(["audit", "-k", "yuexiu-2023-job-fairs", "-v", "--jobs", "1", "--as-of", AS_OF,
                   "--cache-dir", str(cache)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_an_entry_whose_figure_was_edited_is_not_trusted(capsys, tmp_path):
    cache = tmp_path / "cache"
    entry = entry_of(cache)
    data = entry.read_bytes()
    assert data.count("招聘会175场".encode()) == 1  # in the laid-out text
    entry.write_bytes(data.replace("招聘会175场".encode(), "招聘会15场".encode())
                      .replace("招聘会 175 场".encode(), "招聘会 15 场".encode()))
    status, out, err = audit_fairs(capsys, cache)
    assert "yuexiu-2023-job-fairs EXCEEDED" in out and "175" in out
    told = [line for line in err.splitlines() if "cache entry" in line]
    assert len(told) == 1 and "warning:" in told[0] and "does not match its report" in told[0]
    assert str(entry) in told[0]
    # The entry was written again: the next audit uses it and says nothing.
    status, out, err = audit_fairs(capsys, cache)
    assert "yuexiu-2023-job-fairs EXCEEDED" in out and "cache entry" not in err


def test_an_entry_cut_short_is_read_afresh(tmp_path):
    cache = tmp_path / "cache"
    entry = entry_of(cache)
    data = entry.read_bytes()
    entry.write_bytes(data[:len(data) * 2 // 3])
    doc, warnings = served(cache)
    assert doc.text == fresh_text() and len(warnings) == 1
    assert "does not match its report" in warnings[0].message


def test_an_entry_of_valid_json_in_another_shape_is_refused(tmp_path):
    cache = tmp_path / "cache"
    entry = entry_of(cache)
    head = json.loads(entry.read_bytes().partition(b"\n")[0])
    for other in ({"text": "招聘会15场"}, [1, 2, 3], {"info": None}, "just a string", 17):
        # A matching first line with a body of another shape: the digest is right, the shape is not.
        from pledgetrack.corpus.cache import _head

        body = json.dumps(other, ensure_ascii=False).encode()
        entry.write_bytes(_head(head["key"], body) + b"\n" + body)
        doc, warnings = served(cache)
        assert doc.text == fresh_text() and len(warnings) == 1
        assert "is not a report as the cache writes it" in warnings[0].message
    for other in (b'{"text": "x"}', b"[]", b"null", b"[" * 100_000 + b"]" * 100_000):  # a whole entry of another shape
        entry.write_bytes(other)
        doc, warnings = served(cache)
        assert doc.text == fresh_text() and "does not match its report" in warnings[0].message


def test_an_entry_that_is_a_fifo_neither_blocks_nor_is_used(tmp_path):
    cache = tmp_path / "cache"
    entry = entry_of(cache)
    entry.unlink()
    os.mkfifo(entry)
    # Were the FIFO opened for reading the old way, the read would wait for a writer for ever:
    # an alarm turns such a hang into a failure.
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("reading the cache blocked on a FIFO"))
    signal.alarm(20)
    try:
        doc, warnings = served(cache)
    finally:
        signal.alarm(0)
    assert doc.text == fresh_text()
    assert len(warnings) == 1 and "(not a regular file (a FIFO))" in warnings[0].message
    assert entry.is_file()  # written again over the FIFO


def test_an_entry_that_links_to_dev_zero_is_not_read(tmp_path):
    cache = tmp_path / "cache"
    entry = entry_of(cache)
    entry.unlink()
    entry.symlink_to("/dev/zero")
    reading = threading.Thread(target=lambda: results.append(served(cache)), daemon=True)
    results: list = []
    reading.start()
    reading.join(60)
    assert not reading.is_alive(), "reading a link to /dev/zero did not end"
    doc, warnings = results[0]
    assert doc.text == fresh_text()
    assert len(warnings) == 1 and "a character device" in warnings[0].message


def test_an_entry_larger_than_its_limit_is_refused_unread(tmp_path):
    from pledgetrack.corpus.cache import entry_limit

    cache = tmp_path / "cache"
    entry = entry_of(cache)
    report = load_corpus(lazy=True).index.entries[load_corpus(lazy=True).index.position(REPORT)].path
    with entry.open("ab") as out:
        out.truncate(entry_limit(report.stat().st_size) + 1)
    doc, warnings = served(cache)
    assert doc.text == fresh_text() and "more than the" in warnings[0].message


def test_an_entry_of_another_report_is_refused(tmp_path):
    cache = tmp_path / "cache"
    entry = entry_of(cache)
    load_corpus(lazy=True, cache=cache)["yuexiu-2024-gwr"]
    other = next(p for p in cache.glob("*.json") if b'"yuexiu-2024-gwr"' in p.read_bytes())
    entry.write_bytes(other.read_bytes())  # its key is the other report's: the first line does not match
    doc, warnings = served(cache)
    assert doc.text == fresh_text() and "does not match its report" in warnings[0].message


@pytest.fixture(scope="module")
def kept_entry(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    entry = entry_of(cache)
    return cache, entry, entry.read_bytes(), fresh_text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_an_entry_holds_the_report_served_is_the_report_read(kept_entry, data):
    cache, entry, original, text = kept_entry
    at = data.draw(st.integers(0, len(original) - 1))
    how = data.draw(st.sampled_from(["flip", "cut", "drop"]))
    if how == "flip":
        damaged = original[:at] + bytes([original[at] ^ data.draw(st.integers(1, 255))]) + original[at + 1:]
    elif how == "cut":
        damaged = original[:at]
    else:
        damaged = original[:at] + original[at + 1:]
    entry.write_bytes(damaged)
    doc, warnings = served(cache)
    assert doc.text == text and len(warnings) == 1
    entry.write_bytes(original)
