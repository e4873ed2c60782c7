"""The bundled corpus read as the reports print it: ids, years, parts, joins, footnotes, sections, tables."""

import datetime
from pathlib import Path

import pytest
from written_reports import write_reports

from pledgetrack.corpus import PartKind, Position, Scope

# (id, file, reviews, plans, original line of the review heading, of the plan heading), checked by eye.
REPORTS = [
    ("yuexiu-2018-drc", "004_b16fd38e4619594e.txt", 2017, 2018, 15, 98),
    ("yuexiu-2023-drc", "001_20696fd577642caa.txt", 2022, 2023, 14, 78),
    ("yuexiu-2024-drc", "000_28089b04ea009273.txt", 2023, 2024, 14, 100),
    ("yuexiu-2024-gwr", "002_9ca700a9709ab20f.txt", 2023, 2024, 14, 94),
    ("yuexiu-2026-drc", "003_25a2954fc9f887d0.txt", 2025, 2026, 14, 125),
]


def test_the_five_reports_load_with_their_ids_and_years(corpus):
    assert [(d.id, d.info.file, d.reviews, d.plans) for d in corpus] == [r[:4] for r in REPORTS]
    assert corpus.years_reviewed == (2017, 2022, 2023, 2025)
    assert corpus.years_planned == (2018, 2023, 2024, 2026)
    assert [d.id for d in corpus.reviewing(2023)] == ["yuexiu-2024-drc", "yuexiu-2024-gwr"]
    assert corpus["yuexiu-2018-drc"].info.delivered == datetime.date(2018, 2, 8)
    assert all(d.info.encoding == "utf-8" for d in corpus)


def test_unknown_id_says_what_was_meant(corpus):
    with pytest.raises(KeyError, match="did you mean 'yuexiu-2024-gwr'"):
        corpus["yuexiu-2024-gwx"]


@pytest.mark.parametrize("id, file, reviews, plans, review_line, plan_line", REPORTS)
def test_one_review_and_one_plan_part_at_their_headings(corpus, id, file, reviews, plans, review_line, plan_line):
    doc = corpus[id]
    kinds = [p.kind for p in doc.parts]
    assert kinds.count(PartKind.REVIEW) == 1 and kinds.count(PartKind.PLAN) == 1
    review, plan = doc.part(PartKind.REVIEW), doc.part(PartKind.PLAN)
    assert (doc.position(review.start).line, review.year) == (review_line, reviews)
    assert (doc.position(plan.start).line, plan.year) == (plan_line, plans)
    assert review.end == plan.start
    assert review.heading.startswith("一、") and plan.heading.startswith("二、")


def test_parts_cover_the_text_in_order(corpus):
    for doc in corpus:
        assert doc.parts[0].start == 0 and doc.parts[-1].end == len(doc.text)
        assert all(a.end == b.start for a, b in zip(doc.parts, doc.parts[1:]))


def test_title_in_the_preamble_is_no_part_heading(corpus):
    # "…执行情况与2023年计划草案的报告" (a markdown '#' title in 001) stays in the preamble.
    doc = corpus["yuexiu-2023-drc"]
    title = doc.locate("关于广州市越秀区2022年国民经济和社会发展规划执行情况与2023年计划草案的报告")
    assert title.part.kind is PartKind.PREAMBLE and title.position == Position(3, 3)


def test_gwr_third_heading_stays_in_the_plan_and_the_glossary_is_an_appendix(corpus):
    doc = corpus["yuexiu-2024-gwr"]
    assert doc.locate("三、进一步提升政府治理体系").part.kind is PartKind.PLAN
    appendix = doc.part(PartKind.APPENDIX)
    assert (doc.position(appendix.start).line, appendix.heading) == (230, "附件：")
    assert doc.locate("名词解释").part.kind is PartKind.APPENDIX
    assert doc.part(PartKind.PLAN).end == appendix.start


@pytest.mark.parametrize("id, quote, line, column", [
    ("yuexiu-2024-gwr", "提供就业岗位超9.7万个", 66, 24),  # "提供就业岗" / blank / "位超 9.7 万个"
    ("yuexiu-2024-gwr", "商事主体总量增至24.3万户", 18, 78),
    ("yuexiu-2023-drc", "持续优化企业诉求快速响应机制", 26, 107),
    ("yuexiu-2023-drc", "推进区中医院按三级医院标准建设", 158, 132),  # across '---' and a <sup>1</sup> footnote
    ("yuexiu-2024-drc", "新增“四上”企业378家，现有“四上”企业超4000家", 32, 207),  # across footnotes ¹ ²
    ("yuexiu-2024-drc", "构建“共管共治、共建共享”格局", 152, 40),
    ("yuexiu-2018-drc", "实现全区公办小学下午课后校内托管全覆盖。推进17中创建", 178, 140),  # next line starts "。"
    ("yuexiu-2026-drc", "更新老化燃气管道20公里", 187, 254),
])
def test_page_breaks_are_joined_and_cite_the_first_line(corpus, id, quote, line, column):
    doc = corpus[id]
    loc = doc.locate(quote)
    assert loc is not None and loc.text == quote
    assert loc.position == Position(line, column)
    assert doc.raw.splitlines()[line - 1][column - 1] == quote[0]
    assert "\n" not in loc.text


def test_a_broken_run_in_heading_is_joined(corpus):
    # 002 line 158 "（六）…，持续优化城" / blank / "区功能品质。坚持人民城市…"
    doc = corpus["yuexiu-2024-gwr"]
    section = [s for s in doc.sections if s.title.startswith("（六）")][-1]
    assert section.title == "（六）坚定不移提升城市规划建设管理水平，持续优化城区功能品质"
    assert any(s.text.startswith("坚持人民城市人民建") for s in doc.sentences(PartKind.PLAN))


def test_footnotes_leave_the_text_and_their_markers_go(corpus):
    doc = corpus["yuexiu-2024-drc"]
    assert doc.footnotes["1"].startswith("广州市于2023年1月下达越秀区“十四五”单位GDP能耗累计下降率任务为14.5%")
    assert doc.footnotes["8"] == "新技术、新产业、新业态、新模式。"
    assert "暂未下达2023年度任务" not in doc.text
    assert not any(c in doc.text for c in "¹²³⁴⁵⁶⁷⁸⁹")
    assert doc.locate("全省首创PDCA工作模式") is not None  # "PDCA⁵工作模式"
    assert corpus["yuexiu-2023-drc"].footnotes == {"1": "家庭、学校、社会、网络、政府、司法。"}
    assert "<sup>" not in corpus["yuexiu-2023-drc"].text and "**" not in corpus["yuexiu-2023-drc"].text
    assert corpus["yuexiu-2026-drc"].footnotes["26"].startswith("公安机关为提升社会面巡防管控效能")
    assert corpus["yuexiu-2018-drc"].footnotes["4"] == "NEM产业是指新能源、新材料产业。"  # "⁴NEM产业…", no space


def test_markup_and_spacing_are_normalised(corpus):
    assert "社会发展计划执行情况" in corpus["yuexiu-2026-drc"].text  # "社会发 展计划" in the title
    gwr = corpus["yuexiu-2024-gwr"].text
    assert "PM2.5、PM10指标" in gwr  # "PM_{2.5}、PM₁₀ 指标"
    assert "Contract Research Organizations" in gwr  # Latin words keep their spaces
    assert "PM2.5均值浓度" in corpus["yuexiu-2023-drc"].text  # "PM<sub>2.5</sub> 均值浓度"
    assert "组织各类招聘会175场" in corpus["yuexiu-2024-drc"].text


def test_sections_by_level(corpus):
    doc = corpus["yuexiu-2024-drc"]
    assert [s.title for s in doc.sections if s.level == 1] == [
        "一、2023年国民经济和社会发展规划执行情况", "二、2024年国民经济和社会发展规划安排建议"]
    assert doc.sections[5].title == "(五)民生福祉持续增进,社会大局安全稳定"
    bold = corpus["yuexiu-2023-drc"].sections[1]  # "**（一）积极应对疫情考验，经济活力逐步恢复。**"
    assert (bold.title, bold.level) == ("（一）积极应对疫情考验，经济活力逐步恢复", 2)
    run_in = corpus["yuexiu-2024-gwr"]  # "（一）…落地落实。" then body on the same line
    assert [s.title for s in run_in.sections][1] == "（一）聚焦优格局、促协调，推动重大战略部署落地落实"
    for d in corpus:
        for s in d.sections:
            part = d.part_at(s.start)
            assert part.start <= s.start < s.end <= part.end


def test_sections_and_headings_are_not_sentences(corpus):
    for doc in corpus:
        starts = {s.start for s in doc.sentences()}
        for section in doc.sections:
            assert section.start not in starts
        for table in doc.tables:
            assert not any(table.start <= s.start < table.end for s in doc.sentences())


def test_every_sentence_lies_inside_exactly_one_part(corpus):
    for doc in corpus:
        for sentence in doc.sentences():
            holding = [p for p in doc.parts if p.start <= sentence.start and sentence.end <= p.end]
            assert len(holding) == 1, sentence
            assert doc.text[sentence.start:sentence.end] == sentence.text
        by_kind = sum(len(doc.sentences(kind)) for kind in PartKind)
        assert by_kind == len(doc.sentences())


def test_sentences_and_clauses_as_printed(corpus):
    doc = corpus["yuexiu-2024-gwr"]
    sentence = doc.sentences(PartKind.REVIEW)[0]
    assert sentence.text == "2023年是全面贯彻党的二十大精神开局之年，是三年新冠疫情防控转段后经济恢复发展的一年。"
    assert [c.text for c in sentence.clauses()] == [
        "2023年是全面贯彻党的二十大精神开局之年，", "是三年新冠疫情防控转段后经济恢复发展的一年。"]
    quoted = next(s for s in corpus["yuexiu-2024-drc"].sentences() if s.text.startswith("建立重点项目“1+2”"))
    assert "紧抓“每周一微、每月一报”机制协调解决消防审批等瓶颈问题，" in [c.text for c in quoted.clauses()]
    for s in doc.sentences():
        assert "".join(c.text for c in s.clauses()) == s.text


TABLE_000 = [
    ("地区生产总值", "增长4.5%左右", "3810.24亿元", "增长4.5%"),
    ("社会消费品零售总额", "增长5.5%左右", "1329.57亿元", "增长8.7%"),
    ("一般公共预算收入", "增长5.7%", "57.64亿元", "增长7.3%"),
    ("城镇新增就业人数", "完成市下达目标(2023年市下达目标为18500人)", "27040人", "——"),
    ("单位GDP能耗下降率", "完成市下达目标", "——", "——"),
]
TABLE_003 = [
    ("地区生产总值", "增长4.0%左右", "3545.13亿元", "3.4%"),
    ("社会消费品零售总额", "增长3%", "1129.29亿元", "-1.3%"),
    ("一般公共预算收入", "可比持平", "63.59亿元", "可比增长0.12%"),
    ("城镇新增就业人数", "完成市下达目标(2025年为2万人)", "21666人", "——"),
    ("单位GDP能耗下降率", "完成市下达目标", "——", "——"),
]
TABLE_004 = [
    ("地区生产总值（简称“GDP”）", "6.5%左右", "3193亿元", "6.1%"),
    ("社会消费品零售总额", "7%左右", "1338亿元", "7.5%"),
    ("一般公共预算收入(按可比口径)", "5%", "54.37亿元", "9.8%"),
    ("城镇居民收入(城镇居民人均可支配收入)", "与经济增长基本同步", "与经济增长基本同步", ""),
    ("常住人口自然增长率", "7‰以内", "5.27‰", "——"),
    ("单位GDP能耗下降率", "3.6%", "预计可完成", "——"),
]


@pytest.mark.parametrize("id, title, year, rows, first_line", [
    ("yuexiu-2024-drc", "2023年主要指标完成情况", 2023, TABLE_000, 22),
    ("yuexiu-2026-drc", "2025年主要指标完成情况", 2025, TABLE_003, 22),
    ("yuexiu-2018-drc", "2017年主要指标完成情况", 2017, TABLE_004, 23),
])
def test_indicator_tables_as_printed(corpus, id, title, year, rows, first_line):
    doc = corpus[id]
    (table,) = doc.tables
    assert (table.title, table.year) == (title, year)
    assert [(r.indicator, r.target, r.absolute, r.growth) for r in table.rows] == rows
    assert table.rows[0].line == first_line
    assert doc.part_at(table.start).kind is PartKind.REVIEW and doc.part_at(table.start).year == year
    for row in table.rows:
        assert doc.position(row.start).line == row.line
        assert doc.text[row.start:row.end].split("\t")[0] == row.indicator


def test_table_rows_carry_their_footnotes(corpus):
    energy = corpus["yuexiu-2024-drc"].tables[0].rows[-1]  # "完成市下达目标 ¹" and "—— ²"
    assert energy.footnotes == (corpus["yuexiu-2024-drc"].footnotes["1"], corpus["yuexiu-2024-drc"].footnotes["2"])
    revenue = corpus["yuexiu-2026-drc"].tables[0].rows[2]  # "可比持平 ¹"
    assert revenue.footnotes[0].startswith("2025年中省调整了对市区财政体制")
    assert corpus["yuexiu-2018-drc"].tables[0].rows[-1].footnotes == ("2017年单位GDP能耗下降率预计2018年6月由市统一公布",)
    assert corpus["yuexiu-2024-drc"].tables[0].rows[0].footnotes == ()


def test_no_original_line_is_lost(corpus):
    # Every line with content is in the text, a footnote, or the one '---' rule of 001.
    for doc in corpus:
        in_text = {doc.position(i).line for i in range(len(doc.text))}
        footnote_lines = {i + 1 for i, line in enumerate(doc.raw.split("\n"))
                          if (line[:1] and line[:1] in "¹²³⁴⁵⁶⁷⁸⁹") or line.startswith("<sup>")}
        for number, line in enumerate(doc.raw.split("\n"), 1):
            if line.strip() and number not in in_text | footnote_lines:
                assert (doc.id, line) == ("yuexiu-2023-drc", "---")
        assert len(doc.footnotes) == len(footnote_lines)


def test_a_heading_on_a_line_of_its_own_after_run_in_headings_stays_a_heading():
    # 海拉尔区 2019: the review runs its headings into the body ("（一）三大攻坚战强力突破。坚决…", line 20); the plan
    # sets them on lines of their own (line 54 "（二）围绕提升城市品质，全力补短板强基础"), its paragraph two lines below.
    from pledgetrack import load_corpus

    doc = load_corpus(Path(__file__).parent / "corpora" / "other-governments")["cn-nm-hailar-2019-gwr"]
    titles = [s.title for s in doc.sections]
    assert "（二）围绕提升城市品质，全力补短板强基础" in titles
    paragraph = doc.raw.splitlines()[55]
    assert any(paragraph.startswith(s.text[:20]) for s in doc.sentences(PartKind.PLAN))


def test_a_heading_on_a_line_of_its_own_keeps_out_a_first_sentence_with_figures():
    # a report that runs its review headings into the body ("（一）…推进。全年…") and sets its plan headings on lines of
    # their own: a short first sentence with figures ("硬化村组道路25公里。") opens the body, it is no rest of the title
    from pledgetrack.corpus.layout import Kind, lay_out

    raw = ("（一）脱贫攻坚扎实推进。全年实现62户171人脱贫。\n"
           "（三）加快基础设施建设\n"
           "硬化村组道路25公里。新建改建桥梁两座。\n")
    layout = lay_out(raw)
    headings = [layout.text[b.start:b.end] for b in layout.blocks if b.kind is Kind.HEADING]
    assert "（三）加快基础设施建设" in headings
    assert not any("道路" in heading for heading in headings)


def test_a_clause_after_a_semicolon_naming_only_a_year_and_a_change_goes_on_the_sentence(tmp_path):
    # "…，五年年均增长11.6%；1997年比上年增长11.2%": the clause after ； names no subject; it is the GDP's growth,
    # said in the sentence before. A clause with a subject of its own after ； is a sentence of its own.
    review = ("一、过去一年的工作回顾\n国内生产总值达到856亿元，五年年均增长11.6%；1997年比上年增长11.2%，连续五年保持两位数增长；"
              "地方财政收入32.6亿元。\n二、1998年工作安排\n国内生产总值增长10%。\n")
    doc = _one_report(tmp_path, review, 1997)
    assert [s.text for s in doc.sentences(PartKind.REVIEW)] == [
        "国内生产总值达到856亿元，五年年均增长11.6%；1997年比上年增长11.2%，连续五年保持两位数增长；", "地方财政收入32.6亿元。"]


def _one_report(tmp_path, text: str, reviews: int = 2023):
    return write_reports(tmp_path, {"r": (reviews, text)}, "某州")["r"]


def test_a_numbered_line_ending_as_a_list_item_is_prose_not_a_title(tmp_path):
    # "州级十件民生实事：（一）…；（二）…；": each item on a line of its own, numbered as a heading is, is a pledge
    doc = _one_report(tmp_path, "一、2023年工作回顾\n全年经济平稳。\n二、2024年工作安排\n办好十件民生实事：\n"
                                "（一）新增公办学位6000个；\n（二）改造城镇老旧小区90个、惠及居民4800户；\n（三）建设县级公共实训基地2个。\n"
                                "（四）聚焦民生实事\n")
    plan = [s.text for s in doc.sentences(PartKind.PLAN)]
    assert "（二）改造城镇老旧小区90个、惠及居民4800户；" in plan and "（三）建设县级公共实训基地2个。" in plan
    assert not any("聚焦民生实事" in text for text in plan)  # a title without a figure stays a title


def test_a_turn_to_several_years_inside_a_numbered_item_of_the_years_review_stays_in_it(tmp_path):
    # "（六）沿边开放迈出新步伐。…“十四五”以来，…年均增长19.6%…": that item's own turn; the next item is the year's again
    doc = _one_report(tmp_path, "一、2023年工作回顾\n（六）沿边开放迈出新步伐。瑞江口岸客货通关全面恢复。“十四五”以来，"
                                "全州外贸进出口总额年均增长19.6%，边民互市贸易转型升级。\n（七）生态环境质量保持优良。完成营造林32万亩。\n"
                                "二、2024年工作安排\n继续努力。\n")
    review = doc.sentences(PartKind.REVIEW)
    afforest = next(s for s in review if "营造林" in s.text)
    assert doc.scope(afforest) is Scope.YEAR
    assert doc.scope(next(s for s in review if "十四五" in s.text)) is Scope.SEVERAL_YEARS


def test_a_turn_inside_an_items_body_holds_to_the_next_item_and_no_further(tmp_path):
    # "一、过去五年和一九九二年工作的回顾": item （二）'s body (its title on a line of its own) turns to the five years after
    # the item's own figures, and so does run-in item （三）; the paragraph after （三）'s in the same item, and item （四）,
    # are the year's
    doc = _one_report(tmp_path, "一、过去五年和一九九二年工作的回顾\n五年来，全区经济实力明显增强。\n去年是改革开放取得重大进展的一年。\n"
                                "（一）国民经济加快发展。\n全区国民生产总值增长百分之十二点三。\n"
                                "（二）农业在灾害中保持稳定。\n农民人均纯收入612元，比上年增加28元。五年来，全区累计解决了一百二十万"
                                "贫困人口的温饱问题。\n"
                                "（三）基础设施和重点建设加快。新建改建公路六百四十公里。五年来，累计新建公路三千公里。\n"
                                "乡镇企业总产值128亿元。\n（四）对外开放迈出新步伐。\n外贸出口3.42亿美元。\n二、1993年的主要任务\n继续努力。\n",
                      1992)
    review = doc.sentences(PartKind.REVIEW)
    scope = {key: doc.scope(next(s for s in review if key in s.text)).value
             for key in ("累计解决", "六百四十公里", "三千公里", "乡镇企业", "外贸出口")}
    assert scope == {"累计解决": "several_years", "六百四十公里": "year", "三千公里": "several_years", "乡镇企业": "year",
                     "外贸出口": "year"}
