"""The HTML scorecard in a real browser: Debian's headless Chromium, driven by selenium through chromedriver.

Skipped when Chromium, its driver or selenium is missing, unless PLEDGETRACK_REQUIRE_BROWSER=1
(CI sets it), which makes a missing browser a failure. PLEDGETRACK_UPDATE_SCREENSHOT=1 also
writes the screenshots the docs show: docs/img/scorecard.png (desktop), scorecard-phone.png
(phone width) and scorecard-missed.png (a link with filters in its address).
"""

import os
import shutil
from pathlib import Path

import pytest

from pledgetrack.report import write_output
from pledgetrack.report.chart import filter_link
from pledgetrack.report.html import render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
DOCS_IMAGES = Path(__file__).parents[1] / "docs" / "img"
DESKTOP, PHONE = (1280, 1000), (390, 844)
# Nothing may reach the network: no first-run pages, updates, sync or QUIC probes.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000", "--lang=en-US")
VISIBLE_ROWS = ("return Array.from(document.querySelectorAll('#pledges tbody tr'))"
                ".filter(function (row) { return row.offsetParent !== null; })"
                ".map(function (row) { return [row.dataset.year, row.dataset.area, row.dataset.grade]; });")


def _unavailable(reason: str):
    if os.environ.get("PLEDGETRACK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and PLEDGETRACK_REQUIRE_BROWSER=1 requires the browser test "
                    "(apt-get install chromium chromium-driver; pip install selenium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed")
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            _unavailable(f"{path} is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # A driver path given to Service keeps selenium-manager from looking for (or downloading) one.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page(bundled_audit, tmp_path_factory):
    return write_output(render(bundled_audit), tmp_path_factory.mktemp("scorecard") / "scorecard.html")


def _errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _choose(driver, name: str, value: str) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, f"filter-{name}")).select_by_value(value)
    return driver.find_element(By.ID, "shown").text


def test_the_error_check_sees_a_script_error(browser, tmp_path):
    """A page that throws is caught, so a clean log below means something."""
    broken = write_output("<!DOCTYPE html><title>x</title><script>no_such_function();</script>", tmp_path / "x.html")
    browser.get(broken.as_uri())
    assert any("no_such_function" in message for message in _errors(browser))


def test_the_scorecard_renders_without_script_errors(browser, page, bundled_audit, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    assert _errors(browser) == []
    assert browser.title == "Pledge scorecard: 广东省广州市越秀区"
    for chart in ("by-year", "by-area"):
        assert browser.find_element(By.ID, chart).size["width"] > 300
    assert len(browser.execute_script(VISIBLE_ROWS)) == len(bundled_audit)
    _screenshot(browser, tmp_path, "scorecard.png")


def _screenshot(browser, tmp_path, name: str) -> None:
    shot = tmp_path / name
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    if os.environ.get("PLEDGETRACK_UPDATE_SCREENSHOT") == "1":
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        write_output(shot.read_bytes(), DOCS_IMAGES / name)


def _awaiting(verdict) -> bool:
    return verdict.reason is not None and verdict.reason.value in ("pending", "no_outcome_report")


def test_a_link_with_filters_in_its_address_opens_filtered(browser, page, bundled_audit, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri() + "#year=2025&grade=missed")
    expected = [["2025", v.rule.pledge.area, "missed"] for v in bundled_audit
                if v.rule.year == 2025 and v.grade.value == "missed"]
    assert expected and browser.execute_script(VISIBLE_ROWS) == expected
    assert browser.find_element(By.ID, "filter-year").get_attribute("value") == "2025"
    assert browser.find_element(By.ID, "shown").text == f"{len(expected)} of {len(bundled_audit)} pledges shown"
    _screenshot(browser, tmp_path, "scorecard-missed.png")
    assert _errors(browser) == []


def test_clicking_missed_filters_the_table_and_puts_the_filter_in_the_address(browser, page, bundled_audit):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    browser.find_element(By.ID, "count-missed").click()
    missed = [v for v in bundled_audit if v.grade.value == "missed"]
    assert browser.find_element(By.ID, "shown").text == f"{len(missed)} of {len(bundled_audit)} pledges shown"
    assert browser.current_url.endswith("#grade=missed")
    _choose(browser, "year", "2025")
    assert browser.current_url.endswith("#year=2025&grade=missed")
    browser.find_element(By.ID, "count-awaiting").click()
    waiting = [v for v in bundled_audit if _awaiting(v)]
    assert browser.find_element(By.ID, "shown").text == f"{len(waiting)} of {len(bundled_audit)} pledges shown"
    segment = browser.find_element(By.CSS_SELECTOR, '#by-year a[href="#year=2023&grade=met"]')
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", segment)
    met = [v for v in bundled_audit if v.rule.year == 2023 and v.grade.value == "met"]
    assert browser.find_element(By.ID, "shown").text == f"{len(met)} of {len(bundled_audit)} pledges shown"
    assert _errors(browser) == []


def test_at_phone_width_the_table_stacks_and_chart_labels_stay_legible(browser, page, tmp_path):
    from selenium.webdriver.common.by import By

    browser.set_window_size(*PHONE)
    try:
        browser.get(page.as_uri())
        width = browser.execute_script("return document.documentElement.clientWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
        cell = browser.find_element(By.CSS_SELECTOR, "#pledges tbody tr td")
        assert browser.execute_script("return getComputedStyle(arguments[0]).display", cell) == "block"
        label = browser.find_element(By.CSS_SELECTOR, "#by-area text.cat")
        assert label.rect["height"] >= 10  # rendered size in CSS pixels, after the chart is scaled
        browser.execute_script("document.getElementById('pledges-heading').scrollIntoView()")
        _screenshot(browser, tmp_path, "scorecard-phone.png")
    finally:
        browser.set_window_size(*DESKTOP)


def test_the_filters_show_only_the_rows_chosen_and_count_them(browser, page, bundled_audit):
    browser.get(page.as_uri())
    total = len(bundled_audit)
    counts = {grade.value: n for grade, n in bundled_audit.counts().items()}
    counts["awaiting"] = sum(map(_awaiting, bundled_audit))
    counts["unsigned"] = sum(v.reason is not None and v.reason.value == "unsigned" for v in bundled_audit)
    counts["open"] = counts["unverifiable"] - counts["awaiting"] - counts["unsigned"]
    for grade, n in counts.items():
        assert _choose(browser, "grade", grade) == f"{n} of {total} pledges shown"
        shown = browser.execute_script(VISIBLE_ROWS)
        assert len(shown) == n and {g for _, _, g in shown} <= {grade, "unverifiable"}
    graded = next(v for v in bundled_audit if v.grade.value != "unverifiable")
    year, grade = str(graded.rule.year), graded.grade.value
    _choose(browser, "year", year)
    expected = [[year, v.rule.pledge.area, grade] for v in bundled_audit
                if str(v.rule.year) == year and v.grade.value == grade]
    assert _choose(browser, "grade", grade) == f"{len(expected)} of {total} pledges shown"
    assert browser.execute_script(VISIBLE_ROWS) == expected
    area = graded.rule.pledge.area
    _choose(browser, "area", area)
    assert browser.execute_script(VISIBLE_ROWS) == [row for row in expected if row[1] == area]
    for name in ("year", "area", "grade"):
        _choose(browser, name, "")
    assert browser.find_element("id", "shown").text == f"{total} of {total} pledges shown"
    assert _errors(browser) == []


def test_the_journalists_path_command_open_click_missed(browser, tmp_path, capsys):
    from selenium.webdriver.common.by import By

    from pledgetrack.cli import main

    target = tmp_path / "scorecard.html"
    assert main(["audit", "--format", "html", "--output", str(target), "--as-of", "2026-11-21"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == f"wrote {target}"
    browser.get(target.as_uri())
    browser.find_element(By.ID, "count-missed").click()
    rows = browser.execute_script(VISIBLE_ROWS)
    assert rows and {grade for _, _, grade in rows} == {"missed"}
    assert browser.current_url.endswith("#grade=missed") and _errors(browser) == []


def test_printed_the_filters_go_and_headings_keep_with_what_follows(browser, page):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        style = "return getComputedStyle(arguments[0])[arguments[1]]"
        assert browser.execute_script(style, browser.find_element(By.ID, "filters"), "display") == "none"
        heading = browser.find_element(By.ID, "pledges-heading")
        assert browser.execute_script(style, heading, "breakAfter") == "avoid"
        row = browser.find_element(By.CSS_SELECTOR, "#pledges tbody tr")
        assert browser.execute_script(style, row, "breakInside") == "avoid"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.fixture(scope="module")
def chinese_page(bundled_audit, tmp_path_factory):
    return write_output(render(bundled_audit, lang="zh"), tmp_path_factory.mktemp("zh") / "scorecard-zh.html")


def test_the_chinese_scorecard_speaks_chinese_and_filters_as_the_english_one(browser, chinese_page, bundled_audit,
                                                                              tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(chinese_page.as_uri())
    assert _errors(browser) == []
    assert browser.title == "承诺兑现评分卡：广东省广州市越秀区"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    _screenshot(browser, tmp_path, "scorecard-zh.png")
    total = len(bundled_audit)
    assert browser.find_element(By.ID, "shown").text == f"显示 {total} / {total} 项承诺"
    cards = {name: browser.find_element(By.ID, f"count-{name}").text.split("\n")
             for name in ("missed", "exceeded", "met", "open", "awaiting")}
    assert [cards[name][1].split(" ", 1)[1] for name in cards] == ["未完成", "超额完成", "已完成", "无法核实", "待报告"]
    browser.find_element(By.ID, "count-missed").click()
    missed = [v for v in bundled_audit if v.grade.value == "missed"]
    assert browser.find_element(By.ID, "shown").text == f"显示 {len(missed)} / {total} 项承诺"
    assert browser.current_url.endswith("#grade=missed")
    grades = browser.execute_script("return Array.from(document.querySelectorAll('#pledges tbody tr'))"
                                    ".filter(function (row) { return row.offsetParent !== null; })"
                                    ".map(function (row) { return row.querySelector('.grade').textContent; });")
    assert grades == ["✗ 未完成"] * len(missed)
    headings = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#pledges thead th")]
    assert headings == ["承诺", "目标", "结果", "评定", "依据（报告、行）"]
    assert browser.find_element(By.CSS_SELECTOR, "#method h2").text == "评定方法"
    assert "绝不猜测" in browser.find_element(By.ID, "method").text
    assert [c.text for c in browser.find_elements(By.CSS_SELECTOR, "figcaption")] == ["按年度", "按领域"]
    assert _errors(browser) == []


@pytest.fixture(scope="module")
def governments(tmp_path_factory):
    """Three governments of the synthetic corpus, the second without its 2026 rules, graded once."""
    import datetime

    from pledgetrack import audit, load_corpus, load_rules
    from synthetic_corpus import build, government

    corpus_path, rules_path = build(tmp_path_factory.mktemp("governments"), 3)
    (rules_path / "g00001" / "2026.yaml").unlink()
    corpus = load_corpus(corpus_path)
    result = audit(corpus, load_rules([rules_path], corpus), as_of=datetime.date(2026, 11, 21))
    return result, [government(i) for i in range(3)]


def test_many_governments_a_filter_by_government_in_the_address_and_a_chart_of_them(browser, governments,
                                                                                      tmp_path):
    from selenium.webdriver.common.by import By

    result, names = governments
    for lang, title, shown in (("en", "Pledge scorecard: 3 governments", "{} of {} pledges shown"),
                               ("zh", "承诺兑现评分卡：3 个政府", "显示 {} / {} 项承诺")):
        page = write_output(render(result, lang=lang), tmp_path / f"governments-{lang}.html")
        browser.get(page.as_uri())
        assert browser.title == title
        source = browser.find_element(By.CSS_SELECTOR, "header .source").text
        assert "corpus/" in source and "rules/" in source and ".yaml" not in source and names[0] not in source
        options = [o.get_attribute("value") for o in browser.find_elements(By.CSS_SELECTOR, "#filter-government option")]
        assert options == ["", *names]
        bars = browser.find_elements(By.CSS_SELECTOR, "#by-government text.total")
        per_government = [sum(1 for v in result if v.government == name) for name in names]
        assert [int(bar.text) for bar in bars] == per_government and per_government[1] < per_government[0]
        _choose(browser, "government", names[1])
        rows = browser.execute_script("return Array.from(document.querySelectorAll('#pledges tbody tr'))"
                                      ".filter(function (row) { return row.offsetParent !== null; })"
                                      ".map(function (row) { return row.dataset.government; });")
        assert rows == [names[1]] * per_government[1]
        assert browser.find_element(By.ID, "shown").text == shown.format(per_government[1], len(result))
        assert "#government=" in browser.current_url
        link = browser.current_url
        browser.get("about:blank")  # the link, sent to a colleague, opens with the same filter
        browser.get(link + "&grade=missed")
        missed = [v for v in result if v.government == names[1] and v.grade.value == "missed"]
        assert missed and len(browser.execute_script(VISIBLE_ROWS)) == len(missed)
        assert browser.find_element(By.ID, "filter-government").get_attribute("value") == names[1]
        segment = browser.find_element(By.CSS_SELECTOR, "#by-government a")
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", segment)
        assert browser.find_element(By.ID, "filter-government").get_attribute("value") == names[0]
        assert _errors(browser) == []
    browser.get("about:blank")
    browser.get(page.as_uri() + filter_link(government=names[2]))
    assert browser.find_element(By.ID, "filter-government").get_attribute("value") == names[2]
    browser.execute_script("document.getElementById('pledges-heading').scrollIntoView()")
    _screenshot(browser, tmp_path, "scorecard-governments.png")
