"""Loading a rule book and checking it against the corpus.

Every problem of every file is gathered before anything is raised, so one run
of ``pledgetrack validate`` shows an author all there is to fix.

>>> book = load_rules()            # the bundled rule book, checked against the bundled corpus
>>> rule = book["yuexiu-2023-job-fairs"]
>>> rule.target.describe(), rule.places[0].document
('at least 100 场', 'yuexiu-2023-drc')
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from ..corpus import Corpus, Document, Location, PartKind, Table, bundled_path, load_corpus
from ..corpus.normalise import fold_key, normalise
from ..errors import PledgetrackError, Problem, RuleError
from ..yamldata import YamlDocument, load_yaml
from .convert import id_problem, structure_pledge
from .model import Kind, Pledge
from .target import Target, TargetProblem, read_targets
from .unseen import unseen_words
from .vocabulary import Vocabulary, default_vocabulary, read_vocabulary

VOCABULARY_FILE = "vocabulary.yaml"
# "Did you mean" for a quote not found compares it with every passage of a plan: bounded, so that
# a rule book of many stray quotes against a large corpus is still refused in a moment.
MAX_SUGGESTIONS = 10
MAX_SUGGESTED_QUOTE = 80
MAX_SEARCHED = 200_000


@attrs.frozen
class Origin:
    """Where a pledge was written: rule file and 1-based line and column."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return ":".join(str(x) for x in (self.file, self.line, self.column) if x is not None)


@attrs.frozen
class Rule:
    """A pledge read against the corpus: its target, every place its quote stands, and whose it is.

    ``government`` is the manifest ``region`` of the reports whose plan holds the
    quote: evidence for the pledge comes from that government's reports only.
    """

    pledge: Pledge
    target: Target | None
    places: tuple[Location, ...]
    origin: Origin
    government: str
    also: tuple[Target, ...] = ()  # the quote's other figures, each a target too

    @property
    def kind(self) -> Kind:
        """``numeric`` when the rule has a target to grade against, else ``milestone``."""
        return Kind.MILESTONE if self.target is None else Kind.NUMERIC

    @property
    def id(self) -> str:
        return self.pledge.id

    @property
    def year(self) -> int:
        return self.pledge.year


@attrs.frozen(repr=False)
class RuleBook:
    """All rules of the files loaded, in file order, with the vocabulary they use.

    - ``rules``: every :class:`Rule`, in file order; ``files``: the rule files read (empty for
      rules built in code); ``vocabulary``: the synonyms evidence keywords are read with
    - ``warnings``: what the loader had to guess (whose pledge a quote is) or what is likely,
      not certainly, wrong (an evidence word in no report of the pledge's government); they
      are shown, and fail nothing.

    >>> load_rules()                         # doctest: +ELLIPSIS
    <RuleBook of 200 rules (6 files): yuexiu-2017-gdp-growth, ..., … 197 more>
    """

    rules: tuple[Rule, ...]
    files: tuple[str, ...]
    vocabulary: Vocabulary
    warnings: tuple[Problem, ...] = ()

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        ids = ", ".join(rule.id for rule in self.rules[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        files = f"{len(self.files)} files" if self.files else "built in code"
        return f"<RuleBook of {len(self)} rules ({files}): {ids}{more}>"

    def __getitem__(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def bundled_rules_path() -> Path:
    """The rule book shipped with pledgetrack (inside the wheel, or the checkout's rules/)."""
    return bundled_path("rules")


def rule_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Path], list[Problem]]:
    """Rule files and vocabulary files under ``paths`` (files or folders), sorted."""
    rules: list[Path] = []
    vocabularies: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        elif path.exists():
            found = [path]
        else:
            problems.append(Problem(str(path), None, None, "no such file or folder",
                                    "give the path of a rule file (.yaml) or of a folder of them", "missing-file"))
            continue
        for file in found:
            (vocabularies if file.name == VOCABULARY_FILE else rules).append(file)
    return rules, vocabularies, problems


def load_rules(paths: Sequence[Path | str] | Path | str | None = None, corpus: Corpus | None = None) -> RuleBook:
    """Load rule files (None: the bundled rule book) and check them against ``corpus``.

    Raises :class:`RuleError` holding every problem of every file.
    """
    if paths is None:
        paths = [bundled_rules_path()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    corpus = corpus if corpus is not None else load_corpus()
    files, vocab_files, problems = rule_files(paths)
    vocabulary, vocab_problems = vocabulary_of(vocab_files)
    problems += vocab_problems
    written: list[Written] = []
    for file in files:
        file_written, file_problems = read_rule_file(file)
        written += file_written
        problems += file_problems
    rules, check_problems, warnings = _check_all(written, corpus)
    problems += check_problems
    if problems:
        raise RuleError(in_file_order(problems))
    warnings += unseen_words(written, {rule.id: rule.government for rule in rules}, corpus, vocabulary)
    return RuleBook(tuple(rules), tuple(display_path(f) for f in files), vocabulary, tuple(warnings))


def vocabulary_of(files: Iterable[Path]) -> tuple[Vocabulary, list[Problem]]:
    """The default vocabulary extended by ``files`` in order, and the problems found in them."""
    vocabulary = default_vocabulary()
    problems: list[Problem] = []
    for vocab_file in files:
        try:
            vocabulary, vocab_problems = read_vocabulary(vocab_file, vocabulary)
        except PledgetrackError as exc:
            vocab_problems = list(exc.problems)
        problems += vocab_problems
    return vocabulary, problems


@attrs.frozen
class Written:
    """A pledge as read from its file, with where each of its keys stands: small enough to send to a worker."""

    pledge: Pledge
    origin: Origin
    spots: dict[str, tuple[int, int]] = attrs.field(factory=dict, repr=False)

    def problem(self, key: str, message: str, hint: str = "", code: str = "") -> Problem:
        """A problem placed at this pledge's ``key`` (at the pledge itself when it has no such key)."""
        if self.origin.line is None:
            return Problem(self.origin.file, None, None, f"pledge '{self.pledge.id}': {message}", hint, code)
        line, column = self.spots.get(key, (self.origin.line, self.origin.column))
        return Problem(self.origin.file, line, column, message, hint, code)


def read_rule_file(file: Path) -> tuple[list[Written], list[Problem]]:
    """The pledges of one rule file, and every problem of its YAML and fields (not yet the corpus's).

    >>> written, problems = read_rule_file(bundled_rules_path() / "guangzhou-yuexiu" / "2023.yaml")
    >>> written[0].pledge.id, written[0].origin.line, written[0].spots["quote"], problems
    ('yuexiu-2023-gdp-growth', 9, (14, 12), [])
    """
    try:
        doc = load_yaml(file, display_path(file))
    except PledgetrackError as exc:
        return [], list(exc.problems)
    entries, problems = _entries(doc)
    written = []
    for index, data in entries:
        pledge, field_problems = structure_pledge(data)
        path = ("pledges", index)
        problems += [doc.problem(path + fp.path, fp.message, fp.hint, key=fp.at_key) for fp in field_problems]
        if pledge is not None:
            spots = {key: doc.where(path + (key,)) for key in data} if isinstance(data, dict) else {}
            written.append(Written(pledge, Origin(doc.file, *doc.where(path)), spots))
    return written, problems


def in_file_order(problems: Iterable[Problem]) -> list[Problem]:
    """Problems by file, line and column, as an author fixes them."""
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working folder where it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def build_rules(pledges: Iterable[Pledge], corpus: Corpus | None = None,
                vocabulary: Vocabulary | None = None) -> RuleBook:
    """A rule book from pledges built in code, checked like a file.

    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> book["fairs"].target.describe()
    'at least 100 场'
    """
    corpus = corpus if corpus is not None else load_corpus()
    written = [Written(p, Origin("<python>", None, None)) for p in pledges]
    rules, problems, warnings = _check_all(written, corpus)
    problems += [item.problem("id", message, hint, "bad-id")
                 for item in written for message, hint in [id_problem(item.pledge.id)] if message]
    if problems:
        raise RuleError(problems)
    return RuleBook(tuple(rules), (), vocabulary or default_vocabulary(), tuple(warnings))


def _entries(doc: YamlDocument) -> tuple[list[tuple[int, object]], list[Problem]]:
    data = doc.data
    if not isinstance(data, dict) or "pledges" not in data:
        problems = [doc.problem((), "a rule file is a mapping with a 'pledges' list",
                                "start the file with 'pledges:' and list one pledge per '- id: …'", "no-pledges")]
    else:
        problems = []
    problems += [doc.problem((key,), f"unknown key '{key}' at the top of a rule file",
                             "a rule file holds only 'pledges:'", "unknown-key", key=True)
                 for key in (data if isinstance(data, dict) else ()) if key != "pledges"]
    if problems and not (isinstance(data, dict) and "pledges" in data):
        return [], problems
    if not isinstance(data["pledges"], list):
        problems.append(doc.problem(("pledges",), "'pledges' must be a list", "write each pledge as '- id: …'"))
        return [], problems
    return list(enumerate(data["pledges"])), problems


def _check_all(written: Sequence[Written], corpus: Corpus) -> tuple[list[Rule], list[Problem], list[Problem]]:
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
    for i, item in enumerate(written):
        found = check_pledge(item.pledge, corpus, suggest=suggestions > 0)
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
        targets = found.targets
        rules[at[i]] = Rule(item.pledge, targets[0] if targets else None, found.places_of[government], item.origin,
                            government, targets[1:])
    return rules, problems, warnings


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


def check_pledge(pledge: Pledge, corpus: Corpus, *, suggest: bool = True) -> _Checked:
    """Read a pledge's targets and find where its quote stands, government by government; say what is wrong.

    ``suggest``: look for the nearest text when the quote is not found.
    """
    problems: list[tuple[str, str, str, str]] = []
    for key in ("tolerance", "exceed_margin"):
        value = getattr(pledge, key)
        if value is not None and not 0 <= value <= 1:
            problems.append((key, f"{key} {value} is not a fraction between 0 and 1",
                             f"write a fraction of the target, e.g. {key}: 0.1 for 10%", "fraction"))
    targets: tuple[Target, ...] = ()
    try:
        targets = read_targets(pledge)
    except TargetProblem as exc:
        problems.append((exc.key, str(exc), exc.hint, "target"))
    if not pledge.evidence.all and not pledge.evidence.any:
        problems.append(("evidence", "no evidence keywords", "list at least one keyword under `all` or `any`",
                         "evidence"))
    if pledge.source is not None and corpus.index.position(pledge.source) is None:
        ids = [entry.id for entry in corpus.index.entries]
        close = difflib.get_close_matches(pledge.source, ids, n=1)
        problems.append(("source", f"no report with id '{pledge.source}' in the corpus",
                         f"did you mean '{close[0]}'?" if close else f"the corpus holds: {', '.join(ids)}", "source"))
        return _Checked(targets, {}, problems)
    if pledge.region is not None and pledge.region not in corpus.index.governments:
        close = difflib.get_close_matches(pledge.region, corpus.governments, n=1)
        problems.append(("region", f"no report of the government '{pledge.region}' in the corpus",
                         f"did you mean '{close[0]}'?" if close else
                         f"the corpus holds reports of: {', '.join(corpus.governments)}", "region"))
        return _Checked(targets, {}, problems)
    # Only the reports planning or reviewing the pledge's year can hold its quote (plan part or
    # indicator table): the index names them without reading the rest of the corpus.
    docs = [corpus[pledge.source]] if pledge.source else list(corpus.about(pledge.year, pledge.region))
    if pledge.region is not None:
        docs = [doc for doc in docs if doc.government == pledge.region]
    if not any(_speaks_for(doc, pledge.year) for doc in docs):
        problems.append(("year", _no_year_message(pledge, corpus.of_government(pledge.region)
                                                  if pledge.region else corpus), "a pledge's year is the year it is for, "
                         "the plan's year (the 2024-02 reports plan 2024)", "year"))
        return _Checked(targets, {}, problems)
    places_of: dict[str, list[Location]] = {}
    for doc in docs:
        for loc in doc.locate_all(pledge.quote):
            if _restates(doc, loc, pledge.year) and _in_row(doc, loc, pledge):
                places_of.setdefault(doc.government, []).append(loc)
    if not places_of:
        message, hint = _not_found(pledge, docs, suggest)
        # Only on this error path is the rest of the corpus read: the quote may be another year's.
        elsewhere = _other_years(pledge, corpus.of_government(pledge.region) if pledge.region else list(corpus))
        problems.append(("quote", message, f"{elsewhere}; is `year` right?" if elsewhere else hint, "quote"))
    return _Checked(targets, {g: tuple(at) for g, at in places_of.items()}, problems)


def _other_years(pledge: Pledge, docs: list[Document]) -> str:
    """Where the quote stands in the plan (or indicator table) of another year, said in words; ''."""
    found = []
    for doc in docs:
        for loc in doc.locate_all(pledge.quote):
            table = _table_at(doc, loc.start)
            year = table.year if table is not None else (
                (loc.part.year or doc.plans) if loc.part is not None and loc.part.kind is PartKind.PLAN else None)
            if year is not None and year != pledge.year:
                found.append((year, f"{doc.id}, line {loc.position.line}"))
    years = sorted({year for year, _ in found})
    if not years:
        return ""
    where = "; ".join(at for _, at in found[:3])
    return f"the quote stands in the plan for {', '.join(map(str, years))} ({where})"


def _speaks_for(doc: Document, year: int) -> bool:
    return doc.plans == year or any(table.year == year for table in doc.tables)


def _table_at(doc: Document, offset: int) -> Table | None:
    return next((t for t in doc.tables if t.start <= offset < t.end), None)


def _restates(doc: Document, loc: Location, year: int) -> bool:
    if loc.part is not None and loc.part.kind is PartKind.PLAN and (loc.part.year or doc.plans) == year:
        return True
    table = _table_at(doc, loc.start)
    return table is not None and table.year == year


def _in_row(doc: Document, loc: Location, pledge: Pledge) -> bool:
    if pledge.indicator is None:
        return True
    table = _table_at(doc, loc.start)
    row = next((r for r in table.rows if r.start <= loc.start < r.end), None) if table else None
    return row is not None and fold_key(pledge.indicator) in fold_key(row.indicator)


def _no_year_message(pledge: Pledge, docs: Iterable[Document]) -> str:
    docs = list(docs)
    tables = sorted({t.year for doc in docs for t in doc.tables})
    planned = ", ".join(map(str, sorted({doc.plans for doc in docs if doc.plans is not None})))
    return (f"no report in the corpus plans {pledge.year} or restates its targets in an indicator table "
            f"(plans: {planned}; indicator tables: {', '.join(map(str, tables))})")


def _not_found(pledge: Pledge, docs: list[Document], suggest: bool) -> tuple[str, str]:
    where = [d.id for d in docs if _speaks_for(d, pledge.year)]
    if pledge.indicator is not None:
        rows = [r.indicator for d in docs for t in d.tables if t.year == pledge.year for r in t.rows]
        return (f"no {pledge.year} indicator-table row '{pledge.indicator}' whose target reads '{pledge.quote}'",
                f"rows of that year: {', '.join(dict.fromkeys(rows))}")
    near = nearest_text(pledge.quote, [d for d in docs if _speaks_for(d, pledge.year)], pledge.year) \
        if suggest else None
    hint = f"the nearest text is '{near[1]}' ({near[0]})" if near else "copy the words from the plan"
    return (f"quote not found in the plan for {pledge.year} ({', '.join(where)}) "
            f"nor in its indicator tables", hint + "; copy the quote exactly from the report")


def nearest_text(quote: str, docs: list[Document], year: int) -> tuple[str, str] | None:
    """The passage most like ``quote`` in what ``docs`` say about ``year``, with where it stands.

    Only the quote's first :data:`MAX_SUGGESTED_QUOTE` characters are compared, with at most
    :data:`MAX_SEARCHED` characters of the reports.

    >>> from pledgetrack.corpus import load_corpus
    >>> nearest_text("组织线上线下招聘会不少于120场", [load_corpus()["yuexiu-2023-drc"]], 2023)[1]
    '组织线上、线下招聘会不少于100场'
    """
    best: tuple[float, str, str] | None = None
    wanted = normalise(quote)[:MAX_SUGGESTED_QUOTE]
    budget = MAX_SEARCHED
    for doc in docs:
        plan = doc.part(PartKind.PLAN)
        spans = [(t.start, t.end) for t in doc.tables if t.year == year]
        if plan is not None and doc.plans == year:
            spans.append((plan.start, plan.end))
        for start, end in spans:
            text = doc.text[start:min(end, start + budget)]
            budget -= len(text)
            match = difflib.SequenceMatcher(None, text, wanted, autojunk=False).find_longest_match(
                0, len(text), 0, len(wanted))
            if match.size == 0:
                continue
            anchor = match.a - match.b
            # the longest common run anchors the window; nearby starts and lengths may fit better
            for score, lo, hi in (
                (difflib.SequenceMatcher(None, text[lo:hi], wanted).ratio(), lo, hi)
                for lo in range(max(0, anchor - 3), max(0, anchor) + 4)
                for hi in range(lo + len(wanted) - 3, lo + len(wanted) + 4)
            ):
                if best is None or score > best[0]:
                    best = (score, f"{doc.id}, line {doc.position(start + lo).line}", text[lo:hi].strip())
    return (best[1], best[2]) if best else None
