"""Plain YAML data to :class:`Pledge` and back, with errors a rule author reads.

cattrs does the structuring. Its hooks are made strict where its defaults
would hide a mistake (``year: "2023年"`` or ``id: 5`` must not pass quietly),
and its nested validation errors are walked back to the YAML position of the
key or value that is wrong.

>>> pledge, problems = structure_pledge({"id": "a", "year": 2023, "quote": "q", "evidence": ["x"]})
>>> pledge.year, problems
(2023, [])
>>> _, problems = structure_pledge({"id": "a", "yaer": 2023, "quote": "q", "evidence": ["x"]})
>>> [(p.path, p.message, p.hint) for p in problems][1]
(('yaer',), "unknown key 'yaer'", "did you mean 'year'?")
"""

from __future__ import annotations

import difflib
import enum
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ForbiddenExtraKeysError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from ..yamldata import MAX_DIGITS, within_bounds
from .model import ID_PATTERN, Check, Evidence, Grade, Kind, Measure, Op, Pledge, TargetSpec, Trend

Path_ = tuple[str | int, ...]


@attrs.frozen
class FieldProblem:
    """A problem at a path inside one pledge's data (keys and list indexes)."""

    path: Path_
    message: str
    hint: str = ""
    at_key: bool = False


class _Mistake(ValueError):
    """A value of the wrong kind, with a hint on how to write it."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.hint = hint


def _text(value: Any, _type: type) -> str:
    if not isinstance(value, str):
        raise _Mistake(f"expected text, found {_describe(value)}", "put the value in quotes")
    return value


def _flag(value: Any, _type: type) -> bool:
    if not isinstance(value, bool):
        raise _Mistake(f"expected true or false, found {_describe(value)}", "write it as true or false")
    return value


def _whole_number(value: Any, _type: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Mistake(f"expected a whole number, found {_describe(value)}", "write it as digits only, e.g. 2023")
    return value


def _number(value: Any, _type: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise _Mistake(f"expected a number, found {_describe(value)}", "write it as digits, e.g. 4.5")
    try:
        number = Decimal(value) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise _Mistake(f"expected a number, found {_describe(value)}", "write it as digits, e.g. 4.5") from None
    if not number.is_finite():
        raise _Mistake(f"expected a finite number, found {value!r}")
    if not within_bounds(number):
        raise _Mistake(f"number {value} is too large or too precise (at most {MAX_DIGITS} digits, "
                       f"exponents from -{MAX_DIGITS} to {MAX_DIGITS})", "write the figure in the target's unit")
    return number


def _choice(value: Any, enum_type: type[enum.Enum]) -> enum.Enum:
    names = [member.value for member in enum_type]
    if isinstance(value, str) and value in names:
        return enum_type(value)
    raise _Mistake(f"expected one of {', '.join(names)}; found {_describe(value)}",
                   _did_you_mean(value, names) if isinstance(value, str) else "")


def _words(value: Any, _type: type) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise _Mistake(f"expected a list of words, found {_describe(value)}", "write [word, word] or one word")
    return tuple(_text(item, str) for item in value)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"the truth value {str(value).lower()}"
    return repr(value) if isinstance(value, str) else str(value)


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def make_converter() -> cattrs.Converter:
    """The converter for rule files: strict scalars, extra keys refused, full error detail."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _text)
    converter.register_structure_hook(int, _whole_number)
    converter.register_structure_hook(bool, _flag)
    converter.register_structure_hook(Decimal, _number)
    converter.register_structure_hook_func(lambda t: t == tuple[str, ...], _words)
    for choices in (Grade, Kind, Measure, Op, Trend):  # each by name: as str subclasses they would hit str's hook
        converter.register_structure_hook(choices, _choice)
        converter.register_unstructure_hook(choices, lambda member: member.value)
    converter.register_unstructure_hook(Decimal, lambda d: int(d) if d == d.to_integral_value() else d)

    structure_evidence = make_dict_structure_fn(
        Evidence, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True)

    structure_target = make_dict_structure_fn(
        TargetSpec, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True)

    def evidence(value: Any, _type: type) -> Evidence:
        if isinstance(value, (str, list)):
            return Evidence(all=_words(value, str))
        if not isinstance(value, dict):
            raise _Mistake(f"expected a keyword list or a mapping, found {_describe(value)}",
                           "write evidence: [招聘会] or evidence: {all: [招聘会], unit: 场}")
        return structure_evidence(value, Evidence)

    def target(value: Any, _type: Any) -> str | TargetSpec | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, dict):
            return structure_target(value, TargetSpec)
        raise _Mistake(f"expected text or a mapping, found {_describe(value)}",
                       "write target: 超39亿元 or target: {op: at_least, value: 39, unit: 亿元}")

    structure_check = make_dict_structure_fn(
        Check, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True)

    def check(value: Any, _type: Any) -> Check | None:
        if value is None:  # every point deleted but the key: signed off all the same
            return None
        if not isinstance(value, dict):
            raise _Mistake(f"expected a mapping of what to check first, found {_describe(value)}",
                           "write check: {evidence: …}, or delete the key to sign the rule off")
        return structure_check(value, Check)

    converter.register_structure_hook(Evidence, evidence)
    converter.register_structure_hook_func(lambda t: t == (Check | None), check)
    converter.register_structure_hook_func(lambda t: t == (str | TargetSpec | None), target)

    def without_empty(value: Any) -> dict[str, Any]:
        return {k: v for k, v in converter.unstructure_attrs_asdict(value).items() if v not in ((), [], None)}

    def unstructure_evidence(value: Evidence) -> Any:
        full = without_empty(value)
        return list(value.all) if set(full) == {"all"} else full

    converter.register_unstructure_hook(Evidence, unstructure_evidence)
    converter.register_unstructure_hook(TargetSpec, without_empty)
    converter.register_unstructure_hook(Check, without_empty)
    return converter


CONVERTER = make_converter()
_FIELDS = {cls: [f.name for f in attrs.fields(cls)] for cls in (Pledge, Evidence, TargetSpec, Check)}
_KEY_NAMES = {Pledge: "a pledge", Evidence: "evidence", TargetSpec: "target", Check: "check"}


def structure_pledge(data: Any) -> tuple[Pledge | None, list[FieldProblem]]:
    """Build a :class:`Pledge` from plain data, or say everything that is wrong with it."""
    if not isinstance(data, dict):
        return None, [FieldProblem((), f"expected a pledge (a mapping with id, year, quote, evidence), "
                                       f"found {_describe(data)}")]
    missing = [name for name in _STAND_INS if name not in data]
    problems = [FieldProblem((), f"missing required key '{name}'", _REQUIRED_HINTS[name]) for name in missing]
    # A key left out (often misspelt: yaer) must not hide what is wrong with the others: the
    # rest is checked with harmless stand-ins for the missing keys.
    complete = {name: _STAND_INS[name] for name in missing} | data
    message, hint = id_problem(data["id"]) if isinstance(data.get("id"), str) else ("", "")
    if message:
        problems.append(FieldProblem(("id",), message, hint))
    try:
        pledge = CONVERTER.structure(complete, Pledge)
    except (cattrs.BaseValidationError, ForbiddenExtraKeysError) as exc:  # every failure in one; _walk unpacks them
        return None, problems + list(_walk(exc, (), Pledge))
    return (None, problems) if problems else (pledge, [])


def id_problem(id: str) -> tuple[str, str]:
    """What is wrong with a pledge id, and how to write it; ``("", "")`` when it is good.

    >>> id_problem("fairs_2023")
    ("id 'fairs_2023' is not letters, digits and dashes", 'write it as, e.g., id: fairs-2023')
    """
    if re.match(ID_PATTERN, id):
        return "", ""
    like = "-".join(re.findall(r"[A-Za-z0-9]+", id)) or "yuexiu-2023-job-fairs"
    return f"id '{id}' is not letters, digits and dashes", f"write it as, e.g., id: {like}"


def unstructure_pledge(pledge: Pledge) -> dict[str, Any]:
    """Plain data for one pledge, leaving out keys that hold their default.

    >>> unstructure_pledge(Pledge(id="a", year=2023, quote="q", evidence=["x"]))
    {'id': 'a', 'year': 2023, 'quote': 'q', 'evidence': ['x']}
    """
    data = CONVERTER.unstructure(pledge)
    defaults = {f.name: f.default for f in attrs.fields(Pledge) if f.default is not attrs.NOTHING}
    return {k: v for k, v in data.items() if k not in defaults or getattr(pledge, k) != defaults[k]}


_STAND_INS = {"id": "x", "year": 2000, "quote": "x", "evidence": ["x"]}
_FRACTIONS = ("tolerance", "exceed_margin")
_REQUIRED_HINTS = {
    "id": "give the pledge a unique id, e.g. id: yuexiu-2023-job-fairs",
    "year": "add the year the pledge is for, e.g. year: 2023",
    "quote": "add the pledge's words as the plan prints them, e.g. quote: 组织线上、线下招聘会不少于100场",
    "evidence": "add keywords to find the outcome with, e.g. evidence: [招聘会]",
}


def _unknown_keys(data: dict, cls: type, path: Path_):
    for key in data:
        if key not in _FIELDS[cls]:
            yield FieldProblem(path + (key,), f"unknown key '{key}'",
                               _did_you_mean(key, _FIELDS[cls]) or f"{_KEY_NAMES[cls]} takes: "
                               + ", ".join(_FIELDS[cls]), at_key=True)


def _walk(exc: BaseException, path: Path_, cls: type | None):
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield from _unknown_keys({key: None}, exc.cl, path)
        return
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            sub_path, sub_cls = path, None
            for note in getattr(sub, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    sub_path = path + (note.name,)
                    sub_cls = note.type if attrs.has(note.type) else None
                elif isinstance(note, IterableValidationNote):
                    sub_path = path + (note.index,)
            yield from _walk(sub, sub_path, sub_cls)
        return
    if isinstance(exc, KeyError) and path:
        # cattrs names a required key the mapping lacks (a target without its `op`)
        where = path[:-1] if path[-1] == exc.args[0] else path
        yield FieldProblem(where, f"missing required key '{exc.args[0]}'", f"add `{exc.args[0]}:` to it")
        return
    if not isinstance(exc, (TypeError, ValueError)):
        # What wrong data raises is a ValueError (_Mistake, an enum) or a TypeError (attrs' checks);
        # anything else is a fault of this code, shown as itself, never as a problem in the rule file.
        raise exc
    hint = exc.hint if isinstance(exc, _Mistake) else ""
    message = str(exc)
    name = path[-1] if path and isinstance(path[-1], str) else None
    if name in _FRACTIONS:
        hint = f"write a fraction of the target, e.g. {name}: 0.1 for 10%"
    yield FieldProblem(path, f"'{name}': {message}" if name else message, hint)
