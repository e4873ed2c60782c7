"""The scorecard page's style and script, kept apart from the page's content (:mod:`.html`).

The script filters the table by the ``<select>``s of ``#filters`` (year, area, grade,
government: any select whose name is a row's ``data-`` attribute), keeps the filter in
the address (``#government=…&grade=missed``) and says how many rows are shown in the
page's language, from the template in ``#shown``'s ``data-template``.

>>> "data-template" in SCRIPT or "dataset.template" in SCRIPT, "@media print" in STYLE
(True, True)
"""

from __future__ import annotations

from .chart import COLOURS

# CJK fonts of each system by name, so that Chinese never falls back to a bitmap or a Japanese face:
# macOS, Windows (simplified, then traditional), then the Noto/Source Han and WenQuanYi of Linux.
FONTS = ('system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei",'
         '"Microsoft JhengHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",'
         'sans-serif')
STYLE = f"""
body{{font-family:{FONTS};margin:0 auto;max-width:1280px;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.5}}
h1{{font-size:1.6rem;margin:.2rem 0}}h2{{font-size:1.25rem;margin:1.6rem 0 .5rem}}
.source{{color:#444;margin:.2rem 0 1rem}}code{{font-size:.9em}}a{{color:#0b57a3}}
.scope{{background:#fff4d6;border:1px solid #e0b84c;border-radius:4px;padding:.5rem .8rem;font-weight:600}}
.counts{{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}}
a.count{{border:1px solid #ccc;border-left:8px solid;border-radius:4px;padding:.4rem .9rem;min-width:8rem;flex:1 1 0;
color:inherit;text-decoration:none}}a.count:hover,a.count:focus{{background:#f3f6fa}}
.count .n{{font-size:1.8rem;font-weight:700;display:block}}.count .hint{{display:block;font-size:.8em;color:#555}}
.charts{{display:flex;flex-wrap:wrap;gap:1.5rem}}.charts figure{{margin:0;flex:1 1 480px;min-width:0;max-width:640px}}
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
padding:0 .3rem}}p.drafted{{border:0;padding:0}}div.check{{font-size:.8rem;color:#8a5a00}}.estimate{{font-weight:600;color:#8a4b00}}
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

SCRIPT = """
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
    shown.textContent = shown.dataset.template.replace("{shown}", count).replace("{total}", rows.length);
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


