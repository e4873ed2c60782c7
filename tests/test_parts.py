"""Parts in reports of any decade and layout, found where a careful reader finds them, without part overrides.

The corpora under tests/corpora/ are byte-for-byte copies of real reports; their README.md files say
where a careful reader finds each report's review and plan parts and appendices (original line, 1-based).
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgetrack.corpus import PartKind, load_corpus
from pledgetrack.corpus.headings import is_title
from pledgetrack.corpus.layout import Kind, lay_out

HERE = Path(__file__).parent
CORPORA = HERE / "corpora"
SEEDS = HERE.parent / "seeds"

# Review (R), plan (P) and appendix (A) lines of every report. Those the READMEs list: the four
# State Council reports of the 1990s; 内蒙古 2026 (R9, P20: headings without numerals), 黑龙江 2025,
# 福建 2025 and 2026 (slogans with no part word), 江西's glossaries, 山东 2025, 湖北 2026; the
# State Council's 2017 and 2018 plans, 浙江 2026's review. The others were checked by reading them.
PARTS = [
    ("national-1990s", "cn-national-1993-gwr", "R9, P54"),
    ("national-1990s", "cn-national-1994-gwr", "R9, P34"),
    ("national-1990s", "cn-national-1995-gwr", "R9, P50"),
    ("national-1990s", "cn-national-1997-gwr", "R9, P34"),
    ("provinces-and-cities", "cn-tj-2025-gwr", "R6, P34"),
    ("provinces-and-cities", "cn-tj-2026-gwr", "R9, P46"),
    ("provinces-and-cities", "cn-sx-2025-gwr", "R6, P22"),
    ("provinces-and-cities", "cn-sx-2026-gwr", "R9, P31"),
    ("provinces-and-cities", "cn-nm-2025-gwr", "R5, P14"),
    ("provinces-and-cities", "cn-nm-2026-gwr", "R9, P20, A52"),
    ("provinces-and-cities", "cn-ln-2025-gwr", "R6, P26"),
    ("provinces-and-cities", "cn-ln-2026-gwr", "R8, P25"),
    ("provinces-and-cities", "cn-hl-2025-gwr", "R7, P23"),
    ("provinces-and-cities", "cn-hl-2026-gwr", "R8, P26"),
    ("provinces-and-cities", "cn-js-2025-gwr", "R6, P24"),
    ("provinces-and-cities", "cn-js-2026-gwr", "R9, P26"),
    ("provinces-and-cities", "cn-ah-2025-gwr", "R7, P36"),
    ("provinces-and-cities", "cn-ah-2026-gwr", "R8, P31"),
    ("provinces-and-cities", "cn-fj-2025-gwr", "R6, P49"),
    ("provinces-and-cities", "cn-fj-2026-gwr", "R8, P57"),
    ("provinces-and-cities", "cn-jx-2025-gwr", "R6, P19, A69"),
    # Like 湖北 2026, the plan starts with the five-year plan's section (二、“十五五”时期发展的主要考虑).
    ("provinces-and-cities", "cn-jx-2026-gwr", "R9, P28, A74"),
    ("provinces-and-cities", "cn-sd-2025-gwr", "R6, P26"),
    ("provinces-and-cities", "cn-sd-2026-gwr", "R8, P29"),
    ("provinces-and-cities", "cn-hb-2025-gwr", "R6, P24"),
    ("provinces-and-cities", "cn-hb-2026-gwr", "R8, P34"),
    ("provinces-and-cities", "cn-hn-changde-2014-gwr", "R13, P93"),
    ("provinces-and-cities", "cn-hn-changde-2015-gwr", "R16, P104"),
    ("provinces-and-cities", "cn-js-suzhou-2013-gwr", "R14, P44"),
    ("provinces-and-cities", "cn-js-suzhou-2014-gwr", "R14, P44"),
    ("provinces-and-cities", "cn-js-suzhou-2015-gwr", "R13, P43"),
    ("provinces-and-cities", "cn-gd-foshan-2018-gwr", "R16, P42, A154"),
    ("provinces-and-cities", "cn-gd-foshan-2019-gwr", "R14, P40, A146"),
    ("provinces-and-cities", "cn-nm-baotou-2022-gwr", "R13, P55"),
    ("provinces-and-cities", "cn-nm-baotou-2023-gwr", "R13, P45"),
    ("provinces-and-cities", "cn-hn-yongzhou-2020-gwr", "R13, P33, A117"),
    ("provinces-and-cities", "cn-hn-yongzhou-2021-gwr", "R13, P35, A125"),
    ("other-governments", "cn-national-2017-gwr", "R4, P33"),
    ("other-governments", "cn-national-2018-gwr", "R8, P41"),
    ("other-governments", "cn-zj-2025-gwr", "R7, P24"),
    ("other-governments", "cn-zj-2026-gwr", "R8, P31"),
    ("other-governments", "cn-nm-hailar-2016-gwr", "R11, P63"),
    ("other-governments", "cn-nm-hailar-2017-gwr", "R9, P29"),
    ("other-governments", "cn-nm-hailar-2018-gwr", "R11, P35"),
    ("other-governments", "cn-nm-hailar-2019-gwr", "R16, P38"),
    ("seeds", "yuexiu-2018-drc", "R15, P98"),
    ("seeds", "yuexiu-2023-drc", "R14, P78"),
    ("seeds", "yuexiu-2024-drc", "R14, P100"),
    ("seeds", "yuexiu-2024-gwr", "R14, P94, A230"),
    ("seeds", "yuexiu-2026-drc", "R14, P125"),
]


@pytest.fixture(scope="module")
def corpora():
    """Every corpus, read once: the copies under tests/corpora/ and the seeds."""
    folders = {folder.name: folder for folder in sorted(CORPORA.iterdir()) if (folder / "manifest.yaml").is_file()}
    return {name: load_corpus(folder) for name, folder in {**folders, "seeds": SEEDS}.items()}


def test_every_corpus_and_the_seeds_load_without_part_overrides(corpora):
    assert {"national-1990s", "provinces-and-cities", "other-governments", "seeds"} <= corpora.keys()
    for name, corpus in corpora.items():
        assert not corpus.skipped, name
        assert all(entry.parts is None for entry in corpus.entries), f"{name} sets parts by hand"
        assert all(doc.part(PartKind.REVIEW) and doc.part(PartKind.PLAN) for doc in corpus), name


def test_every_report_is_in_the_table(corpora):
    listed = {(corpus, report) for corpus, report, _ in PARTS}
    assert {(name, entry.id) for name, corpus in corpora.items() for entry in corpus.entries} <= listed


@pytest.mark.parametrize("corpus, report, lines", PARTS)
def test_parts_begin_where_a_careful_reader_finds_them(corpora, corpus, report, lines):
    doc = corpora[corpus][report]
    found = ", ".join(f"{p.kind.value[0].upper()}{doc.position(p.start).line}"
                      for p in doc.parts if p.kind is not PartKind.PREAMBLE)
    assert found == lines


@pytest.mark.parametrize("report, line, words", [
    # The review's heading holds the coming year's line of work; the plan turns to it in a paragraph.
    ("cn-national-1994-gwr", 34, "it turns to 1994"),
    ("cn-national-1995-gwr", 50, "it turns to 1995"),
    ("cn-national-1997-gwr", 34, "it turns to 1997"),
    # Topic headings without a plan word after the review.
    ("cn-national-1993-gwr", 54, "the top-level heading after the review"),
])
def test_a_part_the_engine_chose_is_named_in_a_warning(corpora, report, line, words):
    corpus = corpora["national-1990s"]
    (warning,) = [w for w in corpus.warnings if w.file.endswith(f"{report}.txt")]
    assert warning.line == line and warning.code == "part-guessed"
    assert "no heading names the plan part" in warning.message and words in warning.message


def test_a_slogan_over_the_review_is_its_heading_with_a_warning(corpora):
    corpus = corpora["provinces-and-cities"]
    doc = corpus["cn-fj-2025-gwr"]
    assert doc.part(PartKind.REVIEW).heading == "一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效"
    review, plan = [w for w in corpus.warnings if w.file.endswith("cn-fj-2025-gwr.txt")]
    assert (review.line, plan.line) == (6, 49)
    assert "its first paragraph looks back on the year" in review.message


def test_the_headline_targets_of_the_1990s_stand_in_the_plan_of_their_year(corpora):
    corpus = corpora["national-1990s"]
    for report, quote, year in [("cn-national-1994-gwr", "今年计划国内生产总值增长百分之九", 1994),
                                ("cn-national-1995-gwr", "今年经济增长速度的宏观调控目标，定为百分之八至九", 1995),
                                ("cn-national-1997-gwr", "今年我国将恢复对香港行使主权", 1997),
                                ("cn-national-1993-gwr", "国民生产总值计划增长百分之八", 1993)]:
        loc = corpus[report].locate(quote)
        assert loc.part.kind is PartKind.PLAN and loc.part.year == year, report
    # What the 1994 report says of 1993 stays in its review.
    loc = corpus["cn-national-1994-gwr"].locate("国民经济快速增长")
    assert loc.part.kind is PartKind.REVIEW and loc.part.year == 1993


def test_glossaries_and_numbered_notes_are_appendices_not_plan_text(corpora):
    corpus = corpora["provinces-and-cities"]
    notes = corpus["cn-gd-foshan-2018-gwr"].locate("7家企业入围")
    assert notes.position.line == 155 and notes.part.kind is PartKind.APPENDIX
    glossary = corpus["cn-jx-2025-gwr"].locate("《政府工作报告》有关内容名词注释")
    assert glossary.part.kind is PartKind.APPENDIX
    plan = corpus["cn-jx-2025-gwr"].sentences(PartKind.PLAN)
    assert not any("名词注释" in s.text for s in plan)


@pytest.mark.parametrize("raw, blocks", [
    ("“十四五”时期发展成就和2025年工作回顾\n“十四五”时期极不平凡。\n",
     ["“十四五”时期发展成就和2025年工作回顾", "“十四五”时期极不平凡。"]),
    ("附件\n《政府工作报告》有关内容名词注释\n1.“两重”：国家重大战略。\n",
     ["附件", "《政府工作报告》有关内容名词注释", "1.“两重”：国家重大战略。"]),
    ("**2018年工作安排**\n\n今年主要预期目标是：增长8%。\n", ["2018年工作安排", "今年主要预期目标是：增长8%。"]),
    # Lines that are no title still join the paragraph they belong to.
    ("一是\n去年出台的调价项目比较多。\n", ["一是去年出台的调价项目比较多。"]),
    ("认真落实《\n中国教育改革和发展纲要\n》，加快发展。\n", ["认真落实《中国教育改革和发展纲要》，加快发展。"]),
])
def test_a_heading_without_a_numeral_stands_alone(raw, blocks):
    layout = lay_out(raw)
    assert [layout.text[b.start:b.end] for b in layout.blocks] == blocks


_HEADINGS = st.sampled_from(["一、2023年工作回顾", "二、2024年工作安排", "二、保持经济持续健康发展", "三、加强政府自身建设",
                             "2023年工作回顾", "2024年重点工作", "附件", "**注释：**", "过去一年", "新的一年"])
_PARAGRAPHS = st.sampled_from(["全年新增就业2.7万人。", "过去一年，新建5个口袋公园。", "今年主要预期目标是：增长5%左右。",
                               "各位代表！2024年是关键之年。", "一是", "[1] “四上”企业：规模以上企业。",
                               "[2] 名词。", "认真落实《", "纲要", "》，加快发展。", "新建公园，", ""])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_HEADINGS, _PARAGRAPHS), min_size=1, max_size=14))
def test_parts_follow_each_other_and_titles_stand_alone(tmp_path_factory, pieces):
    raw = "\n".join(pieces) + "\n"
    layout = lay_out(raw)
    lines = raw.split("\n")
    for block in layout.blocks:
        if len(block.lines) > 1 and block.kind is Kind.PROSE and is_title(lines[block.lines[0] - 1].strip()):
            # a title that starts a paragraph joins nothing, unless what follows plainly continues it ("》，…")
            assert lines[block.lines[1] - 1].strip()[:1] in "》，、；。：”）"
    folder = tmp_path_factory.mktemp("report")
    (folder / "r.txt").write_text(raw, encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "reports:\n  - {id: r, file: r.txt, region: 某市, body: 某市人民政府, title: 报告, delivered: 2024-02-04,"
        " reviews: 2023, plans: 2024}\n", encoding="utf-8")
    corpus = load_corpus(folder, lazy=True)
    docs = corpus.documents
    if not docs:  # no review part: refused, with the line to add to the manifest
        assert [p.code for p in corpus.skipped] == ["no-part"]
        return
    (doc,) = docs
    kinds = [p.kind for p in doc.parts]
    assert kinds == sorted(kinds, key=[PartKind.PREAMBLE, PartKind.REVIEW, PartKind.PLAN, PartKind.APPENDIX].index)
    assert len(set(kinds)) == len(kinds) and PartKind.REVIEW in kinds
    assert doc.parts[0].start == 0 and doc.parts[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.parts, doc.parts[1:]))
    for part in doc.parts:  # every part starts at the start of a block, never inside a paragraph
        assert part.start in {b.start for b in layout.blocks} or part.kind is PartKind.PREAMBLE
    if PartKind.PLAN not in kinds:
        assert any(w.code == "no-part" for w in doc.warnings)
    assert all(w.line and w.file.endswith("r.txt") for w in doc.warnings if w.code == "part-guessed")


def _scope_at(doc, quote):
    loc = doc.locate(quote)
    sentence = next(s for s in doc.sentences() if s.start <= loc.start < s.end)
    return doc.scope(sentence)


@pytest.mark.parametrize("corpus, report, quote, scope", [
    # A salutation of its own ("各位代表！") does not take the period from the words after it.
    ("national-1990s", "cn-national-1993-gwr", "五年来，我们完成了第七届全国人民代表大会所确定的任务", "several_years"),
    ("national-1990s", "cn-national-1993-gwr", "在肯定成绩的同时，我们也清醒地看到，工作中还有缺点和失误", "several_years"),
    ("provinces-and-cities", "cn-nm-2025-gwr", "回顾过去这一年", "year"),
    ("provinces-and-cities", "cn-nm-baotou-2023-gwr", "这一年，在市委的坚强领导下", "year"),
    # Five-year paragraphs: 这五年, 五年历程, a government's term (本届政府, 市十五届人大一次会议以来).
    ("provinces-and-cities", "cn-nm-2026-gwr", "——这五年综合经济实力大幅提升", "several_years"),
    ("provinces-and-cities", "cn-nm-2026-gwr", "五年历程极不寻常", "several_years"),
    ("provinces-and-cities", "cn-nm-baotou-2022-gwr", "地区生产总值年均增长6%", "several_years"),
    ("provinces-and-cities", "cn-nm-baotou-2022-gwr", "2021年是中国共产党成立100周年", "year"),
    ("provinces-and-cities", "cn-nm-2026-gwr", "刚刚过去的2025年", "year"),
    # The period a paragraph names last goes on: "2025年是“十四五”收官之年。五年来，…" then "——…实现新跃升。"
    ("provinces-and-cities", "cn-sd-2026-gwr", "千亿县超过30个，常住人口城镇化率达到67.5%", "several_years"),
    # Last year recapped in the plan part is that year; the turn to the new one is not.
    ("other-governments", "cn-national-2017-gwr", "过去一年，国防和军队改革取得重大突破", "year"),
    ("other-governments", "cn-national-2017-gwr", "新的一年，我们要继续坚持以党在新形势下的强军目标为引领", "coming"),
    ("national-1990s", "cn-national-1997-gwr", "过去的一年，台湾海峡两岸人员往来增多", "year"),
])
def test_the_period_a_sentence_speaks_of(corpora, corpus, report, quote, scope):
    assert _scope_at(corpora[corpus][report], quote).value == scope


def test_plan_sentences_that_recap_nothing_have_no_period(corpora):
    doc = corpora["other-governments"]["cn-national-2017-gwr"]
    plan = doc.sentences(PartKind.PLAN)
    recaps = [s for s in plan if doc.scope(s) is not None]
    assert recaps and len(recaps) < len(plan) / 10
    assert _scope_at(doc, "今年发展的主要预期目标是") is None


def _parts_of(folder, raw):
    (folder / "r.txt").write_text(raw, encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "reports:\n  - {id: r, file: r.txt, region: 某市, body: 某市人民政府, title: 报告, delivered: 2024-02-04,"
        " reviews: 2023, plans: 2024}\n", encoding="utf-8")
    doc = load_corpus(folder)["r"]
    return ", ".join(f"{p.kind.value[0].upper()}{doc.position(p.start).line}"
                     for p in doc.parts if p.kind is not PartKind.PREAMBLE)


@pytest.mark.parametrize("raw, lines", [
    # A second review heading does not close the review.
    ("一、2023年经济社会发展回顾\n全年增长5%。\n二、2023年政府自身建设情况\n全年精简文件。\n三、2024年工作安排\n新建5个公园。\n",
     "R1, P5"),
    # A topic line without a year, however it is worded, opens no part.
    ("一、2023年工作回顾\n扎实推进重点工作\n全年新增就业2.7万人。\n二、2024年工作安排\n新建5个公园。\n", "R1, P4"),
    # The review's heading holds the coming year's work; no heading after it names the plan.
    ("一、2023年工作的回顾和2024年工作的基本方针\n去年增长5%。\n各位代表！\n2024年是关键之年。\n二、保持经济平稳发展\n新建5个公园。\n",
     "R1, P4"),
    # No paragraph turns to the year: the heading after the review starts the plan.
    ("一、改革发展取得伟大成就的五年\n五年来增长很快。\n二、争取经济再上新台阶\n新建5个公园。\n", "R1, P3"),
])
def test_where_the_plan_starts(tmp_path, raw, lines):
    assert _parts_of(tmp_path, raw) == lines


def test_a_review_heading_that_names_the_coming_year_holds_the_start_of_the_plan(tmp_path):
    raw = ("一、2023年工作回顾和2024年工作的总体要求\n去年增长5%。\n今年工作的总体要求是：稳中求进。\n"
           "二、2024年的主要任务\n新建5个公园。\n")
    assert _parts_of(tmp_path, raw) == "R1, P3"


def test_a_heading_naming_this_year_opens_the_plan(tmp_path):
    raw = "一、过去五年政府工作回顾\n五年来增长很快。\n二、对今年政府工作的建议\n新建5个公园。\n"
    assert _parts_of(tmp_path, raw) == "R1, P3"
    assert not load_corpus(tmp_path).warnings
