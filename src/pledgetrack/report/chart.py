"""Stacked bars of grades as inline SVG, computed here so the page needs no script to draw them.

Each grade has a colour and a texture (solid, stripes, cross-hatch, dots), the
legend names every grade in words, and every bar segment carries a ``<title>``
that says its count and grade: colour is never the only carrier of a grade.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from html import escape

from ..rules.model import Grade
from ..rules.target import format_number

COLOURS = {Grade.MET: "#2e7d32", Grade.EXCEEDED: "#1565c0", Grade.MISSED: "#c62828", Grade.UNVERIFIABLE: "#8a8a8a"}
# Textures drawn over the colour, for readers (and printers) that cannot tell the colours apart.
_TEXTURES = {
    Grade.MET: "",
    Grade.EXCEEDED: '<path d="M0 8L8 0" stroke="#fff" stroke-width="1.6" stroke-opacity=".55"/>',
    Grade.MISSED: '<path d="M0 0L8 8M0 8L8 0" stroke="#fff" stroke-width="1.4" stroke-opacity=".6"/>',
    Grade.UNVERIFIABLE: '<circle cx="4" cy="4" r="1.3" fill="#fff" fill-opacity=".6"/>',
}
_LABEL = 120  # room for a category's name left of its bar
_BAR = 520  # the longest bar
_TOTAL = 48  # room for the total right of a bar
_ROW = 28
_HEIGHT = 18
_LEGEND = 34
_STEP = Decimal("0.1")


def _x(count: int, scale: int) -> Decimal:
    # Positions come from cumulative counts, so rounding never makes segments drift apart.
    return (Decimal(_LABEL) + Decimal(_BAR) * count / scale).quantize(_STEP, ROUND_HALF_EVEN)


def _num(value: Decimal | int) -> str:
    return format_number(Decimal(value))


def stacked_bars(id: str, title: str, rows: dict[str, dict[Grade, int]]) -> str:
    """An ``<svg>`` with one horizontal bar per row (category → count per grade), a legend below.

    >>> svg = stacked_bars("by-year", "Grades by year", {"2023": {Grade.MET: 7, Grade.MISSED: 1}})
    >>> svg.count('<rect class="seg'), "<title>2023: 7 met</title>" in svg
    (2, True)
    """
    scale = max((sum(counts.values()) for counts in rows.values()), default=0) or 1
    width = _LABEL + _BAR + _TOTAL
    height = _ROW * len(rows) + _LEGEND
    out = [f'<svg id="{escape(id)}" class="chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="{escape(id)}-title">',
           f'<title id="{escape(id)}-title">{escape(title)}</title>', "<defs>"]
    for grade in Grade:
        out.append(f'<pattern id="{escape(id)}-{grade.value}" width="8" height="8" patternUnits="userSpaceOnUse">'
                   f'<rect width="8" height="8" fill="{COLOURS[grade]}"/>{_TEXTURES[grade]}</pattern>')
    out.append("</defs>")
    for index, (name, counts) in enumerate(rows.items()):
        top = _ROW * index + (_ROW - _HEIGHT) // 2
        middle = top + _HEIGHT // 2
        out.append(f'<text class="cat" x="{_LABEL - 8}" y="{middle}" text-anchor="end" '
                   f'dominant-baseline="central">{escape(name)}</text>')
        done = 0
        for grade, n in counts.items():
            if not n:
                continue
            left, right = _x(done, scale), _x(done + n, scale)
            done += n
            label = f"{name}: {n} {grade.value}"
            out.append(f'<rect class="seg {grade.value}" x="{_num(left)}" y="{top}" width="{_num(right - left)}" '
                       f'height="{_HEIGHT}" fill="url(#{escape(id)}-{grade.value})">'
                       f"<title>{escape(label)}</title></rect>")
            if right - left >= 22:
                out.append(f'<text class="n" x="{_num((left + right) / 2)}" y="{middle}" text-anchor="middle" '
                           f'dominant-baseline="central">{n}</text>')
        out.append(f'<text class="total" x="{_num(_x(done, scale) + 6)}" y="{middle}" '
                   f'dominant-baseline="central">{done}</text>')
    out.append(_legend(id, _ROW * len(rows) + 10))
    out.append("</svg>")
    return "\n".join(out)


def _legend(id: str, top: int) -> str:
    items = []
    for index, grade in enumerate(Grade):
        left = _LABEL + 130 * index
        items.append(f'<rect x="{left}" y="{top}" width="14" height="14" fill="url(#{escape(id)}-{grade.value})"/>'
                     f'<text x="{left + 20}" y="{top + 7}" dominant-baseline="central">{grade.value}</text>')
    return '<g class="legend">' + "".join(items) + "</g>"
