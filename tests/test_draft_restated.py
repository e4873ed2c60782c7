"""A target the plans state twice is drafted once, with every place it stands (issue 19): restated in the
plan's own text, or by a second report planning the same year; two things with one figure stay two rules."""

import pytest
from written_reports import write_reports

from pledgetrack import RuleError, audit, build_rules, load_corpus, load_rules
from pledgetrack.draft import draft, drafted_book, drafted_files

PLAN = ("一、2023年工作回顾\n全年新增就业2.7万人。\n二、2024年工作安排\n"
        "主要预期目标是：固定资产投资增长10%左右，解决136万人的饮水安全问题。\n"
        "扩大有效投资。固定资产投资今年要增长10%左右。建设制造业中试服务平台10家，新增公共服务平台10家。\n")
SECOND = ("一、2023年计划执行情况\n全年投资增长8%。\n二、2024年计划安排\n全面解决剩余136万人的饮水安全问题。\n")
REVIEW = ("一、2024年工作回顾\n固定资产投资增长10.2%。解决了140万人的饮水安全问题。\n二、2025年工作安排\n新建5个公园。\n")
MANIFEST = "reports:\n" + "".join(
    f"  - {{id: {i}, file: {i}.txt, region: 某市, body: 某市人民政府, title: 报告{i}, delivered: {d}, reviews: {y - 1},"
    f" plans: {y}}}\n" for i, d, y in (("a", "2024-02-04", 2024), ("c", "2024-02-05", 2024), ("b", "2025-02-04", 2025)))


def _drafted(tmp_path):
    for name, text in (("a.txt", PLAN), ("c.txt", SECOND), ("b.txt", REVIEW), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    return corpus, [d for d in draft(corpus) if d.pledge.year == 2024]


def test_a_restated_target_is_one_rule_with_all_its_places(tmp_path):
    corpus, drafts = _drafted(tmp_path)
    quotes = [d.pledge.quote for d in drafts]
    assert quotes.count("固定资产投资增长10%左右") == 1 and "固定资产投资今年要增长10%左右" not in quotes
    investment = next(d for d in drafts if d.pledge.quote == "固定资产投资增长10%左右")
    where = {corpus[doc].text[start:end] for doc, start, end in investment.places}
    assert where == {"固定资产投资增长10%左右", "固定资产投资今年要增长10%左右"}
    water = [d for d in drafts if "饮水安全" in d.pledge.quote]
    assert len(water) == 1 and {doc for doc, _, _ in water[0].places} == {"a", "c"}  # two reports, one rule
    text = "".join(drafted_files(drafts).values())
    assert "  restated:\n  - 固定资产投资今年要增长10%左右\n" in text
    assert "  restated:\n  - 全面解决剩余136万人的饮水安全问题\n" in text


def test_the_written_rule_read_back_stands_in_every_place_the_target_does(tmp_path):
    corpus, drafts = _drafted(tmp_path)
    folder = tmp_path / "rules"
    for name, text in drafted_files(drafts).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    book = load_rules(sorted(folder.rglob("*.yaml")), corpus)
    investment = next(r for r in book if r.pledge.quote == "固定资产投资增长10%左右")
    assert [(p.document, p.position.line) for p in investment.places] == [("a", 4), ("a", 5)]
    water = next(r for r in book if "饮水安全" in r.pledge.quote)
    assert {p.document for p in water.places} == {"a", "c"}


def test_a_restated_quote_the_plans_do_not_hold_is_refused_at_its_line(tmp_path):
    corpus, _ = _drafted(tmp_path)
    rules = tmp_path / "rules.yaml"
    rules.write_text("pledges:\n- id: fai\n  year: 2024\n  quote: 固定资产投资增长10%左右\n  evidence: [固定资产投资]\n"
                     "  restated: [固定资产投资今年要增长12%左右]\n", encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rules([rules], corpus)
    message = str(raised.value)
    assert "rules.yaml:6:" in message and "restated quote '固定资产投资今年要增长12%左右' does not stand" in message


def test_two_things_with_the_same_figure_stay_two_rules_and_each_rule_grades_once(tmp_path):
    corpus, drafts = _drafted(tmp_path)
    assert [q for q in (d.pledge.quote for d in drafts) if "服务平台" in q] == ["建设制造业中试服务平台10家",
                                                                              "新增公共服务平台10家"]
    book = build_rules([d.pledge for d in drafts], corpus)
    grades = {v.rule.pledge.quote: v.grade.value for v in audit(corpus=corpus, rules=book) if v.rule.year == 2024}
    assert grades["固定资产投资增长10%左右"] == "met" and grades["解决136万人的饮水安全问题"] == "met"


def test_a_goal_of_another_year_is_no_twin_of_the_years_target(tmp_path):
    # the 八五 goals for 1995 (75亿公斤 of grain, 350万吨 of cane) are quoted with their year and graded for it, never
    # with 1992's figures; the year's 70亿公斤, said under a topic, is no twin withheld beside them, and is met
    corpus = write_reports(tmp_path, {
        "plan": (1991, "一、1991年工作回顾\n全年工作顺利完成。\n二、1992年工作安排\n“八五”期间的主要目标是：国民生产总值"
                       "平均每年增长百分之七；到1995年，粮食总产量达到75亿公斤，甘蔗产量达到350万吨。\n要稳定粮食播种面积，"
                       "主攻单产，力争粮食总产量稳定在70亿公斤以上。\n"),
        "review": (1992, "一、1992年工作回顾\n粮食总产量达到72.5亿公斤。甘蔗产量达到300万吨。\n二、1993年工作安排\n继续努力。\n")})
    grades = {v.rule.pledge.quote: v.grade.value for v in audit(corpus, drafted_book(corpus, year=1992))}
    assert grades == {"国民生产总值平均每年增长百分之七": "unverifiable",
                      "到1995年，粮食总产量达到75亿公斤": "unverifiable",
                      "到1995年，粮食总产量达到75亿公斤，甘蔗产量达到350万吨": "unverifiable",
                      "力争粮食总产量稳定在70亿公斤以上": "met"}


def test_a_goal_of_several_years_with_the_years_figure_restates_no_target_of_the_year(tmp_path):
    # the 八五 average (平均每年增长百分之七) and the year's growth (比上年增长百分之七): the same words and figure, two
    # promises; the year's is graded on the year's growth, the five years' for no one year
    corpus = write_reports(tmp_path, {
        "plan": (1991, "一、1991年工作回顾\n全年工作顺利完成。\n二、1992年工作安排\n“八五”期间，全省国民生产总值平均每年增长百分之七。"
                       "今年全省国民生产总值比上年增长百分之七。\n"),
        "review": (1992, "一、1992年工作回顾\n全省国民生产总值比上年增长百分之七点六。\n二、1993年工作安排\n继续努力。\n")})
    graded = {v.rule.pledge.quote: (v.grade.value, v.reason and v.reason.value)
              for v in audit(corpus, drafted_book(corpus, year=1992))}
    assert graded == {"今年全省国民生产总值比上年增长百分之七": ("met", None),
                      "“八五”期间，全省国民生产总值平均每年增长百分之七": ("unverifiable", "other_period")}
