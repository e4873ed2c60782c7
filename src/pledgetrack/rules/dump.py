"""Writing pledges back out as a rule file, with comments where a reader should look first.

>>> dump_rules([]).splitlines()
['pledges: []']
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from ruamel.yaml import YAML

from .convert import unstructure_pledge
from .model import Pledge


def dump_rules(pledges: Iterable[Pledge], comments: Mapping[str, Sequence[str]] | None = None,
               header: Sequence[str] = ()) -> str:
    """YAML text of a rule file holding ``pledges``; it loads back to the same pledges.

    ``header`` lines open the file as comments; ``comments`` maps a pledge's id to
    comment lines written just above it (a drafted rule's reasons for doubt).

    >>> print(dump_rules([Pledge(id="a", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])],
    ...                  {"a": ["check the target"]}, ["drafted"]), end="")
    # drafted
    pledges:
    # check the target
    - id: a
      year: 2023
      quote: 招聘会不少于100场
      evidence:
      - 招聘会
    """
    opening = _comment(header)
    pledges = list(pledges)
    if not comments:
        return opening + _dump({"pledges": [unstructure_pledge(p) for p in pledges]})
    items = "".join(_comment(comments.get(p.id, ())) + _dump([unstructure_pledge(p)]) for p in pledges)
    return opening + "pledges:\n" + items if pledges else opening + "pledges: []\n"


def _comment(lines: Sequence[str]) -> str:
    # A line break inside a comment would end it: every line of the text is a comment line of its own.
    return "".join(f"# {line}".rstrip() + "\n" for text in lines for line in text.splitlines() or [""])


def _dump(data: object) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096  # a long quote stays on one line, as the report prints it
    yaml.sort_base_mapping_type_on_output = False
    # Decimals are written as plain numbers (never through float) and read back as Decimal.
    yaml.representer.add_representer(
        Decimal, lambda rep, d: rep.represent_scalar("tag:yaml.org,2002:float" if "." in f"{d:f}" else
                                                     "tag:yaml.org,2002:int", f"{d:f}"))
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()
