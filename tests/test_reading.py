"""Reading a report gives exactly what it gave when the digests were taken, for every report and variant."""

import json
import re
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reading_digest import FIXTURE, digests

from pledgetrack.corpus.document import _line_starts as line_starts
from pledgetrack.corpus.sentences import split_sentences
from pledgetrack.corpus.layout import (_DROPPED, _FOOTNOTE, _HEADING_PREFIX, _LIST, LEVEL1, LEVEL2, SENTENCE_ENDS,
                                       Kind, Line, _classify)
from pledgetrack.corpus.model import CLOSERS, Sentence
from pledgetrack.corpus.fold import SUBSCRIPTS, fold_char, key_map
from pledgetrack.corpus.normalise import _MARKUP, SUPERSCRIPTS, clean, is_wide


def test_every_report_and_variant_reads_as_it_did(tmp_path):
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    found = digests(tmp_path)
    assert found.keys() == expected.keys()
    changed = [label for label in expected if found[label] != expected[label]]
    assert not changed, f"{len(changed)} of {len(expected)} read differently: {changed[:10]}"


# The per-character readers the fast ones replaced, kept here (not in the package) as references.

_KEPT_WIDE = frozenset("，（）：；！？")
_SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff")
_KEY_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "『": '"', "』": '"', "″": '"',
    "‘": "'", "’": "'", "′": "'", "【": "[", "】": "]", "〔": "[", "〕": "]",
    "・": "·", "•": "·", "～": "~", "〜": "~",
})
_DASHES = frozenset("-‐‑‒–—―−－")


def reference_fold_char(char):
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E and char not in _KEPT_WIDE:
        return chr(code - 0xFEE0)
    if char in SUBSCRIPTS:
        return str(SUBSCRIPTS.index(char))
    if char in _SPACES:
        return " "
    return char


def reference_clean(line, base, footnotes=None):
    chars, offsets, markers = [], [], []

    def keep(text, at):
        for i, char in enumerate(text):
            chars.append(reference_fold_char(char))
            offsets.append(at + i)

    position = 0
    for match in _MARKUP.finditer(line):
        keep(line[position:match.start()], base + position)
        position = match.end()
        if match["sup"]:
            markers.append(match["supnum"])
        elif match["superscript"]:
            number = match["superscript"].translate(str.maketrans(SUPERSCRIPTS, "0123456789"))
            if footnotes is None or number in footnotes:
                markers.append(number)
            else:
                keep(match["superscript"], base + match.start())
        elif match["tex"]:
            keep(match["texbody"], base + match.start("texbody"))
    keep(line[position:], base + position)
    out, kept = [], []
    i = 0
    while i < len(chars):
        if chars[i] != " ":
            out.append(chars[i])
            kept.append(offsets[i])
            i += 1
            continue
        j = i
        while j < len(chars) and chars[j] == " ":
            j += 1
        if out and j < len(chars) and not is_wide(out[-1]) and not is_wide(chars[j]):
            out.append(" ")
            kept.append(offsets[i])
        i = j
    return "".join(out), kept, markers


def reference_key_chars(chars):
    folded = ["\t" if char == "\t" else reference_fold_char(char) for char in chars]
    previous = ""
    i = 0
    while i < len(folded):
        char = folded[i]
        j = i + 1
        if char == " " or char in _DASHES:
            while j < len(folded) and (folded[j] == char or (char != " " and folded[j] in _DASHES)):
                j += 1
            if char == " ":
                after = folded[j] if j < len(folded) else ""
                if _latin(previous) and _latin(after):
                    yield i, j, " "
                    previous = " "
            else:
                yield i, j, "-"
                previous = "-"
            i = j
            continue
        for part in unicodedata.normalize("NFKC", char).translate(_KEY_FOLD):
            part = part.lower() if part.isascii() else part
            yield i, j, part
            previous = part
        i = j


def _latin(char):
    return char.isascii() and char.isalnum()


GOES_ON = re.compile(r"(?:(?:19|20)\d\d年|当年|全年)?(?:比上年|比去年|较上年|同比)")


def reference_sentences(text, start, end):
    spans = []
    begin = i = start
    while i < end:
        i += 1
        if text[i - 1] in SENTENCE_ENDS:
            if text[i - 1] in "；;" and GOES_ON.match(text[i:end].lstrip()):
                continue  # "…；1997年比上年增长11.2%": a clause that names no subject goes on the sentence
            while i < end and (text[i] in SENTENCE_ENDS or text[i] in CLOSERS):
                i += 1
            spans.append((begin, i))
            begin = i
    spans.append((begin, end))
    sentences = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            sentences.append(Sentence(text[a:b], a, b))
    return sentences


def reference_classify(number, start, text, newline):
    line = Line(number, start, text, Kind.PROSE, newline=newline)
    if not text.strip():
        return attrs.evolve(line, kind=Kind.BLANK)
    if _DROPPED.fullmatch(text):
        return attrs.evolve(line, kind=Kind.DROPPED)
    if sum(1 for cell in text.split("\t") if cell.strip()) >= 2:
        return attrs.evolve(line, kind=Kind.ROW)
    if match := _FOOTNOTE.match(text):
        return attrs.evolve(line, kind=Kind.FOOTNOTE, body=match.end())
    if match := _LIST.match(text):
        return attrs.evolve(line, kind=Kind.LIST, body=match.end())
    prefix = _HEADING_PREFIX.match(text)
    content = text[prefix.end():].lstrip("*_ ")
    level = 1 if LEVEL1.match(content) else 2 if LEVEL2.match(content) else 0
    if level or prefix.group().strip():
        return attrs.evolve(line, kind=Kind.HEADING, body=prefix.end(), level=level)
    return line


# Text made of what reports hold and what the readers treat apart: markup, superscripts and
# subscripts, odd spaces, full-width forms, dashes, characters NFKC makes longer, combining
# marks, Latin letters of either case, stops and closing marks, and any other character now and then.
_PIECES = ["**", "__", "<sup>1</sup>", "<sup> 12 </sup>", "<b>", "</i>", "<br/>", "_{2.5}", "_{", "}", "<", "*", "_",
           "一、", "（二）", "# ", "- ", "• ", "+ ", "---", "- 3 -", "— 12 —", "\t", "\t\t", "\r"]
_CHARS = ("年月日万元个增长完成新建。！？；!?;：:…，、（）()“”‘’「」『』【】〔〕《》]・•～〜%％.0123456789０１２"
          "ＡＢＣａｂｃABCabcGDPpm ＋－　\u00a0\u2002\u2003\u2009\u200b\ufeff\u2000\u205f\u00a8-‐‑‒–—―−"
          "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉℃㎡½①ﬁⅫ﹣﹘\u0301e\U00020000\uf900")
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_CHARS), st.characters()), max_size=80).map("".join)
footnotes = st.one_of(st.none(), st.sets(st.sampled_from("0123456789")).map(frozenset))


@given(st.characters())
def test_folding_a_character_is_the_reference_fold(char):
    assert fold_char(char) == reference_fold_char(char)


@given(texts, st.integers(0, 1000), footnotes)
def test_cleaning_gives_the_reference_text_offsets_and_markers(line, base, notes):
    cleaned = clean(line, base, notes)
    assert (cleaned.text, list(cleaned.offsets), list(cleaned.markers)) == reference_clean(line, base, notes)


@given(texts)
def test_the_quote_key_and_its_map_are_the_reference_ones(text):
    key, starts, ends = key_map(text)
    expected = list(reference_key_chars(text))
    assert key == "".join(char for _, _, char in expected)
    assert list(zip(starts, ends)) == [(start, end) for start, end, _ in expected]


def test_every_character_of_the_basic_plane_keys_as_the_reference_keys_it():
    # The key tables are worked out for the basic plane at once; each character's key and span must hold.
    text = "".join(map(chr, range(1, 0x10000)))
    key, starts, ends = key_map(text)
    expected = list(reference_key_chars(text))
    assert key == "".join(char for _, _, char in expected)
    assert list(zip(starts, ends)) == [(start, end) for start, end, _ in expected]


@given(texts, st.data())
def test_sentences_are_split_as_the_reference_splits_them(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert split_sentences(text, start, end) == reference_sentences(text, start, end)


@pytest.mark.parametrize("text", ["五年年均增长11.6%；1997年比上年增长11.2%。新建公园3个。", "增长8%； 同比下降1%；；比上年增长",
                                  "增长8%；比上年", "增长8%；。比上年增长2%"])
def test_a_clause_going_on_after_a_semicolon_is_split_as_the_reference_splits_it(text):
    for end in range(len(text) + 1):
        assert split_sentences(text, 0, end) == reference_sentences(text, 0, end)


@given(texts.filter(lambda text: "\n" not in text))
def test_lines_are_classified_as_the_reference_classifies_them(text):
    assert _classify(3, 10, text, 10 + len(text)) == reference_classify(3, 10, text, 10 + len(text))


@given(st.lists(texts, max_size=12))
def test_line_starts_are_those_of_the_reference(lines):
    raw = "\n".join(lines)
    assert list(line_starts(raw)) == [0] + [i + 1 for i, char in enumerate(raw) if char == "\n"]
