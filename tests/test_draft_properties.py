"""Properties of drafting: a drafted rule written out with its comments reads back as the same pledge,
and a plan sentence is cut into commitments that stand in it and hold their targets."""

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.draft.pieces import cut
from pledgetrack.rules import Pledge, TargetSpec, dump_rules, structure_pledge
from pledgetrack.rules.model import Op, Trend
from pledgetrack.yamldata import load_yaml_text

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
WORD = st.text(CJK, min_size=2, max_size=8)
FIGURE = st.integers(1, 99999).map(str) | st.decimals("0.1", "999.9", places=1).map(str)
UNIT = st.sampled_from(["个", "场", "万元", "亿元", "%", "平方米", "间", "户", "家", "公里"])
# Comments are reasons for doubt in words: any printable text, line breaks included.
COMMENT = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.just("\n"), max_size=40)


@st.composite
def targets(draw):
    """A target as drafting writes one: none (read from the quote), the figure's text, or spelled out."""
    kind = draw(st.sampled_from(["none", "text", "spec"]))
    if kind == "none":
        return None
    if kind == "text":
        return draw(FIGURE) + draw(UNIT)
    return TargetSpec(op=draw(st.sampled_from([Op.AT_LEAST, Op.ABOUT, Op.AT_MOST])),
                      value=Decimal(draw(FIGURE)), unit=draw(UNIT), trend=draw(st.sampled_from([None, Trend.DOWN])))


@st.composite
def drafted_pledges(draw, number):
    verb, noun, figure, unit = draw(st.sampled_from(["新建", "新增", "举办", "完成"])), draw(WORD), draw(FIGURE), \
        draw(UNIT)
    target = draw(targets())
    quote = f"{verb}{noun}{figure}{unit}" + (target if isinstance(target, str) else "")
    return Pledge(id=f"gov-{draw(st.integers(1990, 2040))}-{number}", year=draw(st.integers(1990, 2040)), quote=quote,
                  evidence=draw(st.lists(WORD, min_size=1, max_size=3, unique=True)), target=target,
                  region=draw(st.none() | WORD.map(lambda w: w + "区")), indicator=draw(st.none() | WORD),
                  title=noun, area=draw(st.sampled_from(["", "就业", "经济", "生态"])),
                  tags=draw(st.sampled_from([(), ("主要指标",)])), drafted=True)


@given(st.integers(0, 8).flatmap(lambda n: st.tuples(*(drafted_pledges(i) for i in range(n)))),
       st.lists(COMMENT, max_size=3), st.data())
def test_drafted_pledges_round_trip_through_a_rule_file(pledges, header, data):
    ids = [p.id for p in pledges]
    comments = data.draw(st.dictionaries(st.sampled_from(ids), st.lists(COMMENT, max_size=3)) if ids else st.just({}))
    read = [structure_pledge(item) for item in load_yaml_text(dump_rules(pledges, comments, header),
                                                              "drafted.yaml").data["pledges"]]
    assert [problems for _, problems in read] == [[] for _ in pledges]
    assert [pledge for pledge, _ in read] == list(pledges)


# Nouns from characters that spell no word of time, structure or refusal (去年, 方面, 期间 …).
NOUN = st.text(st.sampled_from("公园绿地学校医院道路站点设施驿花桥河楼室"), min_size=2, max_size=6)
CLAUSE = st.tuples(st.sampled_from(["新建", "新增", "举办", "建成"]), NOUN, st.integers(1, 99999).map(str),
                   st.sampled_from(["个", "场", "间", "万元", "平方米"]), st.sampled_from(["", "以上"])) \
    .map(lambda c: f"{c[0]}{c[1]}{c[2]}{c[3]}{c[4]}")


@given(st.lists(st.tuples(CLAUSE | NOUN, st.sampled_from(["，", "；", "、"])), min_size=1, max_size=6),
       st.integers(2000, 2030))
def test_each_commitment_stands_in_its_sentence_and_holds_its_target(clauses, year):
    sentence = "".join(clause + mark for clause, mark in clauses)[:-1] + "。"
    pieces = cut(sentence, year)
    for piece in pieces:
        assert sentence[piece.start:piece.end] == piece.text
        assert not any(mark in piece.text for mark in "，；。")  # one clause at most
        assert piece.target in piece.figures
        assert piece.text[piece.target.span[0]:piece.target.span[1]] == piece.target.text
    # every figure with its unit is a commitment of its own, in order
    figures = [c for c, _ in clauses if c[-1] in "个场间元米" or c.endswith("以上")]
    assert [p.target.text.removesuffix("以上") for p in pieces] == \
        [re.search(r"\d+(个|场|间|万元|平方米)", c).group(0) for c in figures]


@given(st.lists(st.sampled_from(["要保持固定资产投资适度增长", "组建国家开发银行", "加快推进产业升级", "新建5个口袋公园",
                                 "都有适当增长", "去年物价基本稳定", "京九铁路将全线铺通", "今年计划安排的信贷规模",
                                 "千方百计增加农民收入", "在确保粮食产量稳定增加的基础上"]), min_size=1, max_size=6),
       st.sampled_from(["，", "；", "、"]))
def test_each_aim_stands_in_its_sentence_and_holds_no_figure(clauses, mark):
    from pledgetrack.draft.aims import sentence_aims
    from pledgetrack.quantity import find_quantities
    sentence = mark.join(clauses) + "。"
    for start, end, aim in sentence_aims(sentence, 2024):
        quote = sentence[start:end]
        assert quote.strip() == quote and quote and not find_quantities(quote)
        assert aim.indicator in quote and "去年" not in quote
