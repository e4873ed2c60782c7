"""``pledgetrack draft`` and ``pledgetrack audit --draft``: files that validate, --update, marked grades."""

import json
import shutil
from pathlib import Path

from pledgetrack.cli import main
from pledgetrack.rules import bundled_rules_path

OTHERS = Path(__file__).parent / "corpora" / "other-governments"


def _without_rule(text: str, rule_id: str) -> str:
    """The rule file text with one rule (and the comments above it) taken out."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line == f"- id: {rule_id}\n")
    while start and lines[start - 1].startswith("# check"):
        start -= 1
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(("- id:", "# check"))), len(lines))
    return "".join(lines[:start] + lines[end:])


def test_draft_writes_rule_files_that_validate(tmp_path, capsys):
    assert main(["draft", "--output", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'guangzhou-yuexiu' / '2023.yaml'}: wrote " in out
    assert sorted(p.name for p in (tmp_path / "guangzhou-yuexiu").iterdir()) == [
        "2017.yaml", "2018.yaml", "2023.yaml", "2024.yaml", "2025.yaml", "2026.yaml"]
    text = (tmp_path / "guangzhou-yuexiu" / "2023.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Drafted by `pledgetrack draft`") and "drafted: true" in text
    assert main(["validate", str(tmp_path)]) == 0
    assert "pledges valid" in capsys.readouterr().out


def test_other_governments_get_a_folder_each(tmp_path, capsys):
    assert main(["draft", "--corpus", str(OTHERS), "--output", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["china", "hulunbeier-hailaer", "zhejiang"]
    assert sorted(p.name for p in (tmp_path / "zhejiang").iterdir()) == ["2025.yaml", "2026.yaml"]
    assert main(["validate", "--corpus", str(OTHERS), str(tmp_path)]) == 0
    assert main(["draft", "--corpus", str(OTHERS), "--region", "海拉尔", "--year", "2017",
                 "--output", str(tmp_path / "one")]) == 0
    assert [p.name for p in (tmp_path / "one" / "hulunbeier-hailaer").iterdir()] == ["2017.yaml"]


def test_an_existing_file_is_not_overwritten(tmp_path, capsys):
    assert main(["draft", "--year", "2023", "--output", str(tmp_path)]) == 0
    file = tmp_path / "guangzhou-yuexiu" / "2023.yaml"
    file.write_text(file.read_text(encoding="utf-8") + "# my notes\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["draft", "--year", "2023", "--output", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "2023.yaml: already exists; nothing was written" in err and "--update" in err
    assert file.read_text(encoding="utf-8").endswith("# my notes\n")


def test_update_adds_only_what_is_missing_and_keeps_edits(tmp_path, capsys):
    assert main(["draft", "--year", "2023", "--output", str(tmp_path)]) == 0
    file = tmp_path / "guangzhou-yuexiu" / "2023.yaml"
    drafted = file.read_text(encoding="utf-8")
    # a reviewer signs one rule off with other evidence words, and deletes another
    start = drafted.index("- id: yuexiu-2023-zhaopinhui\n")
    end = drafted.index("  drafted: true\n", start) + len("  drafted: true\n")
    block = drafted[start:end]
    assert "  - 招聘会\n" in block
    edited = drafted[:start] + block.replace("  - 招聘会\n", "  - 招聘活动\n").replace("  drafted: true\n", "") \
        + drafted[end:]
    edited = _without_rule(edited, "yuexiu-2023-zulinbutie")
    assert "发放租赁补贴2000户以上" not in edited
    file.write_text(edited, encoding="utf-8")
    capsys.readouterr()
    assert main(["draft", "--year", "2023", "--output", str(tmp_path), "--update"]) == 0
    out = capsys.readouterr().out
    assert "added 1 rule (" in out and "+ yuexiu-2023-zulinbutie: 发放租赁补贴2000户以上" in out
    updated = file.read_text(encoding="utf-8")
    assert updated.startswith(edited.rstrip("\n")) and updated.count("发放租赁补贴2000户以上") == 1
    assert updated.count("线下招聘会不少于100场") == 1
    assert main(["draft", "--year", "2023", "--output", str(tmp_path), "--update"]) == 0
    assert "nothing to add" in capsys.readouterr().out
    assert file.read_text(encoding="utf-8") == updated
    assert main(["validate", str(tmp_path)]) == 0


def test_update_of_the_bundled_book_appends_and_rewrites_nothing(tmp_path, capsys):
    book = tmp_path / "rules"
    shutil.copytree(bundled_rules_path(), book)
    before = {p: p.read_text(encoding="utf-8") for p in book.rglob("*.yaml")}
    assert main(["draft", "--output", str(book), "--update"]) == 0
    out = capsys.readouterr().out
    assert "added" in out
    for path, text in before.items():
        assert path.read_text(encoding="utf-8").startswith(text.rstrip("\n")), path
    assert main(["validate", str(book)]) == 0


AS_OF = ["--as-of", "2026-11-21"]


def test_audit_draft_marks_every_grade(tmp_path, capsys):
    # 224: the 2024 targets both the plan report and the 政府工作报告 state are drafted once (restated); the titles
    # the district sets out to create (创建青年发展型城市示范区, 创建高品质生态社区), a deed begun (启动瑶台村征收
    # 补偿和首开区建设), a coverage named with its number (实现“10分钟体育圈”全覆盖) and tasks named by what they
    # create or raise (完成“国家食品安全示范城市”创建任务, 完成保障性租赁住房筹集任务) and a greenway opened end to end
    # (实现二沙岛环岛碧道全线贯通) and tasks named by the work they finish (完成公共服务事项清理和规范工作,
    # 完成登峰村新登峰宾馆改造提升工作) are milestones
    # Exit 1, as pytest does: the drafted rules of 2025 miss (003 line 22: GDP grew 3.4%, not 4%).
    assert main(["audit", "--draft", "-v", *AS_OF]) == 1
    out = capsys.readouterr().out
    assert "\nrules: 6 files in <drafted>/guangzhou-yuexiu, 224 pledges\n" in out
    assert "\n2023.yaml::yuexiu-2023-zhaopinhui EXCEEDED [drafted] - 175场 against at least 100 场\n" in out
    assert "\n2025.yaml::yuexiu-2025-diqushengchanzongzhi MISSED [drafted] - 3.4% against about 4 % growth\n" in out
    assert ("\n224 of 224 grades rest on drafted, unreviewed rules (marked drafted): review those rules before "
            "you cite their grades\n") in out
    report = tmp_path / "audit.json"
    assert main(["audit", "--draft", *AS_OF, "--format", "json", "--output", str(report)]) == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["drafted"] == len(data["verdicts"]) == 224
    assert all(verdict["drafted"] for verdict in data["verdicts"])
    # every verdict marked in every format, and the job fairs' row as a reader sees it
    for fmt, mark, row in (("markdown", "(drafted) |", "| 175 场 (×1.75) | exceeded (drafted) |"),
                           ("html", '<span class="drafted" title="drafted rule, not reviewed yet">', "yuexiu-2023-zhaopinhui"),
                           ("junit", "rule: drafted, not reviewed yet", 'name="yuexiu-2023-zhaopinhui"')):
        out_file = tmp_path / f"audit.{fmt}"
        assert main(["audit", "--draft", *AS_OF, "--format", fmt, "--output", str(out_file)]) == 1
        text = out_file.read_text(encoding="utf-8")
        assert text.count(mark) == 224 and row in text, fmt


def test_reviewed_rules_are_not_marked(tmp_path, capsys):
    assert main(["audit", *AS_OF, "--format", "json", "--output", str(tmp_path / "a.json")]) == 1
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["drafted"] == 0 and len(data["verdicts"]) == 200
    assert not any(verdict["drafted"] for verdict in data["verdicts"])
    capsys.readouterr()
    assert main(["audit", *AS_OF, "-v", "--color", "no"]) == 1
    out = capsys.readouterr().out
    assert "\n2023.yaml::yuexiu-2023-job-fairs EXCEEDED - 175场 against at least 100 场\n" in out
    assert "[drafted]" not in out and "rest on drafted" not in out


def test_draft_and_rules_do_not_go_together(capsys):
    assert main(["audit", "--draft", "--rules", "rules"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_is_a_message_not_a_traceback(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert main(["draft", "--year", "2023", "--output", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert "2023.yaml: cannot write the rule file" in err and "help: give --output a folder" in err


def test_drafting_takes_the_synonyms_of_the_rule_book_it_writes_to(tmp_path, capsys):
    # The 2023 plan's 智税服务站点 is 002 line 46's 智税圈: a synonym the bundled book's vocabulary.yaml gives.
    assert main(["draft", "--year", "2023", "--output", str(tmp_path / "plain")]) == 0
    plain = (tmp_path / "plain" / "guangzhou-yuexiu" / "2023.yaml").read_text(encoding="utf-8")
    assert "  quote: 建设至少 10 个智税服务站点\n  evidence:\n    all:\n    - 站点\n    qualifiers:\n    - 智税服务\n" in plain
    book = tmp_path / "book" / "guangzhou-yuexiu"
    book.mkdir(parents=True)
    shutil.copy(bundled_rules_path() / "guangzhou-yuexiu" / "vocabulary.yaml", book)
    assert main(["draft", "--year", "2023", "--output", str(tmp_path / "book")]) == 0
    drafted = (book / "2023.yaml").read_text(encoding="utf-8")
    assert "  quote: 建设至少 10 个智税服务站点\n  evidence:\n  - 智税服务站点\n" in drafted
    # and --update, with the book's own rules read, drafts with the same words
    (book / "2023.yaml").unlink()
    (book / "2024.yaml").write_text("pledges: []\n", encoding="utf-8")
    assert main(["draft", "--year", "2023", "--output", str(tmp_path / "book"), "--update"]) == 0
    assert "  quote: 建设至少 10 个智税服务站点\n  evidence:\n  - 智税服务站点\n" in (book / "2023.yaml").read_text(
        encoding="utf-8")


def test_drafted_quotes_keep_the_reports_characters_and_goals_of_other_years_are_flagged(tmp_path, capsys):
    # The State Council's 1993 plan prints its figures in full width (１９９７年钢产量达到９４００万吨): the rule
    # shows them as printed, and says that a goal for 1997 is not settled by 1993's outcome.
    nineties = Path(__file__).parent / "corpora" / "national-1990s"
    assert main(["draft", "--corpus", str(nineties), "--year", "1993", "--output", str(tmp_path)]) == 0
    text = (tmp_path / "china" / "1993.yaml").read_text(encoding="utf-8")
    at = text.index("  quote: １９９７年钢产量达到９４００万吨\n")
    steel = text[at:text.find("\n- id:", at)]  # the rule, from its quote to the next rule
    assert '  check:\n    period: "the target (9400万吨) is for 1997, not for 1993 alone: one year\'s outcome' in steel
    assert main(["validate", "--corpus", str(nineties), str(tmp_path)]) == 0
