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
from ..yamldata import YamlDocument
from .model import Pledge
from .vocabulary import Vocabulary


def unseen_words(written: Iterable[tuple[Pledge, object, YamlDocument | None, int]], government: dict[str, str],
                 corpus: Corpus, vocabulary: Vocabulary) -> list[Problem]:
    """A warning per evidence word that no report of its pledge's government holds, in any spelling.

    ``written`` holds each pledge with its origin, the YAML document it was read from (None when
    built in code) and its index there; ``government`` says whose each valid pledge is, by id.

    >>> from pledgetrack.corpus import load_corpus
    >>> from pledgetrack.rules.vocabulary import default_vocabulary
    >>> pledge = Pledge(id="fairs", year=2023, quote="q", evidence=["招骋会", "招聘会"])
    >>> [w.message for w in unseen_words([(pledge, None, None, 0)], {"fairs": "广东省广州市越秀区"},
    ...                                  load_corpus(), default_vocabulary())]  # doctest: +ELLIPSIS
    ["pledge 'fairs': the evidence word '招骋会' stands in no report of 广东省广州市越秀区 ..."]
    """
    folded = [(doc.government, _folded(doc.text)) for doc in corpus] if government else []
    warnings = []
    for pledge, _origin, doc, index in written:
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
                    warnings.append(_unseen(pledge, doc, index, key, position, word, government[pledge.id]))
    return warnings


_SEPARATORS = re.compile(r"[，,、；;\s]")


def _spellings(word: str, vocabulary: Vocabulary) -> set[str]:
    return {fold_key(w) for w in vocabulary.variants(word) | {word}} - {""}


@functools.lru_cache(maxsize=64)
def _folded(text: str) -> str:
    # A report's text is folded once, however many rule books are checked against it (a str keeps its hash).
    return fold_key(text)


def _unseen(pledge: Pledge, doc: YamlDocument | None, index: int, key: str, position: int, word: str,
            government: str) -> Problem:
    message = (f"the evidence word '{word}' stands in no report of {government} "
               "(a typo, or several words written as one?)")
    hint = "copy the word from a report; give several words as a list, e.g. [招聘会, 就业]"
    if doc is None:
        return Problem("<python>", None, None, f"pledge '{pledge.id}': {message}", hint, "unseen-word")
    path: tuple = ("pledges", index, "evidence")
    raw = doc.data["pledges"][index]["evidence"]
    if isinstance(raw, dict):
        path, raw = path + (key,), raw.get(key)
    if isinstance(raw, list):
        path += (position,)
    return doc.problem(path, message, hint, "unseen-word")
