"""``--format html``: the scorecard, one self-contained page to open, mail or publish.

No network, no external file: styles, the charts (inline SVG, drawn here) and
a few lines of plain script are all in the page (:mod:`.html_assets`). It leads with
the findings: the counts (missed first, and the pledges still awaiting a report on
their year apart from those the reports leave open), grades by year, by area and,
when the corpus holds several governments, by government as stacked bars, then
every pledge, missed first, with its quote, target, outcome, grade and the evidence
sentence cited by the report's title, id and line (linked to the published report
when the manifest gives its ``url``). Every count and bar segment is a link that
filters the table; the filter lives in the address (``#government=…&grade=missed``),
so a filtered view can be sent as a link. A section says how pledges are graded,
with the values this audit used; the foot names the tool and its version.
The page speaks English or Chinese (``lang``, :mod:`pledgetrack.wording`), figures
written as the reports write them (:mod:`pledgetrack.amounts`). Every grade is
written in words beside its colour; every text is escaped.
"""

from __future__ import annotations

from html import escape
from pathlib import PurePath

from ..audit import AuditResult
from ..evidence import Candidate
from ..history import Changes
from ..rules.model import Grade
from ..results import Verdict
from ..wording import HTML_LANG, words
from .changes import html_section
from .chart import filter_link, stacked_bars
from .common import (BUCKETS, NO_AREA, SYMBOLS, bucket, by_area, by_year, clean, drafted_text, findings_first, flat,
                     folder_name, is_estimate, place_name, report_title, scope_text, short_names, tally_buckets, tool_version)
from .figures import check_mark, check_points, explanation, grade_text, outcome_text, target_text
from .html_assets import SCRIPT, STYLE
from .method import methodology

_SYMBOL = {"open": SYMBOLS[Grade.UNVERIFIABLE], "unsigned": "✎", "awaiting": "…"} | {g.value: SYMBOLS[g] for g in Grade}


def render(result: AuditResult, changes: Changes | None = None, lang: str = "en") -> str:
    """The audit as one HTML page in ``lang`` (``en``, ``zh``); with ``changes`` (``--baseline``), what changed.

    >>> import datetime
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> page = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))
    >>> page.count("<svg"), '<tr id="p-fairs"' in page, "1 of 1 pledges shown" in page
    (2, True, True)
    >>> page = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)), lang="zh")
    >>> '<html lang="zh-CN">' in page, "超额完成" in page, "显示 1 / 1 项承诺" in page
    (True, True, True)
    """
    t = words(lang)
    place = _text(place_name(result, lang))
    scope = scope_text(result, lang)
    governments = _governments(result)
    years = {str(year): verdicts for year, verdicts in by_year(result.verdicts).items()}
    charts = [_figure("by-year", t["chart.year"], "year", years, lang),
              _figure("by-area", t["chart.area"], "area", _areas(result, t), lang)]
    if len(governments) > 1:  # what a researcher with many governments looks for first
        charts.insert(0, _figure("by-government", t["chart.government"], "government", governments, lang))
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[lang]}">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t['title'].format(place=place)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f'<header><h1>{t["title"].format(place=f"<span lang=zh>{place}</span>")}</h1>{_source(result, t, lang)}'
        "</header>",
        f'<p class="scope" id="scope" role="note">{escape(scope)}</p>' if scope else "",
        "<main>",
        _counts(result, t),
        html_section(changes, lang) if changes is not None else "",
        '<section class="charts">', *charts, "</section>",
        f'<section aria-labelledby="pledges-heading"><h2 id="pledges-heading">{t["pledges.heading"]}</h2>',
        _filters(result, t, governments),
        _table(result, t, lang),
        "</section>",
        _method(result, t, lang),
        "</main>",
        f"<footer>{_text(t['footer'].format(tool=tool_version(), as_of=result.as_of.isoformat()))}</footer>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
        "",
    ])


def _text(text: str) -> str:
    return escape(clean(text))


def _governments(result: AuditResult) -> dict[str, list[Verdict]]:
    groups: dict[str, list[Verdict]] = {}
    for verdict in result.verdicts:
        groups.setdefault(verdict.government, []).append(verdict)
    return groups


def _areas(result: AuditResult, t: dict[str, str]) -> dict[str, list[Verdict]]:
    # The same name as the rows' data-area, so that a bar's link finds its rows.
    return {t["no.area"] if area == NO_AREA else area: vs for area, vs in by_area(result.verdicts).items()}


def _source(result: AuditResult, t: dict[str, str], lang: str) -> str:
    """The corpus and rule folders by name (each file on hover), never a list of 57 files."""
    corpus = result.corpus
    if len(corpus.manifests) > 1:
        where = f"{PurePath(corpus.root).name}/"
    else:
        where = short_names([str(corpus.manifest)])[str(corpus.manifest)]
    names = list(short_names(result.rules.files).values())
    count = t["file"] if len(names) == 1 else t["files"].format(n=len(names))
    if len(names) > 1:
        files = f'<code title="{_text(", ".join(names))}">{_text(folder_name(result.rules.files))}</code>' + t["paren"].format(count)
    else:
        files = f"<code>{_text(names[0])}</code>" if names else t["rules.built"]
    governments = len(_governments(result))
    corpus_text = f"<code>{_text(where)}</code>" + (t["paren"].format(t["governments"].format(n=governments))
                                                     if governments > 1 else "")
    reports = "".join(f"<li>{_report(doc.id, result)} · {t['reviews'].format(year=doc.reviews)}"
                      f"{', ' + t['plans'].format(year=doc.plans) if doc.plans else ''}</li>" for doc in corpus)
    read = t["report"] if len(corpus) == 1 else t["reports"].format(n=len(corpus))
    drafted = drafted_text(result.verdicts, lang)
    return (f'<p class="source">{t["source"].format(corpus=corpus_text, rules=files, as_of=result.as_of.isoformat())}'
            f"</p><details><summary>{read}</summary><ul>{reports}</ul></details>"
            + (f'<p class="drafted">{_text(drafted)}</p>' if drafted else ""))


def _report(document: str, result: AuditResult) -> str:
    title = f'<span lang="zh">{_text(report_title(document, result.corpus))}</span>'
    try:
        url = result.corpus[document].info.url
    except KeyError:
        url = None
    return f'<a href="{_text(url)}" rel="noopener">{title}</a>' if url else title


def _counts(result: AuditResult, t: dict[str, str]) -> str:
    counts = tally_buckets(result.verdicts)
    hints = {name: f"<span class=hint>{t['hint.' + name]}</span>" if f"hint.{name}" in t else "" for name in counts}
    cards = "".join(
        f'<a class="count {name}" id="count-{name}" href="{filter_link(grade=name)}">'
        f'<span class="n">{n}</span>{_SYMBOL[name]} {t["bucket." + name]}{hints[name]}</a>'
        for name, n in counts.items())
    label = t["counts.label.selected"] if result.selection else t["counts.label"]
    return f'<section class="counts" aria-label="{label}">{cards}</section>'


def _figure(id: str, title: str, by: str, rows: dict[str, list[Verdict]], lang: str) -> str:
    bars = stacked_bars(id, title, {name: tally_buckets(vs) for name, vs in rows.items()}, by, lang)
    return f"<figure><figcaption>{escape(title)}</figcaption>{bars}</figure>"


def _select(name: str, label: str, options: list[tuple[str, str]], t: dict[str, str]) -> str:
    items = "".join(f'<option value="{_text(v)}">{_text(text)}</option>' for v, text in options)
    return (f'<label>{label} <select id="filter-{name}" name="{name}"><option value="">{t["filter.all"]}</option>'
            f"{items}</select></label>")


def _filters(result: AuditResult, t: dict[str, str], governments: dict[str, list[Verdict]]) -> str:
    total = len(result.verdicts)
    grades = [(name, t[f"bucket.{name}"]) for name in BUCKETS[:3]] + [
        (name, t[f"filter.{name}"]) for name in ("unverifiable", *BUCKETS[3:])]
    by_government = (_select("government", t["filter.government"], [(g, g) for g in governments], t)
                     if len(governments) > 1 else "")
    template = t["shown"]
    return ('<form id="filters" class="filters" aria-controls="pledges">'
            + by_government
            + _select("year", t["filter.year"], [(str(y), str(y)) for y in by_year(result.verdicts)], t)
            + _select("area", t["filter.area"], [(a, a) for a in _areas(result, t)], t)
            + _select("grade", t["filter.grade"], grades, t)
            + f'<output id="shown" aria-live="polite" data-template="{_text(template)}">'
            + f"{_text(template.format(shown=total, total=total))}</output></form>")


def _table(result: AuditResult, t: dict[str, str], lang: str) -> str:
    heads = "".join(f"<th>{t[f'col.{name}']}</th>" for name in ("pledge", "target", "outcome", "grade", "evidence"))
    head = ('<colgroup><col class="pledge"><col class="target"><col class="outcome"><col class="grade"><col>'
            f"</colgroup><thead><tr>{heads}</tr></thead>")
    body = "\n".join(_row(v, result, t, lang) for v in findings_first(result.verdicts))
    return f'<table id="pledges">{head}<tbody>\n{body}\n</tbody></table>'


def _row(verdict: Verdict, result: AuditResult, t: dict[str, str], lang: str) -> str:
    pledge = verdict.rule.pledge
    area = pledge.area or t["no.area"]
    places = "; ".join(f"{report_title(p.document, result.corpus)}, {t['line'].format(n=p.position.line)}"
                       for p in verdict.rule.places)
    group = bucket(verdict)
    label = t.get(f"row.{group}", t[f"grade.{verdict.grade.value}"])
    reason = grade_text(verdict, lang)[len(t[f"grade.{verdict.grade.value}"]):]
    note = f'<div class="note">{t["note"]}{_text(pledge.note)}</div>' if pledge.note else ""
    estimate = f' <span class="estimate">({t["estimate"]})</span>' if is_estimate(verdict.chosen) else ""
    drafted = (f' <span class="drafted" title="{t["drafted.title"]}">{t["drafted"]}</span>'
               if pledge.drafted else "")
    check = (f' <span class="drafted check" title="{t["check.title"]}">{_text(check_mark(verdict, lang))}</span>'
             + "".join(f'<div class="check" lang="zh">{_text(point)}</div>' for point in check_points(verdict, lang))
             if pledge.check else "")
    labels = {name: t[f"col.{name}"] for name in ("pledge", "target", "outcome", "grade")} | {
        "evidence": t["label.evidence"]}
    return (f'<tr id="p-{_text(pledge.id)}" data-year="{pledge.year}" data-area="{_text(area)}" '
            f'data-grade="{verdict.grade.value}" data-bucket="{group}" data-government="{_text(verdict.government)}">'
            f'<td data-label="{labels["pledge"]}"><div class="title" lang="zh">{_text(pledge.title)}</div>'
            f'<div class="meta"><code>{_text(pledge.id)}</code> · {pledge.year} · <span lang="zh">{_text(area)}</span>'
            f'</div><blockquote lang="zh">{_text(pledge.quote)}</blockquote>'
            f'<div class="cite">{t["plan"]}<span lang="zh">{_text(places)}</span></div></td>'
            f'<td class="target" data-label="{labels["target"]}">{_text(target_text(verdict, lang))}</td>'
            f'<td class="outcome" data-label="{labels["outcome"]}">{_text(outcome_text(verdict)) or "—"}{estimate}</td>'
            f'<td data-label="{labels["grade"]}"><span class="grade {group}">{_SYMBOL[group]} {label}</span>'
            f'{_text(reason)}{drafted}{check}<div class="why">{_text(explanation(verdict, lang))}</div>{note}</td>'
            f'<td data-label="{labels["evidence"]}">{_evidence(verdict, result, t)}</td></tr>')


def _evidence(verdict: Verdict, result: AuditResult, t: dict[str, str]) -> str:
    chosen = verdict.chosen
    others = [c for c in verdict.candidates if c != chosen]
    text = _candidate(chosen, result, t) if chosen is not None else "—"
    if others:
        items = "".join(f"<li>{_candidate(c, result, t)}</li>" for c in others)
        more = t["more.one"] if len(others) == 1 else t["more"].format(n=len(others))
        text += f"<details><summary>{more}</summary><ul>{items}</ul></details>"
    return text


def _candidate(candidate: Candidate, result: AuditResult, t: dict[str, str]) -> str:
    figure = f" → {_text(candidate.quantity.text.strip())}" if candidate.quantity is not None else ""
    note = f" ({_text(candidate.note)})" if candidate.note else ""
    estimate = f' · <span class="estimate">{t["estimate"]}</span>' if is_estimate(candidate) else ""
    source = t.get(f"source.{candidate.source}", candidate.source)
    return (f'<q lang="zh">{_text(flat(candidate.text))}</q>'
            f'<div class="cite">{_report(candidate.document, result)}, {t["line"].format(n=candidate.position.line)}'
            f" · {_text(source)}{figure}{note}{estimate}</div>")


def _method(result: AuditResult, t: dict[str, str], lang: str) -> str:
    items = "".join(f"<dt>{escape(topic)}</dt><dd>{escape(text)}</dd>" for topic, text in methodology(result, lang))
    return f'<section id="method"><h2>{t["method.heading"]}</h2><dl>{items}</dl></section>'
