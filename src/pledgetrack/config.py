"""The project file: a project's own corpus, rule book and options, so that plain ``pledgetrack audit`` uses them.

It is ``pledgetrack.toml``, or the ``[tool.pledgetrack]`` table of ``pyproject.toml``,
found as pytest finds its ini file: in the working folder or the nearest folder above
it (in each folder ``pledgetrack.toml`` first; a ``pyproject.toml`` without the table
is passed over). Paths in it are relative to the folder that holds it. Options given
on the command line win over it.

.. code-block:: toml

    [tool.pledgetrack]
    corpus = "reports"            # a folder holding manifest.yaml
    rules = ["rules"]             # rule files or folders
    fail-on = "missed"            # never, missed or unverifiable
    color = "auto"                # auto, yes or no
    lang = "zh"                   # the scorecard and the terminal report in en (default) or zh
    keep-going = false            # audit: grade the valid rules when some are invalid

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     root = Path(folder).resolve()
...     _ = (root / "pledgetrack.toml").write_text('corpus = "reports"\\nrules = "rules"\\n', encoding="utf-8")
...     (root / "sub").mkdir()
...     found = find_config(root / "sub")
...     found.corpus == root / "reports", found.rules == (root / "rules",), found.file.name
(True, True, 'pledgetrack.toml')
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Any

import attrs

from .errors import PledgetrackError, Problem
from .files import read_input

CHOICES = {"fail-on": ("never", "missed", "unverifiable"), "color": ("auto", "yes", "no"), "lang": ("en", "zh")}
FLAGS = ("keep-going",)
KEYS = ("corpus", "rules", *CHOICES, *FLAGS)
# A project file is a few lines; one larger than this is not one (and is not read into memory).
MAX_PROJECT_BYTES = 1024 * 1024


@attrs.frozen
class ProjectConfig:
    """What a project file sets; None where it says nothing (and ``file`` None when there is none)."""

    file: Path | None = None
    corpus: Path | None = None
    rules: tuple[Path, ...] | None = None
    options: dict[str, str | bool] = attrs.field(factory=dict)  # fail-on, color, lang; keep-going


def find_config(start: Path | None = None) -> ProjectConfig:
    """The project file that applies in ``start`` (default: the working folder), read and checked."""
    folder = (start or Path.cwd()).resolve()
    for place in (folder, *folder.parents):
        own = place / "pledgetrack.toml"
        if _is_file(own):
            return read_config(own, _load(own))
        project = place / "pyproject.toml"
        if _is_file(project):
            tool = _load(project).get("tool")
            # Another tool's pyproject.toml may say anything of "tool": only a [tool.pledgetrack] table is ours.
            table = tool.get("pledgetrack") if isinstance(tool, dict) else None
            if table is not None:
                return read_config(project, table)
    return ProjectConfig()


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder that may not be searched: nothing there is ours to read
        return False


def _load(file: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_input(file, str(file), MAX_PROJECT_BYTES).decode("utf-8"))
    except PledgetrackError as exc:
        raise PledgetrackError([Problem(str(file), None, None, f"cannot read the project file: {exc.problems[0].message}",
                                        "fix or remove the file", "config")]) from None
    except UnicodeDecodeError as exc:
        raise PledgetrackError([Problem(str(file), None, None, f"cannot read the project file: {exc}",
                                        "fix or remove the file", "config")]) from None
    except RecursionError:
        raise PledgetrackError([Problem(str(file), None, None, "nested too deeply to be read as a project file "
                                        "(arrays or tables within one another)", "a project file sets a few "
                                        f"keys: {', '.join(KEYS)}; fix or remove the file", "config")]) from None
    except tomllib.TOMLDecodeError as exc:
        place = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, column = (int(place.group(1)), int(place.group(2))) if place else (None, None)
        raise PledgetrackError([Problem(str(file), line, column, f"not valid TOML: {str(exc).split(' (at')[0]}",
                                        "see https://toml.io for the syntax", "config")]) from None


def read_config(file: Path, table: Any) -> ProjectConfig:
    """Check a project file's table; raise :class:`PledgetrackError` with every problem in it."""
    name = "[tool.pledgetrack]" if file.name == "pyproject.toml" else file.name
    problems = []

    def problem(message: str, hint: str) -> None:
        problems.append(Problem(str(file), None, None, f"{name}: {message}", hint, "config"))

    if not isinstance(table, dict):
        problem("expected a table of settings", f"write settings as key = value lines; keys: {', '.join(KEYS)}")
        table = {}
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            problem(f"unknown key '{key}'", f"did you mean '{close[0]}'?" if close else f"keys: {', '.join(KEYS)}")
    corpus = table.get("corpus")
    if corpus is not None and not isinstance(corpus, str):
        problem(f"'corpus' must be a path in quotes, found {corpus!r}", 'write corpus = "reports"')
    rules = table.get("rules")
    if isinstance(rules, str):
        rules = [rules]
    if rules is not None and not (isinstance(rules, list) and rules and all(isinstance(r, str) for r in rules)):
        problem(f"'rules' must be a path or a list of paths, found {rules!r}", 'write rules = ["rules"]')
    for key, allowed in CHOICES.items():
        if key in table and table[key] not in allowed:
            problem(f"'{key}' must be one of {', '.join(allowed)}, found {table[key]!r}", f'write {key} = "{allowed[0]}"')
    for key in FLAGS:
        if key in table and not isinstance(table[key], bool):
            problem(f"'{key}' must be true or false, found {table[key]!r}", f"write {key} = true")
    if problems:
        raise PledgetrackError(problems)
    base = file.parent
    return ProjectConfig(file, base / corpus if corpus else None,
                         tuple(base / r for r in rules) if rules else None,
                         {key: table[key] for key in (*CHOICES, *FLAGS) if key in table})
