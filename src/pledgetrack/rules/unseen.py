"""Evidence words that stand in no report: almost always a typo (招骋会) or several words in one string.

They are warnings, not problems: a rule book with them is valid, and ``validate`` shows them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..corpus import Corpus
from ..corpus.normalise import fold_key
from ..errors import Problem
from .vocabulary import Vocabulary


def unseen_words(written: Iterable, government: dict[str, str], corpus: Corpus,
                 vocabulary: Vocabulary) -> list[Problem]:
    """A warning per evidence word that no report of its pledge's government holds, in any spelling.

    ``written`` holds each pledge as read (:class:`~pledgetrack.rules.load.Written`: the pledge,
    and a ``problem()`` placed at one of its keys); ``government`` says whose each valid pledge
    is, by id. A warning stands at the pledge's ``evidence``.

    >>> from pledgetrack import Pledge, load_corpus
    >>> from pledgetrack.rules.book import Origin, Written
    >>> from pledgetrack.rules.vocabulary import default_vocabulary
    >>> pledge = Pledge(id="fairs", year=2023, quote="q", evidence=["招骋会", "招聘会"])
    >>> written = [Written(pledge, Origin("<python>"))]
    >>> [w.message for w in unseen_words(written, {"fairs": "广东省广州市越秀区"},
    ...                                  load_corpus(), default_vocabulary())]  # doctest: +ELLIPSIS
    ["pledge 'fairs': the evidence word '招骋会' stands in no report of 广东省广州市越秀区 ..."]
    """
    # Only the reports of the rules' own governments are read: a lazy corpus reads no other.
    folded = [(whose, _folded(doc.text)) for whose in dict.fromkeys(government.values())
              for doc in corpus.of_government(whose)]
    warnings = []
    for item in written:
        pledge = item.pledge
        texts = [text for whose, text in folded if whose == government.get(pledge.id)]
        if not texts:
            continue
        for key in ("all", "any"):
            words = getattr(pledge.evidence, key)
            seen = [any(s in text for s in _spellings(word, vocabulary) for text in texts) for word in words]
            for position, word in enumerate(words):
                # `any` lists alternatives, some of which a report may never use: one of them unseen is
                # a warning only when none is seen, or when it is several words run together.
                if not seen[position] and (key == "all" or not any(seen) or _SEPARATORS.search(word)):
                    warnings.append(item.problem(
                        "evidence", f"the evidence word '{word}' stands in no report of {government[pledge.id]} "
                        "(a typo, or several words written as one?)",
                        "copy the word from a report; give several words as a list, e.g. [招聘会, 就业]",
                        "unseen-word"))
    return warnings


_SEPARATORS = re.compile(r"[，,、；;\s]")


def _spellings(word: str, vocabulary: Vocabulary) -> set[str]:
    return {fold_key(w) for w in vocabulary.variants(word) | {word}} - {""}


@functools.lru_cache(maxsize=64)
def _folded(text: str) -> str:
    # A report's text is folded once, however many rule books are checked against it (a str keeps its hash).
    return fold_key(text)
