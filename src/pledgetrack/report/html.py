"""``--format html``: the scorecard, one self-contained page to open, mail or publish.

No network, no external file: styles, the two charts (inline SVG, drawn here) and
a few lines of plain script are all in the page. It names the corpus and rule
book it came from, shows the grade counts, grades by year and by area as stacked
bars, and a table of every pledge with its quote, target, outcome, grade and the
evidence sentence with its original file:line. Three selects filter the table by
year, area and grade, and a line says how many rows are shown. Every grade is
written in words beside its colour; every text from a report or rule is escaped.
"""

from __future__ import annotations

from html import escape

from ..audit import AuditResult, Verdict
from ..evidence import Candidate
from ..history import Changes
from ..rules.model import Grade
from .changes import html_section
from .chart import COLOURS, stacked_bars
from .common import (NO_AREA, SYMBOLS, by_area, by_year, cited, clean, drafted_text, flat, outcome_text, regions,
                     short_names, tally, target_text)

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",
"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1280px;padding:1rem 1.5rem;color:#1b1b1b;
line-height:1.45}
h1{font-size:1.6rem;margin:.2rem 0}.source{color:#555;margin:.2rem 0 1rem}code{font-size:.9em}
.counts{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}
.count{border:1px solid #ccc;border-left:8px solid;border-radius:4px;padding:.4rem .9rem;min-width:8rem}
.count .n{font-size:1.8rem;font-weight:700;display:block}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.charts figure{margin:0;flex:1 1 520px}
figcaption{font-weight:600;margin-bottom:.3rem}svg.chart{width:100%;height:auto;font-size:13px}
svg .n{fill:#fff;font-weight:700;font-size:12px}svg .total{fill:#333}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1.2rem 0 .6rem;position:sticky;top:0;
background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd}
.filters select{font:inherit;padding:.15rem .3rem}#shown{font-weight:600}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.45rem .5rem;vertical-align:top;
text-align:left}th{background:#f3f3f3}table col.pledge{width:27%}table col.target{width:12%}
table col.outcome{width:9%}table col.grade{width:20%}
.title{font-weight:600}.meta{color:#555;font-size:.85em}blockquote{margin:.3rem 0;padding-left:.6rem;
border-left:3px solid #ccc}.cite{color:#555;font-size:.85em}.why{font-size:.85em;color:#333}
.grade{display:inline-block;border-radius:3px;padding:.05rem .45rem;color:#fff;font-weight:700;white-space:nowrap}
.drafted{font-size:.8rem;color:#8a5a00;border:1px dashed #8a5a00;border-radius:3px;padding:0 .3rem}p.drafted{border:0;padding:0}
details{font-size:.85em}details ul{padding-left:1.1rem;margin:.2rem 0}
""" + "".join(f".grade.{g.value},.count.{g.value}{{border-color:{c}}}.grade.{g.value}{{background:{c}}}"
              for g, c in COLOURS.items())

_SCRIPT = """
(function () {
  var selects = document.querySelectorAll("#filters select");
  var rows = document.querySelectorAll("#pledges tbody tr");
  var shown = document.getElementById("shown");
  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var keep = Array.prototype.every.call(selects, function (s) {
        return s.value === "" || row.dataset[s.name] === s.value;
      });
      row.hidden = !keep;
      if (keep) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " pledges shown";
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
"""


def render(result: AuditResult, changes: Changes | None = None) -> str:
    """The audit as one HTML page; with ``changes`` (``--baseline``), a section of what changed.

    >>> import datetime
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> page = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))
    >>> page.count("<svg"), '<tr id="p-fairs"' in page, "1 of 1 pledges shown" in page
    (2, True, True)
    """
    place = escape(clean(regions(result)))
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Pledge scorecard: {place}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f'<header><h1>Pledge scorecard: <span lang="zh">{place}</span></h1>{_source(result)}</header>',
        _counts(result),
        html_section(changes) if changes is not None else "",
        '<section class="charts">',
        _figure("by-year", "Grades by year", {str(y): tally(vs) for y, vs in by_year(result.verdicts).items()}),
        _figure("by-area", "Grades by area", {a: tally(vs) for a, vs in by_area(result.verdicts).items()}),
        "</section>",
        _filters(result),
        _table(result.verdicts),
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
        "",
    ])


def _text(text: str) -> str:
    return escape(clean(text))


def _source(result: AuditResult) -> str:
    manifest = str(result.corpus.manifest)
    files = ", ".join(f"<code>{_text(name)}</code>" for name in short_names(result.rules.files).values())
    reports = ", ".join(f'<code title="{_text(doc.info.file)}">{_text(doc.id)}</code>' for doc in result.corpus)
    return (f'<p class="source">Corpus <code title="{_text(manifest)}">{_text(short_names([manifest])[manifest])}'
            f"</code> ({len(result.corpus)} reports: {reports}); rule book {files or 'built in code'}; "
            f"as of {result.as_of.isoformat()}.</p>"
            + (f'<p class="drafted">{_text(drafted_text(result.verdicts))}.</p>' if drafted_text(result.verdicts) else ""))


def _counts(result: AuditResult) -> str:
    cards = "".join(f'<div class="count {g.value}"><span class="n">{n}</span>{SYMBOLS[g]} {g.value}</div>'
                    for g, n in result.counts().items())
    return f'<section class="counts" aria-label="grade counts">{cards}</section>'


def _figure(id: str, title: str, rows: dict[str, dict[Grade, int]]) -> str:
    return f"<figure><figcaption>{escape(title)}</figcaption>{stacked_bars(id, title, rows)}</figure>"


def _select(name: str, label: str, values: list[str]) -> str:
    options = "".join(f'<option value="{_text(v)}">{_text(v)}</option>' for v in values)
    return (f'<label>{label} <select id="filter-{name}" name="{name}"><option value="">all</option>'
            f"{options}</select></label>")


def _filters(result: AuditResult) -> str:
    total = len(result.verdicts)
    return ('<form id="filters" class="filters" aria-controls="pledges">'
            + _select("year", "Year", [str(y) for y in by_year(result.verdicts)])
            + _select("area", "Area", list(by_area(result.verdicts)))
            + _select("grade", "Grade", [g.value for g in Grade])
            + f'<output id="shown" aria-live="polite">{total} of {total} pledges shown</output></form>')


def _table(verdicts: tuple[Verdict, ...]) -> str:
    head = ('<colgroup><col class="pledge"><col class="target"><col class="outcome"><col class="grade"><col>'
            "</colgroup><thead><tr><th>pledge</th><th>target</th><th>outcome</th><th>grade</th>"
            "<th>evidence (original file:line)</th></tr></thead>")
    body = "\n".join(_row(v) for v in verdicts)
    return f'<table id="pledges">{head}<tbody>\n{body}\n</tbody></table>'


def _row(verdict: Verdict) -> str:
    pledge = verdict.rule.pledge
    area = pledge.area or NO_AREA
    places = ", ".join(f"{p.document}:{p.position.line}" for p in verdict.rule.places)
    grade = verdict.grade.value
    reason = f" ({verdict.reason.value})" if verdict.reason is not None else ""
    note = f"<details><summary>rule note</summary>{_text(pledge.note)}</details>" if pledge.note else ""
    drafted = ' <span class="drafted" title="drafted rule, not reviewed yet">drafted</span>' if pledge.drafted else ""
    return (f'<tr id="p-{_text(pledge.id)}" data-year="{pledge.year}" data-area="{_text(area)}" data-grade="{grade}">'
            f'<td><div class="title" lang="zh">{_text(pledge.title)}</div>'
            f'<div class="meta"><code>{_text(pledge.id)}</code> · {pledge.year} · <span lang="zh">{_text(area)}</span>'
            f'</div><blockquote lang="zh">{_text(pledge.quote)}</blockquote>'
            f'<div class="cite">plan: {_text(places)}</div></td>'
            f'<td class="target">{_text(target_text(verdict))}</td>'
            f'<td class="outcome">{_text(outcome_text(verdict)) or "—"}</td>'
            f'<td><span class="grade {grade}">{SYMBOLS[verdict.grade]} {grade}</span>{_text(reason)}{drafted}'
            f'<div class="why">{_text(verdict.explanation)}</div>{note}</td>'
            f"<td>{_evidence(verdict)}</td></tr>")


def _evidence(verdict: Verdict) -> str:
    chosen = verdict.chosen
    others = [c for c in verdict.candidates if c != chosen]
    text = _candidate(chosen) if chosen is not None else "—"
    if others:
        items = "".join(f"<li>{_candidate(c)}</li>" for c in others)
        more = f"{len(others)} more candidate" + ("s" if len(others) > 1 else "")
        text += f"<details><summary>{more}</summary><ul>{items}</ul></details>"
    return text


def _candidate(candidate: Candidate) -> str:
    figure = f" → {_text(candidate.quantity.text.strip())}" if candidate.quantity is not None else ""
    note = f" ({_text(candidate.note)})" if candidate.note else ""
    return (f'<q lang="zh">{_text(flat(candidate.text))}</q>'
            f'<div class="cite"><code>{_text(cited(candidate))}</code> · {_text(candidate.document)}, '
            f"{candidate.source}{figure}{note}</div>")
