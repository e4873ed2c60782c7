"""The HTML scorecard in a real browser: Debian's headless Chromium, driven by selenium through chromedriver.

Skipped when Chromium, its driver or selenium is missing, unless PLEDGETRACK_REQUIRE_BROWSER=1
(CI sets it), which makes a missing browser a failure. PLEDGETRACK_UPDATE_SCREENSHOT=1 also
writes the screenshot the docs show, docs/img/scorecard.png.
"""

import os
import shutil
from pathlib import Path

import pytest

from pledgetrack.report import write_output
from pledgetrack.report.html import render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
DOCS_SCREENSHOT = Path(__file__).parents[1] / "docs" / "img" / "scorecard.png"
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
    shot = tmp_path / "scorecard.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    if os.environ.get("PLEDGETRACK_UPDATE_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        write_output(shot.read_bytes(), DOCS_SCREENSHOT)


def test_the_filters_show_only_the_rows_chosen_and_count_them(browser, page, bundled_audit):
    browser.get(page.as_uri())
    total = len(bundled_audit)
    counts = {grade.value: n for grade, n in bundled_audit.counts().items()}
    for grade, n in counts.items():
        assert _choose(browser, "grade", grade) == f"{n} of {total} pledges shown"
        shown = browser.execute_script(VISIBLE_ROWS)
        assert len(shown) == n and {g for _, _, g in shown} <= {grade}
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
