"""--format html: one self-contained page with the counts, the charts, the table and its filters."""

import datetime
import re
import shutil
from decimal import Decimal
from html.parser import HTMLParser

import attrs

from pledgetrack.grading import Reason
from pledgetrack.report.chart import stacked_bars
from pledgetrack.rules.model import Grade
from pledgetrack.report.html import render
from pledgetrack.report.markdown import render as markdown_render

from report_samples import hand_made


class _Page(HTMLParser):
    """Collects what the tests look at: tags with attributes, the rows, the select options."""

    VOID = {"meta", "col", "br", "img", "input", "link", "rect", "circle", "path"}

    def __init__(self, text):
        super().__init__()
        self.tags, self.rows, self.options, self.open = [], [], {}, []
        self._select = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in self.VOID:
            self.open.append(tag)
        if tag == "tr" and "data-grade" in attrs:
            self.rows.append(attrs)
        if tag == "select":
            self._select = attrs["name"]
            self.options[self._select] = []
        if tag == "option":
            self.options[self._select].append(attrs["value"])

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
            self.open.pop()


def test_the_page_needs_nothing_from_the_network(bundled_audit, corpus):
    for result in (bundled_audit, hand_made(corpus)):
        page = render(result)
        parsed = _Page(page)
        assert not [a for t, a in parsed.tags if t != "a" and any("http" in (v or "") for v in a.values())]
        assert not [t for t, a in parsed.tags if t in ("link", "img", "iframe", "object", "embed")]
        assert not [a for t, a in parsed.tags if t == "script" and "src" in a]
        assert "@import" not in page and "url(http" not in page and "@font-face" not in page


def test_the_tags_are_balanced(bundled_audit):
    parsed = _Page(render(bundled_audit))
    assert parsed.open == []


def test_every_pledge_has_a_row_with_its_year_area_and_grade(bundled_audit):
    page = render(bundled_audit)
    rows = _Page(page).rows
    assert sorted(r["id"] for r in rows) == sorted(f"p-{v.id}" for v in bundled_audit)
    by_id = {f"p-{v.id}": v for v in bundled_audit}
    assert all((r["data-year"], r["data-grade"]) == (str(by_id[r["id"]].rule.year), by_id[r["id"]].grade.value)
               for r in rows)
    for verdict in bundled_audit:
        assert verdict.id in page
        if verdict.chosen is not None:
            assert f"({verdict.chosen.document})</span>, line {verdict.chosen.position.line}" in page


def test_findings_come_first_and_awaiting_a_report_last(bundled_audit):
    rows = _Page(render(bundled_audit)).rows
    order = ["missed", "exceeded", "met", "open", "unsigned", "awaiting"]
    buckets = [r["data-bucket"] for r in rows]
    assert buckets == sorted(buckets, key=order.index)
    assert {r["data-grade"] for r in rows if r["data-bucket"] in ("open", "awaiting")} == {"unverifiable"}
    waiting = [v for v in bundled_audit if v.reason is not None and v.reason.value in ("pending", "no_outcome_report")]
    assert buckets.count("awaiting") == len(waiting) > 100


def test_reports_are_cited_by_title_and_id_never_by_file_name(bundled_audit):
    page = render(bundled_audit)
    for doc in bundled_audit.corpus:
        assert doc.info.file not in page
    assert "关于广州市越秀区2023年国民经济和社会发展规划执行情况与2024年计划草案的报告 (yuexiu-2024-drc)" in page


def test_a_report_with_a_url_is_linked(tmp_path):
    from pledgetrack import Pledge, audit, build_rules, load_corpus
    from pledgetrack.corpus import bundled_corpus

    url = "https://www.yuexiu.gov.cn/report?id=1&x=2"
    for name in ("001_20696fd577642caa.txt", "000_28089b04ea009273.txt"):
        shutil.copyfile(bundled_corpus() / name, tmp_path / name)  # byte for byte
    (tmp_path / "manifest.yaml").write_text(
        "reports:\n"
        "  - {id: plan-2023, file: 001_20696fd577642caa.txt, region: 广东省广州市越秀区, body: 发改局, title: 计划,\n"
        "     delivered: 2023-02-07, reviews: 2022, plans: 2023}\n"
        "  - {id: review-2023, file: 000_28089b04ea009273.txt, region: 广东省广州市越秀区, body: 发改委, title: 执行情况,\n"
        f"     delivered: 2024-02-04, reviews: 2023, plans: 2024, url: '{url}'}}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])], corpus)
    page = render(audit(corpus, book, as_of=datetime.date(2026, 11, 21)))
    link = '<a href="https://www.yuexiu.gov.cn/report?id=1&amp;x=2" rel="noopener"><span lang="zh">执行情况 (review-2023)'
    assert page.count(link) == 2  # in the list of reports, and citing the evidence
    assert '<span lang="zh">计划 (plan-2023)</span>' in page  # no url: no link


def test_no_absolute_path_of_this_machine_is_shown(bundled_audit):
    page = render(bundled_audit)
    assert str(bundled_audit.corpus.root) not in page and "/work/" not in page and "/home/" not in page


def test_the_title_names_the_corpus_and_the_rule_book(bundled_audit):
    page = render(bundled_audit)
    assert "<title>Pledge scorecard: 广东省广州市越秀区</title>" in page
    assert "seeds/manifest.yaml" in page
    for file in bundled_audit.rules.files:
        assert "/".join(file.split("/")[-2:]) in page
    assert "guangzhou-yuexiu/</code> (6 files)" in page


def test_the_filters_offer_every_year_area_and_grade(bundled_audit):
    parsed = _Page(render(bundled_audit))
    assert parsed.options["year"] == ["", *map(str, sorted({v.rule.year for v in bundled_audit}))]
    assert parsed.options["area"] == ["", *dict.fromkeys(v.rule.pledge.area or "(no area)" for v in bundled_audit)]
    assert parsed.options["grade"] == ["", "missed", "exceeded", "met", "unverifiable", "open", "unsigned",
                                       "awaiting"]
    total = len(bundled_audit)
    assert f'data-template="{{shown}} of {{total}} pledges shown">{total} of {total} pledges shown</output>' in render(bundled_audit)


def test_the_charts_are_inline_svg_whose_segments_add_up_to_the_counts(bundled_audit):
    page = render(bundled_audit)
    for chart in ("by-year", "by-area"):
        svg = page.split(f'<svg id="{chart}"', 1)[1].split("</svg>", 1)[0]
        waiting = sum(v.reason is not None and v.reason.value in ("pending", "no_outcome_report")
                      for v in bundled_audit)
        expected = {g.value: n for g, n in bundled_audit.counts().items()}
        expected |= {"unverifiable": expected["unverifiable"] - waiting, "awaiting report": waiting}
        for label, n in expected.items():
            shown = sum(int(m) for m in re.findall(rf"<title>[^<]*: (\d+) {label}</title>", svg))
            assert shown == n, (chart, label)


def test_counts_and_bar_segments_are_links_that_filter(corpus):
    page = render(hand_made(corpus))
    for name, n in (("missed", 1), ("exceeded", 1), ("met", 1), ("open", 1), ("awaiting", 1)):
        assert re.search(rf'<a class="count {name}" id="count-{name}" href="#grade={name}"><span class="n">{n}</span>',
                         page)
    assert '<a href="#year=2023&amp;grade=missed" aria-label="2023: 1 missed">' in page
    assert '<a href="#area=%E5%B0%B1%E4%B8%9A&amp;grade=missed" aria-label="就业: 1 missed">' in page
    assert "URLSearchParams(location.hash.slice(1))" in page and "history.replaceState" in page


def test_a_filtered_export_says_so_at_the_top(corpus):
    result = hand_made(corpus)
    page = render(attrs.evolve(result, verdicts=result.verdicts[:1], selection="--grade missed"))
    scope = ('<p class="scope" id="scope" role="note">Only the pledges selected with --grade missed: '
             "1 of the rule book&#x27;s 5. Every count here is of this one only.</p>")
    assert scope in page and page.index(scope) < page.index('<section class="counts"')
    assert 'aria-label="grade counts of the pledges shown"' in page
    assert 'class="scope"' not in render(result)


def test_the_method_states_the_values_used_and_the_foot_the_version(bundled_audit):
    page = render(bundled_audit)
    method = page.split('<section id="method">', 1)[1].split("</section>", 1)[0]
    assert "<h2>How pledges are graded</h2>" in method
    assert "±10%" in method and "more than 10% of the target" in method
    for topic in ("Ceilings", "Estimates", "Awaiting report", "Unverifiable"):
        assert f"<dt>{topic}</dt>" in method
    for reason in ("pending", "no_outcome_report", "no_evidence", "incomparable", "target_unresolved",
                   "no_figure", "undecided", "conflict", "not_completed"):
        assert f"{reason}: " in method
    assert re.search(r"<footer>Made with pledgetrack \d+\.\d+\.\d+ · as of 2026-11-21</footer>", page)


def test_numbers_are_written_as_people_write_them(corpus):
    page = render(hand_made(corpus))
    row = page.split('<tr id="p-sample-2023-invest"', 1)[1].split("</tr>", 1)[0]
    assert "more than 39 亿元" in row and "45.4 亿元 (×1.1641025641025641025641025641)" in row
    assert "3900000000" not in page and "4540000000" not in page


def test_no_figure_of_the_bundled_audit_is_written_out_in_full(bundled_audit):
    assert not re.findall(r"(?<![\d.])\d{7,}(?![\d])", render(bundled_audit))


def test_chinese_fonts_of_every_system_phone_layout_and_print(bundled_audit):
    page = render(bundled_audit)
    for font in ('"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"'):
        assert font in page.split("font-family:", 1)[1].split(";", 1)[0]
    assert "@media (max-width:700px)" in page and "td[data-label]::before" in page
    assert "@media print" in page and "break-after:avoid" in page
    assert '<td data-label="evidence">' in page


def test_a_grade_is_never_told_by_colour_alone(corpus):
    page = render(hand_made(corpus))
    for grade in ("missed", "exceeded", "met"):
        assert re.search(rf'<span class="grade {grade}">. {grade}</span>', page)
    assert '<span class="grade open">? unverifiable</span>' in page
    assert '<span class="grade awaiting">… unverifiable: awaiting report</span>' in page
    for name, label in (("missed", "missed"), ("open", "unverifiable"), ("awaiting", "awaiting report")):
        assert re.search(rf'<a class="count {name}"[^>]*><span class="n">\d+</span>. {label}', page)
    legend = page.split('<g class="legend">', 1)[1].split("</g>", 1)[0]
    assert ["missed", "exceeded", "met", "unverifiable", "to sign off", "awaiting report"] == re.findall(
        r">([\w ]+)</text>", legend)


def test_a_finding_withheld_until_its_rule_is_signed_off_is_counted_apart_from_what_the_reports_leave_open(corpus):
    result = hand_made(corpus)
    missed = result.verdicts[0]
    pledge = attrs.evolve(missed.rule.pledge, drafted=True, check={"evidence": "'招聘会' may name another thing"})
    withheld = attrs.evolve(missed, rule=attrs.evolve(missed.rule, pledge=pledge), grade=Grade.UNVERIFIABLE,
                            reason=Reason.UNSIGNED)
    page = render(attrs.evolve(result, verdicts=(withheld, *result.verdicts[1:])))
    assert '<span class="grade unsigned">✎ unverifiable: rule to sign off</span>' in page
    assert re.search(r'<a class="count unsigned"[^>]*><span class="n">1</span>✎ to sign off', page)
    assert re.search(r'<a class="count open"[^>]*><span class="n">1</span>', page)  # the 口袋公园 pledge only
    assert 'data-grade="unverifiable" data-bucket="unsigned"' in page
    text = markdown_render(attrs.evolve(result, verdicts=(withheld, *result.verdicts[1:])))
    assert "| … of which to sign off (a drafted rule's finding withheld) | 1 |" in text


def test_every_text_from_a_report_or_rule_is_escaped(corpus):
    page = render(hand_made(corpus))
    assert page.count("<script") == 1  # the page's own filter script
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "招聘&lt;会&gt;" in page and "行\\x07注" in page and "\x07" not in page


def test_a_bar_is_as_long_as_its_share_of_the_longest():
    svg = stacked_bars("t", "test", {"a": {"met": 3, "missed": 1}, "b": {"met": 1}})
    widths = [Decimal(w) for w in re.findall(r'<rect class="seg \w+" x="[\d.]+" y="\d+" width="([\d.]+)"', svg)]
    assert widths == [110, 330, 110]


def test_the_bundled_notes_shown_to_the_public_speak_of_evidence_not_of_the_engine(bundled_audit):
    engine = re.compile(r"引擎|解析器|关键词|词表|完成词|exclude|measure|exceed_margin|target|trend|any 里|"
                        r"pending|no_outcome_report|no_figure|not_completed")
    for verdict in bundled_audit:
        assert not engine.search(verdict.rule.pledge.note), (verdict.id, verdict.rule.pledge.note)
    page = render(bundled_audit)
    assert page.count('<div class="note">Note: ') == sum(bool(v.rule.pledge.note) for v in bundled_audit)


def test_a_figure_the_report_gives_as_an_estimate_is_marked_so(corpus):
    result = hand_made(corpus)
    invest = result.verdicts[1]
    guess = attrs.evolve(invest.chosen, estimate=True)  # the report says 预计 or 初步核算
    verdicts = (result.verdicts[0], attrs.evolve(invest, chosen=guess, candidates=(guess,)), *result.verdicts[2:])
    page = render(attrs.evolve(result, verdicts=verdicts))
    row = page.split('<tr id="p-sample-2023-invest"', 1)[1].split("</tr>", 1)[0]
    assert '<span class="estimate">(an estimate)</span>' in row and '· <span class="estimate">an estimate</span>' in row
    assert "estimate</span>" not in page.split('<tr id="p-sample-2023-fairs"', 1)[1].split("</tr>", 1)[0]
    assert "45.4 亿元 (×1.1641025641025641025641025641) (an estimate)" in markdown_render(
        attrs.evolve(result, verdicts=verdicts))
