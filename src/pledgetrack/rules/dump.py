"""Writing pledges back out as a rule file.

>>> print(dump_rules([Pledge(id="a", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])]), end="")
pledges:
- id: a
  year: 2023
  quote: 招聘会不少于100场
  evidence:
  - 招聘会
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal

from ruamel.yaml import YAML

from .convert import unstructure_pledge
from .model import Pledge


def dump_rules(pledges: Iterable[Pledge]) -> str:
    """YAML text of a rule file holding ``pledges``; it loads back to the same pledges."""
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False
    # Decimals are written as plain numbers (never through float) and read back as Decimal.
    yaml.representer.add_representer(
        Decimal, lambda rep, d: rep.represent_scalar("tag:yaml.org,2002:float" if "." in f"{d:f}" else
                                                     "tag:yaml.org,2002:int", f"{d:f}"))
    out = io.StringIO()
    yaml.dump({"pledges": [unstructure_pledge(p) for p in pledges]}, out)
    return out.getvalue()
