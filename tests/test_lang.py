"""--lang en|zh and the project file's `lang`: the terminal report and the scorecard in either language (issue 20)."""

import re
import subprocess
import sys

from pledgetrack.cli import main
from pledgetrack.wording import EN, ZH

AS_OF = "2026-11-21"
RULES = ("pledges:\n  - id: fairs\n    year: 2023\n    quote: 组织线上、线下招聘会不少于100场\n    evidence: [招聘会]\n"
         "  - id: estates\n    year: 2026\n    quote: 加快省医一中山医、北京南等新一轮4个老旧小区（街区）改造\n"
         "    evidence: [老旧小区]\n")


def test_both_tables_have_the_same_keys_and_placeholders():
    assert EN.keys() == ZH.keys()
    for key in EN:
        assert set(re.findall(r"{(\w*)}", EN[key])) == set(re.findall(r"{(\w*)}", ZH[key])), key


def test_the_terminal_report_in_chinese(capsys):
    assert main(["audit", "--lang", "zh", "--as-of", AS_OF, "--color", "no", "--year", "2025"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"^=+ 未完成 =+$", out, re.MULTILINE)  # the MISSED section's title
    assert "目标：增长4 % 左右" in out and "评定：未完成：3.4%，目标为增长4 % 左右" in out
    assert re.search(r"= 已完成 \d+，超额完成 \d+，未完成 2，无法核实 \d+，用时 [\d.]+ 秒 =", out)


def test_the_project_file_chooses_the_language_and_the_command_line_wins(tmp_path, capsys, monkeypatch):
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "pledgetrack.toml").write_text('rules = ["rules.yaml"]\nlang = "zh"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "--as-of", AS_OF, "--format", "html", "--output", "zh.html"]) == 0
    page = (tmp_path / "zh.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "▲ 超额完成" in page and "评定方法" in page
    assert main(["audit", "--as-of", AS_OF, "--format", "html", "--output", "en.html", "--lang", "en"]) == 0
    page = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "How pledges are graded" in page and "超额完成" not in page
    assert main(["audit", "--as-of", AS_OF, "--color", "no"]) == 0
    assert "超额完成 1，未完成 0，无法核实 1（其中待报告 1）" in capsys.readouterr().out
    (tmp_path / "pledgetrack.toml").write_text('rules = ["rules.yaml"]\nlang = "fr"\n', encoding="utf-8")
    assert main(["audit", "--as-of", AS_OF]) == 2
    assert "pledgetrack.toml: 'lang' must be one of en, zh, found 'fr'" in capsys.readouterr().err


def test_an_unknown_language_is_refused_in_one_line_with_exit_2():
    run = subprocess.run([sys.executable, "-m", "pledgetrack", "audit", "--lang", "fr"], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "invalid choice: 'fr' (choose from 'en', 'zh')" in run.stderr
