"""--format markdown: the counts first, one pasteable table per year, the method, the reports."""

import re

import attrs

from pledgetrack.report.markdown import render

from report_samples import hand_made

HEADER = "| pledge | target | outcome | grade | evidence (doc:line) |"


def _cells(row: str) -> list[str]:
    """A table row cut at its unescaped pipes."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]]


def _tables(text: str) -> dict[str, list[str]]:
    tables, year = {}, None
    for line in text.splitlines():
        if line.startswith("## "):
            year = line[3:]
        elif line.startswith("| ") and year is not None:
            tables.setdefault(year, []).append(line)
    return tables


def test_one_table_per_year_in_order(bundled_audit):
    text = render(bundled_audit)
    years = sorted({v.rule.year for v in bundled_audit})
    assert text.count(HEADER) == len(years)
    assert [line[3:] for line in text.splitlines() if line.startswith("## ")] == ["Counts", *map(str, years), "How pledges are graded", "Reports"]
    tables = _tables(text)
    for year in years:
        rows = tables[str(year)][2:]
        assert len(rows) == sum(v.rule.year == year for v in bundled_audit)


def test_every_row_has_five_cells_whatever_its_text_holds(bundled_audit, corpus):
    for result in (bundled_audit, hand_made(corpus)):
        for line in render(result).splitlines():
            if line.startswith("| ") and "| grade | pledges |" not in line and not line.startswith("| ---"):
                assert len(_cells(line)) in (5, 2), line


def test_pipes_and_markup_are_escaped_and_chinese_kept(corpus):
    text = render(hand_made(corpus))
    row = next(line for line in text.splitlines() if "`sample-2023-fairs`" in line)
    pledge, target, outcome, grade, evidence = _cells(row)
    assert pledge.startswith("**招聘\\<会\\>** `sample-2023-fairs`<br>招聘会 \\| 不少于100场")
    assert "\\<script\\>" in pledge and "<script>" not in text
    assert (target, outcome, grade) == ("at least 100 场", "80 场 (×0.8)", "**missed**")
    assert evidence.startswith("组织招聘会 80 场，a \\| b") and evidence.endswith("(`yuexiu-2024-drc:84`)")


def test_unverifiable_rows_say_why(corpus):
    text = render(hand_made(corpus))
    row = next(line for line in text.splitlines() if "`sample-2024-parks`" in line)
    _, _, outcome, grade, evidence = _cells(row)
    assert outcome == "— no sentence reviewing 2024 mentions 口袋公园"
    assert grade == "unverifiable (no\\_evidence)" and evidence == "—"


def test_counts_per_year_and_in_all(corpus):
    text = render(hand_made(corpus))
    assert "2023: 1 missed, 1 exceeded, 1 met, 0 unverifiable." in text
    assert "2024: 0 missed, 0 exceeded, 0 met, 2 unverifiable (1 awaiting report)." in text
    counts = dict(_cells(line) for line in text.split("## Counts", 1)[1].split("## 2023")[0].splitlines()
                  if line.startswith("| ") and not line.startswith("| ---"))
    assert counts == {"grade": "pledges", "missed": "1", "exceeded": "1", "met": "1", "unverifiable": "2",
                      "… of which awaiting report": "1", "all": "5"}


def test_the_counts_of_the_bundled_book_set_pledges_awaiting_a_report_apart(bundled_audit):
    text = render(bundled_audit)
    waiting = sum(v.reason is not None and v.reason.value in ("pending", "no_outcome_report") for v in bundled_audit)
    assert waiting > 100  # most of the bundled book is not due yet
    assert f"| … of which awaiting report | {waiting} |" in text
    assert text.index("## Counts") < text.index("## 2017")


def test_findings_come_first_within_a_year(corpus):
    table = _tables(render(hand_made(corpus)))["2023"][2:]
    assert [re.search(r"`(sample-[\w-]+)`", row).group(1) for row in table] == [
        "sample-2023-fairs", "sample-2023-invest", "sample-2023-park"]
    rows = _tables(render(hand_made(corpus)))["2024"][2:]
    assert "unverifiable (no\\_evidence)" in rows[0] and "awaiting report" in rows[1]


def test_numbers_are_written_as_people_write_them(corpus):
    row = next(line for line in render(hand_made(corpus)).splitlines() if "`sample-2023-invest`" in line)
    _, target, outcome, _, _ = _cells(row)
    assert (target, outcome) == ("more than 39 亿元", "45.4 亿元 (×1.1641025641025641025641025641)")


def test_a_filtered_export_says_so_before_its_counts(corpus):
    result = hand_made(corpus)
    missed = attrs.evolve(result, verdicts=result.verdicts[:1], selection="--grade missed")
    text = render(missed)
    assert text.index("> **Only the pledges selected with --grade missed: 1 of the rule book's 5.") < text.index(
        "## Counts")
    assert "Every count here is of this one only." in text
    assert "Only the pledges" not in render(result)


def test_the_method_and_the_version_close_the_page(bundled_audit):
    text = render(bundled_audit)
    method = text.split("## How pledges are graded", 1)[1].split("## Reports")[0]
    assert "±10%" in method and "more than 10% of the target" in method
    for reason in ("pending", "no_outcome_report", "no_evidence", "undecided", "conflict"):
        assert f"{reason}: " in method.replace("\\_", "_")
    assert text.rstrip().endswith("Made with pledgetrack 0.1.0.")


def test_every_cited_document_is_listed_with_its_file(bundled_audit):
    text = render(bundled_audit)
    reports = text.split("## Reports", 1)[1]
    for verdict in bundled_audit:
        assert f"`{verdict.id}`" in text
        if verdict.chosen is not None:
            assert f"`{verdict.chosen.document}:{verdict.chosen.position.line}`" in text
            assert f"- `{verdict.chosen.document}`" in reports and verdict.chosen.file in reports


def test_many_governments_are_counted_in_the_title_and_their_folders_named(tmp_path):
    import datetime

    from pledgetrack import audit, load_corpus, load_rules
    from synthetic_corpus import build, government

    corpus_path, rules_path = build(tmp_path, 3)
    corpus = load_corpus(corpus_path)
    text = render(audit(corpus, load_rules([rules_path], corpus), as_of=datetime.date(2026, 11, 21)))
    title, _, source = text.splitlines()[:3]
    assert title == "# Pledge scorecard: 3 governments"
    assert source.startswith("Corpus `corpus/` (15 reports); rules `rules/` (18 files); as of 2026-11-21")
    assert government(0) not in title + source and ".yaml" not in source
