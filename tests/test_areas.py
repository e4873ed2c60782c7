"""The policy area of a drafted rule: the pledge's own words first, its section title after (issue 20)."""

import pytest

from pledgetrack.draft.naming import area_of

# Sections of provincial and city plans that name two themes at once, the rural one among them.
MIXED = ("（六）推进城乡融合发展，全面推进乡村振兴", "七、统筹新型城镇化和乡村全面振兴", "（五）深化农村改革，建设宜居城市")


@pytest.mark.parametrize("section", MIXED)
@pytest.mark.parametrize("quote, area", [("完成城中村改造5个", "城市"), ("新开工改造城镇老旧小区1200个", "住房"),
                                         ("推进城中村改造项目10个以上", "城市"), ("新建高标准农田2万亩", "农业"),
                                         ("粮食播种面积稳定在1500万亩以上", "农业")])
def test_urban_renewal_under_a_rural_heading_is_not_farming(section, quote, area):
    assert area_of(section, quote) == area


def test_the_heading_decides_when_the_quote_names_no_area():
    assert area_of("（四）聚焦惠民生、增福祉", "完成存量违建处理比例不低于70%的目标") == "民生"
    assert area_of("一、2024年主要预期目标", "完成市下达目标") == "经济"
    assert area_of("", "完成市下达目标") == ""
