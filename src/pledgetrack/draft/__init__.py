"""Drafting rule books from the plans themselves: every quantified commitment becomes a rule.

>>> from pledgetrack import load_corpus
>>> pledges = draft_rules(load_corpus(), year=2023)
>>> all(p.drafted for p in pledges), any(p.quote == "组织线上、线下招聘会不少于100场" for p in pledges)
(True, True)
"""

from __future__ import annotations

import attrs

from ..corpus import Corpus
from ..rules.book import Origin, RuleBook
from ..rules.load import build_rules
from ..rules.model import Pledge
from ..rules.vocabulary import Vocabulary
from .drafting import draft, drafts_by_government
from .model import Draft
from .files import Standing, append_text, drafted_files, file_of, target_path

__all__ = ["Draft", "append_text", "draft", "draft_rules", "drafted_book", "drafted_files", "drafts_by_government",
           "file_of", "Standing", "target_path"]


def draft_rules(corpus: Corpus, year: int | None = None, region: str | None = None,
                vocabulary: Vocabulary | None = None) -> list[Pledge]:
    """The drafted pledges of every government and plan year of ``corpus`` (or the year and region given).

    ``region`` picks the governments whose manifest ``region`` contains it (越秀, 浙江省);
    ``vocabulary`` is the rule book's, whose synonyms count in choosing evidence words (None: the defaults).
    """
    return [d.pledge for d in draft(corpus, year, region, vocabulary=vocabulary)]


def drafted_book(corpus: Corpus, year: int | None = None, region: str | None = None,
                 vocabulary: Vocabulary | None = None) -> RuleBook:
    """The drafts as a rule book, each rule's origin the file ``pledgetrack draft`` would write it to.

    >>> from pledgetrack import load_corpus
    >>> book = drafted_book(load_corpus(), year=2023)
    >>> book.files, book.rules[0].pledge.drafted
    (('<drafted>/guangzhou-yuexiu/2023.yaml',), True)
    """
    drafts = draft(corpus, year, region, vocabulary=vocabulary)
    book = build_rules([d.pledge for d in drafts], corpus, vocabulary)
    # A rule is matched to its draft by id (ids are unique), never by position.
    named = {d.pledge.id: f"<drafted>/{target_path(d).as_posix()}" for d in drafts}
    rules = tuple(attrs.evolve(rule, origin=Origin(named[rule.id])) for rule in book.rules)
    return RuleBook(rules, tuple(dict.fromkeys(named.values())), book.vocabulary)
