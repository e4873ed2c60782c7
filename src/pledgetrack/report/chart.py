"""Stacked bars of grades as inline SVG, computed here so the page needs no script to draw them.

Each grade has a colour and a texture (solid, stripes, cross-hatch, dots; the
pledges awaiting a report light grey with dashes), the legend names every one in
words, and every bar segment carries a ``<title>`` that says its count and grade:
colour is never the only carrier of a grade. A segment is a link that filters the
page's table (``#year=2023&grade=missed``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from html import escape
from urllib.parse import quote

from ..rules.model import Grade
from ..rules.target import format_number
from ..wording import words
from .common import BUCKETS

COLOURS = {"missed": "#c62828", "exceeded": "#1565c0", "met": "#2e7d32", "open": "#757575",
           "unsigned": "#8a5a00", "awaiting": "#d0d0d0"}
# Textures drawn over the colour, for readers (and printers) that cannot tell the colours apart.
_TEXTURES = {
    "met": "",
    "exceeded": '<path d="M0 8L8 0" stroke="#fff" stroke-width="1.6" stroke-opacity=".55"/>',
    "missed": '<path d="M0 0L8 8M0 8L8 0" stroke="#fff" stroke-width="1.4" stroke-opacity=".6"/>',
    "open": '<circle cx="4" cy="4" r="1.3" fill="#fff" fill-opacity=".6"/>',
    "unsigned": '<path d="M0 8L8 0" stroke="#fff" stroke-width="1" stroke-dasharray="2 2" stroke-opacity=".7"/>',
    "awaiting": '<path d="M0 4H4" stroke="#666" stroke-width="1.2"/>',
}
# Each grade's own colour, for formats that colour by grade alone (xlsx).
GRADE_COLOURS = {Grade.MISSED: COLOURS["missed"], Grade.EXCEEDED: COLOURS["exceeded"], Grade.MET: COLOURS["met"],
                 Grade.UNVERIFIABLE: COLOURS["open"]}
_INK = {"awaiting": "#1b1b1b"}  # the count's colour on a light segment; white elsewhere
_LABEL = 120  # room for a category's name left of its bar
_BAR = 440  # the longest bar
_TOTAL = 48  # room for the total right of a bar
_ROW = 28
_HEIGHT = 18
_LEGEND = 34
_STEP = Decimal("0.1")


_WIDEST_LABEL = 200  # a longer name (a government's) is cut at its start, whole in its <title>


def _x(count: int, scale: int, room: int = _LABEL) -> Decimal:
    # Positions come from cumulative counts, so rounding never makes segments drift apart.
    return (Decimal(room) + Decimal(_BAR) * count / scale).quantize(_STEP, ROUND_HALF_EVEN)


def _shown(name: str) -> str:
    # The end of a name tells governments apart (…越秀区, …天河区); the province they share goes.
    if _width(name) + 12 <= _WIDEST_LABEL:
        return name
    while _width("…" + name) + 12 > _WIDEST_LABEL and len(name) > 1:
        name = name[1:]
    return "…" + name


def _num(value: Decimal | int) -> str:
    return format_number(Decimal(value))


def filter_link(**filters: str) -> str:
    """The page address fragment that filters the table: ``#year=2023&grade=missed``.

    >>> filter_link(area="城市 更新", grade="met")
    '#area=%E5%9F%8E%E5%B8%82%20%E6%9B%B4%E6%96%B0&grade=met'
    """
    return "#" + "&".join(f"{name}={quote(value, safe='')}" for name, value in filters.items())


def stacked_bars(id: str, title: str, rows: dict[str, dict[str, int]], by: str = "", lang: str = "en") -> str:
    """An ``<svg>`` with one horizontal bar per row (category → count per bucket), a legend below.

    With ``by`` (``year``, ``area``, ``government``), each segment links to the table filtered to its row and grade.

    >>> svg = stacked_bars("by-year", "Grades by year", {"2023": {"met": 7, "missed": 1}}, by="year")
    >>> svg.count('<rect class="seg'), "<title>2023: 7 met</title>" in svg, 'href="#year=2023&amp;grade=met"' in svg
    (2, True, True)
    >>> "<title>2023: 7 已完成</title>" in stacked_bars("by-year", "按年度", {"2023": {"met": 7}}, "year", "zh")
    True
    """
    labels = {name: words(lang)[f"bucket.{name}"] for name in BUCKETS}
    scale = max((sum(counts.values()) for counts in rows.values()), default=0) or 1
    shown = {name: _shown(name) for name in rows}
    room = min(max([_LABEL, *(_width(text) + 12 for text in shown.values())]), _WIDEST_LABEL)
    # as wide as the legend, whose labels (待报告, awaiting report) must not be cut at the edge
    width = max(room + _BAR + _TOTAL, 4 + sum(34 + _width(label) for label in labels.values()))
    height = _ROW * len(rows) + _LEGEND
    out = [f'<svg id="{escape(id)}" class="chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="{escape(id)}-title">',
           f'<title id="{escape(id)}-title">{escape(title)}</title>', "<defs>"]
    for name in BUCKETS:
        out.append(f'<pattern id="{escape(id)}-{name}" width="8" height="8" patternUnits="userSpaceOnUse">'
                   f'<rect width="8" height="8" fill="{COLOURS[name]}"/>{_TEXTURES[name]}</pattern>')
    out.append("</defs>")
    for index, (name, counts) in enumerate(rows.items()):
        top = _ROW * index + (_ROW - _HEIGHT) // 2
        middle = top + _HEIGHT // 2
        whole = f"<title>{escape(name)}</title>" if shown[name] != name else ""
        out.append(f'<text class="cat" x="{room - 8}" y="{middle}" text-anchor="end" '
                   f'dominant-baseline="central">{whole}{escape(shown[name])}</text>')
        done = 0
        for group in BUCKETS:
            n = counts.get(group, 0)
            if not n:
                continue
            left, right = _x(done, scale, room), _x(done + n, scale, room)
            done += n
            label = f"{name}: {n} {labels[group]}"
            segment = [f'<rect class="seg {group}" x="{_num(left)}" y="{top}" width="{_num(right - left)}" '
                       f'height="{_HEIGHT}" fill="url(#{escape(id)}-{group})">'
                       f"<title>{escape(label)}</title></rect>"]
            if right - left >= 22:
                segment.append(f'<text class="n" x="{_num((left + right) / 2)}" y="{middle}" text-anchor="middle" '
                               f'dominant-baseline="central" fill="{_INK.get(group, "#fff")}">{n}</text>')
            if by:
                href = escape(filter_link(**{by: name, "grade": group}))
                segment = [f'<a href="{href}" aria-label="{escape(label)}">', *segment, "</a>"]
            out += segment
        out.append(f'<text class="total" x="{_num(_x(done, scale, room) + 6)}" y="{middle}" '
                   f'dominant-baseline="central">{done}</text>')
    out.append(_legend(id, _ROW * len(rows) + 10, labels))
    out.append("</svg>")
    return "\n".join(out)


def _legend(id: str, top: int, labels: dict[str, str]) -> str:
    items = []
    left = 4
    for name in BUCKETS:
        items.append(f'<rect x="{left}" y="{top}" width="14" height="14" fill="url(#{escape(id)}-{name})"/>'
                     f'<text x="{left + 20}" y="{top + 7}" dominant-baseline="central">{labels[name]}</text>')
        left += 34 + _width(labels[name])
    return '<g class="legend">' + "".join(items) + "</g>"


def _width(text: str) -> int:
    # Room a legend word takes at the chart's 14px: a Chinese character is about twice a Latin one.
    return sum(15 if ord(ch) > 0x2e80 else 8 for ch in text)
