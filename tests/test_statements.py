"""The statements stage: every rule of reading against its example phrases, identity, and the auditor's
figures of the shared corpora read as statements of their year."""

import shutil
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML

from pledgetrack import load_corpus
from pledgetrack.report.panel import figure_rows
from pledgetrack.statements import Measure, Period, identity, read_sentence
from pledgetrack.statements.pledged import pledged_real
from pledgetrack.statements.aims import read_aim

HERE = Path(__file__).parent
_YAML = YAML(typ="safe")
_ALL_EXAMPLES = _YAML.load(resources.files("pledgetrack.statements").joinpath("examples.yaml").read_text("utf-8"))
EXAMPLES = _ALL_EXAMPLES["examples"]
AIMS = _ALL_EXAMPLES["aims"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["rule"] for e in EXAMPLES])
def test_each_rule_of_reading_reads_its_examples(example):
    read = read_sentence(example["text"], example.get("year"))
    got = [[s.quantity.text.strip(), s.indicator, s.measure.value, s.period.value]
           + ([s.item] if len(want) > 4 else []) for s, want in zip(read, example["expect"])]
    assert got == example["expect"] and len(read) == len(example["expect"])


@pytest.mark.parametrize("example", AIMS, ids=[e["rule"] for e in AIMS])
def test_each_rule_of_reading_aims_reads_its_examples(example):
    aim = read_aim(example["text"])
    assert ([aim.kind, aim.indicator] if aim else None) == example["expect"]
    if aim is not None:  # the indicator stands where the aim says
        assert example["text"][aim.start:aim.start + len(aim.indicator)] == aim.indicator


@given(st.text(alphabet="要保持增长增加提高控制组建完成建成的和在前提下基础上一二是推动全覆盖收入投资赤字银行，", max_size=40))
def test_an_aim_is_a_phrase_of_its_clause(text):
    aim = read_aim(text)
    if aim is not None:
        assert text[aim.start:aim.start + len(aim.indicator)] == aim.indicator and len(aim.indicator) >= 2


@pytest.mark.parametrize("sentence, words, quote, same, why", [
    ("单位地区生产总值能耗下降2.6%", ["地区生产总值"], "地区生产总值增长5%左右", False, "another indicator"),
    ("服务业增加值占地区生产总值的比重达到45.7%", ["地区生产总值"], "地区生产总值增长5%左右", False, "share"),
    ("地区生产总值年均增长5.9%", ["地区生产总值"], "地区生产总值增长5%左右", False, "several years"),
    ("农村居民人均可支配收入增长6%", ["居民人均可支配收入"], "居民人均可支配收入增长5%", False, "part only"),
    ("入境游客增长12%", ["游客"], "接待游客增长8%", False, "part only"),
    ("城镇新增就业48万人", ["新增就业"], "新增就业47万人左右", True, ""),  # 城镇新增就业 is the whole
    ("高校毕业生就业率95.1%", ["就业"], "城镇新增就业8万人", False, "就业率"),
    ("地区生产总值增长5.3%", ["地区生产总值"], "地区生产总值增长5%以上", True, ""),
    ("棚改配套道路完成13条", ["道路"], "重点实施城区20条道路的改造提升", False, "part only"),  # the projects' roads
    ("完成道路改造提升13条", ["道路"], "重点实施城区20条道路的改造提升", True, ""),
    ("基本完成100项环保民生实事", ["民生实事"], "认真办好十件民生实事", False, "another indicator"),
    ("十件民生实事全部完成", ["民生实事"], "认真办好十件民生实事", True, ""),
    # works at another stage or of another deed than the pledge's are another indicator
    ("加装电梯开工162台", ["加装电梯"], "完成既有住宅加装电梯150台", False, "another indicator"),
    ("加装电梯开工162台、完工投用98台", ["加装电梯"], "完成既有住宅加装电梯150台", True, ""),
    ("改造提升社区卫生服务站9个", ["社区卫生服务站"], "新建社区卫生服务站6个", False, "another indicator"),
    ("新建改造城乡排水管网1.35万米", ["排水管网"], "新建改造排水管网12公里", True, ""),
    # a group the quote names before the pledge's words is not answered by the whole's figure
    ("新建改造城乡排水管网1.35万米", ["排水管网"], "县城新建改造排水管网12公里", False, "whole or another part"),
    ("居民人均可支配收入增长6.1%", ["居民人均可支配收入"], "农村居民人均可支配收入增长8%", False, "not of 农村"),
    ("新增学前教育学位1260个", ["学位"], "新增公办幼儿园学位900个", False, "not of 公办"),
    ("全州城镇污水处理率达到76.5%", ["污水处理率"], "州府所在地雪城镇污水处理率达到85%", False, "not of 所在地"),
    ("全州贫困发生率下降到2.4%", ["贫困发生率"], "4个深度贫困县贫困发生率降至4%以下", False, "not of 贫困县"),
    # one figure of things listed together is their sum, unless said of each; a stock's balance grows as the stock
    ("落实草原禁牧和草畜平衡4400万亩", ["草原禁牧"], "落实草原禁牧1800万亩", False, "another indicator"),
    ("年末广义货币供应量余额29.9万亿元，增长17.6%", ["广义货币供应量"], "广义货币供应量增长15%", True, ""),

    # words that name the whole or the figure's own measure narrow nothing
    ("举办线上线下招聘会45场", ["招聘会"], "举办招聘会60场", True, ""),
    ("拆除违法建设面积286000平方米", ["拆除违法建设"], "拆除违法建设20万平方米", True, ""),
    ("绿化覆盖面积增长5%", ["绿化覆盖"], "绿化覆盖率达到40%", False, "another indicator"),
    # the whole, however the words open: 全体居民 are all residents, 全省 the government's own territory
    ("全体居民人均可支配收入43860元、增长5.4%", ["居民人均可支配收入"], "居民人均可支配收入增长6%", True, ""),
    ("全省生产总值预计达到4462.7亿元，按可比价格计算，增长12.3%", ["全省生产总值"], "全省生产总值增长10%左右", True, ""),
    ("合同外资12.6亿美元、实际使用外资3.62亿美元", ["实际使用外资"], "实际使用外资3.5亿美元以上", True, ""),
    # 争取 governing money is the deed of obtaining it; before a deed it hopes for the outcome
    ("争取上级各类项目资金108600万元", ["项目资金"], "争取上级项目资金10亿元", True, ""),
    ("今年争取新增就业1万人", ["新增就业"], "新增就业1万人", False, "states a target"),
    # a character the word runs on into makes another word (外资|金 is 资金), unless it says how much (外资额)
    ("实际利用省外资金1250亿元，增长28.2%", ["外资"], "实际利用外资增长15%以上", False, "another indicator"),
    ("实际利用外资额3.2亿美元，增长16%", ["外资"], "实际利用外资增长15%以上", True, ""),
    ("85个口袋公园等建成开放", ["口袋公园"], "新建提升口袋公园80个", True, ""),
    # a line's track laid is no line opened
    ("全年铁路新线铺轨1685公里", ["铁路新线"], "铁路新线投产1100公里", False, "another indicator"),
    ("全年铁路新线铺轨1685公里、投产1050公里", ["铁路新线"], "铁路新线投产1100公里", True, ""),
    # a level reached is answered by the total named after what was added, not by the addition
    ("新增高速公路通车里程120公里，总里程达到2520公里", ["高速公路通车里程"], "高速公路通车里程突破2500公里", True, ""),
    # projects' total investment is no investment of the year; one figure of a list's things is their sum
    ("签约项目总投资186亿元", ["项目总投资"], "完成项目投资90亿元以上", False, "another indicator"),
    ("重点项目总投资860亿元", ["重点项目"], "重点项目完成投资300亿元", False, "another indicator"),
    ("新开工项目完成投资520亿元", ["新开工项目"], "新开工项目总投资500亿元以上", False, "another indicator"),
    ("家电下乡、汽车摩托车下乡产品销售额5.1亿元", ["下乡产品销售额"], "家电下乡产品销售额突破4亿元", False,
     "another indicator"),
    # works started are not all the year's works; a group's word alone does not name the thing measured
    ("实施亿元以上项目86个", ["亿元以上项目"], "新开工亿元以上项目40个", False, "not of 开工"),
    ("其中新开工35个", ["新开工"], "新开工亿元以上项目40个", True, ""),
    ("农村生活垃圾收集覆盖率达到100%", ["农村", "无害化处理率"], "农村生活垃圾无害化处理率达到90%", False, "measures"),
    ("农村居民人均可支配收入增长5.8%", ["农村", "城乡居民人均可支配收入"], "城乡居民收入增长与经济增长同步", True, ""),
    # what was contracted is no part of what was paid in, nor the other way round
    ("新批外商投资项目368个，合同外资61.2亿美元", ["外资"], "实际利用外资27亿美元", False, "another indicator"),
    ("实际到位外资2280万美元", ["外资"], "合同利用外资6000万美元", False, "another indicator"),
    ("十件民生实事中九件全面完成", ["民生实事"], "办好十件民生实事", True, ""),
])
def test_identity_takes_only_the_pledged_indicator_measure_group_and_year(sentence, words, quote, same, why):
    statement = read_sentence(sentence)[-1]
    found = identity(statement, words, quote, Measure.GROWTH if "增长" in quote and "%" in quote else None)
    assert found.same is same and why in found.why


def test_a_figure_named_as_the_target_is_no_outcome():
    cut = read_sentence("二氧化硫排放总量比上年增长1.8%，主要污染物排放总量减少2%的目标也没有实现")[1]
    assert cut.quantity.text == "2%" and cut.aim


@pytest.mark.parametrize("sentence, same", [
    ("城镇居民人均可支配收入和农民人均纯收入分别增长14.6%和12.9%", False),  # in current prices
    ("城镇居民人均可支配收入和农民人均纯收入分别增长14.6%和12.9%，扣除价格因素，分别实际增长8.5%和7.4%", True),
    ("农民人均纯收入5230元，扣除价格因素实际增长6.4%", True),
])
def test_a_real_rise_is_answered_only_by_a_rise_with_prices_taken_out(sentence, same):
    quote = "农民人均纯收入实际增长7%"
    assert pledged_real(quote, "7%") and not pledged_real("农民人均纯收入增长12%", "12%")
    statement = read_sentence(sentence)[-1]
    found = identity(statement, ["农民人均纯收入"], quote, Measure.GROWTH, real=True)
    assert found.same is same and (same or "real" in found.why)


@given(st.text(alphabet="地区生产总值增长下降万亿元个家，、；。分别和与0123456789.%累计新增占比重", max_size=60))
def test_reading_never_fails_and_every_statement_is_a_figure_of_the_sentence(text):
    for statement in read_sentence(text, 2025):
        start, end = statement.quantity.span
        assert 0 <= start < end <= len(text)
        assert isinstance(statement.quantity.value, Decimal)
        assert statement.period in Period


def _outcome_figures(corpus_dir: Path, tmp_path: Path):
    """The auditor's outcome figures of a corpus (value at evidence line) and the figures pledgetrack reads."""
    gold = _YAML.load((corpus_dir / "gold.yaml").read_text(encoding="utf-8"))["cases"]
    copy = tmp_path / corpus_dir.name
    shutil.copytree(corpus_dir, copy)
    manifest = _YAML.load((copy / "manifest.yaml").read_text(encoding="utf-8"))
    assert all("parts" not in r for r in manifest["reports"])  # the engine finds the parts itself
    rows = {}
    for row in figure_rows(load_corpus(copy)):
        rows.setdefault((row["file"], row["line"]), []).append(row)
    cases = [c for c in gold if c.get("value") is not None and c.get("evidence_line")]
    return cases, rows


def test_the_auditors_outcome_figures_are_statements_of_their_year(tmp_path):
    """Each graded case's outcome figure (its value at its evidence line) is a statement of the pledge's year."""
    cases, rows = [], {}
    for name in ("other-governments", "provinces-and-cities", "national-1990s"):
        found, read = _outcome_figures(HERE / "corpora" / name, tmp_path)
        cases += found
        rows.update(read)  # the files of the three corpora are named apart
    missing = []
    for case in cases:
        want = Decimal(str(case["value"]))
        here = rows.get((case["evidence"], case["evidence_line"]), [])
        if not any(Decimal(r["value"]) == want and r["period"] == case["year"] for r in here):
            missing.append(case["id"])
    assert len(missing) <= len(cases) * 0.03, missing
