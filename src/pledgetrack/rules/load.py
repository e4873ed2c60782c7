"""Loading a rule book: reading its files, then checking it against the corpus (``check``).

Every problem of every file is gathered before anything is raised, so one run
of ``pledgetrack validate`` shows an author all there is to fix.

>>> book = load_rules()            # the bundled rule book, checked against the bundled corpus
>>> rule = book["yuexiu-2023-job-fairs"]
>>> rule.target.describe(), rule.places[0].document
('at least 100 场', 'yuexiu-2023-drc')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ..corpus import Corpus, bundled_path, load_corpus
from ..errors import PledgetrackError, Problem, RuleError
from ..files import search_folder
from ..yamldata import YamlDocument, load_yaml
from .book import Origin, RuleBook, Written
from .check import check_all, check_written, duplicate_ids
from .convert import id_problem, structure_pledge
from .model import Pledge
from .unseen import unseen_words
from .vocabulary import Vocabulary, default_vocabulary, read_vocabulary

VOCABULARY_FILE = "vocabulary.yaml"


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
            try:  # bounded, never recursive: `--rules /` is refused quickly (files.search_folder)
                found = search_folder(path, lambda name: Path(name).suffix in (".yaml", ".yml"), "rule files",
                                      "--rules")
            except PledgetrackError as exc:
                problems += exc.problems
                continue
        elif path.exists():
            # A rule file given alone still reads the vocabulary.yaml of its folder: its words are the book's.
            beside = path.with_name(VOCABULARY_FILE)
            found = [path] + ([beside] if beside != path and beside.is_file() and beside not in vocabularies else [])
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
    book, problems = _load(paths, corpus, keep_going=False)
    if problems:
        raise RuleError(problems)
    return book


def load_valid_rules(paths: Sequence[Path | str] | Path | str | None = None,
                     corpus: Corpus | None = None) -> tuple[RuleBook, list[Problem]]:
    """Every valid rule of the files, and every problem of the others (in file order), as ``make -k``
    goes on: a file that is not valid YAML gives no rule, a pledge with a problem is left out, and of
    pledges sharing an id only the first is kept.

    >>> book, problems = load_valid_rules([bundled_rules_path() / "guangzhou-yuexiu" / "2023.yaml",
    ...                                    "no/such/rules.yaml"])
    >>> len(book) > 0, [(p.file, p.message) for p in problems]
    (True, [('no/such/rules.yaml', 'no such file or folder')])
    """
    return _load(paths, corpus, keep_going=True)


def _load(paths, corpus: Corpus | None, keep_going: bool) -> tuple[RuleBook, list[Problem]]:
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
    checked, check_problems, warnings = check_written(written, corpus)
    problems += duplicate_ids(written) + check_problems
    if problems and not keep_going:
        return RuleBook((), (), vocabulary), in_file_order(problems)
    seen: set[str] = set()
    kept = []
    for item, rule in zip(written, checked):
        if rule is not None and item.pledge.id not in seen:
            kept.append((item, rule))
        seen.add(item.pledge.id)
    rules = [rule for _, rule in kept]
    warnings += unseen_words([item for item, _ in kept], {rule.id: rule.government for rule in rules}, corpus,
                             vocabulary)
    return (RuleBook(tuple(rules), tuple(as_typed(f) for f in files), vocabulary, tuple(warnings)),
            in_file_order(problems))


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


def read_rule_file(file: Path, name: str | None = None) -> tuple[list[Written], list[Problem]]:
    """The pledges of one rule file, and every problem of its YAML and fields (not yet the corpus's),
    the file named ``name`` in them (by default :func:`as_typed`: a worker is given the name the
    user's process would give it).

    >>> written, problems = read_rule_file(bundled_rules_path() / "guangzhou-yuexiu" / "2023.yaml")
    >>> written[0].pledge.id, written[0].origin.line, written[0].spots["quote"], problems
    ('yuexiu-2023-gdp-growth', 9, (14, 12), [])
    """
    try:
        doc = load_yaml(file, name or as_typed(file))
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


def as_typed(path: Path) -> str:
    """A rule file's path as a user would type it (relative to the working folder where it lies inside
    it), still a path to open; outputs show it through :func:`pledgetrack.paths.display_path`."""
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
    rules, problems, warnings = check_all(written, corpus)
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
