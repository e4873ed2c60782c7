"""Drafting the rules of one government's plan year: plan sentences and indicator-table rows.

>>> from pledgetrack.corpus import load_corpus
>>> found = draft(load_corpus(), 2023)
>>> fairs = next(d for d in found if "招聘会" in d.pledge.quote)
>>> fairs.pledge.quote, fairs.pledge.evidence.all, fairs.pledge.id
('组织线上、线下招聘会不少于100场', ('招聘会',), 'yuexiu-2023-zhaopinhui')
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

import attrs

from ..corpus import Corpus, Document, PartKind, Sentence
from ..corpus.model import SEMICOLONS
from ..corpus.normalise import fold_key
from ..corpus.scope import period_heading, period_sections
from ..quantity import find_quantities
from ..rules.check import check_pledge
from ..rules.model import Evidence, Pledge
from ..rules.vocabulary import Vocabulary, default_vocabulary
from ..statements import target_period
from ..statements.document import framed_period
from ..statements.lexicon import RESPECTIVELY
from .aims import aim_drafts
from .doubts import as_check, evidence_doubt
from .heard import KnownWords
from .naming import Ids, area_of, government_slug
from .model import Draft
from .pieces import PERIOD_CLAUSE, Piece, clauses, cut
from .refusals import clause_period
from .restated import restatements_merged, twins_told_apart
from .rows import from_row, indicator_name, table_rows
from .subjects import listed_phrases, paragraph_before, topic_of
from .phrases import indicator_phrase
from .words import ReviewWords, strip_lead_ins as _strip_lead_ins


def draft(corpus: Corpus, year: int | None = None, region: str | None = None,
          taken: Iterable[str] = (), vocabulary: Vocabulary | None = None,
          done: Callable[[int], None] | None = None, years: Iterable[tuple[str, int]] | None = None) -> list[Draft]:
    """Drafts for every government (or ``region``) and plan year (or ``year``) of the corpus, all at once:
    :func:`drafts_by_government`'s, one list.

    ``taken`` holds ids already in use (an existing rule book's): new ids avoid them.
    ``vocabulary`` is the rule book's (None: the shipped defaults): its synonyms count when the
    evidence words are chosen, as they will when the rules are graded. ``done`` is told each plan
    year drafted (``done(1)``), for a progress line over :func:`plan_years`; ``years`` is that list when the
    caller has it already (working it out reads every report).
    """
    return [made for _, found in drafts_by_government(corpus, year, region, taken, vocabulary, done, years)
            for made in found]


def drafts_by_government(corpus: Corpus, year: int | None = None, region: str | None = None,
                         taken: Iterable[str] = (), vocabulary: Vocabulary | None = None,
                         done: Callable[[int], None] | None = None,
                         years: Iterable[tuple[str, int]] | None = None) -> Iterator[tuple[str, list[Draft]]]:
    """Each government and its drafts (every plan year's, in order; perhaps none), one government at a time,
    as :func:`draft` takes them: nothing of a government is kept here once it is handed out, so that a
    caller writing or grading each government's drafts and letting them go needs memory for one only.
    Ids are unique across the whole run (one allocator for all governments).

    >>> from pledgetrack.corpus import load_corpus
    >>> [(government, len(found)) for government, found in drafts_by_government(load_corpus(), 2023)]
    [('广东省广州市越秀区', 26)]
    """
    ids = Ids(taken)
    vocabulary = vocabulary or default_vocabulary()
    chosen = plan_years(corpus, year, region) if years is None else years
    for government, its_years in itertools.groupby(chosen, key=lambda pair: pair[0]):
        # A government's review words serve only its own plans (they are keyed by its reports): made afresh
        # for each, so that they go with its drafts.
        known_words = KnownWords(vocabulary)
        found: list[Draft] = []
        for _, plan_year in its_years:
            found += _draft_year(corpus, government, plan_year, ids, known_words)
            if done is not None:
                done(1)
        yield government, found


def plan_years(corpus: Corpus, year: int | None = None, region: str | None = None) -> list[tuple[str, int]]:
    """Each government (or those whose region contains ``region``) and each year its plans or
    indicator tables set targets for (or only ``year``), in the order they are drafted.

    >>> from pledgetrack.corpus import load_corpus
    >>> plan_years(load_corpus(), region="越秀")[:2]
    [('广东省广州市越秀区', 2017), ('广东省广州市越秀区', 2018)]
    """
    found = []
    for government in corpus.governments:
        if region is not None and region not in government:
            continue
        docs = corpus.of_government(government)
        years = sorted({d.plans for d in docs if d.plans is not None} | {t.year for d in docs for t in d.tables})
        found += [(government, plan_year) for plan_year in years if year is None or plan_year == year]
    return found


def _draft_year(corpus: Corpus, government: str, year: int, ids: Ids, known_words: KnownWords) -> list[Draft]:
    heard_words = known_words.of(corpus, government, year)
    slug = government_slug(government)
    several = len(corpus.governments) > 1
    drafts: list[Draft] = []
    seen: set[str] = set()

    def take(pieces: Iterable[tuple[Document, Piece, int, str]]) -> None:
        for doc, piece, where, heading in pieces:
            key = fold_key(piece.text)
            if piece.target is not None and RESPECTIVELY in piece.text:
                key += f"|{piece.target.span[0]}"  # (each figure of a 分别 list is a pledge of its own)
            if key in seen:
                continue  # the DRC report and the 政府工作报告 often print the same pledge
            seen.add(key)
            for made in _from_piece(doc, piece, where, heading, year, slug, heard_words, ids,
                                    government if several else None):
                made = _checked(_as_written(made, doc), corpus) or _checked(made, corpus)
                if made is not None:
                    drafts.append(made)

    pieces = list(_plan_pieces(corpus.planning(year, government), year))
    # the year's pledges first (their ids, and the table rows their quotes stand for, whatever else the plan sets),
    # then the goals of several years or another year it sets beside them
    take(found for found in pieces if not (found[1].period or found[3]))
    for doc, sentence, heading in _plan_sentences(corpus.planning(year, government), year):
        if heading:
            continue  # (a milestone of several years is graded by no review of the plan's year)
        for pledge, start, end in aim_drafts(doc, sentence.text, sentence.start, year, slug, heard_words,
                                             ids, government if several else None, seen):
            made = Draft(pledge, pledge.region or doc.government, doc.id, start, end)
            made = _checked(_as_written(made, doc), corpus) or _checked(made, corpus)
            if made is not None:
                drafts.append(made)
    quotes = [fold_key(d.pledge.quote) for d in drafts]
    for doc, table, row in table_rows(corpus.of_government(government), year):
        name = indicator_name(row.indicator)
        if any(fold_key(name) in q for q in quotes):
            continue  # the plan's own sentence states this target
        made = from_row(doc, table, row, name, year, slug, ids, government if several else None)
        made = _checked(made, corpus)
        if made is not None:
            drafts.append(made)
            quotes.append(fold_key(name))
    take(found for found in pieces if found[1].period or found[3])
    return twins_told_apart(restatements_merged(drafts))




def _plan_sentences(docs: Iterable[Document], year: int) -> Iterator[tuple[Document, Sentence, str]]:
    """Every plan sentence for ``year``, with why its goals are for several years where a heading says so
    ("二、今后五年的主要目标": the target stands under it…), else ''."""
    for doc in docs:
        periods = period_sections(doc, year)  # the document's headings read once, not for every sentence
        for part in doc.parts:
            if part.kind is not PartKind.PLAN or (part.year or doc.plans) != year:
                continue
            lead = ""  # the sentences before this one that end in ；: one sentence with it, whose period it keeps
            for sentence in doc.sentences(PartKind.PLAN):
                if part.start <= sentence.start < part.end \
                        and not any(PERIOD_CLAUSE.match(lead[a:b]) and clause_period(lead[a:b], year)
                                    for a, b in clauses(lead)):
                    # ("到2007年，全市国内生产总值达到130亿元；财政收入突破12亿元；…": every item is 2007's, which no
                    # reader of the item alone would know: not drafted)
                    yield doc, sentence, period_heading(doc, sentence.start, year, periods)
                lead = lead + sentence.text if sentence.text.rstrip().endswith(SEMICOLONS) else ""


def _plan_pieces(docs: Iterable[Document], year: int) -> Iterator[tuple[Document, Piece, int, str]]:
    for doc, sentence, heading in _plan_sentences(docs, year):
        for piece in cut(sentence.text, year):
            yield doc, piece, sentence.start, heading


def _as_written(made: Draft | None, doc: Document) -> Draft | None:
    """The drafted quote in the report's own characters (７．５％ as printed), where it stands on one line."""
    if made is None:
        return None
    written = doc.original(made.start, made.end)
    if not written or "\n" in written or written == made.pledge.quote:
        return made
    return attrs.evolve(made, pledge=attrs.evolve(made.pledge, quote=written))


def _checked(made: Draft | None, corpus: Corpus) -> Draft | None:
    # A drafted rule must validate as it stands; one the loader would refuse is not written.
    if made is None:
        return None
    checked = check_pledge(made.pledge, corpus)
    if checked.problems:
        return None
    places = checked.places_of.get(made.government, ())
    return attrs.evolve(made, places=tuple((p.document, p.start, p.end) for p in places))


def _from_piece(doc: Document, piece: Piece, offset: int, heading: str, year: int, slug: str,
                heard_words: ReviewWords, ids: Ids, region: str | None) -> list[Draft]:
    # Every doubt the cutting finds is about which figure is promised (several figures, a 分别 list).
    doubts = [("target", doubt) for doubt in piece.doubts]
    target = piece.target
    period = _period(doc, piece, offset, heading, year)
    if (piece.period or heading) and not period:
        return []  # a goal of another period that its quote and place do not show: a reader would take it for the year's
    if period:  # 今后五年…平均每年, 1997年…: graded unverifiable (other_period) unless the rule says otherwise
        doubts.append(("period", f"{period}: one year's outcome will not settle it"))
    phrases = []
    if target is None:
        phrase = _strip_lead_ins(piece.text[:piece.symbol])
        unit = None
        doubts.append(("target", "the target is in words: check how `pledgetrack validate` reads it"))
    else:
        previous = max((q.span[1] for q in piece.figures if q.span[1] <= target.span[0]), default=0)
        # the statements' reading of the target; "由30万元提高到50万元": what rises is named with the first
        # figure; failing all, the thing the clause before names, or the clause's end
        before = doc.text[offset:offset + piece.start]
        phrase = (indicator_phrase(piece.text, target, before) or indicator_phrase(piece.text, piece.figures[0])
                  or piece.subject or _strip_lead_ins(piece.text[:target.span[0]]) or _strip_lead_ins(piece.text))
        unit = target.unit
        # (a 分别 list is cut figure by figure already: each piece's figure is its own item's)
        phrases = [] if piece.several or RESPECTIVELY in piece.text and len(piece.figures) > 1 \
            else listed_phrases(piece.text, target, previous)
    if phrases:  # "X和Y均增长13%" promises the figure of each: one rule for each
        doubts.append(("target", f"the figure is promised of each of {len(phrases)} indicators: one rule for each"))
    start = offset + piece.start
    section = doc.section_at(start)
    chosen = target.text if target is not None and not piece.several and len(find_quantities(piece.text)) > 1 else None
    made = []
    for phrase in phrases or [phrase]:
        if len(phrase) < 2:
            continue
        keyword, heard = heard_words.keyword(phrase, unit)
        topic = "" if heard else topic_of(heard_words, phrase, paragraph_before(doc, start))
        keyword, heard = (topic, True) if topic else (keyword, heard)
        qualified = heard_words.qualified(phrase)  # "保护区企业": the place and the noun, not the place alone
        # (where the keyword is the general noun alone, 排放量, the qualifier with it names the thing)
        qualified = qualified if qualified and (not heard or qualified[1] not in keyword or keyword == qualified[1]) \
            else None
        words = list(qualified) if qualified else [keyword, heard_words.shortened(keyword)]
        heard = heard or bool(qualified)
        said = list(doubts)
        sides = heard_words.sides(phrase, keyword)
        # (the side drafted as a word of its own is no qualifier left off: 城镇|常住居民人均可支配收入, and
        # 农村牧区, the rural side's official name where there are herders)
        core = phrase.removeprefix("城乡") if sides != ("",) else phrase
        core = next((core[len(side):].removeprefix("牧区") for side in sides if side and core.startswith(side)), core)
        doubt, qualifiers = ("", ()) if qualified else evidence_doubt(core, keyword)
        if doubt:
            said.append(("evidence", doubt))
        if not heard:
            # Informs only: the reviews may state the outcome another way (a share of the plan, a table row).
            said.append(("outcome", f"no review sentence uses '{keyword}' with a figure"
                                    f"{f' in {unit}' if unit else ''}: check the evidence words and how the reports "
                                    "state the outcome"))
        # "城乡居民人均可支配收入分别增长7.5%" promises the figure twice: one rule for each side.
        made += [Draft(Pledge(id=ids.new(slug, year, side + keyword), year=year, quote=piece.text,
                              evidence=Evidence(all=tuple(w for w in (side, *words) if w), qualifiers=qualifiers),
                              target=chosen, region=region,
                              title=_titled(side, phrase),
                              area=area_of(section.title if section else "", piece.text), drafted=True,
                              check=as_check(said)),
                       region or doc.government, doc.id, start, offset + piece.end, topic=piece.topic)
                 for side in sides]
    return made


def _period(doc: Document, piece: Piece, offset: int, heading: str, year: int) -> str:
    """Why the piece's target is for several years or another year, as the grader reads it: in the quote (今后五年…年均,
    1997年…), in its sentence before it (确保到2025年，|…) or in the heading it stands under; '' where it is the year's."""
    if piece.target is None:
        return ""
    said = target_period(piece.text, piece.target.text, year)[0]
    if said or not (piece.period or heading):
        return said
    return framed_period(doc, offset + piece.start, offset + piece.end, piece.target.text, year)[0] or heading


def _titled(side: str, phrase: str) -> str:
    """A drafted rule's title: the phrase measured (a 的 left over from "…的棚户区改造工程" dropped), with its
    side of 城乡 where the quote names both.

    >>> _titled("", "的棚户区改造工程"), _titled("农村", "居民人均可支配收入")
    ('棚户区改造工程', '农村居民人均可支配收入')
    """
    phrase = phrase.removeprefix("的")
    return f"{side}{phrase}" if side and not phrase.startswith(side) else phrase
