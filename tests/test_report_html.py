"""--format html: one self-contained page with the counts, the charts, the table and its filters."""

import re
from decimal import Decimal
from html.parser import HTMLParser

from pledgetrack.report.chart import stacked_bars
from pledgetrack.report.html import render
from pledgetrack.rules import Grade

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
        assert not re.search(r"https?://", page)
        parsed = _Page(page)
        assert not [t for t, a in parsed.tags if t in ("link", "img", "iframe", "object", "embed")]
        assert not [a for t, a in parsed.tags if t == "script" and "src" in a]
        assert "@import" not in page and "url(http" not in page and "@font-face" not in page


def test_the_tags_are_balanced(bundled_audit):
    parsed = _Page(render(bundled_audit))
    assert parsed.open == []


def test_every_pledge_has_a_row_with_its_year_area_and_grade(bundled_audit):
    page = render(bundled_audit)
    rows = _Page(page).rows
    assert [r["id"] for r in rows] == [f"p-{v.id}" for v in bundled_audit]
    assert [(r["data-year"], r["data-grade"]) for r in rows] == [(str(v.rule.year), v.grade.value)
                                                                for v in bundled_audit]
    for verdict in bundled_audit:
        assert verdict.id in page
        if verdict.chosen is not None:
            assert f"{verdict.chosen.file}:{verdict.chosen.position.line}" in page


def test_the_title_names_the_corpus_and_the_rule_book(bundled_audit):
    page = render(bundled_audit)
    assert "<title>Pledge scorecard: 广东省广州市越秀区</title>" in page
    assert "seeds/manifest.yaml" in page
    for file in bundled_audit.rules.files:
        assert "/".join(file.split("/")[-2:]) in page


def test_the_filters_offer_every_year_area_and_grade(bundled_audit):
    parsed = _Page(render(bundled_audit))
    assert parsed.options["year"] == ["", *map(str, sorted({v.rule.year for v in bundled_audit}))]
    assert parsed.options["area"] == ["", *dict.fromkeys(v.rule.pledge.area or "(no area)" for v in bundled_audit)]
    assert parsed.options["grade"] == ["", "met", "exceeded", "missed", "unverifiable"]
    total = len(bundled_audit)
    assert f'<output id="shown" aria-live="polite">{total} of {total} pledges shown</output>' in render(bundled_audit)


def test_the_charts_are_inline_svg_whose_segments_add_up_to_the_counts(bundled_audit):
    page = render(bundled_audit)
    for chart in ("by-year", "by-area"):
        svg = page.split(f'<svg id="{chart}"', 1)[1].split("</svg>", 1)[0]
        for grade, n in bundled_audit.counts().items():
            shown = sum(int(m) for m in re.findall(rf"<title>[^<]*: (\d+) {grade.value}</title>", svg))
            assert shown == n, (chart, grade)


def test_a_grade_is_never_told_by_colour_alone(corpus):
    page = render(hand_made(corpus))
    for grade in Grade:
        assert f'<span class="grade {grade.value}">' in page
        assert re.search(rf'<span class="grade {grade.value}">. {grade.value}</span>', page)
        assert f'<div class="count {grade.value}"><span class="n">' in page
    legend = page.split('<g class="legend">', 1)[1].split("</g>", 1)[0]
    assert [g.value for g in Grade] == re.findall(r">(\w+)</text>", legend)


def test_every_text_from_a_report_or_rule_is_escaped(corpus):
    page = render(hand_made(corpus))
    assert page.count("<script") == 1  # the page's own filter script
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "招聘&lt;会&gt;" in page and "行\\x07注" in page and "\x07" not in page


def test_a_bar_is_as_long_as_its_share_of_the_longest():
    svg = stacked_bars("t", "test", {"a": {Grade.MET: 3, Grade.MISSED: 1}, "b": {Grade.MET: 1}})
    widths = [Decimal(w) for w in re.findall(r'<rect class="seg \w+" x="[\d.]+" y="\d+" width="([\d.]+)"', svg)]
    assert widths == [390, 130, 130]
