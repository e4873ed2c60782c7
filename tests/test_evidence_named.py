"""What the review names a figure's thing decides whether it is the pledge's (issue 19): a word written inside the
pledged name makes another thing of it unless it says how the thing is measured (规上装备工业增加值 is a part of
规上工业增加值; 粮食总产量 is 粮食产量); the length a thing reaches is how long it is, not what the year added; and a
rule whose evidence words leave the plan's qualifiers off (`check: evidence`, `qualifiers`) gives its finding where
the review names the thing with them, as a user writes such a rule in YAML too."""

from pledgetrack import audit, load_corpus, load_rules

PLAN = ("一、2023年工作回顾\n全年经济平稳。\n二、2024年工作安排\n"
        "规上工业增加值增长5%左右。粮食产量600万吨以上。新增公交专用道11.8公里。改造城镇老旧小区50个。\n")
REVIEW = ("一、2024年工作回顾\n规上装备工业增加值增长8.4%。粮食总产量612万吨。中心城区公交专用道达157.2公里。"
          "老旧小区改造80个。\n二、2025年工作安排\n新建5个公园。\n")
MANIFEST = "reports:\n" + "".join(
    f"  - {{id: {i}, file: {i}.txt, region: 某市, body: 某市人民政府, title: 报告{i}, delivered: {d}, reviews: {y - 1},"
    f" plans: {y}}}\n" for i, d, y in (("a", "2024-01-20", 2024), ("b", "2025-01-20", 2025)))
RULES = """pledges:
- {id: industry, year: 2024, quote: 规上工业增加值增长5%左右, evidence: [规上工业增加值]}
- {id: grain, year: 2024, quote: 粮食产量600万吨以上, evidence: [粮食产量]}
- {id: bus-lanes, year: 2024, quote: 新增公交专用道11.8公里, evidence: [公交专用道]}
- id: grain-output
  year: 2024
  quote: 粮食产量600万吨以上
  evidence: {all: [产量], qualifiers: [粮食]}
  check: {evidence: 产量 leaves 粮食 off}
- id: estates
  year: 2024
  quote: 改造城镇老旧小区50个
  evidence: {all: [老旧小区], qualifiers: [城镇]}
  check: {evidence: 老旧小区 leaves 城镇 off}
"""


def test_what_the_review_names_the_figures_thing_decides(tmp_path):
    for name, text in (("a.txt", PLAN), ("b.txt", REVIEW), ("manifest.yaml", MANIFEST), ("rules.yaml", RULES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    graded = {v.id: v for v in audit(corpus=corpus, rules=load_rules([tmp_path / "rules.yaml"], corpus))}
    assert graded["industry"].grade.value == "unverifiable"  # 装备 inside: equipment industry alone, never 8.4 %
    assert (graded["grain"].grade.value, graded["grain"].chosen.quantity.text) == ("met", "612万吨")  # 总 inside
    assert graded["bus-lanes"].grade.value == "unverifiable"  # 157.2 km is all there are, not 2024's 11.8 km
    assert graded["grain-output"].grade.value == "met"  # the review names it 粮食总产量: the doubt is settled
    assert (graded["estates"].grade.value, graded["estates"].reason.value) == ("unverifiable", "unsigned")
