"""Checking pledges against the corpus: their targets, where their quotes stand, and whose they are.

A quote must stand in the plan of the pledge's year (or in an indicator table of that
year); the government whose plan holds it owns the pledge. Where the same words stand in
the plans of several governments, the pledge goes to the government of the pledges around
it in its file, with a warning.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import attrs

from ..corpus import Corpus, Location
from ..corpus.normalise import normalise
from ..errors import Problem
from ..statements import named_figure
from .book import Origin, Rule, Written
from .model import Pledge
from .notfound import no_year_message, not_found, other_years
from .places import Placed, place_all
from .target import Target, TargetProblem, read_targets

# "Did you mean" for a quote not found is asked for this many quotes of a rule book at most.
MAX_SUGGESTIONS = 10


def check_all(written: Sequence[Written], corpus: Corpus) -> tuple[list[Rule], list[Problem], list[Problem]]:
    rules, problems, warnings = check_written(written, corpus)
    return [rule for rule in rules if rule is not None], duplicate_ids(written) + problems, warnings


def duplicate_ids(written: Iterable[Written]) -> list[Problem]:
    """A problem for each pledge whose id an earlier one already has."""
    problems: list[Problem] = []
    first_seen: dict[str, Origin] = {}
    for item in written:
        pledge = item.pledge
        if pledge.id in first_seen:
            problems.append(item.problem("id", f"duplicate id '{pledge.id}' (first at {first_seen[pledge.id]})",
                                         "give each pledge its own id", "duplicate-id"))
        first_seen.setdefault(pledge.id, item.origin)
    return problems


def check_written(written: Sequence[Written], corpus: Corpus) -> tuple[list[Rule | None], list[Problem], list[Problem]]:
    """The rule each pledge makes against ``corpus`` (None where it has a problem), the problems and the warnings.

    A quote found in the plans of several governments is taken as the government's of the
    pledges around it (with a warning), else it is a problem.
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    checked: list[tuple[Written, _Checked]] = []
    rules: list[Rule | None] = [None] * len(written)
    at: list[int] = []
    suggestions = MAX_SUGGESTIONS
    placed = place_all([item.pledge for item in written], corpus)
    for i, item in enumerate(written):
        found = check_pledge(item.pledge, corpus, suggest=suggestions > 0, placed=placed[i])
        suggestions -= any(key == "quote" for key, *_ in found.problems)
        problems += [item.problem(key, message, hint, code) for key, message, hint, code in found.problems]
        if not found.problems:
            checked.append((item, found))
            at.append(i)
    owners = [next(iter(found.places_of)) if len(found.places_of) == 1 else None for _, found in checked]
    for i, (item, found) in enumerate(checked):
        government = owners[i] or _neighbours_government(checked, owners, i)
        where = "; ".join(f"{g} ({', '.join(f'{loc.document}:{loc.position.line}' for loc in places)})"
                          for g, places in found.places_of.items())
        if government is None:
            problems.append(item.problem("quote", f"the quote stands in the plans of {len(found.places_of)} "
                                         f"governments: {where}", f"add `region: {next(iter(found.places_of))}` "
                                         "(or another of them) to say whose pledge it is", "region"))
            continue
        if owners[i] is None:
            warnings.append(item.problem("quote", f"the quote stands in the plans of {len(found.places_of)} "
                                         f"governments ({where}); taken as {government}'s, as the pledges around it "
                                         "are", f"add `region: {government}` to say so, or another region if that "
                                         "is wrong", "region-guessed"))
        pledge = item.pledge
        if found.named:
            warnings.append(item.problem("target", found.named[0], found.named[1], "target-named"))
            pledge = attrs.evolve(pledge, target=found.named[2])
        targets = found.targets
        # the places where the plans restate the target are the pledge's too, after its quote's own
        places = tuple(dict.fromkeys(found.places_of[government] + tuple(
            loc for restated in found.restated_of for loc in restated.get(government, ()))))
        rules[at[i]] = Rule(pledge, targets[0] if targets else None, places, item.origin, government, targets[1:])
    return rules, problems, warnings


def _words_figure(pledge: Pledge) -> tuple[str, str, str] | None:
    """Where the rule's ``target`` is said in the quote of another indicator or item than its words name,
    and one other figure is theirs: the warning, its hint and that figure (as the quote writes it)."""
    if not isinstance(pledge.target, str):
        return None
    named = named_figure(pledge.quote, pledge.target, pledge.evidence.all + pledge.evidence.any)
    if named is None:
        return None
    start, end = named.quantity.span
    written = pledge.quote[start:end] if len(normalise(pledge.quote)) == len(pledge.quote) else named.quantity.text
    return (f"target '{pledge.target}' is not what the words name in the quote; graded against "
            f"'{written.strip()}', the figure of {named.indicator}",
            f"write `target: {written.strip()}` to say so, or change the words if they name the wrong thing",
            written.strip())


def _neighbours_government(checked, owners: list[str | None], i: int) -> str | None:
    """The government of the nearest pledge of the same file whose owner is clear, if this quote stands in its plan."""
    file = checked[i][0].origin.file
    for step in range(1, len(checked)):
        for j in (i - step, i + step):
            if 0 <= j < len(checked) and checked[j][0].origin.file == file and owners[j] in checked[i][1].places_of:
                return owners[j]
    return None


@attrs.frozen
class _Checked:
    targets: tuple[Target, ...]
    places_of: dict[str, tuple[Location, ...]]  # by government, in corpus order
    problems: list[tuple[str, str, str, str]]
    named: tuple[str, str, str] | None = None  # a target said of another indicator: message, hint, the words' figure
    restated_of: tuple[dict[str, tuple[Location, ...]], ...] = ()  # each restated quote's places, by government


def check_pledge(pledge: Pledge, corpus: Corpus, *, suggest: bool = True, placed: Placed | None = None) -> _Checked:
    """Read a pledge's targets and find where its quote stands, government by government; say what is wrong.

    ``suggest``: look for the nearest text when the quote is not found. ``placed``: where the quote
    stands, found already for a whole rule book (:func:`.places.place_all`).
    """
    problems: list[tuple[str, str, str, str]] = []
    for key in ("tolerance", "exceed_margin"):
        value = getattr(pledge, key)
        if value is not None and not 0 <= value <= 1:
            problems.append((key, f"{key} {value} is not a fraction between 0 and 1",
                             f"write a fraction of the target, e.g. {key}: 0.1 for 10%", "fraction"))
    targets: tuple[Target, ...] = ()
    named = None
    try:
        targets = read_targets(pledge)
        named = _words_figure(pledge)
        if named is not None:
            targets = read_targets(attrs.evolve(pledge, target=named[2]))
    except TargetProblem as exc:
        problems.append((exc.key, str(exc), exc.hint, "target"))
    if not pledge.evidence.all and not pledge.evidence.any:
        problems.append(("evidence", "no evidence keywords", "list at least one keyword under `all` or `any`",
                         "evidence"))
    for key in ("all", "any", "exclude", "incomparable", "qualifiers"):
        if any(not word.strip() for word in getattr(pledge.evidence, key)):
            # an empty word stands in every sentence: it would find anything, or settle any doubt
            problems.append(("evidence", f"an empty word in evidence `{key}`, which every sentence holds",
                             "delete it, or write the word", "evidence"))
    if pledge.source is not None and corpus.index.position(pledge.source) is None:
        ids = [entry.id for entry in corpus.index.entries]
        close = difflib.get_close_matches(pledge.source, ids, n=1)
        problems.append(("source", f"no report with id '{pledge.source}' in the corpus",
                         f"did you mean '{close[0]}'?" if close else f"the corpus holds: {', '.join(ids)}", "source"))
        return _Checked(targets, {}, problems)
    if pledge.region is not None and not corpus.index.holds(pledge.region):
        close = difflib.get_close_matches(pledge.region, corpus.governments, n=1)
        problems.append(("region", f"no report of the government '{pledge.region}' in the corpus",
                         f"did you mean '{close[0]}'?" if close else
                         f"the corpus holds reports of: {', '.join(corpus.governments)}", "region"))
        return _Checked(targets, {}, problems)
    # Only the reports planning or reviewing the pledge's year can hold its quote (plan part or
    # indicator table): the index names them without reading the rest of the corpus.
    if placed is None:
        placed = place_all([pledge], corpus)[0]
    if not placed.speaks:
        problems.append(("year", no_year_message(pledge, corpus.of_government(pledge.region)
                                                  if pledge.region else corpus), "a pledge's year is the year it is for, "
                         "the plan's year (the 2024-02 reports plan 2024)", "year"))
        return _Checked(targets, {}, problems)
    if not placed.places_of:
        # Only on this error path are the reports read again: to say where the nearest text stands.
        docs = [corpus[pledge.source]] if pledge.source else list(corpus.about(pledge.year, pledge.region))
        docs = [doc for doc in docs if pledge.region is None or doc.government == pledge.region]
        message, hint = not_found(pledge, docs, suggest)
        # Only on this error path is the rest of the corpus read: the quote may be another year's.
        elsewhere = other_years(pledge, corpus.of_government(pledge.region) if pledge.region else list(corpus))
        problems.append(("quote", message, f"{elsewhere}; is `year` right?" if elsewhere else hint, "quote"))
    for quote, restated in zip(pledge.restated, placed.restated_of):
        if placed.places_of and not any(government in restated for government in placed.places_of):
            problems.append(("restated", f"the restated quote '{quote}' does not stand in a plan for {pledge.year} "
                             "of the government whose plan holds the quote", "copy the words as the plan prints "
                             "them, or delete the line from `restated`", "restated"))
    return _Checked(targets, placed.places_of, problems, named, placed.restated_of)
