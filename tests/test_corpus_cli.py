"""``pledgetrack corpus``: the summary of the bundled corpus, and problems on stderr with status 2."""

import subprocess
import sys
import types

import pytest

from pledgetrack.cli import main

IDS = ["yuexiu-2018-drc", "yuexiu-2023-drc", "yuexiu-2024-drc", "yuexiu-2024-gwr", "yuexiu-2026-drc"]


@pytest.fixture
def one_quantity_per_digit(monkeypatch):
    """A stand-in quantity reader, so the counts printed are known."""
    module = types.ModuleType("pledgetrack.quantity")
    module.find_quantities = lambda text: [c for c in text if c.isdigit()]
    monkeypatch.setitem(sys.modules, "pledgetrack.quantity", module)


def test_corpus_summary(capsys, one_quantity_per_digit):
    assert main(["corpus"]) == 0
    out = capsys.readouterr().out
    for id in IDS:
        assert f"\n{id}  " in "\n" + out
    assert "    review   2023  line   14  一、2023年工作回顾" in out
    assert "    plan     2024  line   94  二、2024年工作安排" in out
    assert "    2023年主要指标完成情况 (2023): 5 rows, line 18" in out
    totals = out[out.index("totals:"):]
    assert "documents: 5" in totals and "tables: 3" in totals and "parts: 16" in totals
    assert "years reviewed: 2017, 2022, 2023, 2025" in totals
    assert "years planned: 2018, 2023, 2024, 2026" in totals


def test_corpus_summary_with_the_real_quantity_reader(capsys):
    assert main(["corpus"]) == 0
    out = capsys.readouterr().out
    assert all(f"\n{id}  " in "\n" + out for id in IDS)
    # the reader's count as the summary prints it: report 004, then the corpus
    assert "    2017年主要指标完成情况 (2017): 6 rows, line 19\n  quantities: 208 (review 169, plan 39)\n" in out
    assert "\n  quantities: 864" in out[out.index("totals:"):]


def test_problems_go_to_stderr_with_status_2(tmp_path, capsys):
    (tmp_path / "manifest.yaml").write_text("reports:\n  - id: a\n    file: gone.txt\n", encoding="utf-8")
    assert main(["corpus", "--corpus", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'manifest.yaml'}:3:11: report file 'gone.txt' not found" in err
    assert "missing the key 'reviews'" in err


def test_a_subcommand_is_required(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().err


def test_python_dash_m(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pledgetrack", "corpus", "--corpus", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "no manifest here" in done.stderr
