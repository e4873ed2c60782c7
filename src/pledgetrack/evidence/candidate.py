"""What one place in a reviewing report offers as the outcome of a pledge."""

from __future__ import annotations

import attrs

from ..corpus import Position
from ..corpus.normalise import fold_key
from ..quantity import Qualifier, Quantity
from ..statements.groups import example_of_kinds


@attrs.frozen
class Candidate:
    """One place that speaks of the pledge's outcome, with the figure read there.

    ``quantity`` is None where the place gives no figure ("——", "预计可完成"), or where its
    figure cannot answer the pledge (``incomparable``: another unit or measure, or a
    figure for several years). ``position`` is the original file's line and column of
    the sentence or row. ``estimate`` marks a figure the report gives as 预计 or 初步核算.
    ``part`` is a figure of a part of the pledged whole, of an amount or count that adds up (引进国内到位资金
    for 到位资金): never the outcome, but a part that alone reaches a minimum shows the whole did. ``named`` is
    what the review names the figure's thing (its statement's indicator: 粮食总产量).
    """

    document: str
    file: str
    position: Position
    text: str
    source: str  # "table" or "text"
    quantity: Quantity | None
    distance: int = 0
    start: int = 0
    end: int = 0
    assigned: Quantity | None = None  # a figure the row states for 完成市下达目标
    note: str = ""
    completion: str = ""  # a word stating completion in a keyword's clause (建成, 实现 …)
    incomparable: bool = False  # it gives figures, but none of the pledge's unit, measure or year
    estimate: bool = False
    part: Quantity | None = None  # a figure of a part of the pledged whole (国内 of 到位资金), shown, not graded
    named: str = ""
    undone: str = ""  # words stating the milestone not done in its year (未能按期开工, 将于…建成, 进度滞后)
    restated: Quantity | None = None  # a target of the pledged thing the place restates (去年计划开通的2000门…)

    def restates(self, target) -> bool:
        """Whether the place restates the pledged ``target`` itself, its very figure.

        >>> from pledgetrack.quantity import find_quantities
        >>> from pledgetrack.rules.target import from_quantity
        >>> said = "去年计划开通的2000门程控电话，未能在年内开通"
        >>> place = Candidate("d", "f.txt", Position(1, 1), said, "text", None, restated=find_quantities(said)[0])
        >>> [place.restates(from_quantity(find_quantities(pledge)[0])) for pledge in ("2000门", "3000门")]
        [True, False]
        """
        return self.restated is not None and target is not None and self.restated.value == target.value \
            and self.restated.unit == target.unit

    def names_with(self, words: tuple[str, ...]) -> bool:
        """Whether the review names the figure's thing with each of ``words`` (:func:`named_with`).

        >>> from pledgetrack.quantity import find_quantities
        >>> grain = Candidate("d", "f.txt", Position(1, 1), "粮食总产量1640亿斤", "text",
        ...                   find_quantities("粮食总产量1640亿斤")[0], named="粮食总产量")
        >>> grain.names_with(("粮食",)), grain.names_with(("城镇",))
        (True, False)
        """
        return self.quantity is not None and named_with(self.named, words, self.text)

    @property
    def exact(self) -> bool:
        """Whether the figure is stated without a qualifier (not 约, 近, 余 …)."""
        return self.quantity is not None and self.quantity.qualifier is Qualifier.EXACT

    def rank(self, qualifiers: tuple[str, ...] = ()) -> tuple:
        """The documented order: figures the review names with the plan's ``qualifiers`` (the evidence's: 城市 of
        城市道路, so 城市新建改造道路61条 before 9条道路路灯), table rows, then exact figures, then qualified ones;
        then nearness."""
        return (self.quantity is None, bool(qualifiers) and not self.names_with(qualifiers), self.source != "table",
                not self.exact, self.distance)


def named_with(named: str, words: tuple[str, ...], sentence: str) -> bool:
    """Whether ``named``, what a review sentence names a figure's thing, holds each of ``words`` (full- and
    half-width alike), and not as one kind of several listed together, whose figure is of them all, unless the
    sentence gives each its own (分别), nor as an example of the kinds counted (黑土滩等各类退化草地).

    >>> named_with("粮食总产量", ("粮食",), "粮食总产量1640亿斤"), named_with("老旧小区改造", ("城镇",), "老旧小区改造8万户")
    (True, False)
    >>> named_with("实施公路、村屯、矿区绿化", ("村屯",), "实施公路、村屯、矿区绿化3920亩")
    False
    >>> named_with("黑土滩等各类退化草地治理", ("黑土滩",), "黑土滩等各类退化草地治理12.6万亩")
    False
    """
    folded = fold_key(named)
    return all(_named_alone(folded, fold_key(word), sentence) for word in words)


def _named_alone(named: str, word: str, sentence: str) -> bool:
    at = named.find(word)
    if at < 0:
        return False
    around = named[at - 1:at] + named[at + len(word):at + len(word) + 1]
    listed = any(join in around for join in _LIST_JOINS) and _EACH not in sentence
    return not listed and not example_of_kinds(word, named)


# Grammar: the words joining listed kinds (公路、村屯、矿区绿化), and the word giving each its own figure.
_LIST_JOINS = "、和及与,"
_EACH = "分别"
