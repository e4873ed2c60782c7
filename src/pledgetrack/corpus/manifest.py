"""Reading ``manifest.yaml``: which reports make up a corpus, and what each one is.

Every problem in the manifest is collected and raised at once, each placed at
its line and column.

>>> from pledgetrack.corpus import bundled_corpus
>>> entries = read_manifest(bundled_corpus() / "manifest.yaml")
>>> [(e.id, e.reviews, e.plans) for e in entries][:2]
[('yuexiu-2018-drc', 2017, 2018), ('yuexiu-2023-drc', 2022, 2023)]
"""

from __future__ import annotations

import codecs
import datetime
import difflib
import re
import stat
from pathlib import Path
from typing import Any

import attrs
from dateutil.parser import isoparse

from ..errors import CorpusError, PledgetrackError, Problem
from ..files import file_kind
from ..yamldata import YamlDocument, load_yaml
from .model import PartKind, PartLines

REQUIRED = ("id", "file", "region", "body", "title", "delivered", "reviews")
# A statistical bulletin (统计公报) reviews a year and plans none: `plans` may be left out.
OPTIONAL = ("plans", "encoding", "parts", "url")
PART_KEYS = tuple(kind.value for kind in PartKind if kind is not PartKind.PREAMBLE)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"})
_EXAMPLES = {
    "id": "id: yuexiu-2024-drc", "file": "file: 000_report.txt", "region": "region: 广东省广州市越秀区",
    "body": "body: 广州市越秀区人民政府", "title": "title: 政府工作报告（2024年）",
    "delivered": "delivered: 2024-02-04", "reviews": "reviews: 2023", "plans": "plans: 2024",
    "url": "url: https://www.yuexiu.gov.cn/report.html",
}


@attrs.frozen
class Entry:
    """One report as the manifest lists it, with the file it names resolved."""

    index: int
    id: str
    file: str
    path: Path
    region: str
    body: str
    title: str
    delivered: datetime.date
    reviews: int
    plans: int | None
    encoding: str | None
    parts: PartLines | None
    source: YamlDocument = attrs.field(repr=False)
    url: str | None = None  # where the report is published, for readers to check it

    def problem(self, key: str | tuple[str, ...], message: str, hint: str = "", code: str = "") -> Problem:
        """A problem placed at this entry's ``key`` (or ``("parts", "plan")``) in the manifest."""
        path = ("reports", self.index) + ((key,) if isinstance(key, str) else key)
        return self.source.problem(path, message, hint, code)


def read_manifest(path: Path | str) -> list[Entry]:
    """Read and check a manifest; raise :class:`CorpusError` with every problem in it."""
    path = Path(path)
    try:
        doc = load_yaml(path)
    except PledgetrackError as exc:
        raise CorpusError(exc.problems) from None
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("reports"), list):
        raise CorpusError([doc.problem(
            (), "a manifest must be a mapping with a list under 'reports'",
            "start the file with 'reports:' and list one '- id: …' entry per report", "manifest-shape")])
    problems = [
        doc.problem((key,), f"unknown key {key!r} at the top of the manifest", _did_you_mean(key, ["reports"]),
                    "unknown-key", key=True)
        for key in data if key != "reports"
    ]
    entries = []
    first_line: dict[str, int] = {}
    # entries keep where their keys stand, not the parsed tree: an index of 57,000 reports holds them all
    placed = attrs.evolve(doc, data=None)
    for index, item in enumerate(data["reports"]):
        reader = _EntryReader(placed, index, path.parent)
        entry = reader.read(item)
        problems.extend(reader.problems)
        if entry is None:
            continue
        if entry.id in first_line:
            line = doc.where(("reports", index, "id"))[0]
            problems.append(entry.problem(
                "id", f"duplicate id {entry.id!r}: used on line {first_line[entry.id]} and again on line {line}",
                "give each report its own id", "duplicate-id"))
            continue
        first_line[entry.id] = doc.where(("reports", index, "id"))[0]
        entries.append(entry)
    if problems:
        raise CorpusError(problems)
    return entries


class _EntryReader:
    """Checks one manifest entry, collecting a problem for each thing wrong with it."""

    def __init__(self, doc: YamlDocument, index: int, folder: Path):
        self.doc = doc
        self.index = index
        self.folder = folder
        self.problems: list[Problem] = []

    def _add(self, key: tuple[str | int, ...], message: str, hint: str, code: str, *, at_key: bool = False) -> None:
        self.problems.append(self.doc.problem(("reports", self.index) + key, message, hint, code, key=at_key))

    def read(self, item: Any) -> Entry | None:
        if not isinstance(item, dict):
            self._add((), f"a report entry must be a mapping of keys, got {item!r}",
                      "write the entry as '- id: …' followed by its other keys", "entry-shape")
            return None
        for key in item:
            if key not in REQUIRED + OPTIONAL:
                self._add((key,), f"unknown key {key!r} in a report entry",
                          _did_you_mean(key, REQUIRED + OPTIONAL), "unknown-key", at_key=True)
        for key in REQUIRED:
            if key not in item:
                self._add((), f"report entry is missing the key {key!r}",
                          f"add a line such as `{_EXAMPLES[key]}`", "missing-key")
        values = {
            "id": self._id(item.get("id")),
            "file": self._text(item, "file"),
            "region": self._text(item, "region"),
            "body": self._text(item, "body"),
            "title": self._text(item, "title"),
            "delivered": self._date(item.get("delivered")),
            "reviews": self._year(item, "reviews"),
            "plans": self._year(item, "plans"),
            "encoding": self._encoding(item.get("encoding")),
            "parts": self._parts(item.get("parts")),
            "url": self._url(item),
        }
        path = self._file(values["file"])
        if isinstance(values["reviews"], int) and isinstance(values["plans"], int) and values["plans"] <= values["reviews"]:
            self._add(("plans",), f"plans ({values['plans']}) must be a later year than reviews ({values['reviews']})",
                      "reviews is the year the report looks back on, plans the year it plans for", "year-order")
        if self.problems or path is None:
            return None
        return Entry(self.index, path=path, source=self.doc, **values)

    def _text(self, item: dict, key: str) -> str | None:
        value = item.get(key)
        if key in item and (not isinstance(value, str) or not value.strip()):
            self._add((key,), f"{key!r} must be text, got {value!r}", f"write it as `{_EXAMPLES[key]}`", "not-text")
            return None
        return value

    def _url(self, item: dict) -> str | None:
        value = self._text(item, "url")
        if value is not None and not re.match(r"https?://[^\s]+$", value):
            self._add(("url",), f"'url' must be a web address starting with https:// or http://, got {value!r}",
                      f"write it as `{_EXAMPLES['url']}`", "bad-url")
            return None
        return value

    def _id(self, value: Any) -> str | None:
        if value is not None and not (isinstance(value, str) and _ID.fullmatch(value)):
            self._add(("id",), f"'id' must be a word of letters, digits, '.', '_' or '-', got {value!r}",
                      "use an id such as 'yuexiu-2024-drc'; rules name reports by it", "bad-id")
            return None
        return value

    def _year(self, item: dict, key: str) -> int | None:
        value = item.get(key)
        if key not in item:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200:
            return value
        found = repr(str(value)) if isinstance(value, str) else str(value)
        hint = "write the four-digit year alone, without 年 or quotes"
        if isinstance(value, int) and not isinstance(value, bool) and value < 100:
            hint = f"write the full year, e.g. {2000 + value}"
        self._add((key,), f"{key!r} must be a year such as 2023 (got {found})", hint, "bad-year")
        return None

    def _date(self, value: Any) -> datetime.date | None:
        if value is None:
            return None
        try:
            if isinstance(value, str) and _DATE.fullmatch(value):
                return isoparse(value).date()
        except ValueError:
            pass
        self._add(("delivered",), f"'delivered' must be a date written YYYY-MM-DD (got {value!r})",
                  "write the day the report was delivered, e.g. `delivered: 2024-02-04`", "bad-date")
        return None

    def _encoding(self, value: Any) -> str | None:
        if value is None:
            return None
        try:
            info = codecs.lookup(str(value))
        except (LookupError, ValueError):  # ValueError: a name holding a NUL
            info = None
        # rot13, base64 and the like are codecs but no character sets; unicode_escape
        # and its kin turn bytes into any string at all, lone surrogates included.
        if info is None or not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
            self._add(("encoding",), f"{value!r} is not a character set",
                      "leave it out to detect UTF-8 or GB18030, or name a character set such as gbk or big5",
                      "bad-encoding")
            return None
        return str(value)

    def _parts(self, value: Any) -> PartLines | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self._add(("parts",), f"'parts' must map part names to line numbers, got {value!r}",
                      "write it as `parts: {review: 14, plan: 100}`", "bad-parts")
            return None
        lines = {}
        for key, line in value.items():
            if key not in PART_KEYS:
                self._add(("parts", key), f"unknown part {key!r}", _did_you_mean(key, PART_KEYS), "unknown-key",
                          at_key=True)
            elif not isinstance(line, int) or isinstance(line, bool) or line < 1:
                self._add(("parts", key), f"a part's line must be a line number (1 or more), got {line!r}",
                          "give the original file's line where the part's heading stands", "bad-parts")
            else:
                lines[key] = line
        if "review" in lines and "plan" in lines and lines["plan"] <= lines["review"]:
            self._add(("parts", "plan"), f"the plan part (line {lines['plan']}) must start after "
                      f"the review part (line {lines['review']})", "check the two line numbers", "bad-parts")
        return PartLines(**lines) if lines else None

    def _file(self, name: str | None) -> Path | None:
        if name is None:
            return None
        path = self.folder / name
        hint = "name a report in the manifest's folder or below it, e.g. `file: 000_report.txt`"
        try:
            # resolve() follows symbolic links: a link in the corpus that leads out of it is refused too.
            inside = not Path(name).is_absolute() and path.resolve().is_relative_to(self.folder.resolve())
            mode = path.stat().st_mode if inside else 0
        except FileNotFoundError:
            self._add(("file",), f"report file {name!r} not found (looked for {path})",
                      "check the name; a relative path is read from the manifest's folder", "missing-file")
            return None
        except (OSError, ValueError) as exc:
            self._add(("file",), f"cannot use the file name {name[:80]!r}: {getattr(exc, 'strerror', None) or exc}",
                      hint, "bad-file")
            return None
        if not inside:
            self._add(("file",), f"report file {name!r} is outside the corpus folder {self.folder}", hint, "outside")
        elif not stat.S_ISREG(mode):
            self._add(("file",), f"report file {name!r} is {file_kind(mode)}, not a regular file", hint, "not-a-file")
        else:
            return path
        return None


def _did_you_mean(word: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(str(word), known, n=1)
    return f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
