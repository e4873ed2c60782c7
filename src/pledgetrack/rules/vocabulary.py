"""Synonyms for evidence keywords, and the words that mark a milestone done.

Shipped defaults live in ``vocabulary.yaml`` beside this module; a rule book
may add its own ``vocabulary.yaml`` (same keys; ``defaults: false`` starts
from nothing).

>>> vocab = default_vocabulary()
>>> "招聘活动" in vocab.variants("招聘会")
True
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import attrs

from ..errors import Problem, RuleError
from ..yamldata import YamlDocument, load_yaml

DEFAULT_FILE = Path(__file__).with_name("vocabulary.yaml")
_KEYS = ("synonyms", "completion", "defaults")


@attrs.frozen
class Vocabulary:
    """Synonym groups (each word maps to its whole group) and completion words."""

    groups: dict[str, frozenset[str]] = attrs.field(factory=dict)
    completion: tuple[str, ...] = ()
    # every word of a group, longest first, as one pattern: the synonyms standing inside a longer word, found in one
    # scan of it (a word is looked up many times while drafting)
    _inside: re.Pattern[str] | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        members = sorted((m for m in self.groups if len(m) >= 2), key=len, reverse=True)
        object.__setattr__(self, "_inside", re.compile("|".join(map(re.escape, members))) if members else None)

    def variants(self, word: str) -> frozenset[str]:
        """The word and every synonym of it, a synonym standing for its word inside a longer one too.

        >>> sorted(default_vocabulary().variants("农网改造"))
        ['农村电网改造', '农网改造']
        """
        whole = self.groups.get(word)
        if whole is not None:
            return whole
        found = {word}
        # (the longest member at each place: 公共财政预算收入 inside 一般公共财政预算收入 is not replaced apart)
        for member in dict.fromkeys(m.group() for m in self._inside.finditer(word)) if self._inside else ():
            found |= {word.replace(member, other) for other in self.groups[member]}
        return frozenset(found)

    def extended(self, groups: list[list[str]], completion: list[str]) -> Vocabulary:
        """A new vocabulary with more groups (merged where they share a word) and words."""
        merged = dict(self.groups)
        for group in groups:
            members = set(group)
            for word in group:
                members |= merged.get(word, set())
            for word in members:
                merged[word] = frozenset(members)
        return Vocabulary(merged, tuple(dict.fromkeys(self.completion + tuple(completion))))


def read_vocabulary(path: Path | str, base: Vocabulary | None = None) -> tuple[Vocabulary, list[Problem]]:
    """Read a vocabulary file on top of ``base`` (the defaults when None).

    >>> vocab, problems = read_vocabulary(DEFAULT_FILE, Vocabulary())
    >>> problems, "建成" in vocab.completion
    ([], True)
    """
    doc = load_yaml(path)
    data = doc.data if isinstance(doc.data, dict) else {}
    problems = [doc.problem((), "a vocabulary file is a mapping with synonyms and completion",
                            "see docs/rules.md#vocabulary")] if not isinstance(doc.data, dict) else []
    for key in data:
        if key not in _KEYS:
            problems.append(doc.problem((key,), f"unknown key '{key}'", f"a vocabulary takes: {', '.join(_KEYS)}",
                                        "unknown-key", key=True))
    if base is None:
        base = Vocabulary() if data.get("defaults") is False else default_vocabulary()
    groups = _word_lists(doc, ("synonyms",), data.get("synonyms", []), problems, nested=True)
    completion = _word_lists(doc, ("completion",), data.get("completion", []), problems, nested=False)
    return base.extended(groups, completion), problems


def _word_lists(doc: YamlDocument, path, value, problems: list[Problem], *, nested: bool):
    if not isinstance(value, list):
        problems.append(doc.problem(path, f"'{path[0]}' must be a list", "write one entry per line, starting with '- '"))
        return []
    good = []
    for i, item in enumerate(value):
        words = item if nested else [item]
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            expected = "a list of words, e.g. [招聘会, 招聘活动]" if nested else "a word"
            problems.append(doc.problem(path + (i,), f"expected {expected}", "put each word in the list as text"))
            continue
        good.append(words if nested else words[0])
    return good


@functools.cache
def default_vocabulary() -> Vocabulary:
    """The vocabulary shipped with pledgetrack, read once per process (it is one object: it is
    never changed in place, :meth:`Vocabulary.extended` makes a new one).

    >>> default_vocabulary() is default_vocabulary()
    True
    """
    vocab, problems = read_vocabulary(DEFAULT_FILE, Vocabulary())
    if problems:
        raise RuleError(problems)
    return vocab
