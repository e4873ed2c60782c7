"""Pledges as read from a rule file, kept as compressed plain data until a worker grades them.

The main process of a national audit holds every pledge between reading and grading: as
objects a pledge takes about 2.5 KiB, as zlib-compressed JSON about 150 bytes. The data is
plain JSON (text, numbers as exact decimal strings), never pickled: reading it back builds
values and runs nothing. It is read back without the checks of a rule file, which every
packed pledge has already passed.

>>> from pledgetrack import Pledge
>>> from pledgetrack.rules.book import Origin
>>> pledge = Pledge(id="a", year=2023, quote="新增5个口袋公园", evidence=["口袋公园"], tolerance=Decimal("0.05"))
>>> packed = Packed.of([Written(pledge, Origin("r.yaml", 1, 3), {"quote": (3, 12)})])
>>> packed.hints, packed.unpack()[0] == Written(pledge, Origin("r.yaml", 1, 3), {"quote": (3, 12)})
((('a', None, None),), True)
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Sequence
from decimal import Decimal

import attrs
import cattrs

from .rules.book import Written
from .rules.model import TargetSpec


@attrs.frozen
class Packed:
    """A rule file's pledges, compressed, with what the main process needs to group them."""

    blob: bytes
    hints: tuple[tuple[str, str | None, str | None], ...]  # each pledge's id, region and source

    @classmethod
    def of(cls, written: Sequence[Written]) -> Packed:
        """``written`` packed, in its order."""
        # one region (and source) object for all the pledges that name it: a national book's
        # hints are then an id and two references a pledge, and pickle sends each text once
        hints = tuple((item.pledge.id, _shared(item.pledge.region), _shared(item.pledge.source)) for item in written)
        text = json.dumps(_PLAIN.unstructure(list(written)), ensure_ascii=False, default=str)
        return cls(zlib.compress(text.encode("utf-8"), 1), hints)

    def unpack(self) -> list[Written]:
        """The pledges as they were packed."""
        return unpack(self.blob)


def _shared(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def unpack(blob: bytes) -> list[Written]:
    """The pledges of :attr:`Packed.blob` (a worker is sent the bytes alone)."""
    return _PLAIN.structure(json.loads(zlib.decompress(blob)), list[Written])


# Plain data both ways: Decimals go out as their exact strings (json's default=str) and
# come back by Decimal(text); enums as their values.
_PLAIN = cattrs.Converter()
_PLAIN.register_structure_hook(Decimal, lambda value, _: Decimal(value))
_PLAIN.register_structure_hook_func(
    lambda t: t == (str | TargetSpec | None),
    lambda value, _: value if value is None or isinstance(value, str) else _PLAIN.structure(value, TargetSpec))
