"""``--format html``: the scorecard, one self-contained page to open, mail or publish.

No network, no external file: styles, the two charts (inline SVG, drawn here) and
a few lines of plain script are all in the page. It leads with the findings: the
counts (missed first, and the pledges still awaiting a report on their year apart
from those the reports leave open), grades by year and by area as stacked bars,
then every pledge, missed first, with its quote, target, outcome, grade and the
evidence sentence cited by the report's title, id and line (linked to the published
report when the manifest gives its ``url``). Every count and bar segment is a link
that filters the table; the filter lives in the address (``#year=2025&grade=missed``),
so a filtered view can be sent as a link. A section says how pledges are graded,
with the values this audit used; the foot names the tool and its version.
Every grade is written in words beside its colour; every text is escaped.
"""

from __future__ import annotations

from html import escape

from ..audit import AuditResult
from ..verdict import Verdict
from ..evidence import Candidate
from ..history import Changes
from ..rules.model import Grade
from .changes import html_section
from .chart import COLOURS, filter_link, stacked_bars
from .common import (BUCKET_LABELS, BUCKETS, NO_AREA, SYMBOLS, bucket, by_area, by_year, clean, drafted_text,
                     findings_first, flat, is_estimate, methodology, outcome_text, plural, regions, report_title,
                     scope_text, short_names, tally_buckets, target_text, tool_version)

# CJK fonts of each system by name, so that Chinese never falls back to a bitmap or a Japanese face:
# macOS, Windows (simplified, then traditional), then the Noto/Source Han and WenQuanYi of Linux.
FONTS = ('system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei",'
         '"Microsoft JhengHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",'
         'sans-serif')
_SYMBOL = {"open": SYMBOLS[Grade.UNVERIFIABLE], "awaiting": "…"} | {g.value: SYMBOLS[g] for g in Grade}
_HINTS = {"open": "reports silent or unclear", "awaiting": "unverifiable: no report on the year yet"}

_STYLE = f"""
body{{font-family:{FONTS};margin:0 auto;max-width:1280px;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.5}}
h1{{font-size:1.6rem;margin:.2rem 0}}h2{{font-size:1.25rem;margin:1.6rem 0 .5rem}}
.source{{color:#444;margin:.2rem 0 1rem}}code{{font-size:.9em}}a{{color:#0b57a3}}
.scope{{background:#fff4d6;border:1px solid #e0b84c;border-radius:4px;padding:.5rem .8rem;font-weight:600}}
.counts{{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}}
a.count{{border:1px solid #ccc;border-left:8px solid;border-radius:4px;padding:.4rem .9rem;min-width:8rem;
color:inherit;text-decoration:none}}a.count:hover,a.count:focus{{background:#f3f6fa}}
.count .n{{font-size:1.8rem;font-weight:700;display:block}}.count .hint{{display:block;font-size:.8em;color:#555}}
.charts{{display:flex;flex-wrap:wrap;gap:1.5rem}}.charts figure{{margin:0;flex:1 1 480px;min-width:0}}
figcaption{{font-weight:600;margin-bottom:.3rem}}svg.chart{{width:100%;height:auto;font-size:14px}}
svg .n{{font-weight:700;font-size:12px}}svg .total{{fill:#333}}svg a:hover rect{{opacity:.8}}
.filters{{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1.2rem 0 .6rem;position:sticky;top:0;
background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}}
.filters select{{font:inherit;padding:.15rem .3rem;max-width:16rem}}#shown{{font-weight:600}}
table{{border-collapse:collapse;width:100%}}th,td{{border-bottom:1px solid #ddd;padding:.45rem .5rem;
vertical-align:top;text-align:left}}th{{background:#f3f3f3}}tr[hidden]{{display:none}}
table col.pledge{{width:27%}}table col.target{{width:12%}}table col.outcome{{width:10%}}table col.grade{{width:19%}}
.title{{font-weight:600}}.meta{{color:#555;font-size:.85em}}blockquote{{margin:.3rem 0;padding-left:.6rem;
border-left:3px solid #ccc}}.cite{{color:#444;font-size:.85em}}.why,.note{{font-size:.85em;color:#333}}
.note{{background:#f6f6f6;padding:.2rem .4rem;border-radius:3px;margin-top:.3rem}}
.grade{{display:inline-block;border-radius:3px;padding:.05rem .45rem;color:#fff;font-weight:700;white-space:nowrap}}
.grade.awaiting{{color:#1b1b1b}}.drafted{{font-size:.8rem;color:#8a5a00;border:1px dashed #8a5a00;border-radius:3px;
padding:0 .3rem}}p.drafted{{border:0;padding:0}}.estimate{{font-weight:600;color:#8a4b00}}
details{{font-size:.85em}}details ul{{padding-left:1.1rem;margin:.2rem 0}}
#method dt{{font-weight:600;margin-top:.5rem}}#method dd{{margin-left:0}}footer{{margin:2rem 0 1rem;color:#555;
font-size:.85em;border-top:1px solid #ddd;padding-top:.5rem}}
@media (max-width:700px){{
body{{padding:.6rem .7rem}}h1{{font-size:1.3rem}}
table,tbody,tr,td{{display:block;width:auto}}colgroup,thead{{display:none}}
tr{{border:1px solid #ccc;border-radius:4px;margin:.7rem 0;padding:.2rem .1rem}}td{{border:0;padding:.25rem .4rem}}
td[data-label]::before{{content:attr(data-label);display:block;font-size:.75em;color:#555;font-weight:600}}
.charts figure{{overflow-x:auto;flex-basis:100%}}svg.chart{{min-width:460px}}.filters{{position:static;gap:.5rem}}
a.count{{min-width:6.5rem;padding:.3rem .6rem}}
}}
@media print{{
.filters{{display:none}}body{{max-width:none;padding:0}}a{{color:inherit;text-decoration:none}}
h1,h2,figcaption,dt{{break-after:avoid;page-break-after:avoid}}
tr,figure,.count,dd{{break-inside:avoid;page-break-inside:avoid}}thead{{display:table-header-group}}
}}
""" + "".join(f".grade.{name},.count.{name}{{border-color:{c}}}.grade.{name}{{background:{c}}}"
              for name, c in COLOURS.items())

_SCRIPT = """
(function () {
  var selects = document.querySelectorAll("#filters select");
  var rows = document.querySelectorAll("#pledges tbody tr");
  var shown = document.getElementById("shown");
  function matches(row, select) {
    return select.value === "" || row.dataset[select.name] === select.value ||
      (select.name === "grade" && row.dataset.bucket === select.value);
  }
  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var keep = Array.prototype.every.call(selects, function (s) { return matches(row, s); });
      row.hidden = !keep;
      if (keep) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " pledges shown";
  }
  function fromAddress() {
    var wanted = new URLSearchParams(location.hash.slice(1));
    selects.forEach(function (s) {
      var value = wanted.get(s.name) || "";
      var known = Array.prototype.some.call(s.options, function (o) { return o.value === value; });
      s.value = known ? value : "";
    });
  }
  function toAddress() {
    var parts = [];
    selects.forEach(function (s) { if (s.value) { parts.push(s.name + "=" + encodeURIComponent(s.value)); } });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }
  selects.forEach(function (s) { s.addEventListener("change", function () { toAddress(); apply(); }); });
  window.addEventListener("hashchange", function () {
    fromAddress();
    apply();
    document.getElementById("filters").scrollIntoView();
  });
  fromAddress();
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
    scope = scope_text(result)
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Pledge scorecard: {place}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f'<header><h1>Pledge scorecard: <span lang="zh">{place}</span></h1>{_source(result)}</header>',
        f'<p class="scope" id="scope" role="note">{escape(scope)}</p>' if scope else "",
        "<main>",
        _counts(result),
        html_section(changes) if changes is not None else "",
        '<section class="charts">',
        _figure("by-year", "Grades by year", "year", {str(y): vs for y, vs in by_year(result.verdicts).items()}),
        _figure("by-area", "Grades by area", "area", by_area(result.verdicts)),
        "</section>",
        '<section aria-labelledby="pledges-heading"><h2 id="pledges-heading">Every pledge, findings first</h2>',
        _filters(result),
        _table(result),
        "</section>",
        _method(result),
        "</main>",
        f"<footer>Made with {escape(tool_version())} · as of {result.as_of.isoformat()}</footer>",
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
        "",
    ])


def _text(text: str) -> str:
    return escape(clean(text))


def _source(result: AuditResult) -> str:
    manifest = str(result.corpus.manifest)
    names = list(short_names(result.rules.files).values())
    folders = {name.rpartition("/")[0] for name in names}
    if len(names) > 2 and len(folders) == 1:  # a folder of year files: name the folder, list them on hover
        files = f'<code title="{_text(", ".join(names))}">{_text(folders.pop())}/</code> ({len(names)} files)'
    else:
        files = ", ".join(f"<code>{_text(name)}</code>" for name in names)
    reports = "".join(f"<li>{_report(doc.id, result)} · reviews {doc.reviews}"
                      f"{f', plans {doc.plans}' if doc.plans else ''}</li>" for doc in result.corpus)
    return (f'<p class="source">Corpus <code>{_text(short_names([manifest])[manifest])}</code>; '
            f"rule book {files or 'built in code'}; as of {result.as_of.isoformat()}.</p>"
            f"<details><summary>{plural(len(result.corpus), 'report')} read</summary><ul>{reports}</ul></details>"
            + (f'<p class="drafted">{_text(drafted_text(result.verdicts))}.</p>' if drafted_text(result.verdicts) else ""))


def _report(document: str, result: AuditResult) -> str:
    title = f'<span lang="zh">{_text(report_title(document, result.corpus))}</span>'
    try:
        url = result.corpus[document].info.url
    except KeyError:
        url = None
    return f'<a href="{_text(url)}" rel="noopener">{title}</a>' if url else title


def _counts(result: AuditResult) -> str:
    counts = tally_buckets(result.verdicts)
    cards = "".join(
        f'<a class="count {name}" id="count-{name}" href="{filter_link(grade=name)}">'
        f'<span class="n">{n}</span>{_SYMBOL[name]} {BUCKET_LABELS[name]}'
        f'{f"<span class=hint>{_HINTS[name]}</span>" if name in _HINTS else ""}</a>'
        for name, n in counts.items())
    label = "grade counts of the pledges shown" if result.selection else "grade counts"
    return f'<section class="counts" aria-label="{label}">{cards}</section>'


def _figure(id: str, title: str, by: str, rows: dict[str, list[Verdict]]) -> str:
    bars = stacked_bars(id, title, {name: tally_buckets(vs) for name, vs in rows.items()}, by)
    return f"<figure><figcaption>{escape(title)}</figcaption>{bars}</figure>"


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    items = "".join(f'<option value="{_text(v)}">{_text(text)}</option>' for v, text in options)
    return (f'<label>{label} <select id="filter-{name}" name="{name}"><option value="">all</option>'
            f"{items}</select></label>")


def _filters(result: AuditResult) -> str:
    total = len(result.verdicts)
    grades = [(name, BUCKET_LABELS[name]) for name in BUCKETS[:3]] + [
        ("unverifiable", "unverifiable (all)"), ("open", "unverifiable: reports silent or unclear"),
        ("awaiting", "unverifiable: awaiting report")]
    return ('<form id="filters" class="filters" aria-controls="pledges">'
            + _select("year", "Year", [(str(y), str(y)) for y in by_year(result.verdicts)])
            + _select("area", "Area", [(a, a) for a in by_area(result.verdicts)])
            + _select("grade", "Grade", grades)
            + f'<output id="shown" aria-live="polite">{total} of {total} pledges shown</output></form>')


def _table(result: AuditResult) -> str:
    head = ('<colgroup><col class="pledge"><col class="target"><col class="outcome"><col class="grade"><col>'
            "</colgroup><thead><tr><th>pledge</th><th>target</th><th>outcome</th><th>grade</th>"
            "<th>evidence (report, line)</th></tr></thead>")
    body = "\n".join(_row(v, result) for v in findings_first(result.verdicts))
    return f'<table id="pledges">{head}<tbody>\n{body}\n</tbody></table>'


def _row(verdict: Verdict, result: AuditResult) -> str:
    pledge = verdict.rule.pledge
    area = pledge.area or NO_AREA
    places = "; ".join(f"{report_title(p.document, result.corpus)}, line {p.position.line}"
                       for p in verdict.rule.places)
    group = bucket(verdict)
    reason = f" ({verdict.reason.value})" if verdict.reason is not None else ""
    label = verdict.grade.value if group != "awaiting" else "unverifiable: awaiting report"
    note = f'<div class="note">Note: {_text(pledge.note)}</div>' if pledge.note else ""
    estimate = ' <span class="estimate">(an estimate)</span>' if is_estimate(verdict.chosen) else ""
    drafted = ' <span class="drafted" title="drafted rule, not reviewed yet">drafted</span>' if pledge.drafted else ""
    return (f'<tr id="p-{_text(pledge.id)}" data-year="{pledge.year}" data-area="{_text(area)}" '
            f'data-grade="{verdict.grade.value}" data-bucket="{group}">'
            f'<td data-label="pledge"><div class="title" lang="zh">{_text(pledge.title)}</div>'
            f'<div class="meta"><code>{_text(pledge.id)}</code> · {pledge.year} · <span lang="zh">{_text(area)}</span>'
            f'</div><blockquote lang="zh">{_text(pledge.quote)}</blockquote>'
            f'<div class="cite">plan: <span lang="zh">{_text(places)}</span></div></td>'
            f'<td class="target" data-label="target">{_text(target_text(verdict))}</td>'
            f'<td class="outcome" data-label="outcome">{_text(outcome_text(verdict)) or "—"}{estimate}</td>'
            f'<td data-label="grade"><span class="grade {group}">{_SYMBOL[group]} {label}</span>{_text(reason)}{drafted}'
            f'<div class="why">{_text(verdict.explanation)}</div>{note}</td>'
            f'<td data-label="evidence">{_evidence(verdict, result)}</td></tr>')


def _evidence(verdict: Verdict, result: AuditResult) -> str:
    chosen = verdict.chosen
    others = [c for c in verdict.candidates if c != chosen]
    text = _candidate(chosen, result) if chosen is not None else "—"
    if others:
        items = "".join(f"<li>{_candidate(c, result)}</li>" for c in others)
        more = f"{len(others)} more candidate" + ("s" if len(others) > 1 else "")
        text += f"<details><summary>{more}</summary><ul>{items}</ul></details>"
    return text


def _candidate(candidate: Candidate, result: AuditResult) -> str:
    figure = f" → {_text(candidate.quantity.text.strip())}" if candidate.quantity is not None else ""
    note = f" ({_text(candidate.note)})" if candidate.note else ""
    estimate = ' · <span class="estimate">an estimate</span>' if is_estimate(candidate) else ""
    return (f'<q lang="zh">{_text(flat(candidate.text))}</q>'
            f'<div class="cite">{_report(candidate.document, result)}, line {candidate.position.line} · '
            f"{candidate.source}{figure}{note}{estimate}</div>")


def _method(result: AuditResult) -> str:
    items = "".join(f"<dt>{escape(topic)}</dt><dd>{escape(text)}</dd>" for topic, text in methodology(result))
    return f'<section id="method"><h2>How pledges are graded</h2><dl>{items}</dl></section>'
