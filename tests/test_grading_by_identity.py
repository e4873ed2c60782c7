"""Grading by identity on reports of 11 provinces and 5 cities (tests/corpora/provinces-and-cities) and of the
State Council in the 1990s (tests/corpora/national-1990s): the grades a careful auditor gives (gold.yaml), to the
four-line rules a user writes, and the figures each rests on."""

import csv
import datetime
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from gold_rules import four_line_rule
from pledgetrack import Pledge, audit, build_rules, load_corpus, load_rules
from pledgetrack.cli import main
from pledgetrack.rules import Grade, Op, TargetSpec

HERE = Path(__file__).parent
PROVINCES = HERE / "corpora" / "provinces-and-cities"
NINETIES = HERE / "corpora" / "national-1990s"


def gold_of(folder):
    return {c["id"]: c for c in YAML(typ="safe").load((folder / "gold.yaml").read_text(encoding="utf-8"))["cases"]}


GOLD = gold_of(PROVINCES) | gold_of(NINETIES)
AS_OF = datetime.date(2026, 12, 6)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("provinces")
    shutil.copytree(PROVINCES, folder / "corpus" / PROVINCES.name)
    shutil.copytree(NINETIES, folder / "corpus" / NINETIES.name)
    corpus = load_corpus(folder / "corpus")
    files = {}
    for case in GOLD.values():
        files.setdefault(case["src"], []).append(four_line_rule(case))
    paths = []
    for n, (_, rules) in enumerate(sorted(files.items())):
        path = folder / f"rules-{n:02d}.yaml"
        with path.open("w", encoding="utf-8") as out:
            YAML().dump({"pledges": rules}, out)
        paths.append(path)
    return corpus, load_rules(paths, corpus)


@pytest.fixture(scope="module")
def result(book):
    return audit(*book, as_of=AS_OF)


@pytest.mark.parametrize("case, grade, figure", [
    ("sx25-clean-power", Grade.EXCEEDED, "55.1"),  # 占比55.1%, a share pledged as a share
    ("js25-gdp", Grade.MET, "5.3"),  # never the 58.5 % share of another indicator
    ("sz13-gdp", Grade.MISSED, "9.8"),  # not 单位地区生产总值能耗下降2.6%, nor 占…比重45.7%
    ("fs18-gdp", Grade.MISSED, "6.3"),  # not 研发经费支出占地区生产总值比重2.42%
    ("fs18-hightech", Grade.EXCEEDED, "3900"),  # 累计达3900家 for 达3500家, not 新增1350家
    ("fs18-big-firms", Grade.MET, "20"),  # 超百亿元企业 is 超100亿元企业: 累计达20家, not 新增…2家
    ("jx25-urban-income", Grade.MISSED, "4.3"),  # not 完成年计划的118.2% in the same sentence
    ("jx25-jobs", Grade.EXCEEDED, None),  # 完成年计划的118.2% of 41万人
    ("fs18-income", Grade.MET, None),  # 增长8.3% against the economy's 6.3 %
    ("bt22-urban-income", Grade.MISSED, None),  # 6%左右 against the economy's 7.5%左右
    ("bt22-gdp", Grade.MET, "7.5"),  # 增长7.5%左右 is nearer 7.5 than 7 or 8: inside 8 %左右's band
    ("ln25-income", Grade.MET, None),  # no figure for all residents; urban 4.3 % and rural 5.3 % against 3.7 %
    ("hb25-jobs", Grade.MET, None),  # 城镇新增就业超额完成全年任务, not 带动就地就业36.8万人
    ("fj25-cpi", Grade.MET, None),  # 居民消费价格与上年持平: 0 % under a 2 % cap
    ("nm25-capital", Grade.MET, "600000000000"),  # 引进国内到位资金6000亿元: a part alone reaches 5700亿元以上
    ("nm25-old-estates", Grade.UNVERIFIABLE, None),  # 改造城镇老旧小区7323个 is the five years' (这五年…), never 2025's
    ("sz14-gdp", Grade.MISSED, "8"),  # 增长8%, once the heading the layout repeats inside 地…区生产总值 is dropped
    ("sz14-housing", Grade.EXCEEDED, "46794"),  # 新开工 is 开工建设: 开工建设保障性住房46794套, not 基本建成32773套
    ("n93-gnp", Grade.EXCEEDED, "13.4"),  # 国民生产总值 planned, 国内生产总值 reported: 百分之十三点四
    ("n93-urban-income", Grade.UNVERIFIABLE, None),  # 平均每年…百分之五左右: a five-year average, not 1993's
    ("n93-steel-1997", Grade.UNVERIFIABLE, None),  # a goal for 1997 in the 1993 plan, not 1993's 8868万吨
    ("n93-harvest", Grade.MET, None),  # 力争有一个好收成 is "a good harvest", no count: 农业获得丰收
    ("n94-forex", Grade.MET, None),  # 汇率顺利并轨
    ("n94-banks", Grade.MET, None),  # 组建了政策性银行
    ("n94-farm-income", Grade.MET, "5"),  # 增加农民收入: 扣除物价因素比上年增长百分之五
    ("n94-grain", Grade.MISSED, None),  # 确保粮食…产量稳定增加: 比上年减产１２０亿公斤
    ("n94-cotton", Grade.MET, None),  # …棉花产量稳定增加: 棉花、油料…产量都有较多增加
    ("n94-tax", Grade.MET, None),  # 以分税制为核心的新财政体制已经基本建立
    ("n94-money", Grade.MET, None),  # 货币发行得到控制
])
def test_a_grade_rests_on_the_pledged_indicator_only(result, case, grade, figure):
    verdict = result[case]
    assert verdict.grade is grade, verdict.explanation
    assert verdict.grade.value in GOLD[case]["accept"]
    if figure is not None:
        assert verdict.chosen.quantity.value == Decimal(figure)


def test_a_restated_target_is_never_its_outcome_and_the_next_sentence_going_on_about_it_is(result):
    # 1995: "去年…曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。虽然…，涨幅仍然高达百分之二十一点七，
    # 其中食品价格上涨的因素大约有十三个百分点左右": 21.7 % (missed), never the 10 % restated, nor the 13 points of food.
    verdict = result["n94-prices"]
    assert verdict.grade is Grade.MISSED, verdict.explanation
    assert verdict.chosen.quantity.value == Decimal("21.7") and verdict.chosen.position.line == 30
    assert "控制在百分之十以内" in verdict.chosen.text


def test_a_lead_in_heading_repeated_inside_its_sentence_is_dropped_and_positions_still_map(book):
    # line 17 of the file: "1.经济运行稳中提质。全市预计完成地经济运行稳中提质。区生产总值1.35万亿元，增长8%"
    doc = book[0]["cn-js-suzhou-2015-gwr"]
    at = doc.text.index("全市预计完成地区生产总值1.35万亿元，增长8%")
    assert doc.position(at).line == 17
    assert doc.position(at + len("全市预计完成地区")).column == len("1.经济运行稳中提质。全市预计完成地经济运行稳中提质。区") + 1


def test_a_part_below_a_minimum_says_nothing_of_the_whole(book):
    # 2026: "引进国内到位资金6000亿元" (domestic funds only): it shows 5700亿元 reached, and nothing of 7000亿元
    corpus = book[0]
    pledge = Pledge(id="nm25-capital-7000", year=2025, quote="力争引进到位资金5700亿元以上", evidence=["到位资金"],
                    target=TargetSpec(op=Op.AT_LEAST, value=Decimal(7000), unit="亿元"), region="内蒙古自治区")
    verdict = audit(corpus, build_rules([pledge], corpus), as_of=AS_OF)["nm25-capital-7000"]
    assert verdict.grade is Grade.UNVERIFIABLE
    assert any("6000亿元" in c.note and "part only" in c.note for c in verdict.candidates)


def test_a_figure_of_another_indicator_is_shown_as_context_and_named(result):
    verdict = result["sz13-gdp"]
    notes = " ".join(c.note for c in verdict.candidates)
    assert "45.7%" in notes and "share" in notes


def test_the_auditors_grades_hold_with_no_false_finding_beyond_the_known(result):
    wrong = {cid: result[cid].grade.value for cid, case in GOLD.items() if result[cid].grade.value not in case["accept"]}
    findings = {cid: grade for cid, grade in wrong.items() if grade != "unverifiable"}
    assert len(wrong) <= len(GOLD) * 0.05, wrong
    assert not findings, findings


@pytest.mark.parametrize("case, grade, figure, warned", [
    # the four-line rule's target is the urban 5 % of "城镇、农村…分别增长5%、6.5%左右"; its words name 农村
    ("jx25-rural-income", Grade.MISSED, "5.7", "6.5%左右"),
    # target 1.1亿亩 is the sown area of "粮食播种面积1.1亿亩、产量825亿斤以上"; the words name 粮食产量
    ("ah25-grain", Grade.MET, "83860000000", "825亿斤以上"),
    # target 5000万元以上 only qualifies the projects counted: "引进投资5000万元以上项目100个以上"
    ("yoz20-projects", Grade.EXCEEDED, "130", "100个以上"),
])
def test_a_target_said_of_another_thing_than_the_words_name_is_graded_as_the_words_say_and_warned(
        book, result, case, grade, figure, warned):
    verdict = result[case]
    assert verdict.grade is grade, verdict.explanation
    assert verdict.chosen.quantity.value == Decimal(figure)
    assert verdict.target.text.strip() == warned
    warned_of = [w.message for w in book[1].warnings if w.code == "target-named"]
    assert any(f"graded against '{warned}'" in message for message in warned_of), warned_of


def test_figures_writes_every_statement_of_the_corpus(tmp_path, capsys):
    out = tmp_path / "figures.csv"
    assert main(["figures", "--format", "csv", "--output", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    fair = next(r for r in rows if r["figure"] == "175场")
    assert (fair["document"], fair["line"], fair["period"], fair["part"], fair["value"], fair["unit"]) == \
        ("yuexiu-2024-drc", "84", "2023", "review", "175", "场")
    assert "figures written to" in capsys.readouterr().err


@pytest.mark.parametrize("quote, words, target, note", [
    # 包头 2023 report on 2022 (line with 建成公共领域充电桩405个): public piles are a part of all piles
    ("建成充电桩700个", ["充电桩"], 700, "405个 (it is of a part only (建成公共领域充电桩))"),
    # …建成塑胶健身步道30公里: plastic trails are one kind of all trails
    ("改造建设各类健身步道300公里", ["健身步道"], 300, "30公里 (it is of a part only (建成塑胶健身步道))"),
])
def test_a_figure_the_review_names_as_a_narrower_thing_is_of_a_part_and_no_miss(book, quote, words, target, note):
    corpus = book[0]
    unit = "个" if quote.endswith("个") else "公里"
    pledge = Pledge(id="bt22", year=2022, quote=quote, evidence=words,
                    target=TargetSpec(op=Op.AT_LEAST, value=Decimal(target), unit=unit), region="内蒙古自治区包头市")
    verdict = audit(corpus, build_rules([pledge], corpus), as_of=AS_OF)["bt22"]
    assert verdict.grade is Grade.UNVERIFIABLE  # never "missed" on a part's figure
    assert any(note in c.note for c in verdict.candidates)


def test_of_a_sentences_figures_the_one_named_as_the_plan_names_it_is_graded(book):
    # 包头 2023: "全年新增城镇就业4万人，高校毕业生就业2.3万人": the graduates are a group; 新增城镇就业 is the
    # 新增就业 the plan names (城镇新增就业, its official name, worded the other way round)
    corpus = book[0]
    pledge = Pledge(id="bt22-jobs", year=2022, quote="新增就业4万人以上", evidence=["就业"], region="内蒙古自治区包头市")
    verdict = audit(corpus, build_rules([pledge], corpus), as_of=AS_OF)["bt22-jobs"]
    assert (verdict.grade, verdict.chosen.quantity.text) == (Grade.MET, "4万人")
