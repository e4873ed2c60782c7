"""locate() against the seeds, and the map from normalised offsets back to the original file."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgetrack.corpus import PartKind, Position, load_corpus
from pledgetrack.corpus.fold import fold_char

CORPUS = load_corpus()


@pytest.mark.parametrize("quote", [
    "组织各类招聘会 175 场",  # spaces as printed in 000
    "组织各类招聘会175场",
    "组织 各类 招聘会 175场",
    "组织各类招聘会１７５场",  # full-width digits
])
def test_spaces_and_widths_do_not_matter(quote):
    loc = CORPUS["yuexiu-2024-drc"].locate(quote)
    assert loc.text == "组织各类招聘会175场"
    assert loc.position == Position(84, 53)
    assert loc.part.kind is PartKind.REVIEW and loc.section.title.startswith("(五)")


@pytest.mark.parametrize("quote", [
    "全区实现地区生产总值 3810.24 亿元、同比增长(下同)4.5%",  # half-width brackets for （下同）
    "全区实现地区生产总值3810.24亿元、同比增长（下同）4.5％",
])
def test_brackets_and_percent_fold(quote):
    assert CORPUS["yuexiu-2024-drc"].locate(quote).text == "全区实现地区生产总值3810.24亿元、同比增长（下同）4.5%"


def test_commas_fold_both_ways():
    # 000 prints half-width commas in section (五): "建成 19 个就业服务驿站,全市率先"
    doc = CORPUS["yuexiu-2024-drc"]
    assert doc.locate("建成19个就业服务驿站，全市率先").text == "建成19个就业服务驿站,全市率先"
    assert doc.locate("新增“四上”企业 378 家,现有").position == Position(32, 207)


def test_markup_and_footnote_noise_in_a_quote_is_ignored():
    doc = CORPUS["yuexiu-2023-drc"]
    assert doc.locate("**疫情防控以快制快。**打造扁平化").text == "疫情防控以快制快。打造扁平化"
    assert doc.locate("健全“六位一体”<sup>1</sup>新时代未成年人保护").text == "健全“六位一体”新时代未成年人保护"
    assert CORPUS["yuexiu-2024-drc"].locate("全省首创 PDCA⁵工作模式") is not None


def test_quote_copied_across_a_page_break():
    loc = CORPUS["yuexiu-2024-gwr"].locate("提供就业岗\n\n位超 9.7 万个")
    assert loc.position == Position(66, 24) and loc.end_position == Position(68, 10)
    assert CORPUS["yuexiu-2024-gwr"].original(loc.start, loc.end) == "提供就业岗\n\n位超 9.7 万个"


def test_table_cells_are_found():
    loc = CORPUS["yuexiu-2024-drc"].locate("增长 4.5%左右")
    assert loc.position == Position(22, 8) and loc.part.kind is PartKind.REVIEW
    assert CORPUS["yuexiu-2024-drc"].locate("完成市下达目标 (2023 年市下达 目标为 18500 人)") is not None


def test_locate_all_and_misses():
    doc = CORPUS["yuexiu-2024-drc"]
    assert [loc.part.kind for loc in doc.locate_all("地区生产总值增长4.0%左右")] == [PartKind.PLAN]
    assert len(doc.locate_all("招聘会")) == 2
    assert doc.locate("新建500个口袋公园") is None
    assert doc.locate("  ") is None
    assert doc.locate("2-3 对穗港澳姊妹学校").text == "2-3对穗港澳姊妹学校"
    assert CORPUS["yuexiu-2024-gwr"].locate("新缔结2-3对穗港澳姊妹学校").text == "新缔结2—3对穗港澳姊妹学校"


def test_latin_words_keep_their_space():
    doc = CORPUS["yuexiu-2024-gwr"]
    assert doc.locate("contract research organizations") is not None
    assert doc.locate("ContractResearchOrganizations") is None


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CORPUS.documents), st.floats(0, 1, exclude_max=True))
def test_every_offset_maps_back_to_its_original_character(doc, fraction):
    offset = int(fraction * len(doc.text))
    position = doc.position(offset)
    original = doc.raw.split("\n")[position.line - 1] + "\n"
    char = original[position.column - 1]
    # Equal, or folded (full-width, subscript digit, a space for a break between Latin words).
    assert doc.text[offset] == char or doc.text[offset] == fold_char(char) or doc.text[offset] == " "


def test_the_whole_map_is_in_order_and_inside_the_file():
    for doc in CORPUS:
        positions = [doc.position(i) for i in range(len(doc.text))]
        assert positions == sorted(positions, key=lambda p: (p.line, p.column))
        assert positions[-1].line <= doc.raw.count("\n") + 1
        with pytest.raises(IndexError):
            doc.position(len(doc.text) + 1)
