"""Reports of other governments: the State Council, 浙江省 and 海拉尔区 in one corpus with the 越秀区 seeds.

The grades are a careful human auditor's (tests/corpora/other-governments/gold.yaml), given
to four-line rules (id, year, quote, evidence words) with nothing tuned per pledge.
"""

import datetime
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.cli import main
from pledgetrack.corpus import PartKind, Scope
from pledgetrack.rules import Grade
from pledgetrack.statements import read_sentence

HERE = Path(__file__).parent
OTHERS = HERE / "corpora" / "other-governments"
SEEDS = HERE.parent / "seeds"
GOLD = YAML(typ="safe").load((OTHERS / "gold.yaml").read_text(encoding="utf-8"))["cases"]
AS_OF = datetime.date(2026, 11, 27)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One corpus folder holding both manifests, the reports copied byte for byte."""
    root = tmp_path_factory.mktemp("any-government")
    shutil.copytree(SEEDS, root / "guangzhou-yuexiu")
    shutil.copytree(OTHERS, root / "other-governments")
    return root


@pytest.fixture(scope="module")
def corpus(folder):
    return load_corpus(folder)


@pytest.fixture(scope="module")
def gold_rules(folder, corpus):
    pledges = [{"id": c["id"], "year": c["year"], "quote": c["quote"], "evidence": list(c["words"])} for c in GOLD]
    path = folder / "gold-rules.yaml"
    with path.open("w", encoding="utf-8") as out:
        YAML().dump({"pledges": pledges}, out)
    return load_rules(path, corpus)


@pytest.fixture(scope="module")
def result(corpus, gold_rules):
    return audit(corpus, gold_rules, as_of=AS_OF)


def test_the_corpus_loads_without_part_overrides(corpus):
    assert not corpus.skipped
    assert corpus.governments == ("广东省广州市越秀区", "中华人民共和国", "浙江省", "内蒙古自治区呼伦贝尔市海拉尔区")


@pytest.mark.parametrize("report, kind, line", [
    # Where each part really begins, as the corpus README gives it.
    ("cn-national-2017-gwr", PartKind.PLAN, 33),
    ("cn-national-2018-gwr", PartKind.PLAN, 41),
    ("cn-zj-2026-gwr", PartKind.REVIEW, 8),
    ("cn-national-2018-gwr", PartKind.REVIEW, 8),
    ("cn-nm-hailar-2017-gwr", PartKind.PLAN, 29),
])
def test_parts_begin_where_a_reader_finds_them(corpus, report, kind, line):
    doc = corpus[report]
    assert doc.position(doc.part(kind).start).line == line


def test_the_corpus_command_lists_the_four_governments(folder, capsys):
    assert main(["corpus", "--corpus", str(folder)]) == 0
    out = capsys.readouterr().out
    for government in ("广东省广州市越秀区", "中华人民共和国", "浙江省", "内蒙古自治区呼伦贝尔市海拉尔区"):
        assert f"== {government}:" in out
    assert "governments: 4" in out


@pytest.mark.parametrize("report, opening, scope", [
    ("cn-national-2018-gwr", "五年来，经济实力跃上新台阶", Scope.SEVERAL_YEARS),
    # the part's first sentence: no period word opens it, its heading (一、过去五年工作回顾) sets the period
    ("cn-national-2018-gwr", "第十二届全国人民代表大会第一次会议以来的五年", Scope.SEVERAL_YEARS),
    ("cn-national-2018-gwr", "刚刚过去的2017年", Scope.YEAR),
    ("cn-national-2018-gwr", "扎实推进“三去一降一补”", Scope.SEVERAL_YEARS),  # a section under 过去五年
    ("cn-zj-2026-gwr", "——创新动能显著增强", Scope.SEVERAL_YEARS),  # after “十四五”的五年
    ("cn-zj-2026-gwr", "城镇新增就业115.8万人", Scope.YEAR),  # in a section of the 2025 review
    ("cn-nm-hailar-2016-gwr", "——产业结构不断优化", Scope.SEVERAL_YEARS),
    ("cn-nm-hailar-2016-gwr", "面对经济下行压力", Scope.YEAR),  # after 刚刚过去的2015年
])
def test_each_review_sentence_knows_its_period(corpus, report, opening, scope):
    doc = corpus[report]
    sentence = next(s for s in doc.sentences(PartKind.REVIEW) if s.text.startswith(opening))
    assert doc.scope(sentence) is scope


@pytest.mark.parametrize("opening", ["五年来，", "“十四五”以来，", "过去五年，"])
def test_a_sentence_opening_with_a_period_of_years_speaks_of_them_in_a_part_of_one_year(tmp_path, opening):
    # the part's heading names one year; only the sentence's own opening words say it looks back further
    review = f"一、2025年工作回顾\n全年新建口袋公园5个。{opening}累计新建口袋公园30个。\n二、2026年工作安排\n新建5个公园。\n"
    (tmp_path / "b.txt").write_text(review, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "reports:\n  - {id: b, file: b.txt, region: 某区, body: 某区人民政府, title: 报告, delivered: 2026-01-20,"
        " reviews: 2025, plans: 2026}\n", encoding="utf-8")
    doc = load_corpus(tmp_path)["b"]
    one, several = doc.sentences(PartKind.REVIEW)
    assert (doc.scope(one), doc.scope(several)) == (Scope.YEAR, Scope.SEVERAL_YEARS)


def test_gold_pledges_are_graded_as_the_auditor_did(result):
    wrong = [(c["id"], result[c["id"]].grade.value, c["accept"]) for c in GOLD
             if result[c["id"]].grade.value not in c["accept"]]
    assert len(wrong) <= len(GOLD) * 0.05, wrong


def test_no_grade_rests_on_another_government_year_period_or_plan(corpus, result):
    for verdict in result:
        if verdict.grade is Grade.UNVERIFIABLE or verdict.chosen is None:
            continue
        doc = corpus[verdict.chosen.document]
        assert doc.government == verdict.rule.government and doc.reviews == verdict.rule.year, verdict.id
        assert doc.part_at(verdict.chosen.start).kind is PartKind.REVIEW, verdict.id
        sentence = next(s for s in doc.sentences(PartKind.REVIEW) if s.start == verdict.chosen.start)
        if doc.scope(sentence) is not Scope.YEAR:
            # only a level the several years reached, the level at their end, answers a level promised for the year
            # ("研发投入强度从2.77%提高到3.3%左右" for 全年研发投入强度达3.3%左右)
            assert doc.scope(sentence) is Scope.SEVERAL_YEARS, verdict.id
            said = next(s for s in read_sentence(sentence.text, verdict.rule.year)
                        if s.quantity.span == verdict.chosen.quantity.span)
            assert said.reached and any(word in verdict.rule.pledge.quote for word in ("达到", "达", "提高到")), verdict.id


def test_graded_figures_stand_where_the_auditor_read_them(result):
    for case in GOLD:
        verdict = result[case["id"]]
        if verdict.grade is Grade.UNVERIFIABLE or "evidence_line" not in case or "value" not in case:
            continue
        assert (verdict.chosen.file, verdict.chosen.position.line) == (case["evidence"], case["evidence_line"]), \
            case["id"]


def test_a_five_year_total_is_shown_as_context_never_graded(result):
    steel = result["n17-steel"]
    assert steel.grade is Grade.UNVERIFIABLE
    context = [c for c in steel.candidates if "1.7亿吨" in c.text]
    assert context and all(c.quantity is None and "several years" in c.note for c in context)


def test_a_ceiling_reached_is_met_not_exceeded(result):
    assert result["zj25-unemp"].grade is Grade.MET  # 城镇调查失业率控制在5%以内, 4.6%


def test_a_narrower_kind_of_the_pledged_thing_gives_no_finding(result):
    # 2019: "棚改配套道路完成13条15公里" are the shanty-town projects' roads, not the 20 city roads pledged
    roads = result["hl18-roads"]
    assert roads.grade is Grade.UNVERIFIABLE
    assert any("棚改配套道路" in c.note for c in roads.candidates)


def test_the_pledged_number_of_dwellings_in_another_classifier_is_the_same_count(result):
    # 2017 plan: 年内完成335座保暖房装修; 2018 review: 建成335户绿色保暖房
    houses = result["hl17-warm-houses"]
    assert houses.grade is Grade.MET and houses.outcome == Decimal("335") and houses.chosen.quantity.unit == "户"


def test_the_nth_item_of_a_respective_list_gets_the_nth_figure(result):
    outcomes = (result["hl18-urban-income"].outcome, result["hl18-rural-income"].outcome)
    assert outcomes == (Decimal("6.5"), Decimal("9.4"))


def test_the_seeds_grade_the_same_beside_other_governments(corpus):
    alone = {v.id: v.grade for v in audit(as_of=AS_OF)}
    together = {v.id: v.grade for v in audit(corpus, load_rules(corpus=corpus), as_of=AS_OF)}
    assert together == alone


def test_a_report_that_cannot_be_read_leaves_the_rest(tmp_path, capsys):
    shutil.copytree(OTHERS, tmp_path / "others")
    (tmp_path / "others" / "cn-zj-2025-gwr.txt").write_bytes(b"\xff\xfe\x00garbage\x00")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 7 and {Path(p.file).name for p in corpus.skipped} == {"cn-zj-2025-gwr.txt"}
    assert main(["corpus", "--corpus", str(tmp_path)]) == 2
    assert "1 report skipped" in capsys.readouterr().err


def test_the_audit_header_names_the_folder_of_manifests_and_its_governments(folder, gold_rules, capsys):
    main(["audit", "--corpus", str(folder), "--rules", str(folder / "gold-rules.yaml"), "--as-of", "2026-11-27",
          "--jobs", "1"])
    assert "/, 2 manifests (4 governments, 13 documents; reviews 2015," in capsys.readouterr().out
