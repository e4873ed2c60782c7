"""Choosing evidence words: our own head-noun search against jieba's word segmentation, on the seeds.

Run: python benchmarks/bench_draft_words.py   (needs `pip install jieba`; pledgetrack does not)

For every drafted rule of the seeds the measured phrase (the words naming what the figure
counts, "线下招聘会") gets a keyword two ways:
- ours: the longest stretch at the phrase's end (its head noun) that a review sentence with a
  figure of the same kind uses (pledgetrack.draft.words.ReviewWords.keyword);
- jieba: the phrase segmented with jieba.posseg, the run of nouns at its end joined (the head
  noun as the segmenter sees it), the same fallback when the reviews never use it.
Printed: how many keywords the reviews use, how many drafted rules of 2017/2023/2025 get the
grade the bundled book gives, and the time to choose the words.
"""

from __future__ import annotations

import datetime
import time

from pledgetrack import audit, build_rules, load_corpus, load_rules
from pledgetrack.draft import draft
from pledgetrack.draft import words as draft_words

AS_OF = datetime.date(2026, 11, 21)


def jieba_keyword(self, phrase, unit):
    import jieba.posseg

    pieces = list(jieba.posseg.cut(phrase))
    run = []
    for piece in reversed(pieces):
        if not piece.flag.startswith(("n", "vn")):
            if run:
                break
            continue
        run.insert(0, piece.word)
    word = "".join(run) or phrase
    texts = self._texts(unit)
    return word, any(v in texts for v in self._synonyms.variants(word))


def measure(name, corpus, book, reference):
    started = time.perf_counter()
    drafts = draft(corpus)
    seconds = time.perf_counter() - started
    drafted = build_rules([d.pledge for d in drafts], corpus)
    heard = sum(1 for d in drafts if not any("check the evidence words" in doubt for doubt in d.doubts))
    ours = audit(corpus, drafted, as_of=AS_OF)
    same = total = 0
    for rule in book:
        if rule.year not in (2017, 2023, 2025):
            continue
        spans = [(p.document, p.start, p.end) for p in rule.places]
        match = next((r for r in drafted for p in r.places
                      if any(d == p.document and p.start < b and a < p.end for d, a, b in spans)), None)
        total += 1
        same += match is not None and ours[match.id].grade is reference[rule.id].grade
    print(f"{name:6} keywords heard in the reviews {heard}/{len(drafts)}; graded as the book "
          f"{same}/{total}; drafting took {seconds * 1000:.0f} ms")


def main() -> None:
    try:
        import jieba
    except ImportError:
        print("jieba is not installed: pip install jieba")
        return
    jieba.setLogLevel(60)
    corpus = load_corpus()
    book = load_rules(corpus=corpus)
    reference = audit(corpus, book, as_of=AS_OF)
    measure("ours", corpus, book, reference)
    started = time.perf_counter()
    jieba.initialize()
    print(f"jieba: loading its dictionary took {(time.perf_counter() - started) * 1000:.0f} ms")
    draft_words.ReviewWords.keyword = jieba_keyword
    measure("jieba", load_corpus(), book, reference)


if __name__ == "__main__":
    main()
