"""A figure in the clause beside a pledge's words stands for it only where it names no other thing (issue 19).

"组建创新联合体15个，省重大科技计划项目…" holds the words of 重大科技项目 and, one clause before, 15 of something
else: that is no outcome of 400 major projects; nor is "3920个新投产项目" after "省市县重点项目完成投资2.8万亿元", a
clause with a figure of its own, though both are 项目. A figure beside the words that names only a deed (拆迁1.4万户
beside 棚户区改造) still is, and so is one counting things of the kind a figure-less clause just before names
("培育发展“四上”企业，入库企业净增1500家").
"""

from pledgetrack import Pledge, audit, build_rules, load_corpus

PLAN = ("一、2017年工作回顾\n全年经济平稳。\n二、2018年工作安排\n"
        "实施重大科技项目400个以上。全力完成今年8008户棚户区改造任务。净增1100家“四上”企业。实施15000个省市县重点项目。\n")
REVIEW = ("一、2018年工作回顾\n发挥企业创新主体作用，组建创新联合体15个，省重大科技计划项目中企业牵头或参与占比超过80%。"
          "全年完成棚户区改造124.1万平方米，拆迁1.4万户。培育发展“四上”企业，入库企业净增1500家。"
          "省市县重点项目完成投资2.8万亿元，3920个新投产项目增加产值5100多亿元。\n"
          "二、2019年工作安排\n新建5个公园。\n")
MANIFEST = "reports:\n" + "".join(
    f"  - {{id: {i}, file: {i}.txt, region: 某市, body: 某市人民政府, title: 报告{i}, delivered: {d}, reviews: {y - 1},"
    f" plans: {y}}}\n" for i, d, y in (("a", "2018-01-20", 2018), ("b", "2019-01-20", 2019)))
RULES = [("projects", "实施重大科技项目400个以上", ["重大科技"]), ("shanty", "全力完成今年8008户棚户区改造任务", ["棚户区改造"]),
         ("firms", "净增1100家“四上”企业", ["“四上”企业", "四上"]), ("key-projects", "实施15000个省市县重点项目", ["重点项目"])]


def _graded(tmp_path):
    for name, text in (("a.txt", PLAN), ("b.txt", REVIEW), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    book = build_rules([Pledge(id=i, year=2018, quote=q, evidence=w) for i, q, w in RULES], corpus)
    return {v.id: v for v in audit(corpus=corpus, rules=book)}


def test_a_figure_beside_the_words_naming_another_thing_is_no_outcome(tmp_path):
    graded = _graded(tmp_path)
    projects = graded["projects"]
    assert projects.grade.value == "unverifiable" and projects.chosen.quantity is None
    assert "15个 (it measures 组建创新联合体)" in projects.explanation
    assert graded["key-projects"].grade.value == "unverifiable"  # never 3920个新投产项目


def test_a_figure_beside_the_words_naming_a_deed_or_the_kind_of_a_topic_before_it_is_the_outcome(tmp_path):
    graded = _graded(tmp_path)
    assert (graded["shanty"].grade.value, graded["shanty"].chosen.quantity.text) == ("exceeded", "1.4万户")
    assert (graded["firms"].grade.value, graded["firms"].chosen.quantity.text) == ("exceeded", "1500家")
