"""The two paths of issue 12, end to end: a journalist's (README → HTML → "missed") and an auditor's
(own corpus, five rules with three mistakes → validate → fix → audit)."""

import re
import shutil
from pathlib import Path

from pledgetrack.cli import main
from pledgetrack.corpus import bundled_corpus
from pledgetrack.paths import public_path

from conftest import AS_OF

SEEDS = bundled_corpus()
MANIFEST = """reports:
  - id: plan-2023
    file: 001_20696fd577642caa.txt
    region: 广东省广州市越秀区
    body: 广州市越秀区发展和改革局
    title: 关于广州市越秀区2022年国民经济和社会发展规划执行情况与2023年计划草案的报告
    delivered: 2023-02-07
    reviews: 2022
    plans: 2023
    url: https://www.yuexiu.gov.cn/plan-2023.html
  - id: review-2023
    file: 000_28089b04ea009273.txt
    region: 广东省广州市越秀区
    body: 广州市越秀区发展和改革委员会
    title: 关于广州市越秀区2023年国民经济和社会发展规划执行情况与2024年计划草案的报告
    delivered: 2024-02-04
    reviews: 2023
    plans: 2024
"""
# Five pledges of the 2023 plan; three mistakes an author makes: a misspelt key, an id with an
# underscore, and the wrong year.
RULES = """pledges:
  - id: fairs
    year: 2023
    qoute: 组织线上、线下招聘会不少于100场
    evidence: [招聘会]
  - id: key_projects
    year: 2023
    quote: 力争63个区重点建设项目全年完成投资超39亿元
    target: 超39亿元
    evidence: {all: [攻城拔寨], unit: 亿元}
  - id: retail
    year: 2024
    quote: 社会消费品零售总额增长 5.5%左右
    evidence: [社会消费品零售总额]
  - id: gdp
    year: 2023
    quote: 地区生产总值增长 4.5%左右
    evidence: [地区生产总值]
  - id: housing
    year: 2023
    quote: 解决750户低收入家庭住房困难问题
    evidence: [低收入]
"""


def test_the_auditors_path(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    for name in ("001_20696fd577642caa.txt", "000_28089b04ea009273.txt"):
        shutil.copyfile(SEEDS / name, corpus / name)  # copied byte for byte, never edited
    (corpus / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    assert main(["validate", "--corpus", "reports", "rules.yaml"]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines()[:2] == [
        "corpus: reports/manifest.yaml (1 government, 2 documents; reviews 2022, 2023; plans 2023, 2024)", "rules: rules.yaml"]
    err = captured.err
    assert "rules.yaml:2:5: missing required key 'quote'" in err and "unknown key 'qoute'" in err
    assert "rules.yaml:6:9: id 'key_projects' is not letters, digits and dashes" in err
    assert "help: the quote stands in the plan for 2023 (plan-2023, line" in err and "is `year` right?" in err
    assert err.splitlines()[-1] == "4 problems in 1 file"  # three mistakes: the misspelt key counts twice

    assert main(["audit", "--corpus", "reports", "--rules", "rules.yaml"]) == 2  # audit says the same
    assert capsys.readouterr().err.splitlines()[-1] == "4 problems in 1 file"

    fixed = RULES.replace("qoute", "quote").replace("key_projects", "key-projects").replace("year: 2024", "year: 2023")
    rules.write_text(fixed, encoding="utf-8")
    (tmp_path / "pledgetrack.toml").write_text('corpus = "reports"\nrules = ["rules.yaml"]\n', encoding="utf-8")
    assert main(["validate"]) == 0
    assert "5 pledges valid (2023: 5 numeric)" in capsys.readouterr().out

    status = main(["audit", "--as-of", AS_OF.isoformat(), "--color", "no", "-v"])
    out = capsys.readouterr().out
    assert "configfile: pledgetrack.toml" in out and "corpus: reports/manifest.yaml" in out
    assert "rules.yaml::key-projects EXCEEDED - " in out and "against more than 39 亿元" in out
    assert status == 0 and re.fullmatch(r"=+ 1 met, 4 exceeded, 0 missed, 0 unverifiable in [\d.]+s =+",
                                        out.strip().splitlines()[-1])
    assert main(["audit", "--as-of", AS_OF.isoformat(), "--format", "html", "--output", "scorecard.html"]) == 0
    page = (tmp_path / "scorecard.html").read_text(encoding="utf-8")
    assert '<a href="https://www.yuexiu.gov.cn/plan-2023.html" rel="noopener">' in page
    assert str(tmp_path) not in page
    assert capsys.readouterr().err.splitlines()[-1] == "wrote scorecard.html"


def test_the_journalists_path_to_a_file(tmp_path, capsys):
    target = tmp_path / "scorecard.html"
    assert main(["audit", "--as-of", AS_OF.isoformat(), "--format", "html", "--output", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"wrote {target}" and "corpus: bundled seeds/manifest.yaml" in err
    page = target.read_text(encoding="utf-8")
    assert page.index('id="count-missed"') < page.index('id="count-met"')
    assert Path(target).stat().st_size > 50_000


def test_a_manifest_url_must_be_a_web_address(tmp_path, capsys):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    shutil.copyfile(SEEDS / "001_20696fd577642caa.txt", corpus / "001_20696fd577642caa.txt")
    manifest = MANIFEST.split("  - id: review-2023")[0].replace("https://www.yuexiu.gov.cn/plan-2023.html",
                                                               "www.yuexiu.gov.cn/plan")
    (corpus / "manifest.yaml").write_text(manifest, encoding="utf-8")
    assert main(["corpus", "--corpus", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "manifest.yaml:10:10: 'url' must be a web address starting with https:// or http://" in err


def test_paths_are_shown_from_the_folders_given_whatever_the_process_s(tmp_path, monkeypatch):
    # a worker making output lines is given the main process's folders, since its own may differ
    monkeypatch.chdir(tmp_path)
    main_process = ("/home/ana/audit", "/home/ana")
    assert public_path("/home/ana/audit/rules/2023.yaml", main_process) == "rules/2023.yaml"
    assert public_path("rules/2023.yaml", main_process) == "rules/2023.yaml"
    assert public_path("/home/ana/other/2023.yaml", main_process) == "~/other/2023.yaml"
    assert public_path(tmp_path / "rules.yaml") == "rules.yaml"
