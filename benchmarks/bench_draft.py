"""How well and how fast `pledgetrack draft` drafts: against the bundled rule book and against gold.yaml.

Run: python benchmarks/bench_draft.py [--repeat N] [-v]

Seeds (广州市越秀区), against the bundled rule book as the reference:
- recall: the reference's numeric pledges whose target figure a drafted quote covers;
- precision: drafted rules that are real commitments for the plan year: those that cover a
  reference pledge, plus those the reference leaves out that a reader judged pledges
  (benchmarks/draft_judged.yaml lists every drafted quote judged *not* a pledge);
- graded the same: for the years the corpus reviews (2017, 2023, 2025), the covering drafted
  rule's grade against the reference rule's grade.
Other governments (tests/corpora/other-governments), against gold.yaml: recall of the gold quotes
(a drafted quote overlaps the gold quote and its target figure stands inside it), and drafted
rules graded as the auditor did (one of `accept`), for the gold pledges of reports that load.
Time: drafting the whole corpus against auditing it (load rules + grade), best of N.
A benchmark, not a test: the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from bench_audit import best_of  # this folder is on the path when the script runs

from pledgetrack import audit, build_rules, draft_rules, load_corpus, load_rules
from pledgetrack.draft import drafted_book
from pledgetrack.evidence import figures_in
from pledgetrack.corpus.normalise import fold_key
from pledgetrack.rules.model import Kind
from pledgetrack.yamldata import load_yaml

AS_OF = datetime.date(2026, 11, 21)
ROOT = Path(__file__).resolve().parents[1]
OTHERS = ROOT / "tests" / "corpora" / "other-governments"
GRADED_YEARS = (2017, 2023, 2025)


def target_spans(rule, corpus):
    """(document, start, end) of the figure each place of a rule's quote promises."""
    target = rule.pledge.target if isinstance(rule.pledge.target, str) else None
    spans = []
    for place in rule.places:
        doc = corpus[place.document]
        inner = [loc for loc in doc.locate_all(target) if place.start <= loc.start and loc.end <= place.end] \
            if target else []
        start, end = (inner[0].start, inner[0].end) if inner else (place.start, place.end)
        if not inner and rule.target is not None and rule.target.text and rule.pledge.indicator is None:
            found = [loc for loc in doc.locate_all(rule.target.text)
                     if place.start <= loc.start and loc.end <= place.end]
            if found:
                start, end = found[0].start, found[0].end
        spans.append((place.document, start, end))
    return spans


def covering(spans, drafted):
    """The drafted rule whose quote holds one of ``spans``."""
    for rule in drafted:
        for place in rule.places:
            if any(doc == place.document and place.start <= a and b <= place.end for doc, a, b in spans):
                return rule
    return None


def seeds(verbose: bool) -> None:
    corpus = load_corpus()
    book = load_rules(corpus=corpus)
    drafted = build_rules(draft_rules(corpus), corpus)
    numeric = [r for r in book if r.kind is Kind.NUMERIC]
    matched = {}
    for rule in numeric:
        found = covering(target_spans(rule, corpus), drafted)
        if found is not None:
            matched[rule.id] = found
        elif verbose:
            print(f"  missed: {rule.id} {rule.pledge.quote}")
    reference_places = [(p.document, p.start, p.end) for r in book for p in r.places]
    judged = {fold_key(q) for q in (load_yaml(ROOT / "benchmarks" / "draft_judged.yaml", "judged").data
                                    or {}).get("not_pledges", []) or []}
    in_book = [r for r in drafted if any(d == p.document and p.start < b and a < p.end
                                         for p in r.places for d, a, b in reference_places)]
    rest = [r for r in drafted if r not in in_book]
    wrong = [r for r in rest if fold_key(r.pledge.quote) in judged]
    if verbose:
        for rule in rest:
            mark = "x" if rule in wrong else "?"
            print(f"  {mark} not in the book: {rule.id} {rule.pledge.quote}")
    print(f"seeds: {len(drafted)} drafted rules; reference book: {len(numeric)} numeric pledges")
    print(f"  recall     {len(matched) / len(numeric):6.1%}  ({len(matched)}/{len(numeric)})")
    print(f"  precision  {1 - len(wrong) / len(drafted):6.1%}  ({len(in_book)} in the book, "
          f"{len(rest) - len(wrong)} more judged pledges, {len(wrong)} judged not)")
    graded = [r for r in numeric if r.year in GRADED_YEARS]
    ref_result = audit(corpus, book, as_of=AS_OF)
    draft_result = audit(corpus, drafted, as_of=AS_OF)
    same = 0
    for rule in graded:
        other = matched.get(rule.id)
        ok = other is not None and draft_result[other.id].grade is ref_result[rule.id].grade
        same += ok
        if verbose and not ok:
            got = draft_result[other.id].grade.value if other else "not drafted"
            print(f"  graded apart: {rule.id} {ref_result[rule.id].grade.value} vs {got}")
    print(f"  graded the same ({', '.join(map(str, GRADED_YEARS))}) {same / len(graded):6.1%}  ({same}/{len(graded)})")


def others(verbose: bool) -> None:
    corpus = load_corpus(OTHERS)
    drafted = build_rules(draft_rules(corpus), corpus)
    result = audit(corpus, drafted, as_of=AS_OF)
    cases = load_yaml(OTHERS / "gold.yaml", "gold.yaml").data["cases"]
    loaded = {doc.info.file: doc for doc in corpus}
    usable = [c for c in cases if c["src"] in loaded]
    found = same = 0
    for case in usable:
        doc = loaded[case["src"]]
        places = doc.locate_all(case["quote"])
        hits = [rule for rule in drafted
                if any(d == doc.id and loc.start <= a and b <= loc.end
                       for d, a, b in target_spans(rule, corpus) for loc in places)]
        # one quote may give two rules (城乡…分别: 城镇 and 农村): the one about the case's words
        hit = max(hits, key=lambda r: len(set(r.pledge.evidence.all) & set(case["words"])), default=None)
        found += hit is not None
        ok = hit is not None and result[hit.id].grade.value in case["accept"]
        same += ok
        if verbose and not ok:
            got = result[hit.id].grade.value if hit else "not drafted"
            print(f"  {case['id']}: {case['quote']} accept {case['accept']} got {got}")
    print(f"other governments: {len(corpus)} of 8 reports load; {len(usable)} of {len(cases)} gold pledges "
          f"in them; {len(drafted)} drafted rules")
    print(f"  recall of gold quotes   {found / len(usable):6.1%}  ({found}/{len(usable)})")
    print(f"  graded as the auditor   {same / len(usable):6.1%}  ({same}/{len(usable)})")


def timing(repeat: int) -> None:
    # Each run starts cold: the corpus read afresh and the shared cache of figures emptied.
    def drafting(path):
        figures_in.cache_clear()
        return draft_rules(load_corpus(path))

    def auditing_book():
        figures_in.cache_clear()
        corpus = load_corpus()
        return audit(corpus, load_rules(corpus=corpus), as_of=AS_OF)

    def auditing_draft(path):
        figures_in.cache_clear()
        corpus = load_corpus(path)
        return audit(corpus, drafted_book(corpus), as_of=AS_OF)

    draft_s, _ = best_of(repeat, lambda: drafting(None))
    audit_s, _ = best_of(repeat, auditing_book)
    print(f"time, seeds: read the corpus and draft {draft_s * 1000:.0f} ms; read it and audit the bundled "
          f"rule book {audit_s * 1000:.0f} ms (draft/audit = {draft_s / audit_s:.2f}, best of {repeat})")
    draft_s, _ = best_of(repeat, lambda: drafting(OTHERS))
    audit_s, _ = best_of(repeat, lambda: auditing_draft(OTHERS))
    print(f"time, other governments: read the corpus and draft {draft_s * 1000:.0f} ms; `audit --draft` "
          f"(read, draft, grade) {audit_s * 1000:.0f} ms (best of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    seeds(args.verbose)
    others(args.verbose)
    timing(args.repeat)


if __name__ == "__main__":
    main()
